#include "indexer/extract/grammar.h"

#include "indexer/extract/grammar_parser.h"
#include "indexer/extract/lexicon.h"
#include "indexer/extract/quoted_statements.h"

namespace verbatim::extract {

using detail::SentenceParser;

std::string quote_inner_text(const Token& q) {
  std::size_t b = q.quote.inner_begin - q.begin;
  std::size_t e = q.quote.inner_end - q.begin;
  std::string_view s = q.text.substr(b, e - b);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return std::string(s);
}

namespace {

// "Xi: China's door will only open wider": a headline's speaker before a colon or a dash.
bool headline_colon(std::string_view para, const std::vector<Token>& toks, SentenceRange r,
                    std::size_t s, std::vector<Found>& out) {
  for (std::size_t i = r.first + 1; i < r.last && i < r.first + 6; ++i) {
    if (!(is_punct(toks[i], ":") || is_dash(toks[i]))) continue;
    Mention m = parse_right(para, toks, r.first, i);
    if (m.kind != MentionKind::name && m.kind != MentionKind::description) return false;
    if (m.last != i || i + 1 >= r.last) return false;
    std::size_t last = r.last;
    while (last > i + 1 && toks[last - 1].type == TokenType::punct) --last;
    if (last <= i + 1) return false;
    Found f;
    f.sentence = s;
    f.cue = std::string(toks[i].text);
    f.cue_pos = toks[i].begin;
    f.rule = "headline_colon";
    f.mention = m;
    f.begin = toks[i + 1].begin;
    f.end = toks[last - 1].end;
    if (last == i + 2 && toks[i + 1].type == TokenType::quote) {
      f.kind = StatementKind::direct;
      f.text = quote_inner_text(toks[i + 1]);
    } else {
      f.kind = StatementKind::indirect;
      f.text = std::string(para.substr(f.begin, f.end - f.begin));
    }
    out.push_back(std::move(f));
    return true;
  }
  return false;
}

// The token of the closed quotation that is all of sentence `r` but its punctuation, a few
// words at least; 0 when there is none.
std::size_t lone_quotation(const std::vector<Token>& toks, SentenceRange r) {
  std::size_t last = r.last;
  while (last > r.first && toks[last - 1].type == TokenType::punct) --last;
  if (r.first == 0 || last != r.first + 1 || toks[r.first].type != TokenType::quote ||
      !toks[r.first].quote.closed || quote_inner_text(toks[r.first]).size() < 24)
    return 0;
  return r.first;
}

// A quotation standing alone right after a direct statement continues it: "A," he said. "B."
void continue_quotation(const std::vector<Token>& toks, SentenceRange r, std::size_t s,
                        std::vector<Found>& out) {
  if (s == 0 || out.empty() || out.back().sentence != s - 1 ||
      out.back().kind != StatementKind::direct) {
    return;
  }
  std::size_t last = r.last;
  while (last > r.first && toks[last - 1].type == TokenType::punct) --last;
  if (last != r.first + 1 || toks[r.first].type != TokenType::quote) return;
  std::string inner = quote_inner_text(toks[r.first]);
  if (inner.empty()) return;
  out.back().text += " ... " + inner;
  out.back().end = toks[r.first].end;
  out.back().sentence = s;
  out.back().unclosed = !toks[r.first].quote.closed;
}

// The first word of a quotation's inner text when it is a lowercase cue form of one word that
// takes its content right after it ("underscored", "stressed"; no weak, stance, topic or naming
// cue, no gerund), with the byte it starts at; "" otherwise.
std::string opening_cue(std::string_view para, const Token& q, std::size_t& at) {
  std::size_t b = q.quote.inner_begin;
  while (b < q.quote.inner_end && para[b] == ' ') ++b;
  std::size_t e = b;
  while (e < q.quote.inner_end && para[e] >= 'a' && para[e] <= 'z') ++e;
  if (e == b || e >= q.quote.inner_end || para[e] != ' ') return "";
  const std::string word(para.substr(b, e - b));
  const auto forms = lexicon().cues.find(word);
  if (forms == lexicon().cues.end()) return "";
  for (const CueForm& form : forms->second) {
    const CueInfo& i = form.info;
    if (form.words.size() == 1 && !i.weak && !i.stance && !i.topic && !i.naming && !i.gerund &&
        !i.object) {
      at = b;
      return word;
    }
  }
  return "";
}

// "In a readout, the White House "underscored the importance of ..."": a quotation opening
// with a speech verb right after the subject of its clause, to the sentence's end; the rest of
// the quotation is the speaker's words.
void quotation_opening_with_cue(std::string_view para, const std::vector<Token>& toks,
                                SentenceRange r, std::size_t s, std::vector<Found>& out) {
  std::size_t last = r.last;
  while (last > r.first && toks[last - 1].type == TokenType::punct) --last;
  const std::size_t i = last - 1;
  if (last <= r.first + 1 || toks[i].type != TokenType::quote || !toks[i].quote.closed) return;
  std::size_t cue_at = 0;
  const std::string cue = opening_cue(para, toks[i], cue_at);
  if (cue.empty()) return;
  Mention m = parse_left(para, toks, static_cast<long>(i) - 1, r.first);
  if (m.empty() || m.last != i || !(m.first == r.first || is_punct(toks[m.first - 1], ","))) return;
  Found f;
  f.sentence = s;
  f.kind = StatementKind::direct;
  f.cue = cue;
  f.cue_pos = cue_at;
  f.rule = "quotation_opening_with_cue";
  f.mention = m;
  f.mention_pos = toks[m.first].begin;
  f.begin = cue_at + cue.size() + 1;
  f.end = toks[i].quote.inner_end;
  std::string_view text = para.substr(f.begin, f.end - f.begin);
  while (!text.empty() && (text.back() == ' ' || text.back() == ',' || text.back() == '.'))
    text.remove_suffix(1);
  f.end = f.begin + text.size();
  f.text = std::string(text);
  out.push_back(std::move(f));
}

}  // namespace

std::vector<Found> find_statements(std::string_view para, const std::vector<Token>& toks,
                                   const std::vector<SentenceRange>& sentences, bool headline,
                                   bool title_case) {
  std::vector<Found> out;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::size_t before = out.size();
    SentenceParser parser(para, toks, sentences[s].first, sentences[s].last, s, out, title_case,
                          headline && s == 0);
    if (s + 1 < sentences.size()) parser.set_next_quotation(lone_quotation(toks, sentences[s + 1]));
    parser.run();
    if (out.size() != before) continue;
    if (headline && s == 0) {
      headline_colon(para, toks, sentences[s], s, out);
    } else {
      continue_quotation(toks, sentences[s], s, out);
      if (out.size() == before) quotation_opening_with_cue(para, toks, sentences[s], s, out);
    }
  }
  add_first_person_statements(para, toks, out);
  return out;
}

}  // namespace verbatim::extract
