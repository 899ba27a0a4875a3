// The field table: unique names and prefixes, terms built from it, and docs/schema.md listing it.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

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
    CHECK(&field(f.id) == &f);
    CHECK(find_field(f.name) == &f);
  }
  // No prefix may be the start of another one's terms that the code skips to.
  for (std::string_view a : prefixes)
    for (std::string_view b : prefixes)
      if (a != b && a.size() > 1 && b.size() > 1) CHECK(b.substr(0, a.size()) != a);
}

TEST_CASE("boolean terms fold names and keep item ids", "[schema]") {
  CHECK(boolean_term(Id::speaker, "Xi Jinping") == "XSxi jinping");
  CHECK(boolean_term(Id::speaker, "XI  JINPING") == "XSxi jinping");
  CHECK(boolean_term(Id::kind, "quote") == "Kquote");
  CHECK(boolean_term(Id::item, "Some/Path.txt") == "XISome/Path.txt");
  CHECK(find_field("nope") == nullptr);
  CHECK(find_field("date")->slot == kSlotDate);
  CHECK(boolean_term(Id::said, "2022-08") == "XD2022-08");  // kept as said_on has it
  CHECK(find_field("said_first")->slot == kSlotSaidFirst);
  CHECK(find_field("said_last")->slot == kSlotSaidLast);
}

TEST_CASE("the statement fields are speaker, role, stmt, cue and said, with their record keys",
          "[schema]") {
  std::map<std::string_view, std::string_view> keys;
  for (const Field& f : fields())
    if (f.statement_level) keys[f.name] = f.record_key;
  CHECK(keys == std::map<std::string_view, std::string_view>{{"cue", "cue"},
                                                             {"role", "role"},
                                                             {"said", "said_on"},
                                                             {"speaker", "speaker"},
                                                             {"stmt", "statement_kind"}});
  for (const auto& [name, key] : keys) CHECK(find_field(name)->in_queries);
}

namespace {

// The cells of the rows of docs/schema.md's Markdown tables under `heading`, "`XS`" -> "XS".
std::vector<std::vector<std::string>> table_rows(const std::string& doc,
                                                 const std::string& heading) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(doc.substr(doc.find("\n## " + heading + "\n")));
  std::string line;
  std::getline(in, line);  // the blank line before the heading
  std::getline(in, line);  // the heading
  bool header = true;
  while (std::getline(in, line) && line.rfind("## ", 0) != 0) {
    if (line.empty() || line[0] != '|' || line.rfind("|---", 0) == 0) continue;
    if (std::exchange(header, false)) continue;
    std::vector<std::string> cells;
    std::istringstream cols(line.substr(1));
    for (std::string c; std::getline(cols, c, '|');) {
      std::string t;
      for (char ch : c)
        if (ch != '`') t += ch;
      const auto b = t.find_first_not_of(' '), e = t.find_last_not_of(' ');
      cells.push_back(b == std::string::npos ? "" : t.substr(b, e - b + 1));
    }
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

TEST_CASE("docs/schema.md lists every field, prefix and slot of the table", "[schema][docs]") {
  std::ifstream in(std::string(VERBATIM_SOURCE_DIR) + "/docs/schema.md");
  REQUIRE(in);
  const std::string doc((std::istreambuf_iterator<char>(in)), {});
  std::map<std::string, std::string> term_rows;  // field -> prefix
  for (const auto& cells : table_rows(doc, "Terms")) {
    REQUIRE(cells.size() >= 2);
    term_rows[cells[0]] = cells[1] == "(none)" ? "" : cells[1];
  }
  std::map<std::string, int> slot_rows;  // name -> slot
  for (const auto& cells : table_rows(doc, "Value slots")) {
    REQUIRE(cells.size() >= 2);
    slot_rows[cells[1]] = std::stoi(cells[0]);
  }
  std::size_t documented = term_rows.size() + slot_rows.size();
  for (const Field& f : fields()) {
    const std::string name(f.name);
    INFO(name);
    if (f.type == FieldType::value && f.slot >= 0) {
      REQUIRE(slot_rows.count(name));
      CHECK(slot_rows[name] == f.slot);
    } else if (f.type == FieldType::value) {
      // year: no slot of its own (it reads the date slot); the query syntax section names it.
      CHECK(doc.find("`" + name + ":") != std::string::npos);
      ++documented;
    } else {
      REQUIRE(term_rows.count(name));
      CHECK(term_rows[name] == f.prefix);
    }
  }
  CHECK(documented == fields().size());  // and no row for a field the table does not have
}
