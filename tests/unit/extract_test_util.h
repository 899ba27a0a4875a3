// Helpers shared by the extraction tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/analyse.h"
#include "indexer/read/item.h"
#include "indexer/read/sources.h"

namespace verbatim::extract::testing {

// An item from its paragraphs (headline first), with the reader's wire conventions: its dateline
// and issuer prefix (Paragraph::lead), boilerplate.
inline read::Item make_item(const std::vector<std::string>& paragraphs) {
  read::Item item;
  item.id = "test-item";
  item.source = "Test";
  for (const auto& p : paragraphs) item.paragraphs.push_back(read::Paragraph{p, false});
  if (!paragraphs.empty()) item.title = paragraphs.front();
  read::apply_wire_conventions(item);
  return item;
}

// The statement whose text is `text`, or nullptr.
inline const Statement* find_text(const Analysis& a, std::string_view text) {
  for (const auto& s : a.statements) {
    if (s.text == text) return &s;
  }
  return nullptr;
}

inline const Entity* find_entity(const Analysis& a, std::string_view name) {
  for (const auto& e : a.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

inline std::string describe(const Analysis& a) {
  std::string out;
  for (const auto& s : a.statements) {
    out += std::to_string(s.para) + " [" + std::string(to_string(s.kind)) + "] " + s.speaker +
           " (" + s.cue + ", \"" + s.mention + "\"): " + s.text + "\n";
  }
  return out;
}

}  // namespace verbatim::extract::testing
