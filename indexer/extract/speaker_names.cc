#include "indexer/extract/speaker_names.h"

#include <vector>

#include "indexer/extract/lexicon.h"

namespace verbatim::extract {
namespace {

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < words.size(); ++i)
    out += (out.empty() ? "" : " ") + words[i];
  return out;
}

// Not a lowercase word: "Łukasz", "3Com" and "50" may start a name, "police" does not.
bool capitalised(const std::string& w) {
  const unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  return !(c >= 'a' && c <= 'z');
}

// "US", "WHO": capitals, never a pronoun or quantifier.
bool acronym(const std::string& w) {
  if (w.size() < 2) return false;
  for (char c : w)
    if (c >= 'a' && c <= 'z') return false;
  return true;
}

// "I've" -> "i", "It's" -> "it", "Nobody" -> "nobody": the word with a contraction's ending
// dropped (typographic apostrophe read as ').
std::string without_contraction(std::string word) {
  for (std::size_t at; (at = word.find("\xE2\x80\x99")) != std::string::npos;)
    word.replace(at, 3, "'");
  std::string lower = ascii_lower(word);
  for (std::string_view end : lexicon().words("contraction_endings"))
    if (lower.size() > end.size() && lower.compare(lower.size() - end.size(), end.size(), end) == 0)
      return lower.substr(0, lower.size() - end.size());
  return lower;
}

bool possessive(const std::string& w) {
  auto ends = [&](std::string_view e) {
    return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0;
  };
  return ends("'s") || ends("\xE2\x80\x99s");
}

// "Trump's State Department" -> "State Department", "China's Foreign Ministry" -> "Foreign
// Ministry": a name a person or a place owns speaks. A firm's possessive is part of its name
// ("Moody's Investors Service"; a name ending in a legal form is a firm's whole name:
// "Moody's Investors Service Inc", "Sotheby's Holdings Inc"), and so is one before a single word
// ("Alachua Sheriff's Office") or a description ("Goa's government" names the organisation
// through its owner); so is a publication's, whose title ends in a medium's noun
// (words/medium_descriptions.txt, publications.txt: "Jane's Defence Weekly").
std::vector<std::string> after_possessor(std::vector<std::string> words,
                                         const IsPerson& is_person) {
  const Lexicon& lex = lexicon();
  if (words.empty()) return words;
  const std::string last = ascii_lower(words.back());
  if (lex.is("legal_forms", last) || lex.is("medium_descriptions", last) ||
      lex.publications.count(last))
    return words;
  for (std::size_t i = words.size(); i-- > 1;) {
    const std::string& w = words[i - 1];
    if (!possessive(w) || words.size() - i < 2 || !capitalised(words[i])) continue;
    const std::string owner = w.substr(0, w.size() - (w[w.size() - 2] == '\'' ? 2 : 4));
    const bool person_or_place = lex.surnames.count(owner) || lex.given_names.count(owner) ||
                                 lex.places.count(owner) || (is_person && is_person(owner));
    if (person_or_place)
      return std::vector<std::string>(words.begin() + static_cast<long>(i), words.end());
  }
  return words;
}

// "Trump on Twitter" -> "Trump": the medium a statement was made on is no part of its speaker.
void drop_medium(std::vector<std::string>& words) {
  const Lexicon& lex = lexicon();
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if (ascii_lower(words[i]) != "on") continue;
    const std::string channel = ascii_lower(words.back());
    if (i + 2 == words.size() &&
        (lex.is("media_channels", channel) || lex.is("media_channels_capitalised", channel))) {
      words.resize(i);
      return;
    }
  }
}

bool place_word(const std::string& written) {
  const Lexicon& lex = lexicon();
  return lex.places.count(written) || lex.is("name_lead_regions", ascii_lower(written)) ||
         lex.is("name_lead_affiliations", ascii_lower(written));
}

// "CentOS Governing Board and the Board" -> "CentOS Governing Board": a name joined to a
// description ("and the ...", "and a ...") is two subjects glued, the first of them the name.
void drop_joined_description(std::vector<std::string>& words) {
  const Lexicon& lex = lexicon();
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    const std::string joiner = ascii_lower(words[i]);
    if ((joiner == "and" || joiner == "&") && lex.is("articles", ascii_lower(words[i + 1]))) {
      words.resize(i);
      return;
    }
  }
}

// "Vermont Bernie Sanders" -> "Bernie Sanders": a place before a person's name of two or three
// capitalised words starting with a given name (none an organisation word: "Florida Highway
// Patrol", "California Institute of Technology" and "New York Times" keep theirs).
void drop_leading_place(std::vector<std::string>& words) {
  const Lexicon& lex = lexicon();
  for (std::size_t lead : {2u, 1u}) {
    if (words.size() < lead + 2 || words.size() > lead + 3) continue;
    if (!place_word(joined(words, 0, lead))) continue;
    bool person = lex.given_names.count(words[lead]) > 0;
    for (std::size_t i = lead; i < words.size(); ++i)
      person = person && capitalised(words[i]) && !lex.org_words.count(ascii_lower(words[i])) &&
               !lex.is("name_connectors", ascii_lower(words[i]));
    if (person) {
      words.erase(words.begin(), words.begin() + static_cast<long>(lead));
      return;
    }
  }
}

}  // namespace

SpeakerName check_speaker_name(std::string_view speaker, const IsPerson& is_person) {
  SpeakerName out;
  out.name = std::string(speaker);
  if (speaker.empty() || speaker == "UNKNOWN") return out;
  const Lexicon& lex = lexicon();
  std::vector<std::string> words = split_words(speaker);
  // "The Guardian" keeps its article; "the government" is checked as "government"
  if (!words.empty() && lex.is("articles", ascii_lower(words.front()))) words.erase(words.begin());
  if (words.empty()) return {SpeakerName::Kind::not_a_name, "", false};
  const std::vector<std::string> as_given = words;
  // Only pronouns and quantifiers: "Nobody", "I've", "You", "Some others" ("US" is no "us").
  bool all_not_names = true;
  for (const std::string& w : words)
    all_not_names = all_not_names && !acronym(w) && lex.is("not_names", without_contraction(w));
  if (all_not_names) {
    const std::string first = without_contraction(words.front());
    return {SpeakerName::Kind::not_a_name, "",
            words.size() == 1 && (first == "i" || first == "me")};
  }
  if (words.size() == 1 && lex.is("bare_nouns", ascii_lower(words.front())))
    return {SpeakerName::Kind::common_noun, ascii_lower(words.front()), false};
  drop_joined_description(words);
  words = after_possessor(std::move(words), is_person);
  drop_medium(words);
  drop_leading_place(words);
  // Leading lowercase words: a description ("police", "his son", "mayor of Yartsevo") unless a
  // name follows it directly ("company Red Hat" -> "Red Hat").
  std::size_t lower = 0;
  while (lower < words.size() && !capitalised(words[lower])) ++lower;
  if (lower > 0) {
    const bool name_follows =
        lower < words.size() && !lex.is("name_connectors", ascii_lower(words[lower - 1]));
    if (!name_follows) {
      std::size_t head = lower;  // "mayor of Yartsevo" -> "mayor"
      while (head > 1 && lex.is("name_connectors", ascii_lower(words[head - 1]))) --head;
      return {SpeakerName::Kind::common_noun, ascii_lower(words[head - 1]), false};
    }
    words.erase(words.begin(), words.begin() + static_cast<long>(lower));
  }
  if (words != as_given) out.name = joined(words, 0, words.size());
  return out;
}

}  // namespace verbatim::extract
