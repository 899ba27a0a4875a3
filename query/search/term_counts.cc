#include "query/search/term_counts.h"

#include <algorithm>
#include <map>

namespace verbatim::query {
namespace {

class PrefixTermSpy : public Xapian::MatchSpy {
 public:
  explicit PrefixTermSpy(std::string prefix) : prefix_(std::move(prefix)) {}
  void operator()(const Xapian::Document& doc, double) override {
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      t.skip_to(prefix_);
      if (t == doc.termlist_end()) break;
      const std::string term = *t;
      if (term.compare(0, prefix_.size(), prefix_) != 0) break;
      // Speaker terms carry their paragraph's statement count as wdf; other names count 1.
      counts_[term.substr(prefix_.size())] += std::max<Xapian::termcount>(1, t.get_wdf());
    }
  }
  std::string name() const override { return "verbatim.PrefixTermSpy"; }
  const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

 private:
  std::string prefix_;
  std::map<std::string, Xapian::doccount> counts_;
};

}  // namespace

std::vector<std::pair<std::string, Xapian::doccount>> count_terms(Xapian::Database& db,
                                                                  const Xapian::Query& query,
                                                                  const std::string& prefix) {
  for (int attempt = 0;; ++attempt) {
    try {
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      PrefixTermSpy spy(prefix);
      enquire.add_matchspy(&spy);
      enquire.get_mset(0, 0, db.get_doccount());
      std::vector<std::pair<std::string, Xapian::doccount>> out(spy.counts().begin(),
                                                                spy.counts().end());
      std::stable_sort(out.begin(), out.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      return out;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 5) throw;
      db.reopen();
    }
  }
}

}  // namespace verbatim::query
