#include "query/parse/speaker_registry.h"

#include <algorithm>
#include <numeric>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "indexer/extract/lexicon.h"
#include "query/parse/speaker_groups.h"
#include "schema/cluster.h"
#include "schema/fields.h"
#include "schema/names.h"
#include "schema/synonyms.h"
#include "text/embedded_data.h"
#include "text/normalize.h"

namespace verbatim::query {
namespace registry_detail {

// A bare name goes to the one identity with that name part that takes this share of the
// statements of all identities having it ("Johnson": Boris 16, Gary 1 is not enough to tell).
constexpr double kNearlyAll = 0.9;

// The letters of an initialism as shown: capitals, dots and "&" ("USDA", "U.S.", "PG&E") or
// single capitals and "and" ("S and P"), 2 to 6 letters; "and" and "&" kept as '&' ("usda",
// "us", "pg&e", "s&p"); "" for any other form.
std::string initialism_letters(const std::string& shown) {
  std::istringstream in(shown);
  std::string letters;
  std::size_t count = 0;
  for (std::string word; in >> word;) {
    if (word == "and") {
      letters += '&';
      continue;
    }
    for (char c : word) {
      if (c >= 'A' && c <= 'Z') {
        letters += static_cast<char>(c - 'A' + 'a');
        ++count;
      } else if (c == '&') {
        letters += '&';
      } else if (c != '.') {
        return "";
      }
    }
  }
  return count >= 2 && count <= 6 ? letters : "";
}

// "new york" -> "New York": words [from, to) of a folded name as the gazetteer writes them
std::string capitalised_words(const std::vector<std::string>& words, std::size_t from,
                              std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    std::string w = words[i];
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
    out += w;
  }
  return out;
}

// Whether the words are a person's name by a given name of the gazetteer opening two or more
// ("ward mccarthy", "mario balletto").
bool given_name_first(const std::vector<std::string>& words) {
  return words.size() >= 2 && extract::lexicon().given_names.count(capitalised_words(words, 0, 1));
}

// "department of agriculture" -> "agriculture department": a reversible head followed by "of"
// and its field, the field first, as the name is also written ("United States Department of
// Agriculture" is the "United States Agriculture Department"); a field holding an organisation
// word is left ("Ministry of the Interior Police").
void put_head_last(std::vector<std::string>& words) {
  const extract::Lexicon& lex = extract::lexicon();
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    if (!lex.is("reversible_org_heads", words[i]) || words[i + 1] != "of") continue;
    std::size_t from = i + 2;
    if (lex.is("articles", words[from])) ++from;
    if (from == words.size()) return;
    for (std::size_t k = from; k < words.size(); ++k)
      if (lex.org_words.count(words[k])) return;
    std::vector<std::string> out(words.begin(), words.begin() + static_cast<long>(i));
    out.insert(out.end(), words.begin() + static_cast<long>(from), words.end());
    out.push_back(words[i]);
    words = std::move(out);
    return;
  }
}

// Unites group `g` with the one candidate identity of `roots` (root -> its statements), or
// with the one that has nearly all their statements; else leaves it apart.
void unite_with_dominant(std::size_t g, const std::map<std::size_t, Xapian::termcount>& roots,
                         UnionFind& uf) {
  if (roots.empty()) return;
  Xapian::termcount all = 0, best = 0;
  std::size_t best_root = 0;
  for (const auto& [root, n] : roots) {
    all += n;
    if (n > best) best = n, best_root = root;
  }
  if (roots.size() == 1 || best >= kNearlyAll * all) uf.unite(g, best_root);
}

}  // namespace registry_detail

using namespace registry_detail;

