#include "query/search/cached_stem.h"

#include <unordered_map>

namespace verbatim::query {
namespace {

class CachedStem : public Xapian::StemImplementation {
 public:
  explicit CachedStem(const std::string& language) : stem_(language) {}

  std::string operator()(const std::string& word) override {
    auto it = stems_.find(word);
    if (it == stems_.end()) it = stems_.emplace(word, stem_(word)).first;
    return it->second;
  }

  std::string get_description() const override { return "cached " + stem_.get_description(); }

 private:
  Xapian::Stem stem_;
  std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

Xapian::Stem cached_stem(const std::string& language) {
  return Xapian::Stem(new CachedStem(language));
}

}  // namespace verbatim::query
