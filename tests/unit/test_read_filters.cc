// The reader's filters: duplicate ids within a batch, unchanged content hashes.
#include <catch2/catch.hpp>

#include "indexer/build/documents.h"
#include "indexer/pipeline/read_filters.h"

using verbatim::pipeline::DuplicateIds;
using verbatim::pipeline::is_unchanged;
using verbatim::pipeline::ItemHashes;
using verbatim::read::Item;

namespace {

Item item(const std::string& id, const std::string& origin, const std::string& text = "Text.") {
  Item i;
  i.id = id;
  i.origin = origin;
  i.title = "A headline";
  i.paragraphs.push_back({"A headline", false});
  i.paragraphs.push_back({text, false});
  return i;
}

}  // namespace

TEST_CASE("duplicate ids: the first item with an id passes, later ones name where it was read",
          "[unit][pipeline]") {
  struct Case {
    const char* id;
    const char* origin;
    const char* first;  // nullptr: passes
  };
  const Case cases[] = {
      {"a", "x.jsonl:1", nullptr}, {"b", "x.jsonl:2", nullptr}, {"a", "x.jsonl:3", "x.jsonl:1"},
      {"a", "y.txt", "x.jsonl:1"}, {"A", "y.jsonl:1", nullptr}, {"b", "z.jsonl:9", "x.jsonl:2"},
  };
  DuplicateIds seen;
  for (const Case& c : cases) {
    INFO(c.id << " from " << c.origin);
    const std::string* first = seen.first_origin(item(c.id, c.origin));
    if (c.first == nullptr) {
      CHECK(first == nullptr);
    } else {
      REQUIRE(first != nullptr);
      CHECK(*first == c.first);
    }
  }
  CHECK(seen.ids() == std::unordered_set<std::string>{"a", "b", "A"});
}

TEST_CASE("unchanged: only an item the index holds with the same content hash",
          "[unit][pipeline]") {
  const Item indexed = item("a", "x.jsonl:1", "Old text.");
  const ItemHashes known{{"a", verbatim::build::content_hash(indexed)}, {"c", "0123"}};
  CHECK(is_unchanged(known, indexed));
  CHECK(is_unchanged(known, item("a", "elsewhere.jsonl:7", "Old text.")));  // origin not hashed
  CHECK_FALSE(is_unchanged(known, item("a", "x.jsonl:1", "New text.")));
  CHECK_FALSE(is_unchanged(known, item("b", "x.jsonl:2", "Old text.")));  // not in the index
  CHECK_FALSE(is_unchanged(known, item("c", "x.jsonl:3")));               // other hash
  CHECK_FALSE(is_unchanged({}, indexed));
}
