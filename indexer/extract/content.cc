// What is reported: the content before, after or around an attribution, its extent, its kind
// (direct, indirect, mixed) and its text.
#include <algorithm>

#include "indexer/extract/grammar_parser.h"

namespace verbatim::extract::detail {

namespace {

bool time_of_day(std::string_view lower) {
  return lower == "morning" || lower == "afternoon" || lower == "evening" || lower == "night";
}

// News agencies and broadcasters whose reports relay what others said.
bool news_agency(const Mention& m) {
  static const std::unordered_set<std::string_view> agencies = {"Xinhua",
                                                                "Xinhua News Agency",
                                                                "CCTV",
                                                                "CGTN",
                                                                "Reuters",
                                                                "AP",
                                                                "Associated Press",
                                                                "AFP",
                                                                "Agence France-Presse",
                                                                "TASS",
                                                                "Kyodo",
                                                                "Kyodo News",
                                                                "Yonhap",
                                                                "Bloomberg",
                                                                "BBC",
                                                                "CNN",
                                                                "China Daily",
                                                                "Global Times",
                                                                "People's Daily",
                                                                "China Central Television",
                                                                "Interfax"};
  if (m.kind == MentionKind::name && agencies.count(m.name)) return true;
  const std::string lower = ascii_lower(m.text);
  return lower.find("news agency") != std::string::npos ||
         lower.find("broadcaster") != std::string::npos ||
         lower.find("state media") != std::string::npos ||
         lower.find("state television") != std::string::npos;
}

}  // namespace

std::size_t SentenceParser::skip_object(std::size_t k, std::size_t hi) const {
  if (k >= hi || toks_[k].type != TokenType::word) return k;
  if (object_pronouns().count(toks_[k].lower)) return k + 1;
  // "told mourners the church would be rebuilt": a plural noun, then the clause
  const Token& t = toks_[k];
  if (!t.cap && t.lower.size() > 3 && t.lower.back() == 's' && k + 1 < hi &&
      is_word(toks_[k + 1]) &&
      (toks_[k + 1].lower == "the" || toks_[k + 1].lower == "that" || toks_[k + 1].cap ||
       is_pronoun(toks_[k + 1].lower))) {
    return k + 1;
  }
  Mention obj = parse_right(para_, toks_, k, hi);
  if (!obj.empty() && obj.kind != MentionKind::pronoun) return obj.last;
  return k;
}

std::size_t SentenceParser::skip_right(std::size_t k, std::size_t hi) const {
  while (k < hi) {
    const Token& t = toks_[k];
    if (is_dash(t)) {
      for (std::size_t j = k + 1; j < hi && j < k + 14; ++j) {
        if (is_dash(toks_[j])) {
          k = j + 1;
          goto next;
        }
        if (toks_[j].type == TokenType::quote) break;
      }
      break;
    }
    if (t.type == TokenType::word && t.cap && is_weekday(t.lower)) {
      ++k;  // "said Sunday", "said Thursday morning"
      if (k < hi && time_of_day(toks_[k].lower)) ++k;
      continue;
    }
    if (t.type != TokenType::word || t.cap) break;
    if (right_adverbs().count(t.lower)) {
      ++k;  // "said yesterday morning"
      if (k < hi && (t.lower == "yesterday" || t.lower == "today") && time_of_day(toks_[k].lower))
        ++k;
      continue;
    }
    if ((t.lower == "this" || t.lower == "last" || t.lower == "next") && k + 1 < hi &&
        time_nouns().count(toks_[k + 1].lower)) {
      k += 2;
      continue;
    }
    if (t.lower == "on" && k + 2 < hi &&
        (toks_[k + 1].lower == "last" || toks_[k + 1].lower == "this" ||
         toks_[k + 1].lower == "next") &&
        (is_weekday(toks_[k + 2].lower) || time_nouns().count(toks_[k + 2].lower))) {
      k += 3;
      continue;
    }
    if (t.lower == "on" && k + 1 < hi && is_word(toks_[k + 1])) {
      const Token& n = toks_[k + 1];
      if ((n.cap && (is_stop_cap(n.lower) || n.lower == "twitter" || n.lower == "facebook" ||
                     n.lower == "tv")) ||
          n.lower == "television" || n.lower == "radio" || n.lower == "tv" ||
          n.lower == "twitter") {
        k += 2;
        while (k < hi && is_word(toks_[k]) && (toks_[k].text[0] >= '0' && toks_[k].text[0] <= '9'))
          ++k;
        continue;
      }
    }
    // "explained to Wikinews", "said to reporters" — not "claiming to represent ...", nor
    // "Vows to Boost Demand" in a title-case headline
    if (t.lower == "to" && k + 1 < hi && is_word(toks_[k + 1]) &&
        ((toks_[k + 1].cap && !title_case_) || object_pronouns().count(toks_[k + 1].lower) ||
         toks_[k + 1].lower == "the" || toks_[k + 1].lower == "a" ||
         lex_.groups.count(toks_[k + 1].lower) || lex_.roles.count(toks_[k + 1].lower))) {
      std::size_t after = skip_object(k + 1, hi);
      if (after > k + 1) {
        k = after;
        continue;
      }
    }
    if ((t.lower == "in" || t.lower == "on") && k + 1 < hi && is_word(toks_[k + 1]) &&
        toks_[k + 1].cap && is_month(toks_[k + 1].lower)) {
      k += 2;  // "in February", "on March 3"
      while (k < hi && is_word(toks_[k]) && toks_[k].text[0] >= '0' && toks_[k].text[0] <= '9') ++k;
      continue;
    }
    if ((t.lower == "in" || t.lower == "at" || t.lower == "during" || t.lower == "via" ||
         t.lower == "through" || t.lower == "on") &&
        k + 1 < hi) {
      // "in a statement, ...", "in an interview that": up to a comma before a quotation or
      // "that".
      std::size_t j = k + 1;
      while (j < hi && j < k + 9 && toks_[j].type == TokenType::word && toks_[j].lower != "that")
        ++j;
      if (j < hi && j > k + 1 &&
          (toks_[j].lower == "that" ||
           ((is_punct(toks_[j], ",") || is_punct(toks_[j], ":")) && j + 1 < hi &&
            (toks_[j + 1].type == TokenType::quote || toks_[j + 1].lower == "that")))) {
        k = j;
        continue;
      }
    }
    if ((t.lower == "in" || t.lower == "during") && k + 2 < hi &&
        (toks_[k + 1].lower == "a" || toks_[k + 1].lower == "an" || toks_[k + 1].lower == "the" ||
         toks_[k + 1].lower == "its" || toks_[k + 1].lower == "his" ||
         toks_[k + 1].lower == "her" || toks_[k + 1].lower == "their")) {
      // "said in a statement", "told Reuters in an interview"
      std::size_t j = k + 2;
      while (j < hi && j < k + 10 && is_word(toks_[j]) && !statement_noun(toks_[j].lower)) ++j;
      if (j < hi && statement_noun(toks_[j].lower)) {
        k = j + 1;
        continue;
      }
    }
    break;
  next:;
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

std::size_t SentenceParser::forward_end(std::size_t from, std::size_t hi, std::size_t self) const {
  for (std::size_t j = from; j < hi; ++j) {
    const Token& t = toks_[j];
    if (is_punct(t, ";")) return j;
    if (t.type == TokenType::word && t.lower == "despite" && j > from + 2) return j;
    if (is_punct(t, ":") && j + 1 < hi && toks_[j + 1].type == TokenType::quote && j > from) {
      return j;
    }
    if (is_punct(t, ",") && j + 1 < hi) {
      const Token& n = toks_[j + 1];
      if (n.lower == "according" || n.lower == "while" || n.lower == "whereas" ||
          n.lower == "despite" || n.lower == "although" || n.lower == "though") {
        return j;  // a contrast or a concession of the writer's
      }
      if (n.lower == "as" && j + 2 < hi) {
        Cue c;
        if (match_cue(j + 2, c)) return j;
      }
    }
    // the attribution of a later cue, after a comma or a conjunction, ends this content
    for (std::size_t q = self + 1; q < attrs_.size(); ++q) {
      const Attr& other = attrs_[q];
      if (other.start != j || j <= from) continue;

      if (toks_[j].lower == "and" || toks_[j].lower == "but") return j;  // "... and noted ..."
      long p = static_cast<long>(j) - 1;
      long cut = -1;
      while (p >= static_cast<long>(from)) {
        const Token& w = toks_[static_cast<std::size_t>(p)];
        if (is_punct(w, ",") || is_punct(w, ";") || is_dash(w)) {
          cut = p;
          break;
        }
        if (w.type == TokenType::word &&
            (w.lower == "and" || w.lower == "but" || w.lower == "while" || w.lower == "which" ||
             w.lower == "who" || w.lower == "whereas" || w.lower == "also" || w.lower == "as" ||
             w.lower == "with" || w.lower == "despite" || w.lower == "although" ||
             w.lower == "though" || w.lower == "then")) {
          if (w.lower == "and" || w.lower == "but" || w.lower == "while" || w.lower == "whereas" ||
              w.lower == "despite" || w.lower == "although" || w.lower == "though") {
            cut = p;
          }
          --p;
          continue;
        }
        break;
      }
      if (cut >= static_cast<long>(from)) return static_cast<std::size_t>(cut);
    }
  }
  return hi;
}

void SentenceParser::emit(const Attr& at, std::vector<Piece> pieces, long inherit_from) {
  // trim pieces
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
    while (p.last > p.first) {
      const Token& t = toks_[p.last - 1];
      if (t.type == TokenType::punct && t.text != ")" && t.text != "]" && t.text != "%" &&
          t.text != "?" && t.text != "!") {
        --p.last;
        continue;
      }
      break;
    }
    // "told ... of "presumably 40 people"": the quotation is the content
    if (p.first + 2 == p.last && toks_[p.first + 1].type == TokenType::quote &&
        (toks_[p.first].lower == "of" || toks_[p.first].lower == "about")) {
      ++p.first;
    }
    if (p.first < p.last) kept.push_back(p);
  }
  if (kept.empty()) return;
  bool any_quote = false;
  bool all_quote = true;
  std::size_t words = 0;
  for (const Piece& p : kept) {
    for (std::size_t i = p.first; i < p.last; ++i) {
      const Token& t = toks_[i];
      if (t.type == TokenType::quote) {
        any_quote = true;
      } else if (t.type == TokenType::word) {
        ++words;
        if (t.lower != "and" && t.lower != "but") all_quote = false;
      } else if (!(is_punct(t, ",") || is_punct(t, ".") || is_punct(t, ":"))) {
        all_quote = false;
      }
    }
  }
  // "acknowledged the deal": a topic, not a clause; but "said that prices rose", "Prices rose,
  // the ministry said" are clauses however short
  const std::size_t lead = kept.front().first;
  bool clause = (lead > a_ && toks_[lead - 1].lower == "that" && !toks_[lead - 1].cap) ||
                kept.back().last <= at.start;
  if (!clause && words == 2 && kept.size() == 1 && kept.front().last == lead + 2 &&
      !noun_determiners().count(toks_[lead].lower)) {
    // "said exports rose": a subject and its verb
    static const std::unordered_set<std::string_view> verbs = {
        "rose",   "fell", "grew",  "won",   "lost", "was",   "were",    "is",
        "are",    "will", "would", "could", "can",  "may",   "might",   "must",
        "should", "has",  "had",   "have",  "did",  "sank",  "stalled", "began",
        "ended",  "went", "came",  "left",  "held", "stood", "spoke"};
    const std::string& v = toks_[lead + 1].lower;
    clause = !toks_[lead + 1].cap &&
             (verbs.count(v) || (v.size() > 4 && v.compare(v.size() - 2, 2, "ed") == 0));
  }
  if (!any_quote && words < (clause ? 2u : 3u)) return;
  Found f;
  f.sentence = index_;
  f.cue = at.cue.text;
  f.cue_pos = toks_[at.cue.first].begin;
  f.mention_pos = at.subject.empty() ? f.cue_pos : toks_[at.subject.first].begin;
  f.begin = toks_[kept.front().first].begin;
  f.end = toks_[kept.back().last - 1].end;
  f.inherit = inherit_from;
  if (!at.inherit) f.mention = at.subject;
  if (any_quote && all_quote) {
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
  } else {
    f.kind = any_quote ? StatementKind::mixed : StatementKind::indirect;
    for (const Piece& p : kept) {
      if (!f.text.empty()) f.text += " ... ";
      f.text += std::string(
          para_.substr(toks_[p.first].begin, toks_[p.last - 1].end - toks_[p.first].begin));
      if (toks_[p.last - 1].type == TokenType::quote) f.unclosed = !toks_[p.last - 1].quote.closed;
    }
    // "call X "Y"", "describe X as "Y"": the quoted naming is the statement
    if (at.cue.info && at.cue.info->naming && kept.size() == 1 &&
        toks_[kept.front().first].lower == "as") {
      std::size_t q = kept.front().first + 1;
      while (q < kept.front().last &&
             (toks_[q].lower == "a" || toks_[q].lower == "an" || toks_[q].lower == "the"))
        ++q;
      if (q < kept.front().last && toks_[q].type == TokenType::quote) {
        f.kind = StatementKind::direct;
        f.text = quote_inner_text(toks_[q]);
        f.begin = toks_[q].begin;
        f.end = toks_[q].end;
      }
    } else if (at.cue.info && at.cue.info->naming && kept.size() == 1) {
      // "called the stabbing "an act of ..."", "calling it "null and void" and "..."": a short
      // object, then only quotations
      const Piece& p = kept.front();
      std::size_t q = p.first;
      while (q < p.last && toks_[q].type == TokenType::word && q < p.first + 4) ++q;
      // "referred to the 707 involved as a "cargo plane""
      bool via_as = false;
      for (std::size_t as = p.first; as + 1 < p.last && as < p.first + 5; ++as) {
        if (toks_[as].lower != "as") continue;
        std::size_t w = as + 1;
        while (w < p.last &&
               (toks_[w].lower == "a" || toks_[w].lower == "an" || toks_[w].lower == "the"))
          ++w;
        if (w < p.last && toks_[w].type == TokenType::quote && w + 1 == p.last) {
          q = w;
          via_as = true;
        }
        break;
      }
      if (q > p.first && q < p.last && (q <= p.first + 3 || via_as) &&
          toks_[q].type == TokenType::quote) {
        bool only_quotes = true;
        std::string joined;
        for (std::size_t i = q; i < p.last; ++i) {
          const Token& t = toks_[i];
          if (t.type == TokenType::quote) {
            std::string inner = quote_inner_text(t);
            if (!inner.empty()) joined += (joined.empty() ? "" : " ... ") + inner;
          } else if (!(is_punct(t, ",") || t.lower == "and")) {
            only_quotes = false;
          }
        }
        if (only_quotes && !joined.empty()) {
          f.kind = StatementKind::direct;
          f.text = joined;
          f.begin = toks_[q].begin;
        }
      }
    }
  }
  if (f.text.empty()) return;
  if (!f.mention.empty() && !f.mention.parts.empty()) {
    for (const Mention& part : f.mention.parts) {
      Found g = f;
      g.mention = part;
      out_.push_back(std::move(g));
    }
    return;
  }
  out_.push_back(std::move(f));
}

void SentenceParser::run() {
  std::vector<Cue> cues;
  for (std::size_t i = a_; i < b_; ++i) {
    Cue c;
    if (match_cue(i, c)) {
      cues.push_back(c);
      i = c.last - 1;
    }
  }
  if (cues.empty()) return;
  for (const Cue& c : cues) {
    Attr at;
    if (attribute(c, at)) attrs_.push_back(std::move(at));
  }
  content_floor_ = a_;
  const std::size_t first_found = out_.size();
  auto starts_attribution = [&](std::size_t tok, std::size_t self) {
    for (std::size_t q = 0; q < attrs_.size(); ++q) {
      if (q != self && attrs_[q].start == tok && attrs_[q].inherit) return true;
    }
    return false;
  };
  for (std::size_t idx = 0; idx < attrs_.size(); ++idx) {
    const Attr& at = attrs_[idx];
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
    const bool comma_after = f < b_ && (is_punct(toks_[f], ",") || is_punct(toks_[f], ":"));
    std::size_t fs = comma_after ? f + 1 : f;
    bool had_that = false;
    if (fs < b_ && toks_[fs].lower == "that" && !toks_[fs].cap) {
      had_that = true;
      ++fs;
      if (fs < b_ && is_punct(toks_[fs], ",")) ++fs;  // "remarked that, because ..."
    }
    bool forward =
        fs < b_ && (toks_[fs].type == TokenType::quote || (toks_[fs].type == TokenType::word));
    // "..., adding that ...", "continued by noting": the content belongs to the other cue
    // ", Xi said, Xinhua reported": after a comma, another attribution is no content
    if (forward && comma_after) {
      for (std::size_t q = 0; q < attrs_.size(); ++q) {
        if (q != idx && attrs_[q].start == fs) forward = false;
      }
    }
    if (forward && (starts_attribution(fs, idx) ||
                    (toks_[fs].lower == "by" && starts_attribution(fs + 1, idx)))) {
      forward = false;
    }
    // forward content: quotations alone ("said "A" and "B"") or up to the clause's end
    Piece fwd{fs, fs};
    Piece colon_quote{0, 0};
    if (forward) {
      if (toks_[fs].type == TokenType::quote) {
        std::size_t e = fs + 1;
        while (e + 1 < b_ && (is_punct(toks_[e], ",") || toks_[e].lower == "and") &&
               toks_[e + 1].type == TokenType::quote) {
          e += 2;
        }
        bool continues = e < b_ && toks_[e].type == TokenType::word && toks_[e].lower != "and" &&
                         toks_[e].lower != "but" && toks_[e].lower != "while";
        fwd = {fs, continues ? forward_end(e, b_, idx) : e};
      } else {
        fwd = {fs, forward_end(fs, b_, idx)};
      }
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
      if (at.object_subject && info && info->gerund) {
        for (std::size_t j = fwd.first; j < fwd.last; ++j) {
          if (is_punct(toks_[j], ",")) {
            fwd.last = j;  // "Giuliani, claiming to represent the department, and ..."
            break;
          }
        }
      }
      if (at.inherit) {
        for (std::size_t j = fwd.first; j + 1 < fwd.last; ++j) {
          if (is_punct(toks_[j], ",") &&
              (toks_[j + 1].lower == "and" || toks_[j + 1].lower == "but")) {
            fwd.last = j;
            break;
          }
        }
      }
      if (fwd.last + 1 < b_ && is_punct(toks_[fwd.last], ":") &&
          toks_[fwd.last + 1].type == TokenType::quote &&
          (fwd.last + 2 >= b_ || toks_[fwd.last + 2].type == TokenType::punct)) {
        colon_quote = {fwd.last + 1, fwd.last + 2};
      }
    }
    // backward content
    Piece back;
    bool backward = false;
    bool back_is_quote = false;
    if (at.start > content_floor_ && !at.relative) {
      long p = static_cast<long>(at.start) - 1;
      const Token& pt = toks_[static_cast<std::size_t>(p)];
      std::size_t cs = content_floor_;
      for (long q = p; q >= static_cast<long>(content_floor_); --q) {
        if (is_punct(toks_[static_cast<std::size_t>(q)], ";")) {
          cs = static_cast<std::size_t>(q) + 1;
          break;
        }
      }
      auto relative_word = [&](long q) {
        if (q < static_cast<long>(a_)) return false;
        const Token& w = toks_[static_cast<std::size_t>(q)];
        return w.type == TokenType::word &&
               (w.lower == "which" || w.lower == "who" ||
                (w.lower == "that" && q > static_cast<long>(a_) &&
                 is_punct(toks_[static_cast<std::size_t>(q - 1)], ",")));
      };
      // "polynyas, which, they observed, occurred ..."
      const bool relative = relative_word(p) || (is_punct(pt, ",") && relative_word(p - 1));
      if (relative) {
        // "polynyas, which, they observed, occurred ...": nothing before belongs to it
      } else if (pt.type == TokenType::quote) {
        back = {cs, static_cast<std::size_t>(p) + 1};
        backward = true;
        back_is_quote = back.last - back.first == 1;
      } else if (is_punct(pt, ",") || is_dash(pt)) {
        if (static_cast<std::size_t>(p) > cs) {
          back = {cs, static_cast<std::size_t>(p)};
          backward = true;
          back_is_quote = back.last - back.first == 1 && toks_[back.first].type == TokenType::quote;
        }
      } else if (at.cue.according && static_cast<std::size_t>(p) >= cs) {
        // "... at "very low height" according to The Aviation Herald"
        back = {cs, static_cast<std::size_t>(p) + 1};
        backward = true;
      }
    }
    // a backward region holding another attribution is a relay ("..., Xi said, Xinhua
    // reported"): the statement belongs to the original speaker only.
    if (backward) {
      for (std::size_t q = 0; q < attrs_.size(); ++q) {
        // a weak cue ("showers continued") is a relay only when set off by commas
        const Attr& other = attrs_[q];
        const bool weak = other.cue.info && other.cue.info->weak &&
                          (other.start == a_ || !is_punct(toks_[other.start - 1], ","));
        if (q != idx && !weak && other.start >= back.first && other.after <= back.last) {
          backward = false;
        }
      }
      if (!backward && !forward) continue;
    }
    // "commented on the agreement": a topic, not a statement
    // ... but "The chip was designed, TI said, for use with ...": the clause goes on
    // "responding to a question": what is answered is a topic too; "adding to the pressure"
    const bool answers = info && (info->lemma == "respond" || info->lemma == "reply" ||
                                  info->lemma == "answer" || info->lemma == "add");
    if (forward && !at.inverted && !had_that && !(comma_after && backward) &&
        ((answers && toks_[fs].lower == "to") || toks_[fs].lower == "on" ||
         toks_[fs].lower == "about" || toks_[fs].lower == "upon" || toks_[fs].lower == "with" ||
         toks_[fs].lower == "at" || toks_[fs].lower == "of" || toks_[fs].lower == "for" ||
         toks_[fs].lower == "by" || toks_[fs].lower == "from") &&
        !(fs + 1 < b_ && toks_[fs + 1].type == TokenType::quote)) {  // "told ... of "..."" stays
      forward = false;
      if (!backward) continue;
    }
    // weak cues ("spoke", "continued") need quoted words or a "that" clause, unless set off by
    // commas (", they observed, ...")
    const bool set_off = comma_after && at.start > a_ && is_punct(toks_[at.start - 1], ",");
    if (info && (info->weak || info->naming) && forward && (!backward || at.inherit) && !set_off) {
      bool quoted = false;
      for (std::size_t i = fwd.first; i < fwd.last; ++i) {
        if (toks_[i].type == TokenType::quote) quoted = true;
      }
      bool that_clause = at.after < b_ && toks_[at.after].lower == "that";
      for (std::size_t i = fwd.first; info->naming && i < fwd.last; ++i) {
        // "called it unlikely that ...", "describing issues ... as one potential scenario"
        if (toks_[i].lower == "that" || toks_[i].lower == "as") that_clause = true;
      }
      if (!quoted && !that_clause) continue;
    }
    // "wrote to the embassy": a letter, not a statement
    if (info && info->lemma == "write" && at.after < b_ && toks_[at.after].lower == "to") continue;
    std::vector<Piece> pieces;
    long inherit_from = -1;
    if (at.inherit) {
      if (!forward) continue;
      pieces.push_back(fwd);
      const Attr* main_clause = nullptr;
      if (at.coordinated) {
        // "It cited the Air Force as stating ..., and claimed ...", "the Navy, who told it ...
        // and noted ...": the subject of the verb before
        for (std::size_t q = idx; q-- > 0;) {
          if (attrs_[q].left && !attrs_[q].object_subject && !attrs_[q].subject.empty()) {
            main_clause = &attrs_[q];
            break;
          }
        }
      }
      Mention clause_subject;
      if (main_clause == nullptr && at.coordinated) {
        // "According to Xinhua, Xi also praised ... and said ...": the clause's own subject
        clause_subject = sentence_subject();
      }
      if (main_clause != nullptr || !clause_subject.empty()) {
        Attr copy = at;
        copy.inherit = false;
        copy.subject = main_clause != nullptr ? main_clause->subject : clause_subject;
        emit(copy, pieces, -1);
        content_floor_ = std::max(content_floor_, pieces.back().last);
        continue;
      }
      if (out_.size() > first_found) {
        inherit_from = static_cast<long>(out_.size()) - 1;
      } else {
        Attr copy = at;
        copy.inherit = false;
        for (std::size_t q = idx; q-- > 0;) {
          if (!attrs_[q].inherit && !attrs_[q].subject.empty()) {
            copy.subject = attrs_[q].subject;
            break;
          }
        }
        if (copy.subject.empty() && at.cue.first == a_) {
          // "Saying "...", President Fernández elaborated": the main clause's subject
          for (std::size_t q = idx + 1; q < attrs_.size(); ++q) {
            if (!attrs_[q].inherit && !attrs_[q].subject.empty()) {
              copy.subject = attrs_[q].subject;
              break;
            }
          }
        }
        if (copy.subject.empty()) {
          // "..., where Dr. Tomasz Stefaniak was met with applause upon announcing ...": the
          // subject of the clause the gerund hangs on
          for (std::size_t j = at.cue.first; j-- > a_ + 1;) {
            const std::string& w = toks_[j].lower;
            if (toks_[j].type != TokenType::word ||
                !(w == "where" || w == "while" || w == "when" || w == "whereas")) {
              continue;
            }
            Mention clause = parse_right(para_, toks_, j + 1, at.cue.first);
            if (clause.kind == MentionKind::name || clause.kind == MentionKind::pronoun) {
              copy.subject = clause;
            }
            break;
          }
        }
        if (copy.subject.empty()) copy.subject = sentence_subject();
        if (copy.subject.empty()) continue;
        emit(copy, pieces, -1);
        content_floor_ = std::max(content_floor_, pieces.back().last);
        continue;
      }
    } else if (at.agent) {
      // "reported by local press as belonging to ...", "were reported by local media to have
      // visited ...": the participle's complement; "both eleven and twelve reported by industry
      // sources while ...": the noun phrase before the participle
      const bool complement = forward && (toks_[fs].lower == "as" || toks_[fs].lower == "to");
      if (complement) {
        Piece p = fwd;
        for (std::size_t j = p.first + 1; j < p.last; ++j) {
          if (is_punct(toks_[j], ",") ||
              (toks_[j].lower == "and" && j + 1 < p.last && toks_[j + 1].lower == "by")) {
            p.last = j;  // "... as convicted of assaults and by Associated Press of ..."
            break;
          }
        }
        pieces.push_back(p);
      } else if (forward &&
                 (toks_[fs].type == TokenType::quote || (toks_[fs].lower == "of" && fs + 1 < b_ &&
                                                         toks_[fs + 1].type == TokenType::quote))) {
        pieces.push_back(fwd);  // "he was told by the minister of "presumably 40 people""
      } else if (!backward && at.cue.first > a_ && is_word(toks_[at.cue.first - 1]) &&
                 !be_forms().count(toks_[at.cue.first - 1].lower)) {
        std::size_t j = at.cue.first;
        while (j > a_ && j > at.cue.first - 8 && is_word(toks_[j - 1]) &&
               toks_[j - 1].lower != "with" && toks_[j - 1].lower != "while" &&
               !lex_.cues.count(toks_[j - 1].lower))
          --j;
        if (j == at.cue.first) continue;
        pieces.push_back({j, at.cue.first});
      } else if (forward) {
        pieces.push_back(fwd);
      } else if (backward) {
        // "..., as quoted by Greek Reporter": a relay, not a statement of its own
        if (at.start > a_ && toks_[at.start - 1].lower == "as") continue;
        pieces.push_back(back);
      } else {
        continue;
      }
    } else if (at.inverted) {
      bool at_start =
          at.start == a_ || (at.start > a_ && is_punct(toks_[at.start - 1], ",") && !backward);
      if (at.cue.according && (at_start || !backward)) {
        if (!forward) continue;
        // "According to Xinhua, Xi ... said ...": the agency relays a speaker of the sentence
        bool relay = false;
        for (std::size_t q = 0; q < attrs_.size(); ++q) {
          if (q != idx && !attrs_[q].cue.according && attrs_[q].cue.first > at.after) relay = true;
        }
        if (relay) continue;
        pieces.push_back(fwd);
      } else {
        if (!backward) continue;
        pieces.push_back(back);
        // "according to the ministry recovered ...": the clause goes on; not "... in which"
        bool goes_on =
            comma_after || (forward && at.cue.according && toks_[fs].type == TokenType::word &&
                            !toks_[fs].cap && !is_preposition_start(toks_[fs].lower) &&
                            toks_[fs].lower != "which" && toks_[fs].lower != "who");
        if (forward && goes_on && (toks_[fs].type == TokenType::quote || !back_is_quote)) {
          pieces.push_back(fwd);
        }
      }
      if (at.cue.according) {
        // "Local authorities, according to X, have noted ...": the clause has its own cue
        bool relay = false;
        for (const Piece& pc : pieces) {
          for (std::size_t q = 0; q < attrs_.size(); ++q) {
            if (q != idx && attrs_[q].cue.first >= pc.first && attrs_[q].cue.first < pc.last) {
              relay = true;
            }
          }
        }
        if (relay) continue;
      }
    } else {  // left subject
      bool fwd_quote = forward && toks_[fs].type == TokenType::quote;
      bool middle = backward && forward && comma_after && !back_is_quote && !fwd_quote &&
                    !is_preposition_start(toks_[back.first].lower);
      if (middle) {
        pieces.push_back(back);
        pieces.push_back(fwd);
      } else if (backward && back_is_quote && forward && fwd_quote) {
        pieces.push_back(back);
        pieces.push_back({fs, fs + 1});
      } else if (backward && back_is_quote) {
        pieces.push_back(back);
      } else if (backward && forward && !comma_after && !had_that &&
                 toks_[fs].type == TokenType::word && !toks_[fs].cap &&
                 is_preposition_start(toks_[fs].lower)) {
        // "China will open wider, Xi said while meeting the delegation": what follows the cue
        // is the circumstance, the content comes before
        pieces.push_back(back);
      } else if (forward) {
        // "Xinhua reported that Xi called for ...": a news agency relays the speaker it names
        if (news_agency(at.subject)) {
          bool relay = false;
          for (std::size_t q = 0; q < attrs_.size(); ++q) {
            if (q != idx && attrs_[q].left && attrs_[q].start >= fwd.first &&
                attrs_[q].start < fwd.last && !(attrs_[q].cue.info && attrs_[q].cue.info->weak)) {
              relay = true;
            }
          }
          if (relay) continue;
        }
        pieces.push_back(fwd);
      } else if (backward) {
        pieces.push_back(back);
      } else {
        continue;
      }
    }
    if (info && info->weak) {
      bool quoted = false;
      for (const Piece& p : pieces) {
        for (std::size_t i = p.first; i < p.last; ++i) {
          if (toks_[i].type == TokenType::quote) quoted = true;
        }
      }
      bool that_clause = at.after < b_ && toks_[at.after].lower == "that";
      bool parenthetical = pieces.front().last <= at.start;  // "..., they reason, ..."
      if (!quoted && !that_clause && !parenthetical && !set_off) continue;
    }
    std::size_t before = out_.size();
    emit(at, pieces, inherit_from);
    if (out_.size() > before && colon_quote.last > colon_quote.first &&
        pieces.back().last == fwd.last) {
      // "... the solution: "What will stop Ebola ..."": the quotation is a statement too
      long shared = static_cast<long>(out_.size()) - 1;
      emit(at, {colon_quote}, at.inherit ? inherit_from : shared);
      if (out_.size() > before + 1) out_.back().mention = Mention();
    }
    if (out_.size() > before) {
      std::size_t end_tok = pieces.back().last;
      if (colon_quote.last > end_tok) end_tok = colon_quote.last;
      if (end_tok > content_floor_ && pieces.back().first >= at.after) content_floor_ = end_tok;
      if (pieces.back().last <= at.start) content_floor_ = std::max(content_floor_, at.after);
    }
  }
}

}  // namespace verbatim::extract::detail
