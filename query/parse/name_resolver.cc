#include "query/parse/name_resolver.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "indexer/extract/lexicon.h"
#include "indexer/extract/statement.h"
#include "schema/cluster.h"
#include "schema/fields.h"
#include "schema/names.h"
#include "text/closest.h"
#include "text/normalize.h"

namespace verbatim::query {
namespace {

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// "the president" -> "president": a leading article is never part of a name typed for lookup.
std::string without_article(std::string folded) {
  for (std::string_view article : {"the ", "a ", "an "})
    if (folded.rfind(article, 0) == 0) return folded.substr(article.size());
  return folded;
}

// "Mr." -> "Mr", "J." -> "J": a word without its trailing dots.
std::string without_dots(std::string w) {
  while (!w.empty() && w.back() == '.') w.pop_back();
  return w;
}

// Words a typed name may hold besides the name ("President", "Mr.", "J.", "Chinese"): titles,
// roles and their modifiers, nationalities, initials.
bool title_or_initial(const std::string& plain_word) {
  const std::string w = without_dots(plain_word);
  return w.size() <= 3 || title_word(w);
}

// Whether word k, a title word or an initial, belongs to a title or initials typed before a
// name: an initial or a short honorific ("J.", "Mr."), a role ("President"), or a nationality or
// modifier with a role after it ("Chinese President"); "European" of "European Union" is none.
bool in_title(const std::vector<std::string>& words, std::size_t k) {
  for (std::size_t n = k; n < words.size() && title_or_initial(words[n]); ++n)
    if (without_dots(words[n]).size() <= 3 || role_word(words[n])) return true;
  return false;
}

// The words joined by spaces.
std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

bool title_word(std::string_view word) {
  const extract::Lexicon& lex = extract::lexicon();
  if (lex.nationalities.count(std::string(word))) return true;  // "U.S."
  std::string w = text::ascii_lower(word);
  while (!w.empty() && w.back() == '.') w.pop_back();
  if (w.empty()) return false;
  if (lex.roles.count(w) || lex.modifiers.count(w) || lex.is("role_prefixes", w)) return true;
  std::string upper = w;  // "us" of "US President Trump"
  for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  w[0] = upper[0];  // "Chinese President Xi"
  return lex.nationalities.count(w) > 0 || lex.nationalities.count(upper) > 0;
}

bool role_word(std::string_view word) {
  std::string w = text::ascii_lower(word);
  while (!w.empty() && w.back() == '.') w.pop_back();
  return !w.empty() && extract::lexicon().roles.count(w) > 0;
}

bool joining_word(const std::string& folded_word) {
  const extract::Lexicon& lex = extract::lexicon();
  return lex.is("articles", folded_word) || lex.is("name_connectors", folded_word);
}

NameResolver::NameResolver(const Xapian::Database& db, schema::Id field)
    : db_(db), field_(field), prefix_(schema::prefix_of(field)) {
  if (field == schema::Id::entity) alias_prefix_ = schema::prefix_of(schema::Id::alias);
}

const SpeakerRegistry* NameResolver::registry() const {
  return shared_registry().get();
}

std::shared_ptr<const SpeakerRegistry> NameResolver::shared_registry() const {
  if (field_ != schema::Id::speaker) return nullptr;
  if (!registry_) registry_ = std::make_shared<const SpeakerRegistry>(SpeakerRegistry::of(db_));
  return registry_;
}

std::string NameResolver::closest_speaker(std::string_view typed) const {
  const SpeakerRegistry* r = registry();
  if (!r) return {};
  std::vector<std::string> spellings;  // every form and every word of one, without marks
  std::vector<const SpeakerIdentity*> of;
  for (const SpeakerIdentity& id : r->identities()) {
    if (id.folded == "unknown") continue;
    for (const std::string& form : id.forms) {
      const std::string plain = text::without_diacritics(form);
      spellings.push_back(plain);
      of.push_back(&id);
      for (std::string& w : words_of(plain)) {
        if (w == plain) continue;
        spellings.push_back(std::move(w));
        of.push_back(&id);
      }
    }
  }
  const std::string best =
      text::closest(text::without_diacritics(without_article(text::fold_name(typed))), spellings);
  if (best.empty()) return {};
  const auto at = std::find(spellings.begin(), spellings.end(), best);
  return of[static_cast<std::size_t>(at - spellings.begin())]->display;
}

const NameResolver::Table& NameResolver::table() const {
  if (!table_) {
    Table t;
    if (const SpeakerRegistry* r = registry()) {
      // an identity is found by the words of every form it has ("trump" in "donald trump")
      std::vector<const SpeakerIdentity*> ids;
      for (const SpeakerIdentity& id : r->identities()) ids.push_back(&id);
      std::sort(ids.begin(), ids.end(),
                [](const auto* a, const auto* b) { return a->folded < b->folded; });
      for (const SpeakerIdentity* id : ids) {
        t.names.push_back(id->folded);
        std::vector<std::string> words;
        for (const std::string& form : id->forms)
          for (std::string& w : words_of(text::without_diacritics(form))) words.push_back(w);
        t.plain_words.push_back(std::move(words));
      }
    } else {
      for (auto it = db_.allterms_begin(prefix_); it != db_.allterms_end(prefix_); ++it)
        t.names.push_back((*it).substr(prefix_.size()));
      for (const std::string& n : t.names)
        t.plain_words.push_back(words_of(text::without_diacritics(n)));
    }
    for (const std::vector<std::string>& words : t.plain_words)
      for (const std::string& w : words) t.words.insert(w);
    table_ = std::move(t);
  }
  return *table_;
}

Xapian::termcount NameResolver::mentions(const std::string& folded) const {
  if (const SpeakerRegistry* r = registry())
    if (const SpeakerIdentity* id = r->identity_of(folded)) return id->statements;
  return db_.get_collection_freq(term(folded));
}

std::vector<std::string> NameResolver::terms_of_name(const std::string& folded) const {
  std::vector<std::string> out;
  if (const SpeakerRegistry* r = registry())
    if (const SpeakerIdentity* id = r->identity_of(folded))
      for (const std::string& form : id->forms) out.push_back(term(form));
  if (out.empty()) out.push_back(term(folded));
  return out;
}

std::vector<std::string> NameResolver::resolve(std::string_view typed) const {
  const std::vector<std::string>& names = table().names;  // sorted, as the index lists terms
  auto known = [&](const std::string& n) {
    if (const SpeakerRegistry* r = registry()) return r->identity_of(n) != nullptr;
    return std::binary_search(names.begin(), names.end(), n);
  };
  std::string folded = without_article(text::fold_name(typed));
  // "Xi's" -> "xi"
  if (folded.size() > 2 && folded.compare(folded.size() - 2, 2, " s") == 0)
    folded.resize(folded.size() - 2);
  if (folded.size() > 1 && folded.back() == 's' && !known(folded)) {
    std::string without = folded.substr(0, folded.size() - 1);
    if (known(without)) folded = without;
  }
  if (folded.empty()) return {};
  std::vector<std::string> wanted;
  const std::vector<std::string> plain = words_of(text::without_diacritics(folded));
  for (std::size_t k = 0; k < plain.size(); ++k) {
    const std::string& w = plain[k];
    if (joining_word(w)) continue;  // "the" and "of" are words of "The Bank of England"
    if (is_name_word(w))
      wanted.push_back(w);
    else if (!title_or_initial(w) || !in_title(plain, k))  // "Donald Trmp" is nobody
      return {};
  }
  // a name of no name word, or a full name, that is a form of one identity is that identity
  // alone ("bank of england", not "bank of new england corp" too)
  if (wanted.size() != 1 && known(folded)) {
    const SpeakerRegistry* r = registry();
    return {r ? r->identity_of(folded)->folded : folded};
  }
  if (wanted.empty()) return {};
  // Every identity whose name holds all the typed words: a bare surname ("trump") finds the
  // full name ("donald trump") as well as the bare form, and namesakes all come back.
  std::vector<std::string> out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::vector<std::string>& have = table().plain_words[i];
    bool all = std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
      return std::find(have.begin(), have.end(), w) != have.end();
    });
    if (all) out.push_back(names[i]);
  }
  // "President Xi" where "president" is a word of some name ("Russian President") but no
  // identity has both: a title before a name is no part of it ("Government of Turkey" has no
  // title: "government" is no role)
  if (out.empty()) {
    const std::vector<std::string> typed_words = words_of(text::without_diacritics(folded));
    std::size_t titles = 0;  // title words ending in a role ("chinese president")
    for (std::size_t n = 0; n + 1 < typed_words.size() && title_word(typed_words[n]); ++n)
      if (role_word(typed_words[n])) titles = n + 1;
    if (titles > 0 && !joining_word(typed_words[titles]))
      return resolve(joined({typed_words.begin() + static_cast<long>(titles), typed_words.end()}));
  }
  return most_frequent_first(std::move(out));
}

