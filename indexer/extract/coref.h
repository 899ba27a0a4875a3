// Speaker resolution inside one item: pronouns, descriptions ("the Chinese president") and
// surnames ("Xi") resolve to the full name introduced in the item.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "indexer/extract/entities.h"
#include "indexer/extract/mentions.h"

namespace verbatim::extract {

class Resolver {
 public:
  explicit Resolver(EntityTable& table) : table_(table) {}

  // The canonical speaker of a mention at `pos` of paragraph `para`; statements must be
  // resolved in text order. "UNKNOWN" for unnamed groups, "" when nothing can be said.
  std::string resolve(const Mention& m, int para, std::size_t pos);
  // Records that a statement at `pos` was given to `speaker` (for later pronouns).
  void note(const std::string& speaker, std::size_t pos);

 private:
  std::string canonical(long record) const;
  bool is_person(const std::string& speaker) const;
  char gender_of(const std::string& name) const;  // 'f', 'm' or 0 from the given name

  EntityTable& table_;
  struct Noted {
    std::size_t pos;
    std::string speaker;
    bool person;
    bool maybe_person;  // a single name that could be a surname ("Steckhan said")
  };
  // Sources noted so far, looked up by position: a statement resolved later may come earlier
  // in its sentence ("It cited X as stating ..., and claimed ...").
  const Noted* last_before(std::size_t pos, int person) const;  // person: 1 yes, 0 no, -1 any
  std::vector<Noted> history_;
  std::map<std::string, std::string> unnamed_;  // role -> speaker of "a spokesman"
};

}  // namespace verbatim::extract
