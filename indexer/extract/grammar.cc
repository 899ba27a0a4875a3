#include "indexer/extract/grammar.h"

#include <algorithm>
#include <unordered_set>

#include "indexer/extract/cues.h"
#include "indexer/extract/lexicon.h"

namespace verbatim::extract {
namespace {

struct Attr {
  Cue cue;
  Mention subject;
  bool left = false;            // "X said"
  bool inverted = false;        // "said X", "according to X"
  bool inherit = false;         // ", adding that": the clause's subject
  bool agent = false;           // "described by X as"
  bool coordinated = false;     // "and said": the subject of the first verb
  bool object_subject = false;  // "cited X as saying": X is the object of another verb
  std::size_t start = 0;        // first token of the attribution
  std::size_t after = 0;        // first token after it
};

struct Piece {
  std::size_t first = 0;
  std::size_t last = 0;  // tokens [first, last)
};

const std::unordered_set<std::string_view>& right_adverbs() {
  static const std::unordered_set<std::string_view> set = {
      "also",    "too",        "again",      "repeatedly", "publicly",    "separately",
      "later",   "earlier",    "previously", "recently",   "yesterday",   "today",
      "tonight", "then",       "further",    "once",       "reportedly",  "privately",
      "instead", "now",        "however",    "late",       "early",       "firmly",
      "clearly", "explicitly", "bluntly",    "simply",     "confidently", "emphatically",
      "flatly",  "here"};
  return set;
}

const std::unordered_set<std::string_view>& time_nouns() {
  static const std::unordered_set<std::string_view> set = {
      "week", "month", "year", "morning", "afternoon", "evening", "weekend", "night", "time"};
  return set;
}

bool is_weekday(std::string_view lower) {
  return lower == "monday" || lower == "tuesday" || lower == "wednesday" || lower == "thursday" ||
         lower == "friday" || lower == "saturday" || lower == "sunday";
}

bool is_month(std::string_view lower) {
  static const std::unordered_set<std::string_view> set = {
      "january",   "february", "march",    "april",    "may",   "june", "july", "august",
      "september", "october",  "november", "december", "jan.",  "feb.", "mar.", "apr.",
      "jun.",      "jul.",     "aug.",     "sep.",     "sept.", "oct.", "nov.", "dec.",
      "jan",       "feb",      "aug",      "sept",     "oct",   "nov",  "dec"};
  return set.count(lower) > 0;
}

// Nouns of the channel a statement was made in: "in a statement", "in an interview".
bool statement_noun(std::string_view lower) {
  static const std::unordered_set<std::string_view> set = {
      "statement",    "interview",  "speech",    "letter",     "report",    "release",
      "briefing",     "filing",     "note",      "conference", "meeting",   "address",
      "message",      "post",       "tweet",     "video",      "broadcast", "testimony",
      "presentation", "communique", "editorial", "column",     "blog",      "podcast",
      "session",      "hearing",    "remarks",   "comments",   "notice",    "announcement"};
  return set.count(lower) > 0;
}

bool is_preposition_start(std::string_view lower) {
  static const std::unordered_set<std::string_view> set = {
      "on",       "in",      "at",         "during",    "when",        "while",     "after",
      "before",   "since",   "as",         "for",       "with",        "regarding", "following",
      "namely",   "earlier", "later",      "yesterday", "last",        "this",      "though",
      "although", "if",      "because",    "despite",   "unlike",      "like",      "from",
      "speaking", "asked",   "addressing", "writing",   "interviewed", "meanwhile", "separately",
      "however",  "also",    "then",       "today",     "previously",  "elsewhere", "according",
      "by",       "to",      "of",         "under",     "over",        "through",   "via",
      "amid",     "upon",    "once",       "now",       "still",       "per"};
  return set.count(lower) > 0;
}

const std::unordered_set<std::string_view>& be_forms() {
  static const std::unordered_set<std::string_view> set = {"is",   "was",   "were", "are", "be",
                                                           "been", "being", "am",   "get", "got"};
  return set;
}

const std::unordered_set<std::string_view>& noun_determiners() {
  static const std::unordered_set<std::string_view> set = {
      "the",   "a",  "an",  "his", "her",   "its",  "their", "our", "my", "your", "this", "these",
      "those", "to", "any", "no",  "every", "each", "such",  "of",  "in", "for",  "with", "on"};
  return set;
}

const std::unordered_set<std::string_view>& gerund_links() {
  static const std::unordered_set<std::string_view> set = {
      "and", "while", "before", "after", "upon",    "by",    "when", "then",
      "but", "only",  "also",   "thus",  "further", "again", "even"};
  return set;
}

const std::unordered_set<std::string_view>& object_pronouns() {
  static const std::unordered_set<std::string_view> set = {"him", "her", "them", "us",
                                                           "me",  "you", "it"};
  return set;
}

bool is_sentence_stop(const Token& t) {
  return t.type == TokenType::punct && (t.text == "." || t.text == "!" || t.text == "?" ||
                                        t.text == "\xE2\x80\xA6" || t.text == "...");
}

class SentenceParser {
 public:
  SentenceParser(std::string_view para, const std::vector<Token>& toks, std::size_t a,
                 std::size_t b, std::size_t index, std::vector<Found>& out, bool title_case)
      : para_(para),
        toks_(toks),
        a_(a),
        b_(b),
        index_(index),
        out_(out),
        lex_(lexicon()),
        title_case_(title_case) {}

  void run();

 private:
  bool match_cue(std::size_t i, Cue& cue) const;
  bool passive_before(std::size_t i) const;
  long skip_left(long k) const;
  std::size_t skip_right(std::size_t k, std::size_t hi) const;
  std::size_t skip_object(std::size_t k, std::size_t hi) const;
  std::size_t extend_to_quote(std::size_t k, std::size_t hi) const;
  std::size_t forward_end(std::size_t from, std::size_t hi, std::size_t self) const;
  bool attribute(const Cue& cue, Attr& at) const;
  Mention apposition_subject(long comma) const;
  Mention sentence_subject() const;
  void emit(const Attr& at, std::vector<Piece> pieces, long inherit_from);

