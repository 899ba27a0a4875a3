// Resolving a name the user typed ("xi", "President Xi", "Xi Jinping") to the canonical names
// the index knows for a boolean field (speakers, entities).
#pragma once

#include <xapian.h>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "query/parse/speaker_registry.h"
#include "schema/fields.h"
#include "text/normalize.h"

namespace verbatim::query {

class NameResolver {
 public:
  // Resolves names of `field` (speaker or entity); the index's names are read on first use.
  NameResolver(const Xapian::Database& db, schema::Id field);

  // Canonical folded names matching `typed`: exact name, or every word the user typed that
  // occurs in some known name is a word of the candidate ("xi" and "president xi" both give
  // "xi jinping"). Several results mean an ambiguous surname. For speakers the names are the
  // identities of the SpeakerRegistry, matched by the words of any of their forms.
  std::vector<std::string> resolve(std::string_view typed) const;

  // Speakers the items described as `typed` ("the Chinese president", "governor"), most often
  // so described first. Speakers only; empty when no statement's speaker was called that.
  std::vector<std::string> resolve_role(std::string_view typed) const;

  // Speakers described by a role holding all the words typed ("the president": "president",
  // "us president", "turkish president"), a leading article left out; most often first.
  std::vector<std::string> resolve_description(std::string_view typed) const;

  // The boolean terms to match for `typed`: its canonical names, and for entities the alias
  // term when some item calls an entity that ("CPC"). Empty when the index knows no such name.
  std::vector<std::string> terms_for(std::string_view typed) const;

  // True when `folded_word` is a word of some known name ("xi", "jinping"; "erdogan" for
  // "erdoğan": diacritics do not count).
  bool is_name_word(const std::string& folded_word) const {
    return table().words.count(text::without_diacritics(folded_word)) > 0;
  }

  // The display form of a folded name ("xi jinping" -> "Xi Jinping"; a speaker identity's
  // fullest common form).
  std::string display(const std::string& folded) const;

  // How often the index carries the name: for speakers the number of their statements (the
  // speaker term's wdf counts them, summed over the identity's forms), for entities the
  // passages naming them.
  Xapian::termcount mentions(const std::string& folded) const;

  // The boolean terms of a folded name: for a speaker identity one per form it has.
  std::vector<std::string> terms_of_name(const std::string& folded) const;

  // The boolean term of a folded form.
  std::string term(const std::string& folded) const { return prefix_ + folded; }

  // Speakers: the registry of identities (read on first use); nullptr for entities.
  const SpeakerRegistry* registry() const;
  // The same registry, to keep beyond the resolver (a query's hits show identities by it).
  std::shared_ptr<const SpeakerRegistry> shared_registry() const;

  // Speakers: the display name of the identity spelt most like `typed` ("Pelosy": "Nancy
  // Pelosi", by one of its forms or their words), or "" when none is close (text/closest.h).
  std::string closest_speaker(std::string_view typed) const;
  // The folded identity name of a folded form (the form itself for entities or unknown forms).
  std::string identity_name(const std::string& folded_form) const;

 private:
  struct Table {
    std::vector<std::string> names;                     // folded, in term order
    std::vector<std::vector<std::string>> plain_words;  // per name, its words without marks
    std::set<std::string> words;                        // every word of every name, without marks
  };
  // `folded` names, the most mentioned first (the most-quoted namesake leads).
  std::vector<std::string> most_frequent_first(std::vector<std::string> folded) const;
  const Table& table() const;  // reads the names on first use
  // Speakers (identities) of the statements described by one of `roles`, most often first.
  std::vector<std::string> described_as(const std::set<std::string>& roles) const;

  const Xapian::Database& db_;
  schema::Id field_;
  std::string prefix_;
  std::string alias_prefix_;  // entities: prefix of alias terms; empty for speakers
  mutable std::optional<Table> table_;
  mutable std::shared_ptr<const SpeakerRegistry> registry_;
};

// An article or a connector ("the", "of", "and"): a word of names ("The Bank of England") that
// names nobody by itself.
bool joining_word(const std::string& folded_word);

// A title, a role or a word qualifying one, or a nationality ("Mr", "president", "foreign",
// "Chinese", "US"; extract/roles.txt, modifiers.txt, words/role_prefixes.txt, the gazetteer's
// nationalities), in any case: a word typed before a name ("President Xi", "Chinese Foreign
// Minister Wang Yi") that names nobody by itself.
bool title_word(std::string_view word);

// A role or an honorific (extract/roles.txt: "president", "minister", "Mr."), in any case: the
// word a title typed before a name ends with ("Chinese Foreign Minister Wang Yi").
bool role_word(std::string_view word);

}  // namespace verbatim::query
