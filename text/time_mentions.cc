// Time mentions that name a day or a month, for the dates of statements ("said on Friday").
#include "text/time_mentions.h"

#include <algorithm>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "text/cursor.h"
#include "text/embedded_data.h"
#include "text/normalize.h"

namespace verbatim::text {
namespace {

// data/text/time_words.txt, each list longest phrase first.
struct TimeWords {
  std::vector<std::string> lead, before;
  std::vector<std::pair<std::string, int>> years;             // phrase, years before the item's
  std::vector<std::pair<std::string, std::string>> relative;  // phrase, its reading
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

void add_entry(TimeWords& w, std::string_view kind, std::string_view phrase) {
  if (kind == "lead") w.lead.emplace_back(phrase);
  if (kind == "before") w.before.emplace_back(phrase);
  if (kind == "year_before") w.years.emplace_back(phrase, 1);
  if (kind == "year_same") w.years.emplace_back(phrase, 0);
  if (kind == "relative") {
    const std::size_t eq = phrase.find('=');
    w.relative.emplace_back(trim(phrase.substr(0, eq)), trim(phrase.substr(eq + 1)));
  }
}

template <class Pairs>
void longest_first(Pairs& list) {
  std::stable_sort(list.begin(), list.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

const TimeWords& time_words() {
  static const TimeWords words = [] {
    TimeWords w;
    for (std::string_view line : data::lines("text/time_words.txt")) {
      const std::size_t colon = line.find(':');
      if (colon != std::string_view::npos)
        add_entry(w, trim(line.substr(0, colon)), trim(line.substr(colon + 1)));
    }
    longest_first(w.years);
    longest_first(w.relative);
    return w;
  }();
  return words;
}

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_capital(char c) {
  return c >= 'A' && c <= 'Z';
}

// Where `phrase` (lower case) ends when the text has it at `i` in any case, as whole words;
// npos when it does not.
std::size_t phrase_end(std::string_view text, std::size_t i, std::string_view phrase) {
  if (text.size() - i < phrase.size()) return std::string_view::npos;
  if (ascii_lower(text.substr(i, phrase.size())) != phrase) return std::string_view::npos;
  const std::size_t end = i + phrase.size();
  return end < text.size() && is_alnum(text[end]) ? std::string_view::npos : end;
}

// The word before byte `i` (spaces and a hyphen between: "mid-August"), lower case, and where it
// starts.
std::pair<std::string, std::size_t> previous_word(std::string_view text, std::size_t i) {
  std::size_t j = i;
  while (j > 0 && (text[j - 1] == ' ' || text[j - 1] == '-')) --j;
  const std::size_t end = j;
  while (j > 0 && is_alpha(text[j - 1])) --j;
  return {ascii_lower(text.substr(j, end - j)), j};
}

bool listed(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// After a month or a day: "last year", "this year" and the like; the year and where it ends.
std::optional<std::pair<int, std::size_t>> year_phrase(std::string_view text, std::size_t i,
                                                       const Date& ref) {
  Cursor c{text, i};
  c.skip_spaces();
  if (ref.year == 0) return std::nullopt;
  for (const auto& [phrase, back] : time_words().years)
    if (std::size_t end = phrase_end(text, c.i, phrase); end != std::string_view::npos)
      return std::make_pair(ref.year - back, end);
  return std::nullopt;
}

// After a month: ", 2022", " 2022", " of 2022"; the year and where it ends.
std::optional<std::pair<int, std::size_t>> written_year(std::string_view text, std::size_t i) {
  Cursor c{text, i};
  c.eat(",");
  c.skip_spaces();
  if (c.eat("of")) c.skip_spaces();
  const std::size_t start = c.i;
  int year = 0;
  while (!c.done() && c.peek() >= '0' && c.peek() <= '9' && c.i - start < 5)
    year = year * 10 + (c.s[c.i++] - '0');
  if (c.i - start != 4 || (!c.done() && is_alnum(c.peek()))) return std::nullopt;
  if (year < 1800 || year > 2200) return std::nullopt;
  return std::make_pair(year, c.i);
}

std::string month_when(int year, int month) {
  return fmt::format("{:04}-{:02}", year, month);
}

// The span a reading of time_words.txt names, counted back from `ref`.
std::optional<DateRange> relative_span(const std::string& reading, const Date& ref) {
  if (reading == "this week") return DateRange{add_days(ref, 1 - weekday_of(ref)), ref};
  if (reading == "this month") return DateRange{{ref.year, ref.month, 1}, ref};
  return parse_date_range(reading, ref);
}

// A span as a `when`: its day, or its month when it lies in one.
std::optional<std::string> when_of_span(const DateRange& span) {
  if (span.open_start() || span.open_end()) return std::nullopt;
  if (span.first.iso() == span.last.iso()) return span.first.iso();
  if (span.first.year == span.last.year && span.first.month == span.last.month)
    return month_when(span.first.year, span.first.month);
  return std::nullopt;
}

using Found = std::optional<TimeMention>;

// "yesterday", "last week", "earlier this month"
Found relative_at(std::string_view text, std::size_t i, const Date& ref) {
  if (ref.year == 0) return std::nullopt;
  for (const auto& [phrase, reading] : time_words().relative) {
    const std::size_t end = phrase_end(text, i, phrase);
    if (end == std::string_view::npos) continue;
    auto span = relative_span(reading, ref);
    auto when = span ? when_of_span(*span) : std::nullopt;
    if (!when) return std::nullopt;
    return TimeMention{i, end, *when};
  }
  return std::nullopt;
}

// A day without a year as the last one on or before `ref`, or in `year` when the text gave it.
std::optional<std::string> resolve_day(Date d, const Date& ref) {
  if (d.year == 0) {
    if (ref.year == 0) return std::nullopt;
    const bool later = d.month > ref.month || (d.month == ref.month && d.day > ref.day);
    d.year = later ? ref.year - 1 : ref.year;
  }
  if (d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return d.iso();
}

// "March 3", "Sept. 5, 2023", "8 September", "2023-09-08", "March 3 last year"
Found day_at(std::string_view text, std::size_t i, const Date& ref) {
  if (!is_capital(text[i]) && !(text[i] >= '0' && text[i] <= '9')) return std::nullopt;
  auto m = match_date(text.substr(i));
  if (!m) return std::nullopt;
  std::size_t end = i + m->length;
  Date d = m->date;
  if (d.year == 0) {
    if (auto y = year_phrase(text, end, ref)) std::tie(d.year, end) = *y;
  }
  auto when = resolve_day(d, ref);
  if (!when) return std::nullopt;
  return TimeMention{i, end, *when};
}

// The capitalised word at `i` ("Sept"; empty when it is none).
std::string_view name_at(std::string_view text, std::size_t i) {
  if (!is_capital(text[i])) return {};
  std::size_t j = i;
  while (j < text.size() && is_alpha(text[j])) ++j;
  return text.substr(i, j - i);
}

// A month name at `i`: its number and the bytes it takes (an abbreviation with its full stop:
// "Sept."; a bare abbreviation, "Aug", is no month).
std::optional<std::pair<int, std::size_t>> month_name_at(std::string_view text, std::size_t i) {
  const std::string_view name = name_at(text, i);
  auto m = month_word(name);
  if (!m) return std::nullopt;
  const std::size_t end = i + name.size();
  if (!m->abbreviation) return std::make_pair(m->number, end);
  if (end < text.size() && text[end] == '.') return std::make_pair(m->number, end + 1);
  return std::nullopt;
}

// "Friday", "last Friday", "Friday, March 3"
Found weekday_at(std::string_view text, std::size_t i, const Date& ref) {
  const std::string_view name = name_at(text, i);
  auto w = weekday_word(name);
  if (!w || w->abbreviation) return std::nullopt;
  Cursor c{text, i + name.size()};
  if (c.eat(",")) {
    c.skip_spaces();
    if (Found day = day_at(text, c.i, ref)) return TimeMention{i, day->end, day->when};
  }
  if (ref.year == 0) return std::nullopt;
  auto [word, start] = previous_word(text, i);
  const bool before = listed(time_words().before, word);
  auto span = parse_date_range(ascii_lower(name), before ? add_days(ref, -1) : ref);
  if (!span) return std::nullopt;
  return TimeMention{before ? start : i, i + name.size(), span->first.iso()};
}

// "in August", "last August", "August 2022", "in August last year"
Found month_at(std::string_view text, std::size_t i, const Date& ref) {
  auto name = month_name_at(text, i);
  if (!name) return std::nullopt;
  const auto [month, end] = *name;
  if (auto y = written_year(text, end))
    return TimeMention{i, y->second, month_when(y->first, month)};
  if (auto y = year_phrase(text, end, ref))
    return TimeMention{i, y->second, month_when(y->first, month)};
  auto [word, start] = previous_word(text, i);
  if (ref.year == 0 || !listed(time_words().lead, word)) return std::nullopt;
  const bool before = listed(time_words().before, word);
  const bool later = month > ref.month || (before && month == ref.month);
  return TimeMention{before ? start : i, end, month_when(later ? ref.year - 1 : ref.year, month)};
}

Found mention_at(std::string_view text, std::size_t i, const Date& ref) {
  for (auto finder : {relative_at, weekday_at, day_at, month_at})
    if (Found f = finder(text, i, ref)) return f;
  return std::nullopt;
}

bool word_start(std::string_view text, std::size_t i) {
  return is_alnum(text[i]) && (i == 0 || !is_alnum(text[i - 1]));
}

}  // namespace

std::vector<TimeMention> find_time_mentions(std::string_view text, const Date& reference) {
  std::vector<TimeMention> out;
  for (std::size_t i = 0; i < text.size();) {
    if (word_start(text, i)) {
      if (Found f = mention_at(text, i, reference)) {
        out.push_back(*f);
        i = f->end;
        continue;
      }
    }
    ++i;
  }
  return out;
}

std::optional<DateRange> span_of_when(std::string_view when) {
  if (when.size() != 7 && when.size() != 10) return std::nullopt;
  return parse_date_range(when, Date{});
}

}  // namespace verbatim::text
