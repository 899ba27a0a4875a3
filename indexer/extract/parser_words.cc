#include "indexer/extract/grammar_parser.h"

namespace verbatim::extract::detail {

const ParserWords& parser_words(const Lexicon& lex) {
  // one lexicon per item: the classes are looked up again only when the language changes
  thread_local const Lexicon* cached = nullptr;
  thread_local ParserWords words;
  if (cached != &lex) {
#define VERBATIM_WORD_CLASS(name) words.name = &lex.words(#name);
#include "indexer/extract/parser_words.def"
#undef VERBATIM_WORD_CLASS
    cached = &lex;
  }
  return words;
}

}  // namespace verbatim::extract::detail
