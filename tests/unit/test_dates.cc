// Dates and the names of months and weekdays (text/dates).
#include <catch2/catch.hpp>

#include <algorithm>

#include "text/dates.h"

using namespace verbatim::text;

TEST_CASE("dates in several spellings become ISO 8601", "[dates]") {
  CHECK(parse_date("2023-09-08") == "2023-09-08");
  CHECK(parse_date("Sept. 8, 2023") == "2023-09-08");
  CHECK(parse_date("September 8 2023") == "2023-09-08");
  CHECK(parse_date("8 Sep 2023") == "2023-09-08");
  CHECK_FALSE(parse_date("yesterday"));
  CHECK_FALSE(parse_date("2023-13-40"));
}

TEST_CASE("parse_date: full dates only", "[dates]") {
  struct Case {
    const char* text;
    const char* iso;  // nullptr: not a full date
  };
  const std::vector<Case> cases = {
      {"Sept. 8, 2023", "2023-09-08"},
      {"2023-09-08", "2023-09-08"},
      {"  Jan. 15, 2024", "2024-01-15"},
      {"\xC2\xA0"
       "15 January 2024",
       "2024-01-15"},
      {"DEC 31 1999", "1999-12-31"},
      {"May 1, 2020 and later", "2020-05-01"},
      {"8 September, 2023", "2023-09-08"},
      {"2023-9-8", "2023-09-08"},
      {"March 3", nullptr},           // no year
      {"8 September", nullptr},       // no year
      {"March 32, 2023", nullptr},    // no such day
      {"Sept 8, 1700", nullptr},      // a year out of range
      {"20230-09-08", nullptr},       // a number too long for a year
      {"2023-09-08x", "2023-09-08"},  // the date, then other text
      {"Octember 3, 2023", nullptr},
      {"3rd of May 2023", nullptr},
      {"", nullptr},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto iso = parse_date(c.text);
    if (c.iso) {
      CHECK(iso == std::string(c.iso));
    } else {
      CHECK_FALSE(iso);
    }
  }
}