namespace {

constexpr std::string_view kUnknown = "unknown";
// Spelling variants are told only on words this long ("zelensky"/"zelenskyy", not "li"/"lu").
constexpr std::size_t kVariantLength = 6;
// A form with less than 1/kRareForm of the statements of an identity's most common form gives it
// no better kind of name to show ("Non-members Brazil" of 1 beside "Brazil" of 39), unless it is
// a firm's whole name ("Sears Roebuck and Co") or a person's ("Mario Balletto").
constexpr Xapian::termcount kRareForm = 10;

// Whether a and b are one edit (insertion, deletion, substitution, or two neighbouring letters
// swapped: "alleghney"/"allegheny") apart, or equal.
bool one_edit_apart(const std::string& a, const std::string& b) {
  if (a.size() > b.size()) return one_edit_apart(b, a);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() != b.size()) return a.compare(i, std::string::npos, b, i + 1) == 0;
  if (i == a.size() || a.compare(i + 1, std::string::npos, b, i + 1) == 0) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.compare(i + 2, std::string::npos, b, i + 2) == 0;
}

// Whether a and b are of one length and differ in one letter only ("goldman"/"goodman").
bool one_letter_changed(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  std::size_t diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff += a[i] != b[i];
  return diff == 1;
}

// The country a word shown is the initials of (capitals, maybe with dots: "US", "U.S."), or
// nullptr.
const std::string* country_of_initials(const std::string& shown) {
  std::string initials;
  for (char c : shown) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return nullptr;
    initials += c;
  }
  const auto& spelt = extract::lexicon().country_initialisms;
  const auto it = spelt.find(initials);
  return it == spelt.end() ? nullptr : &it->second;
}

// "US Agriculture Department", "U.S. Agriculture Department" -> "united states agriculture
// department", "U.S." -> "united states", "Volkswagen U.S. Inc" -> "volkswagen united states
// inc": a folded name whose shown first word is a country's initials, or another word is with
// dots, the country spelt out; else as it is.
std::string with_country_spelt(const SpeakerForm& form) {
  std::vector<std::string> shown, folded;
  std::istringstream a(form.display), b(form.folded);
  for (std::string w; a >> w;) shown.push_back(w);
  for (std::string w; b >> w;) folded.push_back(w);
  if (shown.size() != folded.size()) return form.folded;
  std::string out;
  for (std::size_t k = 0; k < shown.size(); ++k) {
    const bool may_be = k == 0 || shown[k].find('.') != std::string::npos;
    const std::string* country = may_be ? country_of_initials(shown[k]) : nullptr;
    out += (k ? " " : "") + (country ? text::fold_name(*country) : folded[k]);
  }
  return out;
}

// The identity words of a form as written, the country's initials spelt out (with_country_spelt).
std::vector<std::string> written_words(const SpeakerForm& form) {
  return identity_words(with_country_spelt(form));
}

std::string joined(const std::vector<std::string>& words) {
  std::string key;
  for (const std::string& w : words) key += w + " ";
  return key;
}

// The groups of data/query/speaker_forms.txt: the words of each form (joined) -> those of the
// group's first ("fed " -> {"federal", "reserve"}).
const std::map<std::string, std::vector<std::string>>& listed_forms() {
  static const std::map<std::string, std::vector<std::string>> by_form = [] {
    std::map<std::string, std::vector<std::string>> out;
    std::vector<std::string> problems;
    for (const schema::SynonymGroup& group :
         schema::parse_synonym_groups(data::file("query/speaker_forms.txt"), problems)) {
      const std::vector<std::string> first = identity_words(text::fold_name(group.front()));
      for (const std::string& form : group)
        out[joined(identity_words(text::fold_name(form)))] = first;
    }
    return out;
  }();
  return by_form;
}

std::vector<Group> group_forms(const std::vector<SpeakerForm>& forms) {
  std::map<std::string, std::size_t> by_key;
  std::vector<Group> groups;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const std::vector<std::string> written = written_words(forms[i]);
    std::vector<std::string> words = written;  // an organisation's written the one way
    put_head_last(words);
    // "Fed" is "Federal Reserve" (data/query/speaker_forms.txt)
    const auto listed = listed_forms().find(joined(words));
    if (listed != listed_forms().end()) words = listed->second;
    std::string key = joined(words);
    if (words.empty()) key = forms[i].folded;
    auto [it, added] = by_key.emplace(key, groups.size());
    if (added) {
      Group g;
      g.ordered = words;
      std::sort(words.begin(), words.end());
      g.words = std::move(words);
      g.unknown = forms[i].folded == kUnknown;
      if (!g.unknown) g.initialism = initialism_letters(forms[i].display);
      groups.push_back(std::move(g));
    }
    Group& g = groups[it->second];
    g.listed = listed != listed_forms().end();
    // "U.S." with "United States": a group written out too is a name, not an initialism
    if (initialism_letters(forms[i].display).empty()) g.initialism.clear();
    g.forms.push_back(i);
    g.statements += forms[i].statements;
    if (std::find(g.writings.begin(), g.writings.end(), written) == g.writings.end())
      g.writings.push_back(written);
  }
  return groups;
}

