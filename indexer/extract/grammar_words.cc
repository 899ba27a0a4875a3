// The grammar's closed word classes, read from data/extract/words/ in the language of the item
// being analysed; each is looked up once per language and thread (WordClassCache).
#include "indexer/extract/grammar_parser.h"
#include "indexer/extract/lexicon.h"

#include "text/dates.h"

namespace verbatim::extract::detail {

const std::unordered_set<std::string_view>& right_adverbs() {
  static thread_local WordClassCache words;
  return words.get("right_adverbs");
}

const std::unordered_set<std::string_view>& time_nouns() {
  static thread_local WordClassCache words;
  return words.get("time_nouns");
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
  static thread_local WordClassCache words;
  return words.get("statement_nouns").count(lower) > 0;
}

bool is_preposition_start(std::string_view lower) {
  static thread_local WordClassCache words;
  return words.get("phrase_openers").count(lower) > 0;
}

const std::unordered_set<std::string_view>& be_forms() {
  static thread_local WordClassCache words;
  return words.get("be_forms");
}

const std::unordered_set<std::string_view>& noun_determiners() {
  static thread_local WordClassCache words;
  return words.get("noun_determiners");
}

const std::unordered_set<std::string_view>& gerund_links() {
  static thread_local WordClassCache words;
  return words.get("gerund_links");
}

const std::unordered_set<std::string_view>& object_pronouns() {
  static thread_local WordClassCache words;
  return words.get("object_pronouns");
}

bool is_sentence_stop(const Token& t) {
  static thread_local WordClassCache stops;
  return t.type == TokenType::punct && stops.get("sentence_stops").count(t.text) > 0;
}

}  // namespace verbatim::extract::detail
