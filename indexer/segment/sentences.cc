#include "indexer/segment/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <memory>
#include <stdexcept>

#include "text/embedded_data.h"

namespace verbatim::segment {
namespace {

void suppress(icu::FilteredBreakIteratorBuilder& builder, std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  builder.suppressBreakAfter(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size())),
                             status);
}

// Builds the prototype iterator once: ICU's English sentence rules, with its own abbreviation
// list, plus ours (data/segment/abbreviations.txt) and every initial "A." .. "Z.".
std::unique_ptr<icu::BreakIterator> make_prototype() {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale("en");
  std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU sentence iterator unavailable");
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU filtered break builder unavailable");
  std::string_view list = data::file("segment/abbreviations.txt");
  while (!list.empty()) {
    std::size_t nl = list.find('\n');
    std::string_view line = list.substr(0, nl);
    list = nl == std::string_view::npos ? std::string_view() : list.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    suppress(*builder, line);
  }
  for (char c = 'A'; c <= 'Z'; ++c) {
    char initial[3] = {c, '.', 0};
    suppress(*builder, initial);
  }
  std::unique_ptr<icu::BreakIterator> filtered(builder->build(base.release(), status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU filtered break iterator failed");
  return filtered;
}

icu::BreakIterator& thread_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = make_prototype();
  thread_local std::unique_ptr<icu::BreakIterator> mine(prototype->clone());
  return *mine;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::vector<Span> split_sentences(std::string_view paragraph) {
  std::vector<Span> out;
  if (paragraph.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
  if (U_FAILURE(status)) return {{0, paragraph.size()}};
  icu::BreakIterator& it = thread_iterator();
  it.setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return {{0, paragraph.size()}};
  }
  // With UTF-8 UText, boundaries are native (byte) indexes.
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    std::size_t b = static_cast<std::size_t>(start), e = static_cast<std::size_t>(end);
    while (b < e && is_space(paragraph[b])) ++b;
    while (e > b && is_space(paragraph[e - 1])) --e;
    if (e > b) out.push_back({b, e});
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
