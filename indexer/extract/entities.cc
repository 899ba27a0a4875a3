#include "indexer/extract/entities.h"

#include <algorithm>

#include "indexer/extract/lexicon.h"
#include "indexer/extract/mentions.h"
#include "indexer/extract/names.h"

namespace verbatim::extract {
namespace {

const WordSet& place_suffixes() {
  return lexicon().words("place_suffixes");
}

std::string strip_the(std::string key) {
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  return key;
}

bool contains_word(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

std::size_t first_mention(const EntityTable::Record& r) {
  return r.mentions.empty() ? static_cast<std::size_t>(-1)
                            : *std::min_element(r.mentions.begin(), r.mentions.end());
}

// Whether `candidate` is a better long form than `best` for a short name: a known person first,
// then the one introduced first.
bool better_long_form(const EntityTable::Record& candidate, const EntityTable::Record& best) {
  bool cp = candidate.typed && candidate.type == EntityType::person;
  bool bp = best.typed && best.type == EntityType::person;
  if (cp != bp) return cp;
  return first_mention(candidate) < first_mention(best);
}

// How many words of `small` from `i` on spell the initials of words of `big` ("u s" or "us" for
// "United States"), and of which: 0 when none do.
std::size_t initials_in(const std::vector<std::string>& small, std::size_t i,
                        const std::vector<std::string>& big, std::size_t& at, std::size_t& words) {
  std::string letters;
  std::size_t used = 0;
  while (i + used < small.size() && small[i + used].size() == 1) letters += small[i + used++];
  if (used < 2) {
    if (small[i].size() < 2 || small[i].size() > 4) return 0;
    letters = small[i];
    used = 1;
  }
  for (at = 0; at + letters.size() <= big.size(); ++at) {
    std::size_t k = 0;
    while (k < letters.size() && big[at + k][0] == letters[k]) ++k;
    if (k == letters.size()) {
      words = k;
      return used;
    }
  }
  return 0;
}

// The words of `small` found in `big`, an initialism standing for the words it spells ("U.S.
// House" in "United States House of Representatives", "US Chess Federation" in "United States
// Chess Federation"); `big` must have more words, or be `small` spelt out.
bool words_in(const std::vector<std::string>& small, const std::vector<std::string>& big,
              bool* initials = nullptr) {
  std::size_t covered = 0;
  bool spelt = false;
  for (std::size_t i = 0; i < small.size();) {
    if (std::find(big.begin(), big.end(), small[i]) != big.end()) {
      ++i;
      ++covered;
      continue;
    }
    std::size_t at = 0, words = 0;
    const std::size_t used = initials_in(small, i, big, at, words);
    if (used == 0) return false;
    i += used;
    covered += words;
    spelt = true;
  }
  if (initials) *initials = spelt;
  return spelt ? covered <= big.size() : small.size() < big.size();
}

bool ends_in_legal_form(const std::vector<std::string>& words) {
  return !words.empty() && lexicon().is_legal_form(words.back());
}

std::vector<std::string> without_legal_forms(std::vector<std::string> words) {
  while (words.size() > 1 && lexicon().is_legal_form(words.back())) words.pop_back();
  return words;
}

// "Salling" for "Salling Group", "Search and Rescue Agency" for "National Search and Rescue
// Agency", "U.S. House" for "United States House of Representatives": a short form of an
// organisation's name.
bool org_short_form(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  if (small.empty()) return false;
  if (small.size() >= 2) {
    // "Whittaker Corp" is no short form of "Whittaker General Medical Corp", its unit: a name
    // ending in a legal form is a firm's whole name, another's only when spelt with initials
    // ("U.S. Steel Corp") or when it is the other's end ("Hydraulic Co" of "Bridgeport
    // Hydraulic Co")
    bool initials = false;
    if (!words_in(small, big, &initials)) return false;
    const bool whole_names = ends_in_legal_form(small) && ends_in_legal_form(big);
    return initials || !whole_names || std::equal(small.rbegin(), small.rend(), big.rbegin()) ||
           without_legal_forms(small) == without_legal_forms(big);  // "Gabelli and Co Inc"
  }
  if (small.size() >= big.size()) return false;
  const Lexicon& lex = lexicon();
  // "Handelsbanken" for "Svenska Handelsbanken": a compound ending in an organisation word
  // (words/org_word_endings.txt) after one word
  if (big.size() == 2 && big.back() == small.front()) {
    for (std::string_view end : lex.words("org_word_endings"))
      if (small.front().size() >= end.size() + 3 &&
          std::string_view(small.front()).substr(small.front().size() - end.size()) == end)
        return true;
  }
  // "Wisconsin" of "First Wisconsin Corp": after the word opening a firm's name
  // (words/firm_opening_words.txt)
  std::size_t from = big.size() >= 3 && lex.opens_firm_name(big.front());
  // "Paribas" of "Banque Paribas", "Ferruzzi" of "Gruppo Ferruzzi": after the organisation
  // words opening the name (words/org_opening_words.txt)
  while (from + 1 < big.size() && lex.is("org_opening_words", big[from]) &&
         !lex.org_words.count(big[from + 1]))
    ++from;
  if (big[from] != small.front()) return false;
  for (std::size_t i = from + 1; i < big.size(); ++i) {
    if (!lex.org_words.count(big[i])) return false;
  }
  return true;
}

std::size_t first_body_mention(const EntityTable::Record& r) {
  std::size_t best = static_cast<std::size_t>(-1);
  for (std::size_t m : r.mentions) {
    if (m >= position(1, 0) && m < best) best = m;
  }
  return best;
}

bool subset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  if (small.empty() || small.size() >= big.size()) return false;
  for (const auto& w : small) {
    if (!contains_word(big, w)) return false;
  }
  return true;
}

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace

long EntityTable::add(std::string_view name, EntityType type, bool typed, int para,
                      std::size_t pos) {
  std::string key = strip_the(name_key(name));
  if (key.empty()) return -1;
  for (std::size_t i = 0; i < records_.size(); ++i) {
    Record& r = records_[i];
    bool alias_hit = false;
    for (const auto& a : r.aliases) {
      if (strip_the(name_key(a)) == key) alias_hit = true;
    }
    if (r.key == key || alias_hit) {
      if (typed && !r.typed) {
        r.type = type;
        r.typed = true;
      }
      r.paras.push_back(para);
      r.mentions.push_back(pos);
      return static_cast<long>(i);
    }
  }
  Record r;
  r.name = std::string(name);
  r.key = key;
  r.words = key_words(key);
  r.type = type;
  r.typed = typed;
  r.paras.push_back(para);
  r.mentions.push_back(pos);
  records_.push_back(std::move(r));
  return static_cast<long>(records_.size()) - 1;
}

namespace {

// A capitalised word, or a lowercase role before one ("spokesperson Wang Wenbin"), may open a
// name.
bool starts_mention(const Lexicon& lex, const std::vector<Token>& toks, std::size_t i,
                    std::size_t end) {
  const Token& t = toks[i];
  return is_name_word(t) || (t.type == TokenType::word && !t.cap && lex.roles.count(t.lower) &&
                             i + 1 < end && is_name_word(toks[i + 1]));
}

// The names of a mention: its parts ("Miller and Smith"), or itself when a name.
std::vector<const Mention*> name_parts(const Mention& m) {
  std::vector<const Mention*> parts;
  if (!m.parts.empty()) {
    for (const Mention& part : m.parts) parts.push_back(&part);
  } else if (m.kind == MentionKind::name) {
    parts.push_back(&m);
  }
  return parts;
}

struct Typing {
  EntityType type = EntityType::person;
  bool typed = false;  // known, not guessed
};

// What a name is from the gazetteers and the mention: a place, an organisation, a person
// (titled, or a given name first: "Anne Sacoolas"), else untyped.
Typing type_of(const Lexicon& lex, const Mention& mp, const std::vector<std::string>& words,
               bool sentence_initial) {
  const std::string& name = mp.name;
  const bool single = words.size() == 1;
  if (lex.places.count(name)) return {EntityType::place, true};
  if (!single && lex.is("place_suffixes", words.back()) && !mp.org)
    return {EntityType::place, true};
  if (mp.org || lex.org_acronyms.count(name)) return {EntityType::organisation, true};
  if (mp.titled) return {EntityType::person, true};
  if ((!single && lex.given_names.count(name.substr(0, name.find(' ')))) ||
      (single && lex.surnames.count(name) && !sentence_initial)) {
    return {EntityType::person, true};
  }
  return {};
}

// Appositive roles: "Paweł Adamowicz, mayor of ...", "Maróth, the ... commissioner"; "Acme
// Robotics, a leading provider of ...": a firm, unless a person's name.
void read_apposition(const Lexicon& lex, EntityTable::Record& rec, const std::vector<Token>& toks,
                     std::size_t after, std::size_t end) {
  if (after + 1 >= end || !is_punct(toks[after], ",")) return;
  for (std::size_t q = after + 1; q < end && q < after + 10; ++q) {
    const Token& u = toks[q];
    if (u.type != TokenType::word || lex.is("apposition_stops", u.lower)) break;
    // "Hess, with the Brookings Institution, said", "Manila, which has ..."
    if (q == after + 1 && lex.is("apposition_breakers", u.lower)) break;
    if (lex.roles.count(u.lower)) {
      add_unique(rec.roles, u.lower);
      if (!rec.typed) {
        rec.typed = true;
        rec.type = EntityType::person;
      }
      break;
    }
    if (lex.is("articles", toks[after + 1].lower) && !u.cap && lex.org_words.count(u.lower) &&
        rec.roles.empty() && !lex.given_names.count(rec.name.substr(0, rec.name.find(' '))) &&
        !(rec.typed && rec.type == EntityType::place)) {
      rec.typed = true;
      rec.type = EntityType::organisation;
      break;
    }
  }
}

// Where to look for the next name after mention `m` found at `i`: "Mike Ryan of the World
// Health Organization (WHO)" goes on after the person's name.
std::size_t next_start(const std::vector<Token>& toks, const Mention& m, std::size_t i) {
  std::size_t next = m.last;
  if (m.kind == MentionKind::name && m.parts.empty() && m.name_end > i && m.name_end < m.last &&
      toks[m.name_end].lower == "of") {
    next = m.name_end;
  }
  return std::max(next, i + 1);
}

}  // namespace

bool EntityTable::word_of_full_name(std::string_view word) const {
  for (const Record& r : records_) {
    if (r.words.size() > 1 && contains_word(r.words, word)) return true;
  }
  return false;
}

void EntityTable::add_name(const ParaTokens& p, const SentenceRange& s, const Mention& m,
                           const Mention& mp, bool alone) {
  const Lexicon& lex = lexicon();
  const std::string& name = mp.name;
  if (name.empty() || lex.nationalities.count(name) || lex.common_acronyms.count(name)) return;
  const auto words = key_words(name_key(name));
  if (words.empty()) return;
  const bool sentence_initial = m.first == s.first;
  const Typing typing = type_of(lex, mp, words, sentence_initial);
  // "Reports", "Rescuers" — unless a full name seen before has this word ("Wong")
  if (words.size() == 1 && sentence_initial && !typing.typed && !word_of_full_name(words[0]))
    return;
  const auto& toks = p.tokens;
  const std::size_t pos = position(p.index, toks[mp.first].begin);
  const long r = add(name, typing.type, typing.typed, p.index, pos);
  if (r < 0) return;
  Record& rec = records_[static_cast<std::size_t>(r)];
  for (const auto& role : mp.roles) add_unique(rec.roles, role);
  if (!mp.acronym.empty() && mp.acronym != name) add_unique(rec.aliases, mp.acronym);
  if (alone) read_apposition(lex, rec, toks, m.last, s.last);
  if (typing.typed && typing.type == EntityType::place) note_city_of_region(p, mp);
  const bool subject = sentence_initial || (m.first > s.first && is_punct(toks[m.first - 1], ",") &&
                                            m.first < s.first + 14);
  if (subject) rec.subject_mentions.push_back(pos);
  // last: adding a record may move the others ("Foreign Ministry spokesperson ...")
  if (!mp.affiliation.empty()) add(mp.affiliation, EntityType::organisation, true, p.index, pos);
}

void EntityTable::collect_sentence(const ParaTokens& p, const SentenceRange& s) {
  const Lexicon& lex = lexicon();
  std::size_t i = s.first;
  while (i < s.last) {
    if (!starts_mention(lex, p.tokens, i, s.last)) {
      ++i;
      continue;
    }
    const Mention m = parse_right(p.text, p.tokens, i, s.last);
    if (m.empty() || m.last <= i) {
      ++i;
      continue;
    }
    const auto parts = name_parts(m);
    for (const Mention* mp : parts) add_name(p, s, m, *mp, parts.size() == 1);
    i = next_start(p.tokens, m, i);
  }
}

namespace {

// "venezuela is seeking ...": a sentence whose first word is all lower case; an item that has
// one writes names in lower case too ("minister manuel azpurua"), so its case says nothing
bool starts_lowercase(const ParaTokens& p, const SentenceRange& s) {
  for (std::size_t i = s.first; i < s.last; ++i) {
    const Token& t = p.tokens[i];
    if (t.type != TokenType::word) continue;
    const char c = t.text.empty() ? '\0' : t.text.front();
    return c >= 'a' && c <= 'z' && t.text == t.lower;
  }
  return false;
}

bool case_is_reliable(const std::vector<ParaTokens>& paras) {
  for (const ParaTokens& p : paras)
    for (const SentenceRange& s : p.sentences)
      if (starts_lowercase(p, s)) return false;
  return true;
}

}  // namespace

void EntityTable::collect_lowercase_words(const std::vector<ParaTokens>& paras) {
  if (!case_is_reliable(paras)) return;
  for (const ParaTokens& p : paras) {
    if (p.shouting || p.title_case) continue;
    for (const Token& t : p.tokens)
      if (t.type == TokenType::word && !t.cap && !t.lower.empty()) lowercase_words_.insert(t.lower);
  }
}

void EntityTable::collect(const std::vector<ParaTokens>& paras) {
  collect_lowercase_words(paras);
  for (const ParaTokens& p : paras) {
    if (p.shouting || p.title_case) continue;
    note_nationality(p);
    for (const SentenceRange& s : p.sentences) collect_sentence(p, s);
  }
  merge_glued_names();
  merge_short_forms();
  name_title_firms();
  spell_country_initialisms();
}

// "General Partners said", "General Acquisition said": a single word after the title "General"
// (words/firm_titles.txt) that no person of the item is named by is a firm's name, title and
// all; wire items write a general's whole name ("General Manuel Noriega").
void EntityTable::name_title_firms() {
  const WordSet& titles = lexicon().words("firm_titles");
  for (Record& r : records_) {
    if (r.words.size() != 1 || !r.typed || r.type != EntityType::person) continue;
    std::string title;
    for (const std::string& role : r.roles)
      if (titles.count(role)) title = role;
    if (title.empty()) continue;
    bool person = false;
    for (const Record& other : records_)
      person = person || (&other != &r && contains_word(other.words, r.words.front()));
    if (person) continue;
    std::string name = title;
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    add_unique(r.aliases, r.name);
    r.name = name + " " + r.name;
    r.key = name_key(r.name);
    r.words = key_words(r.key);
    r.type = EntityType::organisation;
    r.roles.erase(std::find(r.roles.begin(), r.roles.end(), title));
  }
}

namespace {

// `into` stands for `other` too: its name an alias, its roles and mentions added.
void absorb(EntityTable::Record& into, const EntityTable::Record& other) {
  add_unique(into.aliases, other.name);
  for (const auto& a : other.aliases) add_unique(into.aliases, a);
  for (const auto& r : other.roles) add_unique(into.roles, r);
  into.paras.insert(into.paras.end(), other.paras.begin(), other.paras.end());
  into.mentions.insert(into.mentions.end(), other.mentions.begin(), other.mentions.end());
  into.subject_mentions.insert(into.subject_mentions.end(), other.subject_mentions.begin(),
                               other.subject_mentions.end());
}

// "Xi Jinping Video Call" is "Xi Jinping" glued to the capitalised words after it: a person's
// name of two words or more that another person's name begins with, the words after it no name
// suffix ("Jr.", "III").
bool glued_to(const EntityTable::Record& name, const EntityTable::Record& longer) {
  const auto person = [](const EntityTable::Record& r) {
    return r.typed && r.type == EntityType::person;
  };
  if (!person(name) || !person(longer) || name.words.size() < 2 ||
      longer.words.size() <= name.words.size() ||
      !std::equal(name.words.begin(), name.words.end(), longer.words.begin()))
    return false;
  const WordSet& suffixes = lexicon().words("name_suffixes");
  for (std::size_t i = name.words.size(); i < longer.words.size(); ++i) {
    if (suffixes.count(longer.words[i])) return false;
  }
  return true;
}

}  // namespace

void EntityTable::merge_glued_names() {
  std::vector<bool> dead(records_.size(), false);
  for (std::size_t l = 0; l < records_.size(); ++l) {
    for (std::size_t s = 0; s < records_.size(); ++s) {
      if (s == l || dead[s] || !glued_to(records_[s], records_[l])) continue;
      absorb(records_[s], records_[l]);
      dead[l] = true;
      break;
    }
  }
  std::vector<Record> kept;
  for (std::size_t i = 0; i < records_.size(); ++i) {
    if (!dead[i]) kept.push_back(std::move(records_[i]));
  }
  records_ = std::move(kept);
}

namespace {

// "La Riva" of "Gloria La Riva", "De Clercq" of "Willy De Clercq": a surname opening with a
// particle (words/name_connectors.txt) that ends a longer name.
bool particle_surname(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  return small.size() >= 2 && big.size() > small.size() &&
         lexicon().is("name_connectors", small.front()) && small.front() != "and" &&
         std::equal(small.rbegin(), small.rend(), big.rbegin());
}

// "Ford" of "Ford Motor Co", "Lotus" of "Lotus Development Corp": the first word of a firm's
// whole name (ending in a legal form) is its short form when no other name of the item holds
// that word, it names no person there and opens no firm's name ("First", "May").
bool firm_first_word(const std::vector<EntityTable::Record>& records, const std::vector<bool>& dead,
                     std::size_t s, std::size_t l) {
  const EntityTable::Record& small = records[s];
  const EntityTable::Record& large = records[l];
  if (small.words.size() != 1 || large.words.size() < 2 || !ends_in_legal_form(large.words) ||
      large.words.front() != small.words.front())
    return false;
  if (small.typed && small.type != EntityType::organisation) return false;
  const std::string& word = small.words.front();
  if (lexicon().opens_firm_name(word) || lexicon().is_legal_form(word)) return false;
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (i == s || i == l || dead[i]) continue;
    if (contains_word(records[i].words, word)) return false;
  }
  return true;
}

// The letters of an initialism as written: "GM", "NYSE", "S and P", "AT and T"; "" for a name
// that is none.
std::string initialism_letters(const EntityTable::Record& r) {
  std::string letters;
  if (r.words.size() == 1) {
    const std::string& w = r.name;
    if (w.size() < 2 || w.size() > 5) return {};
    for (char c : w)
      if (c < 'A' || c > 'Z') return {};
    return w;
  }
  for (std::size_t i = 0; i < r.words.size(); ++i) {
    const std::string& w = r.words[i];
    if (i % 2 == 1 ? w != "and" : w.size() != 1) return {};
    if (i % 2 == 0) letters += static_cast<char>(w[0] - 'a' + 'A');
  }
  return r.words.size() % 2 == 1 ? letters : std::string();
}

// "GM" of "General Motors Corp", "SEC" of "Securities and Exchange Commission", "S and P" of
// "Standard and Poor's Corp", "AMC" of "American Motors Corp": the initials of an
// organisation's words, its small words (words/acronym_inner_words.txt) left out, its legal
// form left out or not.
bool initialism_of(const EntityTable::Record& small, const EntityTable::Record& large) {
  const std::string letters = initialism_letters(small);
  if (letters.empty() || large.words.size() < 2) return false;
  const WordSet& inner = lexicon().words("acronym_inner_words");
  std::string all, without_form;
  for (std::size_t i = 0; i < large.words.size(); ++i) {
    const std::string& w = large.words[i];
    if (inner.count(w) || w.empty() || w[0] < 'a' || w[0] > 'z') continue;
    const char initial = static_cast<char>(w[0] - 'a' + 'A');
    all += initial;
    if (!(i + 1 == large.words.size() && lexicon().is_legal_form(w))) without_form += initial;
  }
  return letters == all || letters == without_form;
}

// "General Electric said" after "General Electric Co": a single name whose title (a role seen
// with it) goes before it in an organisation's name is that organisation, not a person
// "Electric" titled General.
bool title_in_org_name(const EntityTable::Record& small, const EntityTable::Record& large) {
  if (small.words.size() != 1 || large.words.size() < 2 || !large.typed ||
      large.type != EntityType::organisation)
    return false;
  for (std::size_t i = 0; i + 1 < large.words.size(); ++i)
    if (large.words[i + 1] == small.words.front() && contains_word(small.roles, large.words[i]))
      return true;
  return false;
}

}  // namespace

void EntityTable::merge_short_forms() {
  std::vector<bool> dead(records_.size(), false);
  for (std::size_t s = 0; s < records_.size(); ++s) {
    Record& small = records_[s];
    long best = -1;
    for (std::size_t l = 0; l < records_.size(); ++l) {
      if (l == s || dead[l]) continue;
      const Record& large = records_[l];
      if (title_in_org_name(small, large)) {
        best = static_cast<long>(l);
        break;
      }
      if (large.typed && large.type == EntityType::organisation) {
        // "Salling" and "Salling Group"; a place for the firm named after it ("Kobe" of "Kobe
        // Steel Ltd", "Wisconsin" of "First Wisconsin Corp")
        const bool firm_of_place = small.typed && small.type == EntityType::place &&
                                   small.words.size() == 1 && ends_in_legal_form(large.words);
        if ((!(small.typed && small.type != EntityType::organisation) || firm_of_place) &&
            (org_short_form(small.words, large.words) || firm_first_word(records_, dead, s, l) ||
             initialism_of(small, large)) &&
            (best < 0 ||
             first_mention(large) < first_mention(records_[static_cast<std::size_t>(best)]))) {
          best = static_cast<long>(l);
        }
        continue;
      }
      if (small.typed && small.type == EntityType::organisation) continue;
      bool fits = false;
      if (large.type == EntityType::place && large.typed) {
        // "Heilongjiang" and "Heilongjiang Province"
        // ... and "Payam" and "Payam International Airport"
        fits = large.words.size() > small.words.size() &&
               std::equal(small.words.begin(), small.words.end(), large.words.begin()) &&
               place_suffixes().count(large.words.back()) &&
               !(small.typed && small.type == EntityType::person);
      } else if (!(small.typed && small.type == EntityType::place) &&
                 (small.words.size() == 1 || particle_surname(small.words, large.words))) {
        // the full name comes first; a headline may use the short form before it
        fits = subset(small.words, large.words) &&
               (first_body_mention(large) <= first_body_mention(small) ||
                (large.typed && large.type == EntityType::person));
      }
      if (!fits) continue;
      if (best < 0 || better_long_form(large, records_[static_cast<std::size_t>(best)])) {
        best = static_cast<long>(l);
      }
    }
    if (best < 0) continue;
    Record& large = records_[static_cast<std::size_t>(best)];
    absorb(large, small);
    if (!large.typed) {
      large.typed = true;
      large.type = small.typed ? small.type : EntityType::person;
    }
    dead[s] = true;
  }
  std::vector<Record> kept;
  for (std::size_t i = 0; i < records_.size(); ++i) {
    if (!dead[i]) kept.push_back(std::move(records_[i]));
  }
  records_ = std::move(kept);
}

long EntityTable::find(std::string_view name) const {
  std::string key = strip_the(name_key(name));
  if (key.empty()) return -1;
  for (std::size_t i = 0; i < records_.size(); ++i) {
    const Record& r = records_[i];
    if (r.key == key) return static_cast<long>(i);
    for (const auto& a : r.aliases) {
      if (strip_the(name_key(a)) == key) return static_cast<long>(i);
    }
  }
  const auto words = key_words(key);
  long best = -1;
  for (std::size_t i = 0; i < records_.size(); ++i) {
    const Record& r = records_[i];
    if (r.typed && r.type != EntityType::person) continue;
    if (!subset(words, r.words)) continue;
    if (best < 0 || better_long_form(r, records_[static_cast<std::size_t>(best)])) {
      best = static_cast<long>(i);
    }
  }
  if (best >= 0) return best;
  for (std::size_t i = 0; i < records_.size(); ++i) {
    const Record& r = records_[i];
    if (!(r.typed && r.type == EntityType::organisation)) continue;
    if (!org_short_form(words, r.words)) continue;
    if (best < 0 || first_mention(r) < first_mention(records_[static_cast<std::size_t>(best)])) {
      best = static_cast<long>(i);
    }
  }
  return best;
}

long EntityTable::add_speaker(std::string_view name, bool org,
                              const std::vector<std::string>& roles, int para, std::size_t pos) {
  // "UK urges ...": a country speaking is still a place (the headline's speaker is the body's)
  const EntityType type = !org                                        ? EntityType::person
                          : lexicon().places.count(std::string(name)) ? EntityType::place
                                                                      : EntityType::organisation;
  long i = find(name);
  if (i < 0) {
    i = add(name, type, true, para, pos);
    if (i < 0) return -1;
  }
  Record& r = records_[static_cast<std::size_t>(i)];
  if (!r.typed) {
    r.typed = true;
    r.type = type;
  }
  // "The Jakarta Post" as the item writes it when the table lost the article
  if (name.rfind("The ", 0) == 0 && r.name.rfind("The ", 0) != 0 &&
      strip_the(name_key(name)) == r.key) {
    r.name = std::string(name);
  }
  for (const auto& role : roles) add_unique(r.roles, role);
  return i;
}

namespace {

// The record satisfying `ok` mentioned last before `pos`, else the one mentioned first anywhere
// (a description may come before the name it stands for); -1 when none.
template <typename Ok>
long mentioned_before_or_first(const std::vector<EntityTable::Record>& records, std::size_t pos,
                               Ok ok) {
  long best = -1;
  std::size_t best_pos = 0;
  long first = -1;
  std::size_t first_pos = 0;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const EntityTable::Record& r = records[i];
    if (!ok(r)) continue;
    for (std::size_t m : r.mentions) {
      if (m < pos && (best < 0 || m > best_pos)) {
        best = static_cast<long>(i);
        best_pos = m;
      }
      if (first < 0 || m < first_pos) {
        first = static_cast<long>(i);
        first_pos = m;
      }
    }
  }
  return best >= 0 ? best : first;
}

// A person the text has named fully or with a role ("Northamptonshire" alone is no person).
bool is_named_person(const EntityTable::Record& r) {
  return r.type == EntityType::person && r.typed && !(r.words.size() < 2 && r.roles.empty());
}

}  // namespace

