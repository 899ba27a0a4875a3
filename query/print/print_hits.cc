#include "query/print/print_hits.h"

#include <unistd.h>

#include <cstdlib>

#include <fmt/color.h>
#include <fmt/format.h>

#include "indexer/extract/statement.h"
#include "query/print/json_format.h"
#include "schema/fields.h"

namespace verbatim::query {
namespace {

using schema::Id;
using schema::record_key;

// Matched words: bold yellow. fmt writes bold and a colour as two sequences ("\x1b[1m\x1b[33m");
// the one sequence "\x1b[1;33m" is kept so that coloured output stays byte for byte what it was
// (scripts and tests match it).
constexpr std::string_view kHighlight = "\x1b[1;33m";
constexpr std::string_view kReset = "\x1b[0m";

// `text` in `style` when colouring, else as it is.
std::string styled(bool color, fmt::text_style style, std::string_view text) {
  return color ? fmt::format(style, "{}", text) : std::string(text);
}

std::string bold(bool color, std::string_view text) {
  return styled(color, fmt::emphasis::bold, text);
}

std::string dim(bool color, std::string_view text) {
  return styled(color, fmt::emphasis::faint, text);
}

std::string colored(std::string_view marked, bool color) {
  std::string out;
  for (char c : marked) {
    if (c == kMarkStart) {
      if (color) out += kHighlight;
    } else if (c == kMarkEnd) {
      if (color) out += kReset;
    } else {
      out += c;
    }
  }
  return out;
}

std::string str(const nlohmann::json& j, std::string_view key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool is_statement_hit(const nlohmann::json& record) {
  return str(record, record_key(Id::kind)) == schema::kKindQuote;
}

void print_text_hit(std::FILE* out, const Hit& hit, bool color) {
  const nlohmann::json& r = hit.record;
  const int para = r.value("para", -1);
  const bool quote = is_statement_hit(r);
  const bool headline = para == 0 && !quote;
  // A headline hit shows the highlighted headline itself as the title.
  std::string title = headline ? colored(hit.marked_text, color) : str(r, record_key(Id::title));
  fmt::print(out, "{} {}\n", bold(color, fmt::format("{:>2}.", hit.rank)), title);
  std::string date = str(r, record_key(Id::date));
  std::string where = fmt::format("{}{}{}", date, date.empty() ? "" : "  ",
                                  headline ? std::string("headline") : fmt::format("¶{}", para));
  const std::string item = dim(color, str(r, record_key(Id::item)));
  const extract::Statement st = quote ? r.get<extract::Statement>() : extract::Statement();
  if (quote) {
    std::string speaker = st.speaker.empty() ? "(unknown speaker)" : st.speaker;
    fmt::print(out, "    {} {} ({}), {}  {}\n", bold(color, speaker), st.cue,
               extract::to_string(st.kind), where, item);
  } else {
    fmt::print(out, "    {}  {}\n", where, item);
  }
  // Direct quotes are shown in quotation marks, reported speech as it is.
  const char* mark = quote && st.kind == extract::StatementKind::direct ? "\"" : "";
  if (!headline) fmt::print(out, "    {}{}{}\n", mark, colored(hit.marked_text, color), mark);
  fmt::print(out, "\n");
}

// The page's hits and how many match in all; an estimate is said to be one.
std::string footer(const SearchResult& result) {
  const std::size_t shown = result.hits.size();
  const unsigned first = shown ? result.hits.front().rank : 0;
  const unsigned last = shown ? result.hits.back().rank : 0;
  const std::string page = fmt::format("hits {}-{}", first, last);
  if (result.relaxed)
    return fmt::format("{}; {} with all the words, the others hold most of them", page,
                       result.estimated);
  if (result.exact)
    return fmt::format("{}; {} {} all the words", page, result.estimated,
                       result.estimated == 1 ? "match has" : "matches have");
  return fmt::format("{}; about {} match all the words (an estimate)", page, result.estimated);
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

nlohmann::json hit_json(const Hit& hit) {
  const nlohmann::json& r = hit.record;
  nlohmann::json j;
  j["rank"] = hit.rank;
  j["score"] = hit.score;
  for (Id id : {Id::item, Id::title, Id::date, Id::kind, Id::text})
    j[record_key(id)] = str(r, record_key(id));
  j["para"] = r.value("para", 0);
  j["matched_all"] = hit.matched_all;
  if (!hit.matched_all) j["words_matched"] = hit.words_matched;
  for (const char* key : {"url", "source", "place"})
    if (r.contains(key)) j[key] = r[key];
  if (is_statement_hit(r)) {
    j.update(nlohmann::json(r.get<extract::Statement>()));
  } else if (r.contains(schema::kRecordSpeakers)) {
    j[schema::kRecordSpeakers] = r[schema::kRecordSpeakers];
  }
  return j;
}

void print_hits(std::FILE* out, const SearchResult& result, const PrintOptions& options,
                const nlohmann::json& reading) {
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
      for (const Hit& hit : result.hits) print_text_hit(out, hit, options.color);
      fmt::print(out, "{}\n", dim(options.color, footer(result)));
      return;
  }
}

}  // namespace verbatim::query
