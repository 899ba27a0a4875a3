// Finding a speaker's mention before or after a cue: ordered scan rules over the tokens, then
// the analysis of the phrase found (mentions.cc).
#include <algorithm>

#include "indexer/extract/lexicon.h"
#include "indexer/extract/mention_words.h"
#include "indexer/extract/mentions.h"

namespace verbatim::extract {

using mention_detail::analyse_mention;
using mention_detail::capitalised_describer;
using mention_detail::has_possessive;
using mention_detail::is_connector;
using mention_detail::is_determiner;
using mention_detail::is_group;
using mention_detail::is_head_noun;
using mention_detail::is_modifier;
using mention_detail::is_role;
using mention_detail::mention_words;
using mention_detail::possessive_determiners;
using mention_detail::split_conjunction;

namespace {

// What a scan rule did with the token at the scan position.
enum class Step {
  next,  // took it (or stepped over it): scan on
  stop,  // ends the phrase
  no,    // does not apply: the next rule is tried
};

// The scan leftwards from token `k` over a noun phrase that ends there.
struct LeftScan {
  const std::vector<Token>& toks;
  long lo;                  // no token before this one
  long k;                   // the phrase's last token
  long first;               // the phrase's first token so far
  long i;                   // the token looked at
  bool accepted = false;    // a head was found
  bool head_lower = false;  // the phrase ends in a lowercase noun ("the army")

