#include "query/search/stored_item.h"

#include <algorithm>
#include <cctype>

#include "query/search/reopen.h"
#include "schema/fields.h"

namespace verbatim::query {
namespace {

int para_of(const nlohmann::json& record) {
  return record.value("para", -1);
}

// Reads every document of the item (its link term), the item's own and its paragraphs.
StoredItem read_item(Xapian::Database& db, const std::string& link) {
  StoredItem item;
  for (auto it = db.postlist_begin(link); it != db.postlist_end(link); ++it) {
    nlohmann::json rec = nlohmann::json::parse(db.get_document(*it).get_data(), nullptr, false);
    if (!rec.is_object()) continue;
    const std::string kind = rec.value(schema::record_key(schema::Id::kind), "");
    if (kind == schema::kKindItem)
      item.record = std::move(rec);
    else
      item.paragraphs.push_back(std::move(rec));
  }
  std::stable_sort(
      item.paragraphs.begin(), item.paragraphs.end(),
      [](const nlohmann::json& a, const nlohmann::json& b) { return para_of(a) < para_of(b); });
  return item;
}

}  // namespace

std::optional<StoredItem> find_item(Xapian::Database& db, std::string_view id) {
  const std::string link = schema::boolean_term(schema::Id::item, id);
  return reading_reopened(db, [&]() -> std::optional<StoredItem> {
    if (!db.term_exists(schema::item_document_term(id))) return std::nullopt;
    StoredItem item = read_item(db, link);
    // A long id's key is its first bytes and a hash: the record says whether it is this id.
    if (item.record.value(schema::record_key(schema::Id::item), "") != id) return std::nullopt;
    return item;
  });
}

ItemRef parse_item_ref(Xapian::Database& db, std::string_view arg) {
  const std::size_t colon = arg.rfind(':');
  if (colon != std::string_view::npos && colon + 1 < arg.size() && colon + 7 >= arg.size()) {
    const std::string_view digits = arg.substr(colon + 1);
    const bool number = std::all_of(digits.begin(), digits.end(),
                                    [](unsigned char c) { return std::isdigit(c) != 0; });
    const std::string_view item = arg.substr(0, colon);
    if (number && db.term_exists(schema::item_document_term(item)))
      return {std::string(item), std::stoi(std::string(digits))};
  }
  return {std::string(arg), std::nullopt};
}

std::vector<nlohmann::json> paragraphs_around(const StoredItem& item, int para, unsigned context) {
  const int from = para - static_cast<int>(context), to = para + static_cast<int>(context);
  std::vector<nlohmann::json> out;
  for (const nlohmann::json& p : item.paragraphs)
    if (para_of(p) >= from && para_of(p) <= to) out.push_back(p);
  return out;
}

const nlohmann::json* find_paragraph(const StoredItem& item, int para) {
  for (const nlohmann::json& p : item.paragraphs)
    if (para_of(p) == para) return &p;
  return nullptr;
}

}  // namespace verbatim::query
