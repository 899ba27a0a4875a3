#include "indexer/build/copy_key.h"

#include <sstream>

#include "indexer/build/hash.h"
#include "indexer/extract/lexicon.h"
#include "text/normalize.h"

namespace verbatim::build {

std::string copy_words(const std::string& text) {
  const std::string folded = text::normalize_for_terms(text);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (char c : folded) {
    if (c == '"' || c == '\'') continue;  // typography made every quotation mark one of these
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string copy_speaker(const std::string& speaker) {
  const std::string folded = text::without_diacritics(text::fold_name(speaker));
  std::istringstream in(folded);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (words.empty()) return {};
  // "Xi Jinping" is "Xi" as "Donald Trump" is "Trump": the surname, first or last
  if (words.size() > 1 && extract::lexicon().is("surname_first", words.front()))
    return words.front();
  return words.back();
}

std::string copy_key(const std::vector<const extract::Statement*>& statements) {
  if (statements.empty()) return {};
  std::string all;
  for (const extract::Statement* s : statements) {
    all += copy_words(s->text);
    all += '\x1f';
    all += copy_speaker(s->speaker);
    all += '\x1e';
  }
  return hash_hex(all);
}

}  // namespace verbatim::build