// Zelensky/Zelenskyy: names of the same words but one long word spelt one letter apart.
void unite_spelling_variants(const std::vector<Group>& groups, UnionFind& uf) {
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> buckets;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::vector<std::string>& w = groups[g].words;
    if (groups[g].unknown) continue;
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (w[i].size() < kVariantLength + (w.size() == 1)) continue;
      std::string signature = std::to_string(w.size()) + "|" + w[i].substr(0, 2);
      for (std::size_t j = 0; j < w.size(); ++j)
        if (j != i) signature += "|" + w[j];
      buckets[signature].emplace_back(g, i);
    }
  }
  for (const auto& [signature, members] : buckets)
    for (std::size_t a = 0; a < members.size(); ++a)
      for (std::size_t b = a + 1; b < members.size(); ++b) {
        const std::string& x = groups[members[a].first].words[members[a].second];
        const std::string& y = groups[members[b].first].words[members[b].second];
        // a name of one word with one letter changed is as often another name ("Goldman",
        // "Goodman"): only a letter added, dropped or swapped with its neighbour
        const bool one_word = groups[members[a].first].words.size() == 1;
        if (one_edit_apart(x, y) && !(one_word && one_letter_changed(x, y)))
          uf.unite(members[a].first, members[b].first);
      }
}

// A longer name that may stand for a shorter one as a person's full name does for the surname
// ("Donald Trump" for "Trump", "Recep Tayyip Erdogan" for "Erdogan": the shorter is its end;
// "Xi Jinping" for "Xi", a surname written first: its start) or for the given name ("Narendra
// Modi" for "Narendra", a given name of the gazetteer: its start).
// What it adds are no organisation words nor connectors: "Trump administration" is not Trump,
// "United States Commission on ..." is not the United States, "CNN Philippines" not CNN.
bool stands_for(const Group& shorter, const Group& longer) {
  const extract::Lexicon& lex = extract::lexicon();
  const std::vector<std::string>& s = shorter.ordered;
  const std::vector<std::string>& l = longer.ordered;
  if (l.size() <= s.size()) return false;
  const bool at_start = s.size() == 1 && s.front() == l.front();
  // a surname is the end ("Trump"), or the start of a name written surname first ("Xi" of "Xi
  // Jinping", whose end "Jinping" is a given name)
  const bool surname = lex.is("surname_first", l.front())
                           ? at_start
                           : std::equal(s.begin(), s.end(), l.end() - static_cast<long>(s.size()));
  std::string given = s.front();
  if (!given.empty()) given[0] = static_cast<char>(given[0] - 'a' + 'A');
  const bool given_name =
      at_start && given[0] >= 'A' && given[0] <= 'Z' && lex.given_names.count(given);
  if (!surname && !given_name) return false;
  // "New York Fed" is the Fed of a place, not the Fed's full name
  if (surname && !at_start && lex.places.count(capitalised_words(l, 0, l.size() - s.size())))
    return false;
  for (const std::string& w : l)
    if (lex.org_words.count(w) || lex.is("name_connectors", w)) return false;
  return true;
}

