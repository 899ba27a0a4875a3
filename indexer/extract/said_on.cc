// The dates of statements: time mentions attached to the cue, not those inside what was said.
//
// The mention must be in the cue's clause: the cue's sentence without the statement's own words,
// any quotation, clauses joined by a clause end ("adding", "and": data/extract/words/
// said_on_clause_ends.txt) and side clauses about other events ("after", "who":
// said_on_side_clauses.txt). Of the mentions there, the nearest to the cue dates the statement.
#include "indexer/extract/said_on.h"

#include <algorithm>
#include <functional>
#include <limits>

#include "indexer/extract/lexicon.h"
#include "text/normalize.h"
#include "text/time_mentions.h"

namespace verbatim::extract {
namespace {

constexpr std::size_t kNone = std::string::npos;

struct Span {
  std::size_t begin = 0, end = 0;
  bool overlaps(std::size_t b, std::size_t e) const { return b < end && e > begin; }
};

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool whole_word(std::string_view text, std::size_t at, std::size_t size) {
  return (at == 0 || !word_char(text[at - 1])) &&
         (at + size >= text.size() || !word_char(text[at + size]));
}

// Bytes between a span and [b, e) (0 when they touch or overlap).
std::size_t gap(const Span& s, std::size_t b, std::size_t e) {
  if (e <= s.begin) return s.begin - e;
  if (b >= s.end) return b - s.end;
  return 0;
}

// The cue in the paragraph: of its occurrences outside the statement's words, the nearest to
// them; nullopt when there is none (a statement continued from another paragraph).
std::optional<Span> cue_span(std::string_view text, const Statement& s) {
  if (s.cue.empty()) return std::nullopt;
  const std::string lower = text::ascii_lower(text), cue = text::ascii_lower(s.cue);
  const Span words{s.begin, s.end};
  std::optional<Span> best;
  for (std::size_t at = lower.find(cue); at != kNone; at = lower.find(cue, at + 1)) {
    if (!whole_word(lower, at, cue.size()) || words.overlaps(at, at + cue.size())) continue;
    if (!best || gap(words, at, at + cue.size()) < gap(words, best->begin, best->end))
      best = Span{at, at + cue.size()};
  }
  return best;
}

// Where the cue's clause starts, scanning back from token `k`: after a clause end ("but"), after
// the comma closing a side clause ("After the vote on Monday, X said"), else the sentence's start.
std::size_t clause_start(const ParaTokens& p, std::size_t k, std::size_t first,
                         const std::function<bool(const Token&)>& stops) {
  const Lexicon& lex = lexicon();
  const std::vector<Token>& toks = p.tokens;
  std::size_t start = toks[k].begin, comma = kNone;
  for (std::size_t j = k; j > first; --j) {
    const Token& t = toks[j - 1];
    if (stops(t) || lex.is("said_on_clause_ends", t.lower)) break;
    if (lex.is("said_on_side_clauses", t.lower)) return comma == kNone ? toks[k].begin : comma;
    if (t.type == TokenType::punct && t.text == "," && comma == kNone) comma = t.end;
    start = t.begin;
  }
  return start;
}

// The cue's clause (see above), in bytes of the paragraph.
Span cue_clause(const ParaTokens& p, const Statement& s, const Span& cue) {
  const std::vector<Token>& toks = p.tokens;
  const auto at = std::lower_bound(toks.begin(), toks.end(), cue.begin,
                                   [](const Token& t, std::size_t b) { return t.begin < b; });
  const std::size_t k = static_cast<std::size_t>(at - toks.begin());
  if (k >= toks.size()) return cue;
  SentenceRange sentence{0, toks.size()};
  for (const SentenceRange& r : p.sentences)
    if (r.first <= k && k < r.last) sentence = r;
  const Span words{s.begin, s.end};
  const std::function<bool(const Token&)> stops = [&](const Token& t) {
    return t.type == TokenType::quote || words.overlaps(t.begin, t.end);
  };
  const Lexicon& lex = lexicon();
  Span clause{clause_start(p, k, sentence.first, stops), cue.end};
  for (std::size_t j = k; j < sentence.last; ++j) {
    const Token& t = toks[j];
    if (t.begin < cue.end) continue;
    if (stops(t) || lex.is("said_on_clause_ends", t.lower) ||
        lex.is("said_on_side_clauses", t.lower))
      break;
    clause.end = t.end;
  }
  return clause;
}

// The day or month of the statement's mention nearest its cue in the clause; "" when none.
std::string mentioned_when(const ParaTokens& p, const Statement& s,
                           const std::vector<text::TimeMention>& mentions) {
  auto cue = cue_span(p.text, s);
  if (!cue) return {};
  const Span clause = cue_clause(p, s, *cue);
  const Span words{s.begin, s.end};
  const text::TimeMention* best = nullptr;
  std::size_t best_gap = std::numeric_limits<std::size_t>::max();
  for (const text::TimeMention& m : mentions) {
    if (m.begin < clause.begin || m.end > clause.end || words.overlaps(m.begin, m.end)) continue;
    if (gap(*cue, m.begin, m.end) < best_gap) {
      best = &m;
      best_gap = gap(*cue, m.begin, m.end);
    }
  }
  return best ? best->when : std::string();
}

}  // namespace

void date_statements(const std::vector<ParaTokens>& paras, const std::string& item_date,
                     std::vector<Statement>& statements) {
  text::Date reference;
  if (auto span = text::span_of_when(item_date)) reference = span->first;
  const ParaTokens* para = nullptr;
  std::vector<text::TimeMention> mentions;
  for (Statement& s : statements) {
    if (!para || para->index != s.para) {
      auto it = std::find_if(paras.begin(), paras.end(),
                             [&](const ParaTokens& p) { return p.index == s.para; });
      para = it == paras.end() ? nullptr : &*it;
      mentions =
          para ? text::find_time_mentions(para->text, reference) : std::vector<text::TimeMention>();
    }
    std::string when = para ? mentioned_when(*para, s, mentions) : std::string();
    s.said_on = when.empty() ? item_date : std::move(when);
  }
}

}  // namespace verbatim::extract
