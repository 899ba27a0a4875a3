#include "query/parse/build_query.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <sstream>

#include "query/parse/name_resolver.h"
#include "query/parse/question.h"
#include "schema/fields.h"
#include "text/dates.h"
#include "text/language.h"
#include "text/normalize.h"

namespace verbatim::query {
namespace {

using schema::FieldType;
using schema::Id;
using schema::Parse;

std::string name_of(Id id) {
  return std::string(schema::field(id).name);
}

Xapian::Query any_of(const std::vector<std::string>& terms) {
  std::vector<Xapian::Query> queries(terms.begin(), terms.end());
  return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

std::vector<std::string> terms_of(const NameResolver& resolver,
                                  const std::vector<std::string>& folded) {
  std::vector<std::string> terms;
  for (const std::string& f : folded) terms.push_back(resolver.term(f));
  return terms;
}

// Display names of folded names, joined by ", ".
std::string shown_names(const NameResolver& resolver, const std::vector<std::string>& folded) {
  std::string names;
  for (const std::string& f : folded) names += (names.empty() ? "" : ", ") + resolver.display(f);
  return names;
}

// name:value for a boolean field whose values are names: any alias or surname the index knows.
class NameFieldProcessor : public Xapian::FieldProcessor {
 public:
  NameFieldProcessor(const Xapian::Database& db, Id field, std::vector<std::string>* notes)
      : resolver_(db, field), field_(field), notes_(notes) {}

  Xapian::Query operator()(const std::string& value) override {
    std::vector<std::string> found = resolver_.resolve(value);
    if (found.size() > 1 && notes_)
      notes_->push_back(fmt::format("{} \"{}\" matches {} names: {}", name_of(field_), value,
                                    found.size(), shown_names(resolver_, found)));
    std::vector<std::string> terms = resolver_.terms_for(value);
    if (terms.empty()) {
      if (notes_)
        notes_->push_back(fmt::format("no {} named \"{}\" in the index", name_of(field_), value));
      terms.push_back(schema::boolean_term(field_, value));
    }
    return any_of(terms);
  }

 private:
  NameResolver resolver_;
  Id field_;
  std::vector<std::string>* notes_;
};

// name:value for the other boolean fields: the folded (or exact) value.
class ExactFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit ExactFieldProcessor(Id field) : field_(field) {}
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(schema::boolean_term(field_, value));
  }

 private:
  Id field_;
};

// title:words -> the items whose headline has all the words (stemmed; a phrase counts as its
// words: headline words have no positions), as a weightless filter on their item link terms.
// Headline words are on item documents only, so paragraphs do not each carry them.
class TitleFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit TitleFieldProcessor(const Xapian::Database& db) : db_(db) {}

  Xapian::Query operator()(const std::string& value) override {
    Xapian::QueryParser words;
    words.set_stemmer(Xapian::Stem(text::default_language().stemmer));
    words.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
    words.set_default_op(Xapian::Query::OP_AND);
    words.add_prefix("", schema::prefix_of(Id::title));
    std::string plain = value;
    for (char& c : plain)
      if (c == '"') c = ' ';
    Xapian::Query headline = words.parse_query(plain, 0);
    if (headline.empty()) return nothing();
    Xapian::Enquire enquire(db_);
    enquire.set_query(
        Xapian::Query(Xapian::Query::OP_FILTER, headline,
                      Xapian::Query(schema::boolean_term(Id::kind, schema::kKindItem))));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const std::string link = schema::prefix_of(Id::item);
    std::vector<std::string> items;
    Xapian::MSet mset = enquire.get_mset(0, db_.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      auto t = db_.termlist_begin(*it);
      t.skip_to(link);
      if (t != db_.termlist_end(*it) && (*t).compare(0, link.size(), link) == 0)
        items.push_back(*t);
    }
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, items.empty() ? nothing() : any_of(items),
                         0.0);
  }

 private:
  // No document has the bare item prefix as a term (item ids are never empty); unlike
  // Query::MatchNothing, this query is not empty, so "no matches" is what the user is told.
  static Xapian::Query nothing() { return Xapian::Query(schema::prefix_of(Id::item)); }

  Xapian::Database db_;
};

