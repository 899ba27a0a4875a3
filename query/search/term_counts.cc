#include "query/search/term_counts.h"

#include <algorithm>
#include <map>

#include "schema/fields.h"

namespace verbatim::query {
namespace {

class PrefixTermSpy : public Xapian::MatchSpy {
 public:
  explicit PrefixTermSpy(std::string prefix) : prefix_(std::move(prefix)) {}
  void operator()(const Xapian::Document& doc, double) override { count(doc); }
  // Counts the terms of one document (also used without a match, for remote shards).
  void count(const Xapian::Document& doc) {
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      t.skip_to(prefix_);
      if (t == doc.termlist_end()) break;
      const std::string term = *t;
      if (term.compare(0, prefix_.size(), prefix_) != 0) break;
      // Speaker terms carry their paragraph's statement count as wdf; other names count 1.
      counts_[term.substr(prefix_.size())] += std::max<Xapian::termcount>(1, t.get_wdf());
    }
  }
  void reset() { counts_.clear(); }
  std::string name() const override { return "verbatim.PrefixTermSpy"; }
  const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

 private:
  std::string prefix_;
  std::map<std::string, Xapian::doccount> counts_;
};

// Remote shards (xapian-tcpsrv) run only the match spies they know: a custom spy cannot travel,
// so the documents matched are read here and counted one by one (same counts, more traffic).
void count_matches_here(Xapian::Enquire& enquire, Xapian::doccount all, PrefixTermSpy& spy) {
  enquire.clear_matchspies();
  spy.reset();
  const Xapian::MSet mset = enquire.get_mset(0, all);
  for (auto it = mset.begin(); it != mset.end(); ++it) spy.count(it.get_document());
}

Xapian::doccount total(const std::map<std::string, Xapian::doccount>& counts) {
  Xapian::doccount n = 0;
  for (const auto& c : counts) n += c.second;
  return n;
}

// The counts of the documents the collapsed match keeps; `all` (when it can run here: not on
// remote shards) saw every matching document, the copies collapsing drops too.
std::map<std::string, Xapian::doccount> count_folded(Xapian::Database& db,
                                                     const Xapian::Query& query,
                                                     const std::string& prefix,
                                                     Xapian::doccount* copies) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_collapse_key(schema::kSlotCopyKey);
  PrefixTermSpy all(prefix), kept(prefix);
  enquire.add_matchspy(&all);
  Xapian::MSet mset;
  bool spied = true;
  try {
    mset = enquire.get_mset(0, db.get_doccount(), db.get_doccount());
  } catch (const Xapian::UnimplementedError&) {
    enquire.clear_matchspies();
    mset = enquire.get_mset(0, db.get_doccount());
    spied = false;
  }
  for (auto it = mset.begin(); it != mset.end(); ++it) kept.count(it.get_document());
  if (copies) {
    if (!spied) {  // a second match, without collapsing, counted here
      Xapian::Enquire every(db);
      every.set_query(query);
      every.set_weighting_scheme(Xapian::BoolWeight());
      count_matches_here(every, db.get_doccount(), all);
    }
    *copies = total(all.counts()) - total(kept.counts());
  }
  return kept.counts();
}

std::map<std::string, Xapian::doccount> count_all(Xapian::Database& db, const Xapian::Query& query,
                                                  const std::string& prefix) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  PrefixTermSpy spy(prefix);
  enquire.add_matchspy(&spy);
  try {
    enquire.get_mset(0, 0, db.get_doccount());
  } catch (const Xapian::UnimplementedError&) {
    count_matches_here(enquire, db.get_doccount(), spy);
  }
  return spy.counts();
}

}  // namespace

std::vector<std::pair<std::string, Xapian::doccount>> count_terms(Xapian::Database& db,
                                                                  const Xapian::Query& query,
                                                                  const std::string& prefix,
                                                                  bool fold_copies,
                                                                  Xapian::doccount* copies) {
  for (int attempt = 0;; ++attempt) {
    try {
      const std::map<std::string, Xapian::doccount> counts =
          fold_copies ? count_folded(db, query, prefix, copies) : count_all(db, query, prefix);
      std::vector<std::pair<std::string, Xapian::doccount>> out(counts.begin(), counts.end());
      std::stable_sort(out.begin(), out.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      return out;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 5) throw;
      db.reopen();
    }
  }
}

Xapian::termcount copied_statements(const Xapian::Database& db) {
  const std::string prefix = schema::prefix_of(schema::Id::copy);
  const std::string quote = schema::boolean_term(schema::Id::kind, schema::kKindQuote);
  Xapian::termcount copied = 0;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    if (t.get_termfreq() < 2) continue;
    // The copies hold the same statements: as many as the first one (Kquote's wdf).
    const Xapian::Document first = db.get_document(*db.postlist_begin(*t));
    auto q = first.termlist_begin();
    q.skip_to(quote);
    if (q != first.termlist_end() && *q == quote) copied += (t.get_termfreq() - 1) * q.get_wdf();
  }
  return copied;
}

}  // namespace verbatim::query
