#include "query/parse/date_filter.h"

#include <fmt/format.h>

#include "schema/fields.h"

namespace verbatim::query {
namespace {

Xapian::Query date_slot_filter(const text::DateRange& range) {
  const std::string first = text::compact(range.first), last = text::compact(range.last);
  if (range.open_start()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, last);
  if (range.open_end()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate, first);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, first, last);
}

// The said terms within the range (a few thousand at most: one per day or month said).
Xapian::Query said_terms_filter(const Xapian::Database& db, const text::DateRange& range) {
  const std::string prefix = schema::prefix_of(schema::Id::said);
  std::vector<Xapian::Query> terms;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t)
    if (text::said_within(std::string_view(*t).substr(prefix.size()), range))
      terms.emplace_back(*t);
  // No document has the bare prefix: unlike MatchNothing, the query is not empty, so the user
  // is told "no matches".
  if (terms.empty()) return Xapian::Query(prefix);
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

Xapian::Query DateTarget::filter(const text::DateRange& range) const {
  return said_ ? said_terms_filter(*said_, range) : date_slot_filter(range);
}

std::optional<Xapian::Query> date_filter(std::string_view typed, const text::Date& today,
                                         const DateTarget& target) {
  auto range = text::parse_date_range(typed, today);
  if (!range) return std::nullopt;
  return target.filter(*range);
}

std::string bad_date_message(std::string_view where, std::string_view typed) {
  return fmt::format("{}{}: not a date; write {}", where, typed, text::kDateForms);
}

namespace {

Xapian::Query filter_or_error(const std::string& field, const std::string& typed,
                              const text::Date& today, const DateTarget& target,
                              std::vector<std::string>* errors) {
  if (auto q = date_filter(typed, today, target)) return *q;
  if (errors) errors->push_back(bad_date_message(field + ":", typed));
  return Xapian::Query::MatchNothing;
}

}  // namespace

Xapian::Query DateFieldProcessor::operator()(const std::string& value) {
  return filter_or_error(field_, value, text::today(), target_, errors_);
}

Xapian::Query DateRangeProcessor::operator()(const std::string& begin, const std::string& end) {
  return filter_or_error(field_, begin + ".." + end, text::today(), target_, errors_);
}

}  // namespace verbatim::query
