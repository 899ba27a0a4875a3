// A stemmer that remembers the stems it gave: marking a hit stems every word of its text, once
// for the marked text and again for its snippet, and a page of hits repeats most words, while
// one Snowball stem costs about 2,000 instructions (half of what marking costs). The stems are
// Xapian's own, so the marks are the same.
#pragma once

#include <xapian.h>

#include <string>

namespace verbatim::query {

// Xapian's stemmer for `language` behind a cache of its answers (for one thread).
Xapian::Stem cached_stem(const std::string& language);

}  // namespace verbatim::query
