// print an item for `verbatim show`: its headline, date, source and url, then its paragraphs,
// numbered, with the statements in them; or JSON Lines, one object a paragraph. Shares
// PrintOptions (format, colour, width) with print_hits.
#pragma once

#include <cstdio>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/print/print_hits.h"
#include "query/search/stored_item.h"

namespace verbatim::query {

// One paragraph as a JSON Lines object: item, para, text, statements, and the item's title,
// date, url, source, place when known (docs/json.md, "show --format jsonl").
nlohmann::json paragraph_json(const nlohmann::json& item, const nlohmann::json& paragraph);

// Prints `paragraphs` of `item` (all of them, or one with its context). `focus` is the
// paragraph asked for, shown marked among its context.
void print_item(std::FILE* out, const StoredItem& item,
                const std::vector<nlohmann::json>& paragraphs, std::optional<int> focus,
                const PrintOptions& options);

}  // namespace verbatim::query
