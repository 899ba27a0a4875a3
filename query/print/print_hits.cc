#include "query/print/print_hits.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <set>

#include <fmt/format.h>

#include "indexer/extract/statement.h"
#include "query/print/json_format.h"
#include "query/print/style.h"
#include "schema/fields.h"

namespace verbatim::query {
namespace {

using schema::Id;
using schema::record_key;

constexpr std::size_t kIndent = 4;

bool is_statement_hit(const nlohmann::json& record) {
  return str(record, record_key(Id::kind)) == schema::kKindQuote;
}

// The passage as shown: the snippet (or the whole text with --full), wrapped under the hit.
void print_passage(std::FILE* out, std::string_view marked, const PrintOptions& options) {
  const std::size_t width = options.width > kIndent + 20 ? options.width - kIndent : 0;
  for (const std::string& line : wrap_marked(marked, width))
    fmt::print(out, "{:{}}{}\n", "", kIndent, colored(line, options.color));
}

void print_text_hit(std::FILE* out, const Hit& hit, const PrintOptions& options) {
  const bool color = options.color;
  const nlohmann::json& r = hit.record;
  const int para = r.value("para", -1);
  const bool quote = is_statement_hit(r);
  const bool headline = para == 0 && !quote;
  const std::string& marked =
      options.full || hit.marked_snippet.empty() ? hit.marked_text : hit.marked_snippet;
  // A headline hit shows the highlighted headline itself as the title.
  std::string title = headline ? colored(hit.marked_text, color) : str(r, record_key(Id::title));
  fmt::print(out, "{} {}\n", bold(color, fmt::format("{:>2}.", hit.rank)), title);
  std::string date = str(r, record_key(Id::date));
  std::string where = fmt::format("{}{}{}", date, date.empty() ? "" : "  ",
                                  headline ? std::string("headline") : fmt::format("¶{}", para));
  const std::string id = dim(color, hit_id(hit));
  const extract::Statement st = quote ? r.get<extract::Statement>() : extract::Statement();
  if (quote) {
    std::string speaker = st.speaker.empty() ? "(unknown speaker)" : st.speaker;
    fmt::print(out, "    {} {} ({}), {}  {}\n", bold(color, speaker), st.cue,
               extract::to_string(st.kind), where, id);
    if (hit.copy_items.size() > 1)
      fmt::print(out, "    {}\n",
                 dim(color, fmt::format("first seen {}, in {} items",
                                        hit.first_seen.empty() ? "(undated)" : hit.first_seen,
                                        hit.copy_items.size())));
  } else {
    fmt::print(out, "    {}  {}\n", where, id);
  }
  // Direct quotes are shown in quotation marks, reported speech as it is.
  const char* mark = quote && st.kind == extract::StatementKind::direct ? "\"" : "";
  if (!headline) print_passage(out, fmt::format("{}{}{}", mark, marked, mark), options);
  fmt::print(out, "\n");
}

// The page's hits and how many match in all; an estimate is said to be one.
std::string footer(const SearchResult& result) {
  const std::size_t shown = result.hits.size();
  const unsigned first = shown ? result.hits.front().rank : 0;
  const unsigned last = shown ? result.hits.back().rank : 0;
  const std::string page = fmt::format("hits {}-{}", first, last);
  if (result.passages > 0)
    return fmt::format("{}; {} statement{} with all the words, then passages naming the speaker",
                       page, result.estimated, result.estimated == 1 ? "" : "s");
  if (result.relaxed)
    return fmt::format("{}; {} with all the words, the others hold most of them", page,
                       result.estimated);
  if (result.exact)
    return fmt::format("{}; {} {} all the words", page, result.estimated,
                       result.estimated == 1 ? "match has" : "matches have");
  return fmt::format("{}; about {} match all the words (an estimate)", page, result.estimated);
}

// --output ids and items: one id a line.
void print_ids(std::FILE* out, const SearchResult& result, Output output) {
  std::set<std::string> items;
  for (const Hit& hit : result.hits) {
    if (output == Output::ids) {
      fmt::print(out, "{}\n", hit_id(hit));
      continue;
    }
    const std::string item = str(hit.record, record_key(Id::item));
    if (items.insert(item).second) fmt::print(out, "{}\n", item);
  }
}

// Byte offsets of the matched words in the hit's text (none when the marked text is not the
// text with marks: marking fell back to the text as it is).
nlohmann::json match_offsets(const Hit& hit) {
  nlohmann::json spans = nlohmann::json::array();
  if (strip_marks(hit.marked_text) != str(hit.record, record_key(Id::text))) return spans;
  for (const auto& [begin, end] : mark_offsets(hit.marked_text))
    spans.push_back(nlohmann::json::array({begin, end}));
  return spans;
}

}  // namespace

bool want_color(std::FILE* out, const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return isatty(fileno(out)) != 0;
}

unsigned snippet_bytes(std::size_t width) {
  const std::size_t columns = width > kIndent + 20 ? width - kIndent : 80 - kIndent;
  return static_cast<unsigned>(std::min<std::size_t>(3 * columns, 1000));
}

std::string hit_id(const Hit& hit) {
  return fmt::format("{}:{}", str(hit.record, record_key(Id::item)), hit.record.value("para", 0));
}

nlohmann::json hit_json(const Hit& hit) {
  const nlohmann::json& r = hit.record;
  nlohmann::json j;
  j["rank"] = hit.rank;
  j["score"] = hit.score;
  for (Id id : {Id::item, Id::title, Id::date, Id::kind, Id::text})
    j[record_key(id)] = str(r, record_key(id));
  j["para"] = r.value("para", 0);
  j["snippet"] = strip_marks(hit.marked_snippet.empty() ? hit.marked_text : hit.marked_snippet);
  j["matches"] = match_offsets(hit);
  j["matched_all"] = hit.matched_all;
  if (!hit.matched_all) j["words_matched"] = hit.words_matched;
  for (const char* key : {"url", "distributor"})
    if (r.contains(key)) j[key] = r[key];
  // The values of every field a query may filter on that the record holds (source, place,
  // entities, and a statement's speaker, role, cue, kind).
  for (const schema::Field& f : schema::fields())
    if (f.in_queries && !f.record_key.empty() && r.contains(f.record_key) &&
        !j.contains(f.record_key))
      j[f.record_key] = r[f.record_key];
  if (is_statement_hit(r)) {
    j.update(nlohmann::json(r.get<extract::Statement>()));
    if (!hit.copy_items.empty()) {
      j["copies"] = hit.copy_items.size();
      j["first_seen"] =
          hit.first_seen.empty() ? nlohmann::json(nullptr) : nlohmann::json(hit.first_seen);
      j["items"] = hit.copy_items;
    }
  } else if (r.contains(schema::kRecordSpeakers)) {
    j[schema::kRecordSpeakers] = r[schema::kRecordSpeakers];
  }
  return j;
}

void print_hits(std::FILE* out, const SearchResult& result, const PrintOptions& options,
                const nlohmann::json& reading) {
  if (options.output != Output::hits) return print_ids(out, result, options.output);
  switch (options.format) {
    case Format::jsonl:
      for (const Hit& hit : result.hits) fmt::print(out, "{}\n", hit_json(hit).dump());
      return;
    case Format::json: {
      nlohmann::json all;
      all["format_version"] = kJsonFormatVersion;
      all["query"] = reading;
      all["estimated_matches"] = result.estimated;
      all["hits"] = nlohmann::json::array();
      for (const Hit& hit : result.hits) all["hits"].push_back(hit_json(hit));
      fmt::print(out, "{}\n", all.dump(2));
      return;
    }
    case Format::text:
      for (const Hit& hit : result.hits) print_text_hit(out, hit, options);
      fmt::print(out, "{}\n", dim(options.color, footer(result)));
      return;
  }
}

}  // namespace verbatim::query
