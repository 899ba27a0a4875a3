#include "indexer/extract/cues.h"

#include "indexer/extract/mentions.h"

namespace verbatim::extract {
namespace {

// After a stance cue's verb at `i` ("expressed"): one past its stance nouns ("the belief",
// "his hope", "confidence and determination"), or 0 when no stance noun follows or what follows
// them makes the noun a topic ("expressed confidence in the future": not a statement; "that
// ...", "to ...", "for ...", a quotation: what is held).
std::size_t stance_object_end(const Lexicon& lex, const std::vector<Token>& toks, std::size_t i,
                              std::size_t end) {
  const WordSet& nouns = lex.words("stance_nouns");
  std::size_t k = i + 1;
  if (k < end && (lex.is("articles", toks[k].lower) ||
                  lex.is("possessive_determiners", toks[k].lower) || toks[k].lower == "its")) {
    ++k;
  }
  std::size_t last = 0;
  while (k < end && toks[k].type == TokenType::word && nouns.count(toks[k].lower)) {
    last = k + 1;
    // "confidence and determination"
    if (k + 2 < end && toks[k + 1].lower == "and" && nouns.count(toks[k + 2].lower)) {
      k += 2;
    } else {
      break;
    }
  }
  if (last == 0 || last >= end) return 0;
  const Token& next = toks[last];
  return next.type == TokenType::quote || lex.is("stance_complements", next.lower) ? last : 0;
}

// "In Xi's words", "In the mayor's view" (the possessor speaks), "In the opinion of the
// institute" (the speaker follows the cue): an opinion noun (words/opinion_nouns.txt) after "in"
bool opinion_cue(std::string_view para, const std::vector<Token>& toks, std::size_t i,
                 std::size_t end, Cue& cue) {
  std::size_t k = i + 1;
  const bool article = k < end && toks[k].lower == "the";
  if (article) ++k;
  if (k + 1 >= end || toks[k].type != TokenType::word) return false;
  const bool possessive = is_possessive(toks[k].text) && (toks[k].cap || article);
  const bool of_form = article && toks[k + 1].lower == "of";
  if (!possessive && !of_form) return false;  // the common case: no lookup
  const WordSet& nouns = lexicon().words("opinion_nouns");
  if (possessive && nouns.count(toks[k + 1].lower)) {
    cue.last = k + 2;  // "In Xi's words", "In the mayor's view"
  } else if (of_form && nouns.count(toks[k].lower)) {
    cue.last = k + 2;  // "In the opinion of"
    cue.speaker_after = true;
  } else {
    return false;
  }
  cue.first = i;
  cue.according = true;
  cue.words_of = true;
  cue.text = std::string(para.substr(toks[i].begin, toks[cue.last - 1].end - toks[i].begin));
  return true;
}

}  // namespace

bool is_possessive(std::string_view w) {
  return (w.size() > 2 && w.substr(w.size() - 2) == "'s") ||
         (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s");
}

bool match_cue(std::string_view para, const std::vector<Token>& toks, std::size_t i,
               const CueContext& context, Cue& cue) {
  const Token& t = toks[i];
  if (t.type != TokenType::word) return false;
  // "In Xi's words, ...", "In the mayor's view", "In the opinion of X": like "according to"
  if (t.lower == "in" && opinion_cue(para, toks, i, context.end, cue)) return true;
  if (t.lower == "according" && i + 1 < context.end && toks[i + 1].lower == "to") {
    cue.first = i;
    cue.last = i + 2;
    cue.according = true;
    cue.text = "according to";
    return true;
  }
  if (t.cap) {
    // "Saying ...", "Calling it ..." opening a sentence; "Xi Says ..." in a title-case headline
    bool gerund_opening = i == context.sentence_first && t.lower.size() >= 5 &&
                          t.lower.substr(t.lower.size() - 3) == "ing";
    bool titled_verb = context.title_case && i > context.sentence_first &&
                       is_name_word(toks[i - 1]) && t.lower.size() > 3 && t.lower.back() == 's';
    if (!gerund_opening && !titled_verb) return false;
  }
  const Lexicon& lex = lexicon();
  auto it = lex.cues.find(t.lower);
  if (it == lex.cues.end()) return false;
  for (const CueForm& form : it->second) {  // longest first
    if (i + form.words.size() > context.end) continue;
    bool ok = true;
    for (std::size_t w = 1; w < form.words.size(); ++w) {
      const Token& u = toks[i + w];
      if (u.type != TokenType::word || u.lower != form.words[w]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    cue.first = i;
    cue.last = i + form.words.size();
    if (form.info.stance) {
      cue.last = stance_object_end(lex, toks, i, context.end);
      if (cue.last == 0) return false;
    }
    cue.info = &form.info;
    cue.text = std::string(para.substr(t.begin, toks[cue.last - 1].end - t.begin));
    return true;
  }
  return false;
}

}  // namespace verbatim::extract
