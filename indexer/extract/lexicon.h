// Word lists of the extractor (cue verbs, roles, groups, word classes, gazetteers), read once
// per language from the language's data folders (data/text/languages.txt).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/normalize.h"

namespace verbatim::text {
struct Language;
}

namespace verbatim::extract {

// "U.S." -> "US": a word with its full stops left out.
inline std::string without_dots(std::string_view word) {
  std::string out;
  for (char c : word)
    if (c != '.') out += c;
  return out;
}

// A closed class of words (pronouns, determiners, months, ...), lowercase, as listed in its data
// file; the views point into the embedded data.
using WordSet = std::unordered_set<std::string_view>;

// How a cue verb behaves.
struct CueInfo {
  std::string lemma;    // "say"
  bool object = false;  // takes an addressee before the content: "told reporters (that) ..."
  bool naming = false;  // "call X Y", "describe X as Y"
  bool weak = false;    // only with quoted words, a "that" clause or "X said"-like inversion
  // a cue only with a stance noun as object ("expressed the belief that", "expressed readiness
  // to"): the cue runs to the noun (words/stance_nouns.txt)
  bool stance = false;
  // takes a topic as object ("defended the decision"): a cue only with a quotation set off
  // after the object by a comma or a colon, or making up the next sentence alone
  bool topic = false;
  // a state of mind or a reckoning ("expects", "believes", "estimates"), not a speech act: its
  // own statement only outside what the same speaker is already said to say ("said it expects")
  bool belief = false;
  bool gerund = false;        // the -ing form ("saying", "adding")
  bool participle = false;    // the -ed form, that can be passive ("was reported")
  bool past_is_base = false;  // no past form of its own ("put it"): the base form may be past
};

// One cue form of one or more words: "said", "pointed out", "went on to say".
struct CueForm {
  std::vector<std::string> words;  // lowercase
  CueInfo info;
};

struct Lexicon {
  // First word of a cue form -> the forms starting with it, longest first.
  std::unordered_map<std::string, std::vector<CueForm>> cues;
  std::unordered_set<std::string> roles;           // lowercase
  std::unordered_set<std::string> modifiers;       // lowercase
  std::unordered_set<std::string> groups;          // lowercase
  std::unordered_set<std::string> adverbs;         // lowercase
  std::unordered_set<std::string> org_words;       // lowercase
  std::unordered_set<std::string> business_nouns;  // "the carmaker": a firm of the item
  std::unordered_set<std::string> publications;    // lowercase
  std::unordered_set<std::string> countries;       // as written
  std::unordered_set<std::string> places;          // as written (countries included)
  std::unordered_set<std::string> regions;         // as written (in places too)
  std::unordered_set<std::string> nationalities;   // as written
  std::unordered_set<std::string> org_acronyms;    // as written
  std::unordered_set<std::string> given_names;     // as written
  std::unordered_map<std::string, char> gender;    // given name -> 'f' or 'm'
  std::unordered_map<std::string, std::string> country_adjectives;  // "China" -> "Chinese"
  std::unordered_set<std::string> surnames;                         // as written
  std::unordered_set<std::string> common_acronyms;                  // "GDP", "CEO": not entities
  // "US" -> "United States", "UAE" -> "United Arab Emirates": the initials of each country named
  // with two words or more, when no other country has them ("SA": which country?)
  std::unordered_map<std::string, std::string> country_initialisms;
  // Whether `written` ("U.S.", "US") is a country's initials, dots or not.
  bool is_country_initialism(std::string_view written) const {
    return country_initialisms.count(without_dots(written)) > 0;
  }
  // Word classes: EXTRACT_DIR/words/NAME.txt -> NAME.
  std::map<std::string, WordSet, std::less<>> word_classes;

  // The word class `name`; throws std::logic_error naming the missing data file when there is
  // none (a rule asking for a class that no file defines is a bug, found by any test run).
  const WordSet& words(std::string_view name) const;
  // Whether `lower` is in the word class `name`.
  bool is(std::string_view name, std::string_view lower) const { return words(name).count(lower); }
  // Whether `name` (as written) is a news agency or broadcaster, which relays others
  // (words/news_agencies.txt).
  bool is_medium(std::string_view name) const {
    return is("news_agencies", text::ascii_lower(name));
  }
  // Whether `lower` (maybe with a final full stop: "inc.") is a legal form that ends a firm's
  // name (words/legal_forms.txt).
  bool is_legal_form(std::string_view lower) const {
    if (!lower.empty() && lower.back() == '.') lower.remove_suffix(1);
    return words("legal_forms").count(lower) > 0;
  }
  // Whether `lower` may open a firm's name though it is no name word elsewhere: an ordinal or a
  // number word (words/firm_opening_words.txt), a month or a weekday ("First Union Corp", "May
  // Department Stores Co").
  bool opens_firm_name(std::string_view lower) const;
};

// The lexicon of a language, built on first use from its data files (thread-safe, immutable).
const Lexicon& lexicon(const text::Language& language);

// One word class of a language, read alone (for a query that needs a class or two, not the whole
// lexicon); throws std::logic_error like Lexicon::words.
const WordSet& word_class(const text::Language& language, std::string_view name);

namespace detail {
// The lexicon of the LanguageScope open on this thread, or nullptr; inline so that the rules
// called per token read it without a call.
inline thread_local const Lexicon* t_lexicon = nullptr;
const Lexicon& default_lexicon();
}  // namespace detail

// The lexicon of the language this thread is analysing (LanguageScope), else the default one.
inline const Lexicon& lexicon() {
  const Lexicon* current = detail::t_lexicon;
  return current ? *current : detail::default_lexicon();
}

// A T made from `lex` (T has a constructor taking a Lexicon: the word classes a module reads per
// token, resolved by name once), made again on this thread only when the lexicon changes, that
// is, when an item of another language is analysed.
template <typename T>
const T& per_lexicon(const Lexicon& lex) {
  static thread_local const Lexicon* made_from = nullptr;
  static thread_local std::optional<T> value;
  if (made_from != &lex) {
    value.emplace(lex);
    made_from = &lex;
  }
  return *value;
}

// Sets the language of lexicon() on this thread for the length of a scope: analyse() opens one
// per item, from the item's `lang`.
class LanguageScope {
 public:
  explicit LanguageScope(const text::Language& language);
  ~LanguageScope();
  LanguageScope(const LanguageScope&) = delete;
  LanguageScope& operator=(const LanguageScope&) = delete;

 private:
  const Lexicon* previous_;
};

// ASCII lower-casing (the text layer's): cue and role lists are ASCII.
using text::ascii_lower;

}  // namespace verbatim::extract
