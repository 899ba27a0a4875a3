// The pieces of content of an attribution, by its shape: inherited (", adding that"), a
// passive's agent, inverted ("said X", "according to X"), a subject before the cue.
#include <algorithm>
#include <optional>

#include "indexer/extract/grammar_parser.h"

namespace verbatim::extract::detail {

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
  // "Saying ...", and "While asking ..." with a link word before it, open the sentence
  const bool opening = at.cue.first == a_ || (at.cue.first == a_ + 1 && is_word(toks_[a_]) &&
                                              gerund_links().count(toks_[a_].lower));
  if (opening) {
    // "Saying "...", President Fernández elaborated": the main clause's subject
    for (std::size_t q = idx + 1; q < attrs_.size(); ++q) {
      if (!attrs_[q].inherit && !attrs_[q].subject.empty()) return attrs_[q].subject;
    }
  }
  if (opening) {
    // "Describing the port as "...", she expressed ...": the subject after the phrase's comma
    const std::size_t comma = first_comma(at.cue.last, b_, false);
    if (comma + 1 < b_) {
      Mention main = parse_right(para_, toks_, comma + 1, b_);
      if (main.kind == MentionKind::name || main.kind == MentionKind::pronoun ||
          main.kind == MentionKind::description)
        return main;
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
    // "told the association that rules proposed by the commission would ...": the participle
    // qualifies a noun inside another cue's content, which says what the noun is
    for (std::size_t q = j; q < at.cue.first; ++q)
      if (toks_[q].lower == "that" && !toks_[q].cap) return "agent_inside_other_content";
    if (j > a_ && lex_.cues.count(toks_[j - 1].lower)) return "agent_inside_other_content";
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

bool SentenceParser::tail_of_attribution(std::size_t idx, const Piece& back) const {
  if (back.first != content_floor_ || back.first <= a_) return false;
  for (std::size_t q = 0; q < attrs_.size(); ++q) {
    if (q != idx && attrs_[q].after == back.first) return true;
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

bool SentenceParser::trailing_apposition(const Content& c) const {
  // "Heavy snow closed schools, said Tom Vale, Ohio state climatologist.": what follows the
  // speaker to the end of the sentence describes the speaker; not "..., said Vale, would rise"
  if (c.back_is_quote || c.fs == 0) return false;
  std::size_t end = c.fwd.last;
  while (end < b_ && toks_[end].type == TokenType::punct) ++end;
  if (end != b_) return false;
  bool role = false;
  for (std::size_t i = c.fwd.first; i < c.fwd.last; ++i) {
    if (toks_[i].type == TokenType::quote || is_punct(toks_[i], ",")) return false;
    role = role || lex_.roles.count(toks_[i].lower) > 0;
  }
  // "..., but, according to his agent, Hunter had undergone surgery": a name opens a clause
  // unless the words describe someone ("Ohio state climatologist")
  // nor "including, according to the ministry, 54 small children"
  const Token& first = toks_[c.fwd.first];
  if ((is_name_word(first) && !role) || (first.text[0] >= '0' && first.text[0] <= '9')) {
    return false;
  }
  return looks_appositive(static_cast<long>(c.fwd.first) - 1, static_cast<long>(c.fwd.last));
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
    // ""...," Xi told Kissinger on Thursday, according to state media": what comes before is
    // the rest of another attribution, relayed
    if (at.cue.according && tail_of_attribution(idx, c.back)) return "according_relays_speaker";
    pieces.push_back(c.back);
    // "according to the ministry recovered ...": the clause goes on; not "... in which"
    const bool goes_on =
        c.comma_after || (c.forward && at.cue.according && toks_[fs].type == TokenType::word &&
                          !toks_[fs].cap && !is_preposition_start(toks_[fs].lower) &&
                          !words_.relative_subjects->count(toks_[fs].lower));
    if (c.forward && goes_on && (toks_[fs].type == TokenType::quote || !c.back_is_quote) &&
        !trailing_apposition(c)) {
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

bool SentenceParser::addressee_only(std::size_t idx, const Content& c) const {
  // an addressee cue ("tells", "told") with content before it set off by a comma: what
  // follows is whom it was told to, not what
  const Attr& at = attrs_[idx];
  return at.cue.info && at.cue.info->object && at.start > a_ &&
         is_punct(toks_[at.start - 1], ",") && !is_preposition_start(toks_[c.back.first].lower);
}

bool SentenceParser::infinitive_at(const Attr& at, std::size_t k) const {
  // "promised to provide a loan", "agreed to work together": "to" after a cue taking an
  // infinitive (words/infinitive_cue_lemmas.txt), before a lowercase word that opens no noun
  // phrase
  if (!at.cue.info || !words_.infinitive_cue_lemmas->count(at.cue.info->lemma)) return false;
  if (k + 1 >= b_ || toks_[k].lower != "to" || !is_word(toks_[k + 1])) return false;
  const Token& n = toks_[k + 1];
  return !n.cap && !words_.object_articles->count(n.lower) && !object_pronouns().count(n.lower) &&
         !(n.text[0] >= '0' && n.text[0] <= '9');
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
             is_preposition_start(toks_[fs].lower) && !infinitive_at(attrs_[idx], fs)) {
    // "China will open wider, Xi said while meeting the delegation": what follows the cue is
    // the circumstance, the content comes before ("Under the deal, Acme promised to build ..."
    // is the promise: an infinitive is what was said, not when)
    pieces.push_back(c.back);
  } else if (c.backward && c.forward && !c.comma_after && !c.had_that && !fwd_quote &&
             !c.back_is_quote && addressee_only(idx, c)) {
    // "China will stay open, Premier Li tells business leaders": after the cue, only whom
    // it was told to
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
    if (end_tok > content_floor_ && pieces.back().first >= at.after) {
      nested_floor_ = content_floor_;  // "B stressed X, A said": A's content may hold B's
      content_floor_ = end_tok;
    }
    if (pieces.back().last <= at.start) content_floor_ = std::max(content_floor_, at.after);
  }
  return dropped;
}

}  // namespace verbatim::extract::detail
