#include "indexer/extract/tokens.h"

#include "indexer/extract/lexicon.h"
#include "indexer/extract/mentions.h"

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
    t.surname = true;
  }
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
    if (qi < quotes.size() && quotes[qi].open == i) {
      Token t;
      t.type = TokenType::quote;
      t.begin = i;
      t.end = quotes[qi].end;
      t.text = p.substr(t.begin, t.end - t.begin);
      t.quote = quotes[qi];
      out.push_back(std::move(t));
      i = quotes[qi].end;
      ++qi;
      continue;
    }
    std::size_t next;
    char32_t c = decode_at(p, i, &next);
    if (is_space(c) || c == 0xFFFD || c == 0xFEFF) {
      i = next;
      continue;
    }
    if (c == '<' || c == '>') {
      // wire tickers "<FFXA.S>" and bracketed names "<Equity Silver Mines Ltd>"
      if (c == '<') {
        std::size_t close = p.find('>', next);
        if (close != std::string_view::npos && close - next <= 16 &&
            p.substr(next, close - next).find(' ') == std::string_view::npos) {
          i = close + 1;
          continue;
        }
      }
      i = next;
      continue;
    }
    if (alnum(c)) {
      std::size_t b = i;
      std::size_t e = next;
      while (e < p.size()) {
        if (qi < quotes.size() && quotes[qi].open == e) break;
        std::size_t n2;
        char32_t d = decode_at(p, e, &n2);
        if (alnum(d)) {
          e = n2;
          continue;
        }
        std::size_t n3;
        char32_t after = decode_at(p, n2, &n3);
        char32_t before;
        std::size_t bs;
        before = decode_before(p, e, &bs);
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
      Token t;
      t.type = TokenType::word;
      t.begin = b;
      t.lower = ascii_lower(p.substr(b, e - b));
      // "Dr.", "Sept.", "Mr.", initials "F.": the full stop belongs to the word
      if (e < p.size() && p[e] == '.' && (e + 1 >= p.size() || p[e + 1] != '.')) {
        bool initial = e - b == 1 && is_upper(c);
        bool abbrev = lexicon().abbreviations.count(t.lower) > 0;
        if (abbrev && t.lower == "no") {
          std::size_t n = e + 1;
          while (n < p.size() && p[n] == ' ') ++n;
          abbrev = n < p.size() && p[n] >= '0' && p[n] <= '9';
        }
        if (initial || abbrev) ++e;
      }
      t.end = e;
      t.text = p.substr(b, e - b);
      t.cap = is_upper(c);
      out.push_back(std::move(t));
      i = e;
      continue;
    }
    Token t;
    t.type = TokenType::punct;
    t.begin = i;
    t.end = next;
    // "--" and "..." as one token
    if ((c == '-' || c == '.') && next < p.size() && p[next] == static_cast<char>(c)) {
      while (t.end < p.size() && p[t.end] == static_cast<char>(c)) ++t.end;
    }
    t.text = p.substr(t.begin, t.end - t.begin);
    out.push_back(std::move(t));
    i = t.end;
  }
  mark_surnames(out);
  return out;
}

std::vector<SentenceRange> split_sentences(const std::vector<Token>& toks) {
  const Lexicon& lex = lexicon();
  std::vector<SentenceRange> out;
  std::size_t start = 0;
  auto starts_sentence = [&](std::size_t k) {
    if (k >= toks.size()) return false;
    const Token& t = toks[k];
    if (t.type == TokenType::quote) return true;
    if (t.type == TokenType::punct) return false;
    return t.cap || (t.text[0] >= '0' && t.text[0] <= '9');
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    bool boundary = false;
    // "... of Acme Corp. “This partnership ...”": an abbreviation's full stop before a new
    // quotation ends the sentence
    if (t.type == TokenType::word && t.text.size() > 1 && t.text.back() == '.' &&
        k + 1 < toks.size() && toks[k + 1].type == TokenType::quote && k > start &&
        t.end < toks[k + 1].begin) {
      out.push_back({start, k + 1});
      start = k + 1;
      continue;
    }
    if (t.type == TokenType::punct && (t.text == "." || t.text == "?" || t.text == "!" ||
                                       t.text == "\xE2\x80\xA6" || t.text == "...")) {
      boundary = starts_sentence(k + 1);
      // A closing bracket or quotation right after the stop belongs to this sentence.
      std::size_t end = k + 1;
      while (boundary && end < toks.size() && is_punct(toks[end], ")")) ++end;
      if (boundary) {
        out.push_back({start, end});
        start = end;
        k = end - 1;
      }
    } else if (t.type == TokenType::quote && k + 1 < toks.size() && is_word(toks[k + 1]) &&
               toks[k + 1].cap && quote_ends_sentence(t)) {
      // a sentence that already has its cue ("X said, "A." Y told ...") ends here
      bool cue_before = false;
      for (std::size_t j = start; j < k; ++j) {
        if (is_word(toks[j]) && !toks[j].cap && lex.cues.count(toks[j].lower)) cue_before = true;
      }
      // "... he said "A." Trump added ..." ends a sentence after the quotation; but not
      // "“A.” Smith said": a cue soon after keeps the attribution in the sentence.
      // An attribution follows when a cue comes within a few words and little comes after it
      // before the full stop.
      bool attribution_follows = false;
      for (std::size_t j = k + 1; j < toks.size() && j < k + 8; ++j) {
        if (!is_word(toks[j])) break;
        if (!toks[j].cap && lex.cues.count(toks[j].lower)) {
          std::size_t words = 0;
          bool ends = true;
          for (std::size_t q = j + 1; q < toks.size(); ++q) {
            const Token& u = toks[q];
            if (u.type == TokenType::quote) {
              ends = is_punct(toks[q - 1], ",");  // "“A.” he said, “B.”" goes on
              break;
            }
            if (u.type == TokenType::punct &&
                (u.text == "." || u.text == "!" || u.text == "?" || u.text == ";"))
              break;
            if (u.type == TokenType::word && ++words > 5) {
              ends = false;
              break;
            }
          }
          attribution_follows = ends;
          break;
        }
      }
      if (!attribution_follows || cue_before) {
        out.push_back({start, k + 1});
        start = k + 1;
      }
    }
  }
  if (start < toks.size()) out.push_back({start, toks.size()});
  return out;
}

}  // namespace verbatim::extract
