#include "query/print/print_item.h"

#include <fmt/format.h>

#include "query/print/style.h"
#include "query/search/search.h"
#include "schema/fields.h"
#include "text/wrap.h"

namespace verbatim::query {
namespace {

using schema::Id;
using schema::record_key;

constexpr std::size_t kLabel = 7;           // "> ¶12  ": the focus mark and the number
constexpr std::size_t kStatementText = 60;  // columns of a statement's words after its speaker

int para_of(const nlohmann::json& p) {
  return p.value("para", -1);
}

const nlohmann::json& statements_of(const nlohmann::json& paragraph) {
  static const nlohmann::json none = nlohmann::json::array();
  auto it = paragraph.find(schema::kRecordStatements);
  return it != paragraph.end() && it->is_array() ? *it : none;
}

// The paragraph's text with its statements' spans between marks (underlined on a terminal).
std::string marked_statements(const nlohmann::json& paragraph) {
  const std::string text = str(paragraph, record_key(Id::text));
  std::string out;
  std::size_t at = 0;
  for (const nlohmann::json& st : statements_of(paragraph)) {
    const std::size_t begin = st.value("begin", std::size_t{0}), end = st.value("end", begin);
    if (begin < at || end <= begin || end > text.size()) continue;
    out.append(text, at, begin - at);
    out += kMarkStart;
    out.append(text, begin, end - begin);
    out += kMarkEnd;
    at = end;
  }
  out.append(text, at, std::string::npos);
  return out;
}

// The first words of `text`, on one line of at most `columns`.
std::string first_words(const std::string& text, std::size_t columns) {
  const auto lines = text::wrap(text, columns);
  if (lines.empty()) return text;
  std::string out = text.substr(lines[0].first, lines[0].second - lines[0].first);
  return lines.size() > 1 ? out + std::string(kEllipsis) : out;
}

// "» Xi Jinping said (direct): "We will ..."" under the paragraph.
void print_statement(std::FILE* out, const nlohmann::json& st, const PrintOptions& options) {
  const std::string speaker = str(st, record_key(Id::speaker));
  const std::string kind = str(st, record_key(Id::stmt));
  const char* mark = kind == "direct" ? "\"" : "";
  fmt::print(out, "{:{}}» {} {} ({}): {}{}{}\n", "", kLabel,
             bold(options.color, speaker.empty() ? "(unknown speaker)" : speaker),
             str(st, record_key(Id::cue)), kind, mark,
             first_words(str(st, record_key(Id::text)), kStatementText), mark);
}

void print_paragraph(std::FILE* out, const nlohmann::json& p, bool focus,
                     const PrintOptions& options) {
  const std::string number = fmt::format("¶{}", para_of(p));
  const std::size_t pad =
      kLabel - 2 > text::display_width(number) ? kLabel - 2 - text::display_width(number) : 1;
  const std::string label = fmt::format("{}{}{:{}}", focus ? "> " : "  ", number, "", pad);
  const std::size_t width = options.width > kLabel + 20 ? options.width - kLabel : 0;
  bool first = true;
  for (const std::string& line : wrap_marked(marked_statements(p), width)) {
    fmt::print(out, "{}{}\n",
               first ? (focus ? bold(options.color, label) : dim(options.color, label))
                     : std::string(kLabel, ' '),
               colored(line, options.color, kUnderline));
    first = false;
  }
  for (const nlohmann::json& st : statements_of(p)) print_statement(out, st, options);
}

// Headline, then date, source and place, then the url (and the id when it is not the url).
void print_header(std::FILE* out, const nlohmann::json& item, const PrintOptions& options) {
  fmt::print(out, "{}\n", bold(options.color, str(item, record_key(Id::title))));
  std::vector<std::string> about;
  for (Id id : {Id::date, Id::source, Id::place})
    if (std::string v = str(item, record_key(id)); !v.empty()) about.push_back(v);
  if (!about.empty()) fmt::print(out, "{}\n", fmt::join(about, "  "));
  const std::string url = str(item, "url"), id = str(item, record_key(Id::item));
  if (!url.empty()) fmt::print(out, "{}\n", url);
  if (url != id) fmt::print(out, "{}\n", dim(options.color, id));
  fmt::print(out, "\n");
}

}  // namespace

nlohmann::json paragraph_json(const nlohmann::json& item, const nlohmann::json& paragraph) {
  nlohmann::json j;
  j[record_key(Id::item)] = str(item, record_key(Id::item));
  j["para"] = para_of(paragraph);
  j[record_key(Id::text)] = str(paragraph, record_key(Id::text));
  j[schema::kRecordStatements] = statements_of(paragraph);
  for (std::string_view key : {record_key(Id::title), record_key(Id::date), std::string_view("url"),
                               record_key(Id::source), record_key(Id::place)})
    if (item.contains(key)) j[std::string(key)] = item[key];
  return j;
}

void print_item(std::FILE* out, const StoredItem& item,
                const std::vector<nlohmann::json>& paragraphs, std::optional<int> focus,
                const PrintOptions& options) {
  if (options.format != Format::text) {
    for (const nlohmann::json& p : paragraphs)
      fmt::print(out, "{}\n", paragraph_json(item.record, p).dump());
    return;
  }
  print_header(out, item.record, options);
  for (const nlohmann::json& p : paragraphs) {
    // The headline is the title above, unless it was asked for.
    if (para_of(p) == 0 && focus != 0) continue;
    print_paragraph(out, p, focus && *focus == para_of(p), options);
  }
}

}  // namespace verbatim::query
