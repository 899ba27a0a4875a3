#include "indexer/extract/analyse.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "indexer/extract/coref.h"
#include "indexer/extract/entities.h"
#include "indexer/extract/grammar.h"
#include "indexer/extract/lexicon.h"
#include "indexer/extract/tokens.h"
#include "indexer/extract/trace.h"
#include "text/language.h"

namespace verbatim::extract {
namespace {

// Bytes of a headline's issuer prefix ("CGTN: "), 0 when there is none.
std::size_t issuer_prefix(std::string_view headline, const read::Item& item) {
  auto colon = headline.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return 0;
  std::string_view prefix = headline.substr(0, colon);
  while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
  const Lexicon& lex = lexicon();
  bool issuer = lex.issuers.count(std::string(prefix)) > 0 ||
                (!item.source.empty() && ascii_lower(prefix) == ascii_lower(item.source));
  if (!issuer) return 0;
  std::size_t n = colon + 1;
  while (n < headline.size() && headline[n] == ' ') ++n;
  return n;
}

// Text in capitals ("GROWTH SEEN SLOWING IN JAPAN"): most letters upper-case.
bool shouting(std::string_view text) {
  std::size_t upper = 0, letters = 0;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
      ++letters;
    } else if (c >= 'a' && c <= 'z') {
      ++letters;
    }
  }
  return letters >= 8 && upper * 10 >= letters * 8;
}

// A headline in capitals written in title case ("XI URGES CLOSER TIES" -> "Xi Urges Closer
// Ties") so that its cue and speaker can be told apart: the same bytes, only the case changed.
// Acronyms, abbreviations ("U.S.") and short function words stay recognisable.
std::string title_cased(std::string_view text) {
  const Lexicon& lex = lexicon();
  const WordSet& small = lex.words("headline_small_words");
  std::string out(text);
  std::size_t i = 0;
  while (i < out.size()) {
    if (!((out[i] >= 'A' && out[i] <= 'Z') || (out[i] >= 'a' && out[i] <= 'z'))) {
      ++i;
      continue;
    }
    auto letter = [&](std::size_t k) {
      return k < out.size() &&
             ((out[k] >= 'A' && out[k] <= 'Z') || (out[k] >= 'a' && out[k] <= 'z'));
    };
    std::size_t j = i;
    std::size_t stem = std::string::npos;  // "CHINA'S" -> "China's"
    while (letter(j) || (j < out.size() && (out[j] == '.' || out[j] == '&'))) {
      ++j;
      if (stem == std::string::npos && j + 1 < out.size() && out[j] == '\'' && letter(j + 1)) {
        stem = j;
        ++j;
      } else if (stem == std::string::npos && out.compare(j, 3, "\xE2\x80\x99") == 0 &&
                 letter(j + 3)) {
        stem = j;  // "XI’S"
        j += 3;
      }
    }
    const std::string word = out.substr(i, (stem == std::string::npos ? j : stem) - i);
    const bool keep = word.find('.') != std::string::npos || word.find('&') != std::string::npos ||
                      lex.org_acronyms.count(word) || lex.common_acronyms.count(word) ||
                      (word.size() <= 3 && lex.countries.count(word));
    if (!keep) {
      const std::string lower = ascii_lower(out.substr(i, j - i));
      for (std::size_t k = i; k < j; ++k) out[k] = lower[k - i];
      if (!(small.count(lower) && i > 0)) out[i] = static_cast<char>(out[i] - 'a' + 'A');
    }
    i = j;
  }
  return out;
}

// "Xi Jinping Calls for Closer Ties": most words of four letters or more capitalised.
bool title_case(const std::vector<Token>& toks) {
  std::size_t words = 0, caps = 0;
  for (const Token& t : toks) {
    if (t.type != TokenType::word || t.text.size() < 4) continue;
    ++words;
    if (t.cap) ++caps;
  }
  return words >= 3 && caps * 10 >= words * 8;
}

