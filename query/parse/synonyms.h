// parse query: synonyms. QueryParser reads them (FLAG_AUTO_SYNONYMS,
// FLAG_AUTO_MULTIWORD_SYNONYMS) from the database it is given: the index, which carries the
// built-in groups (the indexer writes them, schema/synonyms.h), joined by a private temporary
// database for the groups the index does not carry: the user's file, and the built-in groups
// when the index has none (an index written before synonyms; remote shards, whose protocol
// carries no synonyms). A cluster of local shards reads the synonyms of all its shards.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

namespace verbatim::query {

struct SynonymOptions {
  bool off = false;  // --no-synonyms: no synonyms at all
  // --synonyms FILE; empty: $XDG_CONFIG_HOME/verbatim/synonyms.txt (else
  // ~/.config/verbatim/synonyms.txt) when it exists.
  std::string file;
};

// The default user file (which may not exist).
std::string default_synonyms_path();

class Synonyms {
 public:
  // Lines of the user file that are no synonym group are described in `notes`; a --synonyms
  // FILE that cannot be read throws QuerySyntaxError.
  Synonyms(const Xapian::Database& index, const SynonymOptions& options,
           std::vector<std::string>& notes);
  ~Synonyms();
  Synonyms(const Synonyms&) = delete;
  Synonyms& operator=(const Synonyms&) = delete;

  bool on() const { return on_; }
  // The database for QueryParser::set_database: the index, with the temporary one if any.
  const Xapian::Database& database() const { return parser_db_; }

  // The parsed query with the synonyms QueryParser cannot express: a form of several words
  // (a Xapian synonym is a term, "united states") becomes a phrase, and a phrase that is a form
  // ("covid-19", "\"united states\"": QueryParser expands no phrase) also matches the other forms.
  Xapian::Query expand(const Xapian::Query& parsed) const;

 private:
  struct Temporary;
  void not_used(const Xapian::Database& index, const std::string& why,
                std::vector<std::string>& notes);
  bool on_ = false;
  Xapian::Database parser_db_;
  std::unique_ptr<Temporary> temporary_;
};

}  // namespace verbatim::query
