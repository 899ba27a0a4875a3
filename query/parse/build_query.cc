#include "query/parse/build_query.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <set>
#include <sstream>

#include "indexer/extract/lexicon.h"
#include "query/parse/date_filter.h"
#include "query/parse/name_resolver.h"
#include "query/parse/question.h"
#include "schema/fields.h"
#include "text/closest.h"
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

// The query text normalized as the index's words are, except the values of fields kept byte for
// byte (item:), which keep their case.
std::string normalize_input(const std::string& text) {
  std::string out;
  std::istringstream words(text);
  for (std::string w; words >> w;) {
    std::string normalized = text::normalize_query(w);
    const std::size_t colon = w.find(':');
    if (colon != std::string::npos && colon > 0) {
      const schema::Field* f = schema::find_field(w.substr(0, colon));
      if (f && f->in_queries && !f->folded && f->type == FieldType::boolean) normalized = w;
    }
    out += (out.empty() ? "" : " ") + normalized;
  }
  return out;
}

// The terms a query asks for: all its terms but those it excludes (right of AND_NOT).
std::set<std::string> wanted_terms(const Xapian::Query& q) {
  std::set<std::string> out;
  if (q.get_type() == Xapian::Query::LEAF_TERM) {
    out.insert(*q.get_terms_begin());
    return out;
  }
  const std::size_t n = q.get_type() == Xapian::Query::OP_AND_NOT
                            ? std::min<std::size_t>(1, q.get_num_subqueries())
                            : q.get_num_subqueries();
  for (std::size_t i = 0; i < n; ++i) out.merge(wanted_terms(q.get_subquery(i)));
  return out;
}

Xapian::Query any_of(const std::vector<std::string>& terms) {
  std::vector<Xapian::Query> queries(terms.begin(), terms.end());
  return Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
}

std::vector<std::string> terms_of(const NameResolver& resolver,
                                  const std::vector<std::string>& folded) {
  std::vector<std::string> terms;
  for (const std::string& f : folded)
    for (std::string& t : resolver.terms_of_name(f)) terms.push_back(std::move(t));
  return terms;
}

// Display names of folded names, joined by ", ".
std::string shown_names(const NameResolver& resolver, const std::vector<std::string>& folded) {
  std::string names;
  for (const std::string& f : folded) names += (names.empty() ? "" : ", ") + resolver.display(f);
  return names;
}

// "Boris Johnson (16), Gary Johnson (1)": display names with how often the index has them.
std::string counted_names(const NameResolver& resolver, const std::vector<std::string>& folded) {
  std::string names;
  for (const std::string& f : folded)
    names += fmt::format("{}{} ({})", names.empty() ? "" : ", ", resolver.display(f),
                         resolver.mentions(f));
  return names;
}

// "no speaker named "Donald Trmp" in the index; did you mean Donald Trump?": a name the index
// does not know (--speaker, speaker:, entity:, a name in a question).
std::string unknown_name_note(const NameResolver& resolver, Id field, std::string_view typed) {
  const std::string close = resolver.closest_speaker(typed);
  return fmt::format("no {} named \"{}\" in the index{}", name_of(field), typed,
                     close.empty() ? "" : "; did you mean " + close + "?");
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
                                    found.size(), counted_names(resolver_, found)));
    std::vector<std::string> terms = resolver_.terms_for(value);
    if (terms.empty()) {
      if (notes_) notes_->push_back(unknown_name_note(resolver_, field_, value));
      terms.push_back(schema::boolean_term(field_, value));
    }
    return any_of(terms);
  }

 private:
  NameResolver resolver_;
  Id field_;
  std::vector<std::string>* notes_;
};

// name:value for the other boolean fields: the folded (or exact) value. A value a closed field
// does not take is recorded in `errors`: an exception thrown through the QueryParser leaks its
// state.
class ExactFieldProcessor : public Xapian::FieldProcessor {
 public:
  ExactFieldProcessor(Id field, std::vector<std::string>* errors)
      : field_(field), known_(schema::closed_values(field)), errors_(errors) {}
  Xapian::Query operator()(const std::string& value) override {
    if (!known_.empty() && std::find(known_.begin(), known_.end(), value) == known_.end() &&
        errors_)
      errors_->push_back(fmt::format("{}:{} is not a known {}: {} takes {}{}", name_of(field_),
                                     value, name_of(field_), name_of(field_),
                                     fmt::join(known_, ", "), text::did_you_mean(value, known_)));
    return Xapian::Query(schema::boolean_term(field_, value));
  }

