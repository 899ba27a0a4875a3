// Who speaks: the mention of a cue's speaker before it, after it ("said X"), in an apposition,
// a relative clause, a passive's agent, or the clause a gerund or a coordinated verb hangs on.
#include <algorithm>

#include "indexer/extract/grammar_parser.h"

namespace verbatim::extract::detail {
namespace {

// A cue form that is also a common plural noun: the lemma plus "s" ("states", "reports").
bool t_is_plural_noun_form(std::string_view form, std::string_view lemma) {
  static const std::unordered_set<std::string_view> nouns = {
      "states",  "reports", "estimates", "claims",   "comments",  "notes",
      "lists",   "quotes",  "calls",     "remarks",  "forecasts", "promises",
      "pledges", "vows",    "answers",   "demands",  "requests",  "proposals",
      "replies", "cites",   "mentions",  "projects", "accounts",  "posts"};
  return form.size() == lemma.size() + 1 && form.back() == 's' && nouns.count(form) > 0;
}

// The speaker's mention before the cue; the attribution runs from `start` to the cue's end.
bool speaker_before(Attr& at, const Mention& m, std::size_t start, const Cue& cue) {
  at.subject = m;
  at.left = true;
  at.start = start;
  at.after = cue.last;
  return true;
}

}  // namespace

bool SentenceParser::match_cue(std::size_t i, Cue& cue) const {
  return extract::match_cue(para_, toks_, i, CueContext{a_, b_, title_case_}, cue);
}

bool SentenceParser::passive_before(std::size_t i) const {
  long k = static_cast<long>(i) - 1;
  int skipped = 0;
  while (k >= static_cast<long>(a_) && skipped < 3) {
    const Token& t = toks_[static_cast<std::size_t>(k)];
    if (t.type != TokenType::word) return false;
    if (be_forms().count(t.lower)) return true;
    if (t.lower == "also" || t.lower == "reportedly" || t.lower == "widely" || t.lower == "not" ||
        t.lower == "previously" || t.lower == "being" || t.lower == "often" ||
        t.lower == "subsequently" || t.lower == "first" || t.lower == "later") {
      --k;
      ++skipped;
      continue;
    }
    return false;
  }
  return false;
}

long SentenceParser::skip_left(long k) const {
  while (k >= static_cast<long>(a_)) {
    const Token& t = toks_[static_cast<std::size_t>(k)];
    if (is_punct(t, ",") && k - 3 >= static_cast<long>(a_)) {
      // ", according to Maritime Bulletin," between a subject and its verb
      long j = k - 1;
      while (j > static_cast<long>(a_) && j > k - 10 &&
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
    if (!t.cap && lex_.adverbs.count(t.lower) && t.lower != "this" && t.lower != "last") {
      --k;
      continue;
    }
    if (!t.cap && time_nouns().count(t.lower) && k - 1 >= static_cast<long>(a_) &&
        (toks_[static_cast<std::size_t>(k - 1)].lower == "this" ||
         toks_[static_cast<std::size_t>(k - 1)].lower == "last")) {
      k -= 2;
      continue;
    }
    if (!t.cap && time_nouns().count(t.lower) && k - 2 >= static_cast<long>(a_) &&
        toks_[static_cast<std::size_t>(k - 1)].lower == "the" &&
        (toks_[static_cast<std::size_t>(k - 2)].lower == "during" ||
         toks_[static_cast<std::size_t>(k - 2)].lower == "over" ||
         toks_[static_cast<std::size_t>(k - 2)].lower == "at" ||
         toks_[static_cast<std::size_t>(k - 2)].lower == "in")) {
      k -= 3;  // "during the weekend"
      continue;
    }
    if (t.cap && is_stop_cap(t.lower) && k - 1 >= static_cast<long>(a_) &&
        toks_[static_cast<std::size_t>(k - 1)].lower == "on") {
      k -= 2;  // "on Tuesday"
      continue;
    }
    if (!t.cap && (t.lower == "not" || t.lower == "never")) break;
    break;
  }
  return k;
}

std::size_t SentenceParser::according_modifier_end(std::size_t k, bool content_before) const {
  // "according to a joint statement released after the talks, ...", "according to data
  // published on Monday.": a participle or a prepositional phrase after the source, up to a
  // comma or the sentence's end, still names the source.
  if (k >= b_ || toks_[k].type != TokenType::word || toks_[k].cap) return k;
  const std::string& w = toks_[k].lower;
  static const std::unordered_set<std::string_view> participles = {
      "released", "issued",  "published", "made",   "given",   "signed",   "adopted",  "posted",
      "seen",     "shown",   "obtained",  "filed",  "quoted",  "compiled", "cited",    "sent",
      "unveiled", "written", "delivered", "shared", "carried", "aired",    "broadcast"};
  static const std::unordered_set<std::string_view> preps = {
      "on", "in", "at", "after", "from", "during", "of", "by", "with", "following", "last", "this"};
  if (!participles.count(w) && !preps.count(w)) return k;
  for (std::size_t j = k + 1; j < b_ && j < k + 12; ++j) {
    const Token& t = toks_[j];
    if (is_punct(t, ",")) return j;
    if (is_sentence_stop(t)) return content_before ? j : k;
    if (t.type != TokenType::word) return k;
    if (!t.cap && (t.lower == "that" || t.lower == "which" || t.lower == "who" ||
                   be_forms().count(t.lower) || t.lower == "will" || t.lower == "would" ||
                   t.lower == "has" || t.lower == "have" || t.lower == "had")) {
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
  static const std::unordered_set<std::string_view> links = {
      "familiar", "close",     "briefed", "with",     "involved",    "knowledgeable", "aware", "in",
      "at",       "contacted", "polled",  "surveyed", "interviewed", "quoted",        "cited"};
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
    const bool opens = first == static_cast<long>(a_) ||
                       is_punct(toks_[static_cast<std::size_t>(first) - 1], ",") ||
                       (first == static_cast<long>(a_) + 1 &&
                        (toks_[a_].lower == "and" || toks_[a_].lower == "but"));
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

Mention SentenceParser::apposition_subject(long comma) const {
  // "Xi, also general secretary of the CPC Central Committee, said"
  Mention none;
  long j = comma - 1;
  int n = 0;
  bool cue_inside = false;
  while (j >= static_cast<long>(a_) && n < 25) {
    const Token& t = toks_[static_cast<std::size_t>(j)];
    if (t.type == TokenType::quote || is_punct(t, ";") || is_sentence_stop(t)) return none;
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
  if (j < static_cast<long>(a_) || !is_punct(toks_[static_cast<std::size_t>(j)], ",")) return none;
  const Token& first = toks_[static_cast<std::size_t>(j + 1)];
  // a cue inside is an attribution of its own, unless in a relative clause ("Smith, who spoke
  // on condition of anonymity, said ...")
  if (cue_inside && first.lower != "who" && first.lower != "which" && first.lower != "whose")
    return none;
  bool looks_appositive = first.lower == "a" || first.lower == "an" || first.lower == "the" ||
                          first.lower == "also" || first.lower == "who" || first.lower == "then" ||
                          first.lower == "which" || first.lower == "whose" ||
                          first.lower == "wholly" || first.lower == "based" ||
                          first.lower == "headquartered" || first.lower == "formerly" ||
                          first.lower == "owned" || first.lower == "once" || first.lower == "now" ||
                          first.lower == "himself" || first.lower == "herself" ||
                          lex_.roles.count(first.lower) || lex_.modifiers.count(first.lower) ||
                          is_name_word(first) || (first.text[0] >= '0' && first.text[0] <= '9');
  // "Dr Gary Mortimer, retail expert from ...": a role among the first words
  for (long q = j + 1; !looks_appositive && q < comma && q <= j + 3; ++q) {
    if (lex_.roles.count(toks_[static_cast<std::size_t>(q)].lower)) looks_appositive = true;
  }
  if (!looks_appositive) return none;
  // "Mary-Jane O'Neil, 45, a nurse in Boston, says": an age set off before the apposition
  if (j - 3 >= static_cast<long>(a_) && is_word(toks_[static_cast<std::size_t>(j - 1)]) &&
      toks_[static_cast<std::size_t>(j - 1)].text[0] >= '0' &&
      toks_[static_cast<std::size_t>(j - 1)].text[0] <= '9' &&
      is_punct(toks_[static_cast<std::size_t>(j - 2)], ",")) {
    j -= 2;
  }
  Mention m = parse_left(para_, toks_, j - 1, a_);
  if (is_name_word(first) && !lex_.roles.count(first.lower) && (m.empty() || m.first > a_ + 1)) {
    // "A spokeswoman for the airline, Maria Costa, said": the role before the preposition
    long q = j - 1;
    while (q > static_cast<long>(a_) + 1 && q > j - 6 &&
           toks_[static_cast<std::size_t>(q)].type == TokenType::word) {
      const std::string& w = toks_[static_cast<std::size_t>(q)].lower;
      if (w == "for" || w == "of" || w == "at" || w == "from" || w == "with") break;
      --q;
    }
    const std::string& prep = toks_[static_cast<std::size_t>(q)].lower;
    if (prep == "for" || prep == "of" || prep == "at" || prep == "from" || prep == "with") {
      Mention head = parse_left(para_, toks_, q - 1, a_);
      if ((head.kind == MentionKind::description || head.kind == MentionKind::group) &&
          head.last == static_cast<std::size_t>(q) && lex_.roles.count(head.head)) {
        head.last = static_cast<std::size_t>(j);
        m = head;
      }
    }
  }
  if (m.empty()) return none;
  if (m.first != a_) {
    const Token& before = toks_[m.first - 1];
    if (!is_punct(before, ",") && before.lower != "and" && before.lower != "but" &&
        before.lower != "while")
      return none;
  }
  if (m.kind == MentionKind::description || m.kind == MentionKind::group ||
      (m.kind == MentionKind::name && !m.roles.empty() && m.name_end < m.last)) {
    // "The Vice President, Mike Pence, said", "the director of Argentina's Amnesty
    // International, Mariela Belski, said": the apposition names the speaker.
    Mention inner =
        parse_right(para_, toks_, static_cast<std::size_t>(j + 1), static_cast<std::size_t>(comma));
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
    for (long q = j + 1; q < comma; ++q) {
      const Token& t = toks_[static_cast<std::size_t>(q)];
      if (t.type == TokenType::word && lex_.roles.count(t.lower)) m.roles.push_back(t.lower);
      if (t.lower == "of") break;
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
  Mention m = parse_right(para_, toks_, k, b_);
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

bool SentenceParser::attribute(const Cue& cue, Attr& at) const {
  at.cue = cue;
  if (cue.words_of) {
    // "In Xi's words, ...": the possessor speaks
    Mention m = parse_right(para_, toks_, cue.first + 1, cue.first + 2);
    if (m.kind != MentionKind::name) return false;
    at.subject = m;
    at.inverted = true;
    at.start = cue.first;
    at.after = cue.last;
    return true;
  }
  if (cue.according) {
    // "..., according to X" has content before it; "According to X, ..." after it
    const bool content_before = cue.first > a_ && !is_punct(toks_[cue.first - 1], ":");
    // "according to a Twitter post by Amy Cook", "according to data from the Gun Violence
    // Archive": the author after "by" / "from"
    for (std::size_t j = cue.last; j + 1 < b_ && j < cue.last + 7; ++j) {
      const Token& t = toks_[j];
      if (t.type != TokenType::word) break;
      if ((t.lower == "by" || t.lower == "from") && j > cue.last) {
        Mention author = parse_right(para_, toks_, j + 1, b_);
        if (author.kind == MentionKind::name) {
          at.subject = author;
          at.inverted = true;
          at.start = cue.first;
          at.after = according_modifier_end(author.last, content_before);
          return true;
        }
        break;
      }
    }
    at.subject = parse_right(para_, toks_, cue.last, b_);
    if (at.subject.empty()) {
      // "according to a whistle-blower complaint, ...": some unnamed source
      std::size_t j = cue.last;
      while (j < b_ && j < cue.last + 9 &&
             (toks_[j].type == TokenType::word ||
              (is_punct(toks_[j], ",") && j + 1 < b_ && toks_[j + 1].text.size() == 4 &&
               toks_[j + 1].text[0] >= '0' && toks_[j + 1].text[0] <= '9'))) {
        ++j;  // "according to a March 14, 2019 NATO press release"
      }
      if (j == cue.last || (j < b_ && !is_punct(toks_[j], ",") && !is_sentence_stop(toks_[j])))
        return false;
      for (std::size_t q = cue.last; q < j; ++q) {
        if (!is_name_word(toks_[q])) continue;
        // "according to the 2019 NATO report", "according to these videos and NPR"
        Mention named = parse_right(para_, toks_, q, j);
        if (named.kind == MentionKind::name) {
          at.subject = named;
          at.inverted = true;
          at.start = cue.first;
          at.after = j;
          return true;
        }
      }
      at.subject.kind = MentionKind::group;
      at.subject.first = cue.last;
      at.subject.last = j;
      at.subject.head = toks_[j - 1].lower;
      at.subject.text = std::string(
          para_.substr(toks_[cue.last].begin, toks_[j - 1].end - toks_[cue.last].begin));
    }
    at.inverted = true;
    at.start = cue.first;
    at.after = at.subject.last;
    // "According to the El Paso mayor, Dee Margo, ..."
    if (at.subject.kind == MentionKind::description && at.after + 2 < b_ &&
        is_punct(toks_[at.after], ",")) {
      Mention inner = parse_right(para_, toks_, at.after + 1, b_);
      if (inner.kind == MentionKind::name && inner.last < b_ && is_punct(toks_[inner.last], ",")) {
        inner.roles.insert(inner.roles.end(), at.subject.roles.begin(), at.subject.roles.end());
        at.subject = inner;
        at.after = inner.last;
      }
    }
    at.after = according_modifier_end(at.after, content_before);
    return true;
  }
  const CueInfo& info = *cue.info;
  const long before = static_cast<long>(cue.first) - 1;
  const Token* prev =
      before >= static_cast<long>(a_) ? &toks_[static_cast<std::size_t>(before)] : nullptr;
  // Noun uses: "the calls", "his remarks", "to say", "Xi's remarks", "reports suggest".
  if (prev && prev->type == TokenType::word && !prev->cap &&
      noun_determiners().count(prev->lower) && !info.gerund) {
    return false;
  }
  if (prev && prev->type == TokenType::word &&
      (prev->text.size() > 2 &&
       (prev->text.substr(prev->text.size() - 2) == "'s" ||
        (prev->text.size() > 4 && prev->text.substr(prev->text.size() - 4) == "\xE2\x80\x99s")))) {
    return false;
  }
  if (prev && prev->lower == "to" && !info.gerund) return false;
  if (cue.last < b_ && toks_[cue.last].type == TokenType::word && !toks_[cue.last].cap &&
      lex_.cues.count(toks_[cue.last].lower) && !info.object) {
    Cue next;
    if (match_cue(cue.last, next) && !next.info->participle) return false;  // "reports suggest"
  }
  // "states", "reports", "estimates" are plural nouns too ("the West North Central states
  // recorded ...", "EC states know ..."): not before a verb
  if (cue.last == cue.first + 1 && cue.last < b_ &&
      t_is_plural_noun_form(toks_[cue.first].lower, info.lemma)) {
    const Token& n = toks_[cue.last];
    static const std::unordered_set<std::string_view> verbs = {
        "know",   "have", "are", "were", "will", "would", "can", "could", "may",  "might", "must",
        "should", "do",   "did", "does", "has",  "had",   "say", "said",  "show", "showed"};
    bool verb_follows = n.type == TokenType::word && !n.cap &&
                        (verbs.count(n.lower) ||
                         (n.lower.size() > 4 && n.lower.substr(n.lower.size() - 2) == "ed"));
    if (verb_follows) return false;
  }
  // Passive with an agent: "described by Marine Bulletin as ...".
  if (info.participle && cue.last + 1 < b_ && toks_[cue.last].lower == "by") {
    Mention agent = parse_right(para_, toks_, cue.last + 1, b_);
    if (!agent.empty()) {
      at.subject = agent;
      at.agent = true;
      at.start = cue.first;
      at.after = agent.last;
      return true;
    }
  }
  if (info.participle && passive_before(cue.first)) return false;
  // "a program called "Learning Together"": a participle naming something
  if (info.naming && info.participle && cue.last < b_ && prev && prev->type == TokenType::word &&
      !prev->cap && !lex_.adverbs.count(prev->lower) && !is_pronoun(prev->lower) &&
      (toks_[cue.last].type == TokenType::quote || is_name_word(toks_[cue.last]))) {
    return false;  // ... also "a chef named Łukasz"
  }
  // "MANILA SAID TO OFFER DEBT BONDS": "(is) said to" + a verb reports a rumour, not a statement
  if (info.lemma == "say" && info.participle && cue.last + 1 < b_ &&
      toks_[cue.last].lower == "to" && is_word(toks_[cue.last + 1]) &&
      (!toks_[cue.last + 1].cap || title_case_) &&
      !object_pronouns().count(toks_[cue.last + 1].lower) &&
      !noun_determiners().count(toks_[cue.last + 1].lower) &&
      !lex_.groups.count(toks_[cue.last + 1].lower) &&
      !lex_.roles.count(toks_[cue.last + 1].lower) && toks_[cue.last + 1].lower != "the" &&
      toks_[cue.last + 1].lower != "a") {
    return false;
  }
  if (prev && ascii_lower(cue.text) == info.lemma && !info.gerund) {
    // "the ministry would encourage banks to ...": a modal's verb is no speech act yet
    static const std::unordered_set<std::string_view> modals = {
        "would", "will", "could", "may", "might", "should", "must", "can", "shall"};
    long q = before;
    if (q > static_cast<long>(a_) &&
        right_adverbs().count(toks_[static_cast<std::size_t>(q)].lower))
      --q;
    if (modals.count(toks_[static_cast<std::size_t>(q)].lower)) return false;
  }
  long k = skip_left(before);
  const Token* kt = k >= static_cast<long>(a_) ? &toks_[static_cast<std::size_t>(k)] : nullptr;
  if (info.gerund) {
    // "with Miller describing": the noun phrase is the subject
    Mention m = parse_left(para_, toks_, k, a_);
    if (!m.empty() && m.first > a_ &&
        (toks_[m.first - 1].lower == "with" || toks_[m.first - 1].lower == "without")) {
      at.object_subject = true;  // the phrase ends at its comma: "With X urging ..., Y did"
      return speaker_before(at, m, m.first, cue);
    }
    // "a meeting between Giuliani, claiming to represent the department, and Yermak": a
    // participle set off by commas after a name belongs to that name
    if (kt && is_punct(*kt, ",") && k - 1 >= static_cast<long>(a_)) {
      bool closed = false;
      for (std::size_t q = cue.last; q < b_; ++q) {
        if (is_punct(toks_[q], ",")) {
          closed = q + 1 < b_ && !is_sentence_stop(toks_[q + 1]);
          break;
        }
        if (toks_[q].type == TokenType::quote) break;
      }
      Mention named = parse_left(para_, toks_, k - 1, a_);
      // ... but not a place ("held talks in Beijing, calling on ...")
      if (closed && named.kind == MentionKind::name && named.first > a_ && named.parts.empty() &&
          !lex_.places.count(named.name) && toks_[named.first - 1].lower != "in" &&
          toks_[named.first - 1].lower != "at") {
        at.subject = named;
        at.left = true;
        at.object_subject = true;
        at.start = named.first;
        at.after = cue.last;
        return true;
      }
    }
    // "cited the Air Force as stating": the object of the verb before
    if (kt && kt->lower == "as" && k - 1 >= static_cast<long>(a_)) {
      Mention obj = parse_left(para_, toks_, k - 1, a_);
      if (!obj.empty() && obj.kind != MentionKind::pronoun) {
        at.subject = obj;
        at.left = true;
        at.object_subject = true;
        at.start = obj.first;
        at.after = cue.last;
        return true;
      }
    }
    // ", adding that ...", "and adding", or opening the sentence ("Saying ..., X elaborated")
    if (cue.first == a_ || (kt && (is_punct(*kt, ",") || (kt->type == TokenType::word &&
                                                          gerund_links().count(kt->lower))))) {
      at.inherit = true;
      at.start = cue.first;
      at.after = cue.last;
      return true;
    }
    return false;
  }
  if (kt && is_punct(*kt, ",") && k - 1 >= static_cast<long>(a_) &&
      toks_[static_cast<std::size_t>(k - 1)].type != TokenType::quote) {
    Mention m = apposition_subject(k);
    if (!m.empty()) return speaker_before(at, m, m.first, cue);
  }
  if (kt && is_dash(*kt) && static_cast<long>(cue.first) == k + 1) {
    // "The minister — who spoke on condition of anonymity — said": an aside between dashes
    for (long d = k - 2; d > static_cast<long>(a_) && d > k - 20; --d) {
      const Token& t = toks_[static_cast<std::size_t>(d)];
      if (t.type == TokenType::quote || is_sentence_stop(t)) break;
      if (!is_dash(t)) continue;
      Mention m = parse_left(para_, toks_, d - 1, a_);
      if (!m.empty() && m.last == static_cast<std::size_t>(d) &&
          (m.first == a_ || is_punct(toks_[m.first - 1], ","))) {
        return speaker_before(at, m, m.first, cue);
      }
      break;
    }
  }
  Mention m = parse_left(para_, toks_, k, a_);
  if (m.empty() ||
      (m.first > a_ && (m.kind == MentionKind::description || toks_[m.first - 1].lower == "by") &&
       is_preposition_start(toks_[m.first - 1].lower))) {
    // "people familiar with the matter said", "a person with knowledge of the talks said"
    Mention group = unnamed_source_before(k);
    if (!group.empty()) return speaker_before(at, group, group.first, cue);
  }
  if (m.kind == MentionKind::pronoun && m.head == "they" && m.first > a_) {
    // "State prosecutors charged the suspect ..., they said": the group
    Mention subject = sentence_subject();
    if (subject.kind != MentionKind::group) {
      // "State prosecutors": a capitalised qualifier before the group noun
      for (std::size_t q = a_; q < a_ + 3 && q < m.first; ++q) {
        const Token& w = toks_[q];
        if (w.type != TokenType::word) break;
        if (!w.cap && lex_.groups.count(w.lower) && w.lower.back() == 's') {
          Mention group;
          group.kind = MentionKind::group;
          group.first = a_;
          group.last = q + 1;
          group.head = w.lower;
          group.text = std::string(para_.substr(toks_[a_].begin, w.end - toks_[a_].begin));
          subject = group;
          break;
        }
        if (!w.cap) break;
      }
    }
    if (subject.kind == MentionKind::group && subject.first < m.first) {
      at.subject = subject;
      at.left = true;
      at.start = m.first;
      at.after = cue.last;
      return true;
    }
  }
  if (!m.empty() && m.first > a_ && m.kind != MentionKind::pronoun) {
    // "researchers from the University ... in Ohio reported": the noun phrase right before
    // the cue is a prepositional object; the clause subject speaks
    static const std::unordered_set<std::string_view> preps = {
        "in", "of", "from", "at", "for", "on", "to", "by", "near", "with", "into", "about"};
    if (preps.count(toks_[m.first - 1].lower) && m.kind == MentionKind::description &&
        m.first >= a_ + 2) {
      // "a spokesman for the company said": the role before the preposition speaks for it
      Mention role = parse_left(para_, toks_, static_cast<long>(m.first) - 2, a_);
      if (role.kind == MentionKind::description && role.last == m.first - 1 &&
          lex_.roles.count(role.head) &&
          (role.first == a_ || is_punct(toks_[role.first - 1], ","))) {
        role.last = m.last;
        role.text = std::string(
            para_.substr(toks_[role.first].begin, toks_[m.last - 1].end - toks_[role.first].begin));
        return speaker_before(at, role, role.first, cue);
      }
    }
    if (preps.count(toks_[m.first - 1].lower)) {
      Mention subject = sentence_subject();
      if (!subject.empty() && subject.first < m.first) {
        std::size_t start = m.first;
        m = subject;
        at.subject = m;
        at.left = true;
        at.start = start;
        at.after = cue.last;
        return true;
      }
    }
  }
  const bool base_form = ascii_lower(cue.text) == info.lemma && !info.past_is_base;
  if (!m.empty() && base_form && (m.kind == MentionKind::description) && !m.head.empty() &&
      m.head.back() != 's' && m.head != "police" && m.head != "media" && m.head != "people" &&
      m.possessor.empty()) {
    return false;  // "the official name of": a noun
  }
  if (!m.empty() && m.kind == MentionKind::name && m.parts.empty() && base_form &&
      cue.first == static_cast<std::size_t>(k + 1)) {
    // "In a News.com.au report, ...": a singular name before a base form is a compound noun
    return false;
  }
  if (!m.empty() && info.naming && info.participle && m.kind != MentionKind::pronoun &&
      m.first > a_ && !is_punct(toks_[m.first - 1], ",") && cue.last < b_ &&
      (toks_[cue.last].type == TokenType::quote || is_name_word(toks_[cue.last]))) {
    return false;  // "a program at Fishmongers' Hall called "Learning Together""
  }
  if (!m.empty()) {
    at.subject = m;
    at.left = true;
    at.start = m.first;
    at.after = cue.last;
    return true;
  }
  // "the Navy, who told it ...", "The Jakarta Post, which also reported ..."
  if (kt && (kt->lower == "who" || kt->lower == "which") && k - 2 >= static_cast<long>(a_) &&
      is_punct(toks_[static_cast<std::size_t>(k - 1)], ",")) {
    Mention rel = parse_left(para_, toks_, k - 2, a_);
    if (!rel.empty() && rel.kind != MentionKind::pronoun) {
      at.subject = rel;
      at.left = true;
      at.start = static_cast<std::size_t>(k);  // the relative pronoun
      at.relative = true;
      at.after = cue.last;
      return true;
    }
  }
  // "..., but said ...", "and noted ...": the subject of the verb before
  bool only_adverbs = true;  // "and may declare": a modal verb, not a second statement
  for (long q = k + 1; q < static_cast<long>(cue.first); ++q) {
    if (!right_adverbs().count(toks_[static_cast<std::size_t>(q)].lower)) only_adverbs = false;
  }
  if (kt && kt->type == TokenType::word && (kt->lower == "and" || kt->lower == "but") &&
      only_adverbs) {
    if (base_form) {
      // "told reporters the state would repay the loans and urge banks to ...": a base form
      // after a verb in another tense goes on the reported clause, it is no second statement
      for (long q = k - 1; q >= static_cast<long>(a_); --q) {
        Cue earlier;
        if (match_cue(static_cast<std::size_t>(q), earlier) && earlier.info &&
            ascii_lower(earlier.text) != earlier.info->lemma) {
          return false;
        }
      }
    }
    at.inherit = true;
    at.coordinated = true;
    at.start = static_cast<std::size_t>(k);
    at.after = cue.last;
    return true;
  }
  // Inversion: "“...,” said Chinese President Xi Jinping", "..., says the study, ..."
  if (kt && (is_punct(*kt, ",") || kt->type == TokenType::quote) &&
      static_cast<long>(cue.first) - 1 == k) {
    Mention s = parse_right(para_, toks_, cue.last, b_);
    if (!s.empty()) {
      bool ends = s.last >= b_ || toks_[s.last].type != TokenType::word ||
                  is_preposition_start(toks_[s.last].lower) || toks_[s.last].lower == "who" ||
                  toks_[s.last].lower == "whose";
      if (!ends) return false;
      at.subject = s;
      at.inverted = true;
      at.start = cue.first;
      at.after = s.last;
      return true;
    }
  }
  return false;
}

}  // namespace verbatim::extract::detail
