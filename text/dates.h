// Dates as news text writes them, and the names of months and weekdays. The names are data
// (data/text/months.txt, data/text/weekdays.txt), listed once for every reader of dates.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::text {

// A month or weekday name: its number (January 1, Monday 1) and whether it was abbreviated.
struct CalendarWord {
  int number = 0;
  bool abbreviation = false;
};

// "September", "sept", "Sept." (an abbreviation may keep its full stop), in any case; nullopt
// for any other word.
std::optional<CalendarWord> month_word(std::string_view word);
// "Monday", "mon", "Mon.", in any case; nullopt for any other word.
std::optional<CalendarWord> weekday_word(std::string_view word);

// A month or weekday name or abbreviation: month_word or weekday_word, in one look-up.
bool is_calendar_word(std::string_view word);

// The abbreviations of month and weekday names, lower case, months first: "jan", ..., "sept",
// ..., "mon", "tue", "tues", ... (the segmenter's abbreviations with a full stop, "Sept.").
std::vector<std::string_view> calendar_abbreviations();

// A calendar date; year 0 when the text gives none ("March 3").
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  // "2023-09-08"; empty when there is no year.
  std::string iso() const;
};

struct DateMatch {
  Date date;
  std::size_t length = 0;  // bytes of the text the date takes
};

// The date at the start of `text`: "2023-09-08", "Sept. 8, 2023", "September 8 2023",
// "8 September 2023", or without a year "March 3", "8 September". nullopt when there is none.
std::optional<DateMatch> match_date(std::string_view text);

// ISO 8601 of a full date written in one of those ways after optional spaces; nullopt when the
// text does not start with a date that has a year.
std::optional<std::string> parse_date(std::string_view text);

}  // namespace verbatim::text
