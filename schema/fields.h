// The field table: every searchable field of the index, defined once, with its behaviour.
//
// Term prefixes, value slots, how QueryParser reads each field, which fields filter statements,
// the keys of the display record, `verbatim query --fields` and the tests all come from this
// table (the shape of mu's lib/message/mu-fields.hh); docs/schema.md describes the same fields
// for readers of the index, and a unit test holds the two together.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::schema {

// Version of the index layout. An index written with another version is refused with a message
// naming the fix (`verbatim index --rebuild`).
inline constexpr int kSchemaVersion = 5;

// The fields, in the order of the table (and of `verbatim query --fields`).
enum class Id {
  text,
  title,
  speaker,
  role,
  entity,
  alias,
  kind,
  stmt,
  cue,
  item,
  source,
  place,
  year,
  id,
  date,
  hash,
  itemid,
  copy,
  copy_key,
  said,
  said_first,
  said_last,
};
inline constexpr std::size_t kFieldCount = static_cast<std::size_t>(Id::said_last) + 1;

enum class FieldType {
  boolean,    // exact filter term: prefix + folded value ("XSxi jinping")
  free_text,  // words run through the shared normalizer and the English stemmer
  value,      // value slot only (dates, numbers)
};

// How a query reads `name:value` (and the body text) for the field.
enum class Parse {
  none,   // not read from queries
  words,  // stemmed words and phrases under the field's prefix
  title,  // headline words, turned into a filter on the items whose headline has them all
  name,   // any alias, surname or case of a name the index knows
  exact,  // the value as it is (folded when the field is)
  year,   // YYYY: a range of the date slot
  date,   // A..B: a range of the date slot
  said,   // A..B: the statements said then (their said_on overlaps it; query/parse/said_filter.h)
};

struct Field {
  Id id;
  std::string_view name;    // name used in queries ("speaker:xi") and in output
  std::string_view prefix;  // Xapian term prefix ("" for the body text and value fields)
  FieldType type;
  Parse parse;
  int slot;                     // value slot, -1 when none
  bool in_queries;              // may be written as name:value inside a query
  bool folded;                  // boolean values are case-folded names; false: kept byte for byte
  bool statement_level;         // a property of a statement: filters the statements a hit shows
  std::string_view record_key;  // key of the display record holding the value ("" when none)
  std::string_view help;
};

// Value slots (also in the table, named here for the code that reads them).
inline constexpr int kSlotDate = 0;    // "YYYYMMDD"
inline constexpr int kSlotHash = 2;    // item documents: content hash (16 hex digits)
inline constexpr int kSlotItemId = 4;  // every document: its item's id (ties in ranking)
// Paragraphs with statements: the copy key (32 hex digits) of their statements, the same in
// every item that repeats them (indexer/build/copy_key.h); the collapse key of statement searches.
inline constexpr int kSlotCopyKey = 5;
// Paragraphs with statements: the earliest and the latest said_on of their statements, compact
// ("20220815", "202208" for a month); statement searches sort on them (--sort oldest, newest).
inline constexpr int kSlotSaidFirst = 6;
inline constexpr int kSlotSaidLast = 7;

