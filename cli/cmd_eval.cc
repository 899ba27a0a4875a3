// `verbatim eval GOLD ITEMS...`: extraction scored against gold statements (CONVENTIONS.md).
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/read_reporting.h"
#include "indexer/extract/analyse.h"
#include "indexer/extract/evaluate.h"
#include "indexer/read/sources.h"
#include "query/print/json_format.h"

namespace verbatim::cli {
namespace {

struct EvalOptions {
  std::string gold;
  std::vector<std::string> sources;
  bool verbose = false;
  std::string format = "text";
  double match = 0.5;
};

std::string clip(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  std::size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut);
}

// The rules that decided a prediction (Statement::attribution_rule, speaker_rule).
struct Rules {
  std::string attribution;
  std::string speaker;
};

std::string_view rule_or_dash(const std::string& rule) {
  return rule.empty() ? std::string_view("-") : std::string_view(rule);
}

// The analysis of an item; with `trace`, what the attribution grammar tried on it too.
extract::Analysis analyse_traced(const read::Item& item, extract::ItemTrace* trace) {
  if (trace == nullptr) return extract::analyse(item);
  for (const auto& p : item.paragraphs) trace->paragraphs.push_back(p.text);
  const extract::TraceScope scope(trace->cues);
  return extract::analyse(item);
}

// --verbose: every statement found with the rules that decided it, every miss with the rule
// that came closest, wrong speakers and spurious statements.
void print_details(const extract::Scores& s, const std::vector<extract::Scored>& predicted,
                   const std::vector<Rules>& rules,
                   const std::map<std::string, extract::ItemTrace>& traces) {
  for (std::size_t i : s.found) {
    const extract::Scored& p = predicted[i];
    fmt::print("FOUND\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", extract::item_key(p.item), p.para, p.kind,
               p.speaker, rule_or_dash(rules[i].attribution), rule_or_dash(rules[i].speaker),
               clip(p.text, 70));
  }
  static const extract::ItemTrace no_trace;
  for (const auto& m : s.misses) {
    auto t = traces.find(m.item);
    const std::string near = extract::explain_miss(t == traces.end() ? no_trace : t->second, m);
    fmt::print("MISS\t{}\t{}\t{}\t{}\t{}\t{}\n", m.item, m.para, m.kind, m.speaker, near,
               clip(m.text, 70));
  }
  for (const auto& w : s.wrong_speakers) {
    const Rules& r = rules[w.prediction];
    fmt::print("WRONG-SPEAKER\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", w.item, w.para, w.gold, w.predicted,
               rule_or_dash(r.attribution), rule_or_dash(r.speaker), clip(w.text, 50));
  }
  for (std::size_t k = 0; k < s.spurious.size(); ++k) {
    const extract::Scored& p = s.spurious[k];
    const Rules& r = rules[s.spurious_predictions[k]];
    fmt::print("SPURIOUS\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", extract::item_key(p.item), p.para, p.kind,
               p.speaker, rule_or_dash(r.attribution), rule_or_dash(r.speaker), clip(p.text, 70));
  }
}

int run(const EvalOptions& opt) {
  std::vector<extract::Scored> gold;
  try {
    gold = extract::load_gold(opt.gold);
  } catch (const std::exception& e) {
    fmt::print(stderr, "verbatim eval: {}\n", e.what());
    return kExitUsage;
  }
  std::unordered_set<std::string> keys;
  for (const auto& g : gold) keys.insert(extract::item_key(g.item));
  std::vector<extract::Scored> predicted;
  std::vector<Rules> rules;                          // of each prediction
  std::map<std::string, extract::ItemTrace> traces;  // by item key, with --verbose
  const int status = read_reporting(opt.sources, "eval", [&](read::Item&& item) {
    const std::string key = extract::item_key(item.id);
    if (!keys.count(key)) return;
    extract::Analysis a = analyse_traced(item, opt.verbose ? &traces[key] : nullptr);
    for (const auto& s : a.statements) {
      predicted.push_back(
          {item.id, s.para, std::string(extract::to_string(s.kind)), s.speaker, s.text});
      rules.push_back({std::string(s.attribution_rule), std::string(s.speaker_rule)});
    }
  });
  extract::Scores s = extract::score(gold, predicted, opt.match);
  if (opt.format == "json") {
    nlohmann::json j{{"format_version", query::kJsonFormatVersion},
                     {"gold", s.gold},
                     {"predicted", s.predicted},
                     {"matched", s.matched},
                     {"kind_ok", s.kind_ok},
                     {"precision", s.precision},
                     {"recall", s.recall},
                     {"f1", s.f1},
                     {"speaker_strict", s.strict_accuracy},
                     {"speaker_lenient", s.lenient_accuracy},
                     {"attributed_f1", s.attributed_f1}};
    fmt::print("{}\n", j.dump(2));
  } else {
    if (opt.verbose) print_details(s, predicted, rules, traces);
    fmt::print("gold={} pred={} matched={} kind_ok={}\n", s.gold, s.predicted, s.matched,
               s.kind_ok);
    fmt::print(
        "statements P={:.3f} R={:.3f} F1={:.3f} speaker_strict={:.3f} speaker_lenient={:.3f} "
        "attributed_F1={:.3f}\n",
        s.precision, s.recall, s.f1, s.strict_accuracy, s.lenient_accuracy, s.attributed_f1);
  }
  std::fflush(stdout);
  return status;
}

}  // namespace

void add_eval_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval",
      "Score statement extraction against gold annotations (see shared/gold/CONVENTIONS.md)");
  cmd->add_option("gold", opt->gold, "Gold statements, JSON Lines")->required();
  cmd->add_option("items", opt->sources, "Item files or directories the gold refers to")
      ->required();
  cmd->add_flag("--verbose,-v", opt->verbose,
                "List statements found (with the rules that decided their attribution and "
                "speaker), misses (with the rule that came closest), wrong speakers and spurious "
                "statements");
  cmd->add_option("--format", opt->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--match", opt->match, "Token Dice needed for a match (default 0.5)");
  set_examples(*cmd, {
                         {"verbatim eval gold.jsonl corpus/",
                          "Precision and recall of statements against the gold file"},
                         {"verbatim eval -v --format json gold.jsonl corpus/",
                          "The same with every miss and wrong speaker, as JSON"},
                     });
  cmd->callback([opt, &exit_code] { exit_code = run(*opt); });
}

}  // namespace verbatim::cli
