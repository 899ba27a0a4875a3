// Mention analysis shared by its two files: the word classes and word tests of mentions.cc
// (the analysis of a phrase) and mention_scan.cc (finding the phrase before or after a cue).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/lexicon.h"
#include "indexer/extract/mentions.h"

namespace verbatim::extract::mention_detail {

// The word classes of mention analysis (data/extract/words/), found once per language and
// thread: the steps read them per token.
struct MentionWords {
  explicit MentionWords(const Lexicon& lex)
      : stop_caps(lex.words("stop_caps")),
        connectors(lex.words("name_connectors")),
        possessive_determiners(lex.words("possessive_determiners")),
        pronouns(lex.words("pronouns")),
        indefinite_articles(lex.words("indefinite_articles")),
        group_determiners(lex.words("group_determiners")),
        role_prefixes(lex.words("role_prefixes")),
        role_prepositions(lex.words("role_prepositions")),
        voice_nouns(lex.words("voice_nouns")),
        unit_nouns(lex.words("unit_nouns")),
        publication_nouns(lex.words("publication_nouns")),
        capitalised_roles(lex.words("capitalised_roles")),
        affiliation_prepositions(lex.words("affiliation_prepositions")) {}
  const WordSet& stop_caps;
  const WordSet& connectors;
  const WordSet& possessive_determiners;
  const WordSet& pronouns;
  const WordSet& indefinite_articles;
  const WordSet& group_determiners;
  const WordSet& role_prefixes;
  const WordSet& role_prepositions;
  const WordSet& voice_nouns;
  const WordSet& unit_nouns;
  const WordSet& publication_nouns;
  const WordSet& capitalised_roles;
  const WordSet& affiliation_prepositions;
};

inline const MentionWords& mention_words() {
  return per_lexicon<MentionWords>(lexicon());
}

inline const WordSet& connectors() {
  return mention_words().connectors;
}

inline const WordSet& possessive_determiners() {
  return mention_words().possessive_determiners;
}

inline bool is_connector(const Token& t) {
  return (t.type == TokenType::word && !t.cap && connectors().count(t.lower)) ||
         (t.type == TokenType::punct && t.text == "&");
}

inline bool is_determiner(const Token& t) {
  return t.type == TokenType::word && t.lower == "the";
}

inline bool is_role(const Token& t) {
  if (t.type != TokenType::word) return false;
  const auto& roles = lexicon().roles;
  // "Major Tom Vale", but "a major French bank"
  if (!t.cap && mention_words().capitalised_roles.count(t.lower)) return false;
  if (roles.count(t.lower)) return true;
  auto dash = t.lower.rfind('-');  // "co-developer", "ex-minister"
  return dash != std::string::npos && dash + 1 < t.lower.size() &&
         roles.count(t.lower.substr(dash + 1)) > 0;
}

inline bool is_modifier(const Token& t) {
  return t.type == TokenType::word && !t.cap && lexicon().modifiers.count(t.lower) > 0;
}

// A lowercase organisation or group head ("the army"), or a part of a firm ("the unit").
inline bool is_head_noun(const Token& t) {
  if (t.type != TokenType::word || t.cap) return false;
  return lexicon().org_words.count(t.lower) > 0 || lexicon().groups.count(t.lower) > 0 ||
         mention_words().unit_nouns.count(t.lower) > 0;
}

inline bool is_group(const Token& t) {
  return t.type == TokenType::word && lexicon().groups.count(t.lower) > 0;
}

inline std::string_view strip_possessive(std::string_view w) {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  return w;
}

inline bool has_possessive(std::string_view w) {
  return strip_possessive(w).size() != w.size();
}

// A capitalised word that describes a name rather than being one: a nationality ("Danish") or a
// compound ending in lowercase ("UK-based", "White House-ordered").
inline bool capitalised_describer(std::string_view w) {
  if (lexicon().nationalities.count(std::string(w))) return true;
  const auto dash = w.rfind('-');
  return dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' &&
         w[dash + 1] <= 'z';
}

inline bool all_caps_acronym(std::string_view w) {  // "WHO", "U.S." — not "COVID-19", "EP-CPP"
  int upper = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (c != '.' && c != '&') {
      return false;
    }
  }
  return upper >= 2;
}

// Fills kind, name, head, roles of a mention whose token range [first, last) is set.
void analyse_mention(std::string_view para, const std::vector<Token>& toks, Mention& m);
// Splits "Miller and Smith", "The Investigative Committee and the Federal Security Service"
// into m.parts.
void split_conjunction(std::string_view para, const std::vector<Token>& toks, Mention& m);

}  // namespace verbatim::extract::mention_detail