 private:
  Id field_;
  std::vector<std::string> known_;
  std::vector<std::string>* errors_;
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

// year:2023 -> the date slot's range for that year (dates are YYYYMMDD). A value that is not a
// year is recorded in `errors` (see ExactFieldProcessor).
class YearFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit YearFieldProcessor(std::vector<std::string>* errors) : errors_(errors) {}
  Xapian::Query operator()(const std::string& value) override {
    if (!is_year(value)) {
      if (errors_)
        errors_->push_back(fmt::format("year:{} is not a year (write year:2023)", value));
      return Xapian::Query::MatchNothing;
    }
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotDate, value + "0101",
                         value + "1231");
  }

 private:
  std::vector<std::string>* errors_;
};

// Words dropped from queries outside phrases (words/query_stopwords.txt).
Xapian::Stopper* new_stopper() {
  auto* st = new Xapian::SimpleStopper;
  for (const auto& w : extract::word_class(text::default_language(), "query_stopwords"))
    st->add(std::string(w));
  return st->release();
}

// --since X is X.., --until X is ..X; a range A..B given to either is A..B (its open end left
// open): one reading of dates.
text::DateRange option_range(const std::string& typed, const char* option, bool since) {
  const bool range = typed.find("..") != std::string::npos;
  auto r = text::parse_date_range(range   ? typed
                                  : since ? typed + ".."
                                          : ".." + typed,
                                  text::today());
  if (!r) throw QuerySyntaxError(bad_date_message(std::string(option) + " ", typed));
  return *r;
}

// --since and --until together: the days both take, as one range (the statements a statement
// search shows are those said within both, not within either).
std::optional<text::DateRange> option_dates(const QueryRequest& request) {
  std::optional<text::DateRange> out;
  const auto add = [&out](const text::DateRange& r) {
    if (!out) {
      out = r;
      return;
    }
    if (!r.open_start() &&
        (out->open_start() || text::compact(out->first) < text::compact(r.first)))
      out->first = r.first;
    if (!r.open_end() && (out->open_end() || text::compact(r.last) < text::compact(out->last)))
      out->last = r.last;
  };
  if (!request.since.empty()) add(option_range(request.since, "--since", true));
  if (!request.until.empty()) add(option_range(request.until, "--until", false));
  return out;
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

// Whether the parsed query asks for a term of the field (not only excludes one).
bool asks_for_field(const Xapian::Query& q, Id id) {
  const std::string prefix = schema::prefix_of(id);
  for (const std::string& t : wanted_terms(q))
    if (t.compare(0, prefix.size(), prefix) == 0 && !is_word_term(t)) return true;
  return false;
}

bool names_field(const Xapian::Query& q, Id id) {
  const std::string prefix = schema::prefix_of(id);
  for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t)
    if ((*t).compare(0, prefix.size(), prefix) == 0 && !is_word_term(*t)) return true;
  return false;
}

// Whether the parsed query asks for a field of statements (speaker:, stmt:, cue:, role:).
bool asks_for_statement_field(const Xapian::Query& q) {
  for (const schema::Field& f : schema::fields())
    if (f.statement_level && asks_for_field(q, f.id)) return true;
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
               std::vector<std::string>* notes, std::vector<std::string>* errors) {
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
      qp.add_boolean_prefix(name, (new ExactFieldProcessor(f.id, errors))->release());
      return;
    case Parse::year:
      qp.add_boolean_prefix(name, (new YearFieldProcessor(errors))->release());
      return;
    case Parse::date:
    case Parse::said: {
      const DateTarget target = f.parse == Parse::said ? DateTarget::said_in(db) : DateTarget();
      const Xapian::valueno slot = f.slot >= 0 ? f.slot : Xapian::BAD_VALUENO;
      qp.add_rangeprocessor((new DateRangeProcessor(slot, name, errors, target))->release());
      qp.add_boolean_prefix(name, (new DateFieldProcessor(name, errors, target))->release());
      return;
    }
    case Parse::none:
      return;
  }
}

}  // namespace

