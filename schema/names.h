// Display names of boolean terms: the index stores "Xi Jinping" for the term "XSxi jinping"
// under the metadata key "name:XSxi jinping".
#pragma once

#include <string>

namespace verbatim::schema {

inline std::string display_name_key(const std::string& term) {
  return "name:" + term;
}

inline bool is_display_name_key(const std::string& key) {
  return key.rfind("name:", 0) == 0;
}

// Of two display forms of one term ("U.S. Geological Survey", "US Geological Survey"), whether
// `a` is the one to keep: the longer in bytes (periods and diacritics kept), then the one with
// fewer capitals inside words ("Donald Trump" over "DONALD TRUMP"), then the one with more
// capitals starting words ("Donald Trump" over "donald trump"), then the smaller bytewise. A total
// order, so the form kept is the same whatever order the items come in, by one writer or
// several, in one index or in shards read as a cluster.
inline bool preferred_display(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() > b.size();
  struct Capitals {
    int inside = 0, initial = 0;
  };
  auto capitals = [](const std::string& s) {
    Capitals n;
    bool in_word = false;
    for (char c : s) {
      const bool upper = c >= 'A' && c <= 'Z', letter = upper || (c >= 'a' && c <= 'z');
      if (upper) ++(in_word ? n.inside : n.initial);
      in_word = letter;
    }
    return n;
  };
  const Capitals ca = capitals(a), cb = capitals(b);
  if (ca.inside != cb.inside) return ca.inside < cb.inside;
  if (ca.initial != cb.initial) return ca.initial > cb.initial;
  return a < b;
}

}  // namespace verbatim::schema
