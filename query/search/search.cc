#include "query/search/search.h"

#include <algorithm>
#include <map>
#include <set>

#include "indexer/extract/statement.h"
#include "query/search/cached_stem.h"
#include "query/search/reopen.h"
#include "schema/fields.h"
#include "text/dates.h"
#include "text/language.h"
#include "text/normalize.h"

namespace verbatim::query {
namespace {

// MSet::snippet escapes HTML; undo it, keeping our marks.
std::string unescape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      if (s.compare(i, 4, "&lt;") == 0) {
        out += '<';
        i += 3;
        continue;
      }
      if (s.compare(i, 4, "&gt;") == 0) {
        out += '>';
        i += 3;
        continue;
      }
      if (s.compare(i, 5, "&amp;") == 0) {
        out += '&';
        i += 4;
        continue;
      }
      if (s.compare(i, 6, "&quot;") == 0) {
        out += '"';
        i += 5;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// MSet::snippet may drop leading or trailing punctuation (a closing quote after the last word);
// put back what it left out so the passage is shown whole.
std::string restore_ends(const std::string& text, const std::string& marked) {
  if (marked.empty()) return text;
  std::string plain = strip_marks(marked);
  std::size_t at = text.find(plain);
  if (at == std::string::npos) return text;
  return text.substr(0, at) + marked + text.substr(at + plain.size());
}

// How many of the query's word units a matching document holds: a unit counts when one of its
// terms matched (all of them for a phrase).
unsigned units_matched(const std::vector<Xapian::Query>& units,
                       const std::set<std::string>& terms) {
  unsigned n = 0;
  for (const Xapian::Query& u : units) {
    const bool all = u.get_type() == Xapian::Query::OP_PHRASE ||
                     u.get_type() == Xapian::Query::OP_NEAR ||
                     u.get_type() == Xapian::Query::OP_AND;
    bool any_in = false, all_in = true;
    for (auto t = u.get_unique_terms_begin(); t != u.get_unique_terms_end(); ++t) {
      const bool in = terms.count(*t) > 0;
      any_in = any_in || in;
      all_in = all_in && in;
    }
    if (all ? all_in : any_in) ++n;
  }
  return n;
}

// The statement filters of a query (the statement-level fields of the table: speaker:, stmt:,
// cue:, role:, and what --speaker and questions add): a statement of a matching paragraph is
// shown when it has one of the query's values for each of these fields the query names.
class StatementFilter {
 public:
  StatementFilter(const Xapian::Query& query, const SpeakerRegistry* speakers,
                  const std::vector<Xapian::Query>& words, bool passages)
      : speakers_(speakers), passages_(passages) {
    collect(query);
    for (const Xapian::Query& unit : words)
      if (unit.get_unique_terms_begin() != unit.get_unique_terms_end()) words_.push_back(unit);
  }

  // Whether statements are weighed by their own words (the query has words to look for).
  bool weighs_words() const { return !words_.empty(); }

  // A question's page may show passages naming its speaker (QueryPlan::passages).
  bool shows_passages() const { return passages_ && !words_.empty(); }

  // How many of the query's word units a statement's own text holds.
  unsigned words_held(const std::string& text) const {
    return words_.empty() ? 0 : units_matched(words_, text_terms(text));
  }

  // What of its paragraph's weight a statement gets: (1 + k) / (1 + n), k of the query's n word
  // units in its own text. A statement holding all the words ranks above one whose paragraph
  // holds them outside it ("what did Kidston say about fitness points": the statement about
  // fitness and points before another about fitness in the same paragraph); never above its
  // paragraph's weight, so a page is final once the paragraphs left weigh less (run()).
  double share_of_weight(unsigned k) const {
    return (1.0 + k) / (1.0 + static_cast<double>(words_.size()));
  }

  bool accepts(const nlohmann::json& statement) const {
    for (const auto& [id, terms] : wanted_) {
      auto v = statement.find(schema::record_key(id));
      if (v == statement.end() || !v->is_string() ||
          !terms.count(schema::boolean_term(id, v->get<std::string>())))
        return false;
    }
    return true;
  }

  // A hit shows the speaker's identity by its name ("Donald Trump" where the item said
  // "Trump"); `mention` keeps the item's own words (its form of the name when it has none).
  void name_identity(nlohmann::json& rec) const {
    const std::string_view key = schema::record_key(schema::Id::speaker);
    auto v = rec.find(key);
    if (!speakers_ || v == rec.end() || !v->is_string()) return;
    const std::string form = v->get<std::string>();
    const SpeakerIdentity* id = speakers_->identity_of(text::fold_name(form));
    if (!id || id->display == form) return;
    if (rec.value("mention", "").empty()) rec["mention"] = form;
    *v = id->display;
  }

 private:
  // The filter terms the query asks for: not those it excludes (right of AND_NOT). A term
  // belongs to the field whose prefix it starts with: the table's static_asserts make sure no
  // prefix is the start of another.
  void collect(const Xapian::Query& q) {
    if (q.get_type() == Xapian::Query::LEAF_TERM) {
      const std::string term = *q.get_terms_begin();
      for (const schema::Field& f : schema::fields())
        if (f.statement_level && term.compare(0, f.prefix.size(), f.prefix) == 0)
          wanted_[f.id].insert(term);
      return;
    }
    const std::size_t n = q.get_type() == Xapian::Query::OP_AND_NOT
                              ? std::min<std::size_t>(1, q.get_num_subqueries())
                              : q.get_num_subqueries();
    for (std::size_t i = 0; i < n; ++i) collect(q.get_subquery(i));
  }

  // The terms the indexer gives a text (its words and their stemmed forms, as
  // build/documents.cc writes them), for the units a statement's own text holds.
  static std::set<std::string> text_terms(const std::string& text) {
    thread_local Xapian::TermGenerator generator = [] {
      Xapian::TermGenerator g;
      g.set_stemmer(cached_stem(text::default_language().stemmer));
      g.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
      return g;
    }();
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text_without_positions(text::normalize_for_terms(text));
    generator.set_document(Xapian::Document());
    return {doc.termlist_begin(), doc.termlist_end()};
  }

  std::map<schema::Id, std::set<std::string>> wanted_;
  const SpeakerRegistry* speakers_;
  std::vector<Xapian::Query> words_;  // the query's word units that have terms
  bool passages_;
};

// A statement hit's own keys: the statement record, its role, and the hit kind `quote`.
nlohmann::json statement_record(const nlohmann::json& stored) {
  nlohmann::json rec = stored.get<extract::Statement>();
  rec[schema::record_key(schema::Id::kind)] = schema::kKindQuote;
  constexpr std::string_view role = schema::record_key(schema::Id::role);
  if (auto it = stored.find(role); it != stored.end()) rec[role] = *it;
  return rec;
}

// The stemmer of marks and windows while a query runs (MarkingScope), else every word's.
thread_local const Xapian::Stem* running_marking_stem = nullptr;

const Xapian::Stem& marking_stem() {
  if (running_marking_stem) return *running_marking_stem;
  thread_local const Xapian::Stem stem = cached_stem(text::default_language().stemmer);
  return stem;
}

// The letters the plan's stemmed terms start with (after the "Z"), those of its relaxed and
// passage queries included: the words of a text marking needs to stem.
std::string stemmed_first_letters(const QueryPlan& plan) {
  std::string letters;
  for (const Xapian::Query* q : {&plan.query, &plan.relaxed, &plan.passages})
    for (auto t = q->get_terms_begin(); t != q->get_terms_end(); ++t)
      if ((*t).size() > 1 && (*t)[0] == 'Z' && letters.find((*t)[1]) == std::string::npos)
        letters += (*t)[1];
  return letters;
}

// While it lives, hits are marked with a stemmer that stems only the words that could match
// one of the plan's stemmed terms (matching_stem).
class MarkingScope {
 public:
  explicit MarkingScope(const QueryPlan& plan)
      : stem_(matching_stem(text::default_language().stemmer, stemmed_first_letters(plan))),
        previous_(running_marking_stem) {
    running_marking_stem = &stem_;
  }
  ~MarkingScope() { running_marking_stem = previous_; }
  MarkingScope(const MarkingScope&) = delete;
  MarkingScope& operator=(const MarkingScope&) = delete;

 private:
  const Xapian::Stem stem_;
  const Xapian::Stem* previous_;
};

std::string mark(const Xapian::MSet& mset, const std::string& text) {
  const Xapian::Stem& stem = marking_stem();
  std::string marked = mset.snippet(text, text.size() + 16, stem, Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                    std::string(1, kMarkStart), std::string(1, kMarkEnd), "");
  return restore_ends(text, unescape_html(marked));
}

// A window of about `bytes` around the matched words, chosen by Xapian with the index's term
// statistics; the whole marked text when it fits.
std::string window(const Xapian::MSet& mset, const std::string& text, const std::string& marked,
                   unsigned bytes) {
  if (bytes == 0) return {};
  if (text.size() <= bytes) return marked;
  const Xapian::Stem& stem = marking_stem();
  return unescape_html(mset.snippet(
      text, bytes, stem, Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
      std::string(1, kMarkStart), std::string(1, kMarkEnd), std::string(kEllipsis)));
}

// Marks the hit's text, whole and as a window.
void mark_hit(const Xapian::MSet& mset, Hit& hit, const HitOptions& options) {
  const std::string text = hit.record.value(schema::record_key(schema::Id::text), "");
  hit.marked_text = mark(mset, text);
  hit.marked_snippet = window(mset, text, hit.marked_text, options.snippet_bytes);
}

bool has_marks(const std::string& marked) {
  return marked.find(kMarkStart) != std::string::npos;
}

// The statements a paragraph hit stands for: those passing the query's statement filters, and
// of those the ones holding a matched word (all of them, when the words matched elsewhere in the
// paragraph). Each becomes a hit of its own with a quote record. In a question, when none of
// them holds any of the words in its own text, the paragraph itself instead ("what did Smith
// say about cargo tanks", the words in a sentence of his the extractor gave no statement): a
// passage naming the speaker, weighed as those statements would be.
std::vector<Hit> statement_hits(const Xapian::MSet& mset, const Hit& paragraph,
                                const StatementFilter& filter, const HitOptions& options) {
  const nlohmann::json& rec = paragraph.record;
  auto list = rec.find(schema::kRecordStatements);
  if (list == rec.end() || !list->is_array()) return {};
  std::vector<Hit> passing;
  bool words_held = false;
  for (const nlohmann::json& st : *list) {
    if (!filter.accepts(st)) continue;
    Hit hit = paragraph;
    hit.record.erase(schema::kRecordStatements);
    hit.record.erase(schema::kRecordSpeakers);
    hit.record.update(statement_record(st));
    filter.name_identity(hit.record);
    const unsigned k =
        filter.words_held(hit.record.value(schema::record_key(schema::Id::text), ""));
    words_held = words_held || k > 0;
    hit.score *= filter.share_of_weight(k);
    passing.push_back(std::move(hit));
  }
  if (!passing.empty() && !words_held && filter.shows_passages()) {
    Hit hit = paragraph;
    hit.record.erase(schema::kRecordStatements);
    mark_hit(mset, hit, options);
    hit.score *= filter.share_of_weight(0);
    return {hit};
  }
  std::vector<Hit> marked;
  for (Hit& h : passing) {  // marked only now: a paragraph shown instead needs none of them
    mark_hit(mset, h, options);
    if (has_marks(h.marked_text)) marked.push_back(h);
  }
  return marked.empty() ? passing : marked;
}

// The items holding the statements of `doc` (documents sharing its copy key, on every shard),
// earliest first (undated last, then by id), and the earliest date.
void find_copies(const Xapian::Database& db, const Xapian::Document& doc, Hit& hit) {
  const std::string own_item = doc.get_value(schema::kSlotItemId);
  const std::string key = doc.get_value(schema::kSlotCopyKey);
  std::map<std::string, std::string> dates;  // item -> earliest date of its copies
  dates[own_item] = doc.get_value(schema::kSlotDate);
  const std::string term = schema::boolean_term(schema::Id::copy, key);
  if (!key.empty() && db.get_termfreq(term) > 1)
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) {
      const Xapian::Document copy = db.get_document(*p, Xapian::DOC_ASSUME_VALID);
      const std::string date = copy.get_value(schema::kSlotDate);
      auto [at, added] = dates.emplace(copy.get_value(schema::kSlotItemId), date);
      if (!added && !date.empty() && (at->second.empty() || date < at->second)) at->second = date;
    }
  std::vector<std::pair<std::string, std::string>> order;  // (date, item)
  for (const auto& [item, date] : dates) order.emplace_back(date, item);
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    if (a.first.empty() != b.first.empty()) return b.first.empty();
    return a < b;
  });
  hit.copy_items.clear();
  for (const auto& [date, item] : order) hit.copy_items.push_back(item);
  hit.first_seen = text::iso_of_compact(order.front().first);
}

