// The attribution rules: who speaks for a cue, decided by short rules tried in the order of
// attribution_rules.def (the shape of CoreNLP's quote-attribution sieves). A rule passes, or it
// accepts the cue with a speaker, or it rejects it (a noun use, an infinitive, ...).
#include <algorithm>

#include "indexer/extract/grammar_parser.h"
#include "indexer/extract/mention_words.h"
#include "indexer/extract/trace.h"

namespace verbatim::extract::detail {
namespace {

// A cue form that is also a common plural noun: the lemma plus "s" ("states", "reports").
bool plural_noun_form(const ParserWords& words, std::string_view form, std::string_view lemma) {
  return form.size() == lemma.size() + 1 && form.back() == 's' &&
         words.cue_plural_nouns->count(form);
}

// The speaker's mention before the cue; the attribution runs from `start` to the cue's end.
Verdict speaker_before(Attr& at, const Mention& m, std::size_t start, const Cue& cue) {
  at.subject = m;
  at.left = true;
  at.start = start;
  at.after = cue.last;
  return Verdict::accept;
}

// The speaker's mention after the cue ("said X", "according to X").
Verdict speaker_after(Attr& at, const Mention& m, std::size_t start, std::size_t after) {
  at.subject = m;
  at.inverted = true;
  at.start = start;
  at.after = after;
  return Verdict::accept;
}

}  // namespace

const SentenceParser::Rule SentenceParser::kRules[] = {
#define VERBATIM_ATTRIBUTION_RULE(name) {#name, &SentenceParser::rule_##name},
#include "indexer/extract/attribution_rules.def"
#undef VERBATIM_ATTRIBUTION_RULE
};

}  // namespace verbatim::extract::detail

namespace verbatim::extract {

std::vector<std::string_view> attribution_rule_names() {
  std::vector<std::string_view> names;
  for (const detail::SentenceParser::Rule& rule : detail::SentenceParser::kRules)
    names.push_back(rule.name);
  return names;
}

}  // namespace verbatim::extract