  const Token& at(long j) const { return toks[static_cast<std::size_t>(j)]; }
  bool has(long j) const { return j >= lo; }
};

// "(CPC)", "(NASDAQ: ACME)" after a name, before any head
Step left_parenthetical(LeftScan& s) {
  if (s.at(s.i).text != ")" || s.accepted) return Step::stop;
  long j = s.i - 1;
  while (s.has(j) && j > s.i - 8 && (is_word(s.at(j)) || is_punct(s.at(j), ":"))) --j;
  if (s.has(j) && j < s.i - 1 && is_punct(s.at(j), "(") && s.has(j - 1) &&
      is_name_word(s.at(j - 1))) {
    s.first = j;
    s.i = j - 1;
    return Step::next;
  }
  return Step::stop;
}

// "S/P said": a slash between single capitals, written close up, ending the phrase is inside
// one initialism ("A/S Norske Shell" opens with a legal form)
Step left_slash_in_initials(LeftScan& s) {
  auto capital = [&](long j) {
    const Token& t = s.at(j);
    return t.text.size() == 1 && t.text[0] >= 'A' && t.text[0] <= 'Z';
  };
  if (!s.accepted || s.first != s.i + 1 || s.k != s.i + 1 || !s.has(s.i - 1) || !capital(s.i + 1) ||
      !capital(s.i - 1) || s.at(s.i - 1).end != s.at(s.i).begin ||
      s.at(s.i).end != s.at(s.i + 1).begin)
    return Step::stop;
  s.first = s.i;
  --s.i;
  return Step::next;
}

// "officials", "Experts" (starting a sentence), "local media", "some analysts": a group head
// with up to two lowercase qualifiers and a determiner
Step left_group(LeftScan& s) {
  const Token& t = s.at(s.i);
  if (s.accepted || !is_group(t) || is_role(t) || (t.cap && s.i != s.lo)) return Step::no;
  s.first = s.i;
  s.accepted = true;
  s.head_lower = true;
  --s.i;
  // "EC sources", "Japanese officials", "U.S. trade officials": a capitalised qualifier too
  // (an acronym, a nationality or a name word), past which nothing is taken
  for (int extra = 0; s.has(s.i) && extra < 2; ++extra, --s.i) {
    const Token& q = s.at(s.i);
    if (!is_word(q) || is_pronoun(q.lower) || lexicon().cues.count(q.lower) || is_stop_cap(q.lower))
      break;
    if (q.cap) {
      if (!is_name_word(q) || has_possessive(q.text)) break;
      s.first = s.i;
      --s.i;
      break;
    }
    s.first = s.i;
  }
  if (s.has(s.i) && mention_words().group_determiners.count(s.at(s.i).lower)) s.first = s.i;
  return Step::stop;
}

// a word of a name, or a lowercase role ("spokesperson")
Step left_name_or_role(LeftScan& s) {
  const Token& t = s.at(s.i);
  if (!is_name_word(t) && !(!t.cap && is_role(t))) return Step::no;
  s.first = s.i;
  s.accepted = true;
  --s.i;
  return Step::next;
}

// "the army", "the ministry": a lowercase organisation or group head ends the phrase
Step left_head_noun(LeftScan& s) {
  if (s.accepted || !is_head_noun(s.at(s.i))) return Step::no;
  s.first = s.i;
  s.accepted = true;
  s.head_lower = true;
  --s.i;
  return Step::next;
}

Step left_modifier(LeftScan& s) {
  if (!s.accepted || !is_modifier(s.at(s.i))) return Step::no;
  s.first = s.i;
  --s.i;
  return Step::next;
}

// "criminology professor David Wilson", "tour manager Thomas Gray": a noun (or two: "public
// health expert") before the role, when a name, a determiner or the clause start comes before
Step left_noun_before_role(LeftScan& s) {
  const Token& t = s.at(s.i);
  const Lexicon& lex = lexicon();
  if (!s.accepted || t.cap || s.head_lower || !is_role(s.at(s.i + 1)) || is_stop_cap(t.lower) ||
      lex.cues.count(t.lower) || lex.adverbs.count(t.lower))
    return Step::no;
  // "a bank official": an article is the edge, never a second noun
  auto article = [&](long x) {
    return is_determiner(s.at(x)) || mention_words().indefinite_articles.count(s.at(x).lower);
  };
  long j = s.i - 1;
  if (s.has(j) && !s.at(j).cap && !is_stop_cap(s.at(j).lower) && is_word(s.at(j)) && !article(j))
    --j;
  const bool edge = !s.has(j) || !is_word(s.at(j)) || is_name_word(s.at(j)) || article(j) ||
                    is_modifier(s.at(j));  // "a senior central bank official"
  if (!edge) return Step::no;
  s.first = j + 1;
  s.i = j;
  return Step::next;
}

// "vice president and treasurer Eugene Rotberg", "chairman and chief executive John Akers":
// two roles joined by "and" are one person's title
Step left_role_conjunction(LeftScan& s) {
  const Token& t = s.at(s.i);
  if (!s.accepted || s.head_lower || t.lower != "and" || t.cap || !s.has(s.i - 1) ||
      !is_role(s.at(s.i - 1)) || !(is_role(s.at(s.i + 1)) || is_modifier(s.at(s.i + 1))))
    return Step::no;
  s.first = s.i;
  --s.i;
  return Step::next;
}

// "Bank of England", "Johnson & Johnson": a connector between name words
Step left_connector(LeftScan& s) {
  const Token& t = s.at(s.i);
  if (!s.accepted || !is_connector(t) || !s.has(s.i - 1) || s.head_lower ||
      !(is_name_word(s.at(s.i - 1)) || (t.lower == "of" && is_role(s.at(s.i - 1)))))
    return Step::no;
  s.first = s.i;
  --s.i;
  return Step::next;
}

// "the US Embassy in London": "in" and the place after an office noun
Step left_office_in(LeftScan& s) {
  if (!s.accepted || s.head_lower || !is_office_in(s.toks, static_cast<std::size_t>(s.i)) ||
      !s.has(s.i - 1))
    return Step::no;
  s.first = s.i;
  --s.i;
  return Step::next;
}

// "1st Fleet Command", "3Com Corp", "Spectrum 2000 Inc": a number in a name. One of digits
// alone only stands inside a name, never opening it ("On February 17 Baker said", "For fiscal
// 1985 Cardis reported").
bool is_bare_number(std::string_view w) {
  return std::all_of(w.begin(), w.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; });
}

Step left_number(LeftScan& s) {
  const Token& t = s.at(s.i);
  if (!s.accepted || !is_word(t) || t.text[0] < '0' || t.text[0] > '9' ||
      !is_name_word(s.at(s.i + 1)))
    return Step::no;
  if (is_bare_number(t.text) && !(s.has(s.i - 1) && is_name_word(s.at(s.i - 1)))) return Step::no;
  s.first = s.i;
  --s.i;
  return Step::next;
}

// "Mike Ryan of the World Health Organization", "Arnel dela Vega of the army's Western
// Mindanao Command" (a lowercase possessive between the article and the name)
Step left_of_the(LeftScan& s) {
  long d = s.i;
  const Token& t = s.at(d);
  if (s.accepted && !s.head_lower && is_word(t) && !t.cap && has_possessive(t.text) &&
      s.has(d - 1) && is_determiner(s.at(d - 1)))
    --d;
  if (!s.accepted || !is_determiner(s.at(d)) || !s.has(d - 2)) return Step::no;
  if (!mention_words().affiliation_prepositions.count(s.at(d - 1).lower) ||
      !(is_name_word(s.at(d - 2)) || is_role(s.at(d - 2))))
    return Step::no;
  s.first = d - 1;
  s.i = d - 2;
  return Step::next;
}

// "Make It a Habit", "Toys for a Change": an article between the capitalised words of a name
// that runs to the phrase's end
Step left_article_in_name(LeftScan& s) {
  if (!s.accepted || s.head_lower || !is_article_in_name(s.toks, static_cast<std::size_t>(s.i)) ||
      !s.has(s.i - 1))
    return Step::no;
  for (long j = s.i + 1; j <= s.k; ++j) {
    if (!is_name_word(s.at(j)) && !is_connector(s.at(j))) return Step::no;
  }
  s.first = s.i;
  --s.i;
  return Step::next;
}

// "a spokesman", "an official", "A spokesman" opening a sentence
Step left_indefinite(LeftScan& s) {
  if (!s.accepted || !mention_words().indefinite_articles.count(s.at(s.i).lower)) return Step::no;
  s.first = s.i;
  return Step::stop;
}

// "the spokesperson", "his deputy"; "The Investigative Committee and the Federal Security
// Service" goes on past the "and"
Step left_determiner(LeftScan& s) {
  const Token& t = s.at(s.i);
  if (!s.accepted || !(is_determiner(t) || possessive_determiners().count(t.lower)))
    return Step::no;
  s.first = s.i;
  --s.i;
  if (s.has(s.i - 1) && s.at(s.i).lower == "and" && is_name_word(s.at(s.i - 1))) {
    s.first = s.i;
    --s.i;
    return Step::next;
  }
  return Step::stop;
}

// "the industry publication", "Day's animal foundation": a lowercase word before the head
// noun, after a determiner or a possessive
Step left_noun_before_head(LeftScan& s) {
  const Token& t = s.at(s.i);
  if (!s.accepted || !s.head_lower || t.cap || !s.has(s.i - 1) || s.k - s.i >= 3) return Step::no;
  // "the Tass news agency": a medium's name before "news" and its publication noun
  // (mentions.cc, name_before_publication_noun)
  const bool medium_name = s.k == s.i + 1 && is_name_word(s.at(s.i - 1)) &&
                           !lexicon().places.count(std::string(s.at(s.i - 1).text)) &&
                           lexicon().is("publication_noun_modifiers", t.lower);
  if (!medium_name && !(is_determiner(s.at(s.i - 1)) || has_possessive(s.at(s.i - 1).text)))
    return Step::no;
  s.first = s.i;
  --s.i;
  return Step::next;
}

bool describes_name(const Token& t);

// A word of a medium's description before its noun: one describing a name, a capitalised word
// ("Communist Party") or a time of day ("the evening newspaper")
bool describes_medium(const Token& t) {
  return describes_name(t) || is_name_word(t) ||
         (is_word(t) && !t.cap && lexicon().is("times_of_day", t.lower));
}

// "the daily Trud", "the official news agency Tanjug", "the Soviet government daily Izvestia": a
// medium's description (words/medium_descriptions.txt, after up to four describing or
// capitalised words and a determiner) before a name ends the phrase
Step left_medium_description(LeftScan& s) {
  const Token& t = s.at(s.i);
  if (!s.accepted || s.head_lower || t.cap || !lexicon().is("medium_descriptions", t.lower))
    return Step::no;
  for (long j = s.first; j <= s.k; ++j) {
    if (!is_name_word(s.at(j)) && !is_connector(s.at(j))) return Step::no;
  }
  long j = s.i - 1;
  for (int words = 0; s.has(j) && words < 4; ++words, --j) {
    if (!describes_medium(s.at(j))) break;
  }
  const bool determiner =
      s.has(j) && (is_determiner(s.at(j)) || possessive_determiners().count(s.at(j).lower));
  s.first = determiner ? j : j + 1;
  return Step::stop;
}

// Tried in this order on each word, right to left.
constexpr Step (*kLeftRules[])(LeftScan&) = {
    left_group,      left_name_or_role,     left_head_noun,
    left_modifier,   left_noun_before_role, left_role_conjunction,
    left_connector,  left_office_in,        left_number,
    left_of_the,     left_article_in_name,  left_indefinite,
    left_determiner, left_noun_before_head, left_medium_description,
};

void scan_left(LeftScan& s) {
  while (s.has(s.i)) {
    const Token& t = s.at(s.i);
    if (t.type == TokenType::quote) return;
    Step step = Step::no;
    if (t.type == TokenType::punct) {
      step = t.text == "/" ? left_slash_in_initials(s) : left_parenthetical(s);
    } else {
      for (auto rule : kLeftRules) {
        step = rule(s);
        if (step != Step::no) break;
      }
    }
    if (step != Step::next) return;
  }
}

// Whether the first word of a description makes it a mention: a determiner, a name, a
// possessive ("the spokesman", "Day's foundation", "its statement")
bool description_opener(const Token& t) {
  return is_determiner(t) || is_name_word(t) || has_possessive(t.text) ||
         possessive_determiners().count(t.lower);
}

// "member states": a bare lowercase role is not a mention; nor a bare lowercase noun
// ("foundation said")
bool bare_lowercase_description(const Mention& m, const Token& first, bool head_lower) {
  if (m.kind != MentionKind::description || description_opener(first)) return false;
  return (m.last - m.first == 1 && is_role(first)) || (head_lower && !m.indefinite);
}

// How many "both", "two", "three" ... say; 0 for another word.
int joint_count(std::string_view lower) {
  static constexpr std::pair<std::string_view, int> kCounts[] = {
      {"both", 2}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}};
  for (const auto& [word, n] : kCounts) {
    if (lower == word) return n;
  }
  return 0;
}

