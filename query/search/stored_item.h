// An item as the index holds it, for `verbatim show`: its record and its paragraphs in order,
// read through the item's terms (so the same from one index and from a cluster of shards).
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::query {

struct StoredItem {
  // The item document's display record: item, title, date, url, source, place, paragraphs (the
  // count, boilerplate included), origin.
  nlohmann::json record;
  // The paragraph records (para, text, statements, ...) ordered by `para`; boilerplate
  // paragraphs are not stored, so numbers may skip.
  std::vector<nlohmann::json> paragraphs;
};

// The item of this id (exact, case kept); nullopt when the index has none.
std::optional<StoredItem> find_item(Xapian::Database& db, std::string_view id);

// An ITEM[:PARA] argument: `ITEM:N` names paragraph N when ITEM is an item of the index (ids may
// hold colons: URLs); else the whole argument is the item id.
struct ItemRef {
  std::string item;
  std::optional<int> para;
};
ItemRef parse_item_ref(Xapian::Database& db, std::string_view arg);

// The paragraphs of `item` numbered para-context .. para+context (those stored).
std::vector<nlohmann::json> paragraphs_around(const StoredItem& item, int para, unsigned context);

// The paragraph of this number, or nullptr.
const nlohmann::json* find_paragraph(const StoredItem& item, int para);

}  // namespace verbatim::query
