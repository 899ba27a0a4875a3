// Time mentions in news text that name a day or a month: "on Friday", "Sept. 5", "in August last
// year", "yesterday", "earlier this month", resolved against a reference date (the item's). The
// words around month and weekday names are data (data/text/time_words.txt).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/dates.h"

namespace verbatim::text {

struct TimeMention {
  std::size_t begin = 0;  // bytes of the mention in the text ("last Friday", "August last year")
  std::size_t end = 0;
  std::string when;  // "2023-09-08", or "2022-08" when the text names only the month
};

// Every mention in `text` that resolves to one day or one month, in text order. Relative to
// `reference`: a weekday is the last such day on or before it ("last Friday": before it), a month
// or day without a year the last one not after it, "last year" its year - 1, "yesterday" the day
// before; a span ("last week") that lies in one month is that month, else no mention. Names of
// months and weekdays count when capitalised; a month alone needs a lead word ("in August") or a
// year. With no reference date (year 0) only mentions that give their year are found.
std::vector<TimeMention> find_time_mentions(std::string_view text, const Date& reference);

// The days a `when` of find_time_mentions covers ("2022-08": August 1 to 31); nullopt for any
// other string.
std::optional<DateRange> span_of_when(std::string_view when);

}  // namespace verbatim::text
