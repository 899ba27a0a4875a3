// What initialisms stand for in the speaker registry: "SEC" is the Securities and Exchange
// Commission when the corpus spells it out so, "S and P" the one identity its letters
// abbreviate, "EC Commission" the European Community Commission. The groups and the union-find
// are the registry's (speaker_groups.h).
#include <algorithm>
#include <unordered_map>

#include "indexer/extract/lexicon.h"
#include "query/parse/speaker_groups.h"
#include "schema/fields.h"

namespace verbatim::query::registry_detail {
namespace {

// What an initialism stands for is read from this many of the paragraphs giving it as an alias.
constexpr std::size_t kSeenParagraphs = 64;

// Adds to `out` the initialisms a name of several words is written as: the first letters of its
// words but connectors, with and without its legal form, and with its "and" as '&' ("Standard and
// Poor's Corp": "spc", "sp", "s&pc", "s&p"); none for a person's name (a given name of the
// gazetteer first).
void add_initials(const std::vector<std::string>& w, std::vector<std::string>& out) {
  const extract::Lexicon& lex = extract::lexicon();
  if (w.size() < 2 || given_name_first(w)) return;
  std::size_t end = w.size();  // without the legal forms ("Onyx Petroleum Exploration Co Ltd")
  while (end > 1 && lex.is("legal_forms", w[end - 1])) --end;
  for (std::size_t upto : {w.size(), end}) {
    std::string plain, marked;
    for (std::size_t k = 0; k < upto; ++k) {
      if (w[k] == "and") marked += '&';
      if (lex.is("name_connectors", w[k])) continue;
      plain += w[k][0];
      marked += w[k][0];
    }
    if (plain.size() < 2) continue;
    for (const std::string& i : {plain, marked})
      if (std::find(out.begin(), out.end(), i) == out.end()) out.push_back(i);
  }
}

// ... of every way the group's forms are written ("usda" of "United States Department of
// Agriculture", one group with "United States Agriculture Department").
std::vector<std::string> initials_of(const Group& g) {
  std::vector<std::string> out;
  for (const std::vector<std::string>& w : g.writings) add_initials(w, out);
  return out;
}

// Of the entity names seen with an initialism, the words of those that spell its letters
// out, or whose end does ("u.s. securities and exchange commission" for "sec"), the end alone,
// written the one way (put_head_last).
std::vector<std::vector<std::string>> spelt_out(const std::string& letters,
                                                const std::vector<std::string>& seen) {
  std::vector<std::vector<std::string>> out;
  for (const std::string& name : seen) {
    const std::vector<std::string> words = identity_words(name);
    for (std::size_t from = 0; from + 2 <= words.size(); ++from) {
      std::vector<std::string> end(words.begin() + static_cast<long>(from), words.end());
      std::vector<std::string> initials;
      add_initials(end, initials);
      if (std::find(initials.begin(), initials.end(), letters) == initials.end()) continue;
      put_head_last(end);
      out.push_back(std::move(end));
      break;
    }
  }
  return out;
}

// The candidates of `from` that are what the corpus spells an initialism out as, when it does
// (`seen`: the entity names given with it); else all of them.
std::vector<std::size_t> attested(const std::string& letters, const std::vector<std::size_t>& from,
                                  const std::vector<std::string>* seen,
                                  const std::vector<Group>& groups) {
  const std::vector<std::vector<std::string>> spellings =
      seen ? spelt_out(letters, *seen) : std::vector<std::vector<std::string>>{};
  if (spellings.empty()) return from;
  std::vector<std::size_t> out;
  for (std::size_t h : from)
    if (std::find(spellings.begin(), spellings.end(), groups[h].ordered) != spellings.end())
      out.push_back(h);
  return out;
}

// The entity names the corpus gives with one of the group's forms as an initialism, or nullptr.
const std::vector<std::string>* seen_with(const Group& g, const std::vector<SpeakerForm>& forms,
                                          const InitialismsSeen& seen) {
  for (std::size_t f : g.forms)
    if (auto it = seen.find(forms[f].folded); it != seen.end()) return &it->second;
  return nullptr;
}

// The letters of a name's opening initialism and the identity words after it ("EC Commission":
// "ec", {"commission"}); no letters when the name opens otherwise or goes on with no more than
// a legal form.
std::pair<std::string, std::vector<std::string>> opening_initialism(const SpeakerForm& form) {
  const std::size_t shown_space = form.display.find(' ');
  const std::size_t folded_space = form.folded.find(' ');
  if (shown_space == std::string::npos || folded_space == std::string::npos) return {};
  std::string letters = initialism_letters(form.display.substr(0, shown_space));
  std::vector<std::string> rest = identity_words(form.folded.substr(folded_space + 1));
  const extract::Lexicon& lex = extract::lexicon();
  // "CBS Inc" says no more than "CBS": which "C. B. S. Inc" it is, is not told
  if (letters.empty() || std::all_of(rest.begin(), rest.end(), [&](const std::string& w) {
        return lex.is("legal_forms", w);
      }))
    return {};
  return {std::move(letters), std::move(rest)};
}

// The first letters of words [0, end) but connectors ("european community": "ec").
std::string initials_up_to(const std::vector<std::string>& words, std::size_t end) {
  const extract::Lexicon& lex = extract::lexicon();
  std::string out;
  for (std::size_t k = 0; k < end; ++k)
    if (!lex.is("name_connectors", words[k])) out += words[k][0];
  return out;
}

}  // namespace

// "S and P" -> "Standard and Poor's Corp", "OECD" -> "Organisation for Economic Cooperation and
// Development": an initialism goes with the identity whose name it abbreviates, when that is
// one identity or one takes nearly all the statements of those it could abbreviate. Where an
// item spells the letters out ("the Securities and Exchange Commission (SEC)", `seen`), only
// the names it gives count: "SEC" goes with that commission though Seiko Epson Corp has the
// same initials, and "NBC" of "National Broadcasting Co (NBC)" is not National Bank of Canada.
void unite_initialisms(const std::vector<Group>& groups, const std::vector<SpeakerForm>& forms,
                       const InitialismsSeen& seen, UnionFind& uf) {
  std::unordered_map<std::string, std::vector<std::size_t>> by_initials;
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (!groups[g].unknown && groups[g].initialism.empty())
      for (const std::string& i : initials_of(groups[g])) by_initials[i].push_back(g);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].unknown) continue;
    const std::string& letters = groups[g].initialism;
    auto it = letters.empty() ? by_initials.end() : by_initials.find(letters);
    if (it == by_initials.end()) continue;
    std::map<std::size_t, Xapian::termcount> roots;
    for (std::size_t h : attested(letters, it->second, seen_with(groups[g], forms, seen), groups))
      roots[uf.find(h)] += groups[h].statements;
    unite_with_dominant(g, roots, uf);
  }
}