Xapian::QueryParser make_parser(const Xapian::Database& db, std::vector<std::string>* notes,
                                std::vector<std::string>* errors) {
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(Xapian::Stem(text::default_language().stemmer));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_stopper(new_stopper());
  qp.set_default_op(Xapian::Query::OP_AND);
  for (const schema::Field& f : schema::fields())
    if (f.in_queries) add_field(qp, db, f, notes, errors);
  // Wildcards expand to at most this many words, the most frequent ones.
  qp.set_max_expansion(200, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  return qp;
}

namespace {

// A name standing for several speakers says so, the most-quoted first, with their counts.
void note_several(const NameResolver& speakers, const std::string& typed,
                  const std::vector<std::string>& found, std::vector<std::string>& notes) {
  if (found.size() > 1)
    notes.push_back(fmt::format("speaker \"{}\" matches {} speakers: {}", typed, found.size(),
                                counted_names(speakers, found)));
}

// --speaker NAME: the canonical names it stands for (by name, else by how items describe the
// speaker), or the folded name itself when the index knows none (so nothing matches).
std::vector<std::string> resolve_speaker(const NameResolver& speakers, const std::string& typed,
                                         std::vector<std::string>& notes) {
  // "the president" is a description: the speakers items described so, never names holding
  // the word; a bare word is a name first ("xi"), then a description ("governor")
  const std::string folded = text::fold_name(typed);
  const bool description =
      folded.rfind("the ", 0) == 0 || folded.rfind("a ", 0) == 0 || folded.rfind("an ", 0) == 0;
  std::vector<std::string> found;
  if (!description) found = speakers.resolve(typed);
  if (found.empty()) {
    found = speakers.resolve_description(typed);
    if (!found.empty())
      notes.push_back(fmt::format("speaker \"{}\": the items call {} that", typed,
                                  shown_names(speakers, found)));
  }
  if (found.empty() && description) found = speakers.resolve(typed);
  if (found.empty()) {
    notes.push_back(unknown_name_note(speakers, Id::speaker, typed));
    return {text::fold_name(typed)};
  }
  note_several(speakers, typed, found, notes);
  return found;
}

// What a free-text question ("Xi's quotes on opening-up") gives the plan.
struct QuestionReading {
  std::vector<std::string> speakers_typed;  // the speakers as typed ("Xi", "the premier")
  std::vector<std::string> speaker_names;   // folded identities they name
  std::string topic;                        // the words left to search for
  bool anyone = false;                      // anyone's statements: no speaker asked for
};

// A question's speakers and the topic words left; nothing when the words are no question (or
// --literal, or --speaker given). How it was read goes to `notes`.
std::optional<QuestionReading> read_as_question(const QueryRequest& request,
                                                const NameResolver& speakers,
                                                std::vector<std::string>& notes) {
  if (request.literal || !request.speakers.empty()) return std::nullopt;
  auto reading = read_question(request.words, speakers);
  if (!reading) return std::nullopt;
  QuestionReading read{
      {reading->speaker_typed}, reading->speakers, reading->remaining, reading->anyone};
  // a speaker the index does not know ("Trmp", "European Union"): as --speaker Trmp, no match,
  // said so with the name spelt closest; "quotes by Trump and Biden": either's statements
  if (!read.anyone && read.speaker_names.empty())
    read.speaker_names = resolve_speaker(speakers, reading->speaker_typed, notes);
  else if (!read.anyone)
    note_several(speakers, reading->speaker_typed, read.speaker_names, notes);
  for (const TypedSpeaker& other : reading->joined) {
    note_several(speakers, other.typed, other.speakers, notes);
    read.speakers_typed.push_back(other.typed);
    for (const std::string& name : other.speakers)
      if (std::find(read.speaker_names.begin(), read.speaker_names.end(), name) ==
          read.speaker_names.end())
        read.speaker_names.push_back(name);
  }
  notes.push_back(
      fmt::format("read as: statements by {} about \"{}\" (--literal to search the words as typed)",
                  read.anyone ? "anyone" : shown_names(speakers, read.speaker_names), read.topic));
  return read;
}

// The surname of a person's full name typed ("Kissinger" of "Henry Kissinger": the last word
// after a given name of the gazetteer; "Wang" of "Wang Yi", a surname written first), by which
// items name the person after the first mention; "" for anything else ("White House", "Xi").
std::string typed_surname(const std::string& typed) {
  std::vector<std::string> words;
  std::istringstream in(text::fold_name(typed));
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() < 2) return "";
  const extract::Lexicon& lex = extract::lexicon();
  for (const std::string& w : words)
    if (lex.org_words.count(w) || joining_word(w)) return "";
  if (lex.is("surname_first", words.front())) return words.front();
  std::string given = words.front();
  given[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(given[0])));
  return lex.given_names.count(given) ? words.back() : "";
}

