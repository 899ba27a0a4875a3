#include "indexer/extract/tokens.h"

#include <algorithm>

#include "indexer/extract/lexicon.h"
#include "indexer/extract/mentions.h"
#include "indexer/segment/sentences.h"

namespace verbatim::extract {
namespace {

bool alnum(char32_t c) {
  return is_letter(c) || is_digit(c);
}

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019;
}

// True when [b, e) of `s` is a run of single letters each followed by a full stop ("U.S").
bool initialism_so_far(std::string_view s, std::size_t b, std::size_t e) {
  // pattern: L(.L)* with L one ASCII letter
  std::size_t n = e - b;
  if (n == 0) return false;
  for (std::size_t k = 0; k < n; ++k) {
    char c = s[b + k];
    if (k % 2 == 0) {
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
    } else if (c != '.') {
      return false;
    }
  }
  return n % 2 == 1;
}

}  // namespace

bool is_dash(const Token& t) {
  return t.type == TokenType::punct &&
         (t.text == "\xE2\x80\x94" || t.text == "\xE2\x80\x93" || t.text == "-" || t.text == "--");
}

bool quote_ends_sentence(const Token& t) {
  if (t.type != TokenType::quote) return false;
  std::size_t b = t.quote.inner_begin - t.begin;
  std::size_t e = t.quote.inner_end - t.begin;
  while (e > b) {
    char c = t.text[e - 1];
    if (c == ' ' || c == ']' || c == ')' || c == '\'') {
      --e;
      continue;
    }
    return c == '.' || c == '?' || c == '!';
  }
  return false;
}

namespace {

// "Vice Premier He Lifeng", "Sun Chenghai said": a surname that is also a function word or a
// day ("He", "Sun") before a capitalised name that is no cue ("He Said") is part of the name.
void mark_surnames(std::vector<Token>& toks) {
  const Lexicon& lex = lexicon();
  for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
    Token& t = toks[i];
    const Token& n = toks[i + 1];
    if (t.type != TokenType::word || !t.cap || !is_stop_cap(t.lower) ||
        !lex.surnames.count(std::string(t.text))) {
      continue;
    }
    if (n.type != TokenType::word || !n.cap || is_stop_cap(n.lower) || lex.cues.count(n.lower) ||
        n.text.size() < 2 || (n.text[1] >= 'A' && n.text[1] <= 'Z')) {
      continue;
    }
    t.in_name = true;
  }
}

// "First Union Corp said", "May Department Stores Co said": a capitalised ordinal, number word
// or date word (words/firm_opening_words.txt) opening capitalised words (up to four, no function
// word nor cue) that end in a legal form is the firm's first word.
void mark_firm_openers(std::vector<Token>& toks) {
  const Lexicon& lex = lexicon();
  for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
    Token& t = toks[i];
    if (t.type != TokenType::word || !t.cap || !is_stop_cap(t.lower) ||
        !lex.opens_firm_name(t.lower))
      continue;
    for (std::size_t k = i + 1; k < toks.size() && k <= i + 4; ++k) {
      const Token& n = toks[k];
      if (n.type != TokenType::word || !n.cap || is_stop_cap(n.lower) || lex.cues.count(n.lower))
        break;
      if (k > i + 1 && lex.is_legal_form(n.lower)) {
        t.in_name = true;
        break;
      }
    }
  }
}

}  // namespace

