// What extraction finds in an item: attributed statements and named entities.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::extract {

enum class StatementKind { direct, indirect, mixed };
std::string_view to_string(StatementKind kind);
std::optional<StatementKind> statement_kind_from(std::string_view name);

struct Statement {
  int para = 0;  // paragraph number (headline 0)
  StatementKind kind = StatementKind::indirect;
  std::string speaker;    // canonical name; empty when no source can be found (printed as null)
  std::string mention;    // the speaker's words in the text ("the Chinese president", "he")
  std::string cue;        // "said", "stressed", "according to", ...
  std::string text;       // quoted words (direct) or the reported clause (indirect, mixed)
  std::size_t begin = 0;  // byte offsets of the statement in its paragraph
  std::size_t end = 0;
  // When it was said: "YYYY-MM-DD", or "YYYY-MM" when the text names only the month; a time
  // mention attached to the cue ("said on Friday"), else the item's date ("" when it has none).
  std::string said_on;
  // Which rules decided it, for `verbatim eval --verbose` (static names, never printed in the
  // record): the attribution sieve that found the cue and the speaker's words, and the
  // coreference sieve that turned those words into `speaker`.
  std::string_view attribution_rule;
  std::string_view speaker_rule;
};

// The one JSON record of a statement, shared by `extract`, the index's display records and
// `query` output: speaker (null when empty), mention, cue, statement_kind, text, begin, end,
// said_on.
// Where the statement sits (item, para) and what a query adds (role, the hit's kind) are keys
// the callers put around it. from_json reads what to_json writes; `para` is left as it is.
void to_json(nlohmann::json& j, const Statement& s);
void from_json(const nlohmann::json& j, Statement& s);

enum class EntityType { person, place, organisation };
std::string_view to_string(EntityType type);

struct Entity {
  std::string name;  // canonical name within the item
  EntityType type = EntityType::person;
  std::vector<std::string> aliases;  // other forms seen in the item ("CPC", "Xi", "Heilongjiang")
  std::vector<int> paras;            // paragraphs where it is mentioned, ascending, unique
};

struct Analysis {
  std::vector<Statement> statements;  // in text order
  std::vector<Entity> entities;
};

}  // namespace verbatim::extract
