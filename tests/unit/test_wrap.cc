// Text wrapped to a terminal's width (text/wrap.h), matched words kept marked across lines
// (query/print/style.h), and the byte offsets of marked words (query/search/search.h).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "query/print/style.h"
#include "query/search/search.h"
#include "text/wrap.h"

using namespace verbatim;

namespace {

std::vector<std::string> wrapped(const std::string& s, std::size_t width) {
  std::vector<std::string> lines;
  for (const auto& [begin, end] : text::wrap(s, width))
    lines.push_back(s.substr(begin, end - begin));
  return lines;
}

// "[word]" for the marks, so expectations read.
std::string shown(const std::string& marked) {
  std::string out;
  for (char c : marked)
    out += c == query::kMarkStart ? std::string("[")
           : c == query::kMarkEnd ? std::string("]")
                                  : std::string(1, c);
  return out;
}

std::string marks(const std::string& brackets) {
  std::string out;
  for (char c : brackets) out += c == '[' ? query::kMarkStart : c == ']' ? query::kMarkEnd : c;
  return out;
}

}  // namespace

TEST_CASE("display width counts terminal columns", "[unit][wrap]") {
  struct Case {
    std::string text;
    std::size_t columns;
  };
  for (const Case& c : std::vector<Case>{{"", 0},
                                         {"plain", 5},
                                         {"café", 4},          // é is one column
                                         {"cafe\u0301", 4},    // a combining accent none
                                         {"北京", 4},          // wide characters two each
                                         {"\x01word\x02", 4},  // control characters none
                                         {"¶12", 3},
                                         {"\u2026", 1}}) {
    INFO(c.text);
    CHECK(text::display_width(c.text) == c.columns);
  }
}

TEST_CASE("wrap breaks between words within the width", "[unit][wrap]") {
  struct Case {
    std::string text;
    std::size_t width;
    std::vector<std::string> lines;
  };
  for (const Case& c : std::vector<Case>{
           {"short line", 80, {"short line"}},
           {"short line", 0, {"short line"}},  // width 0: not wrapped
           {"one two three four five", 9, {"one two", "three", "four five"}},
           {"one  two", 3, {"one", "two"}},  // spaces between lines go
           {"a verylongwordindeed b", 6, {"a", "verylongwordindeed", "b"}},  // on its own line
           {"well-known words", 8, {"well-", "known", "words"}},  // ICU breaks after hyphens
           {"北京上海广州", 4, {"北京", "上海", "广州"}},         // wide: two columns each
           {"trailing   ", 4, {"trailing"}},
       }) {
    INFO(c.text << " at " << c.width);
    CHECK(wrapped(c.text, c.width) == c.lines);
  }
}

TEST_CASE("wrapped marked text keeps each line's marks balanced", "[unit][wrap]") {
  struct Case {
    std::string marked;
    std::size_t width;
    std::vector<std::string> lines;
  };
  for (const Case& c : std::vector<Case>{
           {"the [budget] was [approved] today", 12, {"the [budget]", "was [approved]", "today"}},
           {"the [budget] was [approved] today",
            11,
            {"the [budget]", "was", "[approved]", "today"}},
           {"[United States] policy", 8, {"[United]", "[States]", "policy"}},  // one span, 2 lines
           {"[word]", 80, {"[word]"}},
           {"no marks here", 8, {"no marks", "here"}},
       }) {
    INFO(c.marked << " at " << c.width);
    std::vector<std::string> lines;
    for (const std::string& line : query::wrap_marked(marks(c.marked), c.width))
      lines.push_back(shown(line));
    CHECK(lines == c.lines);
  }
}

TEST_CASE("mark offsets are byte offsets in the unmarked text", "[unit][wrap]") {
  using Spans = std::vector<std::pair<std::size_t, std::size_t>>;
  CHECK(query::mark_offsets(marks("the [budget] was [approved]")) == Spans{{4, 10}, {15, 23}});
  CHECK(query::mark_offsets(marks("[Zürich] said")) == Spans{{0, 7}});  // ü is two bytes
  CHECK(query::mark_offsets("no marks").empty());
}

TEST_CASE("colouring turns marks into one escape each, or drops them", "[unit][wrap]") {
  CHECK(query::colored(marks("a [b] c"), true) == "a \x1b[1;33mb\x1b[0m c");
  CHECK(query::colored(marks("a [b] c"), false) == "a b c");
  CHECK(query::colored(marks("[s]"), true, query::kUnderline) == "\x1b[4ms\x1b[0m");
}
