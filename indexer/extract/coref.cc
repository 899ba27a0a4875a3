#include "indexer/extract/coref.h"

#include <algorithm>
#include <optional>
#include <sstream>

#include "indexer/extract/lexicon.h"
#include "indexer/extract/names.h"
#include "indexer/extract/speaker_names.h"

namespace verbatim::extract {
namespace {

using Noted = CorefMemory::Noted;

const char kUnknown[] = "UNKNOWN";

bool is_person(const EntityTable& table, const std::string& speaker) {
  long r = table.find(speaker);
  return r >= 0 && table.record(r).type == EntityType::person;
}

// 'f', 'm' or 0 from the given name
char gender_of(const std::string& name) {
  auto space = name.find(' ');
  auto it = lexicon().gender.find(name.substr(0, space));
  return it == lexicon().gender.end() ? 0 : it->second;
}

// The source noted last before `pos` that `ok` accepts, or nullptr.
template <typename Ok>
const Noted* last_noted(const std::vector<Noted>& history, std::size_t pos, Ok ok) {
  const Noted* best = nullptr;
  for (const Noted& n : history) {
    if (n.pos < pos && ok(n) && (best == nullptr || n.pos >= best->pos)) best = &n;
  }
  return best;
}

// "the Chinese embassy" -> "Chinese embassy"
std::string without_article(const Lexicon& lex, const std::string& text) {
  const auto space = text.find(' ');
  if (space == std::string::npos || space == 0) return text;
  std::string first = text.substr(0, space);
  first[0] =
      static_cast<char>(first[0] >= 'A' && first[0] <= 'Z' ? first[0] - 'A' + 'a' : first[0]);
  return lex.is("articles", first) ? text.substr(space + 1) : text;
}

// "air force" -> "Air Force"
std::string capitalised_words(std::string words) {
  for (std::size_t i = 0; i < words.size(); ++i)
    if ((i == 0 || words[i - 1] == ' ') && words[i] >= 'a' && words[i] <= 'z')
      words[i] = static_cast<char>(words[i] - 'a' + 'A');
  return words;
}

// What a sieve sees: the mention, where it is, what the item said before.
struct Query {
  const Mention& m;
  int para;
  std::size_t pos;
  EntityTable& table;
  CorefMemory& memory;
  const Lexicon& lex;
  const Noted* any;  // the source noted last
  std::string last_speaker;
  std::string last_person;  // the person noted last
  std::string last_org;     // the organisation noted last

  Query(const Mention& mention, int p, std::size_t at, EntityTable& t, CorefMemory& mem)
      : m(mention), para(p), pos(at), table(t), memory(mem), lex(lexicon()) {
    any = last_noted(mem.history, at, [](const Noted&) { return true; });
    const Noted* person = last_noted(mem.history, at, [](const Noted& n) { return n.person; });
    const Noted* org = last_noted(
        mem.history, at, [](const Noted& n) { return !n.person && n.speaker != kUnknown; });
    if (any) last_speaker = any->speaker;
    if (person) last_person = person->speaker;
    if (org) last_org = org->speaker;
  }
  std::string canonical(long record) const { return table.record(record).name; }
  bool head_is(std::string_view w) const { return m.head == w; }
  bool role_head() const { return lex.roles.count(m.head) > 0; }
  bool org_head() const { return lex.org_words.count(m.head) > 0; }
  // the organisation that last began a sentence, or -1
  long subject_org() const {
    std::size_t where = 0;
    return table.last_subject_org(pos, &where);
  }
  // UNKNOWN after an unnamed source ("a senior IMF official said ... he said"), else nobody
  std::string unnamed_or_nobody() const {
    return last_speaker == kUnknown ? std::string(kUnknown) : std::string();
  }

  // He or she: the persons it may name, found once.
  struct PersonCandidates {
    const Noted* speaker = nullptr;  // the last compatible person noted as a speaker
    long subject = -1;               // the last compatible person beginning a sentence
    std::size_t subject_at = 0;
  };
  bool compatible(const std::string& name) const {
    char g = gender_of(name);
    return m.head == "he" ? g != 'f' : g != 'm';
  }
  bool person_ok(const EntityTable::Record& r) const {
    return r.typed && r.type == EntityType::person && (r.words.size() > 1 || !r.roles.empty()) &&
           compatible(r.name);
  }
  const PersonCandidates& persons() {
    if (!persons_) {
      PersonCandidates c;
      c.speaker = last_noted(memory.history, pos,
                             [&](const Noted& n) { return n.person && compatible(n.speaker); });
      c.subject = table.last_mention(
          pos, true, [&](const EntityTable::Record& r) { return person_ok(r); }, &c.subject_at);
      persons_ = c;
    }
    return *persons_;
  }

