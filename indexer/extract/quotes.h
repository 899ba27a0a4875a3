// Quotation spans of one paragraph: pairing of “” "" ‘’ '' «» 「」 『』 marks and of doubled
// apostrophes ('' ... '', as in transcripts and wiki text); apostrophes told apart.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace verbatim::extract {

struct QuoteSpan {
  std::size_t open = 0;         // byte offset of the opening mark
  std::size_t end = 0;          // one past the closing mark (paragraph end when unclosed)
  std::size_t inner_begin = 0;  // first byte inside the marks
  std::size_t inner_end = 0;    // one past the last byte inside the marks
  bool closed = true;           // false: runs to the end of the paragraph (newswire convention)
  bool single = false;          // ‘...’ or '...'
};

// Top-level quotations of `paragraph` in text order (quotes nested inside them are part of
// their text). An opening double mark that is never closed runs to the end of the paragraph;
// an unclosed single mark is taken for an apostrophe. Never reads outside `paragraph`.
std::vector<QuoteSpan> find_quotes(std::string_view paragraph);

// Code point helpers shared by the extractor (UTF-8; invalid bytes decode as U+FFFD).
char32_t decode_at(std::string_view s, std::size_t i, std::size_t* next);
char32_t decode_before(std::string_view s, std::size_t i, std::size_t* start);
bool is_letter(char32_t c);
bool is_digit(char32_t c);
bool is_upper(char32_t c);
bool is_space(char32_t c);

}  // namespace verbatim::extract
