#include "query/parse/question.h"

#include <array>
#include <sstream>

#include "indexer/extract/lexicon.h"
#include "text/normalize.h"

namespace verbatim::query {
namespace {

// Words that join a speaker to a topic in a question; dropped from the topic.
constexpr std::array<std::string_view, 18> kLinkWords{
    "on",  "about", "of",  "regarding", "concerning", "over", "for",  "what", "did",
    "has", "have",  "the", "all",       "any",        "by",   "from", "does", "do"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

std::string strip_possessive(std::string w) {
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0)
    w.resize(w.size() - 2);
  else if (w.size() > 1 && w.back() == '\'')
    w.pop_back();
  return w;
}

}  // namespace

std::optional<QuestionReading> read_question(const std::vector<std::string>& typed,
                                             const NameResolver& speakers) {
  // Split into words, keeping the user's spelling for the topic.
  std::vector<std::string> words;
  for (const std::string& chunk : typed) {
    std::istringstream in(chunk);
    for (std::string w; in >> w;) words.push_back(w);
  }
  if (words.size() < 2) return std::nullopt;
  // Any explicit query syntax means the user wrote a query, not a question.
  for (const std::string& w : words)
    if (w.find(':') != std::string::npos || w == "AND" || w == "OR" || w == "NOT" ||
        w.find('"') != std::string::npos)
      return std::nullopt;

  std::vector<bool> used(words.size(), false);
  bool quote_word = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (extract::lexicon().is("question_quote_words", text::fold_name(words[i]))) {
      used[i] = quote_word = true;
    }
  }
  if (!quote_word) return std::nullopt;

  // The longest run of words (up to 4) that names a known speaker; failing that, the longest
  // run that the items used to describe a speaker ("the governor", "the Chinese president").
  QuestionReading reading;
  auto find_speaker = [&](bool by_role) {
    for (std::size_t len = 4; len >= 1; --len) {
      for (std::size_t i = 0; i + len <= words.size(); ++i) {
        // Every word of the run must be unused; for names, also a word of some known name, so
        // that "Xi on food" never swallows the topic.
        bool usable = true;
        std::string name;
        for (std::size_t k = i; k < i + len && usable; ++k) {
          std::string word = strip_possessive(text::normalize_typography(words[k]));
          usable = !used[k] && (by_role || speakers.is_name_word(text::fold_name(word)));
          name += (k > i ? " " : "") + word;
        }
        if (!usable) continue;
        std::vector<std::string> found =
            by_role ? speakers.resolve_role(name) : speakers.resolve(name);
        if (found.empty()) continue;
        reading.speakers = found;
        reading.speaker_typed = name;
        for (std::size_t k = i; k < i + len; ++k) used[k] = true;
        return;
      }
    }
  };
  find_speaker(false);
  if (reading.speakers.empty()) find_speaker(true);
  if (reading.speakers.empty()) return std::nullopt;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (used[i] || in(kLinkWords, text::fold_name(words[i]))) continue;
    if (!reading.remaining.empty()) reading.remaining += ' ';
    reading.remaining += words[i];
  }
  return reading;
}

}  // namespace verbatim::query