// "United States Agriculture Department" for "Agriculture Department": a department or ministry
// (reversible_org_heads) is some country's, and a longer name that only puts a place or a
// nationality before it may be its full name ("New York Fed" is not the Fed's: no department);
// see department_of_place for when it is.
bool place_before_department(const Group& shorter, const Group& longer) {
  const extract::Lexicon& lex = extract::lexicon();
  const std::vector<std::string>& s = shorter.ordered;
  const std::vector<std::string>& l = longer.ordered;
  if (s.empty() || l.size() <= s.size() || !lex.is("reversible_org_heads", s.back()) ||
      !std::equal(s.begin(), s.end(), l.end() - static_cast<long>(s.size())))
    return false;
  const std::string before = capitalised_words(l, 0, l.size() - s.size());
  return lex.places.count(before) || lex.nationalities.count(before);
}

// Whether `longer` begins with the words of `shorter`, the last of them maybe with the
// possessive of a firm's name ("moody" of "moodys investors service inc", shown "Moody's ...").
bool begins_with(const Group& shorter, const Group& longer, const std::vector<SpeakerForm>& forms) {
  const std::vector<std::string>& s = shorter.ordered;
  const std::vector<std::string>& l = longer.ordered;
  if (l.size() <= s.size() || !std::equal(s.begin(), s.end() - 1, l.begin())) return false;
  const std::string& last = l[s.size() - 1];
  if (last == s.back()) return true;
  if (last != s.back() + "s") return false;
  const std::string& shown = forms[longer.forms.front()].display;
  return shown.find("'s") != std::string::npos || shown.find("\xE2\x80\x99s") != std::string::npos;
}

// Names ending in a legal form by their first word ("chrysler" -> "Chrysler Corp", ...).
using FirmsByFirstWord = std::unordered_map<std::string, std::vector<std::size_t>>;

FirmsByFirstWord firms_by_first_word(const std::vector<Group>& groups) {
  const extract::Lexicon& lex = extract::lexicon();
  FirmsByFirstWord by_first;
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (!groups[g].unknown && groups[g].ordered.size() >= 2 &&
        lex.is("legal_forms", groups[g].ordered.back()))
      by_first[groups[g].ordered.front()].push_back(g);
  return by_first;
}

// "General Motors" for "General Motors Corp", "Chrysler" for "Chrysler Corp", "Moody" for
// "Moody's Investors Service Inc": the longer names ending in a legal form that a firm's name
// stands for, added to `roots` (root -> statements): any such name when it only adds the legal
// form, else for a name of one word (no place, nationality nor given name) what adds no place
// ("Chrysler Canada Ltd" is a subsidiary).
void add_firm_names(std::size_t g, const std::vector<Group>& groups,
                    const std::vector<SpeakerForm>& forms, const FirmsByFirstWord& by_first,
                    UnionFind& uf, std::map<std::size_t, Xapian::termcount>& roots) {
  const extract::Lexicon& lex = extract::lexicon();
  const std::vector<std::string>& s = groups[g].ordered;
  if (s.empty() || !groups[g].initialism.empty()) return;
  // "The Times", "The Post": a one-word name after "the" is a paper's, no firm's short name
  const std::string& shown = forms[groups[g].forms.front()].display;
  if (s.size() == 1 && (shown.rfind("The ", 0) == 0 || shown.rfind("the ", 0) == 0)) return;
  const std::string written = capitalised_words(s, 0, s.size());
  const bool single_firm_word = s.size() == 1 && !lex.places.count(written) &&
                                !lex.nationalities.count(written) &&
                                !lex.given_names.count(written);
  for (const std::string& first : {s.front(), s.front() + "s"}) {
    auto it = by_first.find(first);
    if (it == by_first.end()) continue;
    for (std::size_t h : it->second) {
      const std::vector<std::string>& l = groups[h].ordered;
      if (h == g || !begins_with(groups[g], groups[h], forms)) continue;
      std::size_t end = l.size();
      while (end > s.size() && lex.is("legal_forms", l[end - 1])) --end;
      bool ok = end == s.size();
      if (!ok && single_firm_word) {
        ok = !lex.is("name_connectors", l[s.size()]);
        for (std::size_t k = s.size(); k < end && ok; ++k)
          ok = !lex.places.count(capitalised_words(l, k, k + 1)) &&
               !lex.places.count(capitalised_words(l, k, end));
      }
      if (ok) roots[uf.find(h)] += groups[h].statements;
    }
  }
}