// The words naming a question's speaker ("Kuhn", "the premier") as text to find in passages:
// all of them, or a person's surname alone ("Henry Kissinger", named "Kissinger" in the
// paragraph); an empty query when they have no word to search for.
Xapian::Query name_words(const Xapian::Database& db, const std::string& typed);

// The words of any of the names typed ("Trump and Biden": passages naming either).
Xapian::Query name_words(const Xapian::Database& db, const std::vector<std::string>& typed) {
  Xapian::Query any;
  for (const std::string& name : typed) {
    Xapian::Query words = name_words(db, name);
    if (words.empty()) return Xapian::Query();
    any = any.empty() ? words : Xapian::Query(Xapian::Query::OP_OR, any, words);
  }
  return any;
}

Xapian::Query name_words(const Xapian::Database& db, const std::string& typed) {
  Xapian::QueryParser qp = make_parser(db, nullptr);
  try {
    Xapian::Query all = qp.parse_query(normalize_input(typed), Xapian::QueryParser::FLAG_DEFAULT);
    const std::string surname = typed_surname(typed);
    if (surname.empty() || all.empty()) return all;
    return Xapian::Query(
        Xapian::Query::OP_OR, all,
        qp.parse_query(normalize_input(surname), Xapian::QueryParser::FLAG_DEFAULT));
  } catch (const Xapian::Error&) {
    return Xapian::Query();  // a name typed as a question's speaker is plain words
  }
}

// Xapian's spelling correction, with each word the index holds kept as typed (Xapian offers a
// more frequent neighbour for any word: "kong" -> "hong", "taiwan" -> "hainan"); "" when
// nothing is left to correct, or only a word's ending changed (collapsed -> collapse: the
// stemmed words are the same and match the same passages).
std::string worth_suggesting(const Xapian::Database& db, const std::string& typed,
                             const std::string& corrected) {
  if (corrected.empty()) return corrected;
  const Xapian::Stem stem(text::default_language().stemmer);
  std::istringstream a(typed), b(corrected);
  std::string x, y, out;
  bool changed = false;
  while (true) {
    const bool more_a = static_cast<bool>(a >> x), more_b = static_cast<bool>(b >> y);
    if (more_a != more_b) return corrected;
    if (!more_a) return changed ? out : "";
    const std::string lower = text::ascii_lower(x);
    const bool known = db.term_exists(lower) || db.term_exists("Z" + stem(lower));
    const bool differs = x != y && lower != y && stem(lower) != stem(y) && !known;
    changed = changed || differs;
    out += (out.empty() ? "" : " ") + (differs ? y : x);
  }
}

constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_DEFAULT |
                                 Xapian::QueryParser::FLAG_PURE_NOT |
                                 Xapian::QueryParser::FLAG_WILDCARD;

// The parsed query string; Xapian's errors become messages naming the fix. Also the relaxed
// reading (default operator OR).
Xapian::Query parse_input(const Xapian::Database& db, const QueryRequest& request, QueryPlan& plan,
                          const std::string& text) {
  if (plan.parser_input.empty()) return Xapian::Query();
  std::vector<std::string> errors;
  Xapian::QueryParser qp = make_parser(db, &plan.notes, &errors);
  const Synonyms synonyms(db, request.synonyms, plan.notes);
  const unsigned flags =
      kParseFlags | (synonyms.on() ? Xapian::QueryParser::FLAG_AUTO_SYNONYMS |
                                         Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS
                                   : 0);
  qp.set_database(synonyms.database());
  Xapian::Query q;
  try {
    q = synonyms.expand(qp.parse_query(plan.parser_input, flags));
    if (errors.empty()) {
      // the same input again: its notes ("no speaker named ...") are said once
      const std::size_t said = plan.notes.size();
      qp.set_default_op(Xapian::Query::OP_OR);
      plan.relaxed = synonyms.expand(qp.parse_query(plan.parser_input, flags));
      plan.notes.resize(said);
    }
  } catch (const Xapian::QueryParserError& e) {
    if (e.get_msg().find("range") != std::string::npos)
      throw QuerySyntaxError(fmt::format(
          "cannot parse the query \"{}\": a date range is written date:A..B, A and B each {}", text,
          text::kDateForms));
    throw QuerySyntaxError(
        fmt::format("cannot parse the query \"{}\": {}; put words in \"...\" to "
                    "search them as a phrase",
                    text, e.get_msg()));
  } catch (const Xapian::Error& e) {
    throw QuerySyntaxError(fmt::format("cannot parse the query \"{}\": {}", text, e.get_msg()));
  }
  if (!errors.empty())
    throw QuerySyntaxError(fmt::format("cannot parse the query \"{}\": {}", text, errors.front()));
  return q;
}