bool is_year(std::string_view value) {
  return value.size() == 4 && std::all_of(value.begin(), value.end(),
                                          [](unsigned char c) { return std::isdigit(c) != 0; });
}

// year:2023 -> the date slot's range for that year (dates are YYYYMMDD). Values that are not a
// year are refused before parsing (check_years): an exception thrown through the QueryParser
// leaks its state.
class YearFieldProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    if (!is_year(value)) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, value + "0101",
                         value + "1231");
  }
};

void check_years(const std::string& input, const std::string& typed) {
  const std::string field = name_of(Id::year) + ":";
  for (std::size_t at = input.find(field); at != std::string::npos;
       at = input.find(field, at + 1)) {
    if (at > 0 && std::isalnum(static_cast<unsigned char>(input[at - 1]))) continue;
    const std::size_t start = at + field.size();
    const std::size_t end = input.find_first_of(" )", start);
    const std::string value = input.substr(start, end == std::string::npos ? end : end - start);
    if (!is_year(value))
      throw QuerySyntaxError(fmt::format(
          "cannot parse the query \"{}\": year:{} is not a year (write year:2023)", typed, value));
  }
}

// Words dropped from queries outside phrases ("Belt and Road" needs no "and").
Xapian::Stopper* new_stopper() {
  auto* st = new Xapian::SimpleStopper;
  for (const char* w :
       {"a",  "an",   "the",   "and", "or",  "of",  "on",   "in", "to", "for", "at",
        "by", "with", "about", "is",  "are", "was", "were", "be", "as", "it",  "its"})
    st->add(w);
  return st->release();
}

std::string date_value(const std::string& typed, const char* option) {
  auto iso = text::parse_date(typed);
  if (!iso)
    throw QuerySyntaxError(fmt::format("{} {}: not a date (use YYYY-MM-DD)", option, typed));
  return iso->substr(0, 4) + iso->substr(5, 2) + iso->substr(8, 2);
}

Xapian::Query filter(Xapian::Query q, const Xapian::Query& f) {
  if (q.empty()) return f;
  return Xapian::Query(Xapian::Query::OP_FILTER, q, f);
}

// title:"a b" -> title:a title:b. Headline words have no positions, so a phrase is its words;
// and Xapian's QueryParser hands no phrase to a field processor.
std::string split_title_phrases(std::string input) {
  const std::string title = name_of(Id::title) + ":";
  const std::string open = title + "\"";
  for (std::size_t at = input.find(open); at != std::string::npos; at = input.find(open, at)) {
    const std::size_t start = at + open.size();
    const std::size_t close = input.find('"', start);
    if (close == std::string::npos) break;
    std::string words;
    std::istringstream in(input.substr(start, close - start));
    for (std::string w; in >> w;) words += (words.empty() ? "" : " ") + title + w;
    input.replace(at, close + 1 - at, words);
    at += words.size();
  }
  return input;
}

bool mentions_field(const std::string& input, Id id) {
  return input.find(name_of(id) + ":") != std::string::npos;
}

// Whether the query names a field of statements (speaker:, stmt:, cue:, role:).
bool mentions_statement_field(const std::string& input) {
  for (const schema::Field& f : schema::fields())
    if (f.statement_level && mentions_field(input, f.id)) return true;
  return false;
}

// A term of a words field (body text, title), stemmed or not: item documents have none.
bool is_word_term(const std::string& term) {
  auto plain = [](const std::string& t, std::size_t at) {
    return at >= t.size() || !std::isupper(static_cast<unsigned char>(t[at]));
  };
  std::size_t at = term.size() > 1 && term[0] == 'Z' ? 1 : 0;
  if (plain(term, at)) return true;
  for (const schema::Field& f : schema::fields())
    if (f.type == FieldType::free_text && !f.prefix.empty() &&
        term.compare(at, f.prefix.size(), f.prefix) == 0 && plain(term, at + f.prefix.size()))
      return true;
  return false;
}

