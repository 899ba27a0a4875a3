// The language table and the word classes each language's lexicon loads from its data folder.
#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>
#include <string>

#include "indexer/extract/lexicon.h"
#include "text/embedded_data.h"
#include "text/language.h"

using namespace verbatim;

TEST_CASE("an item's lang picks its language, the default otherwise", "[language]") {
  struct Row {
    const char* lang;
    const char* code;
  };
  const Row rows[] = {{"en", "en"}, {"EN", "en"}, {"en-GB", "en"}, {"en_US", "en"},
                      {"", "en"},   {"zz", "en"}, {"fr", "en"}};
  for (const Row& r : rows) {
    INFO(r.lang);
    CHECK(text::language(r.lang).code == r.code);
  }
  CHECK(text::default_language().stemmer == "english");
  CHECK(text::default_language().extract_dir == "extract");
}

TEST_CASE("every language names a Xapian stemmer and data folders that exist", "[language]") {
  for (const text::Language& lang : text::languages()) {
    INFO(lang.code);
    CHECK_FALSE(data::file(lang.extract_dir + "/cues.txt").empty());
    CHECK_FALSE(data::file(lang.gazetteer_dir + "/surnames.txt").empty());
    CHECK_FALSE(data::files_in(lang.extract_dir + "/words").empty());
  }
}

TEST_CASE("word classes are the files of words/, lowercase, each word once", "[language]") {
  const extract::Lexicon& lex = extract::lexicon(text::default_language());
  CHECK(lex.is("headline_small_words", "the"));
  CHECK_FALSE(lex.is("headline_small_words", "xi"));
  CHECK_THROWS_AS(lex.words("no_such_class"), std::logic_error);
  // a class made of others: stop_caps includes @pronouns and @articles
  CHECK(lex.is("pronouns", "he"));
  CHECK(lex.is("stop_caps", "he"));
  CHECK(lex.is("articles", "the"));
  CHECK(lex.is("stop_caps", "the"));
  for (std::string_view path : data::files_in("extract/words")) {
    INFO(path);
    // the words listed, and those of included classes ("@CLASS", the first lines)
    std::set<std::string_view> words;
    for (std::string_view line : data::lines(path)) {
      CHECK(extract::ascii_lower(line) == std::string(line));
      if (line.front() == '@') {
        for (std::string_view w : lex.words(line.substr(1))) words.insert(w);
      } else {
        INFO(line);
        CHECK(words.insert(line).second);  // listed once, and not already included
      }
    }
    const std::string_view name = path.substr(path.rfind('/') + 1);
    CHECK(lex.words(name.substr(0, name.rfind('.'))).size() == words.size());
  }
}

TEST_CASE("lexicon() is the lexicon of the language in scope on this thread", "[language]") {
  const extract::Lexicon& english = extract::lexicon(text::language("en"));
  CHECK(&extract::lexicon() == &english);
  {
    const extract::LanguageScope scope(text::language("en"));
    CHECK(&extract::lexicon() == &english);
  }
  CHECK(&extract::lexicon() == &english);
}