// The word units of a relaxed query: what its top OR joins (a word, a phrase, a synonym group),
// under its filters.
std::vector<Xapian::Query> word_units(const Xapian::Query& relaxed) {
  Xapian::Query q = relaxed;
  while (q.get_type() == Xapian::Query::OP_FILTER || q.get_type() == Xapian::Query::OP_AND_NOT ||
         q.get_type() == Xapian::Query::OP_SCALE_WEIGHT)
    q = q.get_subquery(0);
  std::vector<Xapian::Query> units;
  if (q.get_type() == Xapian::Query::OP_OR) {
    for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) units.push_back(q.get_subquery(i));
  } else if (!q.empty()) {
    units.push_back(q);
  }
  return units;
}

// Whether each unit is made of words only: a filter joined by the default operator (title:)
// is never relaxed.
bool only_words(const std::vector<Xapian::Query>& units) {
  for (const Xapian::Query& u : units)
    for (auto t = u.get_unique_terms_begin(); t != u.get_unique_terms_end(); ++t)
      if (!is_word_term(*t)) return false;
  return true;
}

// A field name written before ':' that the table does not know ("author:biden"): Xapian would
// read it as the phrase "author biden".
void check_field_names(const std::string& input, const std::string& typed) {
  std::vector<std::string> known;
  for (const schema::Field& f : schema::fields())
    if (f.in_queries) known.push_back(std::string(f.name));
  std::istringstream words(input);
  for (std::string w; words >> w;) {
    while (!w.empty() && (w[0] == '(' || w[0] == '+' || w[0] == '-')) w.erase(0, 1);
    const std::size_t colon = w.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= w.size()) continue;
    const std::string name = w.substr(0, colon);
    if (!std::all_of(name.begin(), name.end(),
                     [](unsigned char c) { return std::isalpha(c) || c == '_'; }))
      continue;
    const unsigned char next = static_cast<unsigned char>(w[colon + 1]);
    if (!std::isalnum(next) && next != '"' && next != '(') continue;
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    throw QuerySyntaxError(fmt::format(
        "cannot parse the query \"{}\": unknown field \"{}:\"; the fields are {}{} (see "
        "--fields; put words in \"...\" to search \"{}\" as text)",
        typed, name, fmt::join(known, ", "), text::did_you_mean(name, known), w));
  }
}

// --entity NAME (each one a filter of its own) and --since/--until (when statements were said,
// for a statement search).
Xapian::Query add_option_filters(const Xapian::Database& db, const QueryRequest& request,
                                 bool statements, Xapian::Query q,
                                 std::vector<std::string>& notes) {
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
  if (const auto range = option_dates(request)) {
    const DateTarget dates = statements ? DateTarget::said_in(db) : DateTarget();
    q = filter(q, dates.filter(*range));
  }
  return q;
}

// Whether the query returns statements: --quotes, a speaker, a field of statements; a query
// naming kind: chooses itself (read from the parsed query: `biden NOT kind:quote` is no
// statement search).
bool statement_search(const QueryRequest& request, bool speakers, const Xapian::Query& parsed) {
  if (names_field(parsed, Id::kind))
    return wanted_terms(parsed).count(schema::boolean_term(Id::kind, schema::kKindQuote)) > 0;
  return request.quotes || speakers || asks_for_statement_field(parsed);
}

