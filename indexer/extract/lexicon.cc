#include "indexer/extract/lexicon.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "text/dates.h"
#include "text/embedded_data.h"
#include "text/language.h"

namespace verbatim::extract {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    auto pos = s.find(sep);
    out.push_back(trim(s.substr(0, pos)));
    if (pos == std::string_view::npos) break;
    s.remove_prefix(pos + 1);
  }
  return out;
}

void add_lines(std::unordered_set<std::string>& set, std::string_view file, bool lower) {
  for (auto line : verbatim::data::lines(file)) {
    set.insert(lower ? ascii_lower(line) : std::string(line));
  }
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void load_cues(Lexicon& lex, const std::string& dir) {
  for (auto line : verbatim::data::lines(dir + "/cues.txt")) {
    auto parts = split(line, ';');
    CueInfo info;
    if (parts.size() > 1) {
      for (auto flag : split(parts[1], ' ')) {
        if (flag == "object") info.object = true;
        if (flag == "naming") info.naming = true;
        if (flag == "weak") info.weak = true;
        if (flag == "stance") info.stance = true;
        if (flag == "topic") info.topic = true;
        if (flag == "belief") info.belief = true;
      }
    }
    auto forms = split(parts[0], ',');
    if (forms.empty()) continue;
    info.lemma = ascii_lower(forms[0]);
    info.past_is_base = true;
    bool past_also_base = false;  // flag past_is_base: "forecast" is a past as well
    if (parts.size() > 1) {
      for (auto flag : split(parts[1], ' '))
        past_also_base = past_also_base || flag == "past_is_base";
    }
    for (auto form : forms) {
      if (past_also_base) break;
      std::string f = ascii_lower(form);
      while (!f.empty() && f.front() == ' ') f.erase(0, 1);
      const std::string head = f.substr(0, f.find(' '));
      const std::string lemma_head = info.lemma.substr(0, info.lemma.find(' '));
      if (f.empty() || f == info.lemma || head == lemma_head + "s" || head == lemma_head + "es" ||
          ends_with(head, "ing")) {
        continue;
      }
      info.past_is_base = false;  // "said", "termed", "wrote"
    }
    for (auto form : forms) {
      if (form.empty()) continue;
      CueForm cue;
      cue.info = info;
      for (auto w : split(form, ' ')) {
        if (!w.empty()) cue.words.push_back(ascii_lower(w));
      }
      if (cue.words.empty()) continue;
      const std::string& head = cue.words.front();
      cue.info.gerund = ends_with(head, "ing");
      cue.info.participle = ends_with(head, "ed") || head == "told" || head == "said" ||
                            head == "wrote" || head == "written" || head == "made";
      lex.cues[head].push_back(std::move(cue));
    }
  }
  for (auto& [head, forms] : lex.cues) {
    std::stable_sort(forms.begin(), forms.end(), [](const CueForm& a, const CueForm& b) {
      return a.words.size() > b.words.size();
    });
  }
}

// What make() returns for `key`, made on first use and kept for the process (thread-safe). Each
// caller (each type of `make`) has a table of its own.
template <typename Make>
const auto& made_once(const std::string& key, Make make) {
  using T = decltype(make());
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<const T>> made;
  std::lock_guard lock(mutex);
  auto& value = made[key];
  if (!value) value = std::make_unique<const T>(make());
  return *value;
}

using WordClassMap = std::map<std::string, WordSet, std::less<>>;

const WordSet& find_class(const WordClassMap& classes, std::string_view name) {
  auto it = classes.find(name);
  if (it == classes.end())
    throw std::logic_error("no word class \"" + std::string(name) +
                           "\" (a file words/NAME.txt in the language's extract data)");
  return it->second;
}

// The word class NAME of DIR/words/NAME.txt. A line "@OTHER" includes the class OTHER, so that
// a word is listed once and classes can be made of others.
WordSet load_class(const std::string& dir, std::string_view name) {
  const std::string path = dir + "/words/" + std::string(name) + ".txt";
  if (verbatim::data::file(path).empty())
    throw std::logic_error("no word class \"" + std::string(name) + "\" (no data file " + path +
                           ")");
  WordSet set;
  for (std::string_view line : verbatim::data::lines(path)) {
    if (line.size() > 1 && line.front() == '@') {
      const WordSet other = load_class(dir, line.substr(1));
      set.insert(other.begin(), other.end());
    } else {
      set.insert(line);
    }
  }
  return set;
}

// Every file of DIR/words/ is a word class named after the file.
WordClassMap load_word_classes(const std::string& dir) {
  WordClassMap classes;
  for (std::string_view path : verbatim::data::files_in(dir + "/words")) {
    std::string_view name = path.substr(path.rfind('/') + 1);
    name = name.substr(0, name.rfind('.'));
    classes.emplace(std::string(name), load_class(dir, name));
  }
  return classes;
}

std::unordered_map<std::string, std::string> initialisms_of(
    const std::unordered_set<std::string>& countries) {
  std::unordered_map<std::string, std::string> spelt;
  std::unordered_set<std::string> shared;
  for (const std::string& country : countries) {
    if (country.find(' ') == std::string::npos) continue;
    std::string initials;
    for (std::size_t i = 0; i < country.size(); ++i) {
      if (country[i] != ' ' && (i == 0 || country[i - 1] == ' ') && country[i] >= 'A' &&
          country[i] <= 'Z')
        initials += country[i];
    }
    if (initials.size() < 2) continue;
    if (!spelt.emplace(initials, country).second) shared.insert(initials);
  }
  for (const std::string& initials : shared) spelt.erase(initials);
  return spelt;
}

Lexicon build(const text::Language& language) {
  const std::string& x = language.extract_dir;
  const std::string& g = language.gazetteer_dir;
  Lexicon lex;
  load_cues(lex, x);
  lex.word_classes = load_word_classes(x);
  add_lines(lex.roles, x + "/roles.txt", true);
  add_lines(lex.modifiers, x + "/modifiers.txt", true);
  add_lines(lex.groups, x + "/groups.txt", true);
  add_lines(lex.adverbs, x + "/adverbs.txt", true);
  add_lines(lex.org_words, x + "/org_words.txt", true);
  add_lines(lex.business_nouns, x + "/business_nouns.txt", true);
  lex.org_words.insert(lex.business_nouns.begin(), lex.business_nouns.end());
  add_lines(lex.publications, x + "/publications.txt", true);
  add_lines(lex.countries, g + "/countries.txt", false);
  lex.country_initialisms = initialisms_of(lex.countries);
  add_lines(lex.places, g + "/places.txt", false);
  add_lines(lex.places, g + "/countries.txt", false);
  add_lines(lex.regions, g + "/regions.txt", false);
  lex.places.insert(lex.regions.begin(), lex.regions.end());
  add_lines(lex.nationalities, g + "/nationalities.txt", false);
  add_lines(lex.org_acronyms, g + "/org_suffixes.txt", false);
  add_lines(lex.surnames, g + "/surnames.txt", false);
  add_lines(lex.common_acronyms, g + "/common_acronyms.txt", false);
  for (auto line : verbatim::data::lines(g + "/given_names.txt")) {
    auto parts = split(line, ' ');
    if (parts.empty() || parts[0].empty()) continue;
    lex.given_names.insert(std::string(parts[0]));
    if (parts.size() > 1 && (parts[1] == "f" || parts[1] == "m")) {
      lex.gender[std::string(parts[0])] = parts[1][0];
    }
  }
  for (auto line : verbatim::data::lines(g + "/country_adjectives.txt")) {
    auto parts = split(line, ':');
    if (parts.size() != 2 || parts[0].empty()) continue;
    std::string_view adjective = parts[1];
    while (!adjective.empty() && adjective.front() == ' ') adjective.remove_prefix(1);
    lex.country_adjectives[std::string(parts[0])] = std::string(adjective);
  }
  return lex;
}

using detail::t_lexicon;

}  // namespace

const WordSet& Lexicon::words(std::string_view name) const {
  return find_class(word_classes, name);
}

bool Lexicon::opens_firm_name(std::string_view lower) const {
  return is("firm_opening_words", lower) || text::is_calendar_word(lower);
}

const WordSet& word_class(const text::Language& language, std::string_view name) {
  return made_once(language.code + "/" + std::string(name),
                   [&] { return load_class(language.extract_dir, name); });
}

const Lexicon& lexicon(const text::Language& language) {
  return made_once(language.code, [&] { return build(language); });
}

const Lexicon& detail::default_lexicon() {
  static const Lexicon& fallback = lexicon(text::default_language());
  return fallback;
}

LanguageScope::LanguageScope(const text::Language& language) : previous_(t_lexicon) {
  t_lexicon = &lexicon(language);
}

LanguageScope::~LanguageScope() {
  t_lexicon = previous_;
}

}  // namespace verbatim::extract
