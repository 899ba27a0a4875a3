#include "query/search/search.h"

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

SearchResult run(Xapian::Database& db, const Xapian::Query& query, unsigned offset,
                 unsigned limit) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  Xapian::MSet mset = enquire.get_mset(offset, limit, limit + offset);
  SearchResult result;
  result.estimated = mset.get_matches_estimated();
  const Xapian::Stem stem("english");
  unsigned rank = offset;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit;
    hit.rank = ++rank;
    hit.score = it.get_weight();
    hit.percent = it.get_percent();
    hit.record = nlohmann::json::parse(it.get_document().get_data(), nullptr, false);
    if (hit.record.is_discarded()) hit.record = nlohmann::json::object();
    std::string text = hit.record.value("text", "");
    std::string marked =
        mset.snippet(text, text.size() + 16, stem, Xapian::MSet::SNIPPET_EXHAUSTIVE,
                     std::string(1, kMarkStart), std::string(1, kMarkEnd), "");
    hit.marked_text = marked.empty() ? text : unescape_html(marked);
    result.hits.push_back(std::move(hit));
  }
  return result;
}

}  // namespace

SearchResult search(Xapian::Database& db, const Xapian::Query& query, unsigned offset,
                    unsigned limit) {
  for (int attempt = 0;; ++attempt) {
    try {
      return run(db, query, offset, limit);
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
