#include "indexer/extract/mentions.h"


#include "indexer/extract/lexicon.h"

namespace verbatim::extract {
namespace {

// Hot word classes (per token): looked up once per language and thread.
const WordSet& stop_caps() {
  static thread_local WordClassCache words;
  return words.get("stop_caps");
}

const WordSet& connectors() {
  static thread_local WordClassCache words;
  return words.get("name_connectors");
}

const WordSet& possessive_determiners() {
  static thread_local WordClassCache words;
  return words.get("possessive_determiners");
}

bool is_connector(const Token& t) {
  return (t.type == TokenType::word && !t.cap && connectors().count(t.lower)) ||
         (t.type == TokenType::punct && t.text == "&");
}

bool is_determiner(const Token& t) {
  return t.type == TokenType::word && t.lower == "the";
}

bool is_role(const Token& t) {
  if (t.type != TokenType::word) return false;
  const auto& roles = lexicon().roles;
  if (roles.count(t.lower)) return true;
  auto dash = t.lower.rfind('-');  // "co-developer", "ex-minister"
  return dash != std::string::npos && dash + 1 < t.lower.size() &&
         roles.count(t.lower.substr(dash + 1)) > 0;
}

bool is_modifier(const Token& t) {
  return t.type == TokenType::word && !t.cap && lexicon().modifiers.count(t.lower) > 0;
}

bool is_head_noun(const Token& t) {  // lowercase organisation or group head: "the army"
  if (t.type != TokenType::word || t.cap) return false;
  return lexicon().org_words.count(t.lower) > 0 || lexicon().groups.count(t.lower) > 0;
}

bool is_group(const Token& t) {
  return t.type == TokenType::word && lexicon().groups.count(t.lower) > 0;
}

std::string_view strip_possessive(std::string_view w) {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  return w;
}

bool has_possessive(std::string_view w) {
  return strip_possessive(w).size() != w.size();
}

bool all_caps_acronym(std::string_view w) {  // "WHO", "U.S." — not "COVID-19", "EP-CPP"
  int upper = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (c != '.' && c != '&') {
      return false;
    }
  }
  return upper >= 2;
}

// Fills kind, name, head, roles of a mention whose token range is set.
void analyse(std::string_view para, const std::vector<Token>& toks, Mention& m) {
  const Lexicon& lex = lexicon();
  m.text =
      std::string(para.substr(toks[m.first].begin, toks[m.last - 1].end - toks[m.first].begin));
  std::vector<std::size_t> words;  // token indexes, parentheticals removed
  std::string acronym;
  std::size_t acronym_after = 0;  // token the parenthetical follows
  for (std::size_t i = m.first; i < m.last; ++i) {
    if (is_punct(toks[i], "(")) {
      std::size_t j = i + 1;
      std::string acro;
      while (j < m.last && !is_punct(toks[j], ")")) {
        if (is_word(toks[j])) acro += std::string(toks[j].text);
        ++j;
      }
      if (acronym.empty() && i > m.first && j == i + 2) {  // one word: "(CPC)", not "(NASDAQ: X)"
        acronym = acro;
        acronym_after = i - 1;
      }
      i = j;
      continue;
    }
    if (is_word(toks[i])) words.push_back(i);
  }
  if (words.empty()) {
    m.kind = MentionKind::none;
    return;
  }
  if (words.size() == 1 && is_pronoun(toks[words[0]].lower)) {
    m.kind = MentionKind::pronoun;
    m.head = toks[words[0]].lower;
    return;
  }
  if (lex.is("indefinite_articles", toks[words.front()].lower)) {
    m.indefinite = true;
    words.erase(words.begin());
    if (words.empty()) {
      m.kind = MentionKind::none;
      return;
    }
    // "a Chrysler spokesman": the organisation before the role
    std::string owner;
    for (std::size_t idx : words) {
      const Token& t = toks[idx];
      if (!is_name_word(t) || lex.nationalities.count(std::string(t.text))) break;
      if (!owner.empty()) owner += ' ';
      owner += std::string(strip_possessive(t.text));
    }
    m.owner = owner;
  }
  const Token& last = toks[words.back()];
  // Roles in the mention; the name is the capitalised run after the last role.
  long r = -1;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Token& t = toks[words[k]];
    // "General Administration of Customs", "General Assembly": a title word naming an
    // organisation
    const bool names_org = t.cap && k + 1 < words.size() && toks[words[k + 1]].cap &&
                           lex.org_words.count(toks[words[k + 1]].lower);
    if (is_role(t) && !names_org) {
      // "Deputy Governor" is not "the governor"
      std::string role = t.lower;
      if (k > 0) {
        const std::string& before = toks[words[k - 1]].lower;
        if (lex.is("role_prefixes", before)) {
          role = before + " " + role;
        }
      }
      if (role.rfind("ex-", 0) == 0) role = "former " + role.substr(3);
      m.roles.push_back(role);
      r = static_cast<long>(k);
    }
  }
  if (possessive_determiners().count(toks[words[0]].lower) && !toks[words[0]].cap && r < 0) {
    // "its press release said": the owner speaks
    m.kind = MentionKind::description;
    m.head = last.lower;
    m.possessor = toks[words[0]].lower;
    return;
  }
  if (is_group(last) && !last.cap && r < 0) {
    m.kind = MentionKind::group;
    m.head = last.lower;
    return;
  }
  if (is_group(last) && words.size() == 1) {  // "Officials said", "Experts say"
    m.kind = MentionKind::group;
    m.head = last.lower;
    return;
  }
  if (words.size() > 2 && is_group(toks[words[0]]) && toks[words[1]].lower == "of" && r < 0) {
    // "Officials of the Commodity Futures Trading Commission": unnamed people of an organisation
    m.kind = MentionKind::group;
    m.head = toks[words[0]].lower;
    return;
  }
  if (r >= 0) {
    // "Chinese Foreign Ministry spokesperson Mao Ning": the organisation before the role
    std::size_t first_role = 0;
    while (first_role < words.size() && !is_role(toks[words[first_role]])) ++first_role;
    std::string affiliation;
    bool has_org = false;
    for (std::size_t q = 0; q < first_role; ++q) {
      const Token& t = toks[words[q]];
      if (!is_name_word(t) && !(is_connector(t) && !affiliation.empty())) {
        affiliation.clear();
        has_org = false;
        continue;
      }
      if (!affiliation.empty()) affiliation += ' ';
      affiliation += std::string(strip_possessive(t.text));
      if (lex.org_words.count(t.lower)) has_org = true;
    }
    if (has_org) m.affiliation = affiliation;
  }
  std::vector<std::size_t> run;
  std::size_t from = r >= 0 ? static_cast<std::size_t>(r) + 1 : 0;
  // skip a leading determiner
  bool had_the = false;
  while (from < words.size() && is_determiner(toks[words[from]])) {
    ++from;
    had_the = true;
  }
  if (had_the && from + 1 < words.size() && !toks[words[from]].cap && !is_role(toks[words[from]]) &&
      !is_modifier(toks[words[from]]) && is_name_word(toks[words[from + 1]])) {
    ++from;  // "the ruling Democratic Rally"
  }
  // "Ambassador to the United Nations Nikki Haley": after a role and its "of/to" phrase, the
  // name is the trailing capitalised words.
  if (r >= 0 && from < words.size() && lex.is("role_prepositions", toks[words[from]].lower)) {
    std::size_t t = words.size();
    while (t > from && is_name_word(toks[words[t - 1]])) --t;
    // "Mayor of London Sadiq Khan", "Secretary of State John Whitehead": places,
    // nationalities and department words open the run
    while (t < words.size() &&
           (lex.places.count(std::string(toks[words[t]].text)) ||
            lex.nationalities.count(std::string(toks[words[t]].text)) ||
            (words.size() - t > 2 && (lex.modifiers.count(toks[words[t]].lower) ||
                                      lex.org_words.count(toks[words[t]].lower))))) {
      ++t;
    }
    std::size_t n = words.size() - t;
    bool org_tail = false;
    for (std::size_t q = t; q < words.size(); ++q) {
      if (lex.org_words.count(toks[words[q]].lower) || has_possessive(toks[words[q]].text))
        org_tail = true;
    }
    if (n >= 2 && !org_tail) {
      // "Secretary of State George Shultz", "of the Exchequer Nigel Lawson": a department word
      // opens a run of three
      if (n == 3 &&
          (lex.modifiers.count(toks[words[t]].lower) || lex.org_words.count(toks[words[t]].lower) ||
           is_determiner(toks[words[t - 1]]))) {
        t = words.size() - 2;
      }
      if (n > 3) t = words.size() - 2;
      from = t;
    }
  }
  bool any_lower_head = false;
  for (std::size_t k = from; k < words.size(); ++k) {
    const Token& t = toks[words[k]];
    if (is_name_word(t) || (t.lower == "the" && !run.empty()) ||
        (is_connector(t) && !run.empty() && k + 1 < words.size() &&
         (toks[words[k + 1]].cap || toks[words[k + 1]].lower == "the"))) {
      run.push_back(words[k]);
      continue;
    }
    if (!t.cap) any_lower_head = true;
    break;
  }
  // "Tesco's Polish branch", "Doris Day's Best Friends": a possessive inside the run ends the
  // name unless an organisation name follows ("CU Boulder's Cooperative Institute")
  for (std::size_t k = 0; k + 1 < run.size(); ++k) {
    if (!has_possessive(toks[run[k]].text)) continue;
    if (!any_lower_head && run.size() - k - 1 <= 3 &&
        lex.given_names.count(std::string(toks[run[k + 1]].text))) {
      // "the NAR's John Tuccillo": the person after the possessor
      run.erase(run.begin(), run.begin() + static_cast<long>(k) + 1);
      break;
    }
    bool org_follows = false;
    for (std::size_t q = k + 1; q < run.size(); ++q) {
      if (lex.org_words.count(toks[run[q]].lower)) org_follows = true;
    }
    if (!org_follows) {
      run.resize(k + 1);
      any_lower_head = true;
    }
    break;
  }
  // "China's Ministry of Commerce": a place owning an organisation is no part of its name
  if (run.size() >= 2 && has_possessive(toks[run[0]].text) &&
      lex.places.count(std::string(strip_possessive(toks[run[0]].text)))) {
    bool org = false;
    for (std::size_t q = 1; q < run.size(); ++q) {
      if (lex.org_words.count(toks[run[q]].lower)) org = true;
    }
    if (org) run.erase(run.begin());
  }
  // "Securities and Exchange Commission John Shad": a person's name after an organisation's
  if (r < 0 && run.size() >= 4) {
    std::size_t last_org = run.size();
    for (std::size_t q = 0; q < run.size(); ++q) {
      if (lex.org_words.count(toks[run[q]].lower)) last_org = q;
    }
    // the person's name starts at a given name after the organisation's last word
    for (std::size_t q = last_org + 1; last_org < run.size() && q + 1 < run.size(); ++q) {
      if (run.size() - q > 3) continue;
      if (lex.given_names.count(std::string(toks[run[q]].text))) {
        run.erase(run.begin(), run.begin() + static_cast<long>(q));
        break;
      }
    }
  }
  // "Suman Haripriya of the Hajo assembly": a person's name before "of"
  bool cut_person = false;
  for (std::size_t k = 0; k < run.size(); ++k) {
    if (toks[run[k]].lower != "of") continue;
    // ... or one surname before "of the" + an organisation ("Kimura of the Bank of Tokyo")
    bool org_after = false;
    for (std::size_t q = k + 1; q < run.size(); ++q) {
      if (lex.org_words.count(toks[run[q]].lower)) org_after = true;
    }
    bool person_like =
        (r >= 0 && k >= 1) ||
        (k >= 2 && (lex.given_names.count(std::string(toks[run[0]].text)) ||
                    (k + 1 < run.size() && toks[run[k + 1]].lower == "the"))) ||
        (k == 1 && k + 1 < run.size() && toks[run[k + 1]].lower == "the" && org_after);
    for (std::size_t q = 0; q < k; ++q) {
      if (lex.org_words.count(toks[run[q]].lower) || is_role(toks[run[q]])) person_like = false;
    }
    if (person_like) {
      run.resize(k);
      cut_person = true;
      any_lower_head = false;
    }
    break;
  }
  if (!run.empty() && any_lower_head && r < 0 && has_possessive(toks[run.back()].text) &&
      !lex.org_words.count(last.lower)) {
    // "Tesco's Polish branch", "WHO's statistics": the possessor speaks
    m.kind = MentionKind::name;
    std::string name;
    for (std::size_t idx : run) {
      if (!name.empty()) name += ' ';
      name += std::string(strip_possessive(toks[idx].text));
    }
    m.name = name;
    m.org = all_caps_acronym(m.name) || lex.org_acronyms.count(m.name);
    return;
  }
  if (!run.empty() && any_lower_head && r < 0 && !has_possessive(toks[run.back()].text) &&
      lex.is("voice_nouns", last.lower) &&
      !lex.nationalities.count(std::string(toks[run.back()].text))) {
    // "the Internal Revenue Service website"
    any_lower_head = false;
  }
  if (run.empty() || (any_lower_head && r < 0)) {
    if (r >= 0) {
      m.kind = MentionKind::description;
      m.head = toks[words[static_cast<std::size_t>(r)]].lower;
      // "an official statement": the role word is an adjective of the head noun after it
      if (static_cast<std::size_t>(r) + 1 < words.size() && !last.cap && !is_role(last) &&
          (lex.org_words.count(last.lower) || lex.groups.count(last.lower))) {
        m.head = last.lower;
        if (lex.groups.count(m.head) && !lex.org_words.count(m.head)) m.kind = MentionKind::group;
      }
      return;
    }
    m.kind = MentionKind::description;
    m.head = last.lower;
    if (lex.groups.count(m.head) && !lex.org_words.count(m.head)) m.kind = MentionKind::group;
    return;
  }
  (void)cut_person;
  while (!run.empty() && (is_connector(toks[run.back()]) || toks[run.back()].lower == "the")) {
    run.pop_back();
  }
  if (run.empty()) {
    m.kind = MentionKind::description;
    m.head = last.lower;
    return;
  }
  // "The Jakarta Post" keeps its article; "the Ministry of Commerce" does not.
  std::string name;
  bool keep_the = r < 0 && had_the && lex.publications.count(toks[run.back()].lower);
  if (keep_the) name = "The";
  for (std::size_t k = 0; k < run.size(); ++k) {
    std::string_view w = toks[run[k]].text;
    if (k + 1 == run.size()) w = strip_possessive(w);
    if (!name.empty()) name += ' ';
    name += std::string(w);
  }
  if (run.size() == 1 && r < 0 && !keep_the && lex.org_words.count(toks[run[0]].lower) &&
      !all_caps_acronym(toks[run[0]].text) &&
      !lex.org_acronyms.count(std::string(toks[run[0]].text))) {
    // "The Bank said", "The Ministry said": a description written with a capital
    m.kind = MentionKind::description;
    m.head = toks[run[0]].lower;
    return;
  }
  m.kind = MentionKind::name;
  m.name = std::move(name);
  m.titled = r >= 0;
  for (std::size_t idx : run) {
    const Token& t = toks[idx];
    if (lex.org_words.count(t.lower) || lex.org_acronyms.count(std::string(t.text)) ||
        all_caps_acronym(t.text)) {
      m.org = true;
    }
  }
  m.name_end = run.back() + 1;
  if (!acronym.empty() && acronym_after == run.back() && all_caps_acronym(acronym)) {
    m.acronym = acronym;
    m.org = m.org || !m.titled;
    // "United Nations Educational, Scientific and Cultural Organization (UNESCO)": a name cut
    // short by its commas is known by its acronym
    std::size_t caps = 0;
    for (std::size_t idx : run) caps += toks[idx].cap ? 1 : 0;
    if (acronym.size() > caps + 1 && all_caps_acronym(acronym)) m.name = acronym;
    // "National Congress of the Communist Party of China (CPC)": the acronym names the words
    // whose initials it spells
    for (std::size_t s = 1; s < run.size(); ++s) {
      std::string initials;
      for (std::size_t q = s; q < run.size(); ++q) {
        if (toks[run[q]].cap) initials += toks[run[q]].text[0];
      }
      if (toks[run[s]].cap && initials == acronym) {
        std::string name;
        for (std::size_t q = s; q < run.size(); ++q) {
          if (!name.empty()) name += ' ';
          name += std::string(q + 1 == run.size() ? strip_possessive(toks[run[q]].text)
                                                  : toks[run[q]].text);
        }
        m.name = name;
        break;
      }
    }
  }
}

