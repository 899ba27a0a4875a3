#include "query/search/search.h"

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

SearchResult run(Xapian::Database& db, const Xapian::Query& query, unsigned offset, unsigned limit,
                 Order order) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  // Dates sort as YYYYMMDD strings; ties keep the BM25 order.
  if (order != Order::relevance)
    enquire.set_sort_by_value_then_relevance(schema::kSlotDate, order == Order::newest);
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
    hit.marked_text = restore_ends(text, unescape_html(marked));
    result.hits.push_back(std::move(hit));
  }
  return result;
}

}  // namespace

SearchResult search(Xapian::Database& db, const Xapian::Query& query, unsigned offset,
                    unsigned limit, Order order) {
  for (int attempt = 0;; ++attempt) {
    try {
      return run(db, query, offset, limit, order);
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