namespace verbatim::extract::detail {

bool SentenceParser::attribute(const Cue& cue, Attr& at) const {
  at.cue = cue;
  CueSite site(cue);
  site.before = static_cast<long>(cue.first) - 1;
  if (site.before >= static_cast<long>(a_))
    site.prev = &toks_[static_cast<std::size_t>(site.before)];
  for (const Rule& rule : kRules) {
    const Verdict v = (this->*rule.apply)(site, at);
    if (v == Verdict::pass) continue;
    at.rule = rule.name;
    if (tracing())
      at.trace = trace_cue(toks_[cue.first].begin, {toks_[a_].begin, toks_[b_ - 1].end}, cue.text,
                           rule.name, v == Verdict::accept);
    return v == Verdict::accept;
  }
  return false;  // not reached: no_speaker decides every cue
}

void SentenceParser::locate_left(CueSite& s) const {
  if (s.located) return;
  s.located = true;
  // a prepositional aside between the subject and the cue ("Zoe, on the top deck of the bus
  // when the roof fell in, said") of up to 15 tokens; of 9 before a cue a speaker follows
  // ("..., with the death toll rising to 22 on Monday, reported officials")
  s.k = skip_left(s.before, inverted_speaker_follows(s.cue) ? 10 : 16);
  s.kt = s.k >= static_cast<long>(a_) ? &toks_[static_cast<std::size_t>(s.k)] : nullptr;
  s.base_form =
      s.cue.info && ascii_lower(s.cue.text) == s.cue.info->lemma && !s.cue.info->past_is_base;
}

const Mention& SentenceParser::left_phrase(CueSite& s) const {
  locate_left(s);
  if (!s.parsed) {
    s.parsed = true;
    s.left = parse_left(para_, toks_, s.k, a_);
  }
  return s.left;
}

// ---- "In Xi's words", "according to X" ----

Mention SentenceParser::possessive_description(std::size_t owner) const {
  // "the mayor's", "the ministry's": a role or an organisation word after "the", possessive
  const Token& t = toks_[owner];
  const std::string head(mention_detail::strip_possessive(t.lower));
  const bool role = lex_.roles.count(head) > 0;
  if (t.cap || (!role && !lex_.org_words.count(head))) return Mention();
  Mention m;
  m.kind = MentionKind::description;
  m.first = owner - 1;
  m.last = owner + 1;
  m.head = head;
  if (role) m.roles.push_back(head);
  m.text = "the " + std::string(mention_detail::strip_possessive(t.text));
  return m;
}

Verdict SentenceParser::rule_in_xs_words(CueSite& s, Attr& at) const {
  // "In Xi's words, ...": the possessor speaks
  // "In the mayor's view", "In the opinion of the Port Institute": the possessor, or the name
  // after the cue
  if (!s.cue.words_of) return Verdict::pass;
  if (s.cue.speaker_after) {
    Mention m = parse_right(para_, toks_, s.cue.last, b_);
    if (m.empty() || m.kind == MentionKind::pronoun || m.last >= b_ ||
        !is_punct(toks_[m.last], ","))
      return Verdict::reject;
    return speaker_after(at, m, s.cue.first, m.last);
  }
  const std::size_t owner = s.cue.last - 2;
  Mention m = parse_right(para_, toks_, s.cue.first + 1, owner + 1);
  if (m.empty() && owner == s.cue.first + 2) m = possessive_description(owner);
  if (m.empty() || m.kind == MentionKind::pronoun) return Verdict::reject;
  return speaker_after(at, m, s.cue.first, s.cue.last);
}

bool SentenceParser::according_content_before(const Cue& cue) const {
  // "..., according to X" has content before it; "According to X, ..." after it
  return cue.first > a_ && !is_punct(toks_[cue.first - 1], ":");
}

Verdict SentenceParser::rule_according_to_author(CueSite& s, Attr& at) const {
  // "according to a Twitter post by Amy Cook", "according to data from the Gun Violence
  // Archive": the author after "by" / "from"
  if (!s.cue.according) return Verdict::pass;
  const Cue& cue = s.cue;
  for (std::size_t j = cue.last; j + 1 < b_ && j < cue.last + 7; ++j) {
    const Token& t = toks_[j];
    if (t.type != TokenType::word) break;
    if (j > cue.last && words_.according_author_prepositions->count(t.lower)) {
      Mention author = parse_right(para_, toks_, j + 1, b_);
      if (author.kind != MentionKind::name) break;
      return speaker_after(at, author, cue.first,
                           according_modifier_end(author.last, according_content_before(cue)));
    }
  }
  return Verdict::pass;
}

Verdict SentenceParser::according_tail(Attr& at, bool content_before) const {
  at.inverted = true;
  at.start = at.cue.first;
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
  return Verdict::accept;
}

Verdict SentenceParser::rule_according_to_measure(CueSite& s, Attr&) const {
  // "prices each crude according to its quality", "according to the international price of
  // gold", "according to farm size": in proportion to a measure (words/measure_nouns.txt), no
  // source; the head is the last lowercase word before a preposition or punctuation ("the
  // price freeze order" is a source)
  if (!s.cue.according) return Verdict::pass;
  const Token* head = nullptr;
  for (std::size_t q = s.cue.last; q < b_ && q < s.cue.last + 6; ++q) {
    const Token& t = toks_[q];
    if (!is_word(t) || t.cap || words_.object_prepositions->count(t.lower)) break;
    head = &t;
  }
  return head && lex_.is("measure_nouns", head->lower) ? Verdict::reject : Verdict::pass;
}

Verdict SentenceParser::rule_according_to_source(CueSite& s, Attr& at) const {
  if (!s.cue.according) return Verdict::pass;
  Mention source = parse_right(para_, toks_, s.cue.last, b_);
  if (source.empty()) return Verdict::pass;
  at.subject = source;
  return according_tail(at, according_content_before(s.cue));
}

Verdict SentenceParser::rule_according_to_unnamed(CueSite& s, Attr& at) const {
  // "according to a whistle-blower complaint, ...": some unnamed source
  if (!s.cue.according) return Verdict::pass;
  const Cue& cue = s.cue;
  std::size_t j = cue.last;
  while (j < b_ && j < cue.last + 9 &&
         (toks_[j].type == TokenType::word ||
          (is_punct(toks_[j], ",") && j + 1 < b_ && toks_[j + 1].text.size() == 4 &&
           toks_[j + 1].text[0] >= '0' && toks_[j + 1].text[0] <= '9'))) {
    ++j;  // "according to a March 14, 2019 NATO press release"
  }
  if (j == cue.last || (j < b_ && !is_punct(toks_[j], ",") && !is_sentence_stop(toks_[j])))
    return Verdict::reject;
  for (std::size_t q = cue.last; q < j; ++q) {
    if (!is_name_word(toks_[q])) continue;
    // "according to the 2019 NATO report", "according to these videos and NPR"
    Mention named = parse_right(para_, toks_, q, j);
    if (named.kind == MentionKind::name) return speaker_after(at, named, cue.first, j);
  }
  at.subject.kind = MentionKind::group;
  at.subject.first = cue.last;
  at.subject.last = j;
  at.subject.head = toks_[j - 1].lower;
  at.subject.text =
      std::string(para_.substr(toks_[cue.last].begin, toks_[j - 1].end - toks_[cue.last].begin));
  return according_tail(at, according_content_before(cue));
}

// ---- noun uses and other forms that are no speech act ----

Verdict SentenceParser::rule_noun_after_determiner(CueSite& s, Attr&) const {
  // "the calls", "his remarks"
  const Token* prev = s.prev;
  return prev && prev->type == TokenType::word && !prev->cap &&
                 noun_determiners().count(prev->lower) && !s.cue.info->gerund
             ? Verdict::reject
             : Verdict::pass;
}

Verdict SentenceParser::rule_noun_after_determiner_and_name(CueSite& s, Attr&) const {
  // "a renunciation of some EC pledges to GATT", "its Moscow remarks": a quantifier or a
  // possessive, a name used as a modifier, then the cue as a noun (a plural or the base form,
  // never a past form)
  const Token* prev = s.prev;
  const Cue& cue = s.cue;
  if (!prev || prev->type != TokenType::word || !prev->cap || cue.info->gerund)
    return Verdict::pass;
  const std::string& word = toks_[cue.first].lower;
  if (word != cue.info->lemma && (word.size() < 2 || word.back() != 's')) return Verdict::pass;
  long k = static_cast<long>(cue.first) - 1;
  int names = 0;
  while (k >= static_cast<long>(a_) && names < 3 &&
         is_name_word(toks_[static_cast<std::size_t>(k)])) {
    --k;
    ++names;
  }
  if (k < static_cast<long>(a_) || names == 0) return Verdict::pass;
  const Token& det = toks_[static_cast<std::size_t>(k)];
  return det.type == TokenType::word && !det.cap && words_.name_noun_determiners->count(det.lower)
             ? Verdict::reject
             : Verdict::pass;
}

Verdict SentenceParser::rule_plural_noun_after_modifier(CueSite& s, Attr&) const {
  // "press reports that ...", "50 states", "several other EC states", "latest estimates": a
  // cue form that is also a plural noun, after a number or a word that only modifies a noun
  // (words/cue_noun_modifiers.txt), is the noun
  const Token* prev = s.prev;
  const Cue& cue = s.cue;
  if (!prev || prev->type != TokenType::word || cue.last != cue.first + 1 ||
      !plural_noun_form(words_, toks_[cue.first].lower, cue.info->lemma))
    return Verdict::pass;
  const bool number = std::all_of(prev->text.begin(), prev->text.end(),
                                  [](char c) { return (c >= '0' && c <= '9') || c == ','; });
  return number || (!prev->cap && words_.cue_noun_modifiers->count(prev->lower)) ? Verdict::reject
                                                                                 : Verdict::pass;
}

Verdict SentenceParser::rule_state_of_place(CueSite& s, Attr&) const {
  // "EC states", "Arab states", "Southeastern states", "Texas state court", "the French state":
  // "state" after a place, a nationality, a region or a country's initials is the polity; the
  // verb "state" after a capitalised word would need a plural name ("They state ...")
  const Token* prev = s.prev;
  const Cue& cue = s.cue;
  if (!prev || prev->type != TokenType::word || !prev->cap || cue.info->lemma != "state" ||
      cue.last != cue.first + 1)
    return Verdict::pass;
  const std::string& form = toks_[cue.first].lower;
  if (form == "state") return is_pronoun(prev->lower) ? Verdict::pass : Verdict::reject;
  if (form != "states") return Verdict::pass;
  const std::string text(prev->text);
  const bool of_place = lex_.places.count(text) || lex_.regions.count(text) ||
                        lex_.nationalities.count(text) || lex_.is_country_initialism(text) ||
                        lex_.is("polity_blocs", ascii_lower(without_dots(text)));
  return of_place ? Verdict::reject : Verdict::pass;
}

Verdict SentenceParser::rule_noun_after_possessive(CueSite& s, Attr&) const {
  // "Xi's remarks", "Xi's warning", "Biden's alleged decline", "Theresa May's proposed deal";
  // a one-word name's possessive before a verb form and a clause is a firm's name: "Moody's
  // said the outlook ...", "..., McDonald's added."
  if (!s.prev || s.prev->type != TokenType::word || !is_possessive(s.prev->text))
    return Verdict::pass;
  if (cue_form_can_be_noun(s.cue)) return Verdict::reject;
  const std::size_t owner = s.cue.first - 1;
  const bool one_word_name =
      owner == 0 || toks_[owner - 1].type != TokenType::word || !toks_[owner - 1].cap;
  if (!one_word_name) return Verdict::reject;
  if (s.cue.last >= b_) return Verdict::pass;
  const Token& next = toks_[s.cue.last];
  const bool clause_follows = next.type != TokenType::word || next.cap ||
                              words_.articles->count(next.lower) ||
                              lex_.is("pronouns", next.lower) || next.lower == "that";
  return clause_follows ? Verdict::pass : Verdict::reject;
}

bool SentenceParser::cue_form_can_be_noun(const Cue& cue) const {
  const std::string& form = toks_[cue.first].lower;
  const std::string& lemma = cue.info->lemma;
  const bool gerund = form.size() > 4 && form.compare(form.size() - 3, 3, "ing") == 0;
  return form == lemma || gerund || plural_noun_form(words_, form, lemma);
}

Verdict SentenceParser::rule_infinitive_to_say(CueSite& s, Attr&) const {
  return s.prev && s.prev->lower == "to" && !s.cue.info->gerund ? Verdict::reject : Verdict::pass;
}

Verdict SentenceParser::rule_noun_before_cue_verb(CueSite& s, Attr&) const {
  // "reports suggest": a cue form before a finite cue verb is its subject, when the form can
  // be a noun (a plural or the base form); a past form never is ("said demand for steel rose")
  const Cue& cue = s.cue;
  if (cue.last >= b_ || s.cue.info->object || !cue_form_can_be_noun(cue)) return Verdict::pass;
  const Token& n = toks_[cue.last];
  if (n.type != TokenType::word || n.cap || !lex_.cues.count(n.lower)) return Verdict::pass;
  Cue next;
  return match_cue(cue.last, next) && !next.info->participle ? Verdict::reject : Verdict::pass;
}

Verdict SentenceParser::rule_plural_noun_before_verb(CueSite& s, Attr&) const {
  // "states", "reports", "estimates" are plural nouns too ("the West North Central states
  // recorded ...", "EC states know ..."): not before a verb
  const Cue& cue = s.cue;
  if (cue.last != cue.first + 1 || cue.last >= b_ ||
      !plural_noun_form(words_, toks_[cue.first].lower, cue.info->lemma)) {
    return Verdict::pass;
  }
  const Token& n = toks_[cue.last];
  const bool verb_follows = n.type == TokenType::word && !n.cap &&
                            (words_.verbs_after_plural_noun->count(n.lower) ||
                             (n.lower.size() > 4 && n.lower.substr(n.lower.size() - 2) == "ed"));
  return verb_follows ? Verdict::reject : Verdict::pass;
}

Verdict SentenceParser::rule_passive_by_agent(CueSite& s, Attr& at) const {
  // "described by Marine Bulletin as ..."
  const Cue& cue = s.cue;
  if (!cue.info->participle || cue.last + 1 >= b_ || toks_[cue.last].lower != "by")
    return Verdict::pass;
  Mention agent = parse_right(para_, toks_, cue.last + 1, b_);
  if (agent.empty()) return Verdict::pass;
  at.subject = agent;
  at.agent = true;
  at.start = cue.first;
  at.after = agent.last;
  return Verdict::accept;
}

Verdict SentenceParser::rule_passive_without_agent(CueSite& s, Attr&) const {
  // "was reported", "is widely seen"
  return s.cue.info->participle && passive_before(s.cue.first) ? Verdict::reject : Verdict::pass;
}

Verdict SentenceParser::rule_participle_naming_thing(CueSite& s, Attr&) const {
  // "a program called "Learning Together"", "a chef named Łukasz"
  const Cue& cue = s.cue;
  const Token* prev = s.prev;
  return cue.info->naming && cue.info->participle && cue.last < b_ && prev &&
                 prev->type == TokenType::word && !prev->cap && !lex_.adverbs.count(prev->lower) &&
                 !is_pronoun(prev->lower) &&
                 (toks_[cue.last].type == TokenType::quote || is_name_word(toks_[cue.last]))
             ? Verdict::reject
             : Verdict::pass;
}

bool SentenceParser::passive_said_before(std::size_t cue) const {
  // a form of "be" before the cue, past one adverb, or a comma
  long q = static_cast<long>(cue) - 1;
  if (q >= static_cast<long>(a_) && right_adverbs().count(toks_[static_cast<std::size_t>(q)].lower))
    --q;
  if (q < static_cast<long>(a_)) return false;
  const Token& t = toks_[static_cast<std::size_t>(q)];
  return is_punct(t, ",") || words_.be_forms->count(t.lower) > 0;
}

bool SentenceParser::clause_follows(std::size_t k) const {
  // a comma or a subject pronoun after `k` in the sentence: a clause of its own comes
  for (std::size_t j = k; j < b_; ++j) {
    if (is_punct(toks_[j], ",") || (is_word(toks_[j]) && is_pronoun(toks_[j].lower))) return true;
  }
  return false;
}

Verdict SentenceParser::rule_said_to_rumour(CueSite& s, Attr&) const {
  // "MANILA SAID TO OFFER DEBT BONDS": "(is) said to" + a verb reports a rumour, not a statement
  const Cue& cue = s.cue;
  if (cue.info->lemma != "say" || !cue.info->participle || cue.last + 1 >= b_ ||
      toks_[cue.last].lower != "to") {
    return Verdict::pass;
  }
  // in the body, "Acme said to date it has sold ..." is Acme's: an infinitive phrase opening
  // the clause said, unless after a form of "be" ("is widely said to"), a comma ("the firm,
  // said to be ..."), or before "be" or "have" ("officials said to have played")
  const Token& v = toks_[cue.last + 1];
  if (!headline_ && !title_case_ && !passive_said_before(cue.first) && v.lower != "be" &&
      v.lower != "have" && clause_follows(cue.last + 2))
    return Verdict::pass;
  const bool verb = is_word(v) && (!v.cap || title_case_) && !object_pronouns().count(v.lower) &&
                    !noun_determiners().count(v.lower) && !lex_.groups.count(v.lower) &&
                    !lex_.roles.count(v.lower);  // "the", "a" are determiners
  return verb ? Verdict::reject : Verdict::pass;
}

Verdict SentenceParser::rule_modal_before_base_form(CueSite& s, Attr&) const {
  // "the ministry would encourage banks to ...": a modal's verb is no speech act yet
  if (!s.prev || ascii_lower(s.cue.text) != s.cue.info->lemma || s.cue.info->gerund)
    return Verdict::pass;
  long q = s.before;
  if (q > static_cast<long>(a_) && right_adverbs().count(toks_[static_cast<std::size_t>(q)].lower))
    --q;
  return words_.modal_verbs->count(toks_[static_cast<std::size_t>(q)].lower) ? Verdict::reject
                                                                             : Verdict::pass;
}

Verdict SentenceParser::rule_headline_list_subject(CueSite& s, Attr& at) const {
  // "China, France vow to ...": several speakers listed at the headline's start
  Mention m = headline_list(s.cue);
  return m.empty() ? Verdict::pass : speaker_before(at, m, m.first, s.cue);
}

// ---- gerunds: "with X saying", ", adding that", "cited X as saying" ----

Verdict SentenceParser::rule_gerund_with_subject(CueSite& s, Attr& at) const {
  // "with Miller describing": the noun phrase is the subject
  if (!s.cue.info->gerund) return Verdict::pass;
  const Mention& m = left_phrase(s);
  if (m.empty() || m.first <= a_ ||
      !words_.gerund_subject_prepositions->count(toks_[m.first - 1].lower)) {
    return Verdict::pass;
  }
  at.object_subject = true;  // the phrase ends at its comma: "With X urging ..., Y did"
  return speaker_before(at, m, m.first, s.cue);
}

bool SentenceParser::gerund_clause_closed(const Cue& cue) const {
  // ", claiming to represent the department, and": a comma closes the participle's clause
  for (std::size_t q = cue.last; q < b_; ++q) {
    if (is_punct(toks_[q], ",")) return q + 1 < b_ && !is_sentence_stop(toks_[q + 1]);
    if (toks_[q].type == TokenType::quote) return false;
  }
  return false;
}

Verdict SentenceParser::rule_gerund_after_name(CueSite& s, Attr& at) const {
  // "a meeting between Giuliani, claiming to represent the department, and Yermak": a
  // participle set off by commas after a name belongs to that name
  if (!s.cue.info->gerund) return Verdict::pass;
  locate_left(s);
  if (!s.kt || !is_punct(*s.kt, ",") || s.k - 1 < static_cast<long>(a_)) return Verdict::pass;
  const bool closed = gerund_clause_closed(s.cue);
  Mention named = parse_left(para_, toks_, s.k - 1, a_);
  // ... but not a place ("held talks in Beijing, calling on ...")
  if (!closed || named.kind != MentionKind::name || named.first <= a_ || !named.parts.empty() ||
      lex_.places.count(named.name) ||
      words_.place_prepositions->count(toks_[named.first - 1].lower)) {
    return Verdict::pass;
  }
  at.object_subject = true;
  return speaker_before(at, named, named.first, s.cue);
}

namespace {

bool is_determiner_word(const Token& t) {
  return t.type == TokenType::word && t.lower == "the";
}

}  // namespace

long SentenceParser::in_medium_before(std::size_t first) const {
  // "was quoted in today's Gazeta Mercantil as saying", "was quoted by Reuters as saying": the
  // name is where the words were printed, and the subject of the passive said them; the
  // passive's be-form, else -1
  for (long q = static_cast<long>(first) - 1, words = 0; q >= static_cast<long>(a_) && words < 3;
       --q, ++words) {
    const Token& t = toks_[static_cast<std::size_t>(q)];
    if (!is_word(t) || t.cap) return -1;
    if (t.lower == "in" || t.lower == "by") {
      if (q - 1 <= static_cast<long>(a_) || !passive_before(static_cast<std::size_t>(q - 1)))
        return -1;
      long be = q - 2;
      while (be > static_cast<long>(a_) &&
             !be_forms().count(toks_[static_cast<std::size_t>(be)].lower))
        --be;
      return be;
    }
    if (!is_determiner_word(t) && !is_possessive(t.text)) return -1;
  }
  return -1;
}

// The subject of the passive whose be-form is at `be`: "Habbema was quoted ...", "The head of
// the authority, Murilo Habbema, was quoted ...", "governor Erik Hoffmeyer, who was quoted ..."
Mention SentenceParser::passive_subject(long be) const {
  const auto at = [&](long k) -> const Token& { return toks_[static_cast<std::size_t>(k)]; };
  if (be - 1 > static_cast<long>(a_) && is_punct(at(be - 1), ","))
    return apposition_subject(be - 1);
  if (be - 3 >= static_cast<long>(a_) && words_.relative_subjects->count(at(be - 1).lower) &&
      is_punct(at(be - 2), ",")) {
    Mention antecedent = parse_left(para_, toks_, be - 3, a_);
    return antecedent.kind == MentionKind::name ? antecedent : Mention();
  }
  Mention subject = sentence_subject();
  return !subject.empty() && static_cast<long>(subject.last) == be ? subject : Mention();
}

Verdict SentenceParser::rule_gerund_object_as(CueSite& s, Attr& at) const {
  // "cited the Air Force as stating": the object of the verb before
  if (!s.cue.info->gerund) return Verdict::pass;
  locate_left(s);
  if (!s.kt || s.kt->lower != "as" || s.k - 1 < static_cast<long>(a_)) return Verdict::pass;
  Mention obj = parse_left(para_, toks_, s.k - 1, a_);
  if (obj.empty() || obj.kind == MentionKind::pronoun) return Verdict::pass;
  if (const long be = in_medium_before(obj.first); be >= 0) {
    Mention subject = passive_subject(be);
    return subject.empty() ? Verdict::pass : speaker_before(at, subject, obj.first, s.cue);
  }
  // "quoted the press office of the council of the Ministry of Ports as saying": the whole
  // object, its lowercase heads before "of" included
  long start = -1;
  long head = -1;
  long from = static_cast<long>(obj.first);
  if (from - 1 >= static_cast<long>(a_) &&
      is_determiner_word(toks_[static_cast<std::size_t>(from - 1)]))
    --from;  // "the Russian President": the name without its article
  for (long j = from; j - 2 >= static_cast<long>(a_);) {
    if (toks_[static_cast<std::size_t>(j - 1)].lower != "of") break;
    long q = j - 2;
    int words = 0;
    while (q >= static_cast<long>(a_) && words < 3) {
      const Token& t = toks_[static_cast<std::size_t>(q)];
      if (!is_word(t) || t.cap || t.lower == "the") break;
      --q;
      ++words;
    }
    if (words == 0 || q < static_cast<long>(a_) ||
        toks_[static_cast<std::size_t>(q)].lower != "the")
      break;
    start = q;
    head = j - 2;
    j = q;
  }
  if (start > static_cast<long>(a_) && is_word(toks_[static_cast<std::size_t>(start - 1)]) &&
      !toks_[static_cast<std::size_t>(start - 1)].cap) {
    Mention whole;
    whole.kind = MentionKind::description;
    whole.first = static_cast<std::size_t>(start);
    whole.last = obj.last;
    whole.head = toks_[static_cast<std::size_t>(head)].lower;
    whole.text = std::string(para_.substr(toks_[whole.first].begin,
                                          toks_[whole.last - 1].end - toks_[whole.first].begin));
    obj = std::move(whole);
  }
  at.object_subject = true;
  return speaker_before(at, obj, obj.first, s.cue);
}

Verdict SentenceParser::rule_gerund_inherits_clause(CueSite& s, Attr& at) const {
  // ", adding that ...", "and adding", or opening the sentence ("Saying ..., X elaborated"):
  // the speaker is the clause's, found when the content is known
  if (!s.cue.info->gerund) return Verdict::pass;
  locate_left(s);
  const Token* kt = s.kt;
  const bool hangs = s.cue.first == a_ ||
                     (kt && (is_punct(*kt, ",") ||
                             (kt->type == TokenType::word && gerund_links().count(kt->lower))));
  if (!hangs) return Verdict::pass;
  at.inherit = true;
  at.start = s.cue.first;
  at.after = s.cue.last;
  return Verdict::accept;
}

Verdict SentenceParser::rule_gerund_after_object(CueSite& s, Attr& at) const {
  // "Smith wrote to the embassy asking it to ...", "The ministry issued a statement urging ...":
  // a gerund right after the object of the clause's verb is the clause subject's
  if (!s.cue.info->gerund) return Verdict::pass;
  const Mention& obj = left_phrase(s);
  if (obj.empty() || obj.kind == MentionKind::pronoun || obj.last != s.cue.first ||
      obj.first <= a_ + 1)
    return Verdict::pass;
  Mention subject = clause_subject_before(obj.first);
  return subject.empty() ? Verdict::pass : speaker_before(at, subject, obj.first, s.cue);
}

Verdict SentenceParser::rule_gerund_unattached(CueSite& s, Attr&) const {
  return s.cue.info->gerund ? Verdict::reject : Verdict::pass;
}

// ---- the speaker before the cue: "X said", "X, a spokesman, said" ----

Verdict SentenceParser::rule_apposition_subject(CueSite& s, Attr& at) const {
  // "Xi, also general secretary of the CPC Central Committee, said"
  locate_left(s);
  if (!s.kt || !is_punct(*s.kt, ",") || s.k - 1 < static_cast<long>(a_) ||
      toks_[static_cast<std::size_t>(s.k - 1)].type == TokenType::quote) {
    return Verdict::pass;
  }
  Mention m = apposition_subject(s.k);
  if (m.empty()) return Verdict::pass;
  // "Reuters, citing anonymous sources, reported ...": the medium relays the one it cites
  const Mention cited = cited_in_aside(m, static_cast<std::size_t>(s.k));
  return speaker_before(at, cited.empty() ? m : cited, m.first, s.cue);
}

Mention SentenceParser::cited_in_aside(const Mention& m, std::size_t comma) const {
  std::size_t open = m.first;
  while (open < comma && !is_punct(toks_[open], ",")) ++open;
  if (open + 2 >= comma || !words_.relay_gerunds->count(toks_[open + 1].lower)) return Mention();
  Mention cited = parse_right(para_, toks_, open + 2, comma);
  if (!cited.empty()) return cited.last == comma ? cited : Mention();
  // "citing local paramilitary groups": lowercase words the mention parser does not read are
  // an unnamed group
  for (std::size_t q = open + 2; q < comma; ++q)
    if (!is_word(toks_[q]) || toks_[q].cap) return Mention();
  cited.kind = MentionKind::group;
  cited.first = open + 2;
  cited.last = comma;
  cited.head = toks_[comma - 1].lower;
  return cited;
}

Verdict SentenceParser::rule_gerund_citing_aside(CueSite& s, Attr&) const {
  // "Reuters, citing anonymous sources, reported ...": the gerund names whom the main cue
  // relays, it states nothing
  const Cue& cue = s.cue;
  if (!cue.info->gerund || !words_.relay_gerunds->count(toks_[cue.first].lower) ||
      cue.first == a_ || !is_punct(toks_[cue.first - 1], ","))
    return Verdict::pass;
  std::size_t comma = cue.last;
  while (comma < b_ && comma < cue.last + 12 && !is_punct(toks_[comma], ",")) ++comma;
  Cue next;
  return comma + 1 < b_ && is_punct(toks_[comma], ",") && match_cue(comma + 1, next)
             ? Verdict::reject
             : Verdict::pass;
}

Verdict SentenceParser::rule_dash_aside_subject(CueSite& s, Attr& at) const {
  // "The minister — who spoke on condition of anonymity — said": an aside between dashes
  locate_left(s);
  const long k = s.k;
  if (!s.kt || !is_dash(*s.kt) || static_cast<long>(s.cue.first) != k + 1) return Verdict::pass;
  for (long d = k - 2; d > static_cast<long>(a_) && d > k - 20; --d) {
    const Token& t = toks_[static_cast<std::size_t>(d)];
    if (t.type == TokenType::quote || is_sentence_stop(t)) break;
    if (!is_dash(t)) continue;
    Mention m = parse_left(para_, toks_, d - 1, a_);
    if (!m.empty() && m.last == static_cast<std::size_t>(d) &&
        (m.first == a_ || is_punct(toks_[m.first - 1], ","))) {
      // "Ruiz, a member of the council — its highest body — told ...": the name the
      // description is set off from
      if ((m.kind == MentionKind::description || m.kind == MentionKind::group) &&
          m.first >= a_ + 2) {
        Mention named = parse_left(para_, toks_, static_cast<long>(m.first) - 2, a_);
        if (named.kind == MentionKind::name && named.first == a_ && named.last + 1 == m.first) {
          named.roles.insert(named.roles.end(), m.roles.begin(), m.roles.end());
          m = named;
        }
      }
      return speaker_before(at, m, m.first, s.cue);
    }
    break;
  }
  return Verdict::pass;
}

Verdict SentenceParser::rule_unnamed_source_subject(CueSite& s, Attr& at) const {
  // "people familiar with the matter said", "a person with knowledge of the talks said"
  const Mention& m = left_phrase(s);
  const bool prepositional =
      m.first > a_ && (m.kind == MentionKind::description || toks_[m.first - 1].lower == "by") &&
      is_preposition_start(toks_[m.first - 1].lower);
  if (!m.empty() && !prepositional) return Verdict::pass;
  Mention group = unnamed_source_before(s.k);
  return group.empty() ? Verdict::pass : speaker_before(at, group, group.first, s.cue);
}

Verdict SentenceParser::rule_they_for_group(CueSite& s, Attr& at) const {
  // "State prosecutors charged the suspect ..., they said": the group
  const Mention& m = left_phrase(s);
  if (m.kind != MentionKind::pronoun || m.head != "they" || m.first <= a_) return Verdict::pass;
  Mention subject = sentence_subject();
  if (subject.kind != MentionKind::group) subject = qualified_group_opening(m.first);
  if (subject.kind != MentionKind::group || subject.first >= m.first) return Verdict::pass;
  return speaker_before(at, subject, m.first, s.cue);
}

std::size_t SentenceParser::firm_description_before(std::size_t name) const {
  // "brokers Phillips and Drew", "the employers' organisation Confindustria", "giant Dow
  // Chemical Co": lowercase words before a name, the last a firm's noun
  // (words/firm_descriptions.txt, organisation and business nouns, plurals too)
  if (name <= a_ + 1) return name;
  const Token& last = toks_[name - 1];
  std::string noun = last.lower;
  if (noun.size() > 3 && noun.back() == 's') noun.pop_back();
  if (last.cap || !is_word(last) ||
      !(lex_.org_words.count(noun) || lex_.is("firm_nouns", noun) ||
        lex_.is("firm_descriptions", last.lower)))
    return name;
  std::size_t k = name - 1;
  while (k > a_ + 1 && name - k < 4 && is_word(toks_[k - 1]) && !toks_[k - 1].cap &&
         !words_.object_prepositions->count(toks_[k - 1].lower))
    --k;
  return k;
}

Mention SentenceParser::name_set_off_before(std::size_t role_first) const {
  // "..., Guenter Kirchhain, first vice president ...": a person's full name of its own between
  // commas (or opening the sentence) right before the role
  if (role_first < a_ + 2 || !is_punct(toks_[role_first - 1], ",")) return Mention();
  Mention named = parse_left(para_, toks_, static_cast<long>(role_first) - 2, a_);
  if (named.kind == MentionKind::name && named.parts.empty() && named.last + 1 == role_first &&
      !named.org && named.name.find(' ') != std::string::npos && !lex_.places.count(named.name) &&
      (named.first == a_ || is_punct(toks_[named.first - 1], ",")))
    return named;
  return Mention();
}

Verdict SentenceParser::rule_name_before_role(CueSite& s, Attr& at) const {
  // "..., Dharyono Kertosastro, chairman of the Association of Coffee Exporters told
  // reporters": the role after a name set off by a comma, with no comma closing it, is the
  // name's (a comma closing it is apposition_subject's)
  const Mention& m = left_phrase(s);
  const bool role =
      m.kind == MentionKind::description && lex_.roles.count(m.head) && m.possessor.empty();
  // "chairman of the Association ...": a name the parser read with its role in front
  bool titled_name = m.kind == MentionKind::name && !m.roles.empty() && !toks_[m.first].cap;
  bool preposition = false;  // not "association chief executive Peter Pex"
  for (std::size_t k = m.first; titled_name && k < m.last; ++k)
    preposition = preposition || words_.object_prepositions->count(toks_[k].lower);
  titled_name = titled_name && preposition;
  if (!role && !titled_name) return Verdict::pass;
  const Mention named = name_set_off_before(m.first);
  return named.empty() ? Verdict::pass : speaker_before(at, named, named.first, s.cue);
}

Mention SentenceParser::lowercase_object_before(long k) const {
  // "the miners", "the country", "the joint committee of soybean importers": "the" and up to
  // five lowercase words ending at `k`, read as an unnamed group
  long j = k;
  while (j > static_cast<long>(a_) && k - j < 5 && is_word(toks_[static_cast<std::size_t>(j)]) &&
         !toks_[static_cast<std::size_t>(j)].cap &&
         toks_[static_cast<std::size_t>(j)].lower != "the")
    --j;
  if (j <= static_cast<long>(a_) || j == k || toks_[static_cast<std::size_t>(j)].lower != "the")
    return Mention();
  Mention object;
  object.first = static_cast<std::size_t>(j);
  object.last = static_cast<std::size_t>(k) + 1;
  object.head = toks_[static_cast<std::size_t>(k)].lower;
  // "the investment banking firm": a firm's noun is a description of the item's firm
  const bool firm = lex_.org_words.count(object.head) || lex_.is("firm_nouns", object.head);
  object.kind = firm ? MentionKind::description : MentionKind::group;
  object.text = std::string(para_.substr(toks_[object.first].begin,
                                         toks_[object.last - 1].end - toks_[object.first].begin));
  return object;
}

Verdict SentenceParser::rule_role_for_organisation(CueSite& s, Attr& at) const {
  // "a spokesman for the company said", "..., an attorney for Pennzoil Co said": the role
  // before the preposition speaks for it
  const Mention& left = left_phrase(s);
  const Mention m = left.empty() && s.kt ? lowercase_object_before(s.k) : left;
  // "a spokesman for the miners said": for an unnamed group too
  if (m.empty() || m.first <= a_ + 1 ||
      (m.kind != MentionKind::description && m.kind != MentionKind::name &&
       m.kind != MentionKind::group))
    return Verdict::pass;
  // not "director of public credit Mauricio Cabrera said": a person's name after the words
  const bool person =
      m.kind == MentionKind::name && lex_.given_names.count(m.name.substr(0, m.name.find(' ')));
  const std::size_t object =
      m.kind == MentionKind::name && !person ? firm_description_before(m.first) : m.first;
  if (object <= a_ + 1 || !words_.object_prepositions->count(toks_[object - 1].lower))
    return Verdict::pass;
  Mention role = parse_left(para_, toks_, static_cast<long>(object) - 2, a_);
  // a bare role ("president of giant Dow Chemical Co") parses as no mention, with its head
  const bool bare_role =
      (role.kind == MentionKind::none || role.kind == MentionKind::group) && role.last > role.first;
  if ((role.kind != MentionKind::description && !bare_role) || role.last != object - 1 ||
      !lex_.roles.count(role.head) || (role.first != a_ && !is_punct(toks_[role.first - 1], ","))) {
    return Verdict::pass;
  }
  // "..., Guenter Kirchhain, first vice president for Deutsche Bank AG said": the name the role
  // is set off after speaks
  const Mention named = name_set_off_before(role.first);
  if (!named.empty()) return speaker_before(at, named, named.first, s.cue);
  if (bare_role) return Verdict::pass;
  role.last = m.last;
  // "a spokesman for Pennzoil Co" speaks for the firm, as "a Pennzoil spokesman" does
  if (m.kind == MentionKind::name && role.owner.empty() && m.parts.empty()) role.owner = m.name;
  role.text = std::string(
      para_.substr(toks_[role.first].begin, toks_[m.last - 1].end - toks_[role.first].begin));
  return speaker_before(at, role, role.first, s.cue);
}

Verdict SentenceParser::rule_clause_subject_over_object(CueSite& s, Attr& at) const {
  // "researchers from the University ... in Ohio reported": the noun phrase right before the
  // cue is a prepositional object; the clause subject speaks
  const Mention& m = left_phrase(s);
  if (m.empty() || m.first <= a_ || m.kind == MentionKind::pronoun ||
      !words_.object_prepositions->count(toks_[m.first - 1].lower)) {
    return Verdict::pass;
  }
  // "The report from Vexa Bank said", "A study by the institute found", "..., a statement from
  // Salomon said": the document's source speaks through it
  const auto document = [&](const Mention& d) {
    return !d.empty() && d.kind != MentionKind::name && d.last + 1 == m.first &&
           words_.source_prepositions->count(toks_[d.last].lower) &&
           (statement_noun(d.head) || lex_.is("document_sources", d.head));
  };
  Mention subject = sentence_subject();
  const Mention set_off =
      m.first >= a_ + 2 ? parse_left(para_, toks_, static_cast<long>(m.first) - 2, a_) : Mention();
  const bool after_comma =
      document(set_off) && set_off.first > a_ && is_punct(toks_[set_off.first - 1], ",");
  // not "a statement from the Prime Minister's office": the owner of a document's owner
  const bool source_ok =
      m.kind == MentionKind::name ? toks_[m.last - 1].cap : m.possessor.empty() && m.owner.empty();
  if ((document(subject) || after_comma) && m.kind != MentionKind::group && source_ok)
    return speaker_before(at, m, after_comma ? set_off.first : m.first, s.cue);
  if (subject.empty() || subject.first >= m.first) return Verdict::pass;
  return speaker_before(at, subject, m.first, s.cue);
}

Verdict SentenceParser::rule_noun_base_form(CueSite& s, Attr&) const {
  // "the official name of": a singular description before a base form makes it a noun
  const Mention& m = left_phrase(s);
  const bool noun = !m.empty() && s.base_form && m.kind == MentionKind::description &&
                    !m.head.empty() && m.head.back() != 's' &&
                    !words_.plural_description_heads->count(m.head) && m.possessor.empty();
  return noun ? Verdict::reject : Verdict::pass;
}

Verdict SentenceParser::rule_name_compound_noun(CueSite& s, Attr&) const {
  // "In a News.com.au report, ...": a singular name before a base form is a compound noun
  const Mention& m = left_phrase(s);
  return !m.empty() && m.kind == MentionKind::name && m.parts.empty() && s.base_form &&
                 s.cue.first == static_cast<std::size_t>(s.k + 1)
             ? Verdict::reject
             : Verdict::pass;
}

Verdict SentenceParser::rule_naming_participle_after_noun(CueSite& s, Attr&) const {
  // "a program at Fishmongers' Hall called "Learning Together""
  const Mention& m = left_phrase(s);
  const Cue& cue = s.cue;
  return !m.empty() && cue.info->naming && cue.info->participle && m.kind != MentionKind::pronoun &&
                 m.first > a_ && !is_punct(toks_[m.first - 1], ",") && cue.last < b_ &&
                 (toks_[cue.last].type == TokenType::quote || is_name_word(toks_[cue.last]))
             ? Verdict::reject
             : Verdict::pass;
}

bool SentenceParser::document_owner(const Mention& owner) const {
  // not a nationality ("Japanese press reports", "The Greek statement"), a compound ending in
  // lowercase ("A White House-ordered report"), nor one word capitalised only as the sentence's
  // first ("Initial reports", "Opinion polls")
  const Token& last = toks_[owner.last - 1];
  if (lex_.nationalities.count(owner.name) || mention_detail::capitalised_describer(last.text))
    return false;
  return !(owner.first == a_ && owner.last - owner.first == 1 && !is_possessive(last.text) &&
           !mention_detail::all_caps_acronym(last.text));
}

Verdict SentenceParser::rule_document_of_owner(CueSite& s, Attr& at) const {
  // "Acme's report said", "the U.S. Embassy's annual agriculture report said", "a Commerce
  // Department survey found": the name owning the document speaks through it
  // (words/owned_document_heads.txt)
  locate_left(s);
  if (!s.kt || !is_word(*s.kt) || s.kt->cap || !words_.owned_document_heads->count(s.kt->lower))
    return Verdict::pass;
  long j = s.k - 1;
  for (int lower = 0; j >= static_cast<long>(a_) && lower < 3; ++lower, --j) {
    const Token& t = toks_[static_cast<std::size_t>(j)];
    if (!is_word(t) || t.cap || mention_detail::is_determiner(t) || is_pronoun(t.lower) ||
        mention_detail::possessive_determiners().count(t.lower) || lex_.cues.count(t.lower))
      break;
  }
  if (j < static_cast<long>(a_) || !is_name_word(toks_[static_cast<std::size_t>(j)]))
    return Verdict::pass;
  Mention owner = parse_left(para_, toks_, j, a_);
  if (owner.kind != MentionKind::name || !owner.parts.empty() ||
      owner.last != static_cast<std::size_t>(j) + 1 || !document_owner(owner))
    return Verdict::pass;
  std::size_t start = owner.first;
  if (start > a_ && (mention_detail::is_determiner(toks_[start - 1]) ||
                     lex_.is("indefinite_articles", toks_[start - 1].lower)))
    --start;
  if (start > a_ && !is_punct(toks_[start - 1], ",") &&
      !words_.clause_joiners->count(toks_[start - 1].lower))
    return Verdict::pass;
  owner.text = std::string(para_.substr(
      toks_[start].begin, toks_[static_cast<std::size_t>(s.k)].end - toks_[start].begin));
  return speaker_before(at, owner, start, s.cue);
}

Verdict SentenceParser::rule_x_said(CueSite& s, Attr& at) const {
  const Mention& m = left_phrase(s);
  return m.empty() ? Verdict::pass : speaker_before(at, m, m.first, s.cue);
}

// Whether token `k` is a person's age set off by commas after a name ("Paul Denby, 31, who"):
// digits only, with a comma before it and a word before that.
bool SentenceParser::age_between_commas(long k) const {
  if (k - 2 < static_cast<long>(a_)) return false;
  const Token& t = toks_[static_cast<std::size_t>(k)];
  if (!is_word(t) || t.text.empty() || t.text.size() > 3) return false;
  for (char c : t.text) {
    if (c < '0' || c > '9') return false;
  }
  return is_punct(toks_[static_cast<std::size_t>(k - 1)], ",") &&
         is_word(toks_[static_cast<std::size_t>(k - 2)]);
}

Verdict SentenceParser::rule_relative_who_said(CueSite& s, Attr& at) const {
  // "the Navy, who told it ...", "The Jakarta Post, which also reported ...", and past an age
  // ("fisherman Paul Denby, 31, who said ...")
  locate_left(s);
  const long k = s.k;
  if (!s.kt || !words_.relative_subjects->count(s.kt->lower) || k - 2 < static_cast<long>(a_) ||
      !is_punct(toks_[static_cast<std::size_t>(k - 1)], ",")) {
    return Verdict::pass;
  }
  const long antecedent = age_between_commas(k - 2) ? k - 4 : k - 2;
  Mention rel = parse_left(para_, toks_, antecedent, a_);
  if (antecedent != k - 2 && rel.kind != MentionKind::name) return Verdict::pass;
  if (rel.empty() || rel.kind == MentionKind::pronoun) return Verdict::pass;
  speaker_before(at, rel, static_cast<std::size_t>(k), s.cue);  // from the relative pronoun
  at.relative = true;
  return Verdict::accept;
}

Verdict SentenceParser::rule_statement_which_said(CueSite& s, Attr& at) const {
  // "They released a statement which said ...", "issued a note that reads ...": the statement's
  // issuer, the subject of the clause
  locate_left(s);
  const long k = s.k;
  if (!s.kt || !words_.relative_subjects->count(s.kt->lower) || k - 1 <= static_cast<long>(a_))
    return Verdict::pass;
  const Token& noun = toks_[static_cast<std::size_t>(k - 1)];
  if (!is_word(noun) || noun.cap || !lex_.is("statement_nouns", noun.lower)) return Verdict::pass;
  Mention subject = clause_subject_before(static_cast<std::size_t>(k - 1));
  return subject.empty() ? Verdict::pass
                         : speaker_before(at, subject, static_cast<std::size_t>(k), s.cue);
}

bool SentenceParser::opens_clause(std::size_t first) const {
  // `first` opens the sentence, or follows a short fronted phrase of words ending in a comma
  // ("On Monday morning, ..."), which opens with a preposition or a time word; or it is the
  // last of subjects joined by "and" there ("Both he and the commissioner, urged ...")
  if (first == a_) return true;
  if (first > a_ + 1 && toks_[first - 1].lower == "and" && first - 1 - a_ <= 4) {
    for (std::size_t q = a_; q + 1 < first; ++q) {
      if (toks_[q].type != TokenType::word) return false;
    }
    return true;
  }
  if (first < a_ + 2 || !is_punct(toks_[first - 1], ",") || first - 1 - a_ > 8 ||
      !is_preposition_start(toks_[a_].lower))
    return false;
  for (std::size_t q = a_; q + 1 < first; ++q) {
    Cue c;
    if (toks_[q].type != TokenType::word || match_cue(q, c)) return false;
  }
  return true;
}

bool SentenceParser::inverted_speaker_follows(const Cue& cue) const {
  // "..., said the minister, ...", "..., says Xi.": a speaker after the cue, then the clause ends
  const Mention m = parse_right(para_, toks_, cue.last, b_);
  return !m.empty() && (m.last >= b_ || toks_[m.last].type != TokenType::word ||
                        is_preposition_start(toks_[m.last].lower));
}

Verdict SentenceParser::rule_subject_before_stray_comma(CueSite& s, Attr& at) const {
  // "On Monday, Director Ana Berg of the Port Institute (PI), announced ...": a comma between
  // the subject opening the clause and its verb, with no speaker after the verb
  if (!cue_after_comma_or_quote(s) || s.kt->type == TokenType::quote ||
      s.k - 1 < static_cast<long>(a_) || s.cue.info->gerund)
    return Verdict::pass;
  const Mention m = parse_left(para_, toks_, s.k - 1, a_);
  if (m.empty() || m.kind == MentionKind::pronoun || m.last != static_cast<std::size_t>(s.k) ||
      !opens_clause(m.first) || inverted_speaker_follows(s.cue))
    return Verdict::pass;
  return speaker_before(at, m, m.first, s.cue);
}

// "and said", "but noted": the cue is coordinated with the verb before (adverbs between only;
// "and may declare" is a modal verb, not a second statement)
bool SentenceParser::coordinated(const CueSite& s) const {
  if (!s.kt || s.kt->type != TokenType::word || !words_.clause_coordinators->count(s.kt->lower))
    return false;
  for (long q = s.k + 1; q < static_cast<long>(s.cue.first); ++q) {
    if (!right_adverbs().count(toks_[static_cast<std::size_t>(q)].lower)) return false;
  }
  return true;
}

bool SentenceParser::earlier_cue_in_other_tense(long k) const {
  for (long q = k - 1; q >= static_cast<long>(a_); --q) {
    Cue earlier;
    if (match_cue(static_cast<std::size_t>(q), earlier) && earlier.info &&
        ascii_lower(earlier.text) != earlier.info->lemma) {
      return true;
    }
  }
  return false;
}

Verdict SentenceParser::rule_coordinated_base_form(CueSite& s, Attr&) const {
  // "told reporters the state would repay the loans and urge banks to ...": a base form after a
  // verb in another tense goes on the reported clause, it is no second statement
  locate_left(s);
  return coordinated(s) && s.base_form && earlier_cue_in_other_tense(s.k) ? Verdict::reject
                                                                          : Verdict::pass;
}

Verdict SentenceParser::rule_coordinated_and_said(CueSite& s, Attr& at) const {
  // "..., but said ...", "and noted ...": the subject of the verb before
  locate_left(s);
  if (!coordinated(s)) return Verdict::pass;
  at.inherit = true;
  at.coordinated = true;
  at.start = static_cast<std::size_t>(s.k);
  at.after = s.cue.last;
  return Verdict::accept;
}

// ", said", "” said": an inverted cue right after a comma or a quotation
bool SentenceParser::cue_after_comma_or_quote(CueSite& s) const {
  locate_left(s);
  return s.kt && (is_punct(*s.kt, ",") || s.kt->type == TokenType::quote) &&
         static_cast<long>(s.cue.first) - 1 == s.k;
}

Verdict SentenceParser::rule_inverted_said_citing(CueSite& s, Attr& at) const {
  // "“...,” said CNN, citing William Schaffner, a professor ...": the medium relays the one
  // it cites, who speaks; what follows the cited name is its apposition
  if (!cue_after_comma_or_quote(s)) return Verdict::pass;
  const Cue& cue = s.cue;
  const Mention relay = parse_right(para_, toks_, cue.last, b_);
  if (relay.empty() || relay.last + 2 >= b_ || !is_punct(toks_[relay.last], ",") ||
      toks_[relay.last + 1].lower != "citing") {
    return Verdict::pass;
  }
  const Mention cited = parse_right(para_, toks_, relay.last + 2, b_);
  if (cited.empty()) return Verdict::pass;
  const bool apposition = cited.last < b_ && is_punct(toks_[cited.last], ",");
  return speaker_after(at, cited, cue.first, apposition ? b_ : cited.last);
}

Verdict SentenceParser::rule_inverted_said_x(CueSite& s, Attr& at) const {
  // "“...,” said Chinese President Xi Jinping", "..., says the study, ..."
  if (!cue_after_comma_or_quote(s)) return Verdict::pass;
  const Cue& cue = s.cue;
  auto ends = [&](const Mention& x) {
    if (x.last >= b_ || toks_[x.last].type != TokenType::word) return true;
    const std::string& w = toks_[x.last].lower;
    // ""...," said a protester using the name Tom": a participle's phrase after the speaker
    const bool participle =
        !toks_[x.last].cap && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
    return participle || is_preposition_start(w) || words_.subject_followers->count(w);
  };
  Mention m = parse_right(para_, toks_, cue.last, b_);
  const Token& before = toks_[cue.first - 1];
  const bool after_quotation =
      before.type == TokenType::quote ||
      (cue.first >= a_ + 2 && toks_[cue.first - 2].type == TokenType::quote);
  if (m.kind != MentionKind::name && headline_ && cue.last + 1 == b_ && is_word(toks_[cue.last]) &&
      !toks_[cue.last].cap && lex_.roles.count(toks_[cue.last].lower)) {
    // "..., says scholar", "..., says expert": a headline drops the article before the role
    Mention role;
    role.kind = MentionKind::description;
    role.first = cue.last;
    role.last = cue.last + 1;
    role.head = toks_[cue.last].lower;
    role.roles = {role.head};
    role.text = std::string(toks_[cue.last].text);
    return speaker_after(at, role, cue.first, role.last);
  }
  if (m.empty()) {
    // ""...," said the skipper.", "said a commuter waiting at the pier": a common noun no
    // list knows, after a say or tell cue (words/common_noun_cue_lemmas.txt; not ", called a
    // smooth surface coating"); right after a quotation only (not "Georgia Power Co, said
    // the budget for the plant ...", an apposition's comma)
    if (!cue.info || !words_.common_noun_cue_lemmas->count(cue.info->lemma) || !after_quotation)
      return Verdict::pass;
    const Mention noun = common_noun_after(cue.last);
    return !noun.empty() && ends(noun) ? speaker_after(at, noun, cue.first, noun.last)
                                       : Verdict::pass;
  }
  if (!ends(m) && m.kind == MentionKind::name && (m.org || lex_.places.count(m.name)) &&
      m.last - m.first <= 3) {
    // ""...," said UCL astronomer Angelos Tsiaras": a lowercase noun no list knows between an
    // organisation's or a place's short name and the person's name; the person speaks, the
    // mention runs from the first name (not "Daan Kaakebeen of Dutch Salvage experts ...")
    Mention person = person_after_noun(m.last);
    if (!person.empty() && ends(person)) {
      person.first = m.first;
      person.text = std::string(
          para_.substr(toks_[m.first].begin, toks_[person.last - 1].end - toks_[m.first].begin));
      return speaker_after(at, person, cue.first, person.last);
    }
  }
  return ends(m) ? speaker_after(at, m, cue.first, m.last) : Verdict::reject;
}

// "the skipper", "a commuter", "one young resident": an article, "one" or a possessive
// determiner at `k`, up to two lowercase words and a common noun no list knows
// (common_noun); an unnamed group, a description when the noun is an organisation word. Empty
// when there is none.
Mention SentenceParser::common_noun_after(std::size_t k) const {
  if (k + 1 >= b_) return Mention();
  const Token& det = toks_[k];
  if (!is_word(det) || det.cap ||
      !(words_.articles->count(det.lower) || words_.possessive_determiners->count(det.lower) ||
        det.lower == "one"))
    return Mention();
  std::size_t j = k + 1;
  while (j + 1 < b_ && j < k + 3 && common_noun(static_cast<long>(j)) &&
         common_noun(static_cast<long>(j + 1)) && !ing_form(static_cast<long>(j + 1)))
    ++j;
  if (!common_noun(static_cast<long>(j)) || ing_form(static_cast<long>(j))) return Mention();
  Mention m;
  m.kind = lex_.org_words.count(toks_[j].lower) ? MentionKind::description : MentionKind::group;
  m.first = k;
  m.last = j + 1;
  m.head = toks_[j].lower;
  m.indefinite = det.lower == "a" || det.lower == "an" || det.lower == "one";
  if (words_.possessive_determiners->count(det.lower)) m.possessor = det.lower;
  m.text = std::string(para_.substr(toks_[k].begin, toks_[j].end - toks_[k].begin));
  return m;
}

// The person's name of two words or more after the lowercase noun at `noun` ("astronomer" in
// "UCL astronomer Angelos Tsiaras"); empty when `noun` is a function word, a cue or an adverb.
Mention SentenceParser::person_after_noun(std::size_t noun) const {
  if (noun + 2 >= b_) return Mention();
  const Token& t = toks_[noun];
  if (!is_word(t) || t.cap || !is_name_word(toks_[noun + 1]) || !is_name_word(toks_[noun + 2]) ||
      is_stop_cap(t.lower) || lex_.cues.count(t.lower) || lex_.adverbs.count(t.lower) ||
      words_.clause_coordinators->count(t.lower))
    return Mention();
  for (char c : t.lower) {
    if ((c < 'a' || c > 'z') && c != '-') return Mention();
  }
  Mention person = parse_right(para_, toks_, noun + 1, b_);
  if (person.kind != MentionKind::name || !person.parts.empty() || person.last < noun + 3)
    return Mention();
  return person;
}

// A manner adverb by its form: a lowercase word of five letters or more ending in "-ly", no
// cue, and none of the "-ly" nouns and adjectives (words/ly_non_adverbs.txt: "family", "rally").
bool SentenceParser::manner_adverb(long k) const {
  if (k < static_cast<long>(a_)) return false;
  const Token& t = toks_[static_cast<std::size_t>(k)];
  const std::string& w = t.lower;
  return is_word(t) && !t.cap && w.size() >= 5 && w.compare(w.size() - 2, 2, "ly") == 0 &&
         !lex_.cues.count(w) && !words_.ly_non_adverbs->count(w);
}

// A lowercase word that can be a noun the lexicon does not know ("family", "skipper"): letters
// and hyphens only, no function word, pronoun, cue, adverb, verb form, preposition or time noun.
bool SentenceParser::common_noun(long k) const {
  if (k < static_cast<long>(a_)) return false;
  const Token& t = toks_[static_cast<std::size_t>(k)];
  if (!is_word(t) || t.cap || t.lower.size() < 3 || manner_adverb(k)) return false;
  for (char c : t.lower) {
    if ((c < 'a' || c > 'z') && c != '-') return false;
  }
  const std::string& w = t.lower;
  return !is_stop_cap(w) && !is_pronoun(w) && !lex_.cues.count(w) && !lex_.adverbs.count(w) &&
         !be_forms().count(w) && !words_.have_forms->count(w) && !words_.modal_verbs->count(w) &&
         !is_preposition_start(w) && !words_.clause_coordinators->count(w) &&
         !words_.relative_pronouns->count(w) && !words_.relative_subjects->count(w) &&
         !noun_determiners().count(w) && !time_nouns().count(w) && !statement_noun(w);
}

// "The family", "the young skipper", "Her landlord", "The Chilean delegation", "the victim's
// widow": an article or a possessive, up to two lowercase words or nationalities, and a
// common noun ending at `k`; the phrase opens the clause (subject_opens_at), or it is the
// object of a subject's "of" (affiliated_subject). Empty when there is none. A statement noun
// ("the letter said") is left to the rules that give it its issuer.
// A word in "-ing" heads no speaker's phrase: a participle ("a commuter waiting at the pier"),
// though it may stand before the noun ("a striking seaman", "the bank holding company").
bool SentenceParser::ing_form(long k) const {
  const std::string& w = toks_[static_cast<std::size_t>(k)].lower;
  return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
}

// "45-year-old", "12-year-old": an age before the noun
bool SentenceParser::age_modifier(long k) const {
  if (k < static_cast<long>(a_)) return false;
  const Token& t = toks_[static_cast<std::size_t>(k)];
  const std::string& w = t.lower;
  std::size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  return is_word(t) && d > 0 && d < 4 && w.size() > d + 1 && w[d] == '-' &&
         w.compare(w.size() - 3, 3, "old") == 0;
}

// A plural by its form: "-s" (not "-ss", "-us", "-is") or "-men" ("fishermen", "seamen").
bool SentenceParser::plural_form(long k) const {
  const std::string& w = toks_[static_cast<std::size_t>(k)].lower;
  if (w.size() >= 3 && w.compare(w.size() - 3, 3, "men") == 0) return true;
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
         w[w.size() - 2] != 'i';
}

// The bare plural [first, k] as an unnamed group, when it opens the sentence or follows a
// comma, a semicolon, a colon, a dash or a quotation (not "and": "potato, soymeal and meat
// futures said" is one noun phrase).
Mention SentenceParser::bare_plural(long first, long k) const {
  if (first > static_cast<long>(a_)) {
    const Token& before = toks_[static_cast<std::size_t>(first - 1)];
    if (is_word(before) || !subject_opens_at(first)) return Mention();
  }
  Mention m;
  m.kind = MentionKind::group;
  m.first = static_cast<std::size_t>(first);
  m.last = static_cast<std::size_t>(k) + 1;
  m.head = toks_[static_cast<std::size_t>(k)].lower;
  m.text =
      std::string(para_.substr(toks_[m.first].begin, toks_[m.last - 1].end - toks_[m.first].begin));
  return m;
}

Mention SentenceParser::common_noun_phrase(long k, bool bare_plurals) const {
  if (!common_noun(k) || ing_form(k)) return Mention();
  long j = k - 1;
  for (int modifiers = 0; modifiers < 2 && j >= static_cast<long>(a_); ++modifiers, --j) {
    const Token& q = toks_[static_cast<std::size_t>(j)];
    if (!common_noun(j) && !age_modifier(j) &&
        !(q.cap && lex_.nationalities.count(std::string(q.text))))
      break;
  }
  // "Local fishermen told", ", villagers said": a plural with no determiner; a capitalised
  // word opening the sentence is one of its words
  const bool bare = bare_plurals && plural_form(k);
  if (j < static_cast<long>(a_)) return bare ? bare_plural(static_cast<long>(a_), k) : Mention();
  const Token& det = toks_[static_cast<std::size_t>(j)];
  const bool determiner =
      is_word(det) && (is_possessive(det.text) || words_.articles->count(det.lower) ||
                       words_.possessive_determiners->count(det.lower));
  if (!determiner && bare) {
    const bool opening_word = static_cast<std::size_t>(j) == a_ && is_word(det) && det.cap &&
                              !is_stop_cap(det.lower) && !lex_.cues.count(det.lower);
    return bare_plural(opening_word ? j : j + 1, k);
  }
  long first = j;
  std::string possessor;
  if (is_word(det) && is_possessive(det.text)) {
    // "the victim's widow", "Vale's lawyer": the possessor and its article
    if (det.cap) {
      while (first - 1 >= static_cast<long>(a_) &&
             is_name_word(toks_[static_cast<std::size_t>(first - 1)]))
        --first;
    } else if (first - 1 >= static_cast<long>(a_) &&
               words_.articles->count(toks_[static_cast<std::size_t>(first - 1)].lower)) {
      --first;
    } else {
      return Mention();
    }
  } else if (!is_word(det) || (det.cap && static_cast<std::size_t>(j) != a_)) {
    return Mention();
  } else if (words_.possessive_determiners->count(det.lower)) {
    possessor = det.lower;
  } else if (!words_.articles->count(det.lower)) {
    return Mention();
  }
  // an organisation's word ("the bank holding company") is a description coreference may
  // resolve; any other noun names nobody: an unnamed group, UNKNOWN
  Mention m;
  m.kind = lex_.org_words.count(toks_[static_cast<std::size_t>(k)].lower) ? MentionKind::description
                                                                          : MentionKind::group;
  m.first = static_cast<std::size_t>(first);
  m.last = static_cast<std::size_t>(k) + 1;
  m.head = toks_[static_cast<std::size_t>(k)].lower;
  m.possessor = possessor;
  m.indefinite = det.lower == "a" || det.lower == "an";
  m.text =
      std::string(para_.substr(toks_[m.first].begin, toks_[m.last - 1].end - toks_[m.first].begin));
  return subject_opens_at(first) ? m : affiliated_subject(m);
}

// A subject opens the clause at `first`: the sentence's start, or after a comma, a semicolon, a
// colon, a dash, a quotation or "and"/"but".
bool SentenceParser::subject_opens_at(long first) const {
  if (first <= static_cast<long>(a_)) return true;
  const Token& before = toks_[static_cast<std::size_t>(first - 1)];
  return before.type == TokenType::quote || is_dash(before) || is_punct(before, ",") ||
         is_punct(before, ";") || is_punct(before, ":") ||
         (is_word(before) && !before.cap && words_.clause_coordinators->count(before.lower));
}

// "Ana Ruiz of the regional fisheries office", "Regina Ip from the pro-Beijing camp": the
// common-noun `phrase` after "of", "from", "at" (words/common_noun_affiliations.txt) and a name
// that opens the clause: that name, its mention running to the phrase's end; "One of the
// children", "Some of the residents" (words/partitive_quantifiers.txt): an unnamed group. Empty
// for any other.
Mention SentenceParser::affiliated_subject(const Mention& phrase) const {
  const long p = static_cast<long>(phrase.first) - 1;
  if (p - 1 < static_cast<long>(a_)) return Mention();
  const Token& prep = toks_[static_cast<std::size_t>(p)];
  if (!is_word(prep) || prep.cap || !words_.common_noun_affiliations->count(prep.lower))
    return Mention();
  const Token& before = toks_[static_cast<std::size_t>(p - 1)];
  const std::size_t end = phrase.last;
  auto span = [&](Mention m, std::size_t first) {
    m.first = first;
    m.last = end;
    m.text = std::string(para_.substr(toks_[first].begin, toks_[end - 1].end - toks_[first].begin));
    return m;
  };
  if (prep.lower == "of" && is_word(before) && words_.partitive_quantifiers->count(before.lower) &&
      subject_opens_at(p - 1)) {
    Mention group = phrase;
    group.kind = MentionKind::group;
    return span(group, static_cast<std::size_t>(p - 1));
  }
  Mention named = parse_left(para_, toks_, p - 1, a_);
  if (named.empty() || !named.parts.empty() || !subject_opens_at(static_cast<long>(named.first)))
    return Mention();
  if (named.first == a_ && named.last == a_ + 1 && named.kind != MentionKind::pronoun &&
      !mention_detail::all_caps_acronym(toks_[a_].text)) {
    // one capitalised word opening the sentence is a plural noun ("Residents of the town said",
    // "Friends of the victim told"), an unnamed group, unless a name list knows it
    const std::string word(toks_[a_].text);
    if (!plural_form(static_cast<long>(a_)) || lex_.surnames.count(word) ||
        lex_.given_names.count(word) || lex_.places.count(word) || lex_.org_acronyms.count(word))
      return Mention();
    Mention group = phrase;
    group.kind = MentionKind::group;
    group.head = toks_[a_].lower;
    return span(group, a_);
  }
  if (named.kind != MentionKind::name) return Mention();
  return span(named, named.first);
}

Verdict SentenceParser::rule_common_noun_subject(CueSite& s, Attr& at) const {
  // "The family said", "the skipper told reporters", "Her landlord insisted that": a
  // description whose noun the lexicon does not know, opening the clause, before a finite say
  // or tell cue (words/common_noun_cue_lemmas.txt); a base form only after a plural ("the
  // villagers say")
  const Cue& cue = s.cue;
  if (!cue.info || cue.info->gerund || !words_.common_noun_cue_lemmas->count(cue.info->lemma))
    return Verdict::pass;
  // "the men told to leave the ship": a participle with an infinitive is passive
  if (cue.last + 1 < b_ && toks_[cue.last].lower == "to" && is_word(toks_[cue.last + 1]) &&
      !toks_[cue.last + 1].cap)
    return Verdict::pass;
  locate_left(s);
  if (!s.kt) return Verdict::pass;
  const Mention m =
      common_noun_phrase(s.k, words_.bare_plural_cue_lemmas->count(cue.info->lemma) > 0);
  if (m.empty()) return Verdict::pass;
  const bool plural = m.head.size() > 3 && m.head.back() == 's' &&
                      m.head[m.head.size() - 2] != 's' && m.head[m.head.size() - 2] != 'u';
  if (ascii_lower(cue.text) == cue.info->lemma && !plural) return Verdict::pass;
  return speaker_before(at, m, m.first, cue);
}

Verdict SentenceParser::rule_no_speaker(CueSite&, Attr&) const {
  return Verdict::reject;
}

}  // namespace verbatim::extract::detail
