// `verbatim extract`: the attributed statements (and entities) of items, without indexing.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/read_reporting.h"
#include "indexer/extract/analyse.h"
#include "indexer/read/sources.h"

namespace verbatim::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> sources;
  std::string format = "jsonl";
  bool entities = false;
};

void print_jsonl(const read::Item& item, const extract::Analysis& a, bool entities) {
  for (const auto& s : a.statements) {
    nlohmann::json j = s;
    j["item"] = item.id;
    j["para"] = s.para;
    fmt::print("{}\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  if (!entities) return;
  for (const auto& e : a.entities) {
    nlohmann::json j{{"item", item.id},
                     {"entity", e.name},
                     {"type", std::string(extract::to_string(e.type))},
                     {"aliases", e.aliases},
                     {"paras", e.paras}};
    fmt::print("{}\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

void print_text(const read::Item& item, const extract::Analysis& a, bool entities) {
  for (const auto& s : a.statements) {
    fmt::print(
        "{}:{} [{}] {} ({}{}): {}\n", item.id, s.para, extract::to_string(s.kind),
        s.speaker.empty() ? std::string("-") : s.speaker, s.cue,
        s.mention.empty() || s.mention == s.speaker ? std::string() : ", \"" + s.mention + "\"",
        s.text);
  }
  if (!entities) return;
  for (const auto& e : a.entities) {
    std::string aliases;
    for (const auto& al : e.aliases) aliases += (aliases.empty() ? "" : "; ") + al;
    std::string paras;
    for (int p : e.paras) paras += (paras.empty() ? "" : ",") + std::to_string(p);
    fmt::print("{}: {} <{}>{} [paras {}]\n", item.id, e.name, extract::to_string(e.type),
               aliases.empty() ? std::string() : " aka " + aliases, paras);
  }
}

int run(const ExtractOptions& opt) {
  const int status = read_reporting(opt.sources, "extract", [&](read::Item&& item) {
    extract::Analysis a = extract::analyse(item);
    if (opt.format == "text") {
      print_text(item, a, opt.entities);
    } else {
      print_jsonl(item, a, opt.entities);
    }
  });
  std::fflush(stdout);
  return status;
}

}  // namespace

void add_extract_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Print the attributed statements (and entities) of items without indexing them");
  cmd->add_option("sources", opt->sources, "Item files, directories, or - for JSON Lines on stdin")
      ->required();
  cmd->add_option("--format", opt->format, "jsonl or text")
      ->check(CLI::IsMember({"jsonl", "text"}));
  cmd->add_flag("--entities", opt->entities, "Also print the named entities of each item");
  set_examples(*cmd, {
                         {"verbatim extract --format text corpus/item.txt",
                          "The statements of one item with speakers and cues"},
                         {"verbatim extract --entities - < items.jsonl",
                          "Statements and entities of JSON Lines items read from stdin"},
                     });
  cmd->callback([opt, &exit_code] { exit_code = run(*opt); });
}

}  // namespace verbatim::cli