std::vector<std::string> NameResolver::most_frequent_first(std::vector<std::string> folded) const {
  std::vector<std::pair<Xapian::termcount, std::string>> ranked;
  for (std::string& f : folded) ranked.emplace_back(mentions(f), std::move(f));
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (auto& [n, f] : ranked) out.push_back(std::move(f));
  return out;
}

std::vector<std::string> NameResolver::resolve_role(std::string_view typed) const {
  const std::string role = without_article(text::fold_name(typed));
  if (role.empty() || !db_.term_exists(schema::prefix_of(schema::Id::role) + role)) return {};
  return described_as({role});
}

std::vector<std::string> NameResolver::resolve_description(std::string_view typed) const {
  const std::vector<std::string> wanted = words_of(without_article(text::fold_name(typed)));
  if (wanted.empty()) return {};
  // every role the items used holding all the words: "president" is in "us president"; a
  // role another by a word not typed ("vice president", "former president") is not
  const std::string prefix = schema::prefix_of(schema::Id::role);
  const extract::Lexicon& lex = extract::lexicon();
  auto typed_word = [&](const std::string& w) {
    return std::find(wanted.begin(), wanted.end(), w) != wanted.end();
  };
  std::set<std::string> roles;
  for (auto t = db_.allterms_begin(prefix); t != db_.allterms_end(prefix); ++t) {
    const std::string role = (*t).substr(prefix.size());
    const std::vector<std::string> have = words_of(role);
    const auto has = [&](const std::string& w) {
      return std::find(have.begin(), have.end(), w) != have.end();
    };
    const bool other_role = std::any_of(have.begin(), have.end(), [&](const std::string& w) {
      return lex.is("role_prefixes", w) && !typed_word(w);
    });
    if (!other_role && std::all_of(wanted.begin(), wanted.end(), has)) roles.insert(role);
  }
  return described_as(roles);
}

