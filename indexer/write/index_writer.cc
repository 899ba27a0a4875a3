#include "indexer/write/index_writer.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fmt/format.h>

#include "indexer/write/generations.h"
#include "schema/fields.h"
#include "schema/location.h"
#include "schema/names.h"
#include "schema/synonyms.h"
#include "text/dates.h"

namespace verbatim::write {
namespace fs = std::filesystem;
namespace {

std::string pid_file(const std::string& path) {
  return (fs::path(path) / "verbatim.pid").string();
}

std::string holder_pid(const std::string& path) {
  std::ifstream in(pid_file(path));
  std::string pid;
  in >> pid;
  return pid.empty() ? "unknown" : pid;
}

// Xapian commits by itself every XAPIAN_FLUSH_THRESHOLD documents (10000 by default), which
// could land between two documents of one item. The indexer commits by bytes of text instead.
void disable_automatic_commits() {
  static const bool done = [] {
    if (std::getenv("XAPIAN_FLUSH_THRESHOLD") == nullptr)
      ::setenv("XAPIAN_FLUSH_THRESHOLD", "2000000000", 0);
    return true;
  }();
  (void)done;
}

// A private database (a shard, a --rebuild generation) has no readers, and a run that dies
// leaves it to be removed: it is written in place (no copy-on-write) and without syncs. It only
// goes live through switch_generation(), which syncs it first.
Xapian::WritableDatabase open_once(const std::string& path, const std::string& generation,
                                   bool live) {
  const int flags = Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS |
                    (live ? 0 : Xapian::DB_DANGEROUS | Xapian::DB_NO_SYNC);
  try {
    return Xapian::WritableDatabase(generation, flags);
  } catch (const Xapian::DatabaseLockError&) {
    throw;
  } catch (const Xapian::Error& e) {
    throw schema::UserError(schema::describe_xapian_error(e, path));
  }
}

[[noreturn]] void throw_locked(const std::string& path) {
  throw schema::UserError(
      fmt::format("index is being written by another verbatim process (pid {}); wait for it, or "
                  "pass --wait to queue behind it",
                  holder_pid(path)));
}

// Opens `generation` for writing. For the live generation (`live`), the stub is read again after
// the lock is taken: a writer that switched generations meanwhile (--rebuild, compaction) has
// made another one live, and that one is opened instead.
[[noreturn]] void throw_stopped_waiting(const std::string& path) {
  throw schema::UserError(
      fmt::format("stopped while waiting for the other writer (pid {}); nothing was written",
                  holder_pid(path)),
      130);
}

Xapian::WritableDatabase open_writable(const std::string& path, std::string& generation, bool live,
                                       bool wait, const std::function<bool()>& stop_waiting) {
  disable_automatic_commits();
  bool said_waiting = false;
  for (;;) {
    if (live) generation = live_generation(path);
    std::error_code ec;
    const bool existed = fs::exists(generation, ec);
    try {
      Xapian::WritableDatabase db = open_once(path, generation, live);
      if (!live || live_generation(path) == generation) return db;
      db.close();
      if (!existed) fs::remove_all(generation, ec);
      continue;
    } catch (const Xapian::DatabaseLockError&) {
      if (!wait) throw_locked(path);
      // Said once, so a user (and a test) knows the run is queued, not hung.
      if (!said_waiting)
        fmt::print(stderr, "verbatim: waiting for the other writer (pid {}) to finish\n",
                   holder_pid(path));
      said_waiting = true;
      // Short sleeps: Ctrl-C and SIGTERM (which set the stop flag) end the wait at once.
      for (int i = 0; i < 10; ++i) {
        if (stop_waiting && stop_waiting()) throw_stopped_waiting(path);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    }
  }
}

}  // namespace

IndexWriter::IndexWriter(const std::string& index_path, const std::string& generation, bool wait,
                         const std::function<bool()>& stop_waiting)
    : path_(index_path),
      generation_(generation),
      owns_pid_file_(generation == live_generation(index_path)),
      db_(open_writable(index_path, generation_, owns_pid_file_, wait, stop_waiting)) {
  schema::check_schema_version(db_, path_);
  if (owns_pid_file_) std::ofstream(pid_file(path_)) << ::getpid() << "\n";
  if (db_.get_metadata(std::string(schema::kMetaSchemaVersion)).empty())
    db_.set_metadata(std::string(schema::kMetaSchemaVersion),
                     std::to_string(schema::kSchemaVersion));
}

IndexWriter::~IndexWriter() {
  std::error_code ec;
  // A writer queued behind this one may already have switched to a new generation and named
  // itself in the pid file: only our own pid is removed.
  if (owns_pid_file_ && holder_pid(path_) == std::to_string(::getpid()))
    fs::remove(pid_file(path_), ec);
  // Whatever was not committed explicitly is dropped, not half-written.
  try {
    db_.close();
  } catch (...) {
  }
}

std::unordered_map<std::string, std::string> IndexWriter::item_hashes() const {
  std::unordered_map<std::string, std::string> out;
  // The hash is on item documents only, the id on every document: the ids are looked up at the
  // item documents' docids.
  auto id = db_.valuestream_begin(schema::kSlotItemId);
  const auto ids_end = db_.valuestream_end(schema::kSlotItemId);
  for (auto v = db_.valuestream_begin(schema::kSlotHash);
       v != db_.valuestream_end(schema::kSlotHash) && id != ids_end; ++v) {
    id.skip_to(v.get_docid());
    if (id != ids_end && id.get_docid() == v.get_docid()) out.emplace(*id, *v);
  }
  return out;
}

Outcome IndexWriter::write(const build::ItemDocuments& docs, bool in_index) {
  // Every document of an item carries its link term, so once they are deleted no unique term of
  // the item is left and add_document is as good as replace_document, without a lookup each.
  if (in_index) db_.delete_document(docs.item_term);
  for (const Xapian::Document& doc : docs.docs) {
    db_.add_document(doc);
    count_spelling_words(doc);
  }
  for (const auto& [term, shown] : docs.display_names) keep_display_name(term, shown);
  return in_index ? Outcome::updated : Outcome::added;
}

// The index keeps the preferred of every form it has met (schema/names.h), whatever the order
// of the items: the stored form is read once per term and run, and written only when beaten.
void IndexWriter::keep_display_name(const std::string& term, const std::string& shown) {
  auto [it, first] = names_shown_.try_emplace(term);
  if (first) it->second = db_.get_metadata(schema::display_name_key(term));
  if (!it->second.empty() && !schema::preferred_display(shown, it->second)) return;
  it->second = shown;
  db_.set_metadata(schema::display_name_key(term), shown);
}

std::size_t IndexWriter::prune(const std::unordered_set<std::string>& keep) {
  std::unordered_set<std::string> keep_terms;
  for (const std::string& id : keep) keep_terms.insert(build::item_link_term(id));
  const std::string kind_item = schema::boolean_term(schema::Id::kind, schema::kKindItem);
  const std::string link_prefix = schema::prefix_of(schema::Id::item);
  std::vector<std::string> doomed;
  for (auto it = db_.postlist_begin(kind_item); it != db_.postlist_end(kind_item); ++it) {
    auto t = db_.termlist_begin(*it);
    t.skip_to(link_prefix);
    if (t != db_.termlist_end(*it) && (*t).rfind(link_prefix, 0) == 0 && !keep_terms.count(*t))
      doomed.push_back(*t);
  }
  for (const std::string& term : doomed) db_.delete_document(term);
  return doomed.size();
}

// The spelling dictionary (Xapian's, read by queries for "did you mean") holds the passage
// words: unprefixed, unstemmed terms of letters only. They are counted here and added once per
// word at each commit, as one add_spelling per occurrence would be far slower.
void IndexWriter::count_spelling_words(const Xapian::Document& doc) {
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    const std::string& term = *t;
    if (term.size() > 24) continue;
    if (!std::all_of(term.begin(), term.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      continue;
    spelling_[term] += t.get_wdf();
  }
}

void IndexWriter::commit(bool run_finished) {
  for (const auto& [word, freq] : spelling_) db_.add_spelling(word, freq);
  spelling_.clear();
  if (run_finished) {
    // The built-in synonyms travel with the index (every shard carries them).
    schema::write_synonyms(db_, schema::builtin_synonym_groups());
    db_.set_metadata(std::string(schema::kMetaLastRun), text::now_iso8601());
  }
  db_.commit();
}

void IndexWriter::close() {
  try {
    db_.close();
  } catch (const Xapian::Error&) {
  }
}

bool merge_databases(const std::vector<std::string>& sources, const std::string& dest) {
  try {
    // Writers' handles see uncommitted changes; readers see the committed revision.
    Xapian::Database all;
    for (const std::string& s : sources)
      all.add_database(Xapian::Database(s, Xapian::DB_BACKEND_GLASS));
    unsigned flags = Xapian::DBCOMPACT_MULTIPASS;
    if (sources.size() == 1) flags |= Xapian::DBCOMPACT_NO_RENUMBER;
    schema::DisplayNameCompactor keep_preferred_names;
    all.compact(dest, flags, 0, keep_preferred_names);
    return true;
  } catch (const Xapian::Error&) {
    std::error_code ec;
    fs::remove_all(dest, ec);
    return false;
  }
}

}  // namespace verbatim::write