// "WASHINGTON (Reuters) - ", "LONDON, March 3 (AP) -- ": a wire dateline the reader did not
// take; bytes to skip, 0 when there is none. Before a spaced dash, only words in capitals,
// month names, numbers and one bracketed agency.
std::size_t wire_dateline(std::string_view text) {
  static const char* const kDashes[] = {" - ", " -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 "};
  std::size_t dash = std::string_view::npos;
  std::size_t dash_len = 0;
  for (const char* d : kDashes) {
    auto at = text.substr(0, 70).find(d);
    if (at != std::string_view::npos && at < dash) {
      dash = at;
      dash_len = std::string_view(d).size();
    }
  }
  if (dash == std::string_view::npos || dash < 3) return 0;
  std::string_view head = text.substr(0, dash);
  bool in_brackets = false;
  bool first_word_caps = false;
  std::size_t i = 0;
  bool first = true;
  while (i < head.size()) {
    while (i < head.size() && (head[i] == ' ' || head[i] == ',')) ++i;
    std::size_t j = i;
    while (j < head.size() && head[j] != ' ' && head[j] != ',') ++j;
    std::string_view w = head.substr(i, j - i);
    if (w.empty()) break;
    if (w.front() == '(') in_brackets = true;
    bool caps = true, digits = true;
    for (char c : w) {
      if (c >= 'a' && c <= 'z') caps = false;
      if (!(c >= '0' && c <= '9')) digits = false;
    }
    std::string lower = ascii_lower(w);
    while (!lower.empty() && lower.back() == '.') lower.pop_back();
    static const char* const kMonths[] = {
        "jan",      "feb",    "mar",       "march",   "apr",      "april",   "may", "june",
        "july",     "aug",    "sept",      "sep",     "oct",      "nov",     "dec", "january",
        "february", "august", "september", "october", "november", "december"};
    bool month = false;
    for (const char* m : kMonths) month = month || lower == m;
    if (!(in_brackets || caps || digits || month)) return 0;
    if (first) first_word_caps = caps && w.size() >= 3 && w.front() >= 'A' && w.front() <= 'Z';
    first = false;
    if (w.back() == ')') in_brackets = false;
    i = j;
  }
  if (!first_word_caps) return 0;
  return dash + dash_len;
}

}  // namespace

