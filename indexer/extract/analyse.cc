#include "indexer/extract/analyse.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "indexer/extract/assembly.h"
#include "indexer/extract/coref.h"
#include "indexer/extract/entities.h"
#include "indexer/extract/grammar.h"
#include "indexer/extract/lexicon.h"
#include "indexer/extract/said_on.h"
#include "indexer/extract/tokens.h"
#include "indexer/extract/trace.h"
#include "text/language.h"

namespace verbatim::extract {
namespace {

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

}  // namespace

namespace {

// What the grammar finds in a paragraph; a headline in capitals is read in title case, its words
// given back as written.
std::vector<Found> paragraph_statements(const ParaTokens& p, const EntityTable& table) {
  if (!p.shouting)
    return find_statements(p.text, p.tokens, p.sentences, p.index == 0, p.title_case);
  const std::string cased = title_cased(p.text);
  const std::size_t from = p.tokens.empty() ? 0 : p.tokens.front().begin;
  const std::vector<Token> toks = tokenize(cased, from);
  std::vector<Found> found = find_statements(cased, toks, sentence_ranges(cased, toks), true, true);
  for (Found& f : found) {
    if (f.end <= cased.size() && f.text == cased.substr(f.begin, f.end - f.begin)) {
      f.text = std::string(p.text.substr(f.begin, f.end - f.begin));
    }
    if (f.cue_pos + f.cue.size() <= p.text.size())
      f.cue = std::string(p.text.substr(f.cue_pos, f.cue.size()));
  }
  // names in capitals cannot be told apart from other words: only a speaker the body names
  // ("KUWAIT SAYS ...", "XI URGES ...") is trusted
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Found& f) {
                               return f.mention.kind != MentionKind::name ||
                                      f.mention.name.empty() || table.find(f.mention.name) < 0;
                             }),
              found.end());
  return found;
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
    // the reader's issuer prefix or dateline is no part of the text
    const std::size_t from = std::min(p.lead, p.text.size());
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
  StatementAssembly assembly(table, out.statements);
  for (const ParaTokens& p : paras) {
    if (p.shouting && p.index != 0) continue;
    trace_paragraph(p.index);
    assembly.add(p, paragraph_statements(p, table));
  }
  assembly.finish();
  date_statements(paras, item.date, out.statements);
  out.entities = table.entities();
  return out;
}

}  // namespace verbatim::extract
