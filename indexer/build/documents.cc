#include "indexer/build/documents.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "indexer/build/copy_key.h"
#include "indexer/build/hash.h"
#include "indexer/build/speaker_role.h"
#include "schema/fields.h"
#include "text/dates.h"
#include "text/language.h"
#include "text/normalize.h"

namespace verbatim::build {
namespace {

using schema::boolean_term;
using schema::Id;
using schema::record_key;

Xapian::TermGenerator& term_generator() {
  thread_local Xapian::TermGenerator tg = [] {
    Xapian::TermGenerator g;
    g.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    return g;
  }();
  return tg;
}

// Sets the thread's generator to stem in `language` (the stemmer is made again only when the
// language changes from one item to the next).
void stem_in(const text::Language& language) {
  thread_local std::string current;
  if (current == language.stemmer) return;
  term_generator().set_stemmer(Xapian::Stem(language.stemmer));
  current = language.stemmer;
}

// The thread's generator pointed at one document for the length of a scope. Xapian's reference
// counts are not atomic: the generator must not hold on to a document that is then handed to
// the writer thread (a lost count leaked documents, seen by LeakSanitizer after a kill -9 test).
class GeneratorFor {
 public:
  explicit GeneratorFor(Xapian::Document& doc) : tg_(term_generator()) { tg_.set_document(doc); }
  ~GeneratorFor() { tg_.set_document(Xapian::Document()); }
  GeneratorFor(const GeneratorFor&) = delete;
  GeneratorFor& operator=(const GeneratorFor&) = delete;
  Xapian::TermGenerator* operator->() { return &tg_; }