long EntityTable::person_with_role(std::string_view role, std::size_t pos) const {
  const std::string wanted(role);
  return mentioned_before_or_first(records_, pos, [&](const Record& r) {
    return r.type == EntityType::person && contains_word(r.roles, wanted);
  });
}

long EntityTable::org_with_word(std::string_view head, std::size_t pos) const {
  const std::string wanted(head);
  return mentioned_before_or_first(records_, pos, [&](const Record& r) {
    return r.type == EntityType::organisation && r.typed && contains_word(r.words, wanted);
  });
}

long EntityTable::last_subject_person(std::size_t pos, std::size_t* where) const {
  return last_mention(pos, true, is_named_person, where);
}

long EntityTable::last_subject_org(std::size_t pos, std::size_t* where) const {
  return last_mention(
      pos, true, [](const Record& r) { return r.type == EntityType::organisation && r.typed; },
      where);
}

long EntityTable::last_named_source(std::size_t pos) const {
  return last_mention(
      pos, false,
      [](const Record& r) {
        if (r.typed && r.type != EntityType::organisation) return false;
        for (char c : r.name)
          if (c >= 'a' && c <= 'z') return true;
        return false;  // an acronym alone
      },
      nullptr);
}

long EntityTable::last_described_medium(std::size_t pos) const {
  const WordSet& media = lexicon().words("medium_descriptions");
  return last_mention(
      pos, false,
      [&](const Record& r) {
        if (r.type != EntityType::organisation) return false;
        for (const auto& role : r.roles)
          if (media.count(role)) return true;
        return false;
      },
      nullptr);
}

