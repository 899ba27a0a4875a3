// What is reported: for each attribution of a sentence, the content before, after or around it
// found by named steps (report()); the pieces by shape are content_pieces.cc, the statement
// content_emit.cc.
#include <algorithm>
#include <optional>

#include "indexer/extract/grammar_parser.h"
#include "indexer/extract/trace.h"

namespace verbatim::extract::detail {

long SentenceParser::cut_before_attribution(std::size_t j, std::size_t from) const {
  // The content before a later attribution starting at `j` ends at a comma, a semicolon, a dash
  // or a conjunction before it ("..., and also said"); -1 when there is none.
  const WordSet& lead = *words_.attribution_lead_words;
  const WordSet& cuts = *words_.attribution_cut_words;
  long cut = -1;
  for (long p = static_cast<long>(j) - 1; p >= static_cast<long>(from); --p) {
    const Token& w = toks_[static_cast<std::size_t>(p)];
    if (is_punct(w, ",") || is_punct(w, ";") || is_dash(w)) return p;
    if (w.type != TokenType::word || !lead.count(w.lower)) break;
    // "he and Nguyen had jointly announced ...": "and" after a subject pronoun (not an object
    // form) joins two subjects of the later cue, no clause of this content
    if (w.lower == "and" && p - 1 >= static_cast<long>(from)) {
      const Token& before = toks_[static_cast<std::size_t>(p - 1)];
      if (is_word(before) && is_pronoun(before.lower) && !object_pronouns().count(before.lower))
        return -1;
    }
    if (cuts.count(w.lower)) cut = p;
  }
  return cut;
}

std::size_t SentenceParser::forward_end(std::size_t from, std::size_t hi, std::size_t self) const {
  const WordSet& stops = *words_.content_stops_after_comma;
  for (std::size_t j = from; j < hi; ++j) {
    const Token& t = toks_[j];
    if (is_punct(t, ";")) return j;
    if (t.type == TokenType::word && t.lower == "despite" && j > from + 2) return j;
    if (is_punct(t, ":") && j + 1 < hi && toks_[j + 1].type == TokenType::quote && j > from) {
      return j;
    }
    if (is_punct(t, ",") && j + 1 < hi) {
      const Token& n = toks_[j + 1];
      if (stops.count(n.lower)) return j;  // a contrast or a concession of the writer's
      if (main_cue_after_aside(j + 1, self)) return j;
      if (relative_clause_closes(j + 1, self)) return j;
      if (n.lower == "as" && j + 2 < hi) {
        Cue c;
        if (match_cue(j + 2, c)) return j;
      }
    }
    // the attribution of a later cue, after a comma or a conjunction, ends this content
    for (std::size_t q = self + 1; q < attrs_.size(); ++q) {
      const Attr& other = attrs_[q];
      if (other.start != j || j <= from) continue;
      if (words_.clause_coordinators->count(toks_[j].lower)) return j;  // "... and noted ..."
      const long cut = cut_before_attribution(j, from);
      if (cut >= static_cast<long>(from)) return static_cast<std::size_t>(cut);
    }
  }
  return hi;
}

bool SentenceParser::main_cue_after_aside(std::size_t tok, std::size_t self) const {
  // "Crandall, denying industry speculation, said ...", "Fricke, who estimates 1987 earnings at
  // 7.80 dlrs, said ...": the cue at `tok` is the main verb of a subject named before this
  // cue, which speaks in an aside between them
  const std::size_t own = attrs_[self].cue.first;
  for (std::size_t q = 0; q < attrs_.size(); ++q) {
    const Attr& other = attrs_[q];
    if (q == self || other.cue.first != tok || !other.left || other.subject.empty()) continue;
    if (other.subject.last <= own) return true;
  }
  return false;
}

bool SentenceParser::relative_clause_closes(std::size_t tok, std::size_t self) const {
  // "The skipper, Tom Vale, who said the engine had failed, was taken to hospital": after a
  // relative clause's comma, a form of "be", "have" or a modal is the main clause's verb
  if (!attrs_[self].relative || tok >= b_) return false;
  const Token& t = toks_[tok];
  if (t.type != TokenType::word || t.cap) return false;
  return words_.be_forms->count(t.lower) || words_.have_forms->count(t.lower) ||
         words_.modal_verbs->count(t.lower);
}

// ---- one sentence: its attributions, then the content of each ----

void SentenceParser::run() {
  std::vector<Cue> cues;
  for (std::size_t i = a_; i < b_; ++i) {
    Cue c;
    if (match_cue(i, c)) {
      cues.push_back(c);
      i = c.last - 1;
    }
  }
  for (const Cue& c : cues) {
    Attr at;
    if (attribute(c, at)) attrs_.push_back(std::move(at));
  }
  content_floor_ = a_;
  first_found_ = out_.size();
  for (std::size_t idx = 0; idx < attrs_.size(); ++idx) {
    const std::string_view dropped = report(idx);
    if (!dropped.empty() && tracing()) trace_dropped(attrs_[idx].trace, dropped);
  }
}

// The statement of attribution `idx`: its content found step by step. Returns the name of the
// step that left it out, empty when a statement was made.
std::string_view SentenceParser::report(std::size_t idx) {
  const Attr& at = attrs_[idx];
  Content c;
  forward_start(idx, c);
  if (c.forward) forward_extent(idx, c);
  backward_content(idx, c);
  if (c.backward && c.forward && !at.inverted && fronted_adverbial(c)) c.backward = false;
  if (c.backward && backward_relays(idx, c)) {
    c.backward = false;  // "..., Xi said, Xinhua reported": the original speaker's only
    if (!c.forward) return "backward_relay";
  }
  if (at.cue.info && at.cue.info->topic && !topic_quotation(c)) return "topic_cue_unquoted";
  // "cited only his years at sea: "..."": a short object, then a colon and a quotation to the
  // sentence's end: the quotation is the statement, as for a topic cue
  if (object_before_colon_quote(at, c) && !topic_quotation(c)) return "topic_cue_unquoted";
  if (topic_not_statement(at, c)) {
    c.forward = false;
    if (!c.backward) return "topic_not_statement";
  }
  c.set_off = c.comma_after && at.start > a_ && is_punct(toks_[at.start - 1], ",");
  if (weak_cue_unquoted(at, c)) return "weak_cue_unquoted";
  // "wrote to the embassy": a letter, not a statement
  if (at.cue.info && at.cue.info->lemma == "write" && at.after < b_ &&
      toks_[at.after].lower == "to") {
    return "letter_to_addressee";
  }
  std::vector<Piece> pieces;
  Inherit inherit;
  std::string_view dropped;
  if (at.inherit) {
    if (auto done = inherited_statement(idx, c, pieces, inherit)) return *done;
  } else if (at.agent) {
    dropped = agent_pieces(at, c, pieces);
  } else if (at.inverted) {
    dropped = inverted_pieces(idx, c, pieces);
  } else {
    dropped = left_subject_pieces(idx, c, pieces);
  }
  if (!dropped.empty()) return dropped;
  if (weak_statement_unquoted(at, c, pieces)) return "weak_cue_unquoted";
  return emit_with_colon_quote(at, c, pieces, inherit);
}

bool SentenceParser::starts_inherited_attribution(std::size_t tok, std::size_t self) const {
  for (std::size_t q = 0; q < attrs_.size(); ++q) {
    if (q != self && attrs_[q].start == tok && attrs_[q].inherit) return true;
  }
  return false;
}

void SentenceParser::forward_start(std::size_t idx, Content& c) const {
  const std::size_t f = attribution_end(attrs_[idx]);
  c.comma_after = f < b_ && (is_punct(toks_[f], ",") || is_punct(toks_[f], ":"));
  std::size_t fs = c.comma_after ? f + 1 : f;
  if (fs < b_ && toks_[fs].lower == "that" && !toks_[fs].cap) {
    c.had_that = true;
    ++fs;
    if (fs < b_ && is_punct(toks_[fs], ",")) ++fs;  // "remarked that, because ..."
  }
  c.fs = fs;
  c.fwd = {fs, fs};
  c.forward = fs < b_ && (toks_[fs].type == TokenType::quote || toks_[fs].type == TokenType::word);
  // "..., adding that ...", "continued by noting": the content belongs to the other cue
  // ", Xi said, Xinhua reported": after a comma, another attribution is no content
  if (c.forward && c.comma_after) {
    for (std::size_t q = 0; q < attrs_.size(); ++q) {
      if (q != idx && attrs_[q].start == fs) c.forward = false;
    }
  }
  if (c.forward && (starts_inherited_attribution(fs, idx) ||
                    (toks_[fs].lower == "by" && starts_inherited_attribution(fs + 1, idx)))) {
    c.forward = false;
  }
}

void SentenceParser::forward_extent(std::size_t idx, Content& c) const {
  // quotations alone ("said "A" and "B"") or up to the clause's end
  const Attr& at = attrs_[idx];
  const std::size_t fs = c.fs;
  if (toks_[fs].type == TokenType::quote) {
    std::size_t e = fs + 1;
    while (e + 1 < b_ && (is_punct(toks_[e], ",") || toks_[e].lower == "and") &&
           toks_[e + 1].type == TokenType::quote) {
      e += 2;
    }
    const bool continues =
        e < b_ && toks_[e].type == TokenType::word && !words_.clause_joiners->count(toks_[e].lower);
    c.fwd = {fs, continues ? forward_end(e, b_, idx) : e};
  } else {
    c.fwd = {fs, forward_end(fs, b_, idx)};
  }
  Piece& fwd = c.fwd;
  if (at.inherit && at.cue.first == a_) {
    // "Calling it a "culture of death" the archbishop said ...": up to the main clause
    for (std::size_t q = idx + 1; q < attrs_.size(); ++q) {
      if (attrs_[q].start > fwd.first && attrs_[q].start < fwd.last) {
        fwd.last = attrs_[q].start;
        while (fwd.last > fwd.first && toks_[fwd.last - 1].type == TokenType::punct) --fwd.last;
        break;
      }
    }
  }
  if (at.object_subject && at.cue.info && at.cue.info->gerund) {
    // "Giuliani, claiming to represent the department, and ..."
    fwd.last = first_comma(fwd.first, fwd.last, false);
  }
  // an opening gerund's phrase ends at its comma, before the main clause ("Describing X as
  // "...", she expressed ...")
  if (at.inherit) fwd.last = first_comma(fwd.first, fwd.last, at.cue.first != a_);
  if (at.cue.info && at.cue.info->stance) fwd.last = comma_before_gerund(fwd.first, fwd.last);
  if (fwd.last + 1 < b_ && is_punct(toks_[fwd.last], ":") &&
      toks_[fwd.last + 1].type == TokenType::quote &&
      (fwd.last + 2 >= b_ || toks_[fwd.last + 2].type == TokenType::punct)) {
    c.colon_quote = {fwd.last + 1, fwd.last + 2};
  }
}

std::size_t SentenceParser::first_comma(std::size_t first, std::size_t last,
                                        bool before_coordinator) const {
  // the first comma of [first, last) (one before "and" or "but", when `before_coordinator`)
  for (std::size_t j = first; j < last; ++j) {
    if (!is_punct(toks_[j], ",")) continue;
    if (!before_coordinator) return j;
    if (j + 1 < last && words_.clause_coordinators->count(toks_[j + 1].lower)) return j;
  }
  return last;
}

std::size_t SentenceParser::comma_before_gerund(std::size_t first, std::size_t last) const {
  // "expressed readiness to help, voicing support for ...": what is held ends where a clause
  // of what the speaker did begins
  for (std::size_t j = first; j + 1 < last; ++j) {
    const std::string& w = toks_[j + 1].lower;
    if (is_punct(toks_[j], ",") && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) return j;
  }
  return last;
}

bool SentenceParser::relative_word(long q) const {
  // "which", "who", ", that": a relative clause opens at `q`
  if (q < static_cast<long>(a_)) return false;
  const Token& w = toks_[static_cast<std::size_t>(q)];
  return w.type == TokenType::word && (words_.relative_subjects->count(w.lower) ||
                                       (w.lower == "that" && q > static_cast<long>(a_) &&
                                        is_punct(toks_[static_cast<std::size_t>(q - 1)], ",")));
}

void SentenceParser::backward_content(std::size_t idx, Content& c) const {
  const Attr& at = attrs_[idx];
  if (at.start <= content_floor_ || at.relative) return;
  long p = static_cast<long>(at.start) - 1;
  const Token& pt = toks_[static_cast<std::size_t>(p)];
  const std::size_t floor = nests_statement_before(idx) ? nested_floor_ : content_floor_;
  std::size_t cs = floor;
  for (long q = p; q >= static_cast<long>(floor); --q) {
    if (is_punct(toks_[static_cast<std::size_t>(q)], ";")) {
      cs = static_cast<std::size_t>(q) + 1;
      break;
    }
  }
  // "polynyas, which, they observed, occurred ...": nothing before belongs to it
  if (relative_word(p) || (is_punct(pt, ",") && relative_word(p - 1))) return;
  if (pt.type == TokenType::quote) {
    c.back = {cs, static_cast<std::size_t>(p) + 1};
    c.backward = true;
    c.back_is_quote = c.back.last - c.back.first == 1;
  } else if (is_punct(pt, ",") || is_dash(pt)) {
    if (static_cast<std::size_t>(p) > cs) {
      c.back = {cs, static_cast<std::size_t>(p)};
      c.backward = true;
      c.back_is_quote =
          c.back.last - c.back.first == 1 && toks_[c.back.first].type == TokenType::quote;
    }
  } else if (at.cue.according && static_cast<std::size_t>(p) >= cs) {
    // "... at "very low height" according to The Aviation Herald"
    c.back = {cs, static_cast<std::size_t>(p) + 1};
    c.backward = true;
  }
}

bool SentenceParser::reports_others(const Attr& at) const {
  // a news agency, or any paper that "reported": relays what it quotes
  return news_agency(at.subject) || (at.cue.info && at.cue.info->lemma == "report");
}

bool SentenceParser::nests_statement_before(std::size_t idx) const {
  // "Xi expressed the hope for X, Yu said": the statement before ends at the comma before this
  // attribution, which reports it (a news agency relays it instead: backward_relays)
  const Attr& at = attrs_[idx];
  return content_floor_ + 1 == at.start && content_floor_ > a_ &&
         is_punct(toks_[content_floor_], ",") && !at.inherit && !at.inverted && !reports_others(at);
}

bool SentenceParser::fronted_adverbial(const Content& c) const {
  // "In his New Year message, Xi said ...", "Through the letters, Xi expressed ...": a short
  // phrase opening the sentence before its subject says when or how, never what
  if (c.back_is_quote || c.back.first != content_floor_ || c.back.last - c.back.first > 8 ||
      !is_preposition_start(toks_[c.back.first].lower))
    return false;
  for (std::size_t i = c.back.first; i < c.back.last; ++i) {
    if (toks_[i].type != TokenType::word) return false;
  }
  return true;
}

bool SentenceParser::backward_relays(std::size_t idx, const Content& c) const {
  // a backward region holding another attribution is a relay when a news agency reports it
  // ("..., Xi said, Xinhua reported"); a weak cue ("showers continued") is one only when set
  // off by commas. Anyone else reports a nested statement: "B stressed X, A said" is A's too.
  if (!reports_others(attrs_[idx])) return false;
  for (std::size_t q = 0; q < attrs_.size(); ++q) {
    const Attr& other = attrs_[q];
    const bool weak = other.cue.info && other.cue.info->weak &&
                      (other.start == a_ || !is_punct(toks_[other.start - 1], ","));
    if (q != idx && !weak && other.start >= c.back.first && other.after <= c.back.last) return true;
  }
  return false;
}

bool SentenceParser::topic_not_statement(const Attr& at, const Content& c) const {
  // "commented on the agreement": a topic, not a statement
  // ... but "The chip was designed, TI said, for use with ...": the clause goes on
  // "responding to a question": what is answered is a topic too; "adding to the pressure"
  if (!c.forward || at.inverted || c.had_that || (c.comma_after && c.backward)) return false;
  const Token& first = toks_[c.fs];
  if (at.cue.info && at.cue.info->stance && words_.stance_complements->count(first.lower))
    return false;  // "expressed the hope for ...": held, not a topic
  const bool answers = at.cue.info && words_.answering_lemmas->count(at.cue.info->lemma);
  // "said about 10 pct of its staff would go": "about" before a number is "some", no topic
  if (first.lower == "about" && c.fs + 1 < b_ && is_word(toks_[c.fs + 1]) &&
      toks_[c.fs + 1].text[0] >= '0' && toks_[c.fs + 1].text[0] <= '9')
    return false;
  const bool topic =
      (answers && first.lower == "to") || words_.topic_prepositions->count(first.lower);
  // "told ... of "..."" stays
  return topic && !(c.fs + 1 < b_ && toks_[c.fs + 1].type == TokenType::quote);
}

bool SentenceParser::object_before_colon_quote(const Attr& at, const Content& c) const {
  // a few words after the cue with no verb of a clause (no form of "be", modal, "has", "that"
  // or subject pronoun), a colon, then a quotation that ends the sentence
  if ((at.cue.info && at.cue.info->topic) || !c.forward || at.inverted || at.agent || c.had_that ||
      c.backward || c.fs >= b_ || toks_[c.fs].cap)
    return false;
  for (std::size_t q = c.fs; q + 1 < b_ && q < c.fs + 10; ++q) {
    const Token& t = toks_[q];
    if (is_punct(t, ":")) {
      if (q == c.fs || toks_[q + 1].type != TokenType::quote) return false;
      for (std::size_t r = q + 2; r < b_; ++r) {
        if (toks_[r].type != TokenType::punct) return false;
      }
      return true;
    }
    if (!is_word(t) || words_.be_forms->count(t.lower) || words_.modal_verbs->count(t.lower) ||
        words_.object_clause_words->count(t.lower))
      return false;
  }
  return false;
}

bool SentenceParser::topic_quotation(Content& c) const {
  // "defended his decision, "..."", "criticised the plan: "..."": the quotation set off after
  // the object is the statement; "criticised the decision on Twitter. "..."": the quotation
  // making up the next sentence (`next_quote_`)
  c.backward = false;
  c.colon_quote = {};
  if (!c.forward) return false;
  for (std::size_t q = c.fs; q + 1 < b_ && q < c.fs + 12; ++q) {
    const Token& t = toks_[q];
    if (t.type == TokenType::quote) return false;  // "criticised the "reckless" plan"
    if (!is_punct(t, ",") && !is_punct(t, ":")) continue;
    if (toks_[q + 1].type != TokenType::quote || q == c.fs) return false;
    for (std::size_t r = q + 2; r < b_; ++r) {
      if (toks_[r].type != TokenType::punct) return false;
    }
    c.fwd = {q + 1, q + 2};
    return true;
  }
  if (next_quote_ == 0 || has_quote({a_, b_})) return false;
  c.fwd = {next_quote_, next_quote_ + 1};
  return true;
}

bool SentenceParser::has_quote(const Piece& p) const {
  for (std::size_t i = p.first; i < p.last; ++i) {
    if (toks_[i].type == TokenType::quote) return true;
  }
  return false;
}

bool SentenceParser::weak_cue_unquoted(const Attr& at, const Content& c) const {
  // weak cues ("spoke", "continued") need quoted words or a "that" clause, unless set off by
  // commas (", they observed, ...")
  const CueInfo* info = at.cue.info;
  if (!info || !(info->weak || info->naming) || !c.forward || (c.backward && !at.inherit) ||
      c.set_off) {
    return false;
  }
  if (has_quote(c.fwd)) return false;
  if (at.after < b_ && toks_[at.after].lower == "that") return false;
  for (std::size_t i = c.fwd.first; info->naming && i < c.fwd.last; ++i) {
    // "called it unlikely that ...", "describing issues ... as one potential scenario"
    if (words_.naming_clause_words->count(toks_[i].lower)) return false;
  }
  return true;
}

bool SentenceParser::weak_statement_unquoted(const Attr& at, const Content& c,
                                             const std::vector<Piece>& pieces) const {
  if (!at.cue.info || !at.cue.info->weak) return false;
  for (const Piece& p : pieces) {
    if (has_quote(p)) return false;
  }
  const bool that_clause = at.after < b_ && toks_[at.after].lower == "that";
  const bool parenthetical = pieces.front().last <= at.start;  // "..., they reason, ..."
  return !that_clause && !parenthetical && !c.set_off;
}

}  // namespace verbatim::extract::detail
