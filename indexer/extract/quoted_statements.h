// Statements nested in a direct quotation: a speaker quoting himself ("“... and I said, ‘It is
// not for sale.’”", "“I always said we would win,” Ruiz said"). The quotation's words are read
// as a paragraph of their own; what "I" or "we" said there is the quotation's speaker's.
#pragma once

#include <string_view>
#include <vector>

#include "indexer/extract/grammar.h"
#include "indexer/extract/tokens.h"

namespace verbatim::extract {

// Appends to `found` (the statements of paragraph `para`, tokens `toks`) those that "I" or
// "we" make inside their direct quotations, each given the quotation's speaker (rule
// `first_person_in_quotation`). One that would cover half its quotation or more is left out:
// it is the quotation itself.
void add_first_person_statements(std::string_view para, const std::vector<Token>& toks,
                                 std::vector<Found>& found);

}  // namespace verbatim::extract
