// The grammar's closed word classes, read from data/extract/words/ in the language of the item
// being analysed, through ParserWords (parser_words.def): resolved once per language and thread.
#include "indexer/extract/grammar_parser.h"
#include "indexer/extract/lexicon.h"

#include "text/dates.h"

namespace verbatim::extract::detail {

const std::unordered_set<std::string_view>& right_adverbs() {
  return *parser_words(lexicon()).right_adverbs;
}

const std::unordered_set<std::string_view>& time_nouns() {
  return *parser_words(lexicon()).time_nouns;
}

bool is_weekday(std::string_view lower) {
  auto day = text::weekday_word(lower);
  return day && !day->abbreviation;
}

bool is_month(std::string_view lower) {
  return text::month_word(lower).has_value();
}

// Nouns of the channel a statement was made in: "in a statement", "in an interview".
bool statement_noun(std::string_view lower) {
  return parser_words(lexicon()).statement_nouns->count(lower) > 0;
}

bool is_preposition_start(std::string_view lower) {
  return parser_words(lexicon()).phrase_openers->count(lower) > 0;
}

const std::unordered_set<std::string_view>& be_forms() {
  return *parser_words(lexicon()).be_forms;
}

const std::unordered_set<std::string_view>& noun_determiners() {
  return *parser_words(lexicon()).noun_determiners;
}

const std::unordered_set<std::string_view>& gerund_links() {
  return *parser_words(lexicon()).gerund_links;
}

const std::unordered_set<std::string_view>& object_pronouns() {
  return *parser_words(lexicon()).object_pronouns;
}

bool is_sentence_stop(const Token& t) {
  return t.type == TokenType::punct && parser_words(lexicon()).sentence_stops->count(t.text) > 0;
}

}  // namespace verbatim::extract::detail
