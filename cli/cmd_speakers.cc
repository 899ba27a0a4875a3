// `verbatim speakers [QUERY]` and `verbatim entities [QUERY]`: names with their counts.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/reading.h"
#include "query/parse/build_query.h"
#include "query/parse/name_resolver.h"
#include "query/search/term_counts.h"
#include "schema/fields.h"
#include "schema/location.h"
#include "text/normalize.h"

namespace verbatim::cli {
namespace {

struct ListArgs {
  schema::Id field = schema::Id::speaker;  // or entity
  std::string db;
  std::vector<std::string> words;
  std::string format = "text";
  unsigned limit = 0;
  bool named = false;       // speakers: leave UNKNOWN out
  bool all_copies = false;  // speakers: count every copy of a syndicated statement
  schema::ReadOptions reading;
};

// One row of `speakers`: an identity with its statements (matching the query), its forms and
// how the items describe it.
struct SpeakerRow {
  std::string name;
  Xapian::doccount statements = 0;
  std::vector<std::string> aliases;
  std::vector<std::string> roles;
};

// How items describe each identity ("chinese president"), most often first: read from the
// statement records of the paragraphs carrying role terms (every shard's).
std::map<std::string, std::vector<std::string>> roles_by_identity(
    const Xapian::Database& db, const query::NameResolver& names) {
  std::map<std::string, std::map<std::string, int>> counts;
  const std::string prefix = schema::prefix_of(schema::Id::role);
  const std::string_view role_key = schema::record_key(schema::Id::role);
  std::set<Xapian::docid> seen;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t)
    for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p) {
      if (!seen.insert(*p).second) continue;
      const nlohmann::json rec =
          nlohmann::json::parse(db.get_document(*p).get_data(), nullptr, false);
      if (!rec.is_object() || !rec.contains(schema::kRecordStatements)) continue;
      for (const nlohmann::json& st : rec[schema::kRecordStatements]) {
        const std::string role = st.value(role_key, "");
        const auto speaker = st.find(schema::record_key(schema::Id::speaker));
        if (role.empty() || speaker == st.end() || !speaker->is_string()) continue;
        ++counts[names.identity_name(text::fold_name(speaker->get<std::string>()))][role];
      }
    }
  std::map<std::string, std::vector<std::string>> out;
  for (auto& [identity, roles] : counts) {
    std::vector<std::pair<std::string, int>> ranked(roles.begin(), roles.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (auto& [role, n] : ranked) out[identity].push_back(role);
  }
  return out;
}

// The speaker counts of a query per identity: the forms' counts summed, most statements first,
// UNKNOWN last (or left out with --named).
std::vector<SpeakerRow> speaker_rows(
    const Xapian::Database& db, const query::NameResolver& names,
    const std::vector<std::pair<std::string, Xapian::doccount>>& counts, bool named) {
  std::map<std::string, SpeakerRow> rows;
  for (const auto& [form, n] : counts) {
    const std::string identity = names.identity_name(form);
    SpeakerRow& row = rows[identity];
    row.name = names.display(identity);
    row.statements += n;
  }
  const auto roles = roles_by_identity(db, names);
  std::vector<SpeakerRow> out;
  SpeakerRow unknown;
  for (auto& [identity, row] : rows) {
    if (const query::SpeakerIdentity* id = names.registry()->identity_of(identity))
      for (const std::string& form : id->forms)
        row.aliases.push_back(names.registry()->display_of_form(form));
    if (auto r = roles.find(identity); r != roles.end()) row.roles = r->second;
    if (identity == "unknown") {
      unknown = std::move(row);
      continue;
    }
    out.push_back(std::move(row));
  }
  std::stable_sort(out.begin(), out.end(), [](const SpeakerRow& a, const SpeakerRow& b) {
    return a.statements > b.statements;
  });
  if (!named && unknown.statements > 0) out.push_back(std::move(unknown));
  return out;
}

void print_speaker_row(const SpeakerRow& row, const std::string& format) {
  if (format == "jsonl") {
    fmt::print("{}\n", nlohmann::json{{"name", row.name},
                                      {"speaker", row.name},
                                      {"statements", row.statements},
                                      {"aliases", row.aliases},
                                      {"roles", row.roles}}
                           .dump());
    return;
  }
  std::string also;
  for (const std::string& a : row.aliases)
    if (a != row.name) also += (also.empty() ? "" : ", ") + a;
  fmt::print("{:>6}  {}{}\n", row.statements, row.name,
             also.empty() ? "" : "  (also " + also + ")");
}

int run(const ListArgs& a) {
  const std::string path = schema::resolve_index_path(a.db);
  Xapian::Database db = open_index(path, a.reading);
  query::QueryRequest request;
  request.words = a.words;
  request.literal = true;
  request.quotes = a.field == schema::Id::speaker;  // speakers: statement counts
  query::QueryPlan plan;
  try {
    plan = query::build_query(db, request);
  } catch (const query::QuerySyntaxError& e) {
    fmt::print(stderr, "verbatim: {}\n", e.what());
    return kExitUsage;
  }
  for (const std::string& note : plan.notes) fmt::print(stderr, "verbatim: {}\n", note);
  std::vector<std::pair<std::string, Xapian::doccount>> counts;
  const bool fold = a.field == schema::Id::speaker && !a.all_copies;
  Xapian::doccount folded = 0;  // statements counted once for copies in other items
  try {
    counts = query::count_terms(db, plan.query, schema::prefix_of(a.field), fold, &folded);
  } catch (const Xapian::Error& e) {
    throw reading_error(e, db, path);
  }
  const std::string field_name(schema::field(a.field).name);
  if (counts.empty()) {
    fmt::print(stderr, "verbatim: no {}s{}\n", field_name,
               a.words.empty() ? " in the index" : " for this query");
    return kExitNoMatch;
  }
  query::NameResolver names(db, a.field);
  if (a.field == schema::Id::speaker) {
    if (folded > 0)
      fmt::print(stderr,
                 "verbatim: {} statement{} repeated by other items (syndicated copies) counted "
                 "once; --all-copies counts each\n",
                 folded, folded == 1 ? "" : "s");
    std::size_t shown = 0;
    for (const SpeakerRow& row : speaker_rows(db, names, counts, a.named)) {
      if (a.limit && shown++ >= a.limit) break;
      print_speaker_row(row, a.format);
    }
    return kExitOk;
  }
  const char* noun = a.field == schema::Id::speaker ? "statements" : "passages";
  std::size_t shown = 0;
  for (const auto& [folded, n] : counts) {
    if (a.limit && shown++ >= a.limit) break;
    std::string name = names.display(folded);
    if (a.format == "jsonl") {
      fmt::print("{}\n", nlohmann::json{{field_name, name}, {noun, n}}.dump());
    } else {
      fmt::print("{:>6}  {}\n", n, name);
    }
  }
  return kExitOk;
}

void add_list_command(CLI::App& app, int& exit_code, schema::Id field, const std::string& name,
                      const std::string& help, const std::vector<Example>& examples) {
  auto args = std::make_shared<ListArgs>();
  args->field = field;
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->add_option("query", args->words,
                  "Only count what matches this query (same syntax as `query`)");
  cmd->add_option("--db", args->db,
                  "Index path (default: $VERBATIM_DB, else $XDG_DATA_HOME/verbatim)");
  cmd->add_option("--format", args->format, "text or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("-n,--limit", args->limit, "Show at most this many");
  if (field == schema::Id::speaker) {
    cmd->add_flag("--named", args->named, "Leave out statements of no named speaker (UNKNOWN)");
    cmd->add_flag("--all-copies", args->all_copies,
                  "Count each copy of a statement repeated by several items (default: once)");
  }
  add_cluster_options(*cmd, args->reading);
  set_examples(*cmd, examples);
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace

void add_speakers_command(CLI::App& app, int& exit_code) {
  add_list_command(app, exit_code, schema::Id::speaker, "speakers",
                   "Speakers with their statement counts",
                   {{"verbatim speakers --named -n 20", "The 20 most quoted named speakers"},
                    {"verbatim speakers 'belt and road'", "Who spoke about the Belt and Road"}});
  add_list_command(app, exit_code, schema::Id::entity, "entities",
                   "Entities with the number of passages naming them",
                   {{"verbatim entities -n 20", "The 20 entities most passages name"},
                    {"verbatim entities --format jsonl 'food security'",
                     "Entities of the passages about food security, as JSON Lines"}});
}

}  // namespace verbatim::cli
