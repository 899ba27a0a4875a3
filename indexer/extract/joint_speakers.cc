#include "indexer/extract/joint_speakers.h"

#include <algorithm>

#include "indexer/extract/lexicon.h"

namespace verbatim::extract {
namespace {

// A person the item names: its record and where it is named before the mention.
struct Named {
  long record;
  std::vector<std::size_t> at;  // positions before the mention, ascending
};

bool named_person(const EntityTable::Record& r) {
  return r.type == EntityType::person && r.typed && (r.words.size() > 1 || !r.roles.empty());
}

// An organisation the item names (or a name of two words or more of no known kind, "Andes
// Copper"), not a news agency relaying the others
bool named_organisation(const EntityTable::Record& r) {
  return r.type == EntityType::organisation && (r.typed || r.words.size() > 1) &&
         !lexicon().is_medium(r.name);
}

// The persons (or organisations: "the two companies") named before `pos`.
std::vector<Named> named_before(const EntityTable& table, std::size_t pos, bool organisations) {
  std::vector<Named> out;
  for (long i = 0; i < table.size(); ++i) {
    const EntityTable::Record& r = table.record(i);
    if (!(organisations ? named_organisation(r) : named_person(r))) continue;
    Named n{i, {}};
    for (std::size_t m : r.mentions) {
      if (m < pos) n.at.push_back(m);
    }
    std::sort(n.at.begin(), n.at.end());
    if (!n.at.empty()) out.push_back(std::move(n));
  }
  return out;
}

int para_of(std::size_t pos) {
  return static_cast<int>(pos / position(1, 0));
}

bool named_in(const Named& n, int para) {
  return std::any_of(n.at.begin(), n.at.end(), [&](std::size_t m) { return para_of(m) == para; });
}

// "presidents" -> "president" when that is a role; "" otherwise ("sides")
std::string role_of_head(const std::string& head) {
  if (head.size() < 2 || head.back() != 's') return {};
  std::string one = head.substr(0, head.size() - 1);
  return lexicon().roles.count(one) ? one : std::string();
}

// Those of `group` with the role, when at least `need` have it; else the group.
std::vector<Named> with_role(const EntityTable& table, std::vector<Named> group,
                             const std::string& role, std::size_t need) {
  if (role.empty()) return group;
  std::vector<Named> titled;
  for (const Named& n : group) {
    const auto& roles = table.record(n.record).roles;
    if (std::find(roles.begin(), roles.end(), role) != roles.end()) titled.push_back(n);
  }
  return titled.size() >= need ? titled : group;
}

// The last `count` persons named before the mention.
std::vector<Named> last_named(std::vector<Named> persons, std::size_t count) {
  std::sort(persons.begin(), persons.end(),
            [](const Named& a, const Named& b) { return a.at.back() > b.at.back(); });
  if (persons.size() > count) persons.resize(count);
  return persons;
}

// The persons named together in the nearest paragraph naming two or more.
std::vector<Named> named_together(const std::vector<Named>& persons, int para) {
  std::vector<Named> here;
  for (const Named& n : persons) {
    if (named_in(n, para)) here.push_back(n);
  }
  if (here.size() >= 2) return here;
  for (int q = para - 1; q >= 0 && q >= para - 3; --q) {
    std::vector<Named> group;
    for (const Named& n : persons) {
      if (named_in(n, q) && !named_in(n, para)) group.push_back(n);
    }
    if (group.size() >= 2) return group;
  }
  return {};
}

}  // namespace

std::vector<std::string> joint_speakers(const EntityTable& table, const Mention& m,
                                        std::size_t pos) {
  if (m.joint == 0) return {};
  const bool organisations = lexicon().is("joint_org_heads", m.head);
  const std::vector<Named> persons = named_before(table, pos, organisations);  // or organisations
  const std::string role = organisations ? std::string() : role_of_head(m.head);
  std::vector<Named> group;
  if (m.joint > 0) {
    const auto count = static_cast<std::size_t>(m.joint);
    group = last_named(with_role(table, persons, role, count), count);
    if (group.size() < count) return {};
  } else {
    group = with_role(table, named_together(persons, para_of(pos)), role, 2);
  }
  std::sort(group.begin(), group.end(),
            [](const Named& a, const Named& b) { return a.at.front() < b.at.front(); });
  std::vector<std::string> names;
  for (const Named& n : group) names.push_back(table.record(n.record).name);
  return names;
}

}  // namespace verbatim::extract
