// The attribution grammar: finds statements (cue, speaker mention, reported content) in the
// sentences of one paragraph, before speakers are resolved across the item.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/mentions.h"
#include "indexer/extract/statement.h"
#include "indexer/extract/tokens.h"

namespace verbatim::extract {

// Whose speaker a statement shares instead of having a mention of its own.
struct Inherit {
  enum class From {
    none,              // its own mention
    earlier,           // the Found at `index` of the same paragraph (", adding that ...")
    open_quotation,    // the quotation left open at the end of the paragraph before
    previous_speaker,  // the last speaker of the paragraph before (a quoted paragraph, no cue)
  };
  From from = From::none;
  std::size_t index = 0;  // with `earlier`

  static Inherit earlier_found(std::size_t i) { return {From::earlier, i}; }
  static Inherit open_quote() { return {From::open_quotation, 0}; }
  static Inherit previous() { return {From::previous_speaker, 0}; }
  bool none() const { return from == From::none; }
};

struct Found {
  std::size_t sentence = 0;  // index of the sentence in the paragraph
  StatementKind kind = StatementKind::indirect;
  std::string cue;
  Mention mention;  // the speaker's words; empty when shared (see `inherit`)
  Inherit inherit;
  std::string text;
  std::size_t begin = 0;  // bytes of the content in the paragraph
  std::size_t end = 0;
  std::size_t cue_pos = 0;      // byte of the cue
  std::size_t mention_pos = 0;  // byte of the speaker's mention (the cue's when there is none)
  bool unclosed = false;        // the last quotation runs to the end of the paragraph
  bool belief = false;          // the cue is a state of mind (CueInfo::belief)
  std::string_view rule;        // name of the attribution rule that found it (static)
};

// Statements of one paragraph from its tokens (a dateline already left out by the tokenizer).
// `headline` enables "Xi: ..." forms.
// `title_case`: a headline with capitalised words ("Xi Says China Will Open Wider"), where
// cue verbs are capitalised too.
std::vector<Found> find_statements(std::string_view para, const std::vector<Token>& toks,
                                   const std::vector<SentenceRange>& sentences, bool headline,
                                   bool title_case = false);

// The names of the attribution rules, in the order they are tried (attribution_rules.def).
std::vector<std::string_view> attribution_rule_names();

// Text of direct content: the words inside the marks, a closing comma dropped.
std::string quote_inner_text(const Token& quote);

}  // namespace verbatim::extract
