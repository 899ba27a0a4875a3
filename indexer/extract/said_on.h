// When each statement was said: a time mention in the clause of its cue ("said on Friday",
// "in a speech in August last year"), resolved against the item's date, else the item's date.
#pragma once

#include <string>
#include <vector>

#include "indexer/extract/entities.h"
#include "indexer/extract/statement.h"

namespace verbatim::extract {

// Sets Statement::said_on of every statement of an item dated `item_date` (YYYY-MM-DD, or "").
// `paras` are the item's tokenized paragraphs (those the statements were found in).
void date_statements(const std::vector<ParaTokens>& paras, const std::string& item_date,
                     std::vector<Statement>& statements);

}  // namespace verbatim::extract
