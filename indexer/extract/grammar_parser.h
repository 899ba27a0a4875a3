// Internals of the attribution grammar shared by its source files (attribution.cc finds who
// speaks, content.cc what is reported, grammar.cc ties them per paragraph). Not for other modules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "indexer/extract/cues.h"
#include "indexer/extract/grammar.h"
#include "indexer/extract/lexicon.h"
#include "indexer/extract/mentions.h"
#include "indexer/extract/tokens.h"

namespace verbatim::extract::detail {

// One cue and its speaker.
struct Attr {
  Cue cue;
  Mention subject;
  bool left = false;            // "X said"
  bool inverted = false;        // "said X", "according to X"
  bool inherit = false;         // ", adding that": the clause's subject
  bool agent = false;           // "described by X as"
  bool coordinated = false;     // "and said": the subject of the first verb
  bool object_subject = false;  // "cited X as saying": X is the object of another verb
  bool relative = false;        // "the Navy, who told ...": nothing before is content
  std::size_t start = 0;        // first token of the attribution
  std::size_t after = 0;        // first token after it
};

// A stretch of reported content; pieces split by the attribution are joined with " ... ".
struct Piece {
  std::size_t first = 0;
  std::size_t last = 0;  // tokens [first, last)
};

// Word classes of the grammar (closed classes, not gazetteers).
const std::unordered_set<std::string_view>& right_adverbs();
const std::unordered_set<std::string_view>& time_nouns();
bool is_weekday(std::string_view lower);
bool is_month(std::string_view lower);
bool statement_noun(std::string_view lower);
bool is_preposition_start(std::string_view lower);
const std::unordered_set<std::string_view>& be_forms();
const std::unordered_set<std::string_view>& noun_determiners();
const std::unordered_set<std::string_view>& gerund_links();
const std::unordered_set<std::string_view>& object_pronouns();
bool is_sentence_stop(const Token& t);

// Parses one sentence [a, b) of a paragraph's tokens: finds its cues (match_cue), gives each its
// attribution (attribute: the speaker's mention, where the attribution starts and ends), then
// the reported content of each (run, emit) and appends the statements to `out`.
class SentenceParser {
 public:
  SentenceParser(std::string_view para, const std::vector<Token>& toks, std::size_t a,
                 std::size_t b, std::size_t index, std::vector<Found>& out, bool title_case)
      : para_(para),
        toks_(toks),
        a_(a),
        b_(b),
        index_(index),
        out_(out),
        lex_(lexicon()),
        title_case_(title_case) {}

  void run();

 private:
  bool match_cue(std::size_t i, Cue& cue) const;
  bool passive_before(std::size_t i) const;
  long skip_left(long k) const;
  std::size_t skip_right(std::size_t k, std::size_t hi) const;
  std::size_t skip_object(std::size_t k, std::size_t hi) const;
  std::size_t extend_to_quote(std::size_t k, std::size_t hi, bool object) const;
  std::size_t forward_end(std::size_t from, std::size_t hi, std::size_t self) const;
  bool attribute(const Cue& cue, Attr& at) const;
  std::size_t according_modifier_end(std::size_t k, bool content_before) const;
  Mention apposition_subject(long comma) const;
  Mention unnamed_source_before(long k) const;
  Mention sentence_subject() const;
  void emit(const Attr& at, std::vector<Piece> pieces, long inherit_from);

  std::string_view para_;
  const std::vector<Token>& toks_;
  std::size_t a_, b_;
  std::size_t index_;
  std::vector<Found>& out_;
  const Lexicon& lex_;
  std::vector<Attr> attrs_;
  std::size_t content_floor_ = 0;  // backward content does not go before this token
  bool title_case_ = false;
};

}  // namespace verbatim::extract::detail
