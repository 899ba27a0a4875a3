#include "query/search/search.h"

#include <map>
#include <set>

#include "schema/fields.h"

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

// The statement filters of a query (speaker:, stmt:, cue:, role:, and what --speaker and
// questions add): a statement of a matching paragraph is shown when it has one of the query's
// values for each of these fields the query names.
class StatementFilter {
 public:
  explicit StatementFilter(const Xapian::Query& query) {
    for (auto t = query.get_terms_begin(); t != query.get_terms_end(); ++t)
      for (const char* name : kFields)
        if (const std::string_view prefix = schema::field(name).prefix;
            (*t).compare(0, prefix.size(), prefix) == 0)
          wanted_[name].insert(*t);
  }

  bool accepts(const nlohmann::json& statement) const {
    for (const auto& [name, terms] : wanted_) {
      const std::string key = name == "stmt" ? "statement_kind" : name;
      auto v = statement.find(key);
      if (v == statement.end() || !v->is_string() ||
          !terms.count(schema::boolean_term(name, v->get<std::string>())))
        return false;
    }
    return true;
  }

 private:
  // Their prefixes are two letters long, none the start of another field's prefix.
  static constexpr const char* kFields[] = {"speaker", "stmt", "cue", "role"};
  std::map<std::string, std::set<std::string>> wanted_;
};

std::string mark(const Xapian::MSet& mset, const std::string& text) {
  static const Xapian::Stem stem("english");
  std::string marked = mset.snippet(text, text.size() + 16, stem, Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                    std::string(1, kMarkStart), std::string(1, kMarkEnd), "");
  return restore_ends(text, unescape_html(marked));
}

bool has_marks(const std::string& marked) {
  return marked.find(kMarkStart) != std::string::npos;
}

// The statements a paragraph hit stands for: those passing the query's statement filters (all,
// if none does), and of those the ones holding a matched word (all, if none does). Each becomes
// a hit of its own with a quote record.
std::vector<Hit> statement_hits(const Xapian::MSet& mset, const Hit& paragraph,
                                const StatementFilter& filter) {
  const nlohmann::json& rec = paragraph.record;
  auto list = rec.find("statements");
  if (list == rec.end() || !list->is_array() || list->empty()) return {paragraph};
  const std::string text = rec.value("text", "");
  std::vector<Hit> passing, all;
  for (const nlohmann::json& st : *list) {
    std::size_t begin = st.value("begin", std::size_t{0}), end = st.value("end", std::size_t{0});
    if (begin > end || end > text.size()) continue;
    Hit hit = paragraph;
    hit.record.erase("statements");
    hit.record.erase("speakers");
    hit.record["kind"] = schema::kKindQuote;
    for (const char* key : {"speaker", "mention", "cue", "statement_kind", "begin", "end", "role"})
      if (st.contains(key)) hit.record[key] = st[key];
    hit.record["text"] = text.substr(begin, end - begin);
    hit.marked_text = mark(mset, hit.record["text"].get<std::string>());
    (filter.accepts(st) ? passing : all).push_back(std::move(hit));
  }
  std::vector<Hit>& chosen = passing.empty() ? all : passing;
  std::vector<Hit> marked;
  for (Hit& h : chosen)
    if (has_marks(h.marked_text)) marked.push_back(h);
  return marked.empty() ? chosen : marked;
}

SearchResult run(Xapian::Database& db, const Xapian::Query& query, unsigned offset, unsigned limit,
                 Order order, bool statements) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  // Dates sort as YYYYMMDD strings; ties keep the BM25 order.
  if (order != Order::relevance)
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate, order == Order::newest);
  const StatementFilter filter(query);
  SearchResult result;
  // A paragraph gives one hit, or one per statement shown: statements are counted after the
  // paragraphs are expanded, so more paragraphs are fetched until offset + limit hits are in.
  const unsigned wanted = offset + limit;
  std::vector<Hit> hits;
  for (unsigned fetched = 0, window = wanted;; window *= 2) {
    const Xapian::MSet mset = enquire.get_mset(fetched, window - fetched, window);
    result.estimated = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Hit hit;
      hit.score = it.get_weight();
      hit.percent = it.get_percent();
      hit.record = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
      if (hit.record.is_discarded()) hit.record = nlohmann::json::object();
      if (statements) {
        for (Hit& h : statement_hits(mset, hit, filter)) hits.push_back(std::move(h));
      } else {
        hit.record.erase("statements");
        hit.marked_text = mark(mset, hit.record.value("text", ""));
        hits.push_back(std::move(hit));
      }
    }
    fetched += mset.size();
    const bool exhausted = fetched < window;
    if (!statements || exhausted || hits.size() >= wanted) break;
  }
  unsigned rank = 0;
  for (Hit& hit : hits) {
    hit.rank = ++rank;
    if (rank > offset && rank <= wanted) result.hits.push_back(std::move(hit));
  }
  return result;
}

}  // namespace

SearchResult search(Xapian::Database& db, const QueryPlan& plan, unsigned offset, unsigned limit,
                    Order order) {
  for (int attempt = 0;; ++attempt) {
    try {
      return run(db, plan.query, offset, limit, order, plan.statements);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 5) throw;
      db.reopen();
    }
  }
}

std::string strip_marks(std::string_view marked) {
  std::string out;
  out.reserve(marked.size());
  for (char c : marked)
    if (c != kMarkStart && c != kMarkEnd) out += c;
  return out;
}

}  // namespace verbatim::query