  std::string_view para_;
  const std::vector<Token>& toks_;
  std::size_t a_, b_;
  std::size_t index_;
  std::vector<Found>& out_;
  const Lexicon& lex_;
  std::vector<Attr> attrs_;
  std::size_t content_floor_ = 0;  // backward content does not go before this token
  bool title_case_ = false;
};

bool SentenceParser::match_cue(std::size_t i, Cue& cue) const {
  return extract::match_cue(para_, toks_, i, CueContext{a_, b_, title_case_}, cue);
}

bool SentenceParser::passive_before(std::size_t i) const {
  long k = static_cast<long>(i) - 1;
  int skipped = 0;
  while (k >= static_cast<long>(a_) && skipped < 3) {
    const Token& t = toks_[static_cast<std::size_t>(k)];
    if (t.type != TokenType::word) return false;
    if (be_forms().count(t.lower)) return true;
    if (t.lower == "also" || t.lower == "reportedly" || t.lower == "widely" || t.lower == "not" ||
        t.lower == "previously" || t.lower == "being" || t.lower == "often" ||
        t.lower == "subsequently" || t.lower == "first" || t.lower == "later") {
      --k;
      ++skipped;
      continue;
    }
    return false;
  }
  return false;
}

long SentenceParser::skip_left(long k) const {
  while (k >= static_cast<long>(a_)) {
    const Token& t = toks_[static_cast<std::size_t>(k)];
    if (is_punct(t, ",") && k - 3 >= static_cast<long>(a_)) {
      // ", according to Maritime Bulletin," between a subject and its verb
      long j = k - 1;
      while (j > static_cast<long>(a_) && j > k - 10 &&
             !is_punct(toks_[static_cast<std::size_t>(j)], ",")) {
        --j;
      }
      if (j >= static_cast<long>(a_) && is_punct(toks_[static_cast<std::size_t>(j)], ",") &&
          j + 1 < k &&
          (toks_[static_cast<std::size_t>(j + 1)].lower == "according" ||
           (is_preposition_start(toks_[static_cast<std::size_t>(j + 1)].lower) &&
            toks_[static_cast<std::size_t>(j + 1)].lower != "as"))) {
        k = j - 1;
        continue;
      }
      break;
    }
    if (t.type != TokenType::word) break;
    if (!t.cap && t.lower == "there") {
      --k;
      continue;
    }
    if (!t.cap && lex_.adverbs.count(t.lower) && t.lower != "this" && t.lower != "last") {
      --k;
      continue;
    }
    if (!t.cap && time_nouns().count(t.lower) && k - 1 >= static_cast<long>(a_) &&
        (toks_[static_cast<std::size_t>(k - 1)].lower == "this" ||
         toks_[static_cast<std::size_t>(k - 1)].lower == "last")) {
      k -= 2;
      continue;
    }
    if (t.cap && is_stop_cap(t.lower) && k - 1 >= static_cast<long>(a_) &&
        toks_[static_cast<std::size_t>(k - 1)].lower == "on") {
      k -= 2;  // "on Tuesday"
      continue;
    }
    if (!t.cap && (t.lower == "not" || t.lower == "never")) break;
    break;
  }
  return k;
}

std::size_t SentenceParser::skip_object(std::size_t k, std::size_t hi) const {
  if (k >= hi || toks_[k].type != TokenType::word) return k;
  if (object_pronouns().count(toks_[k].lower)) return k + 1;
  Mention obj = parse_right(para_, toks_, k, hi);
  if (!obj.empty() && obj.kind != MentionKind::pronoun) return obj.last;
  return k;
}

std::size_t SentenceParser::skip_right(std::size_t k, std::size_t hi) const {
  while (k < hi) {
    const Token& t = toks_[k];
    if (is_dash(t)) {
      for (std::size_t j = k + 1; j < hi && j < k + 14; ++j) {
        if (is_dash(toks_[j])) {
          k = j + 1;
          goto next;
        }
        if (toks_[j].type == TokenType::quote) break;
      }
      break;
    }
    if (t.type == TokenType::word && t.cap && is_weekday(t.lower)) {
      ++k;  // "said Sunday"
      continue;
    }
    if (t.type != TokenType::word || t.cap) break;
    if (right_adverbs().count(t.lower)) {
      ++k;
      continue;
    }
    if ((t.lower == "this" || t.lower == "last" || t.lower == "next") && k + 1 < hi &&
        time_nouns().count(toks_[k + 1].lower)) {
      k += 2;
      continue;
    }
    if (t.lower == "on" && k + 2 < hi &&
        (toks_[k + 1].lower == "last" || toks_[k + 1].lower == "this" ||
         toks_[k + 1].lower == "next") &&
        (is_weekday(toks_[k + 2].lower) || time_nouns().count(toks_[k + 2].lower))) {
      k += 3;
      continue;
    }
    if (t.lower == "on" && k + 1 < hi && is_word(toks_[k + 1])) {
      const Token& n = toks_[k + 1];
      if ((n.cap && (is_stop_cap(n.lower) || n.lower == "twitter" || n.lower == "facebook" ||
                     n.lower == "tv")) ||
          n.lower == "television" || n.lower == "radio" || n.lower == "tv" ||
          n.lower == "twitter") {
        k += 2;
        while (k < hi && is_word(toks_[k]) && (toks_[k].text[0] >= '0' && toks_[k].text[0] <= '9'))
          ++k;
        continue;
      }
    }
    // "explained to Wikinews", "said to reporters" — not "claiming to represent ..."
    if (t.lower == "to" && k + 1 < hi && is_word(toks_[k + 1]) &&
        (toks_[k + 1].cap || object_pronouns().count(toks_[k + 1].lower) ||
         toks_[k + 1].lower == "the" || toks_[k + 1].lower == "a" ||
         lex_.groups.count(toks_[k + 1].lower) || lex_.roles.count(toks_[k + 1].lower))) {
      std::size_t after = skip_object(k + 1, hi);
      if (after > k + 1) {
        k = after;
        continue;
      }
    }
    if ((t.lower == "in" || t.lower == "on") && k + 1 < hi && is_word(toks_[k + 1]) &&
        toks_[k + 1].cap && is_month(toks_[k + 1].lower)) {
      k += 2;  // "in February", "on March 3"
      while (k < hi && is_word(toks_[k]) && toks_[k].text[0] >= '0' && toks_[k].text[0] <= '9') ++k;
      continue;
    }
    if ((t.lower == "in" || t.lower == "during") && k + 2 < hi &&
        (toks_[k + 1].lower == "a" || toks_[k + 1].lower == "an" || toks_[k + 1].lower == "the" ||
         toks_[k + 1].lower == "its" || toks_[k + 1].lower == "his" ||
         toks_[k + 1].lower == "her" || toks_[k + 1].lower == "their")) {
      // "said in a statement", "told Reuters in an interview"
      std::size_t j = k + 2;
      while (j < hi && j < k + 10 && is_word(toks_[j]) && !statement_noun(toks_[j].lower)) ++j;
      if (j < hi && statement_noun(toks_[j].lower)) {
        k = j + 1;
        continue;
      }
    }
    if ((t.lower == "in" || t.lower == "at" || t.lower == "during" || t.lower == "via" ||
         t.lower == "through" || t.lower == "on") &&
        k + 1 < hi) {
      // "in a statement, ...", "in an interview that": up to a comma before a quotation or
      // "that".
      std::size_t j = k + 1;
      while (j < hi && j < k + 9 && toks_[j].type == TokenType::word && toks_[j].lower != "that")
        ++j;
      if (j < hi && j > k + 1 &&
          (toks_[j].lower == "that" ||
           ((is_punct(toks_[j], ",") || is_punct(toks_[j], ":")) && j + 1 < hi &&
            (toks_[j + 1].type == TokenType::quote || toks_[j + 1].lower == "that")))) {
        k = j;
        continue;
      }
    }
    break;
  next:;
  }
  return k;
}

std::size_t SentenceParser::extend_to_quote(std::size_t k, std::size_t hi) const {
  // "said in her 1976 autobiography, "so ..."": words up to a comma before a quotation are
  // still the attribution.
  for (std::size_t j = k; j < hi && j < k + 10; ++j) {
    const Token& t = toks_[j];
    if ((is_punct(t, ",") || is_punct(t, ":")) && j + 1 < hi &&
        toks_[j + 1].type == TokenType::quote) {
      return j;
    }
    if (t.type != TokenType::word) break;
    Cue c;
    if (match_cue(j, c)) break;
  }
  return k;
}

std::size_t SentenceParser::forward_end(std::size_t from, std::size_t hi, std::size_t self) const {
  for (std::size_t j = from; j < hi; ++j) {
    const Token& t = toks_[j];
    if (is_punct(t, ";")) return j;
    if (is_punct(t, ":") && j + 1 < hi && toks_[j + 1].type == TokenType::quote && j > from) {
      return j;
    }
    if (is_punct(t, ",") && j + 1 < hi) {
      const Token& n = toks_[j + 1];
      if (n.lower == "according" || n.lower == "while" || n.lower == "whereas" ||
          n.lower == "despite" || n.lower == "although" || n.lower == "though") {
        return j;  // a contrast or a concession of the writer's
      }
      if (n.lower == "as" && j + 2 < hi) {
        Cue c;
        if (match_cue(j + 2, c)) return j;
      }
    }
    // the attribution of a later cue, after a comma or a conjunction, ends this content
    for (std::size_t q = self + 1; q < attrs_.size(); ++q) {
      const Attr& other = attrs_[q];
      if (other.start != j || j <= from) continue;
      if (toks_[j].lower == "and" || toks_[j].lower == "but") return j;  // "... and noted ..."
      long p = static_cast<long>(j) - 1;
      long cut = -1;
      while (p >= static_cast<long>(from)) {
        const Token& w = toks_[static_cast<std::size_t>(p)];
        if (is_punct(w, ",") || is_punct(w, ";") || is_dash(w)) {
          cut = p;
          break;
        }
        if (w.type == TokenType::word &&
            (w.lower == "and" || w.lower == "but" || w.lower == "while" || w.lower == "which" ||
             w.lower == "who" || w.lower == "whereas" || w.lower == "also" || w.lower == "as" ||
             w.lower == "with" || w.lower == "despite" || w.lower == "although" ||
             w.lower == "though" || w.lower == "then")) {
          if (w.lower == "and" || w.lower == "but" || w.lower == "while" || w.lower == "whereas" ||
              w.lower == "despite" || w.lower == "although" || w.lower == "though") {
            cut = p;
          }
          --p;
          continue;
        }
        break;
      }
      if (cut >= static_cast<long>(from)) return static_cast<std::size_t>(cut);
    }
  }
  return hi;
}

Mention SentenceParser::apposition_subject(long comma) const {
  // "Xi, also general secretary of the CPC Central Committee, said"
  Mention none;
  long j = comma - 1;
  int n = 0;
  while (j >= static_cast<long>(a_) && n < 25) {
    const Token& t = toks_[static_cast<std::size_t>(j)];
    if (t.type == TokenType::quote || is_punct(t, ";") || is_sentence_stop(t)) return none;
    if (is_punct(t, ",")) break;
    if (t.type == TokenType::word && !t.cap) {
      Cue c;
      // "the official, who did not want to be named, told Reuters": an infinitive or a
      // passive inside the apposition is no attribution of its own
      const std::string& before = j > 0 ? toks_[static_cast<std::size_t>(j - 1)].lower : t.lower;
      bool infinitive_or_passive = before == "to" || be_forms().count(before);
      if (!infinitive_or_passive && match_cue(static_cast<std::size_t>(j), c)) return none;
    }
    --j;
    ++n;
  }
  if (j < static_cast<long>(a_) || !is_punct(toks_[static_cast<std::size_t>(j)], ",")) return none;
  const Token& first = toks_[static_cast<std::size_t>(j + 1)];
  bool looks_appositive = first.lower == "a" || first.lower == "an" || first.lower == "the" ||
                          first.lower == "also" || first.lower == "who" || first.lower == "then" ||
                          first.lower == "which" || first.lower == "whose" ||
                          first.lower == "wholly" || first.lower == "based" ||
                          first.lower == "headquartered" || first.lower == "formerly" ||
                          first.lower == "owned" || first.lower == "once" || first.lower == "now" ||
                          first.lower == "himself" || first.lower == "herself" ||
                          lex_.roles.count(first.lower) || lex_.modifiers.count(first.lower) ||
                          is_name_word(first) || (first.text[0] >= '0' && first.text[0] <= '9');
  // "Dr Gary Mortimer, retail expert from ...": a role among the first words
  for (long q = j + 1; !looks_appositive && q < comma && q <= j + 3; ++q) {
    if (lex_.roles.count(toks_[static_cast<std::size_t>(q)].lower)) looks_appositive = true;
  }
  if (!looks_appositive) return none;
  Mention m = parse_left(para_, toks_, j - 1, a_);
  if (m.empty()) return none;
  if (m.first != a_) {
    const Token& before = toks_[m.first - 1];
    if (!is_punct(before, ",") && before.lower != "and" && before.lower != "but" &&
        before.lower != "while")
      return none;
  }
  if (m.kind == MentionKind::description || m.kind == MentionKind::group ||
      (m.kind == MentionKind::name && !m.roles.empty() && m.name_end < m.last)) {
    // "The Vice President, Mike Pence, said", "the director of Argentina's Amnesty
    // International, Mariela Belski, said": the apposition names the speaker.
    Mention inner =
        parse_right(para_, toks_, static_cast<std::size_t>(j + 1), static_cast<std::size_t>(comma));
    if (inner.kind == MentionKind::name && inner.last == static_cast<std::size_t>(comma)) {
      inner.roles.insert(inner.roles.end(), m.roles.begin(), m.roles.end());
      inner.first = m.first;
      inner.text = std::string(
          para_.substr(toks_[m.first].begin, toks_[inner.last - 1].end - toks_[m.first].begin));
      return inner;
    }
  }
  if (m.kind == MentionKind::name) {
    // roles named in the apposition help resolve "the premier" later
    for (long q = j + 1; q < comma; ++q) {
      const Token& t = toks_[static_cast<std::size_t>(q)];
      if (t.type == TokenType::word && lex_.roles.count(t.lower)) m.roles.push_back(t.lower);
      if (t.lower == "of") break;
    }
  }
  return m;
}

Mention SentenceParser::sentence_subject() const {
  // The clause subject of a gerund cue: the first noun phrase of the sentence, after a leading
  // adverbial that ends with a comma.
  std::size_t k = a_;
  if (k < b_ && is_preposition_start(toks_[k].lower)) {
    for (std::size_t j = a_; j < b_ && j < a_ + 14; ++j) {
      if (is_punct(toks_[j], ",")) {
        k = j + 1;
        break;
      }
    }
  }
  while (k < b_ && toks_[k].type == TokenType::word && !is_name_word(toks_[k]) &&
         !is_pronoun(toks_[k].lower) && toks_[k].lower != "the" && k < a_ + 6) {
    ++k;
  }
  Mention m = parse_right(para_, toks_, k, b_);
  // "a Republican, Mark Amodei, has ...": the appositive name
  if (!m.empty() && m.kind != MentionKind::pronoun && m.last + 2 < b_ &&
      is_punct(toks_[m.last], ",")) {
    Mention inner = parse_right(para_, toks_, m.last + 1, b_);
    if (inner.kind == MentionKind::name && inner.last < b_ && is_punct(toks_[inner.last], ",") &&
        (m.kind != MentionKind::name || m.last - m.first == 1)) {
      return inner;
    }
  }
  return m;
}

bool SentenceParser::attribute(const Cue& cue, Attr& at) const {
  at.cue = cue;
  if (cue.according) {
    // "according to a Twitter post by Amy Cook", "according to data from the Gun Violence
    // Archive": the author after "by" / "from"
    for (std::size_t j = cue.last; j + 1 < b_ && j < cue.last + 7; ++j) {
      const Token& t = toks_[j];
      if (t.type != TokenType::word) break;
      if ((t.lower == "by" || t.lower == "from") && j > cue.last) {
        Mention author = parse_right(para_, toks_, j + 1, b_);
        if (author.kind == MentionKind::name) {
          at.subject = author;
          at.inverted = true;
          at.start = cue.first;
          at.after = author.last;
          return true;
        }
        break;
      }
    }
    at.subject = parse_right(para_, toks_, cue.last, b_);
    if (at.subject.empty()) {
      // "according to a whistle-blower complaint, ...": some unnamed source
      std::size_t j = cue.last;
      while (j < b_ && j < cue.last + 9 &&
             (toks_[j].type == TokenType::word ||
              (is_punct(toks_[j], ",") && j + 1 < b_ && toks_[j + 1].text.size() == 4 &&
               toks_[j + 1].text[0] >= '0' && toks_[j + 1].text[0] <= '9'))) {
        ++j;  // "according to a March 14, 2019 NATO press release"
      }
      if (j == cue.last || (j < b_ && !is_punct(toks_[j], ",") && !is_sentence_stop(toks_[j])))
        return false;
      for (std::size_t q = cue.last; q < j; ++q) {
        if (!is_name_word(toks_[q])) continue;
        // "according to the 2019 NATO report", "according to these videos and NPR"
        Mention named = parse_right(para_, toks_, q, j);
        if (named.kind == MentionKind::name) {
          at.subject = named;
          at.inverted = true;
          at.start = cue.first;
          at.after = j;
          return true;
        }
      }
      at.subject.kind = MentionKind::group;
      at.subject.first = cue.last;
      at.subject.last = j;
      at.subject.head = toks_[j - 1].lower;
      at.subject.text = std::string(
          para_.substr(toks_[cue.last].begin, toks_[j - 1].end - toks_[cue.last].begin));
    }
    at.inverted = true;
    at.start = cue.first;
    at.after = at.subject.last;
    // "According to the El Paso mayor, Dee Margo, ..."
    if (at.subject.kind == MentionKind::description && at.after + 2 < b_ &&
        is_punct(toks_[at.after], ",")) {
      Mention inner = parse_right(para_, toks_, at.after + 1, b_);
      if (inner.kind == MentionKind::name && inner.last < b_ && is_punct(toks_[inner.last], ",")) {
        inner.roles.insert(inner.roles.end(), at.subject.roles.begin(), at.subject.roles.end());
        at.subject = inner;
        at.after = inner.last;
      }
    }
    return true;
  }
  const CueInfo& info = *cue.info;
  const long before = static_cast<long>(cue.first) - 1;
  const Token* prev =
      before >= static_cast<long>(a_) ? &toks_[static_cast<std::size_t>(before)] : nullptr;
  // Noun uses: "the calls", "his remarks", "to say", "Xi's remarks", "reports suggest".
  if (prev && prev->type == TokenType::word && !prev->cap &&
      noun_determiners().count(prev->lower) && !info.gerund) {
    return false;
  }
  if (prev && prev->type == TokenType::word &&
      (prev->text.size() > 2 &&
       (prev->text.substr(prev->text.size() - 2) == "'s" ||
        (prev->text.size() > 4 && prev->text.substr(prev->text.size() - 4) == "\xE2\x80\x99s")))) {
    return false;
  }
  if (prev && prev->lower == "to" && !info.gerund) return false;
  if (cue.last < b_ && toks_[cue.last].type == TokenType::word && !toks_[cue.last].cap &&
      lex_.cues.count(toks_[cue.last].lower) && !info.object) {
    Cue next;
    if (match_cue(cue.last, next) && !next.info->participle) return false;  // "reports suggest"
  }
  // Passive with an agent: "described by Marine Bulletin as ...".
  if (info.participle && cue.last + 1 < b_ && toks_[cue.last].lower == "by") {
    Mention agent = parse_right(para_, toks_, cue.last + 1, b_);
    if (!agent.empty()) {
      at.subject = agent;
      at.agent = true;
      at.start = cue.first;
      at.after = agent.last;
      return true;
    }
  }
  if (info.participle && passive_before(cue.first)) return false;
  // "a program called "Learning Together"": a participle naming something
  if (info.naming && info.participle && cue.last < b_ && prev && prev->type == TokenType::word &&
      !prev->cap && !lex_.adverbs.count(prev->lower) && !is_pronoun(prev->lower) &&
      (toks_[cue.last].type == TokenType::quote || is_name_word(toks_[cue.last]))) {
    return false;  // ... also "a chef named Łukasz"
  }
  long k = skip_left(before);
  const Token* kt = k >= static_cast<long>(a_) ? &toks_[static_cast<std::size_t>(k)] : nullptr;
  if (info.gerund) {
    // "with Miller describing": the noun phrase is the subject
    Mention m = parse_left(para_, toks_, k, a_);
    if (!m.empty() && m.first > a_ &&
        (toks_[m.first - 1].lower == "with" || toks_[m.first - 1].lower == "without")) {
      at.subject = m;
      at.left = true;
      at.start = m.first;
      at.after = cue.last;
      return true;
    }
    // "a meeting between Giuliani, claiming to represent the department, and Yermak": a
    // participle set off by commas after a name belongs to that name
    if (kt && is_punct(*kt, ",") && k - 1 >= static_cast<long>(a_)) {
      bool closed = false;
      for (std::size_t q = cue.last; q < b_; ++q) {
        if (is_punct(toks_[q], ",")) {
          closed = q + 1 < b_ && !is_sentence_stop(toks_[q + 1]);
          break;
        }
        if (toks_[q].type == TokenType::quote) break;
      }
      Mention named = parse_left(para_, toks_, k - 1, a_);
      // ... but not a place ("held talks in Beijing, calling on ...")
      if (closed && named.kind == MentionKind::name && named.first > a_ && named.parts.empty() &&
          !lex_.places.count(named.name) && toks_[named.first - 1].lower != "in" &&
          toks_[named.first - 1].lower != "at") {
        at.subject = named;
        at.left = true;
        at.object_subject = true;
        at.start = named.first;
        at.after = cue.last;
        return true;
      }
    }
    // "cited the Air Force as stating": the object of the verb before
    if (kt && kt->lower == "as" && k - 1 >= static_cast<long>(a_)) {
      Mention obj = parse_left(para_, toks_, k - 1, a_);
      if (!obj.empty() && obj.kind != MentionKind::pronoun) {
        at.subject = obj;
        at.left = true;
        at.object_subject = true;
        at.start = obj.first;
        at.after = cue.last;
        return true;
      }
    }
    if (kt &&
        (is_punct(*kt, ",") || (kt->type == TokenType::word && gerund_links().count(kt->lower)))) {
      at.inherit = true;
      at.start = cue.first;
      at.after = cue.last;
      return true;
    }
    return false;
  }
  if (kt && is_punct(*kt, ",") && k - 1 >= static_cast<long>(a_) &&
      toks_[static_cast<std::size_t>(k - 1)].type != TokenType::quote) {
    Mention m = apposition_subject(k);
    if (!m.empty()) {
      at.subject = m;
      at.left = true;
      at.start = m.first;
      at.after = cue.last;
      return true;
    }
  }
  Mention m = parse_left(para_, toks_, k, a_);
  if (m.kind == MentionKind::pronoun && m.head == "they" && m.first > a_) {
    // "State prosecutors charged the suspect ..., they said": the group
    Mention subject = sentence_subject();
    if (subject.kind == MentionKind::group && subject.first < m.first) {
      at.subject = subject;
      at.left = true;
      at.start = m.first;
      at.after = cue.last;
      return true;
    }
  }
  if (!m.empty() && m.first > a_ && m.kind != MentionKind::pronoun) {
    // "researchers from the University ... in Ohio reported": the noun phrase right before
    // the cue is a prepositional object; the clause subject speaks
    static const std::unordered_set<std::string_view> preps = {
        "in", "of", "from", "at", "for", "on", "to", "by", "near", "with", "into", "about"};
    if (preps.count(toks_[m.first - 1].lower)) {
      Mention subject = sentence_subject();
      if (!subject.empty() && subject.first < m.first) {
        std::size_t start = m.first;
        m = subject;
        at.subject = m;
        at.left = true;
        at.start = start;
        at.after = cue.last;
        return true;
      }
    }
  }
  const bool base_form = ascii_lower(cue.text) == info.lemma;
  if (!m.empty() && base_form && (m.kind == MentionKind::description) && !m.head.empty() &&
      m.head.back() != 's' && m.head != "police" && m.head != "media" && m.head != "people" &&
      m.possessor.empty()) {
    return false;  // "the official name of": a noun
  }
  if (!m.empty() && m.kind == MentionKind::name && m.parts.empty() && base_form &&
      cue.first == static_cast<std::size_t>(k + 1)) {
    // "In a News.com.au report, ...": a singular name before a base form is a compound noun
    return false;
  }
  if (!m.empty() && info.naming && info.participle && m.kind != MentionKind::pronoun &&
      m.first > a_ && !is_punct(toks_[m.first - 1], ",") && cue.last < b_ &&
      (toks_[cue.last].type == TokenType::quote || is_name_word(toks_[cue.last]))) {
    return false;  // "a program at Fishmongers' Hall called "Learning Together""
  }
  if (!m.empty()) {
    at.subject = m;
    at.left = true;
    at.start = m.first;
    at.after = cue.last;
    return true;
  }
  // "the Navy, who told it ...", "The Jakarta Post, which also reported ..."
  if (kt && (kt->lower == "who" || kt->lower == "which") && k - 2 >= static_cast<long>(a_) &&
      is_punct(toks_[static_cast<std::size_t>(k - 1)], ",")) {
    Mention rel = parse_left(para_, toks_, k - 2, a_);
    if (!rel.empty() && rel.kind != MentionKind::pronoun) {
      at.subject = rel;
      at.left = true;
      at.start = static_cast<std::size_t>(k);  // the relative pronoun
      at.after = cue.last;
      return true;
    }
  }
  // "..., but said ...", "and noted ...": the subject of the verb before
  bool only_adverbs = true;  // "and may declare": a modal verb, not a second statement
  for (long q = k + 1; q < static_cast<long>(cue.first); ++q) {
    if (!right_adverbs().count(toks_[static_cast<std::size_t>(q)].lower)) only_adverbs = false;
  }
  if (kt && kt->type == TokenType::word && (kt->lower == "and" || kt->lower == "but") &&
      only_adverbs) {
    at.inherit = true;
    at.coordinated = true;
    at.start = static_cast<std::size_t>(k);
    at.after = cue.last;
    return true;
  }
  // Inversion: "“...,” said Chinese President Xi Jinping", "..., says the study, ..."
  if (kt && (is_punct(*kt, ",") || kt->type == TokenType::quote) &&
      static_cast<long>(cue.first) - 1 == k) {
    Mention s = parse_right(para_, toks_, cue.last, b_);
    if (!s.empty()) {
      bool ends = s.last >= b_ || toks_[s.last].type != TokenType::word ||
                  is_preposition_start(toks_[s.last].lower) || toks_[s.last].lower == "who" ||
                  toks_[s.last].lower == "whose";
      if (!ends) return false;
      at.subject = s;
      at.inverted = true;
      at.start = cue.first;
      at.after = s.last;
      return true;
    }
  }
  return false;
}

void SentenceParser::emit(const Attr& at, std::vector<Piece> pieces, long inherit_from) {
  // trim pieces
  std::vector<Piece> kept;
  for (std::size_t n = 0; n < pieces.size(); ++n) {
    Piece p = pieces[n];
    while (p.first < p.last &&
           (is_punct(toks_[p.first], ",") || is_punct(toks_[p.first], ":") ||
            is_dash(toks_[p.first]) ||
            (n == 0 && toks_[p.first].type == TokenType::word && toks_[p.first].lower == "that" &&
             !toks_[p.first].cap && p.last - p.first > 2) ||
            (at.agent && n == 0 && toks_[p.first].lower == "as"))) {
      ++p.first;
    }
    while (p.last > p.first) {
      const Token& t = toks_[p.last - 1];
      if (t.type == TokenType::punct && t.text != ")" && t.text != "]" && t.text != "%" &&
          t.text != "?" && t.text != "!") {
        --p.last;
        continue;
      }
      break;
    }
    if (p.first < p.last) kept.push_back(p);
  }
  if (kept.empty()) return;
  bool any_quote = false;
  bool all_quote = true;
  std::size_t words = 0;
  for (const Piece& p : kept) {
    for (std::size_t i = p.first; i < p.last; ++i) {
      const Token& t = toks_[i];
      if (t.type == TokenType::quote) {
        any_quote = true;
      } else if (t.type == TokenType::word) {
        ++words;
        if (t.lower != "and" && t.lower != "but") all_quote = false;
      } else if (!(is_punct(t, ",") || is_punct(t, ".") || is_punct(t, ":"))) {
        all_quote = false;
      }
    }
  }
  if (!any_quote && words < 3) return;  // "acknowledged the deal": a topic, not a clause
  Found f;
  f.sentence = index_;
  f.cue = at.cue.text;
  f.cue_pos = toks_[at.cue.first].begin;
  f.mention_pos = at.subject.empty() ? f.cue_pos : toks_[at.subject.first].begin;
  f.begin = toks_[kept.front().first].begin;
  f.end = toks_[kept.back().last - 1].end;
  f.inherit = inherit_from;
  if (!at.inherit) f.mention = at.subject;
  if (any_quote && all_quote) {
    f.kind = StatementKind::direct;
    for (const Piece& p : kept) {
      for (std::size_t i = p.first; i < p.last; ++i) {
        if (toks_[i].type != TokenType::quote) continue;
        std::string inner = quote_inner_text(toks_[i]);
        if (inner.empty()) continue;
        if (!f.text.empty()) f.text += " ... ";
        f.text += inner;
        f.unclosed = !toks_[i].quote.closed;
      }
    }
  } else {
    f.kind = any_quote ? StatementKind::mixed : StatementKind::indirect;
    for (const Piece& p : kept) {
      if (!f.text.empty()) f.text += " ... ";
      f.text += std::string(
          para_.substr(toks_[p.first].begin, toks_[p.last - 1].end - toks_[p.first].begin));
      if (toks_[p.last - 1].type == TokenType::quote) f.unclosed = !toks_[p.last - 1].quote.closed;
    }
    // "call X "Y"", "describe X as "Y"": the quoted naming is the statement
    if (at.cue.info && at.cue.info->naming && kept.size() == 1 &&
        toks_[kept.front().first].lower == "as") {
      std::size_t q = kept.front().first + 1;
      while (q < kept.front().last &&
             (toks_[q].lower == "a" || toks_[q].lower == "an" || toks_[q].lower == "the"))
        ++q;
      if (q < kept.front().last && toks_[q].type == TokenType::quote) {
        f.kind = StatementKind::direct;
        f.text = quote_inner_text(toks_[q]);
        f.begin = toks_[q].begin;
        f.end = toks_[q].end;
      }
    } else if (at.cue.info && at.cue.info->naming && kept.size() == 1) {
      // "called the stabbing "an act of ..."", "calling it "null and void" and "..."": a short
      // object, then only quotations
      const Piece& p = kept.front();
      std::size_t q = p.first;
      while (q < p.last && toks_[q].type == TokenType::word && q < p.first + 4) ++q;
      // "referred to the 707 involved as a "cargo plane""
      bool via_as = false;
      for (std::size_t as = p.first; as + 1 < p.last && as < p.first + 5; ++as) {
        if (toks_[as].lower != "as") continue;
        std::size_t w = as + 1;
        while (w < p.last &&
               (toks_[w].lower == "a" || toks_[w].lower == "an" || toks_[w].lower == "the"))
          ++w;
        if (w < p.last && toks_[w].type == TokenType::quote && w + 1 == p.last) {
          q = w;
          via_as = true;
        }
        break;
      }
      if (q > p.first && q < p.last && (q <= p.first + 3 || via_as) &&
          toks_[q].type == TokenType::quote) {
        bool only_quotes = true;
        std::string joined;
        for (std::size_t i = q; i < p.last; ++i) {
          const Token& t = toks_[i];
          if (t.type == TokenType::quote) {
            std::string inner = quote_inner_text(t);
            if (!inner.empty()) joined += (joined.empty() ? "" : " ... ") + inner;
          } else if (!(is_punct(t, ",") || t.lower == "and")) {
            only_quotes = false;
          }
        }
        if (only_quotes && !joined.empty()) {
          f.kind = StatementKind::direct;
          f.text = joined;
          f.begin = toks_[q].begin;
        }
      }
    }
  }
  if (f.text.empty()) return;
  if (!f.mention.empty() && !f.mention.parts.empty()) {
    for (const Mention& part : f.mention.parts) {
      Found g = f;
      g.mention = part;
      out_.push_back(std::move(g));
    }
    return;
  }
  out_.push_back(std::move(f));
}

void SentenceParser::run() {
  std::vector<Cue> cues;
  for (std::size_t i = a_; i < b_; ++i) {
    Cue c;
    if (match_cue(i, c)) {
      cues.push_back(c);
      i = c.last - 1;
    }
  }
  if (cues.empty()) return;
  for (const Cue& c : cues) {
    Attr at;
    if (attribute(c, at)) attrs_.push_back(std::move(at));
  }
  content_floor_ = a_;
  const std::size_t first_found = out_.size();
  auto starts_attribution = [&](std::size_t tok, std::size_t self) {
    for (std::size_t q = 0; q < attrs_.size(); ++q) {
      if (q != self && attrs_[q].start == tok && attrs_[q].inherit) return true;
    }
    return false;
  };
  for (std::size_t idx = 0; idx < attrs_.size(); ++idx) {
    const Attr& at = attrs_[idx];
    const CueInfo* info = at.cue.info;
    std::size_t f = at.after;
    if (info && info->object && !at.inverted && !at.agent) {
      f = skip_object(f, b_);
      // "told a regular press briefing on Monday that ...": the rest of the addressee
      for (std::size_t j = f; j < b_ && j < f + 8; ++j) {
        if (toks_[j].type != TokenType::word) break;
        if (toks_[j].lower == "that" && j > f) {
          f = j;
          break;
        }
      }
    }
    f = skip_right(f, b_);
    if (!at.inverted || at.cue.according) f = extend_to_quote(f, b_);
    const bool comma_after = f < b_ && (is_punct(toks_[f], ",") || is_punct(toks_[f], ":"));
    std::size_t fs = comma_after ? f + 1 : f;
    if (fs < b_ && toks_[fs].lower == "that" && !toks_[fs].cap) {
      ++fs;
      if (fs < b_ && is_punct(toks_[fs], ",")) ++fs;  // "remarked that, because ..."
    }
    bool forward =
        fs < b_ && (toks_[fs].type == TokenType::quote || (toks_[fs].type == TokenType::word));
    // "..., adding that ...", "continued by noting": the content belongs to the other cue
    // ", Xi said, Xinhua reported": after a comma, another attribution is no content
    if (forward && comma_after) {
      for (std::size_t q = 0; q < attrs_.size(); ++q) {
        if (q != idx && attrs_[q].start == fs) forward = false;
      }
    }
    if (forward && (starts_attribution(fs, idx) ||
                    (toks_[fs].lower == "by" && starts_attribution(fs + 1, idx)))) {
      forward = false;
    }
    // forward content: quotations alone ("said "A" and "B"") or up to the clause's end
    Piece fwd{fs, fs};
    Piece colon_quote{0, 0};
    if (forward) {
      if (toks_[fs].type == TokenType::quote) {
        std::size_t e = fs + 1;
        while (e + 1 < b_ && (is_punct(toks_[e], ",") || toks_[e].lower == "and") &&
               toks_[e + 1].type == TokenType::quote) {
          e += 2;
        }
        bool continues = e < b_ && toks_[e].type == TokenType::word && toks_[e].lower != "and" &&
                         toks_[e].lower != "but" && toks_[e].lower != "while";
        fwd = {fs, continues ? forward_end(e, b_, idx) : e};
      } else {
        fwd = {fs, forward_end(fs, b_, idx)};
      }
      if (at.object_subject && info && info->gerund) {
        for (std::size_t j = fwd.first; j < fwd.last; ++j) {
          if (is_punct(toks_[j], ",")) {
            fwd.last = j;  // "Giuliani, claiming to represent the department, and ..."
            break;
          }
        }
      }
      if (at.inherit) {
        for (std::size_t j = fwd.first; j + 1 < fwd.last; ++j) {
          if (is_punct(toks_[j], ",") &&
              (toks_[j + 1].lower == "and" || toks_[j + 1].lower == "but")) {
            fwd.last = j;
            break;
          }
        }
      }
      if (fwd.last + 1 < b_ && is_punct(toks_[fwd.last], ":") &&
          toks_[fwd.last + 1].type == TokenType::quote &&
          (fwd.last + 2 >= b_ || toks_[fwd.last + 2].type == TokenType::punct)) {
        colon_quote = {fwd.last + 1, fwd.last + 2};
      }
    }
    // backward content
    Piece back;
    bool backward = false;
    bool back_is_quote = false;
    if (at.start > content_floor_) {
      long p = static_cast<long>(at.start) - 1;
      const Token& pt = toks_[static_cast<std::size_t>(p)];
      std::size_t cs = content_floor_;
      for (long q = p; q >= static_cast<long>(content_floor_); --q) {
        if (is_punct(toks_[static_cast<std::size_t>(q)], ";")) {
          cs = static_cast<std::size_t>(q) + 1;
          break;
        }
      }
      auto relative_word = [&](long q) {
        if (q < static_cast<long>(a_)) return false;
        const Token& w = toks_[static_cast<std::size_t>(q)];
        return w.type == TokenType::word &&
               (w.lower == "which" || w.lower == "who" ||
                (w.lower == "that" && q > static_cast<long>(a_) &&
                 is_punct(toks_[static_cast<std::size_t>(q - 1)], ",")));
      };
      // "polynyas, which, they observed, occurred ..."
      const bool relative = relative_word(p) || (is_punct(pt, ",") && relative_word(p - 1));
      if (relative) {
        // "polynyas, which, they observed, occurred ...": nothing before belongs to it
      } else if (pt.type == TokenType::quote) {
        back = {cs, static_cast<std::size_t>(p) + 1};
        backward = true;
        back_is_quote = back.last - back.first == 1;
      } else if (is_punct(pt, ",") || is_dash(pt)) {
        if (static_cast<std::size_t>(p) > cs) {
          back = {cs, static_cast<std::size_t>(p)};
          backward = true;
          back_is_quote = back.last - back.first == 1 && toks_[back.first].type == TokenType::quote;
        }
      } else if (at.cue.according && static_cast<std::size_t>(p) >= cs) {
        // "... at "very low height" according to The Aviation Herald"
        back = {cs, static_cast<std::size_t>(p) + 1};
        backward = true;
      }
    }
    // a backward region holding another attribution is a relay ("..., Xi said, Xinhua
    // reported"): the statement belongs to the original speaker only.
    if (backward) {
      for (std::size_t q = 0; q < attrs_.size(); ++q) {
        if (q != idx && attrs_[q].start >= back.first && attrs_[q].after <= back.last) {
          backward = false;
        }
      }
      if (!backward && !forward) continue;
    }
    // "commented on the agreement": a topic, not a statement
    if (forward && !at.inverted &&
        (toks_[fs].lower == "on" || toks_[fs].lower == "about" || toks_[fs].lower == "upon" ||
         toks_[fs].lower == "with" || toks_[fs].lower == "at" || toks_[fs].lower == "of" ||
         toks_[fs].lower == "for" || toks_[fs].lower == "by" || toks_[fs].lower == "from") &&
        !(fs + 1 < b_ && toks_[fs + 1].type == TokenType::quote)) {  // "told ... of "..."" stays
      forward = false;
      if (!backward) continue;
    }
    // weak cues ("spoke", "continued") need quoted words or a "that" clause, unless set off by
    // commas (", they observed, ...")
    const bool set_off = comma_after && at.start > a_ && is_punct(toks_[at.start - 1], ",");
    if (info && (info->weak || info->naming) && forward && (!backward || at.inherit) && !set_off) {
      bool quoted = false;
      for (std::size_t i = fwd.first; i < fwd.last; ++i) {
        if (toks_[i].type == TokenType::quote) quoted = true;
      }
      bool that_clause = at.after < b_ && toks_[at.after].lower == "that";
      for (std::size_t i = fwd.first; info->naming && i < fwd.last; ++i) {
        // "called it unlikely that ...", "describing issues ... as one potential scenario"
        if (toks_[i].lower == "that" || toks_[i].lower == "as") that_clause = true;
      }
      if (!quoted && !that_clause) continue;
    }
    // "wrote to the embassy": a letter, not a statement
    if (info && info->lemma == "write" && at.after < b_ && toks_[at.after].lower == "to") continue;
    std::vector<Piece> pieces;
    long inherit_from = -1;
    if (at.inherit) {
      if (!forward) continue;
      pieces.push_back(fwd);
      const Attr* main_clause = nullptr;
      if (at.coordinated) {
        // "It cited the Air Force as stating ..., and claimed ...", "the Navy, who told it ...
        // and noted ...": the subject of the verb before
        for (std::size_t q = idx; q-- > 0;) {
          if (attrs_[q].left && !attrs_[q].object_subject && !attrs_[q].subject.empty()) {
            main_clause = &attrs_[q];
            break;
          }
        }
      }
      Mention clause_subject;
      if (main_clause == nullptr && at.coordinated) {
        // "According to Xinhua, Xi also praised ... and said ...": the clause's own subject
        clause_subject = sentence_subject();
      }
      if (main_clause != nullptr || !clause_subject.empty()) {
        Attr copy = at;
        copy.inherit = false;
        copy.subject = main_clause != nullptr ? main_clause->subject : clause_subject;
        emit(copy, pieces, -1);
        content_floor_ = std::max(content_floor_, pieces.back().last);
        continue;
      }
      if (out_.size() > first_found) {
        inherit_from = static_cast<long>(out_.size()) - 1;
      } else {
        Attr copy = at;
        copy.inherit = false;
        for (std::size_t q = idx; q-- > 0;) {
          if (!attrs_[q].inherit && !attrs_[q].subject.empty()) {
            copy.subject = attrs_[q].subject;
            break;
          }
        }
        if (copy.subject.empty() && at.cue.first == a_) {
          // "Saying "...", President Fernández elaborated": the main clause's subject
          for (std::size_t q = idx + 1; q < attrs_.size(); ++q) {
            if (!attrs_[q].inherit && !attrs_[q].subject.empty()) {
              copy.subject = attrs_[q].subject;
              break;
            }
          }
        }
        if (copy.subject.empty()) {
          // "..., where Dr. Tomasz Stefaniak was met with applause upon announcing ...": the
          // subject of the clause the gerund hangs on
          for (std::size_t j = at.cue.first; j-- > a_ + 1;) {
            const std::string& w = toks_[j].lower;
            if (toks_[j].type != TokenType::word ||
                !(w == "where" || w == "while" || w == "when" || w == "whereas")) {
              continue;
            }
            Mention clause = parse_right(para_, toks_, j + 1, at.cue.first);
            if (clause.kind == MentionKind::name || clause.kind == MentionKind::pronoun) {
              copy.subject = clause;
            }
            break;
          }
        }
        if (copy.subject.empty()) copy.subject = sentence_subject();
        if (copy.subject.empty()) continue;
        emit(copy, pieces, -1);
        content_floor_ = std::max(content_floor_, pieces.back().last);
        continue;
      }
    } else if (at.agent) {
      if (forward) {
        pieces.push_back(fwd);
      } else if (backward) {
        // "..., as quoted by Greek Reporter": a relay, not a statement of its own
        if (at.start > a_ && toks_[at.start - 1].lower == "as") continue;
        pieces.push_back(back);
      } else {
        continue;
      }
    } else if (at.inverted) {
      bool at_start =
          at.start == a_ || (at.start > a_ && is_punct(toks_[at.start - 1], ",") && !backward);
      if (at.cue.according && (at_start || !backward)) {
        if (!forward) continue;
        // "According to Xinhua, Xi ... said ...": the agency relays a speaker of the sentence
        bool relay = false;
        for (std::size_t q = 0; q < attrs_.size(); ++q) {
          if (q != idx && !attrs_[q].cue.according && attrs_[q].cue.first > at.after) relay = true;
        }
        if (relay) continue;
        pieces.push_back(fwd);
      } else {
        if (!backward) continue;
        pieces.push_back(back);
        // "according to the ministry recovered ...": the clause goes on; not "... in which"
        bool goes_on =
            comma_after || (forward && at.cue.according && toks_[fs].type == TokenType::word &&
                            !toks_[fs].cap && !is_preposition_start(toks_[fs].lower) &&
                            toks_[fs].lower != "which" && toks_[fs].lower != "who");
        if (forward && goes_on && (toks_[fs].type == TokenType::quote || !back_is_quote)) {
          pieces.push_back(fwd);
        }
      }
      if (at.cue.according) {
        // "Local authorities, according to X, have noted ...": the clause has its own cue
        bool relay = false;
        for (const Piece& pc : pieces) {
          for (std::size_t q = 0; q < attrs_.size(); ++q) {
            if (q != idx && attrs_[q].cue.first >= pc.first && attrs_[q].cue.first < pc.last) {
              relay = true;
            }
          }
        }
        if (relay) continue;
      }
    } else {  // left subject
      bool fwd_quote = forward && toks_[fs].type == TokenType::quote;
      bool middle = backward && forward && comma_after && !back_is_quote && !fwd_quote &&
                    !is_preposition_start(toks_[back.first].lower);
      if (middle) {
        pieces.push_back(back);
        pieces.push_back(fwd);
      } else if (backward && back_is_quote && forward && fwd_quote) {
        pieces.push_back(back);
        pieces.push_back({fs, fs + 1});
      } else if (backward && back_is_quote) {
        pieces.push_back(back);
      } else if (forward) {
        pieces.push_back(fwd);
      } else if (backward) {
        pieces.push_back(back);
      } else {
        continue;
      }
    }
    if (info && info->weak) {
      bool quoted = false;
      for (const Piece& p : pieces) {
        for (std::size_t i = p.first; i < p.last; ++i) {
          if (toks_[i].type == TokenType::quote) quoted = true;
        }
      }
      bool that_clause = at.after < b_ && toks_[at.after].lower == "that";
      bool parenthetical = pieces.front().last <= at.start;  // "..., they reason, ..."
      if (!quoted && !that_clause && !parenthetical) continue;
    }
    std::size_t before = out_.size();
    emit(at, pieces, inherit_from);
    if (out_.size() > before && colon_quote.last > colon_quote.first &&
        pieces.back().last == fwd.last) {
      // "... the solution: "What will stop Ebola ..."": the quotation is a statement too
      long shared = static_cast<long>(out_.size()) - 1;
      emit(at, {colon_quote}, at.inherit ? inherit_from : shared);
      if (out_.size() > before + 1) out_.back().mention = Mention();
    }
    if (out_.size() > before) {
      std::size_t end_tok = pieces.back().last;
      if (colon_quote.last > end_tok) end_tok = colon_quote.last;
      if (end_tok > content_floor_ && pieces.back().first >= at.after) content_floor_ = end_tok;
      if (pieces.back().last <= at.start) content_floor_ = std::max(content_floor_, at.after);
    }
  }
}

}  // namespace

std::string quote_inner_text(const Token& q) {
  std::size_t b = q.quote.inner_begin - q.begin;
  std::size_t e = q.quote.inner_end - q.begin;
  std::string_view s = q.text.substr(b, e - b);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return std::string(s);
}

std::vector<Found> find_statements(std::string_view para, const std::vector<Token>& toks,
                                   const std::vector<SentenceRange>& sentences, bool headline,
                                   bool title_case) {
  std::vector<Found> out;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::size_t before = out.size();
    SentenceParser parser(para, toks, sentences[s].first, sentences[s].last, s, out, title_case);
    parser.run();
    if (out.size() != before) continue;
    const SentenceRange r = sentences[s];
    // "Xi: China's door will only open wider"
    if (headline && s == 0) {
      for (std::size_t i = r.first + 1; i < r.last && i < r.first + 6; ++i) {
        if (!(is_punct(toks[i], ":") || is_dash(toks[i]))) continue;
        Mention m = parse_right(para, toks, r.first, i);
        if (m.kind != MentionKind::name && m.kind != MentionKind::description) break;
        if (m.last != i || i + 1 >= r.last) break;
        Found f;
        f.sentence = s;
        f.cue = std::string(toks[i].text);
        f.cue_pos = toks[i].begin;
        f.mention = m;
        f.begin = toks[i + 1].begin;
        std::size_t last = r.last;
        while (last > i + 1 && toks[last - 1].type == TokenType::punct) --last;
        if (last <= i + 1) break;
        f.end = toks[last - 1].end;
        if (last == i + 2 && toks[i + 1].type == TokenType::quote) {
          f.kind = StatementKind::direct;
          f.text = quote_inner_text(toks[i + 1]);
        } else {
          f.kind = StatementKind::indirect;
          f.text = std::string(para.substr(f.begin, f.end - f.begin));
        }
        out.push_back(std::move(f));
        break;
      }
      continue;
    }
    // A quotation standing alone right after a direct statement continues it:
    // "A," he said. "B."
    if (s > 0 && !out.empty() && out.back().sentence == s - 1 &&
        out.back().kind == StatementKind::direct) {
      std::size_t last = r.last;
      while (last > r.first && toks[last - 1].type == TokenType::punct) --last;
      if (last == r.first + 1 && toks[r.first].type == TokenType::quote) {
        std::string inner = quote_inner_text(toks[r.first]);
        if (!inner.empty()) {
          out.back().text += " ... " + inner;
          out.back().end = toks[r.first].end;
          out.back().sentence = s;
          out.back().unclosed = !toks[r.first].quote.closed;
        }
      }
    }
  }
  return out;
}

}  // namespace verbatim::extract
