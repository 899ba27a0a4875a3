// The field table: every searchable field of the index, defined once.
//
// Term prefixes, value slots, QueryParser setup, `verbatim query --fields` and the tests all come
// from this table; docs/schema.md describes the same fields for readers of the index.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::schema {

// Version of the index layout. An index written with another version is refused with a message
// naming the fix (`verbatim index --rebuild`).
inline constexpr int kSchemaVersion = 2;

enum class FieldType {
  boolean,    // exact filter term: prefix + folded value ("XSxi jinping")
  free_text,  // words run through the shared normalizer and the English stemmer
  value,      // value slot only (dates, numbers)
};

struct Field {
  std::string_view name;    // name used in queries ("speaker:xi") and in output
  std::string_view prefix;  // Xapian term prefix ("" for the body text)
  FieldType type;
  int slot;         // value slot, -1 when none
  bool in_queries;  // may be written as name:value inside a query
  bool folded;      // boolean values are case-folded names; false: kept byte for byte
  std::string_view help;
};

// All fields, in the order `verbatim query --fields` shows them.
const std::vector<Field>& fields();

// The field named `name`; throws std::out_of_range for a name not in the table.
const Field& field(std::string_view name);

// Value slots (also in the table, named here for the code that reads them).
inline constexpr int kSlotDate = 0;    // "YYYYMMDD"
inline constexpr int kSlotHash = 2;    // item documents: content hash (16 hex digits)
inline constexpr int kSlotItemId = 4;  // item documents: the item id

// Document kinds (the "kind" field).
inline constexpr std::string_view kKindParagraph = "paragraph";
inline constexpr std::string_view kKindQuote = "quote";  // on paragraphs holding statements
inline constexpr std::string_view kKindItem = "item";

// Boolean term for `value` in field `name`: prefix + folded value.
std::string boolean_term(std::string_view name, std::string_view value);

// Metadata keys of the index.
inline constexpr std::string_view kMetaSchemaVersion = "verbatim.schema_version";
inline constexpr std::string_view kMetaLastRun = "verbatim.last_run";

}  // namespace verbatim::schema