// Splits "Miller and Smith", "The Investigative Committee and the Federal Security Service".
void split_conjunction(std::string_view para, const std::vector<Token>& toks, Mention& m) {
  for (std::size_t i = m.first + 1; i + 1 < m.last; ++i) {
    if (toks[i].lower != "and" || toks[i].cap) continue;
    const Token& right = toks[i + 1];
    bool right_det = right.lower == "the";
    bool singles = i - m.first == 1 && m.last - i - 1 == 1 && is_name_word(toks[m.first]) &&
                   is_name_word(right) && toks[m.first].text.size() > 1 && right.text.size() > 1;
    // "Vice Premier Ding Xuexiang and Foreign Minister Wang Yi": titled names on both sides
    bool right_titled = false;
    for (std::size_t q = i + 1; q + 1 < m.last; ++q) {
      if (is_role(toks[q]) && is_name_word(toks[q + 1]) && !is_role(toks[q + 1])) {
        right_titled = true;
      }
    }
    bool both_long = i - m.first >= 2 && m.last - i - 1 >= 2 && !right_det &&
                     is_name_word(toks[i - 1]) && is_name_word(right) &&
                     (!is_role(toks[m.first]) || (right_titled && !is_role(toks[i - 1])));
    // "BMW and EVE Energy", "Tesco and Salling Group": the part before "and" is a whole name
    const Token& before_and = toks[i - 1];
    bool left_complete = is_name_word(before_and) && is_name_word(right) &&
                         ((i - m.first == 1 && all_caps_acronym(before_and.text)) ||
                          lexicon().org_words.count(before_and.lower) ||
                          lexicon().places.count(std::string(before_and.text)));
    if (!right_det && !singles && !both_long && !left_complete) continue;
    Mention a, b;
    a.first = m.first;
    a.last = i;
    b.first = i + 1;
    b.last = m.last;
    analyse(para, toks, a);
    analyse(para, toks, b);
    if (a.kind != MentionKind::name || b.kind != MentionKind::name) continue;
    if (both_long && (a.org != b.org)) continue;
    m.parts.push_back(std::move(a));
    m.parts.push_back(std::move(b));
    return;
  }
}

}  // namespace

