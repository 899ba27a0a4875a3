// Named entities of an item (people, places, organisations) with one canonical name each, and
// the lookups speaker resolution needs ("Xi" -> "Xi Jinping", "the premier" -> who has that role).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "indexer/extract/statement.h"
#include "indexer/extract/tokens.h"

namespace verbatim::extract {

struct Mention;

// One tokenized paragraph of the item.
struct ParaTokens {
  int index = 0;
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<SentenceRange> sentences;
  bool shouting = false;    // written in capitals (wire headlines): no names can be told apart
  bool title_case = false;  // a headline with every word capitalised: names are unclear too
};

// A position in the item, comparable across paragraphs.
inline std::size_t position(int para, std::size_t byte) {
  return static_cast<std::size_t>(para) * 1000000u + byte;
}

class EntityTable {
 public:
  struct Record {
    std::string name;
    std::string key;  // name_key(name)
    std::vector<std::string> words;
    EntityType type = EntityType::organisation;
    bool typed = false;  // type known (gazetteer, title, organisation word, speaker)
    std::vector<std::string> aliases;
    std::vector<std::string> roles;  // lowercase role words seen with it
    std::vector<int> paras;
    std::vector<std::size_t> mentions;          // positions
    std::vector<std::size_t> subject_mentions;  // positions where it begins a sentence
  };

  // Collects the capitalised names of all paragraphs.
  void collect(const std::vector<ParaTokens>& paras);

  // Whether the item writes `lower` (ASCII lower case) as a word in lower case somewhere.
  bool written_in_lowercase(const std::string& lower) const {
    return lowercase_words_.count(lower) > 0;
  }

  // Index of the record a name refers to (exact, acronym, alias, or surname/part of a longer
  // person name), or -1.
  long find(std::string_view name) const;
  // Registers a name used as a speaker (a person unless it looks like an organisation).
  long add_speaker(std::string_view name, bool org, const std::vector<std::string>& roles, int para,
                   std::size_t pos);
  // The person with role `role` mentioned last before `pos` (else the first one), or -1.
  long person_with_role(std::string_view role, std::size_t pos) const;
  // The organisation whose name contains `head` mentioned last before `pos`, or -1.
  long org_with_word(std::string_view head, std::size_t pos) const;
  // The person who last began a sentence before `pos`, and where.
  long last_subject_person(std::size_t pos, std::size_t* where) const;
  // The organisation that last began a sentence before `pos`, and where.
  long last_subject_org(std::size_t pos, std::size_t* where) const;
  // The person (full name) mentioned last before `pos`.
  long last_person(std::size_t pos) const;
  // Same, and where.
  long last_person_at(std::size_t pos, std::size_t* where) const;
  // The record mentioned last before `pos` (at the start of a sentence only when
  // `subject_only`) that `ok` accepts, and where; -1 when none.
  long last_mention(std::size_t pos, bool subject_only,
                    const std::function<bool(const Record&)>& ok, std::size_t* where) const;
  // The named source that is neither a person nor a place (a website, a paper) mentioned last
  // before `pos`; acronyms left out.
  long last_named_source(std::size_t pos) const;
  // The organisation mentioned last before `pos` that an item described as a medium ("the daily
  // Trud": a role of words/medium_descriptions.txt); -1 when none.
  long last_described_medium(std::size_t pos) const;
  // Where the item is set (item_setting.cc): the first nationality adjective of its text
  // ("Iranian"), the place it names first ("London" of "London Bridge"; the city of "El Paso,
  // Texas"), "" for none.
  const std::string& nationality() const { return nationality_; }
  std::string headline_place() const;
  // The one organisation whose name ends with `noun` and is longer ("Iranian Army" for "army"),
  // -1 for none, -2 for several.
  long org_ending_with(std::string_view noun) const;

  const Record& record(long i) const { return records_[static_cast<std::size_t>(i)]; }
  long size() const { return static_cast<long>(records_.size()); }
  std::vector<Entity> entities() const;

 private:
  long add(std::string_view name, EntityType type, bool typed, int para, std::size_t pos);
  void merge_short_forms();
  void name_title_firms();           // "General Partners" is a firm, not a person "Partners"
  void spell_country_initialisms();  // "US Embassy" is "United States Embassy" (item_setting.cc)
  void merge_glued_names();          // "Xi Jinping Video Call" is "Xi Jinping"
  // collect(): the names of one sentence; one name of a mention (`alone`: its only one).
  void collect_sentence(const ParaTokens& p, const SentenceRange& s);
  void add_name(const ParaTokens& p, const SentenceRange& s, const Mention& m, const Mention& mp,
                bool alone);
  bool word_of_full_name(std::string_view word) const;  // a word of a name of 2+ words
  void note_nationality(const ParaTokens& p);
  // "El Paso, Texas": the name before a comma and a place of the gazetteer is a city of it
  void note_city_of_region(const ParaTokens& p, const Mention& mp);
  // the lower-case words of an item whose sentences all start with a capital
  void collect_lowercase_words(const std::vector<ParaTokens>& paras);
  std::vector<Record> records_;
  std::unordered_set<std::string> lowercase_words_;  // words the item writes in lower case
  std::vector<std::pair<std::size_t, std::string>> region_cities_;  // where, and the city's name
  std::string nationality_;
};

}  // namespace verbatim::extract
