// A stemmer that remembers the stems it gave: marking a hit stems every word of its text, once
// for the marked text and again for its snippet, and a page of hits repeats most words, while
// one Snowball stem costs about 1,500 instructions. The stems are Xapian's own, so the marks are
// the same.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::query {

// Xapian's stemmer for `language` behind a cache of its answers (for one thread).
Xapian::Stem cached_stem(const std::string& language);

// The same stemmer for matching a text's words against a query's stemmed terms whose first
// letters are `first_letters` (the letters after the "Z" of its Z terms): a word starting with
// another ASCII letter or digit cannot stem to one of them, since the stemmers of
// data/text/languages.txt rewrite endings only (tests/unit/test_cached_stem.cc checks), so it is
// given back as it is, unstemmed. Marking a page of hits then stems the few words that could
// match instead of every word (a quarter of a million instructions on a page of ten).
Xapian::Stem matching_stem(const std::string& language, std::string_view first_letters);

// Whether `language`'s stemmer keeps the first letter of every word starting with an ASCII
// letter or digit among `words` (for the test).
bool keeps_first_letter(const std::string& language, const std::vector<std::string>& words);

}  // namespace verbatim::query
