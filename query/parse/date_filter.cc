#include "query/parse/date_filter.h"

#include <fmt/format.h>

#include "schema/fields.h"

namespace verbatim::query {

std::optional<Xapian::Query> date_filter(std::string_view typed, const text::Date& today) {
  auto range = text::parse_date_range(typed, today);
  if (!range) return std::nullopt;
  const std::string first = text::compact(range->first), last = text::compact(range->last);
  if (range->open_start())
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, last);
  if (range->open_end()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, first);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, first, last);
}

std::string bad_date_message(std::string_view where, std::string_view typed) {
  return fmt::format("{}{}: not a date; write {}", where, typed, text::kDateForms);
}

namespace {

Xapian::Query filter_or_error(const std::string& field, const std::string& typed,
                              const text::Date& today, std::vector<std::string>* errors) {
  if (auto q = date_filter(typed, today)) return *q;
  if (errors) errors->push_back(bad_date_message(field + ":", typed));
  return Xapian::Query::MatchNothing;
}

}  // namespace

Xapian::Query DateFieldProcessor::operator()(const std::string& value) {
  return filter_or_error(field_, value, today_, errors_);
}

Xapian::Query DateRangeProcessor::operator()(const std::string& begin, const std::string& end) {
  return filter_or_error(field_, begin + ".." + end, today_, errors_);
}

}  // namespace verbatim::query
