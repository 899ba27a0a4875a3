// The role a statement's mention gives its speaker, kept as the role field (role: and the
// descriptions --speaker matches, "the president", "the premier") and listed by `speakers`.
#pragma once

#include <string>
#include <string_view>

#include "indexer/extract/lexicon.h"

namespace verbatim::build {

// How a mention describes its speaker besides the name: "the Chinese president" and "Chinese
// President Xi Jinping" give "chinese president". Only a description whose head noun (its last
// word, or the last before "of", "to", "for": "secretary of state") is one of the language's
// role or group words is a role: pronouns, bare names, affiliations ("of the University of
// Kansas"), what was said or where ("Trump's statement", "Trump on Twitter", "the report"), a
// name's possessive ("Biden's") and lists without a role before "and" ("Rajamma and her
// husband") give "".
std::string speaker_role(std::string_view mention, std::string_view speaker,
                         const extract::Lexicon& lex);

}  // namespace verbatim::build