// Which documents: paragraphs holding statements for statement searches (shown as their
// statements), paragraphs otherwise; never item records. A query naming kind: chooses itself.
Xapian::Query choose_documents(const QueryPlan& plan, const Xapian::Query& parsed,
                               Xapian::Query q) {
  if (!names_field(parsed, Id::kind)) {
    if (plan.statements)
      return filter(q, Xapian::Query(schema::boolean_term(Id::kind, schema::kKindQuote)));
    if (!needs_words(q))
      return filter(q, Xapian::Query(schema::boolean_term(Id::kind, schema::kKindParagraph)));
    return q;
  }
  return filter(q, Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll,
                                 Xapian::Query(schema::boolean_term(Id::kind, schema::kKindItem))));
}

// The paragraphs (any, with statements or not) holding the question's topic words and the
// words naming its speaker, under the same --entity and --since/--until filters (item dates).
Xapian::Query passages_naming(const Xapian::Database& db, const QueryRequest& request,
                              const Xapian::Query& topic, const Xapian::Query& name) {
  if (name.empty()) return Xapian::Query();
  std::vector<std::string> ignored;
  Xapian::Query q = add_option_filters(db, request, false,
                                       Xapian::Query(Xapian::Query::OP_AND, topic, name), ignored);
  return filter(q, Xapian::Query(schema::boolean_term(Id::kind, schema::kKindParagraph)));
}

}  // namespace

QueryPlan build_query(const Xapian::Database& db, const QueryRequest& request) {
  QueryPlan plan;
  NameResolver speakers(db, Id::speaker);
  std::vector<std::string> speaker_names;  // folded, from --speaker or the question
  std::string text;
  for (const std::string& w : request.words) text += (text.empty() ? "" : " ") + w;
  std::vector<std::string> speakers_typed;
  bool anyone = false;  // a question for anyone's statements ("quotes on Brexit")
  if (auto question = read_as_question(request, speakers, plan.notes)) {
    plan.question = true;
    anyone = question->anyone;
    speakers_typed = std::move(question->speakers_typed);
    speaker_names = std::move(question->speaker_names);
    text = std::move(question->topic);
  }
  for (const std::string& typed : request.speakers)
    for (std::string& name : resolve_speaker(speakers, typed, plan.notes))
      speaker_names.push_back(std::move(name));
  for (const std::string& s : speaker_names) plan.speakers_resolved.push_back(speakers.display(s));

  plan.parser_input = split_title_phrases(normalize_input(text));
  check_field_names(plan.parser_input, text);
  const Xapian::Query parsed = parse_input(db, request, plan, text);
  if (parsed.empty() && !plan.parser_input.empty() && speaker_names.empty() &&
      request.entities.empty())
    throw QuerySyntaxError(fmt::format("the query \"{}\" has no words to search for", text));
  plan.statements = statement_search(request, anyone || !speaker_names.empty(), parsed);
  if (plan.statements) plan.speakers = speakers.shared_registry();
  // The same filters and choice of documents on the strict and the relaxed reading.
  auto complete = [&](Xapian::Query q, std::vector<std::string>* notes) {
    if (q.empty()) q = Xapian::Query::MatchAll;
    if (!speaker_names.empty()) q = filter(q, any_of(terms_of(speakers, speaker_names)));
    std::vector<std::string> ignored;
    q = add_option_filters(db, request, plan.statements, q, notes ? *notes : ignored);
    return choose_documents(plan, parsed, q);
  };
  plan.query = complete(parsed, &plan.notes);
  if (plan.question && !speaker_names.empty() && !parsed.empty() && !request.all_words)
    plan.passages = passages_naming(db, request, parsed, name_words(db, speakers_typed));
  plan.words = word_units(plan.relaxed);
  for (const Xapian::Query& unit : plan.words)
    if (only_words({unit})) plan.text_words.push_back(unit);
  if (request.all_words || plan.words.size() < 2 || !only_words(plan.words))
    plan.relaxed = Xapian::Query();
  else
    plan.relaxed = complete(plan.relaxed, nullptr);
  return plan;
}

std::string spelling_suggestion(const Xapian::Database& db, const QueryPlan& plan) {
  if (plan.parser_input.empty()) return "";
  Xapian::QueryParser qp = make_parser(db, nullptr);
  try {
    qp.parse_query(plan.parser_input, kParseFlags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
  } catch (const Xapian::Error&) {
    return "";  // build_query parsed the same input: not reached
  }
  return worth_suggesting(db, plan.parser_input, qp.get_corrected_query_string());
}

}  // namespace verbatim::query
