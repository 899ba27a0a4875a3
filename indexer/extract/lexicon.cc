#include "indexer/extract/lexicon.h"

#include <algorithm>

#include "text/embedded_data.h"

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
  for (auto line : data_lines(verbatim::data::file(file))) {
    set.insert(lower ? ascii_lower(line) : std::string(line));
  }
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void load_cues(Lexicon& lex) {
  for (auto line : data_lines(verbatim::data::file("extract/cues.txt"))) {
    auto parts = split(line, ';');
    CueInfo info;
    if (parts.size() > 1) {
      for (auto flag : split(parts[1], ' ')) {
        if (flag == "object") info.object = true;
        if (flag == "naming") info.naming = true;
        if (flag == "weak") info.weak = true;
      }
    }
    auto forms = split(parts[0], ',');
    if (forms.empty()) continue;
    info.lemma = ascii_lower(forms[0]);
    info.past_is_base = true;
    for (auto form : forms) {
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

Lexicon build() {
  Lexicon lex;
  load_cues(lex);
  add_lines(lex.roles, "extract/roles.txt", true);
  add_lines(lex.modifiers, "extract/modifiers.txt", true);
  add_lines(lex.groups, "extract/groups.txt", true);
  add_lines(lex.adverbs, "extract/adverbs.txt", true);
  add_lines(lex.org_words, "extract/org_words.txt", true);
  add_lines(lex.business_nouns, "extract/business_nouns.txt", true);
  lex.org_words.insert(lex.business_nouns.begin(), lex.business_nouns.end());
  add_lines(lex.publications, "extract/publications.txt", true);
  add_lines(lex.countries, "gazetteer/countries.txt", false);
  add_lines(lex.places, "gazetteer/places.txt", false);
  add_lines(lex.places, "gazetteer/countries.txt", false);
  add_lines(lex.nationalities, "gazetteer/nationalities.txt", false);
  add_lines(lex.org_acronyms, "gazetteer/org_suffixes.txt", false);
  add_lines(lex.surnames, "gazetteer/surnames.txt", false);
  add_lines(lex.common_acronyms, "gazetteer/common_acronyms.txt", false);
  for (auto line : data_lines(verbatim::data::file("gazetteer/given_names.txt"))) {
    auto parts = split(line, ' ');
    if (parts.empty() || parts[0].empty()) continue;
    lex.given_names.insert(std::string(parts[0]));
    if (parts.size() > 1 && (parts[1] == "f" || parts[1] == "m")) {
      lex.gender[std::string(parts[0])] = parts[1][0];
    }
  }
  return lex;
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string_view> data_lines(std::string_view content) {
  std::vector<std::string_view> out;
  while (!content.empty()) {
    auto pos = content.find('\n');
    std::string_view line = content.substr(0, pos);
    content.remove_prefix(pos == std::string_view::npos ? content.size() : pos + 1);
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    out.push_back(line);
  }
  return out;
}

const Lexicon& lexicon() {
  static const Lexicon lex = build();
  return lex;
}

}  // namespace verbatim::extract
