// `verbatim read`: each item as the indexer sees it (id, url, title, date, source, lang, body),
// for every input format. Users debug their inputs with it; the HTML benchmarks score it.
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
#include "indexer/read/sources.h"

namespace verbatim::cli {
namespace {

struct ReadOptions {
  std::vector<std::string> sources;
  std::string format = "jsonl";
};

// The searchable paragraphs after the headline, a blank line between them; wire boilerplate is
// listed apart, as the index keeps it out of the searchable text.
std::string body_of(const read::Item& item, std::vector<std::string>& boilerplate) {
  std::string body;
  for (std::size_t p = 1; p < item.paragraphs.size(); ++p) {
    const read::Paragraph& para = item.paragraphs[p];
    if (para.boilerplate) {
      boilerplate.push_back(para.text);
      continue;
    }
    if (!body.empty()) body += "\n\n";
    body += para.text;
  }
  return body;
}

void print_item(const read::Item& item, const std::string& format) {
  std::vector<std::string> boilerplate;
  std::string body = body_of(item, boilerplate);
  if (format == "text") {
    fmt::print("id: {}\nurl: {}\ntitle: {}\ndate: {}\nsource: {}\nlang: {}\n", item.id, item.url,
               item.title, item.date, item.source, item.lang);
    if (!item.place.empty()) fmt::print("dateline: {} {}\n", item.place, item.distributor);
    fmt::print("\n{}\n", body);
    for (const std::string& b : boilerplate) fmt::print("\n[boilerplate] {}\n", b);
    fmt::print("\n");
    return;
  }
  nlohmann::json j{{"id", item.id},
                   {"url", item.url},
                   {"title", item.title},
                   {"date", item.date},
                   {"source", item.source},
                   {"lang", item.lang},
                   {"place", item.place},
                   {"distributor", item.distributor},
                   {"origin", item.origin},
                   {"body", body},
                   {"boilerplate", boilerplate}};
  fmt::print("{}\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

int run(const ReadOptions& opt) {
  const int status =
      read_reporting(opt.sources, "read", [&](read::Item&& item) { print_item(item, opt.format); });
  std::fflush(stdout);
  return status;
}

}  // namespace

void add_read_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<ReadOptions>();
  CLI::App* cmd = app.add_subcommand(
      "read", "Print each item as the indexer reads it (id, url, title, date, source, lang, body)");
  cmd->add_option("sources", opt->sources,
                  "Item files (.txt, .jsonl, .html, .htm, .html.gz), directories, or - for JSON "
                  "Lines on stdin")
      ->required();
  cmd->add_option("--format", opt->format, "jsonl or text")
      ->check(CLI::IsMember({"jsonl", "text"}));
  set_examples(*cmd,
               {
                   {"verbatim read --format text page.html",
                    "How the indexer reads a page: title, date, source, body"},
                   {"verbatim read feeds/ | head", "The first items of a folder, as JSON Lines"},
               });
  cmd->callback([opt, &exit_code] { exit_code = run(*opt); });
}

}  // namespace verbatim::cli
