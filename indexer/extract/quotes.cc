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

bool alnum(char32_t c) {
  return is_letter(c) || is_digit(c);
}

// Reads a paragraph's quotation marks left to right, pairing openings with closings: the spans
// of every depth, and the marks still open.
class QuoteScanner {
 public:
  explicit QuoteScanner(std::string_view p) : p_(p) {}

  std::vector<QuoteSpan> spans() {
    char32_t prev = 0;
    for (std::size_t i = 0; i < p_.size();) {
      std::size_t next_i, after_next;
      char32_t c = decode_at(p_, i, &next_i);
      char32_t next = decode_at(p_, next_i, &after_next);
      if (c == '\'' && next == '\'') {  // '' ... '': doubled apostrophes are a double mark
        c = '"';
        next_i = after_next;
        next = decode_at(p_, next_i, &after_next);
      }
      mark(c, prev, next, i, next_i);
      prev = c;
      i = next_i;
    }
    close_unclosed();
    return std::move(all_);
  }

 private:
  struct Open {
    std::size_t pos;
    std::size_t after;  // byte after the mark
    bool single;
  };

  void mark(char32_t c, char32_t prev, char32_t next, std::size_t at, std::size_t after) {
    switch (c) {
      case 0x201C:  // “
      case 0x201E:  // „
      case 0x00AB:  // «
      case 0x300C:  // 「
      case 0x300E:  // 『
        open(at, after, false);
        break;
      case 0x201D:  // ”
      case 0x00BB:  // »
      case 0x300D:  // 」
      case 0x300F:  // 』
        close(false, at, after);
        break;
      case '"':
        if (!close(false, at, after) && next != 0 && !is_space(next)) open(at, after, false);
        break;
      case 0x2018:  // ‘
        if (!alnum(prev)) open(at, after, true);
        break;
      case 0x2019:  // ’
      case '\'':
        single_mark(c == '\'', prev, next, at, after);
        break;
      default:
        break;
    }
  }

  // ’ or ': an apostrophe (China’s, ’80s, students’), an opening single quote ('word, straight
  // mark only) or the closing of an open single quote.
  void single_mark(bool straight, char32_t prev, char32_t next, std::size_t at, std::size_t after) {
    if (alnum(prev) && is_letter(next)) return;  // China’s, don't
    const bool before_word = prev == 0 || is_space(prev) || prev == '(' || prev == '[' ||
                             prev == 0x201C || prev == '"' || prev == 0x2014;
    if (before_word) {
      if (straight && !is_digit(next) && alnum(next)) open(at, after, true);  // not ’80s, 'tis
      return;
    }
    if (!alnum(next)) close(true, at, after);
  }

  void open(std::size_t at, std::size_t after, bool single) {
    stack_.push_back(Open{at, after, single});
  }

  // Closes the innermost open mark of the kind (a single mark does not close across an open
  // double); false when there is none.
  bool close(bool single, std::size_t at, std::size_t after) {
    for (std::size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].single == single) {
        const Open o = stack_[k];
        stack_.resize(k);
        all_.push_back(QuoteSpan{o.pos, after, o.after, at, true, o.single});
        return true;
      }
      if (single) return false;
    }
    return false;
  }

  // An unclosed double mark runs to the end of the paragraph; unclosed singles are dropped.
  void close_unclosed() {
    for (const Open& o : stack_) {
      if (!o.single) {
        all_.push_back(QuoteSpan{o.pos, p_.size(), o.after, p_.size(), false, false});
        break;
      }
    }
  }

  std::string_view p_;
  std::vector<QuoteSpan> all_;  // every valid span, any depth
  std::vector<Open> stack_;
};

// The outermost of the spans (a nested or overlapping one is part of the one around it), in
// text order, with trailing spaces inside unclosed spans trimmed.
std::vector<QuoteSpan> outermost(std::vector<QuoteSpan> all, std::string_view p) {
  std::sort(all.begin(), all.end(), [](const QuoteSpan& a, const QuoteSpan& b) {
    return a.open != b.open ? a.open < b.open : a.end > b.end;
  });
  std::vector<QuoteSpan> top;
  for (const QuoteSpan& q : all) {
    if (!top.empty() && q.open < top.back().end) continue;
    top.push_back(q);
  }
  for (QuoteSpan& q : top) {  // « Nous sommes prêts »: the spaces inside the marks are no text
    while (q.inner_begin < q.inner_end && p[q.inner_begin] == ' ') ++q.inner_begin;
    while (q.inner_end > q.inner_begin && p[q.inner_end - 1] == ' ') --q.inner_end;
  }
  return top;
}

}  // namespace

std::vector<QuoteSpan> find_quotes(std::string_view p) {
  return outermost(QuoteScanner(p).spans(), p);
}

}  // namespace verbatim::extract
