#include "indexer/extract/statement.h"

namespace verbatim::extract {

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