// "the two presidents", "both leaders", "the leaders" ending at token `k` (words/joint_heads.txt)
bool joint_description(std::string_view para, const std::vector<Token>& toks, long k, long lo,
                       Mention& m) {
  const Token& head = toks[static_cast<std::size_t>(k)];
  if (!is_word(head) || !lexicon().is("joint_heads", head.lower) || k - 1 < lo) return false;
  long first = k - 1;
  int count = joint_count(toks[static_cast<std::size_t>(first)].lower);
  if (count > 0 && toks[static_cast<std::size_t>(first)].lower != "both" && first - 1 >= lo &&
      is_determiner(toks[static_cast<std::size_t>(first - 1)])) {
    --first;  // "the two"
  } else if (count == 0 && is_determiner(toks[static_cast<std::size_t>(first)])) {
    count = -1;  // "the leaders"
  } else if (count == 0 || toks[static_cast<std::size_t>(first)].lower != "both") {
    return false;
  }
  m.kind = MentionKind::description;
  m.first = static_cast<std::size_t>(first);
  m.last = static_cast<std::size_t>(k) + 1;
  m.text = std::string(para.substr(toks[m.first].begin, head.end - toks[m.first].begin));
  m.head = head.lower;
  m.joint = count;
  return true;
}

// A word describing the name after it: lowercase ("retailer", "rival"), a nationality
// ("Danish") or a capitalised compound ending in lowercase ("UK-based"), not a function word,
// a pronoun or a cue
bool describes_name(const Token& t) {
  if (!is_word(t) || is_determiner(t) || possessive_determiners().count(t.lower) ||
      is_pronoun(t.lower) || is_connector(t) || is_stop_cap(t.lower) ||
      lexicon().cues.count(t.lower) || lexicon().adverbs.count(t.lower))
    return false;
  if (!t.cap) return t.lower != "and";
  return capitalised_describer(t.text);
}

