#include "query/parse/synonyms.h"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "query/parse/build_query.h"
#include "schema/synonyms.h"

namespace verbatim::query {
namespace fs = std::filesystem;

namespace {

// The user's groups; a file given with --synonyms must be readable, the default one may be
// absent.
std::vector<schema::SynonymGroup> user_groups(const SynonymOptions& options,
                                              std::vector<std::string>& notes) {
  const std::string path = options.file.empty() ? default_synonyms_path() : options.file;
  std::error_code ec;
  if (options.file.empty() && !fs::is_regular_file(path, ec)) return {};
  std::ifstream in(path, std::ios::binary);
  if (!in || fs::is_directory(path, ec))
    throw QuerySyntaxError(fmt::format("cannot read the synonyms file {}", path));
  std::ostringstream text;
  text << in.rdbuf();
  std::vector<std::string> problems;
  std::vector<schema::SynonymGroup> groups = schema::parse_synonym_groups(text.str(), problems);
  for (const std::string& p : problems) notes.push_back(fmt::format("{}: {}; skipped", path, p));
  return groups;
}

Xapian::Query phrase_of(const std::string& words) {
  std::vector<Xapian::Query> terms;
  std::istringstream in(words);
  for (std::string w; in >> w;) terms.emplace_back(w);
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end());
}

Xapian::Query form_query(const std::string& term) {
  return term.find(' ') == std::string::npos ? Xapian::Query(term) : phrase_of(term);
}

// A phrase that is a form: it, or the other forms of its group.
Xapian::Query expand_phrase(const Xapian::Query& phrase, const Xapian::Database& db,
                            bool& changed) {
  std::string key;
  for (auto t = phrase.get_terms_begin(); t != phrase.get_terms_end(); ++t)
    key += (key.empty() ? "" : " ") + *t;
  std::vector<Xapian::Query> forms{phrase};
  for (auto s = db.synonyms_begin(key); s != db.synonyms_end(key); ++s)
    forms.push_back(form_query(*s));
  if (forms.size() == 1) return phrase;
  changed = true;
  return Xapian::Query(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end());
}

// Rebuilds the operators QueryParser puts above words (none of them takes a parameter); any
// other is left as it is.
bool rebuildable(Xapian::Query::op op) {
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
      return true;
    default:
      return false;
  }
}

// `in_synonym`: q is a form QueryParser put under OP_SYNONYM (only there is a term with a space
// a form of several words: filter terms such as "XSxi jinping" have spaces too).
Xapian::Query expand_node(const Xapian::Query& q, const Xapian::Database& db, bool& changed,
                          bool in_synonym = false) {
  const auto op = q.get_type();
  if (op == Xapian::Query::LEAF_TERM) {
    const std::string term = *q.get_terms_begin();
    if (!in_synonym || term.find(' ') == std::string::npos) return q;
    changed = true;
    return phrase_of(term);
  }
  if (op == Xapian::Query::OP_PHRASE) return expand_phrase(q, db, changed);
  if (!rebuildable(op)) return q;
  bool below = false;
  std::vector<Xapian::Query> subs;
  for (std::size_t i = 0; i < q.get_num_subqueries(); ++i)
    subs.push_back(expand_node(q.get_subquery(i), db, below, op == Xapian::Query::OP_SYNONYM));
  if (!below) return q;
  changed = true;
  return Xapian::Query(op, subs.begin(), subs.end());
}

}  // namespace

std::string default_synonyms_path() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  const char* home = std::getenv("HOME");
  const fs::path config =
      xdg && *xdg ? fs::path(xdg) : fs::path(home && *home ? home : ".") / ".config";
  return (config / "verbatim" / "synonyms.txt").string();
}

// A glass database in a private temporary directory, inside a transaction that is never
// committed: its synonyms are read from the writer's own buffers, and nothing is written to
// disk but the empty tables Xapian creates.
struct Synonyms::Temporary {
  fs::path dir;
  Xapian::WritableDatabase db;

  Temporary() {
    std::string templ = (fs::temp_directory_path() / "verbatim-synonyms-XXXXXX").string();
    if (!mkdtemp(templ.data())) throw std::runtime_error("cannot create a temporary directory");
    dir = templ;
    db = Xapian::WritableDatabase(
        dir.string(), Xapian::DB_CREATE | Xapian::DB_NO_SYNC | Xapian::DB_BACKEND_GLASS);
    db.begin_transaction(false);
  }
  ~Temporary() {
    try {
      db.cancel_transaction();
      db.close();
    } catch (const Xapian::Error&) {
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

Synonyms::Synonyms(const Xapian::Database& index, const SynonymOptions& options,
                   std::vector<std::string>& notes)
    : on_(!options.off), parser_db_(index) {
  if (!on_) return;
  std::vector<schema::SynonymGroup> extra = user_groups(options, notes);
  if (!schema::has_synonyms(index)) {
    const auto& builtin = schema::builtin_synonym_groups();
    extra.insert(extra.end(), builtin.begin(), builtin.end());
  }
  if (extra.empty()) return;
  try {
    temporary_ = std::make_unique<Temporary>();
    for (const schema::SynonymEntry& e : schema::synonym_entries(extra))
      temporary_->db.add_synonym(e.key, e.value);
    parser_db_.add_database(temporary_->db);
  } catch (const Xapian::Error& e) {
    not_used(index, e.get_msg(), notes);
  } catch (const std::exception& e) {
    not_used(index, e.what(), notes);
  }
}

Synonyms::~Synonyms() = default;

void Synonyms::not_used(const Xapian::Database& index, const std::string& why,
                        std::vector<std::string>& notes) {
  temporary_.reset();
  parser_db_ = index;
  notes.push_back(fmt::format("synonyms other than the index's own not used: {}", why));
}

Xapian::Query Synonyms::expand(const Xapian::Query& parsed) const {
  if (!on_) return parsed;
  bool changed = false;
  return expand_node(parsed, parser_db_, changed);
}

}  // namespace verbatim::query