// "EC Commission" -> "European Community Commission": a name opening with an initialism goes
// with the identity whose name opens with the words it abbreviates and goes on with the same
// words, when that is one identity or one takes nearly all their statements.
void unite_initialism_openings(const std::vector<Group>& groups,
                               const std::vector<SpeakerForm>& forms, UnionFind& uf) {
  std::unordered_map<std::string, std::vector<std::size_t>> by_last_word;
  for (std::size_t g = 0; g < groups.size(); ++g)
    if (!groups[g].unknown && groups[g].ordered.size() >= 3)
      by_last_word[groups[g].ordered.back()].push_back(g);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].unknown) continue;
    const auto [letters, rest] = opening_initialism(forms[groups[g].forms.front()]);
    auto it = letters.empty() ? by_last_word.end() : by_last_word.find(rest.back());
    if (it == by_last_word.end()) continue;
    std::map<std::size_t, Xapian::termcount> roots;
    for (std::size_t h : it->second) {
      const std::vector<std::string>& l = groups[h].ordered;
      if (h == g || l.size() < rest.size() + 2) continue;
      const std::size_t opening = l.size() - rest.size();
      if (std::equal(rest.begin(), rest.end(), l.begin() + static_cast<long>(opening)) &&
          initials_up_to(l, opening) == letters)
        roots[uf.find(h)] += groups[h].statements;
    }
    unite_with_dominant(g, roots, uf);
  }
}

// The InitialismsSeen of the index's initialism forms: the entity names (`XE`) of the
// paragraphs holding the form as an alias (`XA`), from the first kSeenParagraphs of them.
InitialismsSeen initialisms_seen(const Xapian::Database& db,
                                 const std::vector<SpeakerForm>& forms) {
  const std::string alias = schema::prefix_of(schema::Id::alias);
  const std::string entity = schema::prefix_of(schema::Id::entity);
  InitialismsSeen seen;
  for (const SpeakerForm& f : forms) {
    const std::string term = alias + f.folded;
    if (initialism_letters(f.display).empty() || db.get_termfreq(term) == 0) continue;
    std::vector<std::string>& names = seen[f.folded];
    std::size_t read = 0;
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term) && read < kSeenParagraphs;
         ++p, ++read) {
      auto t = db.termlist_begin(*p);
      for (t.skip_to(entity); t != db.termlist_end(*p) && (*t).rfind(entity, 0) == 0; ++t) {
        std::string name = (*t).substr(entity.size());
        if (name != f.folded && std::find(names.begin(), names.end(), name) == names.end())
          names.push_back(std::move(name));
      }
    }
  }
  return seen;
}

}  // namespace verbatim::query::registry_detail