bool is_stop_cap(std::string_view lower) {
  return stop_caps().count(lower) > 0;
}

bool is_pronoun(std::string_view lower) {
  static thread_local WordClassCache words;
  return words.get("pronouns").count(lower) > 0;
}

bool is_name_word(const Token& t) {
  if (t.type != TokenType::word) return false;
  if (!t.cap) return false;
  if (t.surname) return true;
  if (t.text.size() >= 2 && all_caps_acronym(t.text) && t.lower != "i") return true;  // US, WHO
  // "Noting ...", "Saying ..." opening a sentence: a cue, no name
  if (t.lower.size() > 4 && t.lower.compare(t.lower.size() - 3, 3, "ing") == 0 &&
      lexicon().cues.count(t.lower)) {
    return false;
  }
  return !is_stop_cap(t.lower);
}

Mention parse_left(std::string_view para, const std::vector<Token>& toks, long k, std::size_t lo) {
  Mention m;
  if (k < static_cast<long>(lo) || k >= static_cast<long>(toks.size())) return m;
  const auto kk = static_cast<std::size_t>(k);
  const Token& t0 = toks[kk];
  if (is_word(t0) && is_pronoun(t0.lower) && !t0.surname) {
    m.first = kk;
    m.last = kk + 1;
    analyse(para, toks, m);
    return m;
  }
  long first = k + 1;
  bool accepted = false;
  bool head_lower = false;  // phrase ends in a lowercase noun ("the army")
  long i = k;
  while (i >= static_cast<long>(lo)) {
    const Token& t = toks[static_cast<std::size_t>(i)];
    if (t.type == TokenType::quote) break;
    if (t.type == TokenType::punct) {
      if (t.text == ")" && !accepted) {
        long j = i - 1;
        // "(CPC)", "(NASDAQ: ACME)"
        while (j >= static_cast<long>(lo) && j > i - 8 &&
               (is_word(toks[static_cast<std::size_t>(j)]) ||
                is_punct(toks[static_cast<std::size_t>(j)], ":")))
          --j;
        if (j >= static_cast<long>(lo) && j < i - 1 &&
            is_punct(toks[static_cast<std::size_t>(j)], "(") && j - 1 >= static_cast<long>(lo) &&
            is_name_word(toks[static_cast<std::size_t>(j - 1)])) {
          first = j;
          i = j - 1;
          continue;
        }
      }
      break;
    }
    const bool is_first = !accepted;
    if (is_first && is_group(t) && !is_role(t) && (!t.cap || i == static_cast<long>(lo))) {
      // "officials", "Experts" (starting a sentence), "local media"
      first = i;
      accepted = true;
      head_lower = true;
      --i;
      // one or two lowercase qualifiers: "state media", "unnamed industry experts"
      int extra = 0;
      while (i >= static_cast<long>(lo) && extra < 2) {
        const Token& q = toks[static_cast<std::size_t>(i)];
        if (!is_word(q) || q.cap || is_pronoun(q.lower) || lexicon().cues.count(q.lower) ||
            is_stop_cap(q.lower))
          break;
        first = i;
        --i;
        ++extra;
      }
      // "one trader", "a source", "some analysts": the determiner belongs to the phrase
      if (i >= static_cast<long>(lo)) {
        if (lexicon().is("group_determiners", toks[static_cast<std::size_t>(i)].lower)) first = i;
      }
      break;
    }
    if (is_name_word(t) || (!t.cap && is_role(t))) {
      first = i;
      accepted = true;
      --i;
      continue;
    }
    if (is_first && is_head_noun(t)) {
      first = i;
      accepted = true;
      head_lower = true;
      --i;
      continue;
    }
    if (accepted && is_modifier(t)) {
      first = i;
      --i;
      continue;
    }
    if (accepted && !t.cap && !head_lower && is_role(toks[static_cast<std::size_t>(i + 1)]) &&
        !is_stop_cap(t.lower) && !lexicon().cues.count(t.lower) &&
        !lexicon().adverbs.count(t.lower)) {
      // "criminology professor David Wilson", "tour manager Thomas Gray": a noun before the
      // role, when a name, a determiner or the clause start comes before it
      long j = i - 1;
      if (j >= static_cast<long>(lo) && !toks[static_cast<std::size_t>(j)].cap &&
          !is_stop_cap(toks[static_cast<std::size_t>(j)].lower) &&
          is_word(toks[static_cast<std::size_t>(j)])) {
        --j;  // two words: "public health expert"
      }
      bool edge = j < static_cast<long>(lo) || !is_word(toks[static_cast<std::size_t>(j)]) ||
                  is_name_word(toks[static_cast<std::size_t>(j)]) ||
                  is_determiner(toks[static_cast<std::size_t>(j)]);
      if (edge) {
        first = j + 1;
        i = j;
        continue;
      }
    }
    if (accepted && is_connector(t) && i - 1 >= static_cast<long>(lo) &&
        (is_name_word(toks[static_cast<std::size_t>(i - 1)]) ||
         (t.lower == "of" && is_role(toks[static_cast<std::size_t>(i - 1)]))) &&
        !head_lower) {
      first = i;
      --i;
      continue;
    }
    if (accepted && is_word(t) && t.text[0] >= '0' && t.text[0] <= '9' &&
        is_name_word(toks[static_cast<std::size_t>(i + 1)])) {
      first = i;  // "1st Fleet Command"
      --i;
      continue;
    }
    if (accepted && is_determiner(t) && i - 2 >= static_cast<long>(lo) &&
        (toks[static_cast<std::size_t>(i - 1)].lower == "of" ||
         toks[static_cast<std::size_t>(i - 1)].lower == "to") &&
        (is_name_word(toks[static_cast<std::size_t>(i - 2)]) ||
         is_role(toks[static_cast<std::size_t>(i - 2)]))) {
      first = i - 1;  // "Mike Ryan of the World Health Organization"
      i -= 2;
      continue;
    }
    if (accepted && lexicon().is("indefinite_articles", t.lower)) {
      first = i;  // "a spokesman", "an official", "A spokesman" opening a sentence
      break;
    }
    if (accepted && (is_determiner(t) || possessive_determiners().count(t.lower))) {
      first = i;
      --i;
      // "The Investigative Committee and the Federal Security Service"
      if (i - 1 >= static_cast<long>(lo) && toks[static_cast<std::size_t>(i)].lower == "and" &&
          is_name_word(toks[static_cast<std::size_t>(i - 1)])) {
        first = i;
        --i;
        continue;
      }
      break;
    }
    if (accepted && head_lower && !t.cap && i - 1 >= static_cast<long>(lo) && k - i < 3 &&
        (is_determiner(toks[static_cast<std::size_t>(i - 1)]) ||
         has_possessive(toks[static_cast<std::size_t>(i - 1)].text))) {
      // "the industry publication", "Day's animal foundation"
      first = i;
      --i;
      continue;
    }
    break;
  }
  if (!accepted) return m;
  // drop a leading connector
  while (first <= k && is_connector(toks[static_cast<std::size_t>(first)])) ++first;
  if (first > k) return m;
  m.first = static_cast<std::size_t>(first);
  m.last = kk + 1;
  analyse(para, toks, m);
  if (m.kind == MentionKind::description && !is_determiner(toks[m.first]) &&
      !is_name_word(toks[m.first]) && !has_possessive(toks[m.first].text) &&
      !possessive_determiners().count(toks[m.first].lower) && m.last - m.first == 1 &&
      is_role(toks[m.first])) {
    // "member states": a bare lowercase role is not a mention
    m.kind = MentionKind::none;
    return m;
  }
  if (m.kind == MentionKind::description && head_lower && !is_determiner(toks[m.first]) &&
      !m.indefinite && !has_possessive(toks[m.first].text) &&
      !possessive_determiners().count(toks[m.first].lower) && !is_name_word(toks[m.first])) {
    // A bare lowercase noun ("foundation said") is not a mention.
    m.kind = MentionKind::none;
    return m;
  }
  if (m.kind == MentionKind::name) split_conjunction(para, toks, m);
  return m;
}

