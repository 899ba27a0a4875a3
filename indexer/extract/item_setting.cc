// Where an item is set: the nationality and the place its text names first, and the item's
// organisation an institution noun stands for ("the army" -> "Iranian Army").
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "indexer/extract/entities.h"
#include "indexer/extract/lexicon.h"
#include "indexer/extract/mentions.h"
#include "indexer/extract/names.h"

namespace verbatim::extract {

namespace {

bool all_capitals(std::string_view word) {
  return std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

void EntityTable::note_nationality(const ParaTokens& p) {
  if (!nationality_.empty()) return;
  const Lexicon& lex = lexicon();
  for (const Token& t : p.tokens) {
    if (t.type != TokenType::word || !t.cap) continue;
    const std::string word(t.text);
    if (all_capitals(word) || !lex.nationalities.count(word)) continue;  // not "US", "UK"
    nationality_ = word;
    return;
  }
}

namespace {

// "London Bridge" is in London: a name not in the gazetteer whose first word is
std::string gazetteer_place(const std::string& name) {
  const Lexicon& lex = lexicon();
  if (lex.places.count(name)) return name;
  const std::string first = name.substr(0, name.find(' '));
  return lex.places.count(first) ? first : name;
}

}  // namespace

// "in El Paso, Texas", "of Allen, Texas,": the name right before a comma and a place of the
// gazetteer (a state, a country) is a city there, when the item names it as a name of its own
// and not as a person's or an organisation's
void EntityTable::note_city_of_region(const ParaTokens& p, const Mention& mp) {
  const auto& toks = p.tokens;
  if (mp.first < 2 || !is_punct(toks[mp.first - 1], ",") || !is_name_word(toks[mp.first - 2]))
    return;
  std::size_t from = mp.first - 2;
  while (from > 0 && is_name_word(toks[from - 1])) --from;
  const std::size_t begin = toks[from].begin;
  const std::string city(p.text.substr(begin, toks[mp.first - 2].end - begin));
  const long r = find(city);
  if (r < 0) return;
  const Record& rec = records_[static_cast<std::size_t>(r)];
  if (rec.key != name_key(city) || (rec.typed && rec.type != EntityType::place)) return;
  region_cities_.emplace_back(position(p.index, begin), rec.name);
}

std::string EntityTable::headline_place() const {
  long best = -1;
  std::size_t best_pos = 0;
  for (std::size_t i = 0; i < records_.size(); ++i) {
    const Record& r = records_[i];
    if (!r.typed || r.type != EntityType::place || r.mentions.empty()) continue;
    const std::size_t first = *std::min_element(r.mentions.begin(), r.mentions.end());
    if (best < 0 || first < best_pos) {
      best = static_cast<long>(i);
      best_pos = first;
    }
  }
  // "El Paso, Texas": the city named before the region
  for (const auto& [pos, city] : region_cities_) {
    if (best >= 0 && pos < best_pos) return city;
  }
  return best < 0 ? std::string() : gazetteer_place(records_[static_cast<std::size_t>(best)].name);
}

// "the US Embassy in London": an organisation's name opening with a country's initials is
// known by the country's name spelt out ("United States Embassy in London"), as written too
void EntityTable::spell_country_initialisms() {
  const auto& spelt = lexicon().country_initialisms;
  for (Record& r : records_) {
    if (!r.typed || r.type != EntityType::organisation) continue;
    const auto space = r.name.find(' ');
    if (space == std::string::npos) continue;
    const auto it = spelt.find(without_dots(r.name.substr(0, space)));
    if (it == spelt.end()) continue;
    if (std::find(r.aliases.begin(), r.aliases.end(), r.name) == r.aliases.end())
      r.aliases.push_back(r.name);
    r.name = it->second + r.name.substr(space);
    r.key = name_key(r.name);
    r.words = key_words(r.key);
  }
}

long EntityTable::org_ending_with(std::string_view noun) const {
  const std::vector<std::string> wanted = key_words(name_key(noun));
  if (wanted.empty()) return -1;
  long found = -1;
  for (std::size_t i = 0; i < records_.size(); ++i) {
    const Record& r = records_[i];
    if (r.type != EntityType::organisation || !r.typed || r.words.size() <= wanted.size()) continue;
    if (!std::equal(wanted.rbegin(), wanted.rend(), r.words.rbegin())) continue;
    if (found >= 0) return -2;  // "Royal Air Force" and "US Air Force": which is not known
    found = static_cast<long>(i);
  }
  return found;
}

}  // namespace verbatim::extract
