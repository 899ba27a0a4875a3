// The one normalizer shared by indexing and querying (ICU).
#pragma once

#include <string>
#include <string_view>

namespace verbatim::text {

// Typographic normalization that keeps letter case: NFKC, curly quotes to straight ones,
// en/em dashes and minus signs to '-', non-breaking and other spaces to ' '. Used before display
// matching and by the extractor's pattern code.
std::string normalize_typography(std::string_view in);

// The form that is tokenized into index terms: normalize_typography, initialisms collapsed
// ("U.S." -> "US", "U.K." -> "UK"), then ICU full case folding. Indexing and querying both use it.
std::string normalize_for_terms(std::string_view in);

// A query string for Xapian::QueryParser: like normalize_for_terms, but the operators
// AND OR NOT XOR NEAR ADJ written in capitals and field prefixes ("speaker:") are kept.
std::string normalize_query(std::string_view in);

// ASCII lower-casing, other bytes unchanged (word lists, language codes, month names are ASCII).
std::string ascii_lower(std::string_view s);

// ICU case folding of a name for matching aliases ("Xi Jinping" -> "xi jinping"), with
// punctuation turned to spaces and runs of spaces collapsed.
std::string fold_name(std::string_view in);

// The name without its diacritics ("erdoğan" -> "erdogan", "ı" -> "i"), so that a name typed
// without them still matches; ASCII is returned unchanged.
std::string without_diacritics(std::string_view in);

// The ICU paths of normalize_for_terms and fold_name, which take a byte-wise fast path for ASCII
// text (most of an English corpus); for the tests that hold the two paths equal.
namespace detail {
std::string normalize_for_terms_icu(std::string_view in);
std::string fold_name_icu(std::string_view in);
}  // namespace detail

}  // namespace verbatim::text
