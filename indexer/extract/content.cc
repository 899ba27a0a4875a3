// What is reported: the content before, after or around an attribution, its extent, its kind
// (direct, indirect, mixed) and its text.
#include <algorithm>
#include <optional>

#include "indexer/extract/grammar_parser.h"
#include "indexer/extract/trace.h"

namespace verbatim::extract::detail {

std::size_t SentenceParser::skip_object(std::size_t k, std::size_t hi) const {
  if (k >= hi || toks_[k].type != TokenType::word) return k;
  if (object_pronouns().count(toks_[k].lower)) return k + 1;
  // "told mourners the church would be rebuilt": a plural noun, then the clause
  const Token& t = toks_[k];
  if (!t.cap && t.lower.size() > 3 && t.lower.back() == 's' && k + 1 < hi &&
      is_word(toks_[k + 1]) &&
      (words_.plural_object_followers->count(toks_[k + 1].lower) || toks_[k + 1].cap ||
       is_pronoun(toks_[k + 1].lower))) {
    return k + 1;
  }
  Mention obj = parse_right(para_, toks_, k, hi);
  if (!obj.empty() && obj.kind != MentionKind::pronoun) return obj.last;
  return k;
}

std::size_t SentenceParser::skip_digits(std::size_t k, std::size_t hi) const {
  while (k < hi && is_word(toks_[k]) && toks_[k].text[0] >= '0' && toks_[k].text[0] <= '9') ++k;
  return k;
}

std::size_t SentenceParser::skip_time_right(std::size_t k, std::size_t hi) const {
  // an aside between dashes, "Sunday morning", "yesterday", "this week", "on last Monday"
  const Token& t = toks_[k];
  if (is_dash(t)) {
    for (std::size_t j = k + 1; j < hi && j < k + 14; ++j) {
      if (is_dash(toks_[j])) return j + 1;
      if (toks_[j].type == TokenType::quote) break;
    }
    return k;
  }
  const WordSet& parts_of_day = *words_.times_of_day;
  if (t.type == TokenType::word && t.cap && is_weekday(t.lower)) {
    ++k;  // "said Sunday", "said Thursday morning"
    return k < hi && parts_of_day.count(toks_[k].lower) ? k + 1 : k;
  }
  if (t.type != TokenType::word || t.cap) return k;
  if (right_adverbs().count(t.lower)) {
    ++k;  // "said yesterday morning"
    return k < hi && words_.day_adverbs->count(t.lower) && parts_of_day.count(toks_[k].lower)
               ? k + 1
               : k;
  }
  const WordSet& deictics = *words_.time_deictics_forward;
  if (deictics.count(t.lower) && k + 1 < hi && time_nouns().count(toks_[k + 1].lower)) return k + 2;
  if (t.lower == "on" && k + 2 < hi && deictics.count(toks_[k + 1].lower) &&
      (is_weekday(toks_[k + 2].lower) || time_nouns().count(toks_[k + 2].lower))) {
    return k + 3;
  }
  return k;
}

std::size_t SentenceParser::skip_channel_or_addressee(std::size_t k, std::size_t hi) const {
  const Token& t = toks_[k];
  if (t.lower == "on" && k + 1 < hi && is_word(toks_[k + 1])) {
    // "said on Twitter", "told on television"
    const Token& n = toks_[k + 1];
    if ((n.cap && (is_stop_cap(n.lower) || words_.media_channels_capitalised->count(n.lower))) ||
        words_.media_channels->count(n.lower)) {
      return skip_digits(k + 2, hi);
    }
  }
  // "explained to Wikinews", "said to reporters" — not "claiming to represent ...", nor
  // "Vows to Boost Demand" in a title-case headline
  if (t.lower == "to" && k + 1 < hi && is_word(toks_[k + 1])) {
    const Token& n = toks_[k + 1];
    if ((n.cap && !title_case_) || object_pronouns().count(n.lower) ||
        words_.object_articles->count(n.lower) || lex_.groups.count(n.lower) ||
        lex_.roles.count(n.lower)) {
      std::size_t after = skip_object(k + 1, hi);
      if (after > k + 1) return after;
    }
  }
  if (words_.month_prepositions->count(t.lower) && k + 1 < hi && is_word(toks_[k + 1]) &&
      toks_[k + 1].cap && is_month(toks_[k + 1].lower)) {
    return skip_digits(k + 2, hi);  // "in February", "on March 3"
  }
  return k;
}

std::size_t SentenceParser::skip_occasion(std::size_t k, std::size_t hi) const {
  const Token& t = toks_[k];
  if (words_.venue_prepositions->count(t.lower) && k + 1 < hi) {
    // "in a statement, ...", "in an interview that": up to a comma before a quotation or
    // "that".
    std::size_t j = k + 1;
    while (j < hi && j < k + 9 && toks_[j].type == TokenType::word && toks_[j].lower != "that") ++j;
    if (j < hi && j > k + 1 &&
        (toks_[j].lower == "that" ||
         ((is_punct(toks_[j], ",") || is_punct(toks_[j], ":")) && j + 1 < hi &&
          (toks_[j + 1].type == TokenType::quote || toks_[j + 1].lower == "that")))) {
      return j;
    }
  }
  if (words_.occasion_prepositions->count(t.lower) && k + 2 < hi &&
      words_.occasion_determiners->count(toks_[k + 1].lower)) {
    // "said in a statement", "told Reuters in an interview"
    std::size_t j = k + 2;
    while (j < hi && j < k + 10 && is_word(toks_[j]) && !statement_noun(toks_[j].lower)) ++j;
    if (j < hi && statement_noun(toks_[j].lower)) return j + 1;
  }
  return k;
}

std::size_t SentenceParser::skip_right(std::size_t k, std::size_t hi) const {
  // The words of the attribution after the cue: times, channels, the addressee, the occasion.
  while (k < hi) {
    std::size_t next = skip_time_right(k, hi);
    if (next == k && toks_[k].type == TokenType::word && !toks_[k].cap) {
      next = skip_channel_or_addressee(k, hi);
      if (next == k) next = skip_occasion(k, hi);
    }
    if (next == k) break;
    k = next;
  }
  return k;
}

std::size_t SentenceParser::extend_to_quote(std::size_t k, std::size_t hi, bool object) const {
  // "said in her 1976 autobiography, "so ..."", "described Day to the BBC in 2002: "..."":
  // an adverbial (or a short object) up to a comma before a quotation is still the
  // attribution; "said the drugs were only part of the solution: "..."" is content.
  if (k >= hi || toks_[k].type != TokenType::word) return k;
  const bool adverbial = is_preposition_start(toks_[k].lower);
  if (!adverbial && !object) return k;
  for (std::size_t j = k; j < hi && j < k + (adverbial ? 10 : 8); ++j) {
    const Token& t = toks_[j];
    if ((is_punct(t, ",") || is_punct(t, ":")) && j + 1 < hi &&
        toks_[j + 1].type == TokenType::quote) {
      return j;
    }
    if (t.type != TokenType::word) break;
    Cue c;
    if (match_cue(j, c)) break;
  }
  return k;
}

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
  if (c.backward && backward_relays(idx, c)) {
    c.backward = false;  // "..., Xi said, Xinhua reported": the original speaker's only
    if (!c.forward) return "backward_relay";
  }
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

std::size_t SentenceParser::attribution_end(const Attr& at) const {
  const CueInfo* info = at.cue.info;
  std::size_t f = at.after;
  if (info && info->object && !at.inverted && !at.agent) {
    f = skip_object(f, b_);
    // "told a regular press briefing on Monday that ...": the rest of the addressee
    for (std::size_t j = f; j < b_ && j < f + 8; ++j) {
      if (toks_[j].type != TokenType::word) break;
      if (toks_[j].lower == "that" && j > f) {
        f = j;
        break;
      }
    }
  }
  f = skip_right(f, b_);
  if (!at.inverted || at.cue.according) {
    f = extend_to_quote(f, b_, info && (info->naming || info->object));
  }
  return f;
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
  if (at.inherit) fwd.last = first_comma(fwd.first, fwd.last, true);
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
  std::size_t cs = content_floor_;
  for (long q = p; q >= static_cast<long>(content_floor_); --q) {
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

bool SentenceParser::backward_relays(std::size_t idx, const Content& c) const {
  // a backward region holding another attribution is a relay ("..., Xi said, Xinhua
  // reported"); a weak cue ("showers continued") is one only when set off by commas
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
  const bool answers = at.cue.info && words_.answering_lemmas->count(at.cue.info->lemma);
  const bool topic =
      (answers && first.lower == "to") || words_.topic_prepositions->count(first.lower);
  // "told ... of "..."" stays
  return topic && !(c.fs + 1 < b_ && toks_[c.fs + 1].type == TokenType::quote);
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

// ---- the pieces of content, by the shape of the attribution ----

const Attr* SentenceParser::main_clause_before(std::size_t idx) const {
  // "It cited the Air Force as stating ..., and claimed ...", "the Navy, who told it ... and
  // noted ...": the subject of the verb before
  for (std::size_t q = idx; q-- > 0;) {
    if (attrs_[q].left && !attrs_[q].object_subject && !attrs_[q].subject.empty())
      return &attrs_[q];
  }
  return nullptr;
}

Mention SentenceParser::gerund_clause_subject(std::size_t idx) const {
  const Attr& at = attrs_[idx];
  for (std::size_t q = idx; q-- > 0;) {
    if (!attrs_[q].inherit && !attrs_[q].subject.empty()) return attrs_[q].subject;
  }
  if (at.cue.first == a_) {
    // "Saying "...", President Fernández elaborated": the main clause's subject
    for (std::size_t q = idx + 1; q < attrs_.size(); ++q) {
      if (!attrs_[q].inherit && !attrs_[q].subject.empty()) return attrs_[q].subject;
    }
  }
  // "..., where Dr. Tomasz Stefaniak was met with applause upon announcing ...": the subject of
  // the clause the gerund hangs on
  const WordSet& subordinators = *words_.clause_subordinators;
  for (std::size_t j = at.cue.first; j-- > a_ + 1;) {
    if (toks_[j].type != TokenType::word || !subordinators.count(toks_[j].lower)) continue;
    Mention clause = parse_right(para_, toks_, j + 1, at.cue.first);
    if (clause.kind == MentionKind::name || clause.kind == MentionKind::pronoun) return clause;
    break;
  }
  return sentence_subject();
}

std::string_view SentenceParser::emit_with_subject(const Attr& at, const Mention& subject,
                                                   const std::vector<Piece>& pieces) {
  Attr copy = at;
  copy.inherit = false;
  copy.subject = subject;
  const std::string_view dropped = emit(copy, pieces, Inherit());
  content_floor_ = std::max(content_floor_, pieces.back().last);
  return dropped;
}

std::optional<std::string_view> SentenceParser::inherited_statement(std::size_t idx,
                                                                    const Content& c,
                                                                    std::vector<Piece>& pieces,
                                                                    Inherit& inherit) {
  // ", adding that ...", "and said ...": the speaker of the clause, of the statement before or
  // of the sentence's subject. Empty optional: the statement is emitted as the others are.
  const Attr& at = attrs_[idx];
  if (!c.forward) return std::string_view("inherit_without_content");
  pieces.push_back(c.fwd);
  if (at.coordinated) {
    const Attr* main_clause = main_clause_before(idx);
    // "According to Xinhua, Xi also praised ... and said ...": the clause's own subject
    Mention subject = main_clause != nullptr ? main_clause->subject : sentence_subject();
    if (!subject.empty()) return emit_with_subject(at, subject, pieces);
  }
  if (out_.size() > first_found_) {
    inherit = Inherit::earlier_found(out_.size() - 1);
    return std::nullopt;
  }
  Mention subject = gerund_clause_subject(idx);
  if (subject.empty()) return std::string_view("inherit_without_subject");
  return emit_with_subject(at, subject, pieces);
}

std::string_view SentenceParser::agent_pieces(const Attr& at, const Content& c,
                                              std::vector<Piece>& pieces) const {
  // "reported by local press as belonging to ...", "were reported by local media to have
  // visited ...": the participle's complement; "both eleven and twelve reported by industry
  // sources while ...": the noun phrase before the participle
  const std::size_t fs = c.fs;
  if (c.forward && words_.agent_complements->count(toks_[fs].lower)) {
    Piece p = c.fwd;
    for (std::size_t j = p.first + 1; j < p.last; ++j) {
      if (is_punct(toks_[j], ",") ||
          (toks_[j].lower == "and" && j + 1 < p.last && toks_[j + 1].lower == "by")) {
        p.last = j;  // "... as convicted of assaults and by Associated Press of ..."
        break;
      }
    }
    pieces.push_back(p);
  } else if (c.forward &&
             (toks_[fs].type == TokenType::quote ||
              (toks_[fs].lower == "of" && fs + 1 < b_ && toks_[fs + 1].type == TokenType::quote))) {
    pieces.push_back(c.fwd);  // "he was told by the minister of "presumably 40 people""
  } else if (!c.backward && at.cue.first > a_ && is_word(toks_[at.cue.first - 1]) &&
             !be_forms().count(toks_[at.cue.first - 1].lower)) {
    const WordSet& stops = *words_.agent_content_stops;
    std::size_t j = at.cue.first;
    while (j > a_ && j > at.cue.first - 8 && is_word(toks_[j - 1]) &&
           !stops.count(toks_[j - 1].lower) && !lex_.cues.count(toks_[j - 1].lower))
      --j;
    if (j == at.cue.first) return "agent_without_content";
    pieces.push_back({j, at.cue.first});
  } else if (c.forward) {
    pieces.push_back(c.fwd);
  } else if (c.backward) {
    // "..., as quoted by Greek Reporter": a relay, not a statement of its own
    if (at.start > a_ && toks_[at.start - 1].lower == "as") return "agent_relay_as_quoted";
    pieces.push_back(c.back);
  } else {
    return "agent_without_content";
  }
  return {};
}

bool SentenceParser::other_cue_after(std::size_t idx, std::size_t tok) const {
  for (std::size_t q = 0; q < attrs_.size(); ++q) {
    if (q != idx && !attrs_[q].cue.according && attrs_[q].cue.first > tok) return true;
  }
  return false;
}

bool SentenceParser::other_cue_inside(std::size_t idx, const std::vector<Piece>& pieces) const {
  for (const Piece& pc : pieces) {
    for (std::size_t q = 0; q < attrs_.size(); ++q) {
      if (q != idx && attrs_[q].cue.first >= pc.first && attrs_[q].cue.first < pc.last) return true;
    }
  }
  return false;
}

std::string_view SentenceParser::inverted_pieces(std::size_t idx, const Content& c,
                                                 std::vector<Piece>& pieces) const {
  const Attr& at = attrs_[idx];
  const std::size_t fs = c.fs;
  const bool at_start =
      at.start == a_ || (at.start > a_ && is_punct(toks_[at.start - 1], ",") && !c.backward);
  if (at.cue.according && (at_start || !c.backward)) {
    if (!c.forward) return "according_without_content";
    // "According to Xinhua, Xi ... said ...": the agency relays a speaker of the sentence
    if (other_cue_after(idx, at.after)) return "according_relays_speaker";
    pieces.push_back(c.fwd);
  } else {
    if (!c.backward) return "inverted_without_content";
    pieces.push_back(c.back);
    // "according to the ministry recovered ...": the clause goes on; not "... in which"
    const bool goes_on =
        c.comma_after || (c.forward && at.cue.according && toks_[fs].type == TokenType::word &&
                          !toks_[fs].cap && !is_preposition_start(toks_[fs].lower) &&
                          !words_.relative_subjects->count(toks_[fs].lower));
    if (c.forward && goes_on && (toks_[fs].type == TokenType::quote || !c.back_is_quote)) {
      pieces.push_back(c.fwd);
    }
  }
  // "Local authorities, according to X, have noted ...": the clause has its own cue
  if (at.cue.according && other_cue_inside(idx, pieces)) return "according_clause_has_cue";
  return {};
}

bool SentenceParser::news_agency(const Mention& m) const {
  // news agencies and broadcasters relay what others said
  if (m.kind == MentionKind::name && words_.news_agencies->count(ascii_lower(m.name))) return true;
  const std::string lower = ascii_lower(m.text);
  for (std::string_view phrase : *words_.news_agency_phrases) {
    if (lower.find(phrase) != std::string::npos) return true;
  }
  return false;
}

bool SentenceParser::agency_relays(std::size_t idx, const Piece& fwd) const {
  // "Xinhua reported that Xi called for ...": a news agency relays the speaker it names
  if (!news_agency(attrs_[idx].subject)) return false;
  for (std::size_t q = 0; q < attrs_.size(); ++q) {
    const Attr& other = attrs_[q];
    if (q != idx && other.left && other.start >= fwd.first && other.start < fwd.last &&
        !(other.cue.info && other.cue.info->weak)) {
      return true;
    }
  }
  return false;
}

std::string_view SentenceParser::left_subject_pieces(std::size_t idx, const Content& c,
                                                     std::vector<Piece>& pieces) const {
  const std::size_t fs = c.fs;
  const bool fwd_quote = c.forward && toks_[fs].type == TokenType::quote;
  const bool middle = c.backward && c.forward && c.comma_after && !c.back_is_quote && !fwd_quote &&
                      !is_preposition_start(toks_[c.back.first].lower);
  if (middle) {
    pieces.push_back(c.back);
    pieces.push_back(c.fwd);
  } else if (c.backward && c.back_is_quote && c.forward && fwd_quote) {
    pieces.push_back(c.back);
    pieces.push_back({fs, fs + 1});
  } else if (c.backward && c.back_is_quote) {
    pieces.push_back(c.back);
  } else if (c.backward && c.forward && !c.comma_after && !c.had_that &&
             toks_[fs].type == TokenType::word && !toks_[fs].cap &&
             is_preposition_start(toks_[fs].lower)) {
    // "China will open wider, Xi said while meeting the delegation": what follows the cue is
    // the circumstance, the content comes before
    pieces.push_back(c.back);
  } else if (c.forward) {
    if (agency_relays(idx, c.fwd)) return "agency_relays_speaker";
    pieces.push_back(c.fwd);
  } else if (c.backward) {
    pieces.push_back(c.back);
  } else {
    return "no_content";
  }
  return {};
}

std::string_view SentenceParser::emit_with_colon_quote(const Attr& at, const Content& c,
                                                       const std::vector<Piece>& pieces,
                                                       const Inherit& inherit) {
  const std::size_t before = out_.size();
  const std::string_view dropped = emit(at, pieces, inherit);
  if (out_.size() > before && c.colon_quote.last > c.colon_quote.first &&
      pieces.back().last == c.fwd.last) {
    // "... the solution: "What will stop Ebola ..."": the quotation is a statement too
    const Inherit shared = at.inherit ? inherit : Inherit::earlier_found(out_.size() - 1);
    emit(at, {c.colon_quote}, shared);
    if (out_.size() > before + 1) out_.back().mention = Mention();
  }
  if (out_.size() > before) {
    std::size_t end_tok = pieces.back().last;
    if (c.colon_quote.last > end_tok) end_tok = c.colon_quote.last;
    if (end_tok > content_floor_ && pieces.back().first >= at.after) content_floor_ = end_tok;
    if (pieces.back().last <= at.start) content_floor_ = std::max(content_floor_, at.after);
  }
  return dropped;
}

}  // namespace verbatim::extract::detail