// The hits one matched document gives: the paragraph, or the statements it shows.
void add_hits(const Xapian::Database& db, const Xapian::MSet& mset, const Xapian::MSetIterator& it,
              const StatementFilter* filter, const HitOptions& options, std::vector<Hit>& hits) {
  Hit hit;
  hit.score = it.get_weight();
  hit.percent = it.get_percent();
  const Xapian::Document doc = it.get_document();
  hit.record = nlohmann::json::parse(doc.get_data(), nullptr, false);
  if (hit.record.is_discarded()) hit.record = nlohmann::json::object();
  if (filter) {
    if (options.list_copies) find_copies(db, doc, hit);
    for (Hit& h : statement_hits(mset, hit, *filter, options)) hits.push_back(std::move(h));
    return;
  }
  hit.record.erase(schema::kRecordStatements);
  mark_hit(mset, hit, options);
  hits.push_back(std::move(hit));
}

// The slot paragraphs sort on: the item date, or for statements when they were said (the
// latest of a paragraph's statements for newest first, the earliest for oldest first).
Xapian::valueno sort_slot(Order order, bool statements) {
  if (!statements) return schema::kSlotDate;
  return order == Order::newest ? schema::kSlotSaidLast : schema::kSlotSaidFirst;
}

std::string said_key(const Hit& hit) {
  return text::said_on_key(hit.record.value(schema::record_key(schema::Id::said), ""));
}

