#include "schema/names.h"

#include <algorithm>
#include <tuple>

#include "schema/cluster.h"

namespace verbatim::schema {
namespace {

bool is_capital(char c) {
  return c >= 'A' && c <= 'Z';
}

// A run of five capitals or more: a headline or a transcript label shouting ("XI JINPING",
// "ERDOGAN"), not an initialism ("U.S.", "NATO").
bool shouts(std::string_view s) {
  std::size_t run = 0;
  for (char c : s) {
    // Bytes of other letters ("Ğ" in "ERDOĞAN") neither count nor break the run.
    if (static_cast<unsigned char>(c) >= 0x80) continue;
    run = is_capital(c) ? run + 1 : 0;
    if (run >= 5) return true;
  }
  return false;
}

// A word written with its second letter in capital by a slip of the shift key, then in small
// letters ("AGriculture", "STock"): not "McDonald", "NATO", "U.S." nor "GmbH".
bool slipped_capital(std::string_view s) {
  for (std::size_t i = 0; i + 3 < s.size(); ++i) {
    const bool word_start = i == 0 || s[i - 1] == ' ' || s[i - 1] == '-';
    if (word_start && is_capital(s[i]) && is_capital(s[i + 1]) && s[i + 2] >= 'a' &&
        s[i + 2] <= 'z' && s[i + 3] >= 'a' && s[i + 3] <= 'z')
      return true;
  }
  return false;
}

long capitals(std::string_view s) {
  return std::count_if(s.begin(), s.end(), is_capital);
}

// Smaller is better: not shouting, no slipped capital, then more capitals ("U.S." over "u.s."),
// then longer in bytes (the dots of "U.S.", the diacritics of "Erdoğan"), then byte-wise smaller.
auto display_rank(std::string_view s) {
  return std::make_tuple(shouts(s), slipped_capital(s), -capitals(s), -static_cast<long>(s.size()),
                         s);
}

}  // namespace

bool preferred_display(std::string_view a, std::string_view b) {
  return display_rank(a) < display_rank(b);
}

std::string_view better_display(std::string_view a, std::string_view b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return preferred_display(b, a) ? b : a;
}

std::string display_name(const Xapian::Database& db, const std::string& term) {
  const std::string key = display_name_key(term);
  std::string best;
  for (const Xapian::Database& shard : shards_of(db)) {
    const std::string shown = shard.get_metadata(key);
    best = std::string(better_display(best, shown));
  }
  return best;
}

std::string DisplayNameCompactor::resolve_duplicate_metadata(const std::string& key,
                                                             size_t num_tags,
                                                             const std::string tags[]) {
  // Xapian 1.4's glass compactor passes the key as stored, behind the "\0\xc0" prefix of
  // user metadata.
  std::string_view name = key;
  if (name.size() >= 2 && name[0] == '\0') name.remove_prefix(2);
  if (name.substr(0, kDisplayNamePrefix.size()) != kDisplayNamePrefix) return tags[0];
  std::string_view best;
  for (size_t i = 0; i < num_tags; ++i) best = better_display(best, tags[i]);
  return std::string(best);
}

}  // namespace verbatim::schema
