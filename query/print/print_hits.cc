#include "query/print/print_hits.h"

#include <unistd.h>

#include <cstdlib>

#include <fmt/format.h>

namespace verbatim::query {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kHighlight = "\x1b[1;33m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kReset = "\x1b[0m";

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

std::string str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void print_text_hit(std::FILE* out, const Hit& hit, bool color) {
  const nlohmann::json& r = hit.record;
  const int para = r.value("para", -1);
  const bool quote = str(r, "kind") == "quote";
  const bool headline = para == 0 && !quote;
  // A headline hit shows the highlighted headline itself as the title.
  std::string title = headline ? colored(hit.marked_text, color) : str(r, "title");
  fmt::print(out, "{}{:>2}.{} {}\n", color ? kBold : "", hit.rank, color ? kReset : "", title);
  std::string date = str(r, "date");
  std::string where = fmt::format("{}{}{}", date, date.empty() ? "" : "  ",
                                  headline ? std::string("headline") : fmt::format("¶{}", para));
  if (quote) {
    std::string speaker = r.contains("speaker") && r["speaker"].is_string()
                              ? r["speaker"].get<std::string>()
                              : "(unknown speaker)";
    fmt::print(out, "    {}{}{} {} ({}), {}  {}{}{}\n", color ? kBold : "", speaker,
               color ? kReset : "", str(r, "cue"), str(r, "statement_kind"), where,
               color ? kDim : "", str(r, "item"), color ? kReset : "");
  } else {
    fmt::print(out, "    {}  {}{}{}\n", where, color ? kDim : "", str(r, "item"),
               color ? kReset : "");
  }
  // Direct quotes are shown in quotation marks, reported speech as it is.
  const char* mark = quote && str(r, "statement_kind") == "direct" ? "\"" : "";
  if (!headline) fmt::print(out, "    {}{}{}\n", mark, colored(hit.marked_text, color), mark);
  fmt::print(out, "\n");
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
  j["item"] = r.value("item", "");
  j["title"] = r.value("title", "");
  j["date"] = r.value("date", "");
  j["para"] = r.value("para", 0);
  j["kind"] = r.value("kind", "");
  j["text"] = r.value("text", "");
  if (r.contains("url")) j["url"] = r["url"];
  if (j["kind"] == "quote") {
    j["speaker"] = r.contains("speaker") ? r["speaker"] : nlohmann::json();
    j["mention"] = r.value("mention", "");
    j["cue"] = r.value("cue", "");
    j["statement_kind"] = r.value("statement_kind", "");
    j["begin"] = r.value("begin", 0);
    j["end"] = r.value("end", 0);
  } else if (r.contains("speakers")) {
    j["speakers"] = r["speakers"];
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
      all["query"] = reading;
      all["estimated_matches"] = result.estimated;
      all["hits"] = nlohmann::json::array();
      for (const Hit& hit : result.hits) all["hits"].push_back(hit_json(hit));
      fmt::print(out, "{}\n", all.dump(2));
      return;
    }
    case Format::text:
      for (const Hit& hit : result.hits) print_text_hit(out, hit, options.color);
      fmt::print(out, "{}{} of about {} matches{}\n", options.color ? kDim : "", result.hits.size(),
                 result.estimated, options.color ? kReset : "");
      return;
  }
}

}  // namespace verbatim::query
