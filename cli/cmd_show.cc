// `verbatim show ITEM[:PARA]`: from a hit to its story. The whole item, or one paragraph with
// --context N paragraphs either side, with the statements in them.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/reading.h"
#include "query/print/print_item.h"
#include "query/print/style.h"
#include "query/search/stored_item.h"
#include "schema/location.h"

namespace verbatim::cli {
namespace {

struct ShowArgs {
  std::string db;
  std::string ref;
  unsigned context = 0;
  bool context_given = false;
  std::string format = "text";
  std::string color = "auto";
  schema::ReadOptions reading;
};

// Why paragraph `para` cannot be shown: past the end, or wire boilerplate (not indexed).
std::string no_paragraph(const query::StoredItem& item, const std::string& id, int para) {
  const int count = item.record.value("paragraphs", 0);
  const std::string range =
      count > 0 ? fmt::format("its paragraphs are 0-{}", count - 1) : "it has no paragraphs";
  if (para < count)
    return fmt::format("paragraph {} of '{}' is wire boilerplate, which is not indexed ({})", para,
                       id, range);
  return fmt::format("item '{}' has no paragraph {} ({}; 0 is the headline)", id, para, range);
}

int show(Xapian::Database& db, const ShowArgs& a) {
  const query::ItemRef ref = query::parse_item_ref(db, a.ref);
  const std::optional<query::StoredItem> item = query::find_item(db, ref.item);
  if (!item) {
    fmt::print(stderr,
               "verbatim: show: no item '{}' in the index; ids are shown by `verbatim query` "
               "(ITEM:PARA under each hit, or --output ids)\n",
               ref.item);
    return kExitUsage;
  }
  if (!ref.para && a.context_given) {
    fmt::print(stderr, "verbatim: show: --context needs a paragraph: {}:PARA\n", ref.item);
    return kExitUsage;
  }
  if (ref.para && !query::find_paragraph(*item, *ref.para)) {
    fmt::print(stderr, "verbatim: show: {}\n", no_paragraph(*item, ref.item, *ref.para));
    return kExitUsage;
  }
  query::PrintOptions po;
  po.format = a.format == "jsonl" ? query::Format::jsonl : query::Format::text;
  po.color = po.format == query::Format::text && query::want_color(stdout, a.color);
  po.width = po.format == query::Format::text ? query::terminal_width(stdout) : 0;
  query::print_item(
      stdout, *item,
      ref.para ? query::paragraphs_around(*item, *ref.para, a.context) : item->paragraphs, ref.para,
      po);
  return kExitOk;
}

int run(const ShowArgs& a) {
  const std::string path = schema::resolve_index_path(a.db);
  Xapian::Database db = open_index(path, a.reading);
  try {
    return show(db, a);
  } catch (const Xapian::Error& e) {
    throw reading_error(e, db, path);
  }
}

}  // namespace

void add_show_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ShowArgs>();
  CLI::App* cmd = app.add_subcommand(
      "show", "An item of the index (headline, date, source, url, paragraphs, statements)");
  cmd->add_option("item", args->ref,
                  "ITEM (the whole item) or ITEM:PARA (one paragraph), as `query` shows them")
      ->required();
  cmd->add_option("--db", args->db,
                  "Index path (default: $VERBATIM_DB, else $XDG_DATA_HOME/verbatim)");
  cmd->add_option("-C,--context", args->context,
                  "With ITEM:PARA: also N paragraphs before and after it")
      ->check(CLI::Range(0u, 10000u))
      ->each([args](const std::string&) { args->context_given = true; });
  cmd->add_option("--format", args->format, "text or jsonl (one object a paragraph)")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("--color", args->color, "auto, always or never (NO_COLOR is respected)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  add_cluster_options(*cmd, args->reading);
  set_examples(*cmd, {
                         {"verbatim show ITEM:PARA --context 2",
                          "A hit in its story: the paragraph and two on each side"},
                         {"verbatim show ITEM --format jsonl",
                          "The whole item, one JSON object a paragraph"},
                     });
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace verbatim::cli
