#include "indexer/extract/mentions.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "indexer/extract/lexicon.h"
#include "indexer/extract/mention_words.h"
#include "text/dates.h"

namespace verbatim::extract {
namespace mention_detail {
namespace {

// The words of a mention being analysed, and what the steps of analyse() found in them.
struct MentionParse {
  MentionParse(const std::vector<Token>& tokens, Mention& mention)
      : toks(tokens), lex(lexicon()), m(mention) {}
  const std::vector<Token>& toks;
  const Lexicon& lex;
  Mention& m;
  std::vector<std::size_t> words;  // token indexes, parentheticals removed
  std::string acronym;             // "(CPC)" -> "CPC"
  std::size_t acronym_after = 0;   // token the parenthetical follows
  long r = -1;                     // index in `words` of the last role word, -1 for none
  std::size_t from = 0;            // index in `words` where the name may start
  bool had_the = false;            // a determiner before `from`
  std::vector<std::size_t> run;    // token indexes of the name
  bool any_lower_head = false;     // the run ends at a lowercase word: a description
  bool medium = false;             // a medium's description precedes the name ("the daily")

  const Token& word(std::size_t k) const { return toks[words[k]]; }
  const Token& last() const { return toks[words.back()]; }
  bool org_word(const Token& t) const { return lex.org_words.count(t.lower) > 0; }
  bool given_name(const Token& t) const { return lex.given_names.count(std::string(t.text)) > 0; }
  // "III" of "Malachi Mixon III", "Jr." (words/name_suffixes.txt): no acronym
  bool name_suffix(const Token& t) const { return lex.words("name_suffixes").count(t.lower) > 0; }
  bool has_role() const { return r >= 0; }
  void decide(MentionKind kind, std::string head) {
    m.kind = kind;
    m.head = std::move(head);
  }
};

// Words of the mention; a one-word parenthetical after a word is its acronym: "(CPC)", not
// "(NASDAQ: X)".
void collect_words(MentionParse& p) {
  const Mention& m = p.m;
  for (std::size_t i = m.first; i < m.last; ++i) {
    if (is_punct(p.toks[i], "(")) {
      std::size_t j = i + 1;
      std::string acro;
      while (j < m.last && !is_punct(p.toks[j], ")")) {
        if (is_word(p.toks[j])) acro += std::string(p.toks[j].text);
        ++j;
      }
      if (p.acronym.empty() && i > m.first && j == i + 2) {
        p.acronym = acro;
        p.acronym_after = i - 1;
      }
      i = j;
      continue;
    }
    if (is_word(p.toks[i])) p.words.push_back(i);
  }
}

// "Montreal-based", "State-owned", "Fourteen-year-old": a capitalised compound ending in a
// participle that says where, whose or how old a name is (words/base_compound_ends.txt); not
// a given name's syllables ("Kim Mahn-je")
bool base_compound(std::string_view w) {
  const auto dash = w.rfind('-');
  return dash != std::string_view::npos && dash > 0 && w[0] >= 'A' && w[0] <= 'Z' &&
         lexicon().is("base_compound_ends", w.substr(dash + 1));
}

// "a Bank of Spain spokesman" -> "Bank of Spain": the name before the role, from word `from`;
// connectors inside the name too; not a title ("One MP"), a nationality or an adjective ("one
// Western envoy"), nor a one-word owner of a lowercase institution ("a Reagan administration
// official": nobody named; "a Post and Telecommunications ministry official" is the ministry's).
std::string read_owner(const MentionParse& p, std::size_t from) {
  std::string owner;
  std::size_t k = from;
  for (; k < p.words.size(); ++k) {
    const Token& t = p.word(k);
    if (base_compound(t.text)) {  // "a Washington-based Atlantic Council spokesman"
      owner.clear();
      continue;
    }
    const bool inner_connector = !owner.empty() && is_connector(t) && k + 1 < p.words.size() &&
                                 is_name_word(p.word(k + 1)) && !is_role(p.word(k + 1));
    if (!inner_connector &&
        (!is_name_word(t) ||
         (is_role(t) && (k + 1 >= p.words.size() || !is_name_word(p.word(k + 1)))) ||
         p.lex.nationalities.count(std::string(t.text)) ||
         (owner.empty() && p.lex.is("source_adjectives", t.lower) &&
          (k + 1 >= p.words.size() || !p.word(k + 1).cap))))
      break;
    if (!owner.empty()) owner += ' ';
    owner += std::string(strip_possessive(t.text));
  }
  const bool owner_institution = owner.find(' ') == std::string::npos && k + 1 < p.words.size() &&
                                 !p.word(k).cap &&
                                 (p.org_word(p.word(k)) || p.lex.is("bare_nouns", p.word(k).lower));
  return owner_institution ? std::string() : owner;
}

// "a spokesman", "an official": drops the article; "a Chrysler spokesman": the organisation
// before the role is the owner; so is it in "the SEC spokesman" and "Fiat spokesman" (a voice
// noun, words/voice_nouns, ending the phrase). False when no word is left.
bool read_indefinite(MentionParse& p) {
  const std::string& last = p.word(p.words.size() - 1).lower;
  const bool the = p.word(0).lower == "the";
  if (p.words.size() >= (the ? 3u : 2u) && (the || is_name_word(p.word(0))) &&
      is_role(p.word(p.words.size() - 1)) && mention_words().voice_nouns.count(last))
    p.m.owner = read_owner(p, the ? 1 : 0);
  if (!mention_words().indefinite_articles.count(p.word(0).lower)) return true;
  p.m.indefinite = true;
  p.words.erase(p.words.begin());
  if (p.words.empty()) return false;
  p.m.owner = read_owner(p, 0);
  return true;
}

// Whether the capitalised words after word k run to a legal form or an organisation word
// ("General Electric Co", "Prime Computer Inc", "Economist Intelligence Unit"): a name; not a
// person's ("Lawyer David Steel") nor a possessor's ("President Reagan's Council").
bool firm_name_after(const MentionParse& p, std::size_t k) {
  if (k + 1 < p.words.size() && p.given_name(p.word(k + 1))) return false;
  for (std::size_t q = k + 1;
       q < p.words.size() && p.word(q).cap && !has_possessive(p.word(q).text); ++q)
    if (q > k + 1 && (p.lex.is_legal_form(p.word(q).lower) || p.org_word(p.word(q)) ||
                      mention_words().unit_nouns.count(p.word(q).lower)))
      return true;
  return false;
}

// The nationality written right before word k ("Chinese", "U.S."), lowercase without dots
// ("chinese", "us"); "" when none.
std::string nationality_before(const MentionParse& p, std::size_t k) {
  if (k == 0 || !p.word(k - 1).cap) return {};
  const std::string text(p.word(k - 1).text);
  return p.lex.nationalities.count(text) ? ascii_lower(without_dots(text)) : std::string();
}

// The role words of the mention ("deputy governor", "former minister"); the name is the
// capitalised run after the last.
void read_roles(MentionParse& p) {
  for (std::size_t k = 0; k < p.words.size(); ++k) {
    const Token& t = p.word(k);
    // "General Administration of Customs", "General Assembly", "General Electric Co": a title
    // word naming an organisation
    const bool names_org = t.cap && k + 1 < p.words.size() && p.word(k + 1).cap &&
                           (p.org_word(p.word(k + 1)) || firm_name_after(p, k));
    // "John Major": a capitalised role word after a given name is a surname
    const bool surname = t.cap && k > 0 && p.given_name(p.word(k - 1));
    if (!is_role(t) || names_org || surname) continue;
    // "Deputy Governor" is not "the governor"
    std::string role = t.lower;
    if (k > 0 && mention_words().role_prefixes.count(p.word(k - 1).lower)) {
      role = p.word(k - 1).lower + " " + role;
    }
    if (role.rfind("ex-", 0) == 0) role = "former " + role.substr(3);
    p.m.roles.push_back(role);
    // "Chinese President Xi Jinping", "the Chinese president": the role of a nation too, so
    // that "the Chinese president" is not the Kenyan one (role_description)
    if (const std::string nation = nationality_before(p, k); !nation.empty())
      p.m.roles.push_back(nation + " " + t.lower);
    p.r = static_cast<long>(k);
  }
}

// "U.S. Officials", "Senior Japanese Officials": the words before a capitalised group noun are
// places, nationalities or a country's initials, with maybe modifiers and articles, so it names
// nobody, as "U.S. officials" does not.
bool only_setting_before_group(const MentionParse& p) {
  const Lexicon& lex = p.lex;
  bool place = false;  // "National Data" is a firm's name: a modifier alone is not enough
  for (std::size_t k = 0; k + 1 < p.words.size(); ++k) {
    const Token& t = p.word(k);
    const std::string text(t.text);
    const bool of_place =
        lex.places.count(text) || lex.nationalities.count(text) || lex.is_country_initialism(text);
    if (!of_place && !lex.modifiers.count(t.lower) && !lex.is("articles", t.lower)) return false;
    place = place || of_place;
  }
  return place;
}

// Mentions that name nobody: "its press release" (the owner speaks), "officials", "local
// media", "U.S. Officials", "Officials of the Commodity Futures Trading Commission". True when
// decided.
bool decide_unnamed(MentionParse& p) {
  if (p.has_role()) return false;
  const Token& first = p.word(0);
  const Token& last = p.last();
  if (possessive_determiners().count(first.lower) && !first.cap) {
    p.decide(MentionKind::description, last.lower);
    p.m.possessor = first.lower;
    return true;
  }
  if (is_group(last) && (!last.cap || p.words.size() == 1 || only_setting_before_group(p))) {
    p.decide(MentionKind::group, last.lower);
    return true;
  }
  if (p.words.size() > 2 && is_group(first) && p.word(1).lower == "of") {
    p.decide(MentionKind::group, first.lower);
    return true;
  }
  return false;
}

// "Officials said", "Experts say": a group even with a role word
bool decide_lone_group(MentionParse& p) {
  if (!is_group(p.last()) || p.words.size() != 1) return false;
  p.decide(MentionKind::group, p.last().lower);
  return true;
}

// "Chinese Foreign Ministry spokesperson Mao Ning": the organisation before the role
void read_affiliation(MentionParse& p) {
  if (!p.has_role()) return;
  std::size_t first_role = 0;
  while (first_role < p.words.size() && !is_role(p.word(first_role))) ++first_role;
  std::string affiliation;
  bool has_org = false;
  for (std::size_t q = 0; q < first_role; ++q) {
    const Token& t = p.word(q);
    if (!is_name_word(t) && !(is_connector(t) && !affiliation.empty())) {
      affiliation.clear();
      has_org = false;
      continue;
    }
    if (!affiliation.empty()) affiliation += ' ';
    affiliation += std::string(strip_possessive(t.text));
    if (p.org_word(t)) has_org = true;
  }
  if (has_org) p.m.affiliation = affiliation;
}

// Where the name may start: after the last role and a leading determiner, and past an
// adjective after it ("the ruling Democratic Rally").
void find_name_start(MentionParse& p) {
  p.from = p.has_role() ? static_cast<std::size_t>(p.r) + 1 : 0;
  while (p.from < p.words.size() && is_determiner(p.word(p.from))) {
    ++p.from;
    p.had_the = true;
  }
  if (p.had_the && p.from + 1 < p.words.size() && !p.word(p.from).cap && !is_role(p.word(p.from)) &&
      !is_modifier(p.word(p.from)) && is_name_word(p.word(p.from + 1))) {
    ++p.from;
  }
}

// "the official news agency Tanjug", "the Communist Party daily Pravda": the name starts after
// a medium's description (words/medium_descriptions.txt) followed by nothing but name words; a
// role word inside the description ("official") describes the medium, no person; the medium
// noun is the mention's role
void skip_medium_description(MentionParse& p) {
  for (std::size_t k = p.words.size() - 1; k-- > 0;) {
    const Token& t = p.word(k);
    if (t.cap || !p.lex.is("medium_descriptions", t.lower)) continue;
    if (p.r >= static_cast<long>(k)) return;
    for (std::size_t q = k + 1; q < p.words.size(); ++q) {
      if (!is_name_word(p.word(q)) && !is_connector(p.word(q))) return;
    }
    p.r = -1;
    p.m.roles = {t.lower};  // how the item describes the medium
    p.m.affiliation.clear();
    p.from = k + 1;
    p.medium = true;
    return;
  }
}

// Whether word `t` of `words` opens the name after a role's "of/to" phrase: places,
// nationalities, and department words when three or more words are left.
bool opens_trailing_name(const MentionParse& p, std::size_t t) {
  const Token& w = p.word(t);
  return p.lex.places.count(std::string(w.text)) ||
         p.lex.nationalities.count(std::string(w.text)) ||
         (p.words.size() - t > 2 && (p.lex.modifiers.count(w.lower) || p.org_word(w)));
}

// "Ambassador to the United Nations Nikki Haley": after a role and its "of/to" phrase, the
// name is the trailing capitalised words.
void skip_role_phrase(MentionParse& p) {
  const std::size_t n_words = p.words.size();
  if (!p.has_role() || p.from >= n_words ||
      !mention_words().role_prepositions.count(p.word(p.from).lower))
    return;
  std::size_t t = n_words;
  while (t > p.from && is_name_word(p.word(t - 1))) --t;
  // "Mayor of London Sadiq Khan", "Secretary of State John Whitehead"
  const std::size_t run_start = t;
  while (t < n_words && opens_trailing_name(p, t)) ++t;
  const bool office_words = t > run_start;  // "Economic" of "Economic Affairs Allen Wallis"
  // "Minister of Mines and Energy Subroto": the portfolio is no part of the name
  const WordSet& portfolios = p.lex.words("portfolio_words");
  const std::size_t before_portfolio = t;
  while (t + 1 < n_words && portfolios.count(p.word(t).lower)) ++t;
  const bool single_name = t > before_portfolio && t + 1 == n_words;  // "... Energy Subroto"
  const std::size_t n = n_words - t;
  bool org_tail = false;
  for (std::size_t q = t; q < n_words; ++q) {
    if (p.org_word(p.word(q)) || has_possessive(p.word(q).text)) org_tail = true;
  }
  // "Chief of Staff Howard Baker", "of Management and Budget James Miller": a given name of the
  // gazetteer after the office's words opens the name, when no organisation word follows it
  for (std::size_t q = t + 1; q + 1 < n_words; ++q) {
    if (!p.lex.given_names.count(std::string(p.word(q).text))) continue;
    bool org_after = false;
    for (std::size_t k = q; k < n_words; ++k) org_after = org_after || p.org_word(p.word(k));
    if (org_after) break;
    p.from = q;
    return;
  }
  // "for Economic Affairs Allen Wallis": the organisation words end before a name of two
  if (org_tail && n >= 3) {
    bool name_of_two = true;
    for (std::size_t k = n_words - 2; k < n_words; ++k)
      name_of_two = name_of_two && !p.org_word(p.word(k)) && !has_possessive(p.word(k).text);
    if (name_of_two) {
      p.from = n_words - 2;
      return;
    }
  }
  if ((n < 2 && !single_name) || org_tail) return;
  // "Secretary of State George Shultz", "of the Exchequer Nigel Lawson": a department word
  // opens a run of three; so does one after office words ("Foreign Affairs Wang Yi")
  if (n == 3 && (p.lex.modifiers.count(p.word(t).lower) || p.org_word(p.word(t)) ||
                 is_determiner(p.word(t - 1)) || office_words)) {
    t = n_words - 2;
  }
  if (n > 3) t = n_words - 2;
  p.from = t;
}

// The capitalised run from `from` (with inner connectors and articles); a lowercase word
// ending it makes the mention a description.
void collect_run(MentionParse& p) {
  for (std::size_t k = p.from; k < p.words.size(); ++k) {
    const Token& t = p.word(k);
    // "the bid by Dainippon Ink and Chemicals Inc for Sun Chemical": "for" after a legal form
    // ends a firm's name ("Ford Motor Co of Canada Ltd", "Nissan Mexicana SA de CV" go on;
    // "Chrysler Corp and Renault" is split as two)
    if (t.lower == "for" && !p.run.empty() && p.lex.is_legal_form(p.toks[p.run.back()].lower))
      break;
    if (is_name_word(t) || (t.lower == "the" && !p.run.empty()) ||
        (is_connector(t) && !p.run.empty() && k + 1 < p.words.size() &&
         (p.word(k + 1).cap || p.word(k + 1).lower == "the")) ||
        (!p.run.empty() && k + 1 < p.words.size() && is_office_in(p.toks, p.words[k])) ||
        (!p.run.empty() && is_article_in_name(p.toks, p.words[k]))) {
      p.run.push_back(p.words[k]);
      continue;
    }
    if (!t.cap) p.any_lower_head = true;
    break;
  }
}

bool org_word_in(const MentionParse& p, std::size_t from, std::size_t to) {
  for (std::size_t q = from; q < to; ++q) {
    if (p.org_word(p.toks[p.run[q]])) return true;
  }
  return false;
}

// "Tesco's Polish branch", "Doris Day's Best Friends": a possessive inside the run ends the
// name unless an organisation name follows ("CU Boulder's Cooperative Institute")
void cut_run_at_possessive(MentionParse& p) {
  auto& run = p.run;
  for (std::size_t k = 0; k + 1 < run.size(); ++k) {
    if (!has_possessive(p.toks[run[k]].text)) continue;
    if (p.lex.is("legal_forms", ascii_lower(strip_possessive(p.toks[run[k]].text))) &&
        p.toks[run[k + 1]].cap) {
      // "CSX Corp's Sea-Land Corp": a firm's whole name owning another, its unit, which speaks
      std::string owner;
      for (std::size_t q = 0; q <= k; ++q)
        owner += (owner.empty() ? "" : " ") + std::string(strip_possessive(p.toks[run[q]].text));
      if (p.m.affiliation.empty()) p.m.affiliation = owner;
      run.erase(run.begin(), run.begin() + static_cast<long>(k) + 1);
      break;
    }
    if (!p.any_lower_head && run.size() - k - 1 <= 3 && p.given_name(p.toks[run[k + 1]])) {
      // "the NAR's John Tuccillo": the person after the possessor
      run.erase(run.begin(), run.begin() + static_cast<long>(k) + 1);
      break;
    }
    if (!org_word_in(p, k + 1, run.size()) && !p.medium) {  // "the trade paper Ward's ..."
      run.resize(k + 1);
      p.any_lower_head = true;
    }
    break;
  }
}

// "China's Ministry of Commerce": a place owning an organisation is no part of its name
void drop_place_possessor(MentionParse& p) {
  auto& run = p.run;
  if (run.size() >= 2 && has_possessive(p.toks[run[0]].text) &&
      p.lex.places.count(std::string(strip_possessive(p.toks[run[0]].text))) &&
      org_word_in(p, 1, run.size())) {
    run.erase(run.begin());
  }
}

// "Montreal-based Alcan", "Boston-based FMR Corp": where a firm is based is no part of its
// name; the words up to a capitalised compound with a lowercase end ("-based") go, all of
// them in "a Los Angeles-based entertainment attorney"
void drop_base_modifier(MentionParse& p) {
  auto& run = p.run;
  std::size_t cut = 0;
  for (std::size_t q = 0; q < run.size(); ++q)
    if (base_compound(p.toks[run[q]].text)) cut = q + 1;
  if (cut > 0) run.erase(run.begin(), run.begin() + static_cast<long>(cut));
}

// "Tonight's American Petroleum Institute report", "Monday's Foreign Ministry statement": a day
// owning an organisation is no part of its name (words/time_possessors.txt, months, weekdays)
void drop_time_possessor(MentionParse& p) {
  auto& run = p.run;
  if (run.size() < 2 || !has_possessive(p.toks[run[0]].text)) return;
  const std::string day = ascii_lower(strip_possessive(p.toks[run[0]].text));
  if (p.lex.is("time_possessors", day) || text::is_calendar_word(day)) run.erase(run.begin());
}

// "Securities and Exchange Commission John Shad": a person's name after an organisation's,
// starting at a given name after the organisation's last word
void keep_person_after_org(MentionParse& p) {
  auto& run = p.run;
  if (p.has_role() || run.size() < 4) return;
  std::size_t last_org = run.size();
  for (std::size_t q = 0; q < run.size(); ++q) {
    if (p.org_word(p.toks[run[q]])) last_org = q;
  }
  for (std::size_t q = last_org + 1; last_org < run.size() && q + 1 < run.size(); ++q) {
    if (run.size() - q > 3) continue;
    if (p.given_name(p.toks[run[q]])) {
      run.erase(run.begin(), run.begin() + static_cast<long>(q));
      break;
    }
  }
}

// "Suman Haripriya of the Hajo assembly": a person's name before "of" ... or one surname
// before "of the" + an organisation ("Kimura of the Bank of Tokyo")
void cut_person_before_of(MentionParse& p) {
  auto& run = p.run;
  for (std::size_t k = 0; k < run.size(); ++k) {
    if (p.toks[run[k]].lower != "of") continue;
    const bool the_after = k + 1 < run.size() && p.toks[run[k + 1]].lower == "the";
    // "Julius Maldutis of Salomon Brothers Inc": two words before a firm's whole name, not a
    // firm's place ("Gold Fields of South Africa Ltd")
    std::string after;
    for (std::size_t q = k + 1; q + 1 < run.size(); ++q)
      after += (after.empty() ? "" : " ") + std::string(p.toks[run[q]].text);
    const bool firm_after =
        k == 2 && p.lex.is_legal_form(p.toks[run.back()].lower) && !p.lex.places.count(after);
    bool person_like = (p.has_role() && k >= 1) ||
                       (k >= 2 && (p.given_name(p.toks[run[0]]) || the_after || firm_after)) ||
                       (k == 1 && the_after && org_word_in(p, k + 1, run.size()));
    for (std::size_t q = 0; q < k; ++q) {
      if (p.org_word(p.toks[run[q]]) || is_role(p.toks[run[q]])) person_like = false;
    }
    if (person_like) {
      run.resize(k);
      p.any_lower_head = false;
    }
    break;
  }
}

// "Tesco's Polish branch", "WHO's statistics": the possessor speaks. True when decided.
bool decide_possessor_name(MentionParse& p) {
  if (p.run.empty() || !p.any_lower_head || p.has_role() ||
      !has_possessive(p.toks[p.run.back()].text) || p.org_word(p.last()))
    return false;
  p.m.kind = MentionKind::name;
  std::string name;
  for (std::size_t idx : p.run) {
    if (!name.empty()) name += ' ';
    name += std::string(strip_possessive(p.toks[idx].text));
  }
  p.m.name = name;
  p.m.org = all_caps_acronym(p.m.name) || p.lex.org_acronyms.count(p.m.name);
  return true;
}

// "the Internal Revenue Service website": the organisation speaks through the noun after it;
// "the Chrysler Motors division": a part of a firm by its name
void name_before_voice_noun(MentionParse& p) {
  const MentionWords& words = mention_words();
  if (!p.run.empty() && p.any_lower_head && !p.has_role() &&
      !has_possessive(p.toks[p.run.back()].text) &&
      (words.voice_nouns.count(p.last().lower) || words.unit_nouns.count(p.last().lower)) &&
      !p.lex.nationalities.count(std::string(p.toks[p.run.back()].text))) {
    p.any_lower_head = false;
  }
}

// "the Peking Review magazine", "the Mercurio newspaper": a publication by its name, described
// by the noun after it (words/publication_nouns.txt), as "the daily Trud" is by the noun before;
// not a place's or a nation's press ("the Moscow newspaper", "a British weekly")
void name_before_publication_noun(MentionParse& p) {
  if (p.run.empty() || !p.any_lower_head || p.has_role() ||
      has_possessive(p.toks[p.run.back()].text))
    return;
  // "the Tass news agency", "the Kyodo news service": a medium's compound noun after the name
  // (words/publication_noun_modifiers.txt)
  const bool next =
      p.words.back() == p.run.back() + 1 && mention_words().publication_nouns.count(p.last().lower);
  const bool modified = p.words.back() == p.run.back() + 2 &&
                        p.lex.is("publication_noun_modifiers", p.toks[p.run.back() + 1].lower);
  if (!next && !modified) return;
  std::string run;
  for (std::size_t idx : p.run) run += (run.empty() ? "" : " ") + std::string(p.toks[idx].text);
  if (p.lex.places.count(run) || p.lex.nationalities.count(run)) return;
  p.any_lower_head = false;
  p.medium = true;
  p.m.roles = {p.last().lower};  // how the item describes the medium
}

// A group head noun of a description: unnamed people ("the local officials")
void decide_description_of(MentionParse& p, std::string head) {
  const bool group = p.lex.groups.count(head) && !p.lex.org_words.count(head);
  p.decide(group ? MentionKind::group : MentionKind::description, std::move(head));
}

// No name: a description by its role ("the Chinese president") or head noun ("the
// ministry"). True when decided.
bool decide_description(MentionParse& p) {
  if (!p.run.empty() && !(p.any_lower_head && !p.has_role())) return false;
  const Token& last = p.last();
  if (!p.has_role()) {
    decide_description_of(p, last.lower);
    return true;
  }
  p.decide(MentionKind::description, p.word(static_cast<std::size_t>(p.r)).lower);
  // "an official statement": the role word is an adjective of the head noun after it
  if (static_cast<std::size_t>(p.r) + 1 < p.words.size() && !last.cap && !is_role(last) &&
      (p.org_word(last) || p.lex.groups.count(last.lower))) {
    decide_description_of(p, last.lower);
  }
  return true;
}

// "K.K.", "A.G.": capital letters each with a full stop.
bool is_initials(std::string_view w) {
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < w.size(); i += 2)
    if (w[i] < 'A' || w[i] > 'Z' || w[i + 1] != '.') return false;
  return true;
}

// "Volksbank", "Handelsbank": a capitalised compound whose end is an organisation word, with a
// part of three letters or more before it; not a surname ("Swithenbank") or a place ("Burbank").
bool ends_in_org_word(const Lexicon& lex, const Token& t) {
  if (!t.cap || lex.surnames.count(std::string(t.text)) || lex.places.count(std::string(t.text)))
    return false;
  for (std::string_view end : lex.words("org_word_endings"))
    if (t.lower.size() >= end.size() + 3 &&
        t.lower.compare(t.lower.size() - end.size(), end.size(), end) == 0)
      return true;
  return false;
}

// The role before the name is a firm's part in a deal: "lead manager", "co-manager",
// "underwriter" (words/financial_roles.txt, one or two words).
bool financial_role(const MentionParse& p) {
  const auto& roles = p.lex.words("financial_roles");
  const std::size_t r = static_cast<std::size_t>(p.r);
  if (roles.count(p.word(r).lower)) return true;
  return r > 0 && roles.count(p.word(r - 1).lower + " " + p.word(r).lower);
}

// The name as written; "The Jakarta Post" keeps its article, "the Ministry of Commerce" does
// not. "The Bank said": a description written with a capital. True when a name.
bool read_name(MentionParse& p) {
  auto& run = p.run;
  while (!run.empty() && (is_connector(p.toks[run.back()]) || p.toks[run.back()].lower == "the")) {
    run.pop_back();
  }
  if (run.empty()) {
    p.decide(MentionKind::description, p.last().lower);
    return false;
  }
  std::string name;
  const bool keep_the =
      !p.has_role() && p.had_the && p.lex.publications.count(p.toks[run.back()].lower);
  if (keep_the) name = "The";
  for (std::size_t k = 0; k < run.size(); ++k) {
    std::string_view w = p.toks[run[k]].text;
    if (k + 1 == run.size()) w = strip_possessive(w);
    if (!name.empty()) name += ' ';
    name += std::string(w);
  }
  const Token& only = p.toks[run[0]];
  if (run.size() == 1 && !p.has_role() && !keep_the && p.org_word(only) &&
      !all_caps_acronym(only.text) && !p.lex.org_acronyms.count(std::string(only.text))) {
    p.decide(MentionKind::description, only.lower);
    return false;
  }
  Mention& m = p.m;
  m.kind = MentionKind::name;
  m.name = std::move(name);
  m.titled = p.has_role();
  const bool given_first = run.size() >= 2 && p.given_name(p.toks[run[0]]);
  for (std::size_t k = 0; k < run.size(); ++k) {
    const Token& t = p.toks[run[k]];
    if (k > 0 && k + 1 == run.size() && p.name_suffix(t)) continue;  // "Malachi Mixon III"
    // "William K.K. Wong": a firm's suffix between a given name and a surname is initials
    if (given_first && k > 0 && k + 1 < run.size() && is_initials(t.text) &&
        p.toks[run[k + 1]].cap && !p.org_word(p.toks[run[k + 1]]))
      continue;
    if (p.org_word(t) || p.lex.org_acronyms.count(std::string(t.text)) ||
        all_caps_acronym(t.text)) {
      m.org = true;
    }
  }
  // "lead manager Swiss Volksbank": a name ending in an organisation word's compound
  // ("Volksbank", "Handelsbank": words/org_word_endings.txt) is an organisation, a role before it
  // or not; a financial role before a name that is no person's ("underwriter Nordbank Securities",
  // words/financial_roles.txt) is the firm's part in a deal, no title
  if (!given_first && ends_in_org_word(p.lex, p.toks[run.back()])) m.org = true;
  if (p.medium) m.org = true;  // "the daily Trud": a publication
  if (m.titled && !given_first && financial_role(p)) {
    m.titled = false;
    m.org = true;
  }
  m.name_end = run.back() + 1;
  return true;
}

// "National Congress of the Communist Party of China (CPC)": the acronym names the words whose
// initials it spell, else the whole run; a run shorter than the acronym (cut at its commas:
// "United Nations Educational, Scientific and Cultural Organization (UNESCO)") is known by it.
// "Notes from Poland (NFP)", "Committee to Protect Journalists (CPJ)": the name the acronym
// spells, reaching back past the run over lowercase words inside names
// (words/acronym_inner_words.txt), whose initials it may or may not spell; "" when none.
std::string name_spelt_by_acronym(const MentionParse& p) {
  std::string letters;
  for (char c : p.acronym) {
    if (c != '.') letters += c;
  }
  const auto& inner = p.lex.words("acronym_inner_words");
  const std::size_t end = p.run.back();
  std::size_t words_left = 10;  // a name of ten words at most
  for (std::size_t s = end + 1; s-- > 0 && words_left-- > 0;) {
    const Token& t = p.toks[s];
    if (t.type != TokenType::word || (!t.cap && !inner.count(t.lower))) break;
    if (!t.cap || is_determiner(t)) continue;
    std::string caps_only, all;
    bool has_inner = false;
    for (std::size_t q = s; q <= end; ++q) {
      const Token& w = p.toks[q];
      const char initial = static_cast<char>(std::toupper(static_cast<unsigned char>(w.text[0])));
      all += initial;
      if (w.cap) caps_only += initial;
      has_inner = has_inner || !w.cap;
    }
    if (!has_inner) continue;  // the run's own words: apply_acronym's loop
    if (caps_only != letters && all != letters) continue;
    std::string name;
    for (std::size_t q = s; q <= end; ++q) {
      if (!name.empty()) name += ' ';
      name += std::string(q == end ? strip_possessive(p.toks[q].text) : p.toks[q].text);
    }
    return name;
  }
  return "";
}

void apply_acronym(MentionParse& p) {
  const auto& run = p.run;
  Mention& m = p.m;
  if (p.acronym.empty() || p.acronym_after != run.back() || !all_caps_acronym(p.acronym)) return;
  m.acronym = p.acronym;
  m.org = m.org || !m.titled;
  if (std::string spelt = name_spelt_by_acronym(p); !spelt.empty()) {
    m.name = spelt;
    return;
  }
  std::size_t caps = 0;
  for (std::size_t idx : run) caps += p.toks[idx].cap ? 1 : 0;
  if (p.acronym.size() > caps + 1) m.name = p.acronym;
  for (std::size_t s = 1; s < run.size(); ++s) {
    std::string initials;
    for (std::size_t q = s; q < run.size(); ++q) {
      if (p.toks[run[q]].cap) initials += p.toks[run[q]].text[0];
    }
    if (!p.toks[run[s]].cap || initials != p.acronym) continue;
    std::string name;
    for (std::size_t q = s; q < run.size(); ++q) {
      if (!name.empty()) name += ' ';
      name += std::string(q + 1 == run.size() ? strip_possessive(p.toks[run[q]].text)
                                              : p.toks[run[q]].text);
    }
    m.name = name;
    break;
  }
}

// Fills kind, name, head, roles of a mention whose token range is set: the steps above in turn,
// until one decides the kind.
}  // namespace

void analyse_mention(std::string_view para, const std::vector<Token>& toks, Mention& m) {
  MentionParse p(toks, m);
  m.text =
      std::string(para.substr(toks[m.first].begin, toks[m.last - 1].end - toks[m.first].begin));
  collect_words(p);
  if (p.words.empty()) {
    m.kind = MentionKind::none;
    return;
  }
  if (p.words.size() == 1 && is_pronoun(p.word(0).lower)) {
    p.decide(MentionKind::pronoun, p.word(0).lower);
    return;
  }
  if (!read_indefinite(p)) {
    m.kind = MentionKind::none;
    return;
  }
  read_roles(p);
  if (decide_unnamed(p) || decide_lone_group(p)) return;
  read_affiliation(p);
  find_name_start(p);
  skip_medium_description(p);
  skip_role_phrase(p);
  collect_run(p);
  cut_run_at_possessive(p);
  drop_place_possessor(p);
  drop_time_possessor(p);
  drop_base_modifier(p);
  keep_person_after_org(p);
  cut_person_before_of(p);
  if (decide_possessor_name(p)) return;
  name_before_voice_noun(p);
  name_before_publication_noun(p);
  if (decide_description(p)) return;
  if (read_name(p)) apply_acronym(p);
}

// "Gulf and Western Inc", "Mitchell Energy and Development Corp": a legal form
// (words/legal_forms.txt) ends the name after "and", and neither a legal form nor a firm noun
// ends the one before it: one firm's name, not two
bool one_firm_by_legal_form(const std::vector<Token>& toks, std::size_t first, std::size_t and_at,
                            std::size_t last) {
  // "Dainippon Ink and Chemicals Inc's takeover bid": the form may own what follows
  auto form = [&](std::size_t i) {
    return lexicon().is_legal_form(std::string(strip_possessive(toks[i].lower)));
  };
  std::size_t end = last;
  while (end > and_at + 1 && toks[end - 1].type != TokenType::word) --end;
  if (end <= and_at + 2 || !form(end - 1)) return false;
  for (std::size_t i = first; i < and_at; ++i)
    if (form(i)) return false;
  // "John Smith and Acme Corp": a person's name before "and" unless the firm goes on from it
  bool person = and_at - first >= 2 && lexicon().given_names.count(std::string(toks[first].text));
  for (std::size_t i = first; person && i < and_at; ++i) person = is_name_word(toks[i]);
  if (person && !lexicon().words("firm_name_partners").count(toks[and_at + 1].lower)) return false;
  // "Austral Group and Naviera Sur Ltd": a firm noun ends the name before "and"
  return !lexicon().words("firm_nouns").count(toks[and_at - 1].lower);
}

// A person's name that starts with a given name ("John Smith") or follows a title
// and has no other words ("Carl Hensman of the Bill" is no person's name)
bool named_person(const std::vector<Token>& toks, const Mention& m) {
  for (std::size_t i = m.first; i < m.last; ++i)
    if (!is_name_word(toks[i]) && !is_role(toks[i])) return false;
  return !m.org && (m.titled || lexicon().given_names.count(std::string(toks[m.first].text)) > 0);
}

// "Mines and Energy Minister Subroto", "Office of Management and Budget Director James Miller":
// a portfolio before "and" and portfolios then a role after it are one title
// (words/portfolio_words.txt), not two speakers ("Exxon and Energy Secretary John Herrington").
bool portfolio_title(const std::vector<Token>& toks, std::size_t and_at, std::size_t last) {
  const WordSet& portfolios = lexicon().words("portfolio_words");
  if (!toks[and_at - 1].cap || !portfolios.count(toks[and_at - 1].lower)) return false;
  std::size_t q = and_at + 1;
  while (q < last && toks[q].cap && portfolios.count(toks[q].lower)) ++q;
  return q > and_at + 1 && q + 1 < last && is_role(toks[q]);
}

// The words of tokens [first, last) with single spaces ("Hong Kong").
std::string words_between(const std::vector<Token>& toks, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t i = first; i < last; ++i)
    out += (out.empty() ? "" : " ") + std::string(toks[i].text);
  return out;
}