// The first token before `k` that is no describing word (up to three), and how many there were.
long skip_description(const std::vector<Token>& toks, long k, long lo, int& count) {
  count = 0;
  while (k >= lo && count < 3 && describes_name(toks[static_cast<std::size_t>(k)])) {
    --k;
    ++count;
  }
  return k;
}

// "UK-based retailer Tesco and Danish rival Salling Group said": names each described by
// lowercase words, joined by "and" at the clause start, speak together: one part per name
void join_described_names(std::string_view para, const std::vector<Token>& toks, std::size_t lo,
                          Mention& m) {
  const long from = static_cast<long>(lo);
  int described = 0;
  const long at_and = skip_description(toks, static_cast<long>(m.first) - 1, from, described);
  if (described == 0 || at_and - 1 < from || toks[static_cast<std::size_t>(at_and)].lower != "and")
    return;
  Mention left = parse_left(para, toks, at_and - 1, lo);
  if (left.kind != MentionKind::name || !left.parts.empty() ||
      left.last != static_cast<std::size_t>(at_and))
    return;
  long before = skip_description(toks, static_cast<long>(left.first) - 1, from, described);
  if (before >= from && is_determiner(toks[static_cast<std::size_t>(before)])) --before;
  if (before >= from && !is_punct(toks[static_cast<std::size_t>(before)], ",")) return;
  Mention right = m;
  m.first = static_cast<std::size_t>(before + 1);  // "UK-based retailer Tesco and ..."
  m.text =
      std::string(para.substr(toks[m.first].begin, toks[m.last - 1].end - toks[m.first].begin));
  m.parts = {std::move(left), std::move(right)};
}

