// verbatim: a full-text search and quote index for news.
#include <cstdio>
#include <exception>

#include <fmt/format.h>
#include <xapian.h>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/version.h"
#include "schema/location.h"

int main(int argc, char** argv) {
  CLI::App app{"verbatim: full-text search and quote index for news", "verbatim"};
  app.set_version_flag("--version", std::function<std::string()>(verbatim::cli::version_text),
                       "Print the versions of verbatim, Xapian, ICU and the index schema");
  app.require_subcommand(1);
  int exit_code = verbatim::cli::kExitOk;
  verbatim::cli::add_commands(app, exit_code, argc, argv);
  verbatim::cli::set_examples(
      app,
      {{"verbatim index corpus/", "Index the items under corpus/ into the default index"},
       {"verbatim query --speaker xi opening-up", "Statements by Xi Jinping about opening-up"}});
  verbatim::cli::show_defaults(app);
  if (const int status = verbatim::cli::check_command_name(app, argc, argv); status >= 0)
    return status;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return verbatim::cli::kExitUsage;
  } catch (const verbatim::schema::UserError& e) {
    fmt::print(stderr, "verbatim: {}\n", e.what());
    return e.status;
  } catch (const Xapian::Error& e) {
    fmt::print(stderr, "verbatim: {}: {}\n", e.get_type(), e.get_msg());
    return verbatim::cli::kExitIndexError;
  } catch (const std::exception& e) {
    fmt::print(stderr, "verbatim: {}\n", e.what());
    return verbatim::cli::kExitIndexError;
  }
  return exit_code;
}
