// Small fictional JSON Lines items with statements, shared by the statement-search tests
// (tests/index/test_statement_hits.cc, tests/cli/test_cli_statements.cc).
#pragma once

#include <string>

namespace verbatim::testing {

// Paragraph 2: a direct quote by Ana Ruiz, then an indirect statement by Tom Vale.
inline const std::string kTwoSpeakers =
    R"J({"id":"port-plans","title":"Port plans","date":"2024-02-05","source":"Test Wire","body":"Officials met on Monday.\n\n\"We will build the port,\" said Mayor Ana Ruiz. Minister Tom Vale said the budget was approved.\n\nThe council will meet again next month."})J"
    "\n";

// Lena Moss: a direct quote (cue "said") and an indirect statement (cue "added") in paragraph 2,
// one more indirect statement in paragraph 4.
inline const std::string kBridge =
    R"J({"id":"bridge","title":"Bridge repairs","date":"2023-07-10","source":"Harbor Daily","body":"Engineers inspected the bridge on Monday.\n\n\"The bridge is safe for traffic,\" said engineer Lena Moss. Moss added that repairs would take six weeks.\n\nTraffic was light on the coast road.\n\nMoss said the works would start in April."})J"
    "\n";

// A direct quote split by its attribution.
inline const std::string kSplitQuote =
    R"J({"id":"harbour","title":"Harbour works","date":"2024-02-06","source":"Test Wire","body":"Officials met on Tuesday.\n\n\"The harbour will open in May,\" Mayor Ana Ruiz said, \"and ferries will follow in June.\"\n\nThe council will meet again next month."})J"
    "\n";

// A JSON Lines item whose second paragraph is `statement` (speaker-identity tests).
inline std::string one_statement_item(const std::string& id, const std::string& statement) {
  return R"({"id":")" + id + R"(","title":"News )" + id +
         R"(","date":"2020-01-02","source":"Test Wire","body":"Officials met on Monday.\n\n)" +
         statement + R"("})" + "\n";
}

}  // namespace verbatim::testing