// Statement hits in date order, when statements are sorted by when they were said. Xapian
// sorts their paragraphs by the latest (newest first) or earliest (oldest first) said_on of
// their statements, `bound` being that of the last paragraph fetched: a paragraph not fetched
// yet holds no statement before it in the order, so the hits up to it are in their final
// places. Ties keep the order they came in (the paragraphs' order, then the text's). Returns
// how many hits are final (all of them when `bound` is null: every paragraph was seen).
std::size_t order_by_said(std::vector<Hit>& hits, Order order, const std::string* bound) {
  const bool newest = order == Order::newest;
  std::stable_sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
    return newest ? said_key(a) > said_key(b) : said_key(a) < said_key(b);
  });
  if (!bound) return hits.size();
  return static_cast<std::size_t>(std::count_if(hits.begin(), hits.end(), [&](const Hit& h) {
    return newest ? said_key(h) >= *bound : said_key(h) <= *bound;
  }));
}

// Statement hits by their weight (their paragraph's, times the share their own words give:
// StatementFilter::share_of_weight); ties keep the order they came in. A paragraph not fetched
// yet weighs no more than `bound`, the weight of the last one fetched, and none of its
// statements more than it: the hits weighing at least `bound` are in their final places.
// Returns how many (all of them when `bound` is null: every paragraph was seen).
std::size_t order_by_weight(std::vector<Hit>& hits, const double* bound) {
  std::stable_sort(hits.begin(), hits.end(),
                   [](const Hit& a, const Hit& b) { return a.score > b.score; });
  if (!bound) return hits.size();
  return static_cast<std::size_t>(
      std::count_if(hits.begin(), hits.end(), [&](const Hit& h) { return h.score >= *bound; }));
}

