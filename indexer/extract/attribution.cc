// Who speaks: the mention of a cue's speaker before it, after it ("said X"), in an apposition,
// a relative clause, a passive's agent, or the clause a gerund or a coordinated verb hangs on.
#include <algorithm>

#include "indexer/extract/grammar_parser.h"

namespace verbatim::extract::detail {
bool SentenceParser::match_cue(std::size_t i, Cue& cue) const {
  return extract::match_cue(para_, toks_, i, CueContext{a_, b_, title_case_}, cue);
}

bool SentenceParser::passive_before(std::size_t i) const {
  const WordSet& adverbs = *words_.passive_adverbs;
  long k = static_cast<long>(i) - 1;
  int skipped = 0;
  while (k >= static_cast<long>(a_) && skipped < 3) {
    const Token& t = toks_[static_cast<std::size_t>(k)];
    if (t.type != TokenType::word) return false;
    if (be_forms().count(t.lower)) return true;
    if (adverbs.count(t.lower)) {
      --k;
      ++skipped;
      continue;
    }
    return false;
  }
  return false;
}

long SentenceParser::skip_left(long k, long aside) const {
  const WordSet& deictics = *words_.time_deictics;
  while (k >= static_cast<long>(a_)) {
    const Token& t = toks_[static_cast<std::size_t>(k)];
    if (is_punct(t, ",") && k - 3 >= static_cast<long>(a_)) {
      // ", according to Maritime Bulletin," between a subject and its verb: an aside of up to
      // `aside` tokens
      long j = k - 1;
      while (j > static_cast<long>(a_) && j > k - aside &&
             !is_punct(toks_[static_cast<std::size_t>(j)], ",")) {
        --j;
      }
      if (j >= static_cast<long>(a_) && is_punct(toks_[static_cast<std::size_t>(j)], ",") &&
          j + 1 < k &&
          (toks_[static_cast<std::size_t>(j + 1)].lower == "according" ||
           (is_preposition_start(toks_[static_cast<std::size_t>(j + 1)].lower) &&
            toks_[static_cast<std::size_t>(j + 1)].lower != "as"))) {
        k = j - 1;
        continue;
      }
      break;
    }
    if (t.type != TokenType::word) break;
    if (!t.cap && t.lower == "there") {
      --k;
      continue;
    }
    if (!t.cap && lex_.adverbs.count(t.lower) && !deictics.count(t.lower)) {
      --k;
      continue;
    }
    if (!t.cap && time_nouns().count(t.lower) && k - 1 >= static_cast<long>(a_) &&
        deictics.count(toks_[static_cast<std::size_t>(k - 1)].lower)) {
      k -= 2;
      continue;
    }
    if (!t.cap && time_nouns().count(t.lower) && k - 2 >= static_cast<long>(a_) &&
        toks_[static_cast<std::size_t>(k - 1)].lower == "the" &&
        words_.time_prepositions->count(toks_[static_cast<std::size_t>(k - 2)].lower)) {
      k -= 3;  // "during the weekend"
      continue;
    }
    if (t.cap && is_stop_cap(t.lower) && k - 1 >= static_cast<long>(a_) &&
        toks_[static_cast<std::size_t>(k - 1)].lower == "on") {
      k -= 2;  // "on Tuesday"
      continue;
    }
    const long channel = skip_channel_or_occasion(k);
    if (channel != k) {
      k = channel;
      continue;
    }
    break;
  }
  return k;
}

long SentenceParser::skip_channel_or_occasion(long k) const {
  // "Xi in his letter said", "Xi in a speech stressed": the channel between subject and cue;
  // "Xi for the first time proposed": the occasion. `k` ends the phrase; returns the token
  // before it, or `k` when there is none.
  if (k - 2 < static_cast<long>(a_)) return k;
  auto at = [&](long j) -> const Token& { return toks_[static_cast<std::size_t>(j)]; };
  const Token& t = at(k);
  if (t.cap || t.type != TokenType::word) return k;
  const Token& det = at(k - 1);
  if (statement_noun(t.lower) && at(k - 2).lower == "in" && !at(k - 2).cap &&
      (det.lower == "a" || det.lower == "an" || det.lower == "the" || det.lower == "its" ||
       words_.possessive_determiners->count(det.lower))) {
    return k - 3;
  }
  if (t.lower == "time" && k - 3 >= static_cast<long>(a_) &&
      words_.ordinal_words->count(det.lower) && at(k - 2).lower == "the" &&
      at(k - 3).lower == "for") {
    return k - 4;
  }
  return k;
}

std::size_t SentenceParser::according_modifier_end(std::size_t k, bool content_before) const {
  // "according to a joint statement released after the talks, ...", "according to data
  // published on Monday.": a participle or a prepositional phrase after the source, up to a
  // comma or the sentence's end, still names the source.
  if (k >= b_ || toks_[k].type != TokenType::word || toks_[k].cap) return k;
  const std::string& w = toks_[k].lower;
  if (!words_.source_participles->count(w) && !words_.source_modifier_starts->count(w)) return k;
  const WordSet& stops = *words_.source_modifier_stops;
  for (std::size_t j = k + 1; j < b_ && j < k + 12; ++j) {
    const Token& t = toks_[j];
    if (is_punct(t, ",")) return j;
    if (is_sentence_stop(t)) return content_before ? j : k;
    if (t.type != TokenType::word) return k;
    if (!t.cap && (stops.count(t.lower) || be_forms().count(t.lower))) {
      return k;
    }
    Cue c;
    if (match_cue(j, c)) return k;
  }
  return content_before && b_ <= k + 12 ? b_ : k;
}

Mention SentenceParser::unnamed_source_before(long k) const {
  // An unnamed source with a post-modifier opening the clause: "Two people familiar with the
  // matter", "Sources close to the talks", "A person with knowledge of the plan".
  const WordSet& links = *words_.unnamed_source_links;
  Mention none;
  for (long q = k; q >= static_cast<long>(a_) && q > k - 10; --q) {
    const Token& t = toks_[static_cast<std::size_t>(q)];
    if (t.type != TokenType::word) return none;
    const bool source = lex_.groups.count(t.lower) || t.lower == "person";
    if (!source || q == k || !links.count(toks_[static_cast<std::size_t>(q) + 1].lower)) continue;
    long first = q;
    while (first > static_cast<long>(a_) && first > q - 3 &&
           toks_[static_cast<std::size_t>(first) - 1].type == TokenType::word &&
           !toks_[static_cast<std::size_t>(first) - 1].cap) {
      --first;  // "two senior", "a"
    }
    if (first > static_cast<long>(a_) && first == q &&
        toks_[static_cast<std::size_t>(first) - 1].type == TokenType::word) {
      --first;  // "Two people", "A person" opening the sentence
    }
    const bool opens =
        first == static_cast<long>(a_) ||
        is_punct(toks_[static_cast<std::size_t>(first) - 1], ",") ||
        (first == static_cast<long>(a_) + 1 && words_.clause_coordinators->count(toks_[a_].lower));
    if (!opens) return none;
    Mention m;
    m.kind = MentionKind::group;
    m.first = static_cast<std::size_t>(first);
    m.last = static_cast<std::size_t>(q) + 1;
    m.head = t.lower;
    m.text = std::string(para_.substr(toks_[m.first].begin, t.end - toks_[m.first].begin));
    return m;
  }
  return none;
}

long SentenceParser::apposition_open(long comma, bool& cue_inside) const {
  // The comma opening the apposition that ends at `comma`, -1 when there is none; `cue_inside`
  // tells whether a cue stands inside it.
  long j = comma - 1;
  int n = 0;
  cue_inside = false;
  while (j >= static_cast<long>(a_) && n < 40) {  // "director of X (NIVDC) of Y (China CDC)"
    const Token& t = toks_[static_cast<std::size_t>(j)];
    if (t.type == TokenType::quote || is_punct(t, ";") || is_sentence_stop(t)) return -1;
    if (is_punct(t, ",")) break;
    if (t.type == TokenType::word && !t.cap && !cue_inside) {
      Cue c;
      // "the official, who did not want to be named, told Reuters": an infinitive or a
      // passive inside the apposition is no attribution of its own
      const std::string& before = j > 0 ? toks_[static_cast<std::size_t>(j - 1)].lower : t.lower;
      bool infinitive_or_passive = before == "to" || be_forms().count(before);
      if (!infinitive_or_passive && match_cue(static_cast<std::size_t>(j), c)) cue_inside = true;
    }
    --j;
    ++n;
  }
  if (j < static_cast<long>(a_) || !is_punct(toks_[static_cast<std::size_t>(j)], ",")) return -1;
  return j;
}

bool SentenceParser::looks_appositive(long open, long comma) const {
  const Token& first = toks_[static_cast<std::size_t>(open + 1)];
  if (words_.appositive_openers->count(first.lower) || lex_.roles.count(first.lower) ||
      lex_.modifiers.count(first.lower) || is_name_word(first) ||
      (first.text[0] >= '0' && first.text[0] <= '9')) {
    return true;
  }
  // "Dr Gary Mortimer, retail expert from ...": a role among the first words
  for (long q = open + 1; q < comma && q <= open + 3; ++q) {
    if (lex_.roles.count(toks_[static_cast<std::size_t>(q)].lower)) return true;
  }
  return false;
}

Mention SentenceParser::role_before_preposition(long open) const {
  // "A spokeswoman for the airline, Maria Costa, said": the role before the preposition
  const WordSet& preps = *words_.spokesperson_prepositions;
  long q = open - 1;
  while (q > static_cast<long>(a_) + 1 && q > open - 6 &&
         toks_[static_cast<std::size_t>(q)].type == TokenType::word) {
    if (preps.count(toks_[static_cast<std::size_t>(q)].lower)) break;
    --q;
  }
  if (!preps.count(toks_[static_cast<std::size_t>(q)].lower)) return Mention();
  Mention head = parse_left(para_, toks_, q - 1, a_);
  if ((head.kind != MentionKind::description && head.kind != MentionKind::group) ||
      head.last != static_cast<std::size_t>(q) || !lex_.roles.count(head.head)) {
    return Mention();
  }
  head.last = static_cast<std::size_t>(open);
  return head;
}

Mention SentenceParser::apposition_speaker(Mention m, long open, long comma) const {
  if (m.kind == MentionKind::description || m.kind == MentionKind::group ||
      (m.kind == MentionKind::name && !m.roles.empty() && m.name_end < m.last)) {
    // "The Vice President, Mike Pence, said", "the director of Argentina's Amnesty
    // International, Mariela Belski, said": the apposition names the speaker.
    Mention inner = parse_right(para_, toks_, static_cast<std::size_t>(open + 1),
                                static_cast<std::size_t>(comma));
    if (inner.kind == MentionKind::name && inner.last == static_cast<std::size_t>(comma)) {
      inner.roles.insert(inner.roles.end(), m.roles.begin(), m.roles.end());
      inner.first = m.first;
      inner.text = std::string(
          para_.substr(toks_[m.first].begin, toks_[inner.last - 1].end - toks_[m.first].begin));
      return inner;
    }
  }
  if (m.kind == MentionKind::name) {
    // roles named in the apposition help resolve "the premier" later
    for (long q = open + 1; q < comma; ++q) {
      const Token& t = toks_[static_cast<std::size_t>(q)];
      if (t.type == TokenType::word && lex_.roles.count(t.lower)) m.roles.push_back(t.lower);
      if (t.lower == "of") break;
    }
  }
  return m;
}

Mention SentenceParser::apposition_subject(long comma) const {
  // "Xi, also general secretary of the CPC Central Committee, said"
  bool cue_inside = false;
  long j = apposition_open(comma, cue_inside);
  if (j < 0) return Mention();
  const Token& first = toks_[static_cast<std::size_t>(j + 1)];
  // a cue inside is an attribution of its own, unless in a relative clause ("Smith, who spoke
  // on condition of anonymity, said ...")
  // or a gerund's ("Lindqvist Paper, reporting a wider loss, said ..."), whose content ends at
  // the comma (main_cue_after_aside)
  Cue inner;
  const bool gerund_aside = match_cue(static_cast<std::size_t>(j + 1), inner) && inner.info &&
                            inner.info->gerund && inner.first == static_cast<std::size_t>(j + 1);
  if (cue_inside && !words_.relative_pronouns->count(first.lower) && !gerund_aside)
    return Mention();
  if (!gerund_aside && !looks_appositive(j, comma)) return Mention();
  // "Mary-Jane O'Neil, 45, a nurse in Boston, says": an age set off before the apposition
  if (j - 3 >= static_cast<long>(a_) && is_word(toks_[static_cast<std::size_t>(j - 1)]) &&
      toks_[static_cast<std::size_t>(j - 1)].text[0] >= '0' &&
      toks_[static_cast<std::size_t>(j - 1)].text[0] <= '9' &&
      is_punct(toks_[static_cast<std::size_t>(j - 2)], ",")) {
    j -= 2;
  }
  Mention m = parse_left(para_, toks_, j - 1, a_);
  if (is_name_word(first) && !lex_.roles.count(first.lower) && (m.empty() || m.first > a_ + 1)) {
    Mention role = role_before_preposition(j);
    if (!role.empty()) m = role;
  }
  if (m.empty()) return Mention();
  if (m.first != a_) {
    const Token& before = toks_[m.first - 1];
    // "The property and casualty insurer's chairman and chief executive, Martin Simon, said":
    // a possessive owner before a role is the description's (not before a name: "head of the
    // government's Rubber Controller Department, which ...")
    if (!is_punct(before, ",") && !words_.clause_joiners->count(before.lower) &&
        !(m.kind == MentionKind::description && is_word(before) && is_possessive(before.text)))
      return Mention();
  }
  return apposition_speaker(m, j, comma);
}

// "China, France vow to ...", "China, Central Asian countries sign treaty, vow to ...": a
// headline opening with a list of names speaking together, one part per name; a name with a
// plural of countries after it ("Central Asian countries") is an unnamed group. The list ends
// at the cue, or a verb phrase of its own and a comma come between. In a title-case headline
// every word is capitalised: only places are names there.
Mention SentenceParser::headline_list(const Cue& cue) const {
  if (!headline_ || (cue.info != nullptr && cue.info->gerund)) return {};
  const std::size_t end = cue.first;
  std::vector<Mention> parts;
  std::size_t j = a_;
  while (j < end) {
    std::size_t k = j;
    while (k < end && k < j + 4 && is_name_word(toks_[k])) ++k;
    if (k == j) return {};
    Mention part;
    if (k < end && is_word(toks_[k]) && !toks_[k].cap &&
        words_.headline_group_heads->count(toks_[k].lower)) {
      part.kind = MentionKind::group;
      part.first = j;
      part.last = ++k;
      part.head = toks_[k - 1].lower;
      part.text = std::string(para_.substr(toks_[j].begin, toks_[k - 1].end - toks_[j].begin));
    } else {
      part = parse_right(para_, toks_, j, k);
      if (part.kind != MentionKind::name || part.last != k || !part.parts.empty()) return {};
      if (title_case_ && !lex_.places.count(part.name)) return {};
    }
    parts.push_back(std::move(part));
    j = k;
    if (j + 1 < end && (is_punct(toks_[j], ",") || toks_[j].lower == "and")) {
      ++j;
      if (toks_[j].lower == "and") ++j;
      continue;
    }
    break;
  }
  if (parts.size() < 2) return {};
  if (j != end) {
    // "sign landmark treaty, vow": words of the list's own verb, then a comma before the cue
    if (end < j + 2 || !is_punct(toks_[end - 1], ",")) return {};
    for (std::size_t q = j; q + 1 < end; ++q) {
      if (!is_word(toks_[q])) return {};
    }
  }
  Mention m;
  m.kind = MentionKind::name;
  m.first = a_;
  m.last = parts.back().last;
  m.text =
      std::string(para_.substr(toks_[m.first].begin, toks_[m.last - 1].end - toks_[m.first].begin));
  m.name = m.text;
  m.name_end = m.last;
  m.parts = std::move(parts);
  return m;
}

// "Japanese officials in Tokyo", "A British naval source", "a major French bank", "Republican
// members of the committee": a nationality, a party's adjective or a "Miami-based" before a
// group, role or organisation noun modifies it; the noun phrase is the mention, not the name.
Mention SentenceParser::noun_after_modifier_name(const Mention& m) const {
  const bool one_word = m.kind == MentionKind::name || m.kind == MentionKind::description;
  if (!one_word || m.last != m.first + 1 || m.last >= b_) return m;
  const Token& name = toks_[m.first];
  const std::string text(name.text);
  const bool modifier = lex_.nationalities.count(text) || lex_.is("party_adjectives", name.lower) ||
                        (text.size() > 6 && text.compare(text.size() - 6, 6, "-based") == 0);
  if (!modifier) return m;
  for (std::size_t j = m.last; j < b_ && j < m.last + 3; ++j) {
    const Token& t = toks_[j];
    if (!is_word(t) || t.cap || lex_.cues.count(t.lower)) break;
    const auto noun = [&](const Token& w) {
      return is_word(w) && !w.cap &&
             (lex_.groups.count(w.lower) || lex_.org_words.count(w.lower) ||
              lex_.roles.count(w.lower));
    };
    if (noun(t)) {
      while (j + 1 < b_ && noun(toks_[j + 1])) ++j;  // "bank sources"
      Mention phrase = parse_left(para_, toks_, static_cast<long>(j), a_);
      return phrase.empty() || phrase.kind == MentionKind::name ? m : phrase;
    }
  }
  return m;
}

Mention SentenceParser::sentence_subject() const {
  // The clause subject of a gerund cue: the first noun phrase of the sentence, after a leading
  // adverbial that ends with a comma.
  std::size_t k = a_;
  if (k < b_ && is_preposition_start(toks_[k].lower)) {
    for (std::size_t j = a_; j < b_ && j < a_ + 14; ++j) {
      if (is_punct(toks_[j], ",")) {
        k = j + 1;
        break;
      }
    }
  }
  while (k < b_ && toks_[k].type == TokenType::word && !is_name_word(toks_[k]) &&
         !is_pronoun(toks_[k].lower) && toks_[k].lower != "the" && k < a_ + 6) {
    ++k;
  }
  Mention m = noun_after_modifier_name(parse_right(para_, toks_, k, b_));
  if (m.empty() && k + 1 < b_ && toks_[k].lower == "the" && toks_[k + 1].type == TokenType::word &&
      !toks_[k + 1].cap && !lex_.cues.count(toks_[k + 1].lower)) {
    // "The attacker ... and claimed ...": a common noun as the subject
    m.kind = MentionKind::description;
    m.first = k;
    m.last = k + 2;
    m.head = toks_[k + 1].lower;
    m.text = std::string(para_.substr(toks_[k].begin, toks_[k + 1].end - toks_[k].begin));
    return m;
  }
  // "a Republican, Mark Amodei, has ...": the appositive name
  if (!m.empty() && m.kind != MentionKind::pronoun && m.last + 2 < b_ &&
      is_punct(toks_[m.last], ",")) {
    Mention inner = parse_right(para_, toks_, m.last + 1, b_);
    if (inner.kind == MentionKind::name && inner.last < b_ && is_punct(toks_[inner.last], ",") &&
        (m.kind != MentionKind::name || m.last - m.first == 1)) {
      return inner;
    }
  }
  return m;
}

Mention SentenceParser::clause_subject_before(std::size_t object) const {
  // The sentence's subject when a verb of its own, and no comma, quotation or other cue, comes
  // between it and the object at `object` ("Smith wrote to the embassy ...")
  Mention subject = sentence_subject();
  if (subject.empty() || subject.last >= object || !is_word(toks_[subject.last]) ||
      toks_[subject.last].cap)
    return Mention();
  for (std::size_t q = subject.last; q < object; ++q) {
    Cue other;
    if (!is_word(toks_[q])) return Mention();
    if (!match_cue(q, other)) continue;
    // the clause's own verb before its object ("wrote to the embassy"), a noun ("joined the
    // calls by ..."); not a cue of another clause ("Vale said the union sent a letter ...")
    const bool own_verb =
        q == subject.last && q + 1 < object && is_preposition_start(toks_[q + 1].lower);
    const bool noun = q > a_ && noun_determiners().count(toks_[q - 1].lower);
    if (!own_verb && !noun) return Mention();
  }
  return subject;
}

Mention SentenceParser::qualified_group_opening(std::size_t limit) const {
  // "State prosecutors": a capitalised qualifier before the group noun opening the sentence
  for (std::size_t q = a_; q < a_ + 3 && q < limit; ++q) {
    const Token& w = toks_[q];
    if (w.type != TokenType::word) break;
    if (!w.cap && lex_.groups.count(w.lower) && w.lower.back() == 's') {
      Mention group;
      group.kind = MentionKind::group;
      group.first = a_;
      group.last = q + 1;
      group.head = w.lower;
      group.text = std::string(para_.substr(toks_[a_].begin, w.end - toks_[a_].begin));
      return group;
    }
    if (!w.cap) break;
  }
  return Mention();
}

}  // namespace verbatim::extract::detail
