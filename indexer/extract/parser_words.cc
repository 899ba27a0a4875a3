#include "indexer/extract/grammar_parser.h"

namespace verbatim::extract::detail {

ParserWords::ParserWords(const Lexicon& lex) {
#define VERBATIM_WORD_CLASS(name) name = &lex.words(#name);
#include "indexer/extract/parser_words.def"
#undef VERBATIM_WORD_CLASS
}

}  // namespace verbatim::extract::detail
