// Cue matching: the speech-act verbs of the lexicon ("said", "pointed out", "according to")
// found at a token, with their inflected and multi-word forms.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/lexicon.h"
#include "indexer/extract/tokens.h"

namespace verbatim::extract {

struct Cue {
  std::size_t first = 0;
  std::size_t last = 0;           // one past the cue's last token
  const CueInfo* info = nullptr;  // null for "according to"
  bool according = false;         // "according to X"
  bool words_of = false;          // "in X's words": the speaker is inside the cue
  bool speaker_after = false;     // "in the view of X": words_of, the speaker after the cue
  std::string text;               // as written ("said", "Calls for")
};

// Where a cue may be capitalised: a sentence-opening gerund ("Saying ...") always; a verb after a
// name in a title-case headline ("Xi Says ...") when `title_case`.
struct CueContext {
  std::size_t sentence_first = 0;  // first token of the sentence
  std::size_t end = 0;             // one past the sentence's last token
  bool title_case = false;
};

// "Xi's", "Xi’s": a word with a possessive ending.
bool is_possessive(std::string_view word);

// The cue starting at token `i` of the sentence, if any (the longest form wins).
bool match_cue(std::string_view para, const std::vector<Token>& toks, std::size_t i,
               const CueContext& context, Cue& cue);

}  // namespace verbatim::extract