// `statements`: a statement search, whose copies of one statement (its paragraph's copy key)
// Xapian collapses to the best of them unless options.all_copies.
Xapian::Enquire make_enquire(Xapian::Database& db, const Xapian::Query& query, Order order,
                             const HitOptions& options, bool statements) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  if (options.distinct_items)
    enquire.set_collapse_key(schema::kSlotItemId);
  else if (statements && !options.all_copies)
    enquire.set_collapse_key(schema::kSlotCopyKey);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  // Dates sort as YYYYMMDD strings; ties keep the BM25 order.
  if (order != Order::relevance)
    enquire.set_sort_by_value_then_relevance(sort_slot(order, statements), order == Order::newest);
  else  // equal scores by item id, not docid: a cluster numbers documents otherwise
    enquire.set_sort_by_relevance_then_value(schema::kSlotItemId, false);
  return enquire;
}

// Fills `hits` up to `wanted` with the best partial matches of the relaxed query: those holding
// more of the words first, then in the page's order (BM25 or date). Documents in `seen` (all
// the words) are already in.
void add_partial_hits(Xapian::Database& db, const QueryPlan& plan, Order order,
                      const HitOptions& options, unsigned wanted,
                      const std::set<Xapian::docid>& seen, const std::set<std::string>& seen_keys,
                      const StatementFilter* filter, std::vector<Hit>& hits) {
  Xapian::Enquire enquire = make_enquire(db, plan.relaxed, order, options, filter != nullptr);
  const Xapian::MSet mset = enquire.get_mset(0, std::max(200u, wanted * 20));
  struct Candidate {
    unsigned matched;
    Xapian::MSetIterator it;
  };
  std::vector<Candidate> candidates;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    if (seen.count(*it)) continue;
    // A copy of what is already shown (the strict query collapsed it to another document).
    if (const std::string key = it.get_collapse_key(); !key.empty() && seen_keys.count(key))
      continue;
    std::set<std::string> terms(enquire.get_matching_terms_begin(it),
                                enquire.get_matching_terms_end(it));
    candidates.push_back({units_matched(plan.words, terms), it});
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.matched > b.matched; });
  for (const Candidate& c : candidates) {
    if (hits.size() >= wanted) break;
    const std::size_t first = hits.size();
    add_hits(db, mset, c.it, filter, options, hits);
    for (std::size_t i = first; i < hits.size(); ++i) {
      hits[i].matched_all = false;
      hits[i].words_matched = c.matched;
    }
  }
}

