// Reading a free-text question such as "Xi's quotes on opening-up": a speaker the index knows
// plus a word like quotes/said/remarks becomes a speaker filter on statements, and so does a known
// speaker named first and followed by "on"/"about" and a topic ("Wang Yi on Taiwan").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/parse/name_resolver.h"

namespace verbatim::query {

// A speaker typed in a question and the identities it names.
struct TypedSpeaker {
  std::string typed;                  // "Biden"
  std::vector<std::string> speakers;  // folded canonical names
};

struct QuestionReading {
  std::vector<std::string> speakers;  // folded canonical names; none for a name the index does
                                      // not know but spells closely ("Trmp")
  std::string speaker_typed;          // the words that named the speaker
  std::size_t speaker_start = 0;      // the index of their first word
  std::size_t speaker_end = 0;        // the index of the word after them
  std::vector<TypedSpeaker> joined;   // more speakers joined by "and" ("what did Trump and
                                      // Biden say about ..."): either's statements match
  std::string remaining;              // the topic words left for the full-text query
  bool anyone = false;                // no speaker asked for: anyone's statements on the topic
                                      // ("quotes on Brexit")
};

// nullopt when the words are not such a question (neither a quote word nor the speaker-first
// form, or no speaker known, typed where a question names one, or asked for by quote words
// alone before a topic: "quotes on Brexit").
std::optional<QuestionReading> read_question(const std::vector<std::string>& words,
                                             const NameResolver& speakers);

}  // namespace verbatim::query
