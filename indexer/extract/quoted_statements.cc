#include "indexer/extract/quoted_statements.h"

#include <cstddef>
#include <optional>
#include <string>

#include "indexer/extract/lexicon.h"
#include "indexer/extract/trace.h"

namespace verbatim::extract {
namespace {

// "I", "We", "I've" -> "i", "we", "i": the subject word without a contraction's ending.
std::string subject_word(const Mention& m) {
  std::string w;
  for (char c : m.text) {
    if (c == '\'' || c == ' ' || static_cast<unsigned char>(c) == 0xE2) break;
    w += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return w;
}

// The lemma of a one-word cue ("said" -> "say"), "" for any other.
std::string cue_lemma(const std::string& cue) {
  std::string lower;
  for (char c : cue) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  auto it = lexicon().cues.find(lower);
  if (it == lexicon().cues.end()) return {};
  for (const CueForm& form : it->second) {
    if (form.words.size() == 1) return form.info.lemma;
  }
  return {};
}

// "I said, ...", "we told the council ...": the speaker reports what he said before; not "as I
// said" (an aside of the quotation, no statement of its own)
bool first_person_report(const Found& f, const std::vector<Token>& toks) {
  const Lexicon& lex = lexicon();
  if (!f.inherit.none() || f.mention.empty() ||
      !lex.is("first_person_subjects", subject_word(f.mention)) ||
      !lex.is("first_person_cues", cue_lemma(f.cue))) {
    return false;
  }
  return f.mention.first == 0 || toks[f.mention.first - 1].lower != "as";
}

// The statements "I" or "we" make in quotation `q` of a statement by `outer`.
void add_from_quotation(std::string_view para, const QuoteSpan& q, const Found& outer,
                        std::vector<Found>& out) {
  if (q.inner_end <= q.inner_begin) return;
  const std::string_view inner = para.substr(q.inner_begin, q.inner_end - q.inner_begin);
  const std::vector<Token> toks = tokenize(inner, 0);
  std::vector<Found> nested;
  {
    // the trace holds the paragraph's own cues (byte offsets in the paragraph): not these
    std::vector<CueTrace> discarded;
    std::optional<TraceScope> quiet;
    if (tracing()) quiet.emplace(discarded);
    nested = find_statements(inner, toks, sentence_ranges(inner, toks), false);
  }
  for (Found& f : nested) {
    if (!first_person_report(f, toks) || 2 * f.text.size() >= inner.size()) continue;
    f.begin += q.inner_begin;
    f.end += q.inner_begin;
    f.cue_pos += q.inner_begin;
    f.sentence = outer.sentence;
    f.mention = outer.mention;
    f.mention_pos = outer.mention_pos;
    f.inherit = outer.inherit;
    f.rule = "first_person_in_quotation";
    out.push_back(std::move(f));
  }
}

}  // namespace

void add_first_person_statements(std::string_view para, const std::vector<Token>& toks,
                                 std::vector<Found>& found) {
  const std::size_t n = found.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (found[i].kind == StatementKind::indirect) continue;
    for (const Token& t : toks) {
      if (t.type != TokenType::quote || t.quote.open < found[i].begin ||
          t.quote.end > found[i].end) {
        continue;
      }
      const Found outer = found[i];  // `found` may grow
      add_from_quotation(para, t.quote, outer, found);
    }
  }
}

}  // namespace verbatim::extract
