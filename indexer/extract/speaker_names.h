// Whether a speaker found for a statement is a name: never a pronoun or quantifier ("Nobody",
// "I've"), never a bare common noun ("police", "the government"), and never a name with a place,
// a medium or a possessor glued to it ("Vermont Bernie Sanders", "Trump on Twitter", "Trump's
// State Department"). Word classes are data (data/extract/words/not_names.txt and others).
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace verbatim::extract {

struct SpeakerName {
  enum class Kind {
    name,         // `name` is the speaker (glued words taken off)
    not_a_name,   // a pronoun or quantifier: no source can be named from it
    common_noun,  // a description without a name: `name` is its head ("government")
  };
  Kind kind = Kind::name;
  std::string name;
  bool first_person = false;  // not_a_name: "I", "I've", "me" (an interviewee may be meant)
};

// Whether the item knows a name as a person's ("Trump" when it named Donald Trump).
using IsPerson = std::function<bool(std::string_view)>;

// Checks a speaker as coreference gave it. "UNKNOWN" and "" are names here (left as they are).
// A possessor ("Trump's State Department") is taken off when it is a person (gazetteer names
// and `is_person`) or a place.
SpeakerName check_speaker_name(std::string_view speaker, const IsPerson& is_person = {});

}  // namespace verbatim::extract
