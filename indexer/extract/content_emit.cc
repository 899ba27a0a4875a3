// A statement from the pieces of its content: trimmed, its kind (direct, indirect, mixed), its
// text, one per speaker of a coordinated mention ("Xi and Putin said").
#include "indexer/extract/grammar_parser.h"

namespace verbatim::extract::detail {

std::vector<Piece> SentenceParser::trimmed(const Attr& at, const std::vector<Piece>& pieces) const {
  const WordSet& kept_end = *words_.content_end_punctuation;
  std::vector<Piece> kept;
  for (std::size_t n = 0; n < pieces.size(); ++n) {
    Piece p = pieces[n];
    while (p.first < p.last &&
           (is_punct(toks_[p.first], ",") || is_punct(toks_[p.first], ":") ||
            is_dash(toks_[p.first]) ||
            (n == 0 && toks_[p.first].type == TokenType::word && toks_[p.first].lower == "that" &&
             !toks_[p.first].cap && p.last - p.first > 2) ||
            (at.agent && n == 0 && toks_[p.first].lower == "as"))) {
      ++p.first;
    }
    while (p.last > p.first && toks_[p.last - 1].type == TokenType::punct &&
           !kept_end.count(toks_[p.last - 1].text)) {
      --p.last;
    }
    // "told ... of "presumably 40 people"": the quotation is the content
    if (p.first + 2 == p.last && toks_[p.first + 1].type == TokenType::quote &&
        words_.quote_topic_prepositions->count(toks_[p.first].lower)) {
      ++p.first;
    }
    if (p.first < p.last) kept.push_back(p);
  }
  return kept;
}

SentenceParser::Shape SentenceParser::shape_of(const std::vector<Piece>& kept) const {
  Shape shape;
  for (const Piece& p : kept) {
    for (std::size_t i = p.first; i < p.last; ++i) {
      const Token& t = toks_[i];
      if (t.type == TokenType::quote) {
        shape.any_quote = true;
      } else if (t.type == TokenType::word) {
        ++shape.words;
        if (!words_.clause_coordinators->count(t.lower)) shape.all_quote = false;
      } else if (!(is_punct(t, ",") || is_punct(t, ".") || is_punct(t, ":"))) {
        shape.all_quote = false;
      }
    }
  }
  return shape;
}

bool SentenceParser::is_clause(const Attr& at, const std::vector<Piece>& kept,
                               std::size_t words) const {
  // "acknowledged the deal": a topic, not a clause; but "said that prices rose", "Prices rose,
  // the ministry said" are clauses however short
  const std::size_t lead = kept.front().first;
  if ((lead > a_ && toks_[lead - 1].lower == "that" && !toks_[lead - 1].cap) ||
      kept.back().last <= at.start) {
    return true;
  }
  if (words != 2 || kept.size() != 1 || kept.front().last != lead + 2 ||
      noun_determiners().count(toks_[lead].lower)) {
    return false;
  }
  // "said exports rose": a subject and its verb
  const std::string& v = toks_[lead + 1].lower;
  return !toks_[lead + 1].cap && (words_.short_clause_verbs->count(v) ||
                                  (v.size() > 4 && v.compare(v.size() - 2, 2, "ed") == 0));
}

void SentenceParser::direct_text(Found& f, const std::vector<Piece>& kept) const {
  f.kind = StatementKind::direct;
  for (const Piece& p : kept) {
    for (std::size_t i = p.first; i < p.last; ++i) {
      if (toks_[i].type != TokenType::quote) continue;
      std::string inner = quote_inner_text(toks_[i]);
      if (inner.empty()) continue;
      if (!f.text.empty()) f.text += " ... ";
      f.text += inner;
      f.unclosed = !toks_[i].quote.closed;
    }
  }
}

void SentenceParser::reported_text(Found& f, const std::vector<Piece>& kept, bool any_quote) const {
  f.kind = any_quote ? StatementKind::mixed : StatementKind::indirect;
  for (const Piece& p : kept) {
    if (!f.text.empty()) f.text += " ... ";
    f.text += std::string(
        para_.substr(toks_[p.first].begin, toks_[p.last - 1].end - toks_[p.first].begin));
    if (toks_[p.last - 1].type == TokenType::quote) f.unclosed = !toks_[p.last - 1].quote.closed;
  }
}

std::size_t SentenceParser::skip_naming_articles(std::size_t q, std::size_t last) const {
  const WordSet& articles = *words_.naming_articles;
  while (q < last && articles.count(toks_[q].lower)) ++q;
  return q;
}

void SentenceParser::naming_as_quote(Found& f, const Piece& p) const {
  // "describe X as "Y"": the quoted naming is the statement
  const std::size_t q = skip_naming_articles(p.first + 1, p.last);
  if (q < p.last && toks_[q].type == TokenType::quote) {
    f.kind = StatementKind::direct;
    f.text = quote_inner_text(toks_[q]);
    f.begin = toks_[q].begin;
    f.end = toks_[q].end;
  }
}

void SentenceParser::naming_object_quotes(Found& f, const Piece& p) const {
  // "called the stabbing "an act of ..."", "calling it "null and void" and "..."": a short
  // object, then only quotations
  std::size_t q = p.first;
  while (q < p.last && toks_[q].type == TokenType::word && q < p.first + 4) ++q;
  // "referred to the 707 involved as a "cargo plane""
  bool via_as = false;
  for (std::size_t as = p.first; as + 1 < p.last && as < p.first + 5; ++as) {
    if (toks_[as].lower != "as") continue;
    const std::size_t w = skip_naming_articles(as + 1, p.last);
    if (w < p.last && toks_[w].type == TokenType::quote && w + 1 == p.last) {
      q = w;
      via_as = true;
    }
    break;
  }
  if (q <= p.first || q >= p.last || (q > p.first + 3 && !via_as) ||
      toks_[q].type != TokenType::quote) {
    return;
  }
  std::string joined;
  for (std::size_t i = q; i < p.last; ++i) {
    const Token& t = toks_[i];
    if (t.type == TokenType::quote) {
      std::string inner = quote_inner_text(t);
      if (!inner.empty()) joined += (joined.empty() ? "" : " ... ") + inner;
    } else if (!(is_punct(t, ",") || t.lower == "and")) {
      return;  // not only quotations
    }
  }
  if (joined.empty()) return;
  f.kind = StatementKind::direct;
  f.text = joined;
  f.begin = toks_[q].begin;
}

std::string_view SentenceParser::emit(const Attr& at, const std::vector<Piece>& pieces,
                                      const Inherit& inherit) {
  const std::vector<Piece> kept = trimmed(at, pieces);
  if (kept.empty()) return "no_content";
  const Shape shape = shape_of(kept);
  if (!shape.any_quote && shape.words < (is_clause(at, kept, shape.words) ? 2u : 3u))
    return "content_too_short";
  Found f;
  f.sentence = index_;
  // the next sentence's quotation: later quotation-only sentences go on from there
  if (next_quote_ != 0 && kept.front().first == next_quote_) ++f.sentence;
  f.cue = at.cue.text;
  f.belief = at.cue.info && at.cue.info->belief;
  f.rule = at.rule;
  f.cue_pos = toks_[at.cue.first].begin;
  f.mention_pos = at.subject.empty() ? f.cue_pos : toks_[at.subject.first].begin;
  f.begin = toks_[kept.front().first].begin;
  f.end = toks_[kept.back().last - 1].end;
  f.inherit = inherit;
  if (!at.inherit) f.mention = at.subject;
  if (shape.any_quote && shape.all_quote) {
    direct_text(f, kept);
  } else {
    reported_text(f, kept, shape.any_quote);
    const bool naming = at.cue.info && at.cue.info->naming && kept.size() == 1;
    if (naming && toks_[kept.front().first].lower == "as") {
      naming_as_quote(f, kept.front());
    } else if (naming) {
      naming_object_quotes(f, kept.front());
    }
  }
  if (f.text.empty()) return "empty_text";
  // "Duff and Phelps said": kept whole for now, the item tells whether two or one
  // (StatementAssembly::speakers_of)
  if (!f.mention.empty() && !f.mention.parts.empty() && !single_word_names(f.mention)) {
    for (const Mention& part : f.mention.parts) {
      Found g = f;
      g.mention = part;
      out_.push_back(std::move(g));
    }
    return {};
  }
  out_.push_back(std::move(f));
  return {};
}

}  // namespace verbatim::extract::detail
