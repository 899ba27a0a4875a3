#include "schema/synonyms.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "text/embedded_data.h"
#include "text/language.h"
#include "text/normalize.h"

namespace verbatim::schema {
namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

SynonymGroup split_forms(std::string_view line) {
  SynonymGroup forms;
  while (true) {
    const std::size_t comma = line.find(',');
    const std::string_view form = trimmed(line.substr(0, comma));
    if (!form.empty()) forms.emplace_back(form);
    if (comma == std::string_view::npos) return forms;
    line.remove_prefix(comma + 1);
  }
}

// A form as the indexer writes it: its words (unstemmed terms, in order) and, for one word, the
// stemmed term when the indexer adds one (not for a word starting with a digit).
struct IndexedForm {
  std::vector<std::string> words;
  std::string stemmed;
};

IndexedForm indexed_form(const std::string& form) {
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem(text::default_language().stemmer));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  Xapian::Document doc;
  tg.set_document(doc);
  tg.index_text(text::normalize_for_terms(form));
  std::map<Xapian::termpos, std::string> at;
  IndexedForm out;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    if ((*t)[0] == 'Z') {
      out.stemmed = *t;
      continue;
    }
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) at[*p] = *t;
  }
  for (const auto& [pos, word] : at) out.words.push_back(word);
  if (out.words.size() != 1) out.stemmed.clear();
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  return fmt::format("{}", fmt::join(words, " "));
}

}  // namespace

std::vector<SynonymGroup> parse_synonym_groups(std::string_view text,
                                               std::vector<std::string>& problems) {
  std::vector<SynonymGroup> groups;
  std::size_t number = 0;
  while (!text.empty()) {
    ++number;
    const std::size_t nl = text.find('\n');
    const std::string_view line = trimmed(text.substr(0, nl));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (line.empty() || line.front() == '#') continue;
    SynonymGroup forms = split_forms(line);
    if (forms.size() < 2) {
      problems.push_back(fmt::format(
          "line {}: \"{}\" is not a synonym group (two forms or more, separated by ',')", number,
          line));
      continue;
    }
    groups.push_back(std::move(forms));
  }
  return groups;
}

const std::vector<SynonymGroup>& builtin_synonym_groups() {
  static const std::vector<SynonymGroup> groups = [] {
    std::vector<std::string> problems;  // the built-in file is held well-formed by a unit test
    return parse_synonym_groups(data::file("query/synonyms.txt"), problems);
  }();
  return groups;
}

std::vector<SynonymEntry> synonym_entries(const std::vector<SynonymGroup>& groups) {
  std::vector<SynonymEntry> entries;
  for (const SynonymGroup& group : groups) {
    std::vector<IndexedForm> forms;
    for (const std::string& written : group) {
      IndexedForm f = indexed_form(written);
      const bool seen = std::any_of(forms.begin(), forms.end(),
                                    [&](const IndexedForm& o) { return o.words == f.words; });
      if (!f.words.empty() && !seen) forms.push_back(std::move(f));
    }
    for (const IndexedForm& key : forms) {
      for (const IndexedForm& other : forms) {
        if (&other == &key) continue;
        const std::string value = other.words.size() > 1  ? joined(other.words)
                                  : other.stemmed.empty() ? other.words.front()
                                                          : other.stemmed;
        entries.push_back({joined(key.words), value});
        if (!key.stemmed.empty() && key.stemmed != value) entries.push_back({key.stemmed, value});
      }
    }
  }
  return entries;
}

void write_synonyms(Xapian::WritableDatabase& db, const std::vector<SynonymGroup>& groups) {
  std::vector<std::string> keys(db.synonym_keys_begin(), db.synonym_keys_end());
  for (const std::string& key : keys) db.clear_synonyms(key);
  for (const SynonymEntry& e : synonym_entries(groups)) db.add_synonym(e.key, e.value);
}

bool has_synonyms(const Xapian::Database& db) {
  return db.synonym_keys_begin() != db.synonym_keys_end();
}

}  // namespace verbatim::schema
