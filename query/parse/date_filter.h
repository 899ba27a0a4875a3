// Dates in queries: date:VALUE, said:VALUE and --since/--until, all read by
// text::parse_date_range.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "text/dates.h"

namespace verbatim::query {

// What a date or range filters: the item's date (the date slot), or, given the index, when
// statements were said. Then the filter is the index's said terms (XD + said_on) whose said_on
// is within the range (text::said_within: a month counts when it overlaps), so Xapian keeps the
// paragraphs holding such a statement and the statement filter of query/search keeps the
// statements themselves; paging and counts stay exact.
class DateTarget {
 public:
  DateTarget() = default;  // the item date
  static DateTarget said_in(const Xapian::Database& db) { return DateTarget(db); }

  Xapian::Query filter(const text::DateRange& range) const;

 private:
  explicit DateTarget(const Xapian::Database& db) : said_(db) {}
  std::optional<Xapian::Database> said_;
};

// The filter for a date or range a user typed; nullopt when it is none of text::kDateForms.
std::optional<Xapian::Query> date_filter(std::string_view typed, const text::Date& today,
                                         const DateTarget& target = {});

// "--since Nov 1, 2020: not a date; write ...": the one line that refuses a date.
std::string bad_date_message(std::string_view where, std::string_view typed);

// date:VALUE and date:A..B (said: likewise) in the query text. A value that is no date matches
// nothing and is kept in `errors` (throwing through Xapian's QueryParser would leak its state).
// Today's date is read when a date is parsed: a query without one reads no time zone (the
// /etc/localtime open, reads and close were 7 of a query's 170 system calls).
class DateFieldProcessor : public Xapian::FieldProcessor {
 public:
  DateFieldProcessor(std::string field, std::vector<std::string>* errors, DateTarget target)
      : field_(std::move(field)), errors_(errors), target_(target) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  std::string field_;
  std::vector<std::string>* errors_;
  DateTarget target_;
};

// The same for date:A..B, which Xapian's parser hands to a range processor.
class DateRangeProcessor : public Xapian::RangeProcessor {
 public:
  DateRangeProcessor(Xapian::valueno slot, std::string field, std::vector<std::string>* errors,
                     DateTarget target)
      : Xapian::RangeProcessor(slot, field + ":"),
        field_(std::move(field)),
        errors_(errors),
        target_(target) {}
  Xapian::Query operator()(const std::string& begin, const std::string& end) override;

 private:
  std::string field_;
  std::vector<std::string>* errors_;
  DateTarget target_;
};

}  // namespace verbatim::query