Mention parse_right(std::string_view para, const std::vector<Token>& toks, std::size_t k,
                    std::size_t hi) {
  Mention m;
  if (k >= hi || k >= toks.size()) return m;
  const Token& t0 = toks[k];
  if (!is_word(t0)) return m;
  if (is_pronoun(t0.lower) && !t0.surname) {
    m.first = k;
    m.last = k + 1;
    analyse(para, toks, m);
    return m;
  }
  std::size_t i = k;
  std::size_t last = k;
  bool accepted = false;
  if (possessive_determiners().count(t0.lower) && !t0.cap) {
    // "its press release", "their statement": up to three lowercase words
    std::size_t j = k + 1;
    while (j < hi && j < k + 4 && is_word(toks[j]) && !toks[j].cap && !is_stop_cap(toks[j].lower) &&
           !lexicon().cues.count(toks[j].lower))
      ++j;
    if (j > k + 1) {
      m.first = k;
      m.last = j;
      analyse(para, toks, m);
      return m;
    }
  }
  if (is_determiner(t0) || possessive_determiners().count(t0.lower) ||
      (!t0.cap && lexicon().is("indefinite_articles", t0.lower))) {
    ++i;
    // "the ruling Democratic Rally": an adjective between the article and the name
    if (i + 1 < hi && is_word(toks[i]) && !toks[i].cap && !is_role(toks[i]) &&
        !is_head_noun(toks[i]) && !is_modifier(toks[i]) && is_name_word(toks[i + 1]) &&
        !lexicon().cues.count(toks[i].lower)) {
      ++i;
    }
  }
  int lower_run = 0;
  while (i < hi) {
    const Token& t = toks[i];
    if (t.type == TokenType::punct) {
      if (t.text == "(" && accepted) {
        std::size_t j = i + 1;
        while (j < hi && j < i + 8 && (is_word(toks[j]) || is_punct(toks[j], ":"))) ++j;
        if (j < hi && j > i + 1 && is_punct(toks[j], ")")) {
          i = j + 1;
          last = i;
          continue;
        }
      }
      if (t.text == "&" && accepted && i + 1 < hi && is_name_word(toks[i + 1])) {
        ++i;
        continue;
      }
      break;
    }
    if (t.type != TokenType::word) break;
    if (is_name_word(t) || is_role(t)) {
      accepted = true;
      ++i;
      last = i;
      lower_run = 0;
      continue;
    }
    if (is_modifier(t) && i + 1 < hi &&
        (is_role(toks[i + 1]) || is_modifier(toks[i + 1]) || is_name_word(toks[i + 1]))) {
      ++i;
      continue;
    }
    if ((is_group(t) || is_head_noun(t)) && !accepted) {
      accepted = true;
      ++i;
      // "state media", "industry sources": a compound of two such nouns
      if (i < hi && is_word(toks[i]) && !toks[i].cap &&
          (is_group(toks[i]) || is_head_noun(toks[i])))
        ++i;
      last = i;
      break;
    }
    if (accepted && !t.cap && i > k && has_possessive(toks[i - 1].text) && last == i) {
      // "WHO's statistics", "Tesco's Polish branch"
      ++i;
      last = i;
      break;
    }
    if (accepted && lexicon().is("role_prepositions", t.lower) && i > k && is_role(toks[i - 1]) &&
        i + 2 < hi &&
        (is_name_word(toks[i + 1]) || (is_determiner(toks[i + 1]) && is_name_word(toks[i + 2])))) {
      ++i;  // "Ambassador to the United Nations Nikki Haley"
      if (is_determiner(toks[i])) ++i;
      continue;
    }
    if (accepted && is_connector(t) && i + 1 < hi &&
        (is_name_word(toks[i + 1]) ||
         (is_determiner(toks[i + 1]) && i + 2 < hi && is_name_word(toks[i + 2])))) {
      ++i;
      if (is_determiner(toks[i])) ++i;
      continue;
    }
    if (!accepted && !t.cap && lower_run < 2 && i + 1 < hi &&
        (is_role(toks[i + 1]) || is_head_noun(toks[i + 1]) || is_modifier(toks[i + 1]) ||
         (!toks[i + 1].cap && is_word(toks[i + 1]) && i + 2 < hi &&
          (is_role(toks[i + 2]) || is_head_noun(toks[i + 2]))))) {
      // "the emergencies ministry", "local media", "study co-author"
      ++lower_run;
      ++i;
      continue;
    }
    break;
  }
  if (!accepted) return m;
  m.first = k;
  m.last = last;
  analyse(para, toks, m);
  if (m.kind == MentionKind::name) split_conjunction(para, toks, m);
  return m;
}

}  // namespace verbatim::extract
