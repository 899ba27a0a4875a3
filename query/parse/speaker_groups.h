// The pieces the speaker registry's files share (speaker_registry.cc groups forms and unites
// them into identities; speaker_initialisms.cc reads what initialisms stand for): the groups
// of forms, the union-find over them and the word helpers both use. Internal to query/parse.
#pragma once

#include <xapian.h>

#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "query/parse/speaker_registry.h"

namespace verbatim::query::registry_detail {

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
  std::vector<std::string> ordered;  // as in the name, written the one way (form_words)
  // each form's words as written ("department of agriculture"), for its initials
  std::vector<std::vector<std::string>> writings;
  std::vector<std::string> words;  // sorted for subset tests
  std::vector<std::size_t> forms;
  Xapian::termcount statements = 0;
  bool unknown = false;
  std::string initialism;  // its letters when the name is an initialism ("s&p"), else ""
  bool listed = false;     // its name is a group of data/query/speaker_forms.txt
};

// The letters of an initialism as shown ("USDA" -> "usda", "S and P" -> "s&p"), "" for any other
// form.
std::string initialism_letters(const std::string& shown);

// "new york" -> "New York": words [from, to) of a folded name as the gazetteer writes them.
std::string capitalised_words(const std::vector<std::string>& words, std::size_t from,
                              std::size_t to);

// Whether the words are a person's name by a given name of the gazetteer opening two or more.
bool given_name_first(const std::vector<std::string>& words);

// "department of agriculture" -> "agriculture department": a reversible head after its field.
void put_head_last(std::vector<std::string>& words);

// Unites group `g` with the one candidate identity of `roots` (root -> its statements), or with
// the one that has nearly all their statements; else leaves it apart.
void unite_with_dominant(std::size_t g, const std::map<std::size_t, Xapian::termcount>& roots,
                         UnionFind& uf);

// "S and P" -> "Standard and Poor's Corp", "OECD" -> the Organisation for Economic Cooperation
// and Development, checked against what the corpus spells the letters out as (`seen`).
void unite_initialisms(const std::vector<Group>& groups, const std::vector<SpeakerForm>& forms,
                       const InitialismsSeen& seen, UnionFind& uf);

// "EC Commission" -> "European Community Commission".
void unite_initialism_openings(const std::vector<Group>& groups,
                               const std::vector<SpeakerForm>& forms, UnionFind& uf);

// What the index's initialism forms stand for, from the entity names of the paragraphs that
// give them as an alias.
InitialismsSeen initialisms_seen(const Xapian::Database& db, const std::vector<SpeakerForm>& forms);

}  // namespace verbatim::query::registry_detail