// "Woolworths, Coles and ALDI said": the names before a split "and" mention, each after a comma,
// back to the clause start, are more speakers of the list (an Oxford comma before "and" too:
// "Woolworths, Coles, and ALDI"). Each must be a whole name; a list that does not reach the
// clause start ("In Sydney, Coles and ALDI said") is left as it was.
void join_name_list(std::string_view para, const std::vector<Token>& toks, std::size_t lo,
                    Mention& m) {
  std::vector<Mention> before;
  long at = static_cast<long>(m.first);
  const long from = static_cast<long>(lo);
  if (m.parts.empty()) {  // "..., and ALDI": the last name alone after a comma and "and"
    if (at - 2 < from || toks[static_cast<std::size_t>(at - 1)].lower != "and" ||
        !is_punct(toks[static_cast<std::size_t>(at - 2)], ","))
      return;
    at -= 1;
  }
  while (at - 2 >= from && is_punct(toks[static_cast<std::size_t>(at - 1)], ",")) {
    Mention left = parse_left(para, toks, at - 2, lo);
    if (left.kind != MentionKind::name || !left.parts.empty() ||
        left.last != static_cast<std::size_t>(at - 1))
      return;
    at = static_cast<long>(left.first);
    before.push_back(std::move(left));
  }
  if (at != from || before.empty() || (m.parts.empty() && before.size() < 2)) return;
  std::vector<Mention> parts(std::make_move_iterator(before.rbegin()),
                             std::make_move_iterator(before.rend()));
  if (m.parts.empty()) {
    parts.push_back(m);
  } else {
    for (Mention& p : m.parts) parts.push_back(std::move(p));
  }
  m.first = static_cast<std::size_t>(at);
  m.text =
      std::string(para.substr(toks[m.first].begin, toks[m.last - 1].end - toks[m.first].begin));
  m.parts = std::move(parts);
}