TEST_CASE("match_date: the date at the start and the bytes it takes", "[dates]") {
  struct Case {
    const char* text;
    int year, month, day;
    const char* rest;
  };
  const std::vector<Case> cases = {
      {"March 3 - Britain", 0, 3, 3, " - Britain"},
      {"Feb 26 - Shares", 0, 2, 26, " - Shares"},
      {"Sept. 8, 2023 /PRNewswire/", 2023, 9, 8, " /PRNewswire/"},
      {"8 September 2023 – Shares", 2023, 9, 8, " – Shares"},
      {"8 Sept., said", 0, 9, 8, ", said"},
      {"March 3, the day", 0, 3, 3, ", the day"},
      {"2023-09-08 news", 2023, 9, 8, " news"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto m = match_date(c.text);
    REQUIRE(m);
    CHECK(m->date.year == c.year);
    CHECK(m->date.month == c.month);
    CHECK(m->date.day == c.day);
    CHECK(std::string(c.text).substr(m->length) == c.rest);
  }
  for (const char* text : {"Britain said", "March of the unions", "in March 3", "13 pct"}) {
    INFO(text);
    CHECK_FALSE(match_date(text));
  }
}

TEST_CASE("month names and abbreviations", "[dates]") {
  struct Case {
    const char* word;
    int number;  // 0: not a month
    bool abbreviation;
  };
  const std::vector<Case> cases = {
      {"January", 1, false}, {"jan", 1, true},   {"Jan.", 1, true},    {"MARCH", 3, false},
      {"mar", 3, true},      {"may", 5, false},  {"June", 6, false},   {"Jun", 6, true},
      {"sep", 9, true},      {"sept", 9, true},  {"Sept.", 9, true},   {"december", 12, false},
      {"Dec.", 12, true},    {"may.", 0, false}, {"March.", 0, false}, {"janu", 0, false},
      {"", 0, false},        {".", 0, false},    {"monday", 0, false},
  };
  for (const Case& c : cases) {
    INFO(c.word);
    auto m = month_word(c.word);
    if (c.number == 0) {
      CHECK_FALSE(m);
      continue;
    }
    REQUIRE(m);
    CHECK(m->number == c.number);
    CHECK(m->abbreviation == c.abbreviation);
  }
}

TEST_CASE("weekday names and abbreviations", "[dates]") {
  CHECK(weekday_word("Monday")->number == 1);
  CHECK_FALSE(weekday_word("Monday")->abbreviation);
  CHECK(weekday_word("sunday")->number == 7);
  CHECK(weekday_word("Wed")->abbreviation);
  CHECK(weekday_word("Thu.")->number == 4);
  CHECK_FALSE(weekday_word("weekday"));
  CHECK_FALSE(weekday_word("january"));
}

TEST_CASE("ISO form of a date", "[dates]") {
  CHECK(Date{2023, 9, 8}.iso() == "2023-09-08");
  CHECK(Date{0, 3, 3}.iso().empty());
}

TEST_CASE("calendar words are months and weekdays", "[dates]") {
  for (const char* w : {"january", "Sept.", "sep", "may", "monday", "Sun", "thu."}) {
    INFO(w);
    CHECK(is_calendar_word(w));
  }
  for (const char* w : {"week", "today", "March.", "xi", "", "mondays"}) {
    INFO(w);
    CHECK_FALSE(is_calendar_word(w));
  }
}

TEST_CASE("calendar abbreviations, months first", "[dates]") {
  const std::vector<std::string_view> all = calendar_abbreviations();
  REQUIRE(all.size() == 21);
  CHECK(all.front() == "jan");
  CHECK(std::find(all.begin(), all.end(), "sept") != all.end());
  CHECK(std::find(all.begin(), all.end(), "tues") != all.end());
  CHECK(std::find(all.begin(), all.end(), "may") == all.end());  // a name, not an abbreviation
  CHECK(std::find(all.begin(), all.end(), "monday") == all.end());
}

// ---- parse_date_range: dates as a user types them ----

namespace {

// "2023-09-01..2023-09-30", with "" for an open end; "-" when refused.
std::string range_text(std::string_view typed, const Date& ref) {
  auto r = parse_date_range(typed, ref);
  if (!r) return "-";
  return (r->open_start() ? "" : r->first.iso()) + ".." + (r->open_end() ? "" : r->last.iso());
}

}  // namespace

TEST_CASE("parse_date_range: calendar forms and ranges", "[dates]") {
  const Date ref{2024, 6, 5};  // a Wednesday
  struct Case {
    const char* typed;
    const char* range;  // "-": refused
  };
  const std::vector<Case> cases = {
      {"2020", "2020-01-01..2020-12-31"},
      {"2020-11", "2020-11-01..2020-11-30"},
      {"2020-2", "2020-02-01..2020-02-29"},  // leap year
      {"2021-02", "2021-02-01..2021-02-28"},
      {"2020-11-03", "2020-11-03..2020-11-03"},
      {"2020-11-3", "2020-11-03..2020-11-03"},
      {"  2020-11  ", "2020-11-01..2020-11-30"},
      {"2020-11..", "2020-11-01.."},
      {"..2020-11", "..2020-11-30"},
      {"2019..2020-03", "2019-01-01..2020-03-31"},
      {"2020-11-03..2020-11-03", "2020-11-03..2020-11-03"},
      {"2020 .. 2021", "2020-01-01..2021-12-31"},
      {"2021..2020", "-"},  // ends before it starts
      {"..", "-"},
      {"2020..2021..2022", "-"},
      {"Nov 1, 2020", "-"},  // news text, not a form a user types
      {"2020-13", "-"},
      {"2020-02-30", "-"},
      {"2020-11-03x", "-"},
      {"20201103", "-"},
      {"999", "-"},
      {"", "-"},
      {"soon", "-"},
  };
  for (const Case& c : cases) {
    INFO(c.typed);
    CHECK(range_text(c.typed, ref) == c.range);
  }
}

TEST_CASE("parse_date_range: relative to the reference date", "[dates]") {
  const Date ref{2024, 6, 5};  // a Wednesday
  struct Case {
    const char* typed;
    const char* range;
  };
  const std::vector<Case> cases = {
      {"today", "2024-06-05..2024-06-05"},
      {"yesterday", "2024-06-04..2024-06-04"},
      {"Yesterday", "2024-06-04..2024-06-04"},
      {"7d", "2024-05-29..2024-06-05"},  // alone: from then to the reference date
      {"2w", "2024-05-22..2024-06-05"},
      {"3m", "2024-03-05..2024-06-05"},
      {"1y", "2023-06-05..2024-06-05"},
      {"7d..", "2024-05-29.."},
      {"..7d", "..2024-05-29"},  // an end: the day that long ago
      {"3m..1m", "2024-03-05..2024-05-05"},
      {"last week", "2024-05-27..2024-06-02"},  // Monday to Sunday
      {"LAST  WEEK", "2024-05-27..2024-06-02"},
      {"last month", "2024-05-01..2024-05-31"},
      {"last year", "2023-01-01..2023-12-31"},
      {"last month..", "2024-05-01.."},
      {"..last month", "..2024-05-31"},
      {"wednesday", "2024-06-05..2024-06-05"},  // on or before the reference date
      {"friday", "2024-05-31..2024-05-31"},
      {"monday", "2024-06-03..2024-06-03"},
      {"0d", "2024-06-05..2024-06-05"},
      {"7x", "-"},
      {"d", "-"},
      {"-7d", "-"},
      {"last decade", "-"},
      {"fri", "-"},  // abbreviations are words in a query, not dates
  };
  for (const Case& c : cases) {
    INFO(c.typed);
    CHECK(range_text(c.typed, ref) == c.range);
  }
}

TEST_CASE("date arithmetic across months, years and leap days", "[dates]") {
  CHECK(add_days({2024, 3, 1}, -1).iso() == "2024-02-29");
  CHECK(add_days({2023, 12, 31}, 1).iso() == "2024-01-01");
  CHECK(add_days({2000, 1, 1}, 366).iso() == "2001-01-01");
  CHECK(add_months({2024, 3, 31}, -1).iso() == "2024-02-29");  // the month's last day
  CHECK(add_months({2024, 1, 15}, -1).iso() == "2023-12-15");
  CHECK(add_months({2024, 2, 29}, -12).iso() == "2023-02-28");
  CHECK(weekday_of({1970, 1, 1}) == 4);  // Thursday
  CHECK(weekday_of({2024, 6, 3}) == 1);  // Monday
  CHECK(weekday_of({2024, 6, 9}) == 7);  // Sunday
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(compact({2023, 9, 8}) == "20230908");
  CHECK(iso_of_compact("20230908") == "2023-09-08");
  CHECK(iso_of_compact(compact({1987, 3, 30})) == "1987-03-30");
  CHECK(iso_of_compact("").empty());  // an undated item's slot
  CHECK(iso_of_compact("2023").empty());
}

TEST_CASE("parse_date_range: 'last week' from each day of a week", "[dates]") {
  // 2024-06-03 is a Monday: every day of that week has the week of 2024-05-27 before it.
  for (int day = 3; day <= 9; ++day) {
    INFO(day);
    CHECK(range_text("last week", {2024, 6, day}) == "2024-05-27..2024-06-02");
  }
  CHECK(range_text("last month", {2024, 1, 10}) == "2023-12-01..2023-12-31");
}

TEST_CASE("said_within: a statement's day, or month, against a user's range", "[dates][said_on]") {
  const Date ref{2024, 6, 5};
  struct Case {
    const char* said_on;
    const char* range;  // as --since A.. / --until ..B / A..B are read
    bool within;
  };
  const std::vector<Case> cases = {
      {"2022-08-20", "2022-08-15..", true},
      {"2022-08-14", "2022-08-15..", false},
      {"2022-08-15", "2022-08-15..2022-08-15", true},
      // a month is inside a range holding any of its days
      {"2022-08", "2022-08-15..", true},
      {"2022-08", "..2022-08-01", true},
      {"2022-08", "2022-08-15..2022-08-20", true},
      {"2022-08", "2022-09..", false},
      {"2022-08", "..2022-07-31", false},
      {"2022-08", "2023..", false},
      {"2022-08", "..2022-12", true},
      {"2023-09-08", "2023", true},
      {"2023-09-08", "2024", false},
      // no said_on (an undated item the text gave no date for), or not one
      {"", "2022..", false},
      {"August", "2022..", false},
  };
  for (const Case& c : cases) {
    INFO(c.said_on << " in " << c.range);
    const auto range = parse_date_range(c.range, ref);
    REQUIRE(range);
    CHECK(said_within(c.said_on, *range) == c.within);
  }
}

TEST_CASE("said_on_key: said_on as the sort slots hold it, a month before its days",
          "[dates][said_on]") {
  CHECK(said_on_key("2022-08-15") == "20220815");
  CHECK(said_on_key("2022-08") == "202208");
  CHECK(said_on_key("") == "");
  CHECK(said_on_key("soon") == "");
  CHECK(said_on_key("2022-08") < said_on_key("2022-08-01"));
  CHECK(said_on_key("2022-08-31") < said_on_key("2022-09"));
}
