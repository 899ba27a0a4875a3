// Speaker mentions: noun phrases before or after a cue ("Chinese President Xi Jinping",
// "the spokesperson", "he", "officials") and what they name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/tokens.h"

namespace verbatim::extract {

enum class MentionKind { none, pronoun, name, description, group };

struct Mention {
  MentionKind kind = MentionKind::none;
  std::size_t first = 0;  // tokens [first, last)
  std::size_t last = 0;
  std::string text;  // the words as written
  std::string name;  // kind name: canonical form ("Xi Jinping", "Ministry of Commerce")
  std::string head;  // pronoun or description head, lowercase ("he", "president")
  std::vector<std::string> roles;  // lowercase role words of the mention ("president")
  std::string acronym;             // "(FSB)" -> "FSB"
  bool titled = false;             // a person's title or role precedes the name
  bool org = false;                // the name has organisation words or is an acronym
  bool indefinite = false;         // "a spokesman", "an official"
  std::string owner;               // "a Chrysler spokesman" -> "Chrysler"
  std::string affiliation;     // "Foreign Ministry spokesperson Wang Wenbin" -> "Foreign Ministry"
  std::vector<Mention> parts;  // "Miller and Smith": one mention per speaker
  // "the two presidents" (2), "both leaders" (2), "the leaders" (-1: the persons named last
  // together): a joint description, each of the persons it stands for speaks; 0 otherwise
  int joint = 0;
  std::size_t name_end = 0;  // kind name: one past the name's last token
  std::string possessor;     // "its" in "its press release" (lowercase)
  bool empty() const { return kind == MentionKind::none; }
};

// "Duff and Phelps", "Miller and Smith": two parts of one word each (a firm of partners' names,
// or two persons the item named in full before).
inline bool single_word_names(const Mention& m) {
  return m.parts.size() == 2 && m.parts[0].last == m.parts[0].first + 1 &&
         m.parts[1].last == m.parts[1].first + 1;
}

// Parses the noun phrase ending at token `k` (inclusive), not going before `lo`.
Mention parse_left(std::string_view para, const std::vector<Token>& toks, long k, std::size_t lo);
// Parses the noun phrase starting at token `k`, not going at or past `hi`.
Mention parse_right(std::string_view para, const std::vector<Token>& toks, std::size_t k,
                    std::size_t hi);

// Capitalised function words, weekdays and months: never part of a name.
bool is_stop_cap(std::string_view lower);
bool is_pronoun(std::string_view lower);
// A word that can be part of a name: capitalised and not a function word.
bool is_name_word(const Token& t);
// Token `i` is the "in" of "the US Embassy in London": after a capitalised office noun
// (words/office_nouns.txt), before a name word; a part of the organisation's name.
bool is_office_in(const std::vector<Token>& toks, std::size_t i);
// Whether toks[i] is "a"/"an" between two capitalised words of a name ("Make It a Habit").
bool is_article_in_name(const std::vector<Token>& toks, std::size_t i);

}  // namespace verbatim::extract
