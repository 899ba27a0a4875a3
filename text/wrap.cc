#include "text/wrap.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <stdexcept>

namespace verbatim::text {
namespace {

std::size_t columns_of(UChar32 c) {
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return 0;
  const auto category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR)
    return 0;
  const auto east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

// The end of [begin, end) without trailing spaces.
std::size_t trimmed_end(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin && is_space(s[end - 1])) --end;
  return end;
}

// The break opportunities of `utf8` after its start, as byte offsets (the last is its size).
std::vector<std::size_t> break_opportunities(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> lines(
      icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU line breaks unavailable");
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  lines->setText(text, status);
  std::vector<std::size_t> out;
  if (U_SUCCESS(status))
    for (int32_t b = lines->next(); b != icu::BreakIterator::DONE; b = lines->next())
      out.push_back(static_cast<std::size_t>(b));
  utext_close(text);
  if (out.empty() || out.back() != utf8.size()) out.push_back(utf8.size());
  return out;
}

}  // namespace

std::size_t display_width(std::string_view utf8) {
  std::size_t columns = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    columns += c < 0 ? 1 : columns_of(c);
  }
  return columns;
}

std::vector<std::pair<std::size_t, std::size_t>> wrap(std::string_view utf8, std::size_t width) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (width == 0 || display_width(utf8) <= width) {
    out.emplace_back(0, trimmed_end(utf8, 0, utf8.size()));
    return out;
  }
  // Greedy: a line takes words up to its last break that fits; a word wider than a line gets a
  // line of its own.
  auto fits = [&](std::size_t begin, std::size_t end) {
    const std::size_t e = trimmed_end(utf8, begin, end);
    return display_width(utf8.substr(begin, e - begin)) <= width;
  };
  auto emit = [&](std::size_t begin, std::size_t end) {
    const std::size_t e = trimmed_end(utf8, begin, end);
    if (e > begin) out.emplace_back(begin, e);
  };
  std::size_t start = 0, last_fit = 0;
  for (std::size_t b : break_opportunities(utf8)) {
    if (fits(start, b)) {
      last_fit = b;
      continue;
    }
    if (last_fit > start) {
      emit(start, last_fit);
      start = last_fit;
      if (fits(start, b)) {
        last_fit = b;
        continue;
      }
    }
    emit(start, b);
    start = last_fit = b;
  }
  emit(start, utf8.size());
  return out;
}

}  // namespace verbatim::text