// "(Ivaco Inc) said ...": a name in parentheses that opens the clause, as wire items mark a
// company with no stock listing; the index of "(" or -1
long opening_parenthesised_name(const std::vector<Token>& toks, long k, long lo) {
  if (!is_punct(toks[static_cast<std::size_t>(k)], ")")) return -1;
  long j = k - 1;
  while (j > lo && j > k - 8 && is_name_word(toks[static_cast<std::size_t>(j)])) --j;
  return j == lo && j < k - 1 && is_punct(toks[static_cast<std::size_t>(j)], "(") ? j : -1;
}

}  // namespace

Mention parse_left(std::string_view para, const std::vector<Token>& toks, long k, std::size_t lo) {
  Mention m;
  if (k < static_cast<long>(lo) || k >= static_cast<long>(toks.size())) return m;
  const auto kk = static_cast<std::size_t>(k);
  const Token& t0 = toks[kk];
  if (joint_description(para, toks, k, static_cast<long>(lo), m)) return m;
  if (is_word(t0) && is_pronoun(t0.lower) && !t0.in_name) {
    m.first = kk;
    m.last = kk + 1;
    analyse_mention(para, toks, m);
    return m;
  }
  if (const long open = opening_parenthesised_name(toks, k, static_cast<long>(lo)); open >= 0)
    return parse_left(para, toks, k - 1, static_cast<std::size_t>(open) + 1);
  LeftScan s{toks, static_cast<long>(lo), k, k + 1, k};
  scan_left(s);
  if (!s.accepted) return m;
  // drop a leading connector
  long first = s.first;
  while (first <= k && is_connector(toks[static_cast<std::size_t>(first)])) ++first;
  if (first > k) return m;
  m.first = static_cast<std::size_t>(first);
  m.last = kk + 1;
  analyse_mention(para, toks, m);
  if (bare_lowercase_description(m, toks[m.first], s.head_lower)) {
    m.kind = MentionKind::none;
    return m;
  }
  if (m.kind == MentionKind::name) split_conjunction(para, toks, m);
  if (m.kind == MentionKind::name && m.parts.empty()) join_described_names(para, toks, lo, m);
  if (m.kind == MentionKind::name) join_name_list(para, toks, lo, m);
  return m;
}

namespace {

// The scan rightwards from token `k` over a noun phrase that starts there.
struct RightScan {
  const std::vector<Token>& toks;
  std::size_t hi;  // no token at or past this one
  std::size_t k;   // the phrase's first token
  std::size_t i;   // the token looked at
  std::size_t last;
  bool accepted = false;  // a head was found
  int lower_run = 0;      // lowercase words taken before a head

