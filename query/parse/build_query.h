// parse query: turns what the user typed (words, options, a free-text question) into a
// Xapian query, and says how it was read.
#pragma once

#include <xapian.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "query/parse/speaker_registry.h"
#include "query/parse/synonyms.h"

namespace verbatim::query {

struct QueryRequest {
  std::vector<std::string> words;     // the query text, already split by the shell
  std::vector<std::string> speakers;  // --speaker (any alias or surname)
  std::vector<std::string> entities;  // --entity
  bool quotes = false;                // --quotes: statements only
  bool literal = false;               // --literal: no question reading
  std::string since, until;           // --since/--until (text::kDateForms)
  bool all_words = false;             // --all-words: never relax to partial matches
  SynonymOptions synonyms;            // --synonyms FILE, --no-synonyms
};

struct QueryPlan {
  Xapian::Query query;
  std::string parser_input;                    // the normalized string given to Xapian::QueryParser
  std::vector<std::string> notes;              // how the question was read, ambiguous names, ...
  std::vector<std::string> speakers_resolved;  // display names the speaker filter matched
  bool statements = false;                     // the query returns statements
  bool question = false;                       // read as a free-text question
  // The same words with any of them allowed (the default operator OR; phrases, explicit
  // operators and filters kept): searched when fewer passages than asked for hold them all.
  // Empty when the query has fewer than two words to relax.
  Xapian::Query relaxed;
  std::vector<Xapian::Query> words;  // the query's word units (a term, phrase or synonym group)
  // Those of them made of words only (no field filters): what a statement's own text is checked
  // for, to rank a statement holding more of them above one whose paragraph holds them elsewhere.
  std::vector<Xapian::Query> text_words;
  // A question ("what did Kuhn say about rail"): the passages that hold all the topic words and
  // the words naming the speaker, searched when fewer statements than asked for hold the words
  // (the statement may be one the extractor did not find). Empty otherwise, and with --all-words.
  Xapian::Query passages;
  // Statement searches: the speaker identities, whose names the hits show ("Donald Trump" for
  // an item's "Trump").
  std::shared_ptr<const SpeakerRegistry> speakers;
};

// A query the user must fix: printed on one line, exit status 2.
struct QuerySyntaxError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

QueryPlan build_query(const Xapian::Database& db, const QueryRequest& request);

// The query with misspelt words corrected from the index's spelling dictionary ("did you
// mean"), or "" when no word needs it. Costs about as much as a search (Xapian looks up every
// word's trigrams), so it is asked for only when the words as typed found less than a page.
std::string spelling_suggestion(const Xapian::Database& db, const QueryPlan& plan);

// The parser, configured from the field table (for tests and `--fields`).
// Values a field processor refuses go to `errors`.
Xapian::QueryParser make_parser(const Xapian::Database& db, std::vector<std::string>* notes,
                                std::vector<std::string>* errors = nullptr);

}  // namespace verbatim::query