// Whether every document the query matches must hold one of its words: then it never matches
// item documents (they have no words) and needs no kind filter, whose long posting list would
// be read for nothing.
bool needs_words(const Xapian::Query& q) {
  const std::size_t n = q.get_num_subqueries();
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
      return is_word_term(*q.get_terms_begin());
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return true;
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR:
      for (std::size_t i = 0; i < n; ++i)
        if (needs_words(q.get_subquery(i))) return true;
      return false;
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return n > 0 && needs_words(q.get_subquery(0));
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_ELITE_SET:
      for (std::size_t i = 0; i < n; ++i)
        if (!needs_words(q.get_subquery(i))) return false;
      return n > 0;
    default:
      return false;
  }
}

// Sets up `name:` for one field, as its row says it is parsed.
void add_field(Xapian::QueryParser& qp, const Xapian::Database& db, const schema::Field& f,
               std::vector<std::string>* notes) {
  const std::string name(f.name);
  switch (f.parse) {
    case Parse::words:
      qp.add_prefix(name, std::string(f.prefix));
      return;
    case Parse::title:
      qp.add_prefix(name, (new TitleFieldProcessor(db))->release());
      return;
    case Parse::name:
      qp.add_boolean_prefix(name, (new NameFieldProcessor(db, f.id, notes))->release());
      return;
    case Parse::exact:
      qp.add_boolean_prefix(name, (new ExactFieldProcessor(f.id))->release());
      return;
    case Parse::year:
      qp.add_boolean_prefix(name, (new YearFieldProcessor)->release());
      return;
    case Parse::date:
      qp.add_rangeprocessor(
          (new Xapian::DateRangeProcessor(f.slot, name + ":", Xapian::RP_DATE_PREFER_MDY))
              ->release());
      return;
    case Parse::none:
      return;
  }
}

}  // namespace

Xapian::QueryParser make_parser(const Xapian::Database& db, std::vector<std::string>* notes) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(Xapian::Stem(text::default_language().stemmer));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_stopper(new_stopper());
  qp.set_default_op(Xapian::Query::OP_AND);
  for (const schema::Field& f : schema::fields())
    if (f.in_queries) add_field(qp, db, f, notes);
  return qp;
}

namespace {

// A free-text question ("Xi's quotes on opening-up"): its speakers and the topic words left.
void read_as_question(const QueryRequest& request, const NameResolver& speakers, QueryPlan& plan,
                      std::vector<std::string>& speaker_names, std::string& text) {
  if (request.literal || !request.speakers.empty()) return;
  auto reading = read_question(request.words, speakers);
  if (!reading) return;
  plan.question = true;
  speaker_names = reading->speakers;
  text = reading->remaining;
  plan.notes.push_back(
      fmt::format("read as: statements by {} about \"{}\" (--literal to search the words as typed)",
                  shown_names(speakers, speaker_names), text));
}

// --speaker NAME: the canonical names it stands for (by name, else by how items describe the
// speaker), or the folded name itself when the index knows none (so nothing matches).
std::vector<std::string> resolve_speaker(const NameResolver& speakers, const std::string& typed,
                                         std::vector<std::string>& notes) {
  std::vector<std::string> found = speakers.resolve(typed);
  if (found.empty()) {
    found = speakers.resolve_role(typed);
    if (!found.empty())
      notes.push_back(fmt::format("speaker \"{}\": the items call {} that", typed,
                                  shown_names(speakers, found)));
  }
  if (found.empty()) {
    notes.push_back(fmt::format("no speaker named \"{}\" in the index", typed));
    return {text::fold_name(typed)};
  }
  if (found.size() > 1)
    notes.push_back(fmt::format("speaker \"{}\" matches {} speakers: {}", typed, found.size(),
                                shown_names(speakers, found)));
  return found;
}

// The parsed query string; Xapian's errors become messages naming the fix.
Xapian::Query parse_input(const Xapian::Database& db, QueryPlan& plan, const std::string& text) {
  if (plan.parser_input.empty()) return Xapian::Query();
  Xapian::QueryParser qp = make_parser(db, &plan.notes);
  try {
    return qp.parse_query(plan.parser_input,
                          Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT);
  } catch (const Xapian::QueryParserError& e) {
    if (e.get_msg().find("range") != std::string::npos)
      throw QuerySyntaxError(fmt::format(
          "cannot parse the query \"{}\": a date range is written date:YYYY-MM-DD..YYYY-MM-DD "
          "(either end may be left out); for a whole year use year:2023",
          text));
    throw QuerySyntaxError(
        fmt::format("cannot parse the query \"{}\": {}; put words in \"...\" to "
                    "search them as a phrase",
                    text, e.get_msg()));
  } catch (const Xapian::Error& e) {
    throw QuerySyntaxError(fmt::format("cannot parse the query \"{}\": {}", text, e.get_msg()));
  }
}

// --entity NAME (each one a filter of its own) and --since/--until.
Xapian::Query add_option_filters(const Xapian::Database& db, const QueryRequest& request,
                                 Xapian::Query q, std::vector<std::string>& notes) {
  if (!request.entities.empty()) {
    NameResolver entities(db, Id::entity);
    for (const std::string& typed : request.entities) {
      std::vector<std::string> terms = entities.terms_for(typed);
      if (terms.empty()) {
        notes.push_back(fmt::format("no entity named \"{}\" in the index", typed));
        terms.push_back(schema::boolean_term(Id::entity, typed));
      }
      q = filter(q, any_of(terms));
    }
  }
  if (!request.since.empty())
    q = filter(q, Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotDate,
                                date_value(request.since, "--since")));
  if (!request.until.empty())
    q = filter(q, Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate,
                                date_value(request.until, "--until")));
  return q;
}