// "U.S. Food": a name whose only organisation word is a country's initials is no organisation's
// whole name
bool org_by_country_initials_only(const std::vector<Token>& toks, const Mention& m) {
  const Lexicon& lex = lexicon();
  bool initials = false;
  for (std::size_t i = m.first; i < m.last; ++i) {
    const Token& t = toks[i];
    if (lex.is_country_initialism(t.text)) {
      initials = true;
    } else if (lex.org_words.count(t.lower) || lex.org_acronyms.count(std::string(t.text)) ||
               all_caps_acronym(t.text)) {
      return false;
    }
  }
  return initials;
}

// Splits "Miller and Smith", "The Investigative Committee and the Federal Security Service".
void split_conjunction(std::string_view para, const std::vector<Token>& toks, Mention& m) {
  for (std::size_t i = m.first + 1; i + 1 < m.last; ++i) {
    if (toks[i].lower != "and" || toks[i].cap || portfolio_title(toks, i, m.last)) continue;
    const Token& right = toks[i + 1];
    bool right_det = right.lower == "the";
    // "Standard and Poor's said": a possessive at the end is a firm's name
    bool singles = i - m.first == 1 && m.last - i - 1 == 1 && is_name_word(toks[m.first]) &&
                   is_name_word(right) && toks[m.first].text.size() > 1 && right.text.size() > 1 &&
                   !has_possessive(right.text);
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
    // "Bessemer Securities Corp and Cilluffo Associates": a legal form ends the first firm
    const bool left_firm = is_name_word(right) && lexicon().is_legal_form(before_and.lower);
    bool left_complete = left_firm || (is_name_word(before_and) && is_name_word(right) &&
                                       ((i - m.first == 1 && all_caps_acronym(before_and.text)) ||
                                        lexicon().org_words.count(before_and.lower) ||
                                        lexicon().places.count(std::string(before_and.text)) ||
                                        lexicon().places.count(words_between(toks, m.first, i))));
    if (!right_det && !singles && !both_long && !left_complete) continue;
    if (!right_det && one_firm_by_legal_form(toks, m.first, i, m.last)) continue;
    Mention a, b;
    a.first = m.first;
    a.last = i;
    b.first = i + 1;
    b.last = m.last;
    analyse_mention(para, toks, a);
    analyse_mention(para, toks, b);
    if (a.kind != MentionKind::name || b.kind != MentionKind::name) continue;
    // "Port Authority of New York and New Jersey", "U.S. Food and Drug Administration" are one
    // name; "John Smith and Acme Corp" two
    const bool one_kind = a.org == b.org && !(b.org && org_by_country_initials_only(toks, a));
    if (both_long && !one_kind && !left_firm && !named_person(toks, a) && !named_person(toks, b))
      continue;
    m.parts.push_back(std::move(a));
    m.parts.push_back(std::move(b));
    return;
  }
}

}  // namespace mention_detail

