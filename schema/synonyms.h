// Synonyms: groups of forms news writes interchangeably ("U.S.", "United States", "US"), kept in
// Xapian's synonym table under the forms as the index's terms read them, so that QueryParser's
// FLAG_AUTO_SYNONYMS (one word) and FLAG_AUTO_MULTIWORD_SYNONYMS (a run of words) find them.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::schema {

// A group as written: {"U.S.", "United States", "US"}.
using SynonymGroup = std::vector<std::string>;

// The groups of a synonym file: one a line, forms separated by ','; blank lines and '#' comments
// are skipped. A line with fewer than two forms is skipped and described in `problems`
// ("line 3: ...").
std::vector<SynonymGroup> parse_synonym_groups(std::string_view text,
                                               std::vector<std::string>& problems);

// The built-in groups (data/query/synonyms.txt).
const std::vector<SynonymGroup>& builtin_synonym_groups();

// One entry of Xapian's synonym table.
struct SynonymEntry {
  std::string key;
  std::string value;
  bool operator==(const SynonymEntry& o) const { return key == o.key && value == o.value; }
};

// The synonym table for `groups`. A form is tokenized and normalized as passage text is indexed;
// its key is its words joined by ' ' (as QueryParser looks multiword synonyms up), and a one-word
// form also has its stemmed term ("Z" + stem) as a key, for inflected query words. Each key maps
// to the other forms of its group: a one-word form as the term a query word becomes (the stemmed
// term where the indexer writes one), a form of several words as its words joined by ' ' (a
// Xapian synonym is a term: query/parse turns these into phrases).
std::vector<SynonymEntry> synonym_entries(const std::vector<SynonymGroup>& groups);

// Replaces the synonym table of `db` with the one for `groups`.
void write_synonyms(Xapian::WritableDatabase& db, const std::vector<SynonymGroup>& groups);

// Whether `db` holds any synonym (an index written before synonyms, or remote shards, whose
// protocol carries none, do not).
bool has_synonyms(const Xapian::Database& db);

}  // namespace verbatim::schema
