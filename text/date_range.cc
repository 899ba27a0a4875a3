// Dates as a user types them: one parser for --since, --until and date: in queries.
#include <cstdlib>
#include <ctime>
#include <string>

#include <fmt/format.h>

#include "text/cursor.h"
#include "text/dates.h"
#include "text/normalize.h"

namespace verbatim::text {
namespace {

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms): arithmetic on
// dates without time zones or the C library's range limits.
long days_from_civil(const Date& d) {
  const int y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(d.month + (d.month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400) + (month <= 2 ? 1 : 0);
  return Date{year, month, day};
}

bool before(const Date& a, const Date& b) {
  return compact(a) < compact(b);
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Digits at the cursor: their value and how many there were (0 when none).
std::pair<long, std::size_t> read_digits(Cursor& c) {
  long value = 0;
  std::size_t n = 0;
  while (!c.done() && is_digit(c.peek()) && n < 9) {
    value = value * 10 + (c.s[c.i++] - '0');
    ++n;
  }
  return {value, n};
}

bool valid_year(long y) {
  return y >= 1000 && y <= 9999;
}

// YYYY, YYYY-MM, YYYY-MM-DD (month and day of one or two digits): the days it covers.
std::optional<DateRange> calendar_span(std::string_view s) {
  Cursor c{s};
  auto [year, n] = read_digits(c);
  if (n != 4 || !valid_year(year)) return std::nullopt;
  const int y = static_cast<int>(year);
  if (c.done()) return DateRange{{y, 1, 1}, {y, 12, 31}};
  if (!c.eat("-")) return std::nullopt;
  auto [month, mn] = read_digits(c);
  if (mn < 1 || mn > 2 || month < 1 || month > 12) return std::nullopt;
  const int m = static_cast<int>(month);
  if (c.done()) return DateRange{{y, m, 1}, {y, m, days_in_month(y, m)}};
  if (!c.eat("-")) return std::nullopt;
  auto [day, dn] = read_digits(c);
  if (!c.done() || dn < 1 || dn > 2 || day < 1 || day > days_in_month(y, m)) return std::nullopt;
  const Date d{y, m, static_cast<int>(day)};
  return DateRange{d, d};
}

// 7d, 2w, 3m, 1y: the day that long before `ref`.
std::optional<Date> ago(std::string_view s, const Date& ref) {
  Cursor c{s};
  auto [count, n] = read_digits(c);
  if (n == 0 || n > 5 || c.i + 1 != s.size()) return std::nullopt;
  const int k = static_cast<int>(count);
  switch (s.back()) {
    case 'd':
      return add_days(ref, -k);
    case 'w':
      return add_days(ref, -7 * k);
    case 'm':
      return add_months(ref, -k);
    case 'y':
      return add_months(ref, -12 * k);
  }
  return std::nullopt;
}

// today, yesterday, a weekday, last week/month/year: the days they name.
std::optional<DateRange> named_span(const std::string& s, const Date& ref) {
  if (s == "today") return DateRange{ref, ref};
  if (s == "yesterday") {
    const Date d = add_days(ref, -1);
    return DateRange{d, d};
  }
  if (auto w = weekday_word(s); w && !w->abbreviation) {
    const Date d = add_days(ref, -((weekday_of(ref) - w->number + 7) % 7));
    return DateRange{d, d};
  }
  if (s == "last week") {
    const Date monday = add_days(ref, -(weekday_of(ref) - 1) - 7);
    return DateRange{monday, add_days(monday, 6)};
  }
  if (s == "last month") {
    const Date d = add_months({ref.year, ref.month, 1}, -1);
    return DateRange{d, {d.year, d.month, days_in_month(d.year, d.month)}};
  }
  if (s == "last year") return DateRange{{ref.year - 1, 1, 1}, {ref.year - 1, 12, 31}};
  return std::nullopt;
}

// "last  week" -> "last week", lower case, no spaces around.
std::string tidy(std::string_view s) {
  std::string out;
  for (char c : ascii_lower(s)) {
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// One end of a range, or a value alone; `alone` makes a relative "ago" run up to `ref`.
std::optional<DateRange> span_of(const std::string& s, const Date& ref, bool alone) {
  if (auto span = calendar_span(s)) return span;
  if (auto d = ago(s, ref)) return DateRange{*d, alone ? ref : *d};
  return named_span(s, ref);
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

Date add_days(const Date& d, int days) {
  return civil_from_days(days_from_civil(d) + days);
}

Date add_months(const Date& d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  const int year = index / 12, month = index % 12 + 1;
  const int last = days_in_month(year, month);
  return Date{year, month, d.day < last ? d.day : last};
}

int weekday_of(const Date& d) {
  // 1970-01-01 was a Thursday (4).
  const long days = days_from_civil(d);
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

std::string compact(const Date& d) {
  return fmt::format("{:04}{:02}{:02}", d.year, d.month, d.day);
}

std::string iso_of_compact(std::string_view d) {
  if (d.size() != 8) return {};
  return fmt::format("{}-{}-{}", d.substr(0, 4), d.substr(4, 2), d.substr(6, 2));
}

std::string said_on_key(std::string_view said_on) {
  if (!calendar_span(said_on)) return {};
  std::string key;
  for (char c : said_on)
    if (c != '-') key += c;
  return key;
}

bool said_within(std::string_view said_on, const DateRange& range) {
  const auto span = calendar_span(said_on);
  if (!span) return false;
  return (range.open_end() || !before(range.last, span->first)) &&
         (range.open_start() || !before(span->last, range.first));
}

Date today() {
  if (const char* fixed = std::getenv("VERBATIM_TODAY")) {
    if (auto span = calendar_span(fixed); span && span->first.iso() == span->last.iso())
      return span->first;
  }
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::optional<DateRange> parse_date_range(std::string_view text, const Date& reference) {
  const std::string s = tidy(text);
  const std::size_t dots = s.find("..");
  if (dots == std::string::npos) {
    if (s.empty()) return std::nullopt;
    return span_of(s, reference, true);
  }
  const std::string a = tidy(s.substr(0, dots)), b = tidy(s.substr(dots + 2));
  if ((a.empty() && b.empty()) || b.find("..") != std::string::npos) return std::nullopt;
  DateRange range;
  if (!a.empty()) {
    auto span = span_of(a, reference, false);
    if (!span) return std::nullopt;
    range.first = span->first;
  }
  if (!b.empty()) {
    auto span = span_of(b, reference, false);
    if (!span) return std::nullopt;
    range.last = span->last;
  }
  if (!range.open_start() && !range.open_end() && before(range.last, range.first))
    return std::nullopt;
  return range;
}

}  // namespace verbatim::text