namespace {

// One past the end of the word starting at `b` (its first character ends at `next`): letters
// and digits, with inner apostrophes ("don't"), hyphens ("co-founder"), digit separators
// ("1,000.5"), dotted domains ("Znak.com") and initialisms ("U.S."); a quotation opening at
// `quote_open` ends it.
std::size_t word_end(std::string_view p, std::size_t b, std::size_t next, std::size_t quote_open) {
  std::size_t e = next;
  while (e < p.size()) {
    if (quote_open == e) break;
    std::size_t n2;
    char32_t d = decode_at(p, e, &n2);
    if (alnum(d)) {
      e = n2;
      continue;
    }
    std::size_t n3;
    char32_t after = decode_at(p, n2, &n3);
    std::size_t bs;
    char32_t before = decode_before(p, e, &bs);
    if ((is_apostrophe(d) && is_letter(before) && is_letter(after)) ||
        ((d == '-' || d == 0x2011) && alnum(before) && alnum(after)) ||
        ((d == ',' || d == '.') && is_digit(before) && is_digit(after))) {
      e = n2;
      continue;
    }
    if (d == '.' && is_letter(before) && after >= 'a' && after <= 'z' && n3 > n2) {
      e = n2;  // "Znak.com"
      continue;
    }
    if (d == '.' && initialism_so_far(p, b, e)) {
      // "U.S." / "U.K.": take the dot when another letter follows or the run has one.
      if (is_letter(after) && (n3 >= p.size() || p[n3] == '.')) {
        e = n2;
        continue;
      }
      if (e - b >= 3) {
        e = n2;  // final dot of an initialism
      }
    }
    break;
  }
  return e;
}

// "el-Sisi", "al-Assad", "bin-Laden": a lowercase particle (words/hyphenated_name_particles.txt)
// joined to a capitalised name is written as part of the name
bool particle_name(std::string_view lower, std::string_view text) {
  const auto dash = text.find('-');
  return dash != std::string_view::npos && dash + 1 < text.size() && text[dash + 1] >= 'A' &&
         text[dash + 1] <= 'Z' && lexicon().is("hyphenated_name_particles", lower.substr(0, dash));
}

// The word [b, e); "Dr.", "Sept.", "Mr.", initials "F.": the full stop belongs to the word
// when the segmenter's test says such a full stop ends no sentence.
Token word_token(std::string_view p, std::size_t b, std::size_t e, bool cap) {
  Token t;
  t.type = TokenType::word;
  t.begin = b;
  t.lower = ascii_lower(p.substr(b, e - b));
  if (e < p.size() && p[e] == '.' && (e + 1 >= p.size() || p[e + 1] != '.')) {
    if (segment::abbreviation_stop(p.substr(b, e + 1 - b), p.substr(e + 1))) ++e;
  }
  t.end = e;
  t.text = p.substr(b, e - b);
  t.cap = cap;
  return t;
}

// The punctuation character `c` at [i, next); "--" and "..." as one token.
Token punct_token(std::string_view p, std::size_t i, std::size_t next, char32_t c) {
  Token t;
  t.type = TokenType::punct;
  t.begin = i;
  t.end = next;
  if ((c == '-' || c == '.') && next < p.size() && p[next] == static_cast<char>(c)) {
    while (t.end < p.size() && p[t.end] == static_cast<char>(c)) ++t.end;
  }
  t.text = p.substr(t.begin, t.end - t.begin);
  return t;
}

Token quote_token(std::string_view p, const QuoteSpan& q) {
  Token t;
  t.type = TokenType::quote;
  t.begin = q.open;
  t.end = q.end;
  t.text = p.substr(t.begin, t.end - t.begin);
  t.quote = q;
  return t;
}

// Where reading goes on after '<' or '>' at `i`: past a wire ticker "<FFXA.S>", else past the
// sign alone (bracketed names "<Equity Silver Mines Ltd>" keep their words).
std::size_t skip_angle(std::string_view p, char32_t c, std::size_t next) {
  if (c == '<') {
    std::size_t close = p.find('>', next);
    if (close != std::string_view::npos && close - next <= 16 &&
        p.substr(next, close - next).find(' ') == std::string_view::npos) {
      return close + 1;
    }
  }
  return next;
}

}  // namespace

