#include "text/language.h"

#include <sstream>
#include <stdexcept>

#include "text/embedded_data.h"
#include "text/normalize.h"

namespace verbatim::text {
namespace {

std::vector<Language> read_table() {
  std::vector<Language> table;
  for (std::string_view line : data::lines("text/languages.txt")) {
    std::istringstream fields{std::string(line)};
    Language lang;
    if (fields >> lang.code >> lang.stemmer >> lang.extract_dir >> lang.gazetteer_dir)
      table.push_back(std::move(lang));
  }
  if (table.empty()) throw std::logic_error("data/text/languages.txt lists no language");
  return table;
}

}  // namespace

const std::vector<Language>& languages() {
  static const std::vector<Language> table = read_table();
  return table;
}

const Language& language(std::string_view code) {
  const std::string primary = ascii_lower(code.substr(0, code.find_first_of("-_")));
  for (const Language& lang : languages())
    if (lang.code == primary) return lang;
  return default_language();
}

const Language& default_language() {
  return languages().front();
}

}  // namespace verbatim::text
