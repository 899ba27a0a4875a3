// Joint speakers: the persons a plural description stands for ("the two presidents", "both
// leaders", "the leaders"), each of whom makes the statement; the organisations, for the heads
// of words/joint_org_heads.txt ("the two companies", "the parties").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "indexer/extract/entities.h"
#include "indexer/extract/mentions.h"

namespace verbatim::extract {

// The canonical names of the persons joint mention `m` (m.joint != 0) at `pos` stands for, in
// the order the item names them; empty when the item does not name enough of them.
// "the two presidents": the last two persons named before it (those with the role, when
// enough have it); "the leaders": the persons named together in the nearest paragraph that
// names two or more, without those named in its own paragraph before it ("talks with Xi").
// Organisations are found the same way; news agencies are left out.
std::vector<std::string> joint_speakers(const EntityTable& table, const Mention& m,
                                        std::size_t pos);

}  // namespace verbatim::extract
