#include "indexer/segment/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <memory>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "text/dates.h"
#include "text/embedded_data.h"

namespace verbatim::segment {
namespace {

// Lines of an embedded data file, without comments and blank lines.
std::vector<std::string_view> lines(std::string_view list) {
  std::vector<std::string_view> out;
  while (!list.empty()) {
    std::size_t nl = list.find('\n');
    std::string_view line = list.substr(0, nl);
    list = nl == std::string_view::npos ? std::string_view() : list.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.front() != '#') out.push_back(line);
  }
  return out;
}

// "Jan.", "Sept.", "Tues.": the month and weekday abbreviations of text/dates as written.
const std::vector<std::string>& calendar_abbreviations() {
  static const std::vector<std::string> list = [] {
    std::vector<std::string> out;
    for (std::string_view a : text::calendar_abbreviations()) {
      out.push_back(std::string(a) + '.');
      out.back()[0] = static_cast<char>(out.back()[0] - 'a' + 'A');
    }
    return out;
  }();
  return list;
}

// data/segment/abbreviations.txt and the calendar's, loaded once: abbreviation -> comes before
// what it qualifies ("Dr.", "No.", marked "+").
const std::unordered_map<std::string_view, bool>& abbreviations() {
  static const std::unordered_map<std::string_view, bool> map = [] {
    std::unordered_map<std::string_view, bool> out;
    for (const std::string& a : calendar_abbreviations()) out.emplace(a, false);
    for (std::string_view line : lines(data::file("segment/abbreviations.txt"))) {
      bool prefix = false;
      if (line.size() > 2 && line.substr(line.size() - 2) == " +") {
        prefix = true;
        line.remove_suffix(2);
      }
      out.emplace(line, prefix);
    }
    return out;
  }();
  return map;
}

// data/segment/openers.txt: words that open sentences ("The", "It").
const std::unordered_set<std::string_view>& openers() {
  static const std::unordered_set<std::string_view> set = [] {
    std::vector<std::string_view> l = lines(data::file("segment/openers.txt"));
    return std::unordered_set<std::string_view>(l.begin(), l.end());
  }();
  return set;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_alpha(char c) {
  return is_upper(c) || is_lower(c);
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// "U.S.", "e.g.": letters each followed by a full stop, two or more.
bool is_initialism(std::string_view w) {
  if (w.size() < 4 || w.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < w.size(); i += 2)
    if (!is_alpha(w[i]) || w[i + 1] != '.') return false;
  return true;
}

// "No. 1", "Nos. 3 and 4": these abbreviate only before a number ("The answer was No. Then").
bool numbers_only(std::string_view w) {
  return w == "No." || w == "Nos." || w == "Nr.";
}

// An opening quotation mark at `at` ("“", "‘", "«", or a straight one).
bool opens_quotation(std::string_view text, std::size_t at) {
  std::string_view rest = text.substr(at);
  return (!rest.empty() && (rest[0] == '"' || rest[0] == '\'')) ||
         rest.substr(0, 3) == "\xE2\x80\x9C" || rest.substr(0, 3) == "\xE2\x80\x98" ||
         rest.substr(0, 2) == "\xC2\xAB";
}

// The word that `after` starts with (spaces skipped) when it opens sentences ("The company").
bool opener_follows(std::string_view after) {
  std::size_t b = 0;
  while (b < after.size() && is_space(after[b])) ++b;
  std::size_t e = b;
  while (e < after.size() && is_alpha(after[e])) ++e;
  if (e == b || (e < after.size() && (after[e] == '.' || after[e] == '-' || after[e] == '\'')))
    return false;
  return openers().count(after.substr(b, e - b)) > 0;
}

// True when the boundary at `end` follows an abbreviation's full stop that does not end the
// sentence: "Sept. 8", "Dr. Smith", "U.S. President", "John F. Kennedy", "No. 1", "Sony (U.K.)
// Ltd".
bool follows_abbreviation(std::string_view text, std::size_t end) {
  std::size_t e = end;
  while (e > 0 && is_space(text[e - 1])) --e;
  // ICU counts an opening bracket right after the stop as closing: "S.A.(PDVSA) said"
  while (e > 0 && (text[e - 1] == '(' || text[e - 1] == '[')) --e;
  while (e > 0 && (text[e - 1] == ')' || text[e - 1] == ']')) --e;
  std::size_t b = e;
  while (b > 0 && (is_alpha(text[b - 1]) || text[b - 1] == '.')) --b;
  // the end of a longer word: "vitamin-C.", "3D."
  if (b > 0 && (is_digit(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '\'')) return false;
  return abbreviation_stop(text.substr(b, e - b), text.substr(end));
}

// "... Credit Bank of Japan Ltd. Payment is due": a capitalised word and a lowercase one after a
// firm's suffix open a new clause (the name would go on in capitals: "Acme Corp. Chairman John
// Vale"); not another suffix ("Heavy Industries Co. Ltd of Seoul"), nor a name joined by "and"
// ("buy Robert Co. Brown and Co Inc's unit").
bool clause_follows(std::string_view after) {
  std::size_t b = 0;
  while (b < after.size() && is_space(after[b])) ++b;
  std::size_t e = b;
  while (e < after.size() && is_alpha(after[e])) ++e;
  if (e == b || !is_upper(after[b]) || e == after.size() || !is_space(after[e])) return false;
  if (abbreviations().count(std::string(after.substr(b, e - b)) + ".")) return false;
  std::size_t n = e;
  while (n < after.size() && is_space(after[n])) ++n;
  std::size_t m = n;
  while (m < after.size() && is_lower(after[m])) ++m;
  if (m == n || (m < after.size() && is_alpha(after[m]))) return false;
  return after.substr(n, m - n) != "and";
}

icu::BreakIterator& thread_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU sentence iterator unavailable");
    return it;
  }();
  thread_local std::unique_ptr<icu::BreakIterator> mine(prototype->clone());
  return *mine;
}

}  // namespace

bool abbreviation_stop(std::string_view word, std::string_view after) {
  if (word.size() < 2 || word.back() != '.') return false;
  std::size_t n = 0;
  while (n < after.size() && is_space(after[n])) ++n;
  // the end of the paragraph, or a quotation opening: "... of Acme Corp. “This partnership ...”"
  if (n == after.size() || opens_quotation(after, n)) return false;
  // Initials and initialisms: "John F. Kennedy", "U.S. President". Wire copy capitalises the
  // word after "U.S." inside a sentence too ("exports to the U.S. In 1986 rose"), so a sentence
  // opener after them is no evidence.
  if ((word.size() == 2 && is_upper(word[0])) || is_initialism(word)) return true;
  const auto& list = abbreviations();
  auto it = list.find(word);
  if (it == list.end()) {
    // in capitals or in lower case: "CORP." is "Corp.", "ETC." is "etc."
    bool upper = true, lower = true;
    for (std::size_t i = 1; i + 1 < word.size(); ++i) {
      upper = upper && !is_lower(word[i]);
      lower = lower && !is_upper(word[i]);
    }
    if (!(upper && is_upper(word[0])) && !(lower && is_lower(word[0]))) return false;
    std::string form(word);
    for (char& c : form) c = is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    it = list.find(form);
    // "feb. 27": lower case for a capitalised entry only before a number ("He sat. Nobody")
    if (it == list.end() && (upper || is_digit(after[n]))) {
      form[0] = static_cast<char>(form[0] - 'a' + 'A');
      it = list.find(form);
    }
  }
  if (it == list.end()) return false;
  if (numbers_only(it->first)) return is_digit(after[n]);
  return it->second || !(opener_follows(after) || clause_follows(after));
}

std::vector<Span> split_sentences(std::string_view paragraph) {
  std::vector<Span> out;
  if (paragraph.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut =
      utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
  if (U_FAILURE(status)) return {{0, paragraph.size()}};
  icu::BreakIterator& it = thread_iterator();
  it.setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return {{0, paragraph.size()}};
  }
  // With a UTF-8 UText, boundaries are byte offsets.
  std::size_t start = static_cast<std::size_t>(it.first());
  for (int32_t next = it.next(); next != icu::BreakIterator::DONE; next = it.next()) {
    std::size_t end = static_cast<std::size_t>(next);
    if (end < paragraph.size() && follows_abbreviation(paragraph, end)) continue;
    std::size_t b = start, e = end;
    while (b < e && is_space(paragraph[b])) ++b;
    while (e > b && is_space(paragraph[e - 1])) --e;
    // ICU reads on past a full stop when the next letter is lower case, even with a number
    // between: "... the opportunities available. 1986 operating profits were higher"
    for (std::size_t i = b + 1; i + 2 < e; ++i) {
      if (paragraph[i] != '.' || !is_space(paragraph[i + 1]) || is_space(paragraph[i - 1]) ||
          paragraph[i - 1] == '.') {
        continue;
      }
      std::size_t n = i + 1;
      while (n < e && is_space(paragraph[n])) ++n;
      if (n == e || !is_digit(paragraph[n]) || follows_abbreviation(paragraph, n)) continue;
      out.push_back({b, i + 1});
      b = n;
    }
    if (e > b) out.push_back({b, e});
    start = end;
  }
  // Detach from the UText before closing it.
  icu::UnicodeString empty;
  it.setText(empty);
  utext_close(ut);
  return out;
}

std::vector<std::string> sentence_texts(std::string_view paragraph) {
  std::vector<std::string> out;
  for (const Span& s : split_sentences(paragraph))
    out.emplace_back(paragraph.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace verbatim::segment