using mention_detail::all_caps_acronym;
using mention_detail::is_role;
using mention_detail::mention_words;

bool is_stop_cap(std::string_view lower) {
  return mention_words().stop_caps.count(lower) > 0 || text::is_calendar_word(lower);
}

bool is_pronoun(std::string_view lower) {
  return mention_words().pronouns.count(lower) > 0;
}

bool is_office_in(const std::vector<Token>& toks, std::size_t i) {
  if (i == 0 || i + 1 >= toks.size()) return false;
  const Token& t = toks[i];
  const Token& office = toks[i - 1];
  return t.type == TokenType::word && t.lower == "in" && !t.cap && office.type == TokenType::word &&
         office.cap && lexicon().is("office_nouns", office.lower) && is_name_word(toks[i + 1]);
}

bool is_article_in_name(const std::vector<Token>& toks, std::size_t i) {
  if (i == 0 || i + 1 >= toks.size()) return false;
  const Token& t = toks[i];
  return t.type == TokenType::word && !t.cap &&
         mention_words().indefinite_articles.count(t.lower) && is_name_word(toks[i - 1]) &&
         is_name_word(toks[i + 1]) && !is_role(toks[i - 1]) && !is_role(toks[i + 1]);
}

bool is_name_word(const Token& t) {
  if (t.type != TokenType::word) return false;
  if (!t.cap) return false;
  if (t.in_name) return true;
  if (t.text.size() >= 2 && all_caps_acronym(t.text) && t.lower != "i") return true;  // US, WHO
  // "Noting ...", "Saying ..." opening a sentence: a cue, no name
  if (t.lower.size() > 4 && t.lower.compare(t.lower.size() - 3, 3, "ing") == 0 &&
      lexicon().cues.count(t.lower)) {
    return false;
  }
  return !is_stop_cap(t.lower);
}

}  // namespace verbatim::extract
