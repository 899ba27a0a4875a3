#include "indexer/segment/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <memory>
#include <stdexcept>
#include <unordered_set>

#include "text/embedded_data.h"

namespace verbatim::segment {
namespace {

// Abbreviations that never end a sentence (data/segment/abbreviations.txt), loaded once.
const std::unordered_set<std::string_view>& abbreviations() {
  static const std::unordered_set<std::string_view> set = [] {
    std::unordered_set<std::string_view> out;
    std::string_view list = data::file("segment/abbreviations.txt");
    while (!list.empty()) {
      std::size_t nl = list.find('\n');
      std::string_view line = list.substr(0, nl);
      list = nl == std::string_view::npos ? std::string_view() : list.substr(nl + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (!line.empty() && line.front() != '#') out.insert(line);
    }
    return out;
  }();
  return set;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_alpha(char c) {
  return is_upper(c) || (c >= 'a' && c <= 'z');
}

// "U.S.", "e.g.": letters each followed by a full stop, two or more.
bool is_initialism(std::string_view w) {
  if (w.size() < 4 || w.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < w.size(); i += 2)
    if (!is_alpha(w[i]) || w[i + 1] != '.') return false;
  return true;
}

// True when the ICU boundary at `end` follows an abbreviation or an initial, so that it must not
// end a sentence: "Sept. 8", "Dr. Smith", "U.S. President", "John F. Kennedy", "No. 1".
bool follows_abbreviation(std::string_view text, std::size_t end) {
  std::size_t e = end;
  while (e > 0 && is_space(text[e - 1])) --e;
  std::size_t b = e;
  while (b > 0 && !is_space(text[b - 1])) --b;
  std::string_view word = text.substr(b, e - b);
  while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '['))
    word.remove_prefix(1);
  if (word.empty() || word.back() != '.') return false;
  if (word.size() == 2 && is_upper(word[0])) return true;  // an initial
  return is_initialism(word) || abbreviations().count(word) > 0;
}

icu::BreakIterator& thread_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU sentence iterator unavailable");
    return it;
  }();
  thread_local std::unique_ptr<icu::BreakIterator> mine(prototype->clone());
  return *mine;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view paragraph) {
  std::vector<Span> out;
  if (paragraph.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut =
      utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
  if (U_FAILURE(status)) return {{0, paragraph.size()}};
  icu::BreakIterator& it = thread_iterator();
  it.setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return {{0, paragraph.size()}};
  }
  // With a UTF-8 UText, boundaries are byte offsets.
  std::size_t start = static_cast<std::size_t>(it.first());
  for (int32_t next = it.next(); next != icu::BreakIterator::DONE; next = it.next()) {
    std::size_t end = static_cast<std::size_t>(next);
    if (end < paragraph.size() && follows_abbreviation(paragraph, end)) continue;
    std::size_t b = start, e = end;
    while (b < e && is_space(paragraph[b])) ++b;
    while (e > b && is_space(paragraph[e - 1])) --e;
    if (e > b) out.push_back({b, e});
    start = end;
  }
  // Detach from the UText before closing it.
  icu::UnicodeString empty;
  it.setText(empty);
  utext_close(ut);
  return out;
}

std::vector<std::string> sentence_texts(std::string_view paragraph) {
  std::vector<std::string> out;
  for (const Span& s : split_sentences(paragraph))
    out.emplace_back(paragraph.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace verbatim::segment
