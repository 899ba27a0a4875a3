// The copy key of a paragraph's statements: the same in every item that repeats them, as
// syndicated releases do, so that a statement search shows them once (docs/schema.md).
#pragma once

#include <string>
#include <vector>

#include "indexer/extract/statement.h"

namespace verbatim::build {

// The words of a statement as copies share them: normalized as index terms are (NFKC, case
// folded), quotation marks left out and runs of spaces made one ("“We will,” he said" and
// "\"we  will\"" are alike).
std::string copy_words(const std::string& text);

// The part of a speaker name that copies share: its surname, folded and without diacritics:
// the first word of a name written surname first (data/extract/words/surname_first.txt: "Xi
// Jinping" and "XI" give "xi"), else the last ("Donald J. Trump" and "Trump" give "trump");
// no speaker gives "".
std::string copy_speaker(const std::string& speaker);

// XXH3-128 (32 hex digits) of the statements' copy words and speakers, in text order; "" when
// there are none.
std::string copy_key(const std::vector<const extract::Statement*>& statements);

}  // namespace verbatim::build
