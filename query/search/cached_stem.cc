#include "query/search/cached_stem.h"

#include <unordered_map>

namespace verbatim::query {
namespace {

// The stems one thread has been given for one language.
class StemCache {
 public:
  explicit StemCache(const std::string& language) : stem_(language) {}

  const std::string& operator()(const std::string& word) {
    auto it = stems_.find(word);
    if (it == stems_.end()) it = stems_.emplace(word, stem_(word)).first;
    return it->second;
  }

  std::string description() const { return stem_.get_description(); }

 private:
  Xapian::Stem stem_;
  std::unordered_map<std::string, std::string> stems_;
};

StemCache& stem_cache(const std::string& language) {
  thread_local std::unordered_map<std::string, StemCache> caches;
  auto it = caches.find(language);
  if (it == caches.end()) it = caches.emplace(language, StemCache(language)).first;
  return it->second;
}

bool ascii_letter_or_digit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

class CachedStem : public Xapian::StemImplementation {
 public:
  CachedStem(const std::string& language, std::string_view first_letters, bool filtered)
      : cache_(stem_cache(language)), first_letters_(first_letters), filtered_(filtered) {}

  std::string operator()(const std::string& word) override {
    if (filtered_ && !word.empty() && ascii_letter_or_digit(word[0]) &&
        first_letters_.find(word[0]) == std::string::npos)
      return word;
    return cache_(word);
  }

  std::string get_description() const override { return "cached " + cache_.description(); }

 private:
  StemCache& cache_;
  std::string first_letters_;
  bool filtered_;
};

}  // namespace

Xapian::Stem cached_stem(const std::string& language) {
  return Xapian::Stem(new CachedStem(language, {}, false));
}

Xapian::Stem matching_stem(const std::string& language, std::string_view first_letters) {
  return Xapian::Stem(new CachedStem(language, first_letters, true));
}

bool keeps_first_letter(const std::string& language, const std::vector<std::string>& words) {
  const Xapian::Stem stem(language);
  for (const std::string& word : words) {
    if (word.empty() || !ascii_letter_or_digit(word[0])) continue;
    const std::string stemmed = stem(word);
    if (!stemmed.empty() && stemmed[0] != word[0]) return false;
  }
  return true;
}

}  // namespace verbatim::query