// clang-format off
inline constexpr std::array<Field, kFieldCount> kFields = {{
    {Id::text, "text", "", FieldType::free_text, Parse::words, -1, false, true, false, "text",
     "passage words (the default field; stemmed, phrases with \"...\")"},
    {Id::title, "title", "S", FieldType::free_text, Parse::title, -1, true, true, false, "title",
     "words of the item's headline (a filter: items whose headline has them all)"},
    {Id::speaker, "speaker", "XS", FieldType::boolean, Parse::name, -1, true, true, true,
     "speaker", "canonical speaker of a statement; any alias or surname"},
    {Id::role, "role", "XR", FieldType::boolean, Parse::exact, -1, true, true, true, "role",
     "how the text described a statement's speaker besides the name (\"chinese president\")"},
    {Id::entity, "entity", "XE", FieldType::boolean, Parse::name, -1, true, true, false,
     "entities", "person, place or organisation mentioned (canonical name or alias)"},
    {Id::alias, "alias", "XA", FieldType::boolean, Parse::none, -1, false, true, false, "",
     "other names of an entity in its item (\"CPC\", \"Heilongjiang\"); entity: matches them"},
    {Id::kind, "kind", "K", FieldType::boolean, Parse::exact, -1, true, true, false, "kind",
     "paragraph; quote: the paragraphs holding statements"},
    {Id::stmt, "stmt", "XK", FieldType::boolean, Parse::exact, -1, true, true, true,
     "statement_kind", "statement kind: direct, indirect, mixed"},
    {Id::cue, "cue", "XC", FieldType::boolean, Parse::exact, -1, true, true, true, "cue",
     "attribution cue: said, stressed, ..."},
    {Id::item, "item", "XI", FieldType::boolean, Parse::exact, -1, true, false, false, "item",
     "item id"},
    {Id::source, "source", "XO", FieldType::boolean, Parse::exact, -1, true, true, false,
     "source", "publisher or distributor"},
    {Id::place, "place", "XP", FieldType::boolean, Parse::exact, -1, true, true, false, "place",
     "dateline place"},
    {Id::year, "year", "", FieldType::value, Parse::year, -1, true, true, false, "",
     "year of the item's date (read from the date slot)"},
    {Id::id, "id", "Q", FieldType::boolean, Parse::none, -1, false, false, false, "",
     "unique document id"},
    {Id::date, "date", "", FieldType::value, Parse::date, kSlotDate, true, true, false, "date",
     "item date; date:2023-09-01..2023-09-30 (either end may be left open)"},
    {Id::hash, "hash", "", FieldType::value, Parse::none, kSlotHash, false, true, false, "",
     "item documents: content hash"},
    {Id::itemid, "itemid", "", FieldType::value, Parse::none, kSlotItemId, false, false, false, "",
     "every document: its item's id (ranks equal scores the same in a cluster)"},
    {Id::copy, "copy", "XH", FieldType::boolean, Parse::none, -1, false, false, false, "",
     "paragraphs with statements: their copy key as a term (finds every copy of a statement)"},
    {Id::copy_key, "copy_key", "", FieldType::value, Parse::none, kSlotCopyKey, false, false,
     false, "", "paragraphs with statements: their copy key (collapses syndicated copies)"},
    {Id::said, "said", "XD", FieldType::boolean, Parse::said, -1, true, false, true, "said_on",
     "when a statement was said (YYYY-MM-DD, or YYYY-MM); said:2022-08..2022-12 takes the forms "
     "of date:, a month counting when it overlaps; --since/--until of statement searches"},
    {Id::said_first, "said_first", "", FieldType::value, Parse::none, kSlotSaidFirst, false, false,
     false, "", "paragraphs with statements: the earliest said_on of them (--sort oldest)"},
    {Id::said_last, "said_last", "", FieldType::value, Parse::none, kSlotSaidLast, false, false,
     false, "", "paragraphs with statements: the latest said_on of them (--sort newest)"},
}};
// clang-format on

// All fields, in the order `verbatim query --fields` shows them.
constexpr const std::array<Field, kFieldCount>& fields() {
  return kFields;
}

constexpr const Field& field(Id id) {
  return kFields[static_cast<std::size_t>(id)];
}

// The key of the display record that holds the field's value ("statement_kind" for stmt).
constexpr std::string_view record_key(Id id) {
  return field(id).record_key;
}

// The field a user named ("speaker"); nullptr for a name not in the table. Code that knows
// which field it means uses field(Id) instead.
const Field* find_field(std::string_view name);

// The values a closed field takes (kind, stmt); empty for a field whose values are open. Any
// other value of a closed field in a query is refused, naming these.
std::vector<std::string> closed_values(Id id);

// Document kinds (the "kind" field).
inline constexpr std::string_view kKindParagraph = "paragraph";
inline constexpr std::string_view kKindQuote = "quote";  // on paragraphs holding statements
inline constexpr std::string_view kKindItem = "item";

// Keys of a paragraph's display record that hold its statements (records written by
// extract::to_json) and the names of their speakers.
inline constexpr std::string_view kRecordStatements = "statements";
inline constexpr std::string_view kRecordSpeakers = "speakers";

// Boolean term for `value` in field `id`: prefix + folded value (an item id: prefix + item_key).
std::string boolean_term(Id id, std::string_view value);

// An item id as it is written in terms: the id itself when it fits comfortably in a Xapian term,
// else its first 120 bytes, "~" and its 128-bit FNV-1a hash (FNV-1a, not XXH3: an item's terms
// must not change under an existing index).
std::string item_key(std::string_view id);

// The unique term of an item's own document ("Qi:" + item_key); every document of the item has
// boolean_term(Id::item, id).
std::string item_document_term(std::string_view id);

// The term prefix of a field, as a string (for Xapian calls).
inline std::string prefix_of(Id id) {
  return std::string(field(id).prefix);
}

// Metadata keys of the index.
inline constexpr std::string_view kMetaSchemaVersion = "verbatim.schema_version";
inline constexpr std::string_view kMetaLastRun = "verbatim.last_run";
// "K/N" in shard K of N (`index --shard`); absent in a whole index.
inline constexpr std::string_view kMetaShard = "verbatim.shard";

}  // namespace verbatim::schema
