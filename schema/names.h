// Display names of boolean terms: the index stores "Xi Jinping" for the term "XSxi jinping"
// under the metadata key "name:XSxi jinping".
//
// Items write one term in several forms ("U.S." and "US", "Erdoğan" and "ERDOGAN"). Which form
// is shown must not depend on the order items were read in, on how many writer threads wrote
// them, or on how the index is split into shards: the index keeps the preferred form of all it
// has seen (`preferred_display`, a total order), writers and the compactor keep the better of
// two, and readers take the best over every shard.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

namespace verbatim::schema {

inline constexpr std::string_view kDisplayNamePrefix = "name:";

inline std::string display_name_key(const std::string& term) {
  return std::string(kDisplayNamePrefix) + term;
}

// True when `a` is a better display form than `b` for one term: a form without a run of five
// capitals over one with ("Xi Jinping" over a headline's "XI JINPING"), then one with no word
// whose second capital is a slip ("Agriculture" over "AGriculture"), then the one with more
// capitals ("U.S." over "u.s."), then the longer in bytes (the dots of "U.S.", the diacritics
// of "Erdoğan"), then the byte-wise smaller. A strict weak order with no ties
// between different strings, so the best of a set of forms is the same whatever its order.
bool preferred_display(std::string_view a, std::string_view b);

// The better of two display forms (either may be empty: the other wins).
std::string_view better_display(std::string_view a, std::string_view b);

// The display form of `term` in `db`: the best over every shard of a cluster; empty when no
// shard has one.
std::string display_name(const Xapian::Database& db, const std::string& term);

// Xapian's compactor keeps the first shard's value of a metadata key that several shards hold;
// this one keeps the preferred display form for `name:` keys (and the first value otherwise),
// so merging writer shards or generations gives what one writer would have written.
class DisplayNameCompactor : public Xapian::Compactor {
 public:
  std::string resolve_duplicate_metadata(const std::string& key, size_t num_tags,
                                         const std::string tags[]) override;
};

}  // namespace verbatim::schema
