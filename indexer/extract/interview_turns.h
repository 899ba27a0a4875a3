// Interview items: an answer opens with its speaker's name in double parentheses, as Wikinews
// transcripts do ("((Anthony Boccaletti))  I was involved because ..."; the interviewer's turns
// open with "((WN))"). "I" and "we" in an answer, and in the paragraphs that follow it up to the
// next turn, are the person whose turn it is.
#pragma once

#include <string>
#include <string_view>

namespace verbatim::extract {

// The name that opens `paragraph` as a turn marker ("((Rich Bowen))  CentOS Stream ..." ->
// "Rich Bowen"), or "" when it opens with none, with a tag in capitals ("((WN))", "((Q))") or
// with a lowercase one ("((hi))", a language).
std::string turn_speaker(std::string_view paragraph);

// Whether `paragraph` opens a turn: with a name or a tag in capitals ("((WN))"). A paragraph
// that opens none goes on with the turn before it.
bool opens_turn(std::string_view paragraph);

}  // namespace verbatim::extract
