#include "indexer/extract/grammar_parser.h"

#include "text/dates.h"

namespace verbatim::extract::detail {

const std::unordered_set<std::string_view>& right_adverbs() {
  static const std::unordered_set<std::string_view> set = {
      "also",    "too",        "again",      "repeatedly", "publicly",    "separately",
      "later",   "earlier",    "previously", "recently",   "yesterday",   "today",
      "tonight", "then",       "further",    "once",       "reportedly",  "privately",
      "instead", "now",        "however",    "late",       "early",       "firmly",
      "clearly", "explicitly", "bluntly",    "simply",     "confidently", "emphatically",
      "flatly",  "here"};
  return set;
}

const std::unordered_set<std::string_view>& time_nouns() {
  static const std::unordered_set<std::string_view> set = {
      "week", "month", "year", "morning", "afternoon", "evening", "weekend", "night", "time"};
  return set;
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
  static const std::unordered_set<std::string_view> set = {
      "statement",    "interview",  "speech",    "letter",     "report",    "release",
      "briefing",     "filing",     "note",      "conference", "meeting",   "address",
      "message",      "post",       "tweet",     "video",      "broadcast", "testimony",
      "presentation", "communique", "editorial", "column",     "blog",      "podcast",
      "session",      "hearing",    "remarks",   "comments",   "notice",    "announcement"};
  return set.count(lower) > 0;
}

bool is_preposition_start(std::string_view lower) {
  static const std::unordered_set<std::string_view> set = {
      "on",       "in",      "at",         "during",    "when",        "while",     "after",
      "before",   "since",   "as",         "for",       "with",        "regarding", "following",
      "namely",   "earlier", "later",      "yesterday", "last",        "this",      "though",
      "although", "if",      "because",    "despite",   "unlike",      "like",      "from",
      "speaking", "asked",   "addressing", "writing",   "interviewed", "meanwhile", "separately",
      "however",  "also",    "then",       "today",     "previously",  "elsewhere", "according",
      "by",       "to",      "of",         "under",     "over",        "through",   "via",
      "amid",     "upon",    "once",       "now",       "still",       "per"};
  return set.count(lower) > 0;
}

const std::unordered_set<std::string_view>& be_forms() {
  static const std::unordered_set<std::string_view> set = {"is",   "was",   "were", "are", "be",
                                                           "been", "being", "am",   "get", "got"};
  return set;
}

const std::unordered_set<std::string_view>& noun_determiners() {
  static const std::unordered_set<std::string_view> set = {
      "the",   "a",  "an",  "his", "her",   "its",  "their", "our", "my", "your", "this", "these",
      "those", "to", "any", "no",  "every", "each", "such",  "of",  "in", "for",  "with", "on"};
  return set;
}

const std::unordered_set<std::string_view>& gerund_links() {
  static const std::unordered_set<std::string_view> set = {
      "and", "while", "before", "after", "upon",    "by",    "when", "then",
      "but", "only",  "also",   "thus",  "further", "again", "even"};
  return set;
}

const std::unordered_set<std::string_view>& object_pronouns() {
  static const std::unordered_set<std::string_view> set = {"him", "her", "them", "us",
                                                           "me",  "you", "it"};
  return set;
}

bool is_sentence_stop(const Token& t) {
  return t.type == TokenType::punct && (t.text == "." || t.text == "!" || t.text == "?" ||
                                        t.text == "\xE2\x80\xA6" || t.text == "...");
}

}  // namespace verbatim::extract::detail
