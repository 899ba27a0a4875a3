// Tokens of a paragraph for the attribution grammar: words, punctuation, and whole quotations
// as single tokens; and their sentences, from the ICU segmenter, merged across quotations.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/quotes.h"

namespace verbatim::extract {

enum class TokenType { word, punct, quote };

struct Token {
  TokenType type = TokenType::word;
  std::size_t begin = 0;  // bytes in the paragraph
  std::size_t end = 0;
  std::string_view text;  // the bytes (borrowed from the paragraph)
  std::string lower;      // ASCII-lowercased word ("" for quotes)
  bool cap = false;       // word starting with an upper-case letter
  // a function word or a date word that is part of a name here: a surname ("He Lifeng", "Sun
  // Chenghai"), a firm's first word ("First Union Corp", "May Department Stores Co")
  bool in_name = false;
  QuoteSpan quote;  // for quote tokens
};

// Tokenizes `paragraph` from byte `from` on (a wire dateline before it is skipped).
std::vector<Token> tokenize(std::string_view paragraph, std::size_t from);

struct SentenceRange {
  std::size_t first = 0;  // token indexes [first, last)
  std::size_t last = 0;
};

// The sentences of `paragraph`'s tokens: the ICU sentences of segment::split_sentences, read
// from the first token on, merged where a quotation spans them (“We will grow. We will open up,”
// Xi said.). After a quotation the extractor decides: a sentence ends there when the quotation
// ends in . ! ? and a capitalised word follows that does not start its attribution ("X said “A.”
// Y told ...", but not "“A.” Smith said.").
std::vector<SentenceRange> sentence_ranges(std::string_view paragraph,
                                           const std::vector<Token>& tokens);

inline bool is_punct(const Token& t, std::string_view p) {
  return t.type == TokenType::punct && t.text == p;
}
inline bool is_word(const Token& t) {
  return t.type == TokenType::word;
}
inline bool is_quote(const Token& t) {
  return t.type == TokenType::quote;
}
// A dash used as a clause separator (— – or " - ").
bool is_dash(const Token& t);
// A quotation whose words end with . ! ? (before the closing mark).
bool quote_ends_sentence(const Token& t);

}  // namespace verbatim::extract