// A question's page, when fewer statements than asked for hold its words: filled with the
// passages holding the topic words and the speaker's name (plan.passages) that gave no hit yet.
// Returns how many were added.
unsigned add_passage_hits(Xapian::Database& db, const QueryPlan& plan, Order order,
                          const HitOptions& options, unsigned wanted, std::set<Xapian::docid>& seen,
                          std::vector<Hit>& hits) {
  Xapian::Enquire enquire = make_enquire(db, plan.passages, order, options, false);
  const std::size_t before = hits.size();
  const auto more = static_cast<Xapian::doccount>(wanted - hits.size() + seen.size());
  const Xapian::MSet mset = enquire.get_mset(0, more);
  for (auto it = mset.begin(); it != mset.end() && hits.size() < wanted; ++it) {
    if (!seen.insert(*it).second) continue;
    add_hits(db, mset, it, nullptr, options, hits);
  }
  return static_cast<unsigned>(hits.size() - before);
}

SearchResult run(Xapian::Database& db, const QueryPlan& plan, unsigned offset, unsigned limit,
                 Order order, const HitOptions& options) {
  const MarkingScope marking(plan);
  const Xapian::Query& query = plan.query;
  const bool statements = plan.statements;
  Xapian::Enquire enquire = make_enquire(db, query, order, options, statements);
  const StatementFilter filter(query, plan.speakers.get(), plan.text_words, !plan.passages.empty());
  // A paragraph gives one hit, or one per statement shown (none, when none passes the filters):
  // statements are counted after the paragraphs are expanded, so more paragraphs are fetched
  // until offset + limit hits are in.
  const unsigned wanted = offset + limit;
  std::vector<Hit> hits;
  Xapian::doccount paragraphs_estimated = 0;
  bool exhausted = false, exact = false;
  unsigned fetched = 0;
  std::set<Xapian::docid> seen;
  std::set<std::string> seen_keys;  // copy keys of the statements shown
  const bool said_order = statements && order != Order::relevance;
  const bool weighed = statements && !said_order && filter.weighs_words();
  for (unsigned window = wanted;; window *= 2) {
    const Xapian::MSet mset = enquire.get_mset(fetched, window - fetched, window);
    paragraphs_estimated = mset.get_matches_estimated();
    exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    std::string bound;
    double weight_bound = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      add_hits(db, mset, it, statements ? &filter : nullptr, options, hits);
      seen.insert(*it);
      if (!it.get_collapse_key().empty()) seen_keys.insert(it.get_collapse_key());
      if (said_order) bound = it.get_document().get_value(sort_slot(order, true));
      weight_bound = it.get_weight();
    }
    fetched += mset.size();
    exhausted = fetched < window;
    const std::size_t ready = said_order ? order_by_said(hits, order, exhausted ? nullptr : &bound)
                              : weighed ? order_by_weight(hits, exhausted ? nullptr : &weight_bound)
                                        : hits.size();
    if (!statements || exhausted || ready >= wanted) break;
  }
  SearchResult result;
  result.exact = exhausted || (!statements && exact);
  // a question's paragraphs standing for statements without its words (statement_hits)
  const auto passages = [&hits] {
    return static_cast<unsigned>(std::count_if(hits.begin(), hits.end(), [](const Hit& h) {
      return h.record.value(schema::record_key(schema::Id::kind), "") == schema::kKindParagraph;
    }));
  };
  const std::size_t statements_found = hits.size() - (statements ? passages() : 0);
  if (statements && hits.size() < wanted && !plan.passages.empty())
    add_passage_hits(db, plan, order, options, wanted, seen, hits);
  if (hits.size() < wanted && !plan.relaxed.empty()) {
    const std::size_t strict = hits.size();
    add_partial_hits(db, plan, order, options, wanted, seen, seen_keys,
                     statements ? &filter : nullptr, hits);
    result.relaxed = hits.size() > strict;
    result.words = static_cast<unsigned>(plan.words.size());
  }
  if (statements) result.passages = passages();
  // Statements: all counted when every paragraph was seen, else scaled from those seen.
  result.estimated = !statements ? paragraphs_estimated
                     : exhausted
                         ? static_cast<Xapian::doccount>(statements_found)
                         : static_cast<Xapian::doccount>(static_cast<double>(paragraphs_estimated) *
                                                             hits.size() / std::max(1u, fetched) +
                                                         0.5);
  unsigned rank = 0;
  for (Hit& hit : hits) {
    hit.rank = ++rank;
    if (rank > offset && rank <= wanted) result.hits.push_back(std::move(hit));
  }
  return result;
}