long EntityTable::last_mention(std::size_t pos, bool subject_only,
                               const std::function<bool(const Record&)>& ok,
                               std::size_t* where) const {
  long best = -1;
  std::size_t best_pos = 0;
  for (std::size_t i = 0; i < records_.size(); ++i) {
    const Record& r = records_[i];
    if (!ok(r)) continue;
    for (std::size_t m : subject_only ? r.subject_mentions : r.mentions) {
      if (m < pos && (best < 0 || m > best_pos)) {
        best = static_cast<long>(i);
        best_pos = m;
      }
    }
  }
  if (where) *where = best_pos;
  return best;
}

long EntityTable::last_person_at(std::size_t pos, std::size_t* where) const {
  return last_mention(pos, false, is_named_person, where);
}

long EntityTable::last_person(std::size_t pos) const {
  return last_mention(pos, false, is_named_person, nullptr);
}

std::vector<Entity> EntityTable::entities() const {
  std::vector<Entity> out;
  for (const Record& r : records_) {
    if (!r.typed) continue;
    Entity e;
    e.name = r.name;
    e.type = r.type;
    e.aliases = r.aliases;
    e.paras = r.paras;
    std::sort(e.paras.begin(), e.paras.end());
    e.paras.erase(std::unique(e.paras.begin(), e.paras.end()), e.paras.end());
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace verbatim::extract
