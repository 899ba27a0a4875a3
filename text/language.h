// The languages verbatim analyses, read from data/text/languages.txt: the stemmer and the data
// folders of each. The one place where an item's `lang` turns into analysis settings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::text {

struct Language {
  std::string code;           // "en"
  std::string stemmer;        // Xapian::Stem name: "english"
  std::string extract_dir;    // data folder of the extractor's word lists: "extract"
  std::string gazetteer_dir;  // data folder of names and places: "gazetteer"
};

// Every language of the table, the default first.
const std::vector<Language>& languages();

// The language of an item's `lang` ("en", "EN", "en-GB"); the default for "" or a code not in
// the table (English is the only language with data today).
const Language& language(std::string_view code);

// The default language (the first of the table): for queries, which have no item language.
const Language& default_language();

}  // namespace verbatim::text
