#include "indexer/extract/quotes.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace verbatim::extract {

char32_t decode_at(std::string_view s, std::size_t i, std::size_t* next) {
  if (i >= s.size()) {
    *next = s.size();
    return 0;
  }
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *next = i + 1;
    return b;
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  *next = static_cast<std::size_t>(pos);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

char32_t decode_before(std::string_view s, std::size_t i, std::size_t* start) {
  if (i == 0 || i > s.size()) {
    *start = 0;
    return 0;
  }
  auto b = static_cast<unsigned char>(s[i - 1]);
  if (b < 0x80) {
    *start = i - 1;
    return b;
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, pos, c);
  *start = static_cast<std::size_t>(pos);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == 0xFFFD) return false;
  auto type = u_charType(static_cast<UChar32>(c));
  return u_isalpha(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}

bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c)) != 0;
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0 || c == 0x200B || c == 0x200D;
}

namespace {

struct Open {
  std::size_t pos;
  std::size_t after;  // byte after the mark
  bool single;
};

bool alnum(char32_t c) {
  return is_letter(c) || is_digit(c);
}

}  // namespace

std::vector<QuoteSpan> find_quotes(std::string_view p) {
  std::vector<QuoteSpan> all;  // every valid span, any depth
  std::vector<Open> stack;
  auto close_to = [&](std::size_t level, std::size_t pos, std::size_t after) {
    const Open o = stack[level];
    stack.resize(level);
    all.push_back(QuoteSpan{o.pos, after, o.after, pos, true, o.single});
  };
  auto find_open = [&](bool single) -> long {
    for (long k = static_cast<long>(stack.size()) - 1; k >= 0; --k) {
      if (stack[static_cast<std::size_t>(k)].single == single) return k;
      if (single) return -1;  // a single mark does not close across an open double
    }
    return -1;
  };
  char32_t prev = 0;
  std::size_t i = 0;
  while (i < p.size()) {
    std::size_t next_i;
    char32_t c = decode_at(p, i, &next_i);
    std::size_t after_next;
    char32_t next = decode_at(p, next_i, &after_next);
    switch (c) {
      case 0x201C:  // “
      case 0x201E:  // „
      case 0x00AB:  // «
        stack.push_back(Open{i, next_i, false});
        break;
      case 0x201D:    // ”
      case 0x00BB: {  // »
        long k = find_open(false);
        if (k >= 0) close_to(static_cast<std::size_t>(k), i, next_i);
        break;
      }
      case '"': {
        long k = find_open(false);
        if (k >= 0) {
          close_to(static_cast<std::size_t>(k), i, next_i);
        } else if (next != 0 && !is_space(next)) {
          stack.push_back(Open{i, next_i, false});
        }
        break;
      }
      case 0x2018:  // ‘
        if (!alnum(prev)) stack.push_back(Open{i, next_i, true});
        break;
      case 0x2019:  // ’
      case '\'': {
        bool before_word = prev == 0 || is_space(prev) || prev == '(' || prev == '[' ||
                           prev == 0x201C || prev == '"' || prev == 0x2014;
        if (alnum(prev) && is_letter(next)) break;  // China’s, don't
        if (before_word) {
          // ’80s, 'tis: apostrophe; 'word: opening single quote (straight mark only).
          bool decade = is_digit(next);
          if (c == '\'' && !decade && alnum(next)) stack.push_back(Open{i, next_i, true});
          break;
        }
        // After a word or punctuation: closes an open single quote, else an apostrophe
        // (students’, the Joneses’).
        long k = find_open(true);
        if (k >= 0 && !alnum(next)) close_to(static_cast<std::size_t>(k), i, next_i);
        break;
      }
      default:
        break;
    }
    prev = c;
    i = next_i;
  }
  // An unclosed double mark runs to the end of the paragraph; unclosed singles are dropped.
  for (const Open& o : stack) {
    if (!o.single) {
      all.push_back(QuoteSpan{o.pos, p.size(), o.after, p.size(), false, false});
      break;
    }
  }
  std::sort(all.begin(), all.end(), [](const QuoteSpan& a, const QuoteSpan& b) {
    return a.open != b.open ? a.open < b.open : a.end > b.end;
  });
  std::vector<QuoteSpan> top;
  for (const QuoteSpan& q : all) {
    if (!top.empty() && q.open < top.back().end) continue;  // nested (or overlapping)
    top.push_back(q);
  }
  // Trim trailing spaces inside unclosed spans.
  for (QuoteSpan& q : top) {
    while (q.inner_end > q.inner_begin && (p[q.inner_end - 1] == ' ')) --q.inner_end;
  }
  return top;
}

}  // namespace verbatim::extract