 private:
  std::optional<PersonCandidates> persons_;
};

using Verdict = std::optional<std::string>;  // a speaker ("" for nobody), or no decision

bool he_or_she(const Query& q) {
  return q.head_is("he") || q.head_is("she");
}

// --- any mention -------------------------------------------------------------------------------

Verdict no_mention(Query&) {
  return std::string();
}

// "officials said", "experts say"
Verdict unnamed_group(Query&) {
  return std::string(kUnknown);
}

// --- he, she -----------------------------------------------------------------------------------

// "Zhangwei said ... he said": a single name of unknown kind that spoke last, after every
// person named, is that person
Verdict pronoun_single_name_spoke_last(Query& q) {
  if (!he_or_she(q)) return {};
  const auto& c = q.persons();
  const Noted* any = q.any;
  if (any != nullptr && any->maybe_person && !any->unnamed_person && !any->speaker.empty() &&
      any->speaker[0] >= 'A' && any->speaker[0] <= 'Z' && !q.lex.places.count(any->speaker) &&
      (c.speaker == nullptr || any->pos > c.speaker->pos) &&
      (c.subject < 0 || any->pos > c.subject_at)) {
    return any->speaker;
  }
  return {};
}

// "Xi Jinping visited Harbin. He said ...": the compatible person who last began a sentence,
// when after the last speaker
Verdict pronoun_sentence_subject(Query& q) {
  if (!he_or_she(q)) return {};
  const auto& c = q.persons();
  if (c.subject >= 0 && (c.speaker == nullptr || c.subject_at > c.speaker->pos)) {
    return q.canonical(c.subject);
  }
  return {};
}

// "..., a senior central bank official said. He said ...": one unnamed person who spoke last,
// after every compatible person who spoke or was named, is who "he" stands for
Verdict pronoun_unnamed_person_spoke_last(Query& q) {
  if (!he_or_she(q) || q.any == nullptr || !q.any->unnamed_person) return {};
  const auto& c = q.persons();
  std::size_t named_at = 0;
  const long named = q.table.last_mention(
      q.pos, false, [&](const EntityTable::Record& r) { return q.person_ok(r); }, &named_at);
  if ((c.speaker == nullptr || q.any->pos > c.speaker->pos) &&
      (named < 0 || q.any->pos > named_at)) {
    return q.any->speaker;
  }
  return {};
}

// the compatible person who spoke last
Verdict pronoun_last_person_speaker(Query& q) {
  if (!he_or_she(q) || q.persons().speaker == nullptr) return {};
  return q.persons().speaker->speaker;
}

// the compatible person named last, anywhere in a sentence
Verdict pronoun_last_named_person(Query& q) {
  if (!he_or_she(q)) return {};
  std::size_t where = 0;
  long named = q.table.last_mention(
      q.pos, false, [&](const EntityTable::Record& r) { return q.person_ok(r); }, &where);
  if (named >= 0) return q.canonical(named);
  return {};
}

// a single name of unknown kind that spoke ("Steckhan said ... he added")
Verdict pronoun_single_name_speaker(Query& q) {
  if (!he_or_she(q)) return {};
  const Noted* single =
      last_noted(q.memory.history, q.pos, [](const Noted& n) { return n.maybe_person; });
  if (single != nullptr) return single->speaker;
  return {};
}

// --- it ----------------------------------------------------------------------------------------

// "Chrysler said ... it added": the organisation that spoke last
Verdict it_last_org_speaker(Query& q) {
  if (!q.head_is("it") || q.last_org.empty()) return {};
  return q.last_org;
}

// the organisation that last began a sentence
Verdict it_subject_org(Query& q) {
  if (!q.head_is("it")) return {};
  long org = q.subject_org();
  if (org >= 0) return q.canonical(org);
  return {};
}

// "Standard Trustco said it expects ...": a name of no known kind that spoke last
Verdict it_untyped_name_spoke_last(Query& q) {
  if (!q.head_is("it") || q.any == nullptr || q.any->speaker == kUnknown) return {};
  const std::string& s = q.any->speaker;
  long r = q.table.find(s);
  if (r >= 0 && q.table.record(r).roles.empty() &&
      !q.lex.given_names.count(s.substr(0, s.find(' '))) && gender_of(s) == 0) {
    return s;
  }
  return {};
}

// he, she or it with nobody to name: still the unnamed source, else nobody (never a person
// for "it")
Verdict pronoun_unnamed_source(Query& q) {
  if (!he_or_she(q) && !q.head_is("it")) return {};
  return q.unnamed_or_nobody();
}

// --- they, we, I -------------------------------------------------------------------------------

// "..., according to a report from Nordwire in which they said ...", "CNN reported ... They
// told Xinhua ...": the group or organisation "they" would stand for is a medium, which
// relays the people who spoke to it; those people are unnamed
Verdict they_not_medium(Query& q) {
  if (!q.head_is("they")) return {};
  if (!q.last_speaker.empty() && !is_person(q.table, q.last_speaker))
    return q.lex.is_medium(q.last_speaker) ? Verdict(kUnknown) : Verdict();
  const long org = q.subject_org();
  return org >= 0 && q.lex.is_medium(q.canonical(org)) ? Verdict(kUnknown) : Verdict();
}

// a group or an organisation that spoke last, never one person
Verdict they_last_non_person_speaker(Query& q) {
  if (!q.head_is("they") || q.last_speaker.empty() || is_person(q.table, q.last_speaker)) return {};
  return q.last_speaker;
}

Verdict they_subject_org(Query& q) {
  if (!q.head_is("they")) return {};
  long org = q.subject_org();
  if (org >= 0) return q.canonical(org);
  return {};
}

// "they" with no group or organisation before: unnamed people
Verdict they_unnamed(Query& q) {
  if (!q.head_is("they")) return {};
  return std::string(kUnknown);
}

// "((Anthony Boccaletti))  I was involved because ...": "I" and "we" in an interview answer are
// the person whose turn it is, by the item's full name for them
Verdict first_person_interview_answer(Query& q) {
  if (!q.head_is("i") && !q.head_is("we")) return {};
  const auto turn = q.memory.turns.find(q.para);
  if (turn == q.memory.turns.end()) return {};
  const long r = q.table.find(turn->second);
  return r >= 0 ? q.canonical(r) : turn->second;
}

// "we", "I": whoever spoke last
Verdict pronoun_last_speaker(Query& q) {
  return q.last_speaker;
}

// --- descriptions ------------------------------------------------------------------------------

// The firm by its whole name (ending in a legal form) the item named first before the mention,
// -1 for none.
long first_firm_before(const Query& q) {
  long first = -1;
  std::size_t first_at = q.pos;
  for (long r = 0; r < q.table.size(); ++r) {
    const EntityTable::Record& rec = q.table.record(r);
    if (rec.type != EntityType::organisation || rec.words.size() < 2 ||
        !q.lex.is_legal_form(rec.words.back()))
      continue;
    for (std::size_t at : rec.mentions)
      if (at < first_at) first = r, first_at = at;
  }
  return first;
}

// Whether the mention names the item's firm by a lowercase noun: "company" ("a company
// spokesman"), or "firm" or a business noun (business_nouns.txt) after "the" ("a spokesman for
// the mining company", "... for the investment banking firm", "for the carmaker"); not "a Swiss
// bank economist", "GM's Truck and Bus Group", "the bank" (any bank).
bool names_item_firm(const Query& q) {
  std::istringstream words(q.m.text);
  bool definite = false;
  for (std::string w; words >> w;) {
    if (w == "the") definite = true;
    if (w == "company" || (definite && (w == "firm" || q.lex.business_nouns.count(w)))) return true;
  }
  return false;
}

// The speaker a mention's owner stands for: the organisation ("a Woolworths spokesperson"),
// unless a person's name, else UNKNOWN; "a company spokesman" is the item's firm.
Verdict owner_source(Query& q) {
  const Mention& m = q.m;
  std::string who = kUnknown;
  if (!m.owner.empty()) {
    long r = q.table.find(m.owner);
    // the owner of "a Woolworths spokesperson" is an organisation ...
    if (r >= 0) {
      const auto& rec = q.table.record(r);
      // ... unless a person's name: titled, or a given name first
      if (!rec.typed || rec.type != EntityType::person || rec.words.size() == 1 ||
          (rec.roles.empty() && !q.lex.given_names.count(rec.name.substr(0, rec.name.find(' '))))) {
        who = q.canonical(r);
      }
    } else {
      who = m.owner;
    }
  } else if (names_item_firm(q)) {
    // "a spokesman for the investment banking firm": the firm that spoke last, else the one
    // the item named first
    if (!q.last_org.empty()) {
      who = q.last_org;
    } else if (const long first = first_firm_before(q); first >= 0) {
      who = q.canonical(first);
    }
  }
  q.memory.unnamed[m.head] = who;
  return who;
}

// "a Chrysler spokesman" speaks for Chrysler; "a spokesman", "an official": unnamed. Remembered
// for "the spokesman" later.
Verdict indefinite_source(Query& q) {
  const Mention& m = q.m;
  if (!m.indefinite) return {};
  return owner_source(q);
}

// "the SEC spokesman" speaks for the SEC, as "an SEC spokesman" does, and is remembered the
// same way; unless the item named a person with that role ("Drexel spokesman Steve Anredder":
// role_description)
Verdict definite_voice_of_owner(Query& q) {
  if (q.m.indefinite || q.m.owner.empty() || q.table.person_with_role(q.m.head, q.pos) >= 0)
    return {};
  return owner_source(q);
}

// "its press release said": whoever "it" is
Verdict possessive_owner(Query& q) {
  const Mention& m = q.m;
  if (m.possessor.empty() || q.role_head()) return {};
  Mention owner;
  owner.kind = MentionKind::pronoun;
  owner.head = m.possessor == "its"     ? "it"
               : m.possessor == "their" ? "they"
               : m.possessor == "his"   ? "he"
               : m.possessor == "her"   ? "she"
                                        : "we";
  return run_coref_sieves(owner, q.para, q.pos, q.table, q.memory).speaker;
}

// "the officials", "the experts" (not a role): unnamed
Verdict group_description(Query& q) {
  if (!q.lex.groups.count(q.m.head) || q.role_head()) return {};
  return std::string(kUnknown);
}

// "the statement said": the statement of the last source that is not a medium (a medium's
// report relays others: "According to Nordwire, ... The Chilean statement said" is not
// Nordwire's)
Verdict statement_of_last_source(Query& q) {
  if (!q.lex.is("statement_anaphors", q.m.head)) return {};
  const Noted* source = last_noted(q.memory.history, q.pos,
                                   [&](const Noted& n) { return !q.lex.is_medium(n.speaker); });
  return source == nullptr ? std::string(kUnknown) : source->speaker;
}

// "a spokesman said ... the spokesman added"
Verdict role_of_unnamed_source(Query& q) {
  if (!q.role_head()) return {};
  auto earlier = q.memory.unnamed.find(q.m.head);
  if (earlier != q.memory.unnamed.end()) return earlier->second;
  return {};
}

// "the Chinese president": the person with that role, the most specific role first ("the vice
// premier" before "the premier")
Verdict role_description(Query& q) {
  if (!q.role_head()) return {};
  for (const auto& role : q.m.roles) {
    if (role == q.m.head) continue;
    long r = q.table.person_with_role(role, q.pos);
    if (r >= 0) return q.canonical(r);
  }
  long r = q.table.person_with_role(q.m.head, q.pos);
  if (r >= 0) return q.canonical(r);
  return {};
}

// "Kissinger thanked Xi. ... “...,” the former diplomat said": one of a group of unnamed
// people, singular and definite, is the person who last began a sentence, when after the last
// person who spoke
Verdict definite_role_sentence_subject(Query& q) {
  const std::string& head = q.m.head;
  const bool singular = !head.empty() && head.back() != 's';
  if (!singular || !q.lex.groups.count(head) || q.m.indefinite ||
      ascii_lower(q.m.text.substr(0, 4)) != "the ")
    return {};
  std::size_t where = 0;
  const long r = q.table.last_subject_person(q.pos, &where);
  if (r < 0) return {};
  const Noted* spoke = last_noted(q.memory.history, q.pos, [](const Noted& n) { return n.person; });
  if (spoke != nullptr && spoke->pos > where) return {};
  return q.canonical(r);
}

// "the official", "the expert": a role of unnamed people
Verdict role_of_group(Query& q) {
  if (!q.role_head() || !q.lex.groups.count(q.m.head)) return {};
  return std::string(kUnknown);
}

// "..., says economist" in a headline: a bare role names nobody
Verdict bare_role(Query& q) {
  if (!q.role_head() || q.m.text != q.m.head) return {};
  return std::string(kUnknown);
}

// a role nobody in the item has: the person who spoke last ...
Verdict role_last_person(Query& q) {
  if (!q.role_head() || q.last_person.empty()) return {};
  return q.last_person;
}

// ... else the words as written ("Chinese ambassador")
Verdict role_as_written(Query& q) {
  if (!q.role_head()) return {};
  return without_article(q.lex, q.m.text);
}

// "the white paper said", "the research paper noted": a document, not a newspaper
// (words/document_paper_words.txt)
Verdict document_paper(Query& q) {
  if (!q.head_is("paper")) return {};
  std::istringstream in(ascii_lower(q.m.text));
  std::string before, word;
  for (std::string w; in >> w; word = w) before = word;
  if (word != "paper" || !q.lex.is("document_paper_words", before)) return {};
  return std::string(kUnknown);
}

// "the ministry": the organisation named with that word
// "the army said", "the Air Force", "Police said": an institution named by its noun alone is
// the item's one organisation ending with it ("Iranian Army"), else the noun under the item's
// nationality (words/national_institutions: "Indonesian Navy") or place
// (words/local_institutions: "London police")
Verdict institution_of_item(Query& q) {
  const std::string noun =
      ascii_lower(q.m.kind == MentionKind::name ? q.m.name : without_article(q.lex, q.m.text));
  const bool national = q.lex.is("national_institutions", noun);
  if (!national && !q.lex.is("local_institutions", noun)) return {};
  const long r = q.table.org_ending_with(noun);
  if (r >= 0) return q.canonical(r);
  const std::string where = national ? q.table.nationality() : q.table.headline_place();
  if (r == -2 || where.empty()) return {};
  return where + " " + (national ? capitalised_words(noun) : noun);
}

Verdict organisation_by_word(Query& q) {
  if (!q.org_head()) return {};
  long r = q.table.org_with_word(q.m.head, q.pos);
  if (r >= 0) return q.canonical(r);
  return {};
}

// "the website noted", "the agency said": the medium mentioned last as one ("the daily Trud",
// "the news agency Bernama"), else, for a medium noun (words/medium_nouns.txt), the named source
// mentioned last
Verdict medium_of_named_source(Query& q) {
  if (!q.org_head() || !q.lex.is("medium_descriptions", q.m.head)) return {};
  long s = q.table.last_described_medium(q.pos);
  if (s < 0 && q.lex.is("medium_nouns", q.m.head)) s = q.table.last_named_source(q.pos);
  if (s >= 0) return q.canonical(s);
  return {};
}

bool firm_head(const Query& q) {
  return q.org_head() &&
         (q.lex.is("firm_nouns", q.m.head) || q.lex.business_nouns.count(q.m.head) > 0);
}

// "the company said": the organisation that spoke last ...
Verdict firm_last_org_speaker(Query& q) {
  if (!firm_head(q) || q.last_org.empty()) return {};
  return q.last_org;
}

// ... or last began a sentence ...
Verdict firm_subject_org(Query& q) {
  if (!firm_head(q)) return {};
  long org = q.subject_org();
  if (org >= 0) return q.canonical(org);
  return {};
}

// ... or the last source when it is not a titled person ("Texas Capital Bancshares said")
Verdict firm_last_untitled_source(Query& q) {
  if (!firm_head(q) || q.last_speaker.empty() || q.last_speaker == kUnknown) return {};
  long s = q.table.find(q.last_speaker);
  if (s < 0 || q.table.record(s).roles.empty()) return q.last_speaker;
  return {};
}

// ... or the first firm the item named before, by a name ending in a legal form ("Steven
// Roberts has joined Peat Marwick Mitchell and Co, the company said"; words/company_anaphors.txt)
Verdict firm_named_before(Query& q) {
  if (!q.org_head() || !q.lex.is("company_anaphors", q.m.head)) return {};
  const long first = first_firm_before(q);
  if (first >= 0) return q.canonical(first);
  return {};
}

// "the paper", "the group": the organisation that spoke last
Verdict org_noun_last_org(Query& q) {
  if (!q.org_head() || q.last_org.empty() || !q.lex.is("org_anaphor_nouns", q.m.head)) return {};
  return q.last_org;
}

// nothing better: the words as written, without their article ("Chinese embassy")
// "China's foreign ministry said": a country's institution described in lowercase is named
// under the country's adjective, "Chinese Foreign Ministry" (gazetteer/country_adjectives.txt)
Verdict country_institution(Query& q) {
  if (!q.org_head()) return {};
  const std::string text = without_article(q.lex, q.m.text);
  for (std::string_view mark : {"'s ", "\u2019s "}) {
    const auto at = text.find(mark);
    if (at == std::string::npos) continue;
    const auto adjective = q.lex.country_adjectives.find(text.substr(0, at));
    const std::string rest = text.substr(at + mark.size());
    const bool lowercase =
        std::none_of(rest.begin(), rest.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (adjective == q.lex.country_adjectives.end() || !lowercase) return {};
    return adjective->second + " " + capitalised_words(rest);
  }
  return {};
}

// The country a nationality names ("Argentine", "Argentinian" -> "Argentina"), or "".
std::string country_of_nationality(const Lexicon& lex, const std::string& nationality) {
  for (const auto& [country, adjective] : lex.country_adjectives)
    if (adjective == nationality) return country;
  // "Argentinian" beside "Argentine": the country's first six letters open it
  for (const auto& [country, adjective] : lex.country_adjectives)
    if (country.size() >= 6 && nationality.size() >= 6 &&
        nationality.compare(0, 6, country, 0, 6) == 0)
      return country;
  return {};
}

// "the Argentinian government", "Turkish government": the Government of Argentina, of Turkey
Verdict national_government(Query& q) {
  if (!q.head_is("government")) return {};
  std::istringstream in(without_article(q.lex, q.m.text));
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() != 2 || !q.lex.nationalities.count(words[0])) return {};
  const std::string country = country_of_nationality(q.lex, words[0]);
  return country.empty() ? Verdict{} : Verdict{"Government of " + country};
}

Verdict description_as_written(Query& q) {
  return without_article(q.lex, q.m.text);
}

// --- names -------------------------------------------------------------------------------------

// "Cows are considered sacred ... and had cited ...": a single capitalised word no name of the
// item is, which the item writes in lower case elsewhere ("cow urine"), singular or plural, is a
// common noun capitalised by its place in the sentence, not a name
bool common_noun_by_case(const Query& q) {
  const Mention& m = q.m;
  if (m.titled || m.org || m.name.find(' ') != std::string::npos || q.table.find(m.name) >= 0)
    return false;
  std::string lower = ascii_lower(m.name);
  if (q.table.written_in_lowercase(lower)) return true;
  if (lower.size() > 3 && lower.back() == 's') lower.pop_back();
  return q.table.written_in_lowercase(lower);
}

// "Xi", "Mr. Tanaka", "the FSB": the entity the name refers to (full name, surname, acronym,
// alias), registered as a speaker; an unknown single word without a title ("E-Systems said")
// is most often an organisation
Verdict named_speaker(Query& q) {
  const Mention& m = q.m;
  if (common_noun_by_case(q)) return std::string(kUnknown);
  bool org = m.org;
  if (!m.titled && m.name.find(' ') == std::string::npos && !q.lex.surnames.count(m.name) &&
      !q.lex.given_names.count(m.name)) {
    long known = q.table.find(m.name);
    org =
        org || known < 0 ||
        (!q.table.record(known).typed && q.table.record(known).name.find(' ') == std::string::npos);
  }
  long r = q.table.add_speaker(m.name, org, m.roles, q.para, q.pos);
  // "Tusk" when the item never gives a fuller form keeps the form given
  return r < 0 ? m.name : q.table.record(r).name;
}

struct Sieve {
  MentionKind kind;  // the mentions it applies to
  std::string_view name;
  Verdict (*apply)(Query&);
};

// Tried in this order; the first verdict wins.
const Sieve kSieves[] = {
    {MentionKind::none, "no_mention", no_mention},
    {MentionKind::group, "definite_role_sentence_subject", definite_role_sentence_subject},
    {MentionKind::group, "unnamed_group", unnamed_group},
    {MentionKind::pronoun, "first_person_interview_answer", first_person_interview_answer},
    {MentionKind::pronoun, "pronoun_unnamed_person_spoke_last", pronoun_unnamed_person_spoke_last},
    {MentionKind::pronoun, "pronoun_single_name_spoke_last", pronoun_single_name_spoke_last},
    {MentionKind::pronoun, "pronoun_sentence_subject", pronoun_sentence_subject},
    {MentionKind::pronoun, "pronoun_last_person_speaker", pronoun_last_person_speaker},
    {MentionKind::pronoun, "pronoun_last_named_person", pronoun_last_named_person},
    {MentionKind::pronoun, "pronoun_single_name_speaker", pronoun_single_name_speaker},
    {MentionKind::pronoun, "it_last_org_speaker", it_last_org_speaker},
    {MentionKind::pronoun, "it_subject_org", it_subject_org},
    {MentionKind::pronoun, "it_untyped_name_spoke_last", it_untyped_name_spoke_last},
    {MentionKind::pronoun, "pronoun_unnamed_source", pronoun_unnamed_source},
    {MentionKind::pronoun, "they_not_medium", they_not_medium},
    {MentionKind::pronoun, "they_last_non_person_speaker", they_last_non_person_speaker},
    {MentionKind::pronoun, "they_subject_org", they_subject_org},
    {MentionKind::pronoun, "they_unnamed", they_unnamed},
    {MentionKind::pronoun, "pronoun_last_speaker", pronoun_last_speaker},
    {MentionKind::description, "indefinite_source", indefinite_source},
    {MentionKind::description, "definite_voice_of_owner", definite_voice_of_owner},
    {MentionKind::description, "possessive_owner", possessive_owner},
    {MentionKind::description, "group_description", group_description},
    {MentionKind::description, "statement_of_last_source", statement_of_last_source},
    {MentionKind::description, "role_of_unnamed_source", role_of_unnamed_source},
    {MentionKind::description, "role_description", role_description},
    {MentionKind::description, "role_of_group", role_of_group},
    {MentionKind::description, "bare_role", bare_role},
    {MentionKind::description, "role_last_person", role_last_person},
    {MentionKind::description, "role_as_written", role_as_written},
    {MentionKind::description, "document_paper", document_paper},
    {MentionKind::description, "institution_of_item", institution_of_item},
    {MentionKind::description, "organisation_by_word", organisation_by_word},
    {MentionKind::description, "medium_of_named_source", medium_of_named_source},
    {MentionKind::description, "firm_last_org_speaker", firm_last_org_speaker},
    {MentionKind::description, "firm_subject_org", firm_subject_org},
    {MentionKind::description, "firm_last_untitled_source", firm_last_untitled_source},
    {MentionKind::description, "firm_named_before", firm_named_before},
    {MentionKind::description, "org_noun_last_org", org_noun_last_org},
    {MentionKind::description, "country_institution", country_institution},
    {MentionKind::description, "national_government", national_government},
    {MentionKind::description, "description_as_written", description_as_written},
    {MentionKind::name, "named_institution_of_item", institution_of_item},
    {MentionKind::name, "named_speaker", named_speaker},
};

}  // namespace

namespace {

// In an interview's answer "he", "she" and "they" are others than the one answering ("I"), and
// the answer itself names them ("My mom, she always encouraged me"): a speaker resolved from
// before the answer, or the one answering, is nobody the item names.
bool third_person_outside_answer(const Query& q, const std::string& speaker) {
  if (!(he_or_she(q) || q.head_is("they")) || speaker.empty() || speaker == kUnknown) return false;
  const auto turn = q.memory.turns.find(q.para);
  if (turn == q.memory.turns.end()) return false;
  if (speaker == turn->second) return true;
  const long r = q.table.find(speaker);
  if (r < 0) return true;
  const std::size_t answer_start = position(q.para, 0);
  for (std::size_t at : q.table.record(r).mentions)
    if (at >= answer_start && at < q.pos) return false;
  return true;
}

}  // namespace

Resolution run_coref_sieves(const Mention& m, int para, std::size_t pos, EntityTable& table,
                            CorefMemory& memory) {
  Query q(m, para, pos, table, memory);
  for (const Sieve& s : kSieves) {
    if (s.kind != m.kind) continue;
    if (Verdict v = s.apply(q)) {
      if (third_person_outside_answer(q, *v)) return {kUnknown, "third_person_in_answer"};
      return {std::move(*v), s.name};
    }
  }
  return {};
}

std::vector<std::string_view> coref_sieve_names() {
  std::vector<std::string_view> names;
  for (const Sieve& s : kSieves) names.push_back(s.name);
  return names;
}

Resolution Resolver::resolve(const Mention& m, int para, std::size_t pos) {
  Resolution r = run_coref_sieves(m, para, pos, table_, memory_);
  r.speaker = as_name(r.speaker, pos);
  return r;
}

std::string Resolver::as_name(const std::string& speaker, std::size_t pos) const {
  const SpeakerName checked = check_speaker_name(
      speaker, [&](std::string_view name) { return is_person(table_, std::string(name)); });
  switch (checked.kind) {
    case SpeakerName::Kind::name:
      return checked.name;
    case SpeakerName::Kind::not_a_name:
      return checked.first_person ? headline_person() : std::string();
    case SpeakerName::Kind::common_noun: {
      // "police": the organisation of the item with that word, else an unnamed source
      const long org = table_.org_with_word(checked.name, pos);
      if (org >= 0) return table_.record(org).name;
      const std::string named = only_name_with_word(checked.name);
      return named.empty() ? std::string(kUnknown) : named;
    }
  }
  return checked.name;
}

// The one organisation or untyped name of the item holding `head` as a word ("army" ->
// "Iranian Army", "police" -> "El Paso Police Department"), else "".
std::string Resolver::only_name_with_word(const std::string& head) const {
  std::string found;
  for (const Entity& e : table_.entities()) {
    if (e.type == EntityType::person) continue;
    bool has = false;
    for (const std::string& w : key_words(name_key(e.name))) has = has || w == head;
    if (!has) continue;
    if (!found.empty()) return {};
    found = e.name;
  }
  return found;
}

// "I" left unresolved speaks in the first person, as the interviewee of an interview does: the
// one person the headline names ("Wikinews interviews Sandra Jephcott"), else nobody named.
std::string Resolver::headline_person() const {
  std::string found;
  for (const Entity& e : table_.entities()) {
    const bool full_name = e.name.find(' ') != std::string::npos;  // not "ID", not "Sandra"
    if (e.type != EntityType::person || !full_name || e.paras.empty() || e.paras.front() != 0)
      continue;
    if (!found.empty()) return {};
    found = e.name;
  }
  return found;
}

void Resolver::note_turn(int para, const std::string& person) {
  if (!person.empty()) memory_.turns[para] = person;
}

namespace {

// "a spokesman", "the official", "one trader" (not "the traders"): one person left unnamed
bool one_unnamed_person(const Mention& m, std::string_view rule) {
  const Lexicon& lex = lexicon();
  if (m.kind == MentionKind::pronoun) return rule == "pronoun_unnamed_person_spoke_last";
  const bool singular = !m.head.empty() && m.head.back() != 's';
  if (m.kind == MentionKind::group) return singular && lex.groups.count(m.head);
  return m.kind == MentionKind::description && m.possessor.empty() && lex.roles.count(m.head) &&
         singular;
}

}  // namespace

void Resolver::note(const std::string& speaker, std::size_t pos, const Mention& m,
                    std::string_view rule) {
  if (speaker.empty()) return;
  const bool person = speaker != kUnknown && is_person(table_, speaker);
  bool single = speaker != kUnknown && speaker.find(' ') == std::string::npos;
  bool capitals = true;  // "IBM", "SEC": acronyms are organisations
  for (char c : speaker) {
    if (c >= 'a' && c <= 'z') capitals = false;
  }
  const bool maybe_person =
      !person && single && !capitals && !lexicon().org_words.count(ascii_lower(speaker));
  memory_.history.push_back(
      {pos, speaker, person, maybe_person, !person && one_unnamed_person(m, rule)});
}

}  // namespace verbatim::extract
