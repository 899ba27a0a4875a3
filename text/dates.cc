#include "text/dates.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <ctime>
#include <initializer_list>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "text/cursor.h"
#include "text/embedded_data.h"
#include "text/normalize.h"

namespace verbatim::text {
namespace {

// Month or weekday names, lower case, to what they name.
struct Names {
  std::vector<std::string> words;  // the names, owned; `number` holds views of them
  std::unordered_map<std::string_view, CalendarWord> number;
  // A cheap first test, as most words asked about are no names: the first three letters of the
  // names (all have three or more), and the longest name.
  std::bitset<26 * 26 * 26> starts;
  std::size_t longest = 0;
};

bool has_upper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

// The first three letters of `word`, in any case, as a number below 26^3; nullopt when the word
// does not start with three letters.
std::optional<std::size_t> start_of(std::string_view word) {
  if (word.size() < 3) return std::nullopt;
  // ASCII lower case, then the letter's place: anything but a letter comes out 26 or more
  auto letter = [&](std::size_t i) { return static_cast<unsigned char>((word[i] | 0x20) - 'a'); };
  const std::size_t a = letter(0), b = letter(1), c = letter(2);
  if (a >= 26 || b >= 26 || c >= 26) return std::nullopt;
  return (a * 26 + b) * 26 + c;
}

// "september sep sept": a name, then its abbreviations.
void add_line(std::string_view line, int number, std::vector<std::string>& words,
              std::vector<CalendarWord>& meanings) {
  bool abbreviation = false;
  while (!line.empty()) {
    const std::size_t space = line.find(' ');
    words.push_back(ascii_lower(line.substr(0, space)));
    meanings.push_back({number, abbreviation});
    abbreviation = true;
    line.remove_prefix(space == std::string_view::npos ? line.size() : space);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  }
}

// One line a month or weekday, in order; the numbers start again with each file.
Names load_names(std::initializer_list<std::string_view> files) {
  Names names;
  std::vector<CalendarWord> meanings;
  for (std::string_view file : files) {
    int number = 0;
    for (std::string_view line : data::lines(file)) add_line(line, ++number, names.words, meanings);
  }
  for (std::size_t i = 0; i < names.words.size(); ++i) {
    const std::string& word = names.words[i];
    names.number.emplace(word, meanings[i]);
    auto start = start_of(word);
    if (!start)
      throw std::logic_error("data/" + std::string(*files.begin()) + ": \"" + word +
                             "\" is not a name of three letters or more");
    names.starts.set(*start);
    names.longest = std::max(names.longest, word.size());
  }
  return names;
}

// Lower case words, most of those asked about, are looked up without a copy.
std::optional<CalendarWord> find_name(const Names& names, std::string_view word) {
  auto it = names.number.find(word);
  if (it == names.number.end() && has_upper(word)) it = names.number.find(ascii_lower(word));
  if (it == names.number.end()) return std::nullopt;
  return it->second;
}

std::optional<CalendarWord> look_up(const Names& names, std::string_view word) {
  if (word.size() > names.longest + 1) return std::nullopt;
  if (auto start = start_of(word); !start || !names.starts.test(*start)) return std::nullopt;
  if (auto found = find_name(names, word)) return found;
  if (word.size() < 2 || word.back() != '.') return std::nullopt;
  auto found = find_name(names, word.substr(0, word.size() - 1));
  if (!found || !found->abbreviation) return std::nullopt;
  return found;
}

bool is_alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// A month name at the cursor, its full stop taken too.
std::optional<int> read_month(Cursor& c) {
  const std::size_t start = c.i;
  while (!c.done() && is_alpha(c.peek())) ++c.i;
  if (auto m = month_word(c.s.substr(start, c.i - start))) {
    c.eat(".");
    return m->number;
  }
  c.i = start;
  return std::nullopt;
}

// A number of at most `max_digits` digits, not followed by another digit.
std::optional<int> read_number(Cursor& c, std::size_t max_digits) {
  const std::size_t start = c.i;
  int value = 0;
  while (!c.done() && is_digit(c.peek()) && c.i - start < max_digits)
    value = value * 10 + (c.s[c.i++] - '0');
  if (c.i == start || (!c.done() && is_digit(c.peek()))) {
    c.i = start;
    return std::nullopt;
  }
  return value;
}

bool valid(int year, int month, int day) {
  return year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// ", 2023" or " 2023" after a day and month: the year when it makes a valid date; the cursor is
// left where it was when there is none.
int read_year(Cursor& c, int month, int day) {
  const std::size_t start = c.i;
  c.eat(",");
  c.skip_spaces();
  if (auto y = read_number(c, 4); y && valid(*y, month, day)) return *y;
  c.i = start;
  return 0;
}

// 2023-09-08
std::optional<Date> read_iso(Cursor& c) {
  const std::size_t start = c.i;
  if (auto y = read_number(c, 4); y && c.eat("-")) {
    if (auto m = read_number(c, 2); m && c.eat("-")) {
      if (auto d = read_number(c, 2); d && valid(*y, *m, *d)) return Date{*y, *m, *d};
    }
  }
  c.i = start;
  return std::nullopt;
}

// Sept. 8, 2023 / September 8 2023 / March 2
std::optional<Date> read_month_day(Cursor& c) {
  const std::size_t start = c.i;
  if (auto m = read_month(c)) {
    c.skip_spaces();
    if (auto d = read_number(c, 2); d && *d >= 1 && *d <= 31)
      return Date{read_year(c, *m, *d), *m, *d};
  }
  c.i = start;
  return std::nullopt;
}

// 8 September 2023 / 8 September
std::optional<Date> read_day_month(Cursor& c) {
  const std::size_t start = c.i;
  if (auto d = read_number(c, 2)) {
    c.skip_spaces();
    if (auto m = read_month(c)) return Date{read_year(c, *m, *d), *m, *d};
  }
  c.i = start;
  return std::nullopt;
}

const Names& calendar_names() {
  static const Names names = load_names({"text/months.txt", "text/weekdays.txt"});
  return names;
}

}  // namespace

std::optional<CalendarWord> month_word(std::string_view word) {
  static const Names names = load_names({"text/months.txt"});
  return look_up(names, word);
}

std::optional<CalendarWord> weekday_word(std::string_view word) {
  static const Names names = load_names({"text/weekdays.txt"});
  return look_up(names, word);
}

bool is_calendar_word(std::string_view word) {
  return look_up(calendar_names(), word).has_value();
}

std::vector<std::string_view> calendar_abbreviations() {
  const Names& names = calendar_names();
  std::vector<std::string_view> out;
  for (const std::string& word : names.words)
    if (names.number.at(word).abbreviation) out.push_back(word);
  return out;
}

std::string Date::iso() const {
  if (year == 0) return {};
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::optional<DateMatch> match_date(std::string_view text) {
  Cursor c{text};
  std::optional<Date> date = read_iso(c);
  if (!date) date = read_month_day(c);
  if (!date) date = read_day_month(c);
  if (!date) return std::nullopt;
  return DateMatch{*date, c.i};
}

std::optional<std::string> parse_date(std::string_view text) {
  Cursor c{text};
  c.skip_spaces();
  auto m = match_date(c.rest());
  if (!m || m->date.year == 0) return std::nullopt;
  return m->date.iso();
}

std::string now_iso8601() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace verbatim::text