// Statement offsets (`begin`, `end`) delimit the reported content in its paragraph: for direct
// statements from the opening to the closing quotation mark, pieces split by the attribution
// included.
Analysis analyse(const read::Item& item) {
  const LanguageScope language(text::language(item.lang));
  Analysis out;
  std::vector<ParaTokens> paras;
  paras.reserve(item.paragraphs.size());
  for (std::size_t i = 0; i < item.paragraphs.size(); ++i) {
    const read::Paragraph& p = item.paragraphs[i];
    if (p.boilerplate || p.text.empty()) continue;
    std::size_t from = 0;
    if (i == 1) {
      from = std::min(item.dateline_length, p.text.size());
      if (from == 0) from = wire_dateline(p.text);
    }
    if (i == 0) from = issuer_prefix(p.text, item);
    ParaTokens pt;
    pt.index = static_cast<int>(i);
    pt.text = p.text;
    pt.tokens = tokenize(pt.text, from);
    pt.sentences = sentence_ranges(pt.text, pt.tokens);
    pt.shouting = shouting(pt.text);
    pt.title_case = i == 0 && !pt.shouting && title_case(pt.tokens);
    paras.push_back(std::move(pt));
  }
  EntityTable table;
  table.collect(paras);
  Resolver resolver(table);

  const Found* open_quote = nullptr;  // a quotation still open at the end of the paragraph
  std::string open_speaker;
  std::vector<Found> found_storage;
  // paragraphs that are only a quotation left open, waiting for a speaker: "“A. ¶ “B,” Xi said."
  std::vector<Statement> waiting;
  for (const ParaTokens& p : paras) {
    if (p.shouting && p.index != 0) continue;
    std::vector<Found> found;
    trace_paragraph(p.index);
    if (p.shouting) {
      // a headline in capitals: read in title case, its words given back as written
      const std::string cased = title_cased(p.text);
      const std::size_t from = p.tokens.empty() ? 0 : p.tokens.front().begin;
      const std::vector<Token> toks = tokenize(cased, from);
      found = find_statements(cased, toks, sentence_ranges(cased, toks), true, true);
      for (Found& f : found) {
        if (f.end <= cased.size() && f.text == cased.substr(f.begin, f.end - f.begin)) {
          f.text = std::string(p.text.substr(f.begin, f.end - f.begin));
        }
        if (f.cue_pos + f.cue.size() <= p.text.size())
          f.cue = std::string(p.text.substr(f.cue_pos, f.cue.size()));
      }
      // names in capitals cannot be told apart from other words: only a speaker the body
      // names ("KUWAIT SAYS ...", "XI URGES ...") is trusted
      found.erase(std::remove_if(found.begin(), found.end(),
                                 [&](const Found& f) {
                                   return f.mention.kind != MentionKind::name ||
                                          f.mention.name.empty() || table.find(f.mention.name) < 0;
                                 }),
                  found.end());
    } else {
      found = find_statements(p.text, p.tokens, p.sentences, p.index == 0, p.title_case);
    }
    // Newswire convention: a quotation left open at the end of a paragraph goes on in the next
    // one, which opens with a quotation mark again.
    if (open_quote != nullptr && !p.tokens.empty() && p.tokens[0].type == TokenType::quote) {
      bool covered = false;
      for (const Found& f : found) {
        if (f.begin <= p.tokens[0].begin + 3 && f.end >= p.tokens[0].quote.inner_begin) {
          covered = true;
        }
      }
      if (!covered) {
        Found cont;
        cont.kind = StatementKind::direct;
        cont.cue = open_quote->cue;
        cont.mention = open_quote->mention;
        cont.text = quote_inner_text(p.tokens[0]);
        cont.begin = p.tokens[0].begin;
        cont.end = p.tokens[0].end;
        cont.cue_pos = 0;
        cont.unclosed = !p.tokens[0].quote.closed;
        cont.inherit = Inherit::open_quote();
        cont.rule = "open_quotation_continues";
        if (!cont.text.empty()) found.insert(found.begin(), std::move(cont));
      }
    }
    // the quotation goes on here and its speaker is named: the waiting paragraphs are theirs
    const bool named_later =
        !waiting.empty() && waiting.back().para + 1 == p.index && !found.empty() &&
        !p.tokens.empty() && p.tokens[0].type == TokenType::quote &&
        found[0].begin <= p.tokens[0].begin + 3 && found[0].kind == StatementKind::direct &&
        found[0].inherit.from != Inherit::From::open_quotation;
    if (!named_later) waiting.clear();
    const std::size_t para_first = out.statements.size();
    std::vector<std::string> speakers(found.size());
    for (std::size_t k = 0; k < found.size(); ++k) {
      const Found& f = found[k];
      std::string speaker;
      std::string_view speaker_rule;
      std::size_t pos = position(p.index, f.mention_pos ? f.mention_pos : f.cue_pos);
      if (f.inherit.from == Inherit::From::open_quotation) {
        speaker = open_speaker;
        speaker_rule = "same_as_open_quotation";
      } else if (f.inherit.from == Inherit::From::earlier && f.inherit.index < k) {
        speaker = speakers[f.inherit.index];
        speaker_rule = "same_as_earlier_statement";
      } else {
        speaker = resolver.resolve(f.mention, p.index, pos);
      }
      speakers[k] = speaker;
      // a headline in capitals names its speaker again in the body: it leads no pronoun
      if (!p.shouting) resolver.note(speaker, pos);
      Statement s;
      s.para = p.index;
      s.kind = f.kind;
      s.speaker = speaker;
      s.mention = f.inherit.none() ? f.mention.text : std::string();
      if (f.inherit.from == Inherit::From::open_quotation)
        s.mention = open_quote ? open_quote->mention.text : std::string();
      s.cue = f.cue;
      s.text = f.text;
      s.begin = f.begin;
      s.end = f.end;
      s.attribution_rule = f.rule;
      if (!speaker_rule.empty()) s.speaker_rule = speaker_rule;
      out.statements.push_back(std::move(s));
    }
    if (named_later && !speakers.empty() && !speakers[0].empty()) {
      for (Statement& w : waiting) {
        w.speaker = speakers[0];
        w.cue = found[0].cue;
        w.attribution_rule = "quotation_named_later";
        w.speaker_rule = "same_as_next_paragraph";
      }
      out.statements.insert(out.statements.begin() + static_cast<long>(para_first), waiting.begin(),
                            waiting.end());
    }
    if (named_later || !found.empty()) waiting.clear();
    std::size_t last = p.tokens.size();
    while (last > 1 && p.tokens[last - 1].type == TokenType::punct) --last;
    if (found.empty() && last == 1 && p.tokens[0].type == TokenType::quote &&
        !p.tokens[0].quote.closed && p.index > 0) {
      Statement w;
      w.para = p.index;
      w.kind = StatementKind::direct;
      w.text = quote_inner_text(p.tokens[0]);
      w.begin = p.tokens[0].begin;
      w.end = p.tokens[0].end;
      if (!w.text.empty()) waiting.push_back(std::move(w));
    } else if (found.empty()) {
      waiting.clear();
    }
    // remember an open quotation for the next paragraph
    found_storage = std::move(found);
    open_quote = nullptr;
    if (!found_storage.empty() && found_storage.back().unclosed) {
      open_quote = &found_storage.back();
      open_speaker = speakers.back();
    }
  }
  out.entities = table.entities();
  return out;
}

}  // namespace verbatim::extract
