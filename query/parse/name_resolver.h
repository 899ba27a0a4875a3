// Resolving a name the user typed ("xi", "President Xi", "Xi Jinping") to the canonical names
// the index knows for a boolean field (speakers, entities).
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::query {

class NameResolver {
 public:
  // Loads every name of `field` ("speaker" or "entity") from the index.
  NameResolver(const Xapian::Database& db, std::string_view field);

  // Canonical folded names matching `typed`: exact name, or every word the user typed that
  // occurs in some known name is a word of the candidate ("xi" and "president xi" both give
  // "xi jinping"). Several results mean an ambiguous surname.
  std::vector<std::string> resolve(std::string_view typed) const;

  // The boolean terms to match for `typed`: its canonical names, and for entities the alias
  // term when some item calls an entity that ("CPC"). Empty when the index knows no such name.
  std::vector<std::string> terms_for(std::string_view typed) const;

  // True when `folded_word` is a word of some known name ("xi", "jinping").
  bool is_name_word(const std::string& folded_word) const { return words_.count(folded_word) > 0; }

  // The display form of a folded name ("xi jinping" -> "Xi Jinping").
  std::string display(const std::string& folded) const;

  // The boolean term of a folded name.
  std::string term(const std::string& folded) const { return prefix_ + folded; }

  const std::vector<std::string>& names() const { return names_; }

 private:
  const Xapian::Database& db_;
  std::string prefix_;
  std::string alias_prefix_;        // entities: prefix of alias terms; empty for speakers
  std::vector<std::string> names_;  // folded
  std::set<std::string> words_;     // every word of every name
};

}  // namespace verbatim::query