// Paragraphs matching all the words: Xapian counts exactly when it is told to check every
// document.
Xapian::doccount count_paragraphs(Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::doccount all = db.get_doccount();
  return enquire.get_mset(0, 0, all).get_matches_estimated();
}

}  // namespace

SearchResult search(Xapian::Database& db, const QueryPlan& plan, unsigned offset, unsigned limit,
                    Order order, const HitOptions& options) {
  return reading_reopened(db, [&] { return run(db, plan, offset, limit, order, options); });
}

Xapian::doccount count(Xapian::Database& db, const QueryPlan& plan, bool all_copies) {
  return reading_reopened(db, [&]() -> Xapian::doccount {
    if (!plan.statements) return count_paragraphs(db, plan.query);
    // Statements are what the paragraphs expand to, so every matching paragraph is expanded: a
    // window larger than the index sees them all, and the estimate is then the exact count.
    QueryPlan strict = plan;
    strict.relaxed = Xapian::Query();
    strict.passages = Xapian::Query();
    HitOptions options;
    options.all_copies = all_copies;
    options.list_copies = false;
    return run(db, strict, 0, db.get_doccount() + 1, Order::relevance, options).estimated;
  });
}

std::vector<std::pair<std::size_t, std::size_t>> mark_offsets(std::string_view marked) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t at = 0;
  for (char c : marked) {
    if (c == kMarkStart) {
      spans.emplace_back(at, at);
    } else if (c == kMarkEnd) {
      if (!spans.empty()) spans.back().second = at;
    } else {
      ++at;
    }
  }
  return spans;
}

std::string strip_marks(std::string_view marked) {
  std::string out;
  out.reserve(marked.size());
  for (char c : marked)
    if (c != kMarkStart && c != kMarkEnd) out += c;
  return out;
}

}  // namespace verbatim::query
