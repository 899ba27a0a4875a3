// The copy key's parts: statement words and speakers as syndicated copies share them.
#include <catch2/catch.hpp>

#include "indexer/build/copy_key.h"

using verbatim::build::copy_key;
using verbatim::build::copy_speaker;
using verbatim::build::copy_words;

TEST_CASE("copy words fold case, quotation marks and spaces", "[copies]") {
  struct Case {
    const char* text;
    const char* words;
  };
  const Case cases[] = {
      {"We will build the port", "we will build the port"},
      {"  We  WILL build\tthe port ", "we will build the port"},
      {"\u201cWe will\u201d build \u2018the\u2019 port", "we will build the port"},
      {"\"We will\" build 'the' port", "we will build the port"},
      {"China\u2019s plan", "chinas plan"},
      {"Erdoğan spoke", "erdoğan spoke"},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(copy_words(c.text) == c.words);
  }
}

TEST_CASE("copy speakers are the name's surname, folded, without diacritics", "[copies]") {
  struct Case {
    const char* speaker;
    const char* part;
  };
  const Case cases[] = {
      // surname first: the first word, which an item may use alone
      {"Xi Jinping", "xi"},
      {"XI", "xi"},
      {"Wang Yi", "wang"},
      {"Moon Jae-in", "moon"},
      {"Nguyễn Xuân Phúc", "nguyen"},
      // surname last
      {"Recep Tayyip Erdoğan", "erdogan"},
      {"Erdogan", "erdogan"},
      {"Donald J. Trump", "trump"},
      {"Jinping", "jinping"},
      {"Marine Le Pen", "pen"},
      {"Kim Reynolds", "reynolds"},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.speaker);
    CHECK(copy_speaker(c.speaker) == c.part);
  }
}

TEST_CASE("copies naming a surname-first speaker by the surname alone share the key", "[copies]") {
  verbatim::extract::Statement full, surname;
  full.text = "We will open wider";
  full.speaker = "Xi Jinping";
  surname.text = "\u201cWe will open wider\u201d";
  surname.speaker = "Xi";
  CHECK(copy_key({&full}) == copy_key({&surname}));
}

TEST_CASE("the copy key is of the statements' words and speakers, in order", "[copies]") {
  verbatim::extract::Statement a, b, c;
  a.text = "\u201cWe will build the port\u201d";
  a.speaker = "Ana Ruiz";
  b.text = "we  will build the port";
  b.speaker = "Ruiz";
  c.text = "we will build the port";
  c.speaker = "Tom Vale";
  CHECK(copy_key({}) == "");
  CHECK(copy_key({&a}).size() == 32);
  CHECK(copy_key({&a}) == copy_key({&b}));
  CHECK(copy_key({&a}) != copy_key({&c}));
  CHECK(copy_key({&a, &c}) != copy_key({&c, &a}));
}