std::vector<Token> tokenize(std::string_view p, std::size_t from) {
  std::vector<Token> out;
  out.reserve(p.size() / 5 + 4);
  const auto quotes = find_quotes(p);
  std::size_t qi = 0;
  while (qi < quotes.size() && quotes[qi].open < from) ++qi;
  std::size_t i = from;
  while (i < p.size()) {
    const std::size_t quote_open = qi < quotes.size() ? quotes[qi].open : std::string_view::npos;
    if (quote_open == i) {
      out.push_back(quote_token(p, quotes[qi]));
      i = quotes[qi].end;
      ++qi;
      continue;
    }
    std::size_t next;
    char32_t c = decode_at(p, i, &next);
    if (is_space(c) || c == 0xFFFD || c == 0xFEFF) {
      i = next;
    } else if (c == '<' || c == '>') {
      i = skip_angle(p, c, next);
    } else if (alnum(c)) {
      out.push_back(word_token(p, i, word_end(p, i, next, quote_open), is_upper(c)));
      if (!out.back().cap) out.back().cap = particle_name(out.back().lower, out.back().text);
      i = out.back().end;
    } else {
      out.push_back(punct_token(p, i, next, c));
      i = out.back().end;
    }
  }
  mark_surnames(out);
  mark_firm_openers(out);
  return out;
}

namespace {

// "A.” Smith said": whether the sentence goes on after quotation `k`, which ends with . ! ?
// and is followed by a capitalised word. It ends there when the sentence before it already has
// its cue ("X said, “A.” Y told ...") or when no attribution follows: a cue within a few words
// with little after it before the full stop.
bool attribution_follows(const std::vector<Token>& toks, std::size_t start, std::size_t k) {
  const Lexicon& lex = lexicon();
  for (std::size_t j = start; j < k; ++j) {
    if (is_word(toks[j]) && !toks[j].cap && lex.cues.count(toks[j].lower)) return false;
  }
  for (std::size_t j = k + 1; j < toks.size() && j < k + 8; ++j) {
    if (!is_word(toks[j])) break;
    if (!toks[j].cap && lex.cues.count(toks[j].lower)) {
      std::size_t words = 0;
      for (std::size_t q = j + 1; q < toks.size(); ++q) {
        const Token& u = toks[q];
        if (u.type == TokenType::quote) return is_punct(toks[q - 1], ",");  // "“A.” he said, “B.”"
        if (u.type == TokenType::punct &&
            (u.text == "." || u.text == "!" || u.text == "?" || u.text == ";"))
          break;
        if (u.type == TokenType::word && ++words > 5) return false;
      }
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<SentenceRange> sentence_ranges(std::string_view p, const std::vector<Token>& toks) {
  std::vector<SentenceRange> out;
  if (toks.empty()) return out;
  const std::size_t from = toks.front().begin;
  const std::vector<segment::Span> spans = segment::split_sentences(p.substr(from));
  if (spans.size() <= 1) return {{0, toks.size()}};
  // ICU sentence of a byte: the first span ending after it (spaces between spans go forward)
  std::size_t sb = 0, se = 0;
  auto span_of = [&](std::size_t& j, std::size_t byte) {
    while (j + 1 < spans.size() && from + spans[j].end <= byte) ++j;
    return j;
  };
  std::size_t start = 0;
  std::size_t reach = span_of(se, toks[0].end - 1);  // last ICU sentence the sentence touches
  for (std::size_t k = 1; k < toks.size(); ++k) {
    const Token& t = toks[k];
    // a quotation from its first word: ICU counts a mark glued to a full stop as closing
    // (“he added."If you ...”)
    const std::size_t first =
        span_of(sb, t.type == TokenType::quote ? t.quote.inner_begin : t.begin);
    // a boundary inside a quotation is none: “We will grow. We will open up,” Xi said.
    bool boundary = first > reach;
    const Token& prev = toks[k - 1];
    if (prev.type == TokenType::quote) {
      // after a quotation ending in . ! ?, a new sentence starts unless its attribution follows
      boundary = quote_ends_sentence(prev) && is_word(t) && t.cap &&
                 !attribution_follows(toks, start, k - 1);
    }
    if (boundary) {
      out.push_back({start, k});
      start = k;
    }
    reach = std::max(reach, span_of(se, t.end - 1));
  }
  out.push_back({start, toks.size()});
  return out;
}

}  // namespace verbatim::extract