  const Token& at(std::size_t j) const { return toks[j]; }
  bool has(std::size_t j) const { return j < hi; }
};

// "(CPC)", "(NASDAQ: ACME)" after a name; "Johnson & Johnson"
Step right_punct(RightScan& s) {
  const Token& t = s.at(s.i);
  if (t.text == "(" && s.accepted) {
    std::size_t j = s.i + 1;
    while (s.has(j) && j < s.i + 8 && (is_word(s.at(j)) || is_punct(s.at(j), ":"))) ++j;
    if (s.has(j) && j > s.i + 1 && is_punct(s.at(j), ")")) {
      s.i = j + 1;
      s.last = s.i;
      return Step::next;
    }
  }
  if (t.text == "&" && s.accepted && s.has(s.i + 1) && is_name_word(s.at(s.i + 1))) {
    ++s.i;
    return Step::next;
  }
  return Step::stop;
}

// a word of a name or a role
Step right_name_or_role(RightScan& s) {
  const Token& t = s.at(s.i);
  if (!is_name_word(t) && !is_role(t)) return Step::no;
  s.accepted = true;
  ++s.i;
  s.last = s.i;
  s.lower_run = 0;
  return Step::next;
}

// "senior official", "former minister": a modifier before a role, a modifier or a name
Step right_modifier(RightScan& s) {
  if (!is_modifier(s.at(s.i)) || !s.has(s.i + 1)) return Step::no;
  const Token& n = s.at(s.i + 1);
  if (!is_role(n) && !is_modifier(n) && !is_name_word(n)) return Step::no;
  ++s.i;
  return Step::next;
}

bool group_or_head_noun(const Token& t) {
  return is_group(t) || is_head_noun(t);
}

// "officials", "the ministry" end the phrase; "state media", "industry sources": a compound
// of two such nouns
Step right_group(RightScan& s) {
  if (s.accepted || !group_or_head_noun(s.at(s.i))) return Step::no;
  s.accepted = true;
  ++s.i;
  if (s.has(s.i) && is_word(s.at(s.i)) && !s.at(s.i).cap && group_or_head_noun(s.at(s.i))) ++s.i;
  s.last = s.i;
  return Step::stop;
}

// "WHO's statistics", "Tesco's Polish branch": the lowercase noun after a possessive name
Step right_after_possessive(RightScan& s) {
  if (!s.accepted || s.at(s.i).cap || s.i <= s.k || !has_possessive(s.at(s.i - 1).text) ||
      s.last != s.i)
    return Step::no;
  ++s.i;
  s.last = s.i;
  return Step::stop;
}

// "Ambassador to the United Nations Nikki Haley"
Step right_role_preposition(RightScan& s) {
  if (!s.accepted || !mention_words().role_prepositions.count(s.at(s.i).lower) || s.i <= s.k ||
      !is_role(s.at(s.i - 1)) || !s.has(s.i + 2))
    return Step::no;
  if (!is_name_word(s.at(s.i + 1)) &&
      !(is_determiner(s.at(s.i + 1)) && is_name_word(s.at(s.i + 2))))
    return Step::no;
  ++s.i;
  if (is_determiner(s.at(s.i))) ++s.i;
  return Step::next;
}

// "the US Embassy in London"
Step right_office_in(RightScan& s) {
  if (!s.accepted || !is_office_in(s.toks, s.i) || s.i + 1 >= s.hi) return Step::no;
  ++s.i;
  return Step::next;
}

// "Bank of England", "Bank of the Philippine Islands"
Step right_connector(RightScan& s) {
  if (!s.accepted || !is_connector(s.at(s.i)) || !s.has(s.i + 1)) return Step::no;
  if (!is_name_word(s.at(s.i + 1)) &&
      !(is_determiner(s.at(s.i + 1)) && s.has(s.i + 2) && is_name_word(s.at(s.i + 2))))
    return Step::no;
  ++s.i;
  if (is_determiner(s.at(s.i))) ++s.i;
  return Step::next;
}

// "said president and chief executive John Akers": two roles joined by "and", one title
Step right_role_conjunction(RightScan& s) {
  const Token& t = s.at(s.i);
  if (!s.accepted || t.lower != "and" || t.cap || s.i <= s.k || !is_role(s.at(s.i - 1)) ||
      !s.has(s.i + 1) || !(is_role(s.at(s.i + 1)) || is_modifier(s.at(s.i + 1))))
    return Step::no;
  ++s.i;
  return Step::next;
}

// "the emergencies ministry", "local media", "study co-author": up to two lowercase words
// before a role or a head noun
Step right_lower_before_head(RightScan& s) {
  if (s.accepted || s.at(s.i).cap || s.lower_run >= 2 || !s.has(s.i + 1)) return Step::no;
  const Token& n = s.at(s.i + 1);
  const bool head_next = is_role(n) || is_head_noun(n) || is_modifier(n) ||
                         (!n.cap && is_word(n) && s.has(s.i + 2) &&
                          (is_role(s.at(s.i + 2)) || is_head_noun(s.at(s.i + 2))));
  if (!head_next) return Step::no;
  ++s.lower_run;
  ++s.i;
  return Step::next;
}

// "the daily Pravda", "the official news agency Tanjug": up to four describing words ending in
// a medium's description (words/medium_descriptions.txt) before a name, which goes on the phrase
Step right_medium_description(RightScan& s) {
  if (s.accepted || s.lower_run > 0) return Step::no;
  for (std::size_t j = s.i; s.has(j + 1) && j < s.i + 5; ++j) {
    const Token& t = s.at(j);
    if (!t.cap && lexicon().is("medium_descriptions", t.lower) && is_name_word(s.at(j + 1))) {
      s.i = j + 1;
      return Step::next;
    }
    if (!describes_medium(t)) return Step::no;
  }
  return Step::no;
}

// Tried in this order on each word, left to right.
constexpr Step (*kRightRules[])(RightScan&) = {
    right_medium_description, right_name_or_role,      right_modifier,  right_group,
    right_after_possessive,   right_role_preposition,  right_office_in, right_connector,
    right_role_conjunction,   right_lower_before_head,
};

void scan_right(RightScan& s) {
  while (s.has(s.i)) {
    const Token& t = s.at(s.i);
    Step step = Step::stop;
    if (t.type == TokenType::punct) {
      step = right_punct(s);
    } else if (t.type == TokenType::word) {
      for (auto rule : kRightRules) {
        step = rule(s);
        if (step != Step::no) break;
      }
    }
    if (step != Step::next) return;
  }
}

// "its press release", "their statement": up to three lowercase words after a possessive
// determiner; the end of the phrase, or 0
std::size_t possessed_phrase_end(const std::vector<Token>& toks, std::size_t k, std::size_t hi) {
  std::size_t j = k + 1;
  while (j < hi && j < k + 4 && is_word(toks[j]) && !toks[j].cap && !is_stop_cap(toks[j].lower) &&
         !lexicon().cues.count(toks[j].lower))
    ++j;
  return j > k + 1 ? j : 0;
}

// Past the article or possessive determiner opening the phrase, and past an adjective between
// it and a name ("the ruling Democratic Rally").
std::size_t skip_opening_determiner(const std::vector<Token>& toks, std::size_t k, std::size_t hi) {
  const Token& t0 = toks[k];
  std::size_t i = k;
  if (!is_determiner(t0) && !possessive_determiners().count(t0.lower) &&
      !(!t0.cap && mention_words().indefinite_articles.count(t0.lower)))
    return i;
  ++i;
  if (i + 1 < hi && is_word(toks[i]) && !toks[i].cap && !is_role(toks[i]) &&
      !is_head_noun(toks[i]) && !is_modifier(toks[i]) && is_name_word(toks[i + 1]) &&
      !lexicon().cues.count(toks[i].lower)) {
    ++i;
  }
  return i;
}

Mention analysed(std::string_view para, const std::vector<Token>& toks, std::size_t first,
                 std::size_t last) {
  Mention m;
  m.first = first;
  m.last = last;
  analyse_mention(para, toks, m);
  return m;
}

}  // namespace

Mention parse_right(std::string_view para, const std::vector<Token>& toks, std::size_t k,
                    std::size_t hi) {
  if (k >= hi || k >= toks.size()) return {};
  const Token& t0 = toks[k];
  if (!is_word(t0)) return {};
  if (is_pronoun(t0.lower) && !t0.in_name) return analysed(para, toks, k, k + 1);
  if (possessive_determiners().count(t0.lower) && !t0.cap) {
    if (std::size_t end = possessed_phrase_end(toks, k, hi)) return analysed(para, toks, k, end);
  }
  const std::size_t start = skip_opening_determiner(toks, k, hi);
  RightScan s{toks, hi, k, start, k};
  scan_right(s);
  if (!s.accepted) return {};
  Mention m = analysed(para, toks, k, s.last);
  if (m.kind == MentionKind::name) split_conjunction(para, toks, m);
  return m;
}

}  // namespace verbatim::extract