 private:
  Xapian::TermGenerator& tg_;
};

// Headline words (prefixed, without positions) for the item document. Only the stemmed forms
// are kept: `title:` is parsed with STEM_ALL_Z (see query/parse/build_query.cc), and phrases
// cannot match terms without positions.
void add_title_words(Xapian::Document& doc, std::string_view title) {
  GeneratorFor tg(doc);
  tg->set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  tg->index_text_without_positions(text::normalize_for_terms(title), 1,
                                   schema::prefix_of(Id::title));
  tg->set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

// Indexes the passage words, with positions (for phrases).
void index_words(Xapian::Document& doc, std::string_view passage) {
  GeneratorFor(doc)->index_text(text::normalize_for_terms(passage));
}

void add_boolean(Xapian::Document& doc, Id id, std::string_view value) {
  if (!value.empty()) doc.add_boolean_term(boolean_term(id, value));
}

std::string date_value(const std::string& iso) {
  if (iso.size() != 10) return {};
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// Terms and values every document of the item carries.
void add_item_fields(Xapian::Document& doc, const read::Item& item, const std::string& link) {
  doc.add_boolean_term(link);
  add_boolean(doc, Id::source, item.source);
  add_boolean(doc, Id::source, item.distributor);
  add_boolean(doc, Id::place, item.place);
  if (std::string d = date_value(item.date); !d.empty()) doc.add_value(schema::kSlotDate, d);
  // On every document: equal scores are ranked by item id, then by document order, which a
  // cluster of shards and one index share (docids differ between them).
  doc.add_value(schema::kSlotItemId, item.id);
}

nlohmann::json item_record(const read::Item& item) {
  nlohmann::json j;
  j[record_key(Id::item)] = item.id;
  j[record_key(Id::title)] = item.title;
  j[record_key(Id::date)] = item.date;
  if (!item.url.empty()) j["url"] = item.url;
  if (!item.source.empty()) j[record_key(Id::source)] = item.source;
  if (!item.distributor.empty()) j["distributor"] = item.distributor;
  if (!item.place.empty()) j[record_key(Id::place)] = item.place;
  return j;
}

// When the paragraph's statements were said: a term per said_on (statement searches filter on
// them, said: and --since/--until) and the earliest and latest as sort keys (--sort).
void add_said_on(Xapian::Document& doc, const std::vector<const extract::Statement*>& statements) {
  std::set<std::string> keys;
  for (const extract::Statement* s : statements) {
    add_boolean(doc, Id::said, s->said_on);
    keys.insert(text::said_on_key(s->said_on));
  }
  doc.add_value(schema::kSlotSaidFirst, *keys.begin());
  doc.add_value(schema::kSlotSaidLast, *keys.rbegin());
}

// The statements of one paragraph, on its document: the statement filters (speaker, role, stmt,
// cue) and the statement records. `Kquote` and each speaker term carry the
// number of statements as wdf, so collection frequencies count statements (docs/schema.md).
void add_statements(Xapian::Document& doc, nlohmann::json& rec,
                    const std::vector<const extract::Statement*>& statements,
                    const extract::Lexicon& lex) {
  std::map<std::string, Xapian::termcount> per_term;
  std::set<std::string> speakers;
  nlohmann::json list = nlohmann::json::array();
  for (const extract::Statement* s : statements) {
    ++per_term[boolean_term(Id::kind, schema::kKindQuote)];
    nlohmann::json st = *s;
    if (!s->speaker.empty()) {
      ++per_term[boolean_term(Id::speaker, s->speaker)];
      speakers.insert(s->speaker);
      if (std::string role = speaker_role(s->mention, s->speaker, lex); !role.empty()) {
        add_boolean(doc, Id::role, role);
        st[record_key(Id::role)] = role;
      }
    }
    add_boolean(doc, Id::cue, s->cue);
    add_boolean(doc, Id::stmt, extract::to_string(s->kind));
    list.push_back(std::move(st));
  }
  for (const auto& [term, n] : per_term) doc.add_term(term, n);
  add_said_on(doc, statements);
  // Syndicated copies of these statements share the key: collapsed by it, found by its term.
  const std::string key = copy_key(statements);
  doc.add_value(schema::kSlotCopyKey, key);
  doc.add_boolean_term(boolean_term(Id::copy, key));
  rec[schema::kRecordSpeakers] = speakers;
  rec[schema::kRecordStatements] = std::move(list);
}

}  // namespace

std::string content_hash(const read::Item& item) {
  std::string all;
  for (const std::string* s : {&item.id, &item.url, &item.title, &item.date, &item.source,
                               &item.lang, &item.place, &item.distributor}) {
    all += *s;
    all += '\x1f';
  }
  for (const read::Paragraph& p : item.paragraphs) {
    all += p.boilerplate ? 'B' : 'P';
    all += p.text;
    all += '\x1e';
  }
  return hash_hex(all);
}

std::string item_doc_term(const std::string& item_id) {
  return schema::item_document_term(item_id);
}

std::string item_link_term(const std::string& item_id) {
  return boolean_term(Id::item, item_id);
}

namespace {

// What each paragraph of an item carries besides its words: the entities it mentions (with
// their aliases) and its statements, in text order.
struct ParagraphFacts {
  std::set<std::string> entities;
  std::set<std::string> aliases;
  std::vector<const extract::Statement*> statements;
};

std::vector<ParagraphFacts> paragraph_facts(std::size_t paragraphs,
                                            const extract::Analysis& analysis) {
  std::vector<ParagraphFacts> facts(paragraphs);
  auto in_item = [&](int p) { return p >= 0 && static_cast<std::size_t>(p) < paragraphs; };
  for (const extract::Entity& e : analysis.entities)
    for (int p : e.paras)
      if (in_item(p)) {
        facts[p].entities.insert(e.name);
        facts[p].aliases.insert(e.aliases.begin(), e.aliases.end());
      }
  for (const extract::Statement& s : analysis.statements)
    if (in_item(s.para)) facts[s.para].statements.push_back(&s);
  return facts;
}

// Display forms of the entity and speaker names, for the index's name table.
std::vector<std::pair<std::string, std::string>> display_names(const extract::Analysis& analysis) {
  std::vector<std::pair<std::string, std::string>> names;
  for (const extract::Entity& e : analysis.entities)
    names.emplace_back(boolean_term(Id::entity, e.name), e.name);
  for (const extract::Statement& s : analysis.statements)
    if (!s.speaker.empty()) names.emplace_back(boolean_term(Id::speaker, s.speaker), s.speaker);
  return names;
}

// The item document: identity, hash, counts and the headline words (for `title:`, which turns
// them into item filters); it has no text words, so searches never return it.
Xapian::Document item_document(const read::Item& item, const ItemDocuments& out) {
  Xapian::Document doc;
  add_item_fields(doc, item, out.item_term);
  add_title_words(doc, item.title);
  add_boolean(doc, Id::kind, schema::kKindItem);
  doc.add_boolean_term(item_doc_term(item.id));
  doc.add_value(schema::kSlotHash, out.hash);
  nlohmann::json rec = item_record(item);
  rec[record_key(Id::kind)] = schema::kKindItem;
  rec["paragraphs"] = item.paragraphs.size();
  rec["origin"] = item.origin;
  doc.set_data(rec.dump());
  return doc;
}

// A searchable paragraph: its words with positions, its entities, and its statements' terms
// and records.
Xapian::Document paragraph_document(const read::Item& item, const std::string& item_term,
                                    std::size_t p, const ParagraphFacts& facts) {
  const read::Paragraph& para = item.paragraphs[p];
  Xapian::Document doc;
  add_item_fields(doc, item, item_term);
  add_boolean(doc, Id::kind, schema::kKindParagraph);
  index_words(doc, para.text);
  for (const std::string& e : facts.entities) add_boolean(doc, Id::entity, e);
  for (const std::string& a : facts.aliases) add_boolean(doc, Id::alias, a);
  nlohmann::json rec = item_record(item);
  rec[record_key(Id::kind)] = schema::kKindParagraph;
  rec["para"] = p;
  rec[record_key(Id::text)] = para.text;
  if (!facts.entities.empty()) rec[record_key(Id::entity)] = facts.entities;
  if (!facts.statements.empty())
    add_statements(doc, rec, facts.statements, extract::lexicon(text::language(item.lang)));
  doc.set_data(rec.dump());
  return doc;
}

}  // namespace

ItemDocuments build_documents(const read::Item& item, const extract::Analysis& analysis) {
  stem_in(text::language(item.lang));
  ItemDocuments out;
  out.item_term = item_link_term(item.id);
  out.hash = content_hash(item);
  out.display_names = display_names(analysis);
  out.docs.push_back(item_document(item, out));
  const std::vector<ParagraphFacts> facts = paragraph_facts(item.paragraphs.size(), analysis);
  for (std::size_t p = 0; p < item.paragraphs.size(); ++p) {
    const read::Paragraph& para = item.paragraphs[p];
    if (para.boilerplate || para.text.empty()) continue;
    out.docs.push_back(paragraph_document(item, out.item_term, p, facts[p]));
    out.text_bytes += para.text.size();
    out.statements += facts[p].statements.size();
    ++out.passages;
  }
  return out;
}

}  // namespace verbatim::build
