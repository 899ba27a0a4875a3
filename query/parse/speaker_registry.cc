#include "query/parse/speaker_registry.h"

#include <algorithm>
#include <numeric>
#include <sstream>
#include <unordered_map>

#include "indexer/extract/lexicon.h"
#include "schema/cluster.h"
#include "schema/fields.h"
#include "schema/names.h"
#include "text/normalize.h"

namespace verbatim::query {
namespace {

constexpr std::string_view kUnknown = "unknown";
// A bare name goes to the one identity with that name part that takes this share of the
// statements of all identities having it ("Johnson": Boris 16, Gary 1 is not enough to tell).
constexpr double kNearlyAll = 0.9;
// Spelling variants are told only on words this long ("zelensky"/"zelenskyy", not "li"/"lu").
constexpr std::size_t kVariantLength = 6;

// Whether a and b are one edit (insertion, deletion, substitution) apart, or equal.
bool one_edit_apart(const std::string& a, const std::string& b) {
  if (a.size() > b.size()) return one_edit_apart(b, a);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size())
    return i == a.size() || a.compare(i + 1, std::string::npos, b, i + 1) == 0;
  return a.compare(i, std::string::npos, b, i + 1) == 0;
}

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void unite(std::size_t a, std::size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<std::size_t> parent_;
};

// Forms with the same identity words: case, diacritics and initials folded.
struct Group {
  std::vector<std::string> ordered;  // as in the name
  std::vector<std::string> words;    // sorted for subset tests
  std::vector<std::size_t> forms;
  Xapian::termcount statements = 0;
  bool unknown = false;
};

std::vector<Group> group_forms(const std::vector<SpeakerForm>& forms) {
  std::map<std::string, std::size_t> by_key;
  std::vector<Group> groups;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    std::vector<std::string> words = identity_words(forms[i].folded);
    std::string key;
    for (const std::string& w : words) key += w + " ";
    if (words.empty()) key = forms[i].folded;
    auto [it, added] = by_key.emplace(key, groups.size());
    if (added) {
      Group g;
      g.ordered = words;
      std::sort(words.begin(), words.end());
      g.words = std::move(words);
      g.unknown = forms[i].folded == kUnknown;
      groups.push_back(std::move(g));
    }
    groups[it->second].forms.push_back(i);
    groups[it->second].statements += forms[i].statements;
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
      for (std::size_t b = a + 1; b < members.size(); ++b)
        if (one_edit_apart(groups[members[a].first].words[members[a].second],
                           groups[members[b].first].words[members[b].second]))
          uf.unite(members[a].first, members[b].first);
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
  for (const std::string& w : l)
    if (lex.org_words.count(w) || lex.is("name_connectors", w)) return false;
  return true;
}

// "Trump" -> "Donald Trump": a name whose words are all in longer names goes with them when they
// are one identity, or one takes nearly all their statements. Longest names first, so that
// "Donald Trump" has joined "Donald John Trump" before "Trump" looks.
void unite_short_forms(const std::vector<Group>& groups, UnionFind& uf) {
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
    for (std::size_t h : *fewest) {
      if (groups[h].words.size() <= shorter.words.size() || !stands_for(shorter, groups[h]))
        continue;
      roots[uf.find(h)] += groups[h].statements;
    }
    if (roots.empty()) continue;
    Xapian::termcount all = 0, best = 0;
    std::size_t best_root = 0;
    for (const auto& [root, n] : roots) {
      all += n;
      if (n > best) best = n, best_root = root;
    }
    if (roots.size() == 1 || best >= kNearlyAll * all) uf.unite(g, best_root);
  }
}

// The name an identity is shown by: the fullest form (most name words), of those the most
// common, then the plainest ("Donald Trump" before "Donald J. Trump").
bool fuller(const SpeakerForm& a, const SpeakerForm& b) {
  const std::size_t wa = identity_words(a.folded).size(), wb = identity_words(b.folded).size();
  if (wa != wb) return wa > wb;
  if (a.statements != b.statements) return a.statements > b.statements;
  if (a.folded.size() != b.folded.size()) return a.folded.size() < b.folded.size();
  return a.folded < b.folded;
}

}  // namespace

std::vector<std::string> identity_words(const std::string& folded) {
  std::string plain = text::without_diacritics(folded);
  for (char& c : plain)
    if (c == '.' || c == ',' || c == '-') c = ' ';
  std::vector<std::string> out;
  std::istringstream in(plain);
  for (std::string w; in >> w;)
    if (w.size() > 1) out.push_back(w);
  return out;
}

SpeakerRegistry::SpeakerRegistry(std::vector<SpeakerForm> forms) {
  const std::vector<Group> groups = group_forms(forms);
  UnionFind uf(groups.size());
  unite_spelling_variants(groups, uf);
  unite_short_forms(groups, uf);
  std::map<std::size_t, std::vector<std::size_t>> members;  // root -> forms
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (std::size_t f : groups[g].forms) members[uf.find(g)].push_back(f);
  for (auto& [root, list] : members) {
    std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      return forms[a].statements > forms[b].statements;
    });
    SpeakerIdentity id;
    std::size_t fullest = list.front();
    for (std::size_t f : list) {
      id.forms.push_back(forms[f].folded);
      id.statements += forms[f].statements;
      if (fuller(forms[f], forms[fullest])) fullest = f;
    }
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
  return SpeakerRegistry(std::move(forms));
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
