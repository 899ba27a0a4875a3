#include "indexer/build/speaker_role.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <sstream>
#include <vector>

#include "text/normalize.h"

namespace verbatim::build {
namespace {

using extract::WordSet;

std::vector<std::string> words_of(std::string_view text) {
  std::istringstream in(text::without_diacritics(text::fold_name(text)));
  return {std::istream_iterator<std::string>(in), {}};
}

// A word naming who speaks: a role, or a group of people (not a document or an outlet).
bool is_role_word(const extract::Lexicon& lex, const std::string& w) {
  return lex.roles.count(w) > 0 ||
         (lex.groups.count(w) > 0 && lex.words("document_sources").count(w) == 0);
}

// The description's head noun: its last word when that is a role or group word ("a Department
// of State spokesperson"), else the last before a role preposition ("secretary of state"); ""
// when the description opens with the preposition (an affiliation alone).
std::string head_of(const std::vector<std::string>& words, const extract::Lexicon& lex) {
  if (is_role_word(lex, words.back())) return words.back();
  const auto& prepositions = lex.words("role_prepositions");
  const auto prep = std::find_if(words.begin(), words.end(),
                                 [&](const std::string& w) { return prepositions.count(w) > 0; });
  return prep == words.begin() ? std::string() : *std::prev(prep);
}

}  // namespace

std::string speaker_role(std::string_view mention, std::string_view speaker,
                         const extract::Lexicon& lex) {
  const std::vector<std::string> name_words = words_of(speaker);
  const std::set<std::string> name(name_words.begin(), name_words.end());
  const WordSet& articles = lex.words("articles");
  std::vector<std::string> words;
  for (std::string& w : words_of(mention)) {
    if (name.count(w) || (words.empty() && articles.count(w))) continue;
    words.push_back(std::move(w));
  }
  if (words.empty() || !is_role_word(lex, head_of(words, lex))) return {};
  // "X and Y": a role of its own before "and" ("president and chief executive"), not a name.
  const auto conj = std::find(words.begin(), words.end(), "and");
  if (conj != words.end() &&
      std::none_of(words.begin(), conj, [&](const std::string& w) { return is_role_word(lex, w); }))
    return {};
  std::string role;
  for (const std::string& w : words) role += (role.empty() ? "" : " ") + w;
  return role;
}

}  // namespace verbatim::build
