// Entry point of extraction: statements, speakers and entities of one item.
#pragma once

#include "indexer/extract/statement.h"
#include "indexer/read/item.h"

namespace verbatim::extract {

// Finds every attributed statement of `item` with its resolved speaker, and the item's named
// entities. Pure function of the item; thread-safe; used by `verbatim extract` and the indexer.
Analysis analyse(const read::Item& item);

}  // namespace verbatim::extract
