// Dates in queries: date:VALUE and --since/--until, all read by text::parse_date_range.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "text/dates.h"

namespace verbatim::query {

// The filter on the date slot for a date or range a user typed; nullopt when it is none of
// text::kDateForms.
std::optional<Xapian::Query> date_filter(std::string_view typed, const text::Date& today);

// "--since Nov 1, 2020: not a date; write ...": the one line that refuses a date.
std::string bad_date_message(std::string_view where, std::string_view typed);

// date:VALUE and date:A..B in the query text. A value that is no date matches nothing and is
// kept in `errors` (throwing through Xapian's QueryParser would leak its state).
class DateFieldProcessor : public Xapian::FieldProcessor {
 public:
  DateFieldProcessor(std::string field, std::vector<std::string>* errors)
      : field_(std::move(field)), errors_(errors), today_(text::today()) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  std::string field_;
  std::vector<std::string>* errors_;
  text::Date today_;
};

// The same for date:A..B, which Xapian's parser hands to a range processor.
class DateRangeProcessor : public Xapian::RangeProcessor {
 public:
  DateRangeProcessor(Xapian::valueno slot, std::string field, std::vector<std::string>* errors)
      : Xapian::RangeProcessor(slot, field + ":"),
        field_(std::move(field)),
        errors_(errors),
        today_(text::today()) {}
  Xapian::Query operator()(const std::string& begin, const std::string& end) override;

 private:
  std::string field_;
  std::vector<std::string>* errors_;
  text::Date today_;
};

}  // namespace verbatim::query
