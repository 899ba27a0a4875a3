// The field table: unique names and prefixes, and terms built from it.
#include <catch2/catch.hpp>

#include <set>

#include "schema/fields.h"

using namespace verbatim::schema;

TEST_CASE("field names, prefixes and slots are unique", "[schema]") {
  std::set<std::string_view> names, prefixes;
  std::set<int> slots;
  for (const Field& f : fields()) {
    INFO(f.name);
    CHECK(names.insert(f.name).second);
    if (!f.prefix.empty()) CHECK(prefixes.insert(f.prefix).second);
    if (f.slot >= 0) CHECK(slots.insert(f.slot).second);
    CHECK_FALSE(f.help.empty());
    if (f.type == FieldType::boolean) CHECK_FALSE(f.prefix.empty());
  }
  // No prefix may be the start of another one's terms that the code skips to.
  for (std::string_view a : prefixes)
    for (std::string_view b : prefixes)
      if (a != b && a.size() > 1 && b.size() > 1) CHECK(b.substr(0, a.size()) != a);
}

TEST_CASE("boolean terms fold names and keep item ids", "[schema]") {
  CHECK(boolean_term("speaker", "Xi Jinping") == "XSxi jinping");
  CHECK(boolean_term("speaker", "XI  JINPING") == "XSxi jinping");
  CHECK(boolean_term("kind", "quote") == "Kquote");
  CHECK(boolean_term("item", "Some/Path.txt") == "XISome/Path.txt");
  CHECK_THROWS(field("nope"));
  CHECK(field("date").slot == kSlotDate);
}