std::vector<std::string> NameResolver::described_as(const std::set<std::string>& roles) const {
  // The paragraphs described so hold the statements; their records say whose they are.
  std::map<std::string, int> counts;
  std::set<Xapian::docid> seen;
  const std::string prefix = schema::prefix_of(schema::Id::role);
  for (const std::string& role : roles)
    for (auto p = db_.postlist_begin(prefix + role); p != db_.postlist_end(prefix + role); ++p) {
      if (!seen.insert(*p).second) continue;
      nlohmann::json rec = nlohmann::json::parse(db_.get_document(*p).get_data(), nullptr, false);
      if (!rec.is_object() || !rec.contains(schema::kRecordStatements)) continue;
      for (const nlohmann::json& st : rec[schema::kRecordStatements]) {
        const std::string speaker = st.get<extract::Statement>().speaker;
        // an unnamed speaker so described ("the governor" of an item naming none) is nobody's
        if (roles.count(st.value(schema::record_key(schema::Id::role), "")) && !speaker.empty() &&
            speaker != "UNKNOWN")
          ++counts[identity_name(text::fold_name(speaker))];
      }
    }
  std::vector<std::pair<std::string, int>> ranked(counts.begin(), counts.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> out;
  for (auto& [name, n] : ranked) out.push_back(name);
  return out;
}

std::vector<std::string> NameResolver::terms_for(std::string_view typed) const {
  std::vector<std::string> out;
  for (const std::string& f : resolve(typed))
    for (std::string& t : terms_of_name(f)) out.push_back(std::move(t));
  if (!alias_prefix_.empty()) {
    std::string alias = alias_prefix_ + text::fold_name(typed);
    if (db_.term_exists(alias)) out.push_back(alias);
  }
  return out;
}

std::string NameResolver::identity_name(const std::string& folded_form) const {
  const SpeakerRegistry* r = registry();
  const SpeakerIdentity* id = r ? r->identity_of(folded_form) : nullptr;
  return id ? id->folded : folded_form;
}

std::string NameResolver::display(const std::string& folded) const {
  if (const SpeakerRegistry* r = registry())
    if (const SpeakerIdentity* id = r->identity_of(folded)) return id->display;
  std::string shown = schema::display_name(db_, term(folded));
  return shown.empty() ? folded : shown;
}

}  // namespace verbatim::query
