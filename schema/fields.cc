#include "schema/fields.h"

#include <cstdint>

#include <fmt/format.h>

#include "text/normalize.h"

namespace verbatim::schema {
namespace {

// The table is checked when it is compiled. The rules for prefixes follow Xapian's conventions
// (https://xapian.org/docs/omega/termprefixes.html) and what this code does with terms:
// - A prefix is one capital letter, or "X" and more capitals (Xapian's own rule: a term starts
//   with its prefix, and after a one-letter prefix X starts a longer one). "Z" is taken: the
//   TermGenerator and the QueryParser write stemmed forms as "Z" + prefix + stem ("Zpolici",
//   "ZSbudget").
// - No prefix is the start of another, even where Xapian would add ':' between them: boolean
//   terms here are prefix + value with no ':' (item ids keep their capitals: "XISome/Path"
//   would also read as "XIS" + "ome/Path"), and the code lists a field's terms by prefix
//   (allterms_begin("XS"), TermIterator::skip_to), which would run into a longer prefix's terms.
//   With the first rule, a one-letter prefix can never start an X prefix.
// - Body text words have no prefix: the normalizer folds case, so they never start with a
//   capital, which tells them apart from every prefixed term.

constexpr bool is_capital(char c) {
  return c >= 'A' && c <= 'Z';
}

constexpr bool conventional_prefix(std::string_view p) {
  if (p.empty()) return true;
  if (p.size() == 1) return is_capital(p[0]) && p[0] != 'X' && p[0] != 'Z';
  if (p[0] != 'X') return false;
  for (char c : p)
    if (!is_capital(c)) return false;
  return true;
}

constexpr bool ids_match_rows() {
  for (std::size_t i = 0; i < kFields.size(); ++i)
    if (static_cast<std::size_t>(kFields[i].id) != i) return false;
  return true;
}

constexpr bool prefixes_conventional() {
  for (const Field& f : kFields)
    if (!conventional_prefix(f.prefix)) return false;
  return true;
}

// Also catches two fields with the same prefix.
constexpr bool no_prefix_starts_another() {
  for (const Field& a : kFields)
    for (const Field& b : kFields)
      if (a.id != b.id && !a.prefix.empty() && b.prefix.substr(0, a.prefix.size()) == a.prefix)
        return false;
  return true;
}

constexpr bool names_and_slots_unique() {
  for (const Field& a : kFields)
    for (const Field& b : kFields)
      if (a.id != b.id && (a.name == b.name || (a.slot >= 0 && a.slot == b.slot))) return false;
  return true;
}

// Boolean fields are terms, so they need a prefix; statement filters compare a statement's
// record value with the query's terms, so they need a record key and a boolean prefix.
constexpr bool flags_consistent() {
  for (const Field& f : kFields) {
    if (f.type == FieldType::boolean && f.prefix.empty()) return false;
    if (f.statement_level && (f.type != FieldType::boolean || f.record_key.empty())) return false;
    if (f.in_queries && f.parse == Parse::none) return false;
  }
  return true;
}

static_assert(ids_match_rows(), "each row of kFields must sit at the index of its Id");
static_assert(prefixes_conventional(), "a prefix is one capital (not X or Z) or X + capitals");
static_assert(no_prefix_starts_another(), "no term prefix may be the start of another");
static_assert(names_and_slots_unique(), "field names and value slots must be unique");
static_assert(flags_consistent(), "boolean and statement fields need prefixes and keys");

}  // namespace

const Field* find_field(std::string_view name) {
  for (const Field& f : kFields)
    if (f.name == name) return &f;
  return nullptr;
}

namespace {

std::uint64_t fnv1a(std::string_view data, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace

std::string item_key(std::string_view id) {
  constexpr std::size_t kMax = 160;
  if (id.size() <= kMax) return std::string(id);
  return fmt::format("{}~{:016x}{:016x}", id.substr(0, 120), fnv1a(id, 0xcbf29ce484222325ULL),
                     fnv1a(id, 0x84222325cbf29ce4ULL));
}

std::string item_document_term(std::string_view id) {
  return prefix_of(Id::id) + "i:" + item_key(id);
}

std::string boolean_term(Id id, std::string_view value) {
  const Field& f = field(id);
  std::string term(f.prefix);
  if (id == Id::item) return term + item_key(value);
  term += f.folded ? text::fold_name(value) : std::string(value);
  if (term.size() > 240) term.resize(240);
  return term;
}

std::vector<std::string> closed_values(Id id) {
  switch (id) {
    case Id::kind:
      return {std::string(kKindParagraph), std::string(kKindQuote)};
    case Id::stmt:
      return {"direct", "indirect", "mixed"};
    default:
      return {};
  }
}

}  // namespace verbatim::schema