// A one-word form written mostly in capitals ("IBM", "BAe", not "McCain"): an abbreviation,
// never a person's surname ("BAe" is not Rha Woong Bae).
bool abbreviation(const Group& g, const std::vector<SpeakerForm>& forms) {
  if (g.ordered.size() != 1) return false;
  const std::string& shown = forms[g.forms.front()].display;
  std::size_t capitals = 0, letters = 0;
  for (char c : shown) {
    capitals += c >= 'A' && c <= 'Z';
    letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
  return capitals >= 2 && 2 * capitals >= letters;
}

// The statements of the identity group `g` belongs to so far.
Xapian::termcount identity_statements(std::size_t g, const std::vector<Group>& groups,
                                      UnionFind& uf) {
  const std::size_t root = uf.find(g);
  Xapian::termcount n = 0;
  for (std::size_t h = 0; h < groups.size(); ++h)
    if (uf.find(h) == root) n += groups[h].statements;
  return n;
}

// A place's department for a bare one (place_before_department) when that is how the corpus
// mostly names it, with as many statements or more: a bare "Defence Ministry" (and "Defense
// Ministry") more common than "French Defence Ministry" is of several countries.
bool department_of_place(std::size_t g, std::size_t h, const std::vector<Group>& groups,
                         UnionFind& uf) {
  return place_before_department(groups[g], groups[h]) &&
         identity_statements(h, groups, uf) >= identity_statements(g, groups, uf);
}

// "Trump" -> "Donald Trump": a name whose words are all in longer names goes with them when they
// are one identity, or one takes nearly all their statements; the same for a firm's name and
// its full names (add_firm_names), persons and firms together ("Baker" is James Baker's when he
// has nearly all the statements of "Baker" names, Baker Hughes Inc included; "Ford" stays apart
// when Jeremy Ford and Ford Motor Co have about as many). Longest names first, so that
// "Donald Trump" has joined "Donald John Trump" before "Trump" looks.
void unite_short_forms(const std::vector<Group>& groups, const std::vector<SpeakerForm>& forms,
                       UnionFind& uf) {
  const FirmsByFirstWord firms = firms_by_first_word(groups);
  std::unordered_map<std::string, std::vector<std::size_t>> by_word;
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (!groups[g].unknown)
      for (const std::string& w : groups[g].words) by_word[w].push_back(g);
  std::vector<std::size_t> order(groups.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return groups[a].words.size() > groups[b].words.size();
  });
  for (std::size_t g : order) {
    const Group& shorter = groups[g];
    if (shorter.unknown || shorter.words.empty()) continue;
    const std::vector<std::size_t>* fewest = nullptr;
    for (const std::string& w : shorter.words)
      if (!fewest || by_word[w].size() < fewest->size()) fewest = &by_word[w];
    std::map<std::size_t, Xapian::termcount> roots;  // candidate identity -> its statements
    if (!abbreviation(shorter, forms)) {
      for (std::size_t h : *fewest)
        if (groups[h].words.size() > shorter.words.size() &&
            (stands_for(shorter, groups[h]) || department_of_place(g, h, groups, uf)))
          roots[uf.find(h)] += groups[h].statements;
    }
    add_firm_names(g, groups, forms, firms, uf, roots);
    unite_with_dominant(g, roots, uf);
  }
}

// Whether the words are a person's name as far as a name can tell: two or three words, none an
// organisation word, legal form, connector, place or nationality ("ward mccarthy", not "union
// bank" or "general motors").
bool person_like(const std::vector<std::string>& words) {
  const extract::Lexicon& lex = extract::lexicon();
  if (words.size() < 2 || words.size() > 3) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    const std::string shown = capitalised_words(words, k, k + 1);
    if (lex.org_words.count(w) || lex.is("legal_forms", w) || lex.is("name_connectors", w) ||
        lex.places.count(shown) || lex.nationalities.count(shown))
      return false;
  }
  return true;
}

