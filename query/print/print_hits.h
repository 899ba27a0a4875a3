// print results: text for people (highlighted on a terminal), JSON or JSON Lines for programs.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "query/search/search.h"

namespace verbatim::query {

enum class Format { text, json, jsonl };

struct PrintOptions {
  Format format = Format::text;
  bool color = false;  // ANSI highlighting of matched words
};

// Whether to colour output on `out`: a terminal, NO_COLOR unset, TERM not "dumb".
bool want_color(std::FILE* out, const std::string& mode /* auto|always|never */);

// One JSON object per hit: rank, score, item, title, date, para, kind (the hit type), text, and
// for statements the statement record (extract::to_json). Keys and types: docs/json.md.
nlohmann::json hit_json(const Hit& hit);

void print_hits(std::FILE* out, const SearchResult& result, const PrintOptions& options,
                const nlohmann::json& reading);

}  // namespace verbatim::query
