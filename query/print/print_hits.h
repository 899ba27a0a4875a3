// print results: text for people (highlighted on a terminal), JSON or JSON Lines for programs.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "query/search/search.h"

namespace verbatim::query {

enum class Format { text, json, jsonl };

// What of the hits is printed (`query --output`): the hits, their ids (ITEM:PARA, one a line),
// or the ids of their items (each once, in rank order).
enum class Output { hits, ids, items };

struct PrintOptions {
  Format format = Format::text;
  bool color = false;  // ANSI highlighting of matched words
  Output output = Output::hits;
  bool full = false;      // text: whole paragraphs, not snippets
  std::size_t width = 0;  // text: wrap to this many columns (0: lines are not wrapped)
};

// Whether to colour output on `out`: a terminal, NO_COLOR unset, TERM not "dumb".
bool want_color(std::FILE* out, const std::string& mode /* auto|always|never */);

// The length of the snippets (Hit::marked_snippet) to ask search() for: about three lines of a
// terminal `width` columns wide, or of 80 columns when output is not a terminal (width 0).
unsigned snippet_bytes(std::size_t width);

// The id `verbatim show` takes for a hit: ITEM:PARA.
std::string hit_id(const Hit& hit);

// One JSON object per hit: rank, score, item, title, date, para, kind (the hit type), text,
// snippet, matches, the record's values of the fields a query filters on, and for statements
// the statement record (extract::to_json). Keys and types: docs/json.md.
nlohmann::json hit_json(const Hit& hit);

void print_hits(std::FILE* out, const SearchResult& result, const PrintOptions& options,
                const nlohmann::json& reading);

}  // namespace verbatim::query
