// The stemmers of marking: cached, and for a query's terms stemming only the words that could
// match them (query/search/cached_stem.h).
#include <catch2/catch.hpp>

#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "query/search/cached_stem.h"
#include "text/embedded_data.h"
#include "text/language.h"

using namespace verbatim;

namespace {

// Lowercase words of a text, as Xapian's snippet gives them to the stemmer.
void add_words(std::string_view text, std::vector<std::string>& words) {
  std::string word;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'') {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Words to check the stemmers on: every word of the data files and of the bundled corpus, and
// the endings English stemming rewrites, its exceptions among them.
std::vector<std::string> vocabulary() {
  std::vector<std::string> words = {
      "dying",       "lying",        "tying",          "skies",       "skis",
      "idly",        "gently",       "ugly",           "early",       "only",
      "singly",      "news",         "relational",     "conditional", "valenci",
      "hesitanci",   "digitizer",    "conformabli",    "radicalli",   "differentli",
      "vileli",      "analogousli",  "vietnamization", "predication", "operator",
      "feudalism",   "decisiveness", "hopefulness",    "callousness", "formaliti",
      "sensitiviti", "sensibiliti",  "triplicate",     "formative",   "formalize",
      "electriciti", "electrical",   "hopeful",        "goodness",    "yelling",
      "yes",         "year's",       "1990s",          "3rd"};
  for (const std::string_view folder : {"extract", "extract/words", "gazetteer", "text", "query"})
    for (const std::string_view name : data::files_in(folder)) add_words(data::file(name), words);
  add_words(read_file(VERBATIM_SOURCE_DIR "/tests/data/seed/gold.jsonl"), words);
  return words;
}

}  // namespace

TEST_CASE("every stemmer of the language table keeps a word's first letter", "[stem]") {
  const std::vector<std::string> words = vocabulary();
  REQUIRE(words.size() > 5000);
  for (const text::Language& language : text::languages()) {
    INFO(language.stemmer);
    CHECK(query::keeps_first_letter(language.stemmer, words));
  }
}

TEST_CASE("a matching stemmer stems the words that could match and gives back the others",
          "[stem]") {
  struct Row {
    std::string letters, word, expected;
  };
  const std::vector<Row> rows = {
      {"p", "prices", "price"},              // could match a term starting with p: stemmed
      {"p", "oil", "oil"},                   // cannot: as it is
      {"op", "oil", "oil"},                  // its own stem
      {"op", "opening", "open"},             //
      {"p", "running", "running"},           // not stemmed: no term starts with r
      {"r", "running", "run"},               //
      {"", "talks", "talks"},                // a query with no stemmed term stems nothing
      {"p", "\xc3\xa9tats", "\xc3\xa9tat"},  // a first letter beyond ASCII: always stemmed
      {"1", "1990s", "1990s"},               //
  };
  for (const Row& row : rows) {
    INFO(row.letters << " " << row.word);
    const Xapian::Stem stem = query::matching_stem("english", row.letters);
    CHECK(stem(row.word) == row.expected);
  }
}

TEST_CASE("a cached stemmer gives Xapian's stems", "[stem]") {
  const Xapian::Stem cached = query::cached_stem("english");
  const Xapian::Stem plain("english");
  for (const std::string word : {"prices", "opening-up", "talks", "talks", "collapsed"})
    CHECK(cached(word) == plain(word));
}
