// Document lengths read back from a real glass index exactly as written, whatever the order of
// the look-ups: BM25 reads one for every candidate, and the static Xapian that verbatim builds
// carries a faster walk over the length list (scripts/xapian-patches/) that must give the same
// lengths as the plain one: runs of consecutive documents with short lengths (its fast path),
// lengths from 128 (two bytes) and from 16,384 (three), gaps left by deleted documents, and the
// ends of the list's chunks.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <map>
#include <vector>

#include "support/temp_dir.h"

using verbatim::testing::TempDir;

namespace {

constexpr Xapian::docid kDocuments = 30000;

// Mostly short lengths, with a long one now and then and a few documents deleted.
Xapian::termcount length_of(Xapian::docid did) {
  if (did % 997 == 0) return 20000 + did % 7;
  if (did % 89 == 0) return 128 + did % 300;
  if (did % 13 == 0) return 127;
  return 1 + (did * 7) % 120;
}
bool deleted(Xapian::docid did) {
  return did % 1013 == 0 || (did > 15000 && did < 15040);
}

std::map<Xapian::docid, Xapian::termcount> write_index(const std::string& path) {
  std::map<Xapian::docid, Xapian::termcount> lengths;
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  for (Xapian::docid did = 1; did <= kDocuments; ++did) {
    Xapian::Document doc;
    doc.add_term("w", length_of(did));
    db.replace_document(did, doc);
    lengths[did] = length_of(did);
  }
  db.commit();
  for (Xapian::docid did = 1; did <= kDocuments; ++did)
    if (deleted(did)) {
      db.delete_document(did);
      lengths.erase(did);
    }
  db.commit();
  return lengths;
}

}  // namespace

TEST_CASE("document lengths read back as written, in every order of look-ups", "[index][xapian]") {
  TempDir tmp;
  const auto expected = write_index(tmp.str("db"));
  Xapian::Database db(tmp.str("db"));
  REQUIRE(db.get_doccount() == expected.size());

  for (Xapian::docid stride : {1u, 2u, 3u, 4u, 5u, 7u, 8u, 9u, 31u, 64u, 129u, 1000u, 4099u}) {
    CAPTURE(stride);
    for (Xapian::docid did = 1; did <= kDocuments; did += stride) {
      auto it = expected.find(did);
      if (it == expected.end()) {
        REQUIRE_THROWS_AS(db.get_doclength(did), Xapian::DocNotFoundError);
      } else {
        CAPTURE(did);
        REQUIRE(db.get_doclength(did) == it->second);
      }
    }
  }
  // backwards, and jumping back and forth across chunks
  for (Xapian::docid did = kDocuments; did >= 1; did -= 37)
    if (expected.count(did)) REQUIRE(db.get_doclength(did) == expected.at(did));
  for (Xapian::docid i = 1; i < 2000; ++i) {
    const Xapian::docid did = 1 + (i * 7919) % kDocuments;
    if (expected.count(did)) REQUIRE(db.get_doclength(did) == expected.at(did));
  }
}

TEST_CASE("a term's postings and their lengths agree with the written documents",
          "[index][xapian]") {
  TempDir tmp;
  const auto expected = write_index(tmp.str("db"));
  Xapian::Database db(tmp.str("db"));
  std::size_t seen = 0;
  for (auto p = db.postlist_begin("w"); p != db.postlist_end("w"); ++p, ++seen) {
    CAPTURE(*p);
    REQUIRE(expected.count(*p) == 1);
    REQUIRE(p.get_wdf() == expected.at(*p));
    REQUIRE(p.get_doclength() == expected.at(*p));
  }
  REQUIRE(seen == expected.size());
  // skip_to from each position to a few ids ahead
  for (Xapian::docid from = 1; from < kDocuments; from += 611) {
    auto p = db.postlist_begin("w");
    p.skip_to(from);
    auto want = expected.lower_bound(from);
    REQUIRE(*p == want->first);
    REQUIRE(p.get_doclength() == want->second);
    p.skip_to(from + 5);
    want = expected.lower_bound(from + 5);
    REQUIRE(*p == want->first);
    REQUIRE(p.get_doclength() == want->second);
  }
}