// Which documents: paragraphs holding statements for statement searches (shown as their
// statements), paragraphs otherwise; never item records. A query naming kind: chooses itself.
Xapian::Query choose_documents(QueryPlan& plan, Xapian::Query q) {
  if (!mentions_field(plan.parser_input, Id::kind)) {
    if (plan.statements)
      return filter(q, Xapian::Query(schema::boolean_term(Id::kind, schema::kKindQuote)));
    if (!needs_words(q))
      return filter(q, Xapian::Query(schema::boolean_term(Id::kind, schema::kKindParagraph)));
    return q;
  }
  plan.statements = plan.parser_input.find(name_of(Id::kind) + ":" +
                                           std::string(schema::kKindQuote)) != std::string::npos;
  return filter(q, Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll,
                                 Xapian::Query(schema::boolean_term(Id::kind, schema::kKindItem))));
}

}  // namespace

QueryPlan build_query(const Xapian::Database& db, const QueryRequest& request) {
  QueryPlan plan;
  NameResolver speakers(db, Id::speaker);
  std::vector<std::string> speaker_names;  // folded, from --speaker or the question
  std::string text;
  for (const std::string& w : request.words) text += (text.empty() ? "" : " ") + w;
  read_as_question(request, speakers, plan, speaker_names, text);
  for (const std::string& typed : request.speakers)
    for (std::string& name : resolve_speaker(speakers, typed, plan.notes))
      speaker_names.push_back(std::move(name));
  for (const std::string& s : speaker_names) plan.speakers_resolved.push_back(speakers.display(s));

  plan.parser_input = split_title_phrases(text::normalize_query(text));
  check_years(plan.parser_input, text);
  Xapian::Query q = parse_input(db, plan, text);
  if (q.empty() && !plan.parser_input.empty() && speaker_names.empty() && request.entities.empty())
    throw QuerySyntaxError(fmt::format("the query \"{}\" has no words to search for", text));
  if (q.empty()) q = Xapian::Query::MatchAll;
  if (!speaker_names.empty()) q = filter(q, any_of(terms_of(speakers, speaker_names)));
  q = add_option_filters(db, request, q, plan.notes);
  plan.statements =
      request.quotes || !speaker_names.empty() || mentions_statement_field(plan.parser_input);
  plan.query = choose_documents(plan, q);
  return plan;
}

}  // namespace verbatim::query
