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

// The current time in UTC as ISO 8601, "2026-12-02T01:02:03Z" (index runs, fetch records).
std::string now_iso8601();

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

// ---- Dates as a user types them (--since, --until, date: in queries); text/date_range.cc ----

// The forms parse_date_range accepts, for the message that refuses anything else.
inline constexpr std::string_view kDateForms =
    "YYYY, YYYY-MM, YYYY-MM-DD, a range A..B (either end may be left open), or relative to "
    "today: 7d, 2w, 3m, 1y (that long ago), today, yesterday, a weekday (monday), last week, "
    "last month, last year";

// The days from `first` to `last`, both included; an open end is year 0.
struct DateRange {
  Date first, last;
  bool open_start() const { return first.year == 0; }
  bool open_end() const { return last.year == 0; }
};

// A user's date or range, relative forms counted back from `reference` (today for a query, an
// item's date for "said on Friday"):
//   2020 / 2020-11 / 2020-11-03   that year, month or day
//   A..B, A.., ..B               from the first day of A to the last day of B
//   7d 2w 3m 1y                  that long ago; alone: from then to `reference`
//   today, yesterday             that day
//   monday ... sunday            the last such day on or before `reference`
//   last week/month/year         the calendar week (Monday to Sunday), month or year before
// Case and surrounding spaces do not matter; nullopt for anything else (then name kDateForms),
// including a range that ends before it starts.
std::optional<DateRange> parse_date_range(std::string_view text, const Date& reference);

// Today's local date, or VERBATIM_TODAY (YYYY-MM-DD) when set, so that runs can be repeated.
Date today();

// Date arithmetic on valid dates: `days` later (earlier when negative); `months` later with
// the day kept where the month has it (else its last day).
Date add_days(const Date& d, int days);
Date add_months(const Date& d, int months);
// 1 Monday ... 7 Sunday.
int weekday_of(const Date& d);
int days_in_month(int year, int month);
// "20230908": dates as the index's date slot holds them (sorting as strings sort).
std::string compact(const Date& d);
// ---- When a statement was said (Statement::said_on: "2022-08-15", or "2022-08") ----

// Its sort key, as the index's said_first/said_last slots hold it: "20220815", "202208" (a
// month sorts before the days in it); "" for an empty or unreadable said_on.
std::string said_on_key(std::string_view said_on);
// Whether a statement said on `said_on` is inside `range`: a day when the range holds it, a
// month (or a year) when the range holds any of its days ("2022-08" is inside --since
// 2022-08-15 and --until 2022-08-01). False for an empty or unreadable said_on.
bool said_within(std::string_view said_on, const DateRange& range);

// The other way: "20230908" -> "2023-09-08"; empty for anything not 8 bytes long (an undated
// item's empty slot).
std::string iso_of_compact(std::string_view compact_date);

}  // namespace verbatim::text
