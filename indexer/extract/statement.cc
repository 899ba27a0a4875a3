#include "indexer/extract/statement.h"

#include <nlohmann/json.hpp>

#include "schema/fields.h"

namespace verbatim::extract {
namespace {

// The keys of the statement record. Those that are also statement filters come from the field
// table, which the query side reads to compare records with query terms.
constexpr std::string_view kSpeaker = schema::field(schema::Id::speaker).record_key;
constexpr std::string_view kCue = schema::field(schema::Id::cue).record_key;
constexpr std::string_view kStatementKind = schema::field(schema::Id::stmt).record_key;
constexpr std::string_view kText = schema::field(schema::Id::text).record_key;
constexpr std::string_view kMention = "mention";
constexpr std::string_view kBegin = "begin";
constexpr std::string_view kEnd = "end";
constexpr std::string_view kSaidOn = "said_on";

}  // namespace

std::string_view to_string(StatementKind kind) {
  switch (kind) {
    case StatementKind::direct:
      return "direct";
    case StatementKind::indirect:
      return "indirect";
    case StatementKind::mixed:
      return "mixed";
  }
  return "indirect";
}

std::optional<StatementKind> statement_kind_from(std::string_view name) {
  for (StatementKind k : {StatementKind::direct, StatementKind::indirect, StatementKind::mixed})
    if (to_string(k) == name) return k;
  return std::nullopt;
}

void to_json(nlohmann::json& j, const Statement& s) {
  j = nlohmann::json::object();
  j[kSpeaker] = s.speaker.empty() ? nlohmann::json() : nlohmann::json(s.speaker);
  j[kMention] = s.mention;
  j[kCue] = s.cue;
  j[kStatementKind] = to_string(s.kind);
  j[kText] = s.text;
  j[kBegin] = s.begin;
  j[kEnd] = s.end;
  j[kSaidOn] = s.said_on;
}

void from_json(const nlohmann::json& j, Statement& s) {
  auto str = [&](std::string_view key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  s.speaker = str(kSpeaker);
  s.mention = str(kMention);
  s.cue = str(kCue);
  s.kind = statement_kind_from(str(kStatementKind)).value_or(StatementKind::indirect);
  s.text = str(kText);
  s.begin = j.value(kBegin, std::size_t{0});
  s.end = j.value(kEnd, std::size_t{0});
  s.said_on = str(kSaidOn);
}

std::string_view to_string(EntityType type) {
  switch (type) {
    case EntityType::person:
      return "person";
    case EntityType::place:
      return "place";
    case EntityType::organisation:
      return "organisation";
  }
  return "organisation";
}

}  // namespace verbatim::extract