// "Ward McCarthy of Merrill Lynch Capital Markets Inc" -> the group of "Ward McCarthy": a
// person's name glued to whom they work for by "of", when the corpus has the name alone too;
// groups.size() when not so.
std::size_t person_before_of(const Group& g,
                             const std::map<std::vector<std::string>, std::size_t>& by_ordered,
                             std::size_t none) {
  const auto of = std::find(g.ordered.begin(), g.ordered.end(), "of");
  if (of == g.ordered.end() || of + 1 == g.ordered.end()) return none;
  const std::vector<std::string> person(g.ordered.begin(), of);
  if (!person_like(person)) return none;
  const auto it = by_ordered.find(person);
  return it == by_ordered.end() ? none : it->second;
}

// The groups that are a person glued to an affiliation (person_before_of), and their person's.
std::vector<std::size_t> affiliated_persons(const std::vector<Group>& groups) {
  std::map<std::vector<std::string>, std::size_t> by_ordered;
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (!groups[g].unknown) by_ordered.emplace(groups[g].ordered, g);
  std::vector<std::size_t> out(groups.size(), groups.size());
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (!groups[g].unknown) out[g] = person_before_of(groups[g], by_ordered, groups.size());
  return out;
}

// A person's statements where the corpus glues the name to an affiliation go with the person's
// ("Ward McCarthy of Merrill Lynch Capital Markets Inc" with "Ward McCarthy").
void unite_affiliated_persons(const std::vector<std::size_t>& person_of, UnionFind& uf) {
  for (std::size_t g = 0; g < person_of.size(); ++g)
    if (person_of[g] < person_of.size()) uf.unite(g, person_of[g]);
}

// The name an identity is shown by: a name over an initialism ("Standard and Poor's Corp" over
// "S and P"), a full name over one word ("Donald Trump" over "Trump"); of the forms of that
// best class, the fullest (most name words) of those with a quarter of the most common one's
// statements or more, then the most common, then the plainest ("Donald Trump" over "Donald J.
// Trump"; "James Baker" over a form with a misspelt title glued to it that few statements have).
std::size_t display_form(const std::vector<std::size_t>& list, const std::vector<Group>& groups,
                         const std::vector<std::size_t>& group_of,
                         const std::vector<SpeakerForm>& forms,
                         const std::vector<std::size_t>& person_of) {
  // a listed name is shown as the list writes it first ("Federal Reserve", not "Fed")
  for (std::size_t f : list) {
    const Group& g = groups[group_of[f]];
    if (g.listed && written_words(forms[f]) == g.ordered) return f;
  }
  auto display_class = [&](std::size_t f) {
    const std::size_t g = group_of[f];
    return std::make_tuple(!initialism_letters(forms[f].display).empty(),
                           person_of[g] < groups.size(), groups[g].words.size() < 2);
  };
  // a better class counts for forms not too rare beside the most common one (list.front()):
  // a glued "Non-members Brazil" of one statement does not show "Brazil" of 39
  const extract::Lexicon& lex = extract::lexicon();
  auto trusted = [&](std::size_t f) {  // a firm's whole name, a person's name by a given name
    const std::vector<std::string>& w = groups[group_of[f]].ordered;
    return kRareForm * forms[f].statements >= forms[list.front()].statements ||
           (w.size() >= 2 && lex.is_legal_form(w.back())) || given_name_first(w);
  };
  auto best_class = display_class(list.front());
  for (std::size_t f : list)
    if (trusted(f)) best_class = std::min(best_class, display_class(f));
  Xapian::termcount top = 0;
  for (std::size_t f : list)
    if (display_class(f) == best_class) top = std::max(top, forms[f].statements);
  auto order = [&](std::size_t f) {
    return std::make_tuple(-static_cast<long>(groups[group_of[f]].words.size()),
                           -static_cast<long>(forms[f].statements), forms[f].folded.size(),
                           forms[f].folded);
  };
  std::size_t chosen = list.size();
  for (std::size_t f : list) {
    if (display_class(f) != best_class || 4 * forms[f].statements < top) continue;
    if (chosen == list.size() || order(f) < order(chosen)) chosen = f;
  }
  return chosen;
}

}  // namespace

