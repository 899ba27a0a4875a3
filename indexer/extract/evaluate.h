// Scoring extracted statements against gold annotations, as ../shared/gold/CONVENTIONS.md
// defines it (the same figures as ../shared/tools/score_attribution.py).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/trace.h"

namespace verbatim::extract {

// A gold or predicted statement; `item` is the item key (file name or id).
struct Scored {
  std::string item;
  int para = -1;
  std::string kind;
  std::string speaker;
  std::string text;
  std::vector<std::string> speaker_alt = {};  // gold only: other names that count as the speaker
};

struct Miss {  // a gold statement nothing matched
  std::string item;
  int para = -1;
  std::string kind;
  std::string speaker;
  std::string text;
};

struct WrongSpeaker {  // a match whose speaker is not the gold one (strict)
  std::string item;
  int para = -1;
  std::string gold;
  std::string predicted;
  std::string text;
  std::size_t prediction = 0;  // index of the prediction in score()'s `predicted`
};

struct Scores {
  std::size_t gold = 0;
  std::size_t predicted = 0;  // predictions for items that have gold
  std::size_t matched = 0;
  std::size_t speaker_strict = 0;
  std::size_t speaker_lenient = 0;
  std::size_t kind_ok = 0;
  double precision = 0, recall = 0, f1 = 0;
  double strict_accuracy = 0, lenient_accuracy = 0;
  double attributed_f1 = 0;
  std::vector<std::size_t> found;  // indices in `predicted` of the matched predictions
  std::vector<Miss> misses;
  std::vector<WrongSpeaker> wrong_speakers;
  std::vector<Scored> spurious;  // predictions nothing matched (items with gold only)
  std::vector<std::size_t> spurious_predictions;  // their indices in `predicted`
};

// NFKC, case-folded \w+ runs (Python's definition of \w: letters, numbers, underscore).
std::vector<std::string> score_tokens(std::string_view text);
// Token Dice coefficient with multiset overlap; 0 when either side is empty.
double dice(const std::vector<std::string>& a, const std::vector<std::string>& b);
// NFKC, case folding, punctuation runs to a space, spaces collapsed.
std::string normalize_speaker(std::string_view name);
// Equal after normalize_speaker, or one name's words contain the other's.
bool lenient_speaker_match(std::string_view predicted, std::string_view gold);
// The key items are matched on: the base name of a path, id or URL.
std::string item_key(std::string_view id);

// Scores `predicted` against `gold`: per item, greedy best-pair-first one-to-one matching on
// token Dice >= `threshold`.
Scores score(const std::vector<Scored>& gold, const std::vector<Scored>& predicted,
             double threshold = 0.5);

// What the extractor tried on one item, to explain its misses (`eval --verbose`).
struct ItemTrace {
  std::vector<std::string> paragraphs;  // texts, by paragraph number
  std::vector<CueTrace> cues;
};

// The last rule that came close to a missed gold statement: that of the cue nearest the gold
// text in its paragraph (see near_miss), or "no cue".
std::string explain_miss(const ItemTrace& trace, const Miss& miss);

// Reads gold JSON Lines ({file|id, para, kind, speaker, text}); throws std::runtime_error.
std::vector<Scored> load_gold(const std::string& path);

}  // namespace verbatim::extract
