// Name keys for matching within an item: case and diacritics folded ("Erdoğan" = "erdogan").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::extract {

// Lower-case, diacritics removed, punctuation to spaces (an apostrophe inside a word goes:
// "O'Neil" is one word), spaces collapsed.
std::string name_key(std::string_view name);
// The words of a name key.
std::vector<std::string> key_words(std::string_view key);

}  // namespace verbatim::extract
