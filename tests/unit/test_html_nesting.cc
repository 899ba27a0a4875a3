// How deep a page nests, estimated from its tags before gumbo parses it (nesting.h).
#include <string>

#include <catch2/catch.hpp>

#include "indexer/read/html/nesting.h"

using verbatim::read::html::nesting_depth;

namespace {

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("html nesting: what a parser keeps open", "[read][html][nesting]") {
  struct Row {
    std::string html;
    std::size_t depth;
  };
  const Row rows[] = {
      {"", 0},
      {"plain text, no tags", 0},
      {"<html><body><div><p>text</p></div></body></html>", 3},
      {"<div></div><div></div><div></div>", 1},
      {"<DIV><Div><div>mixed case</DIV></div></div>", 3},
      // void elements and implied end tags open nothing that stays open
      {"<div><br><img src=x><hr><input><meta charset=utf-8></div>", 1},
      {"<ul><li>one<li>two<li>three</ul>", 1},
      {"<table><tr><td>a<td>b<tr><td>c</table>", 1},
      {"<div><p>one<p>two<p>three</div>", 1},
      // a new <a> closes the open one
      {"<div><a href=1>x<a href=2>y<a href=3>z</div>", 1},
      // raw text and comments hide tags
      {"<script>if (a<b) { '<div><div><div>' }</script><div></div>", 1},
      {"<style>div > p { }</style><title><span><span></title>", 0},
      {"<!-- <div><div><div> --><div></div>", 1},
      {"<!DOCTYPE html><?xml version='1.0'?><div>1 < 2</div>", 1},
      // quoted '>' inside attributes
      {"<div title='a > b'><span data-x=\">\">x</span></div>", 2},
      // "/>" closes only foreign elements; in HTML <div/> stays open
      {"<svg><path d='M0'/><circle/></svg><div/><div/>", 2},
      {"<math><mi/><mi/></math>", 1},
  };
  for (const Row& row : rows) {
    INFO(row.html);
    CHECK(nesting_depth(row.html) == row.depth);
  }
}

TEST_CASE("html nesting: thousands of unclosed elements, counted until the limit",
          "[read][html][nesting]") {
  CHECK(nesting_depth(repeat("<div>", 900)) == 900);
  CHECK(nesting_depth(repeat("<span>", 200000), 1000) == 1001);
  CHECK(nesting_depth(repeat("<b>", 5000), 1000) == 1001);
  CHECK(nesting_depth(repeat("<div></div>", 100000)) == 1);
  CHECK(nesting_depth(repeat("<p>", 100000)) == 0);
}