std::vector<std::string> identity_words(const std::string& folded) {
  std::string plain = text::without_diacritics(folded);
  for (char& c : plain)
    if (c == '.' || c == ',' || c == '-' || c == '&') c = ' ';
  std::vector<std::string> all;
  std::istringstream in(plain);
  for (std::string w; in >> w;) all.push_back(w);
  // initials do not count ("donald j. trump"), unless the name is initials ("s and p", "s&p")
  std::vector<std::string> out;
  for (const std::string& w : all)
    if (w.size() > 1) out.push_back(w);
  const extract::Lexicon& lex = extract::lexicon();
  const bool only_connectors = std::all_of(
      out.begin(), out.end(), [&](const std::string& w) { return lex.is("name_connectors", w); });
  if (only_connectors && all.size() > out.size()) {
    out.clear();
    for (const std::string& w : all)
      if (!lex.is("name_connectors", w)) out.push_back(w);
  }
  // "The China Daily" is "China Daily"
  if (out.size() > 1 && out.front() == "the") out.erase(out.begin());
  return out;
}

SpeakerRegistry::SpeakerRegistry(std::vector<SpeakerForm> forms, const InitialismsSeen& seen) {
  const std::vector<Group> groups = group_forms(forms);
  std::vector<std::size_t> group_of(forms.size());
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (std::size_t f : groups[g].forms) group_of[f] = g;
  UnionFind uf(groups.size());
  const std::vector<std::size_t> person_of = affiliated_persons(groups);
  unite_affiliated_persons(person_of, uf);
  unite_spelling_variants(groups, uf);
  unite_short_forms(groups, forms, uf);
  unite_initialisms(groups, forms, seen, uf);
  unite_initialism_openings(groups, forms, uf);
  std::map<std::size_t, std::vector<std::size_t>> members;  // root -> forms
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (std::size_t f : groups[g].forms) members[uf.find(g)].push_back(f);
  for (auto& [root, list] : members) {
    std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      return forms[a].statements > forms[b].statements;
    });
    SpeakerIdentity id;
    for (std::size_t f : list) {
      id.forms.push_back(forms[f].folded);
      id.statements += forms[f].statements;
    }
    const std::size_t fullest = display_form(list, groups, group_of, forms, person_of);
    id.folded = forms[fullest].folded;
    id.display = forms[fullest].display;
    identities_.push_back(std::move(id));
  }
  std::stable_sort(identities_.begin(), identities_.end(),
                   [](const SpeakerIdentity& a, const SpeakerIdentity& b) {
                     return a.statements > b.statements;
                   });
  for (std::size_t i = 0; i < identities_.size(); ++i)
    for (const std::string& f : identities_[i].forms) identity_by_form_[f] = i;
  for (SpeakerForm& f : forms) display_by_form_[f.folded] = std::move(f.display);
}

SpeakerRegistry SpeakerRegistry::of(const Xapian::Database& db) {
  const std::string prefix = schema::prefix_of(schema::Id::speaker);
  std::vector<SpeakerForm> forms;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    SpeakerForm f;
    f.folded = (*it).substr(prefix.size());
    f.display = schema::display_name(db, *it);
    if (f.display.empty()) f.display = f.folded;
    f.statements = db.get_collection_freq(*it);
    forms.push_back(std::move(f));
  }
  const InitialismsSeen seen = initialisms_seen(db, forms);
  return SpeakerRegistry(std::move(forms), seen);
}

const SpeakerIdentity* SpeakerRegistry::identity_of(const std::string& folded_form) const {
  auto it = identity_by_form_.find(folded_form);
  return it == identity_by_form_.end() ? nullptr : &identities_[it->second];
}

const std::string& SpeakerRegistry::display_of_form(const std::string& folded_form) const {
  static const std::string none;
  auto it = display_by_form_.find(folded_form);
  return it == display_by_form_.end() ? none : it->second;
}

}  // namespace verbatim::query
