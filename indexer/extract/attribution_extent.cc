// Where an attribution ends after its cue: the addressee, times, channels, the occasion
// ("told reporters on Monday in a statement that ..."), up to the content.
#include "indexer/extract/grammar_parser.h"

namespace verbatim::extract::detail {

std::size_t SentenceParser::skip_object(std::size_t k, std::size_t hi) const {
  if (k >= hi || toks_[k].type != TokenType::word) return k;
  if (object_pronouns().count(toks_[k].lower)) return k + 1;
  // "told mourners the church would be rebuilt": a plural noun, then the clause
  const Token& t = toks_[k];
  if (!t.cap && t.lower.size() > 3 && t.lower.back() == 's' && k + 1 < hi &&
      is_word(toks_[k + 1]) &&
      (words_.plural_object_followers->count(toks_[k + 1].lower) || toks_[k + 1].cap ||
       is_pronoun(toks_[k + 1].lower))) {
    return k + 1;
  }
  Mention obj = parse_right(para_, toks_, k, hi);
  if (!obj.empty() && obj.kind != MentionKind::pronoun) return obj.last;
  return k;
}

std::size_t SentenceParser::skip_digits(std::size_t k, std::size_t hi) const {
  while (k < hi && is_word(toks_[k]) && toks_[k].text[0] >= '0' && toks_[k].text[0] <= '9') ++k;
  return k;
}

std::size_t SentenceParser::skip_time_right(std::size_t k, std::size_t hi) const {
  // an aside between dashes, "Sunday morning", "yesterday", "this week", "on last Monday"
  const Token& t = toks_[k];
  if (is_dash(t)) {
    for (std::size_t j = k + 1; j < hi && j < k + 14; ++j) {
      if (is_dash(toks_[j])) return j + 1;
      if (toks_[j].type == TokenType::quote) break;
    }
    return k;
  }
  const WordSet& parts_of_day = *words_.times_of_day;
  if (t.type == TokenType::word && t.cap && is_weekday(t.lower)) {
    ++k;  // "said Sunday", "said Thursday morning"
    return k < hi && parts_of_day.count(toks_[k].lower) ? k + 1 : k;
  }
  if (t.type != TokenType::word || t.cap) return k;
  if (right_adverbs().count(t.lower)) {
    ++k;  // "said yesterday morning"
    return k < hi && words_.day_adverbs->count(t.lower) && parts_of_day.count(toks_[k].lower)
               ? k + 1
               : k;
  }
  const WordSet& deictics = *words_.time_deictics_forward;
  if (deictics.count(t.lower) && k + 1 < hi && time_nouns().count(toks_[k + 1].lower)) return k + 2;
  if (t.lower == "on" && k + 2 < hi && deictics.count(toks_[k + 1].lower) &&
      (is_weekday(toks_[k + 2].lower) || time_nouns().count(toks_[k + 2].lower))) {
    return k + 3;
  }
  return k;
}

std::size_t SentenceParser::skip_channel_or_addressee(std::size_t k, std::size_t hi) const {
  const Token& t = toks_[k];
  if (t.lower == "on" && k + 1 < hi && is_word(toks_[k + 1])) {
    // "said on Twitter", "told on television"
    const Token& n = toks_[k + 1];
    if ((n.cap && (is_stop_cap(n.lower) || words_.media_channels_capitalised->count(n.lower))) ||
        words_.media_channels->count(n.lower)) {
      return skip_digits(k + 2, hi);
    }
  }
  // "explained to Wikinews", "said to reporters" — not "claiming to represent ...", nor
  // "Vows to Boost Demand" in a title-case headline
  if (t.lower == "to" && k + 1 < hi && is_word(toks_[k + 1])) {
    const Token& n = toks_[k + 1];
    if ((n.cap && !title_case_) || object_pronouns().count(n.lower) ||
        words_.object_articles->count(n.lower) || lex_.groups.count(n.lower) ||
        lex_.roles.count(n.lower)) {
      std::size_t after = skip_object(k + 1, hi);
      if (after > k + 1) return after;
    }
  }
  if (words_.month_prepositions->count(t.lower) && k + 1 < hi && is_word(toks_[k + 1]) &&
      toks_[k + 1].cap && is_month(toks_[k + 1].lower)) {
    return skip_digits(k + 2, hi);  // "in February", "on March 3"
  }
  return k;
}

std::size_t SentenceParser::skip_occasion(std::size_t k, std::size_t hi) const {
  const Token& t = toks_[k];
  if (words_.venue_prepositions->count(t.lower) && k + 1 < hi) {
    // "in a statement, ...", "in an interview that": up to a comma before a quotation or
    // "that".
    std::size_t j = k + 1;
    while (j < hi && j < k + 9 && toks_[j].type == TokenType::word && toks_[j].lower != "that") ++j;
    if (j < hi && j > k + 1 &&
        (toks_[j].lower == "that" ||
         ((is_punct(toks_[j], ",") || is_punct(toks_[j], ":")) && j + 1 < hi &&
          (toks_[j + 1].type == TokenType::quote || toks_[j + 1].lower == "that")))) {
      return j;
    }
  }
  if (words_.occasion_prepositions->count(t.lower) && k + 2 < hi &&
      words_.occasion_determiners->count(toks_[k + 1].lower)) {
    // "said in a statement", "told Reuters in an interview"
    std::size_t j = k + 2;
    while (j < hi && j < k + 10 && is_word(toks_[j]) && !statement_noun(toks_[j].lower)) ++j;
    if (j < hi && statement_noun(toks_[j].lower)) return j + 1;
  }
  return k;
}

std::size_t SentenceParser::skip_right(std::size_t k, std::size_t hi) const {
  // The words of the attribution after the cue: times, channels, the addressee, the occasion.
  while (k < hi) {
    std::size_t next = skip_time_right(k, hi);
    if (next == k && toks_[k].type == TokenType::word && !toks_[k].cap) {
      next = skip_channel_or_addressee(k, hi);
      if (next == k) next = skip_occasion(k, hi);
    }
    if (next == k) break;
    k = next;
  }
  return k;
}

std::size_t SentenceParser::extend_to_quote(std::size_t k, std::size_t hi, bool object) const {
  // "said in her 1976 autobiography, "so ..."", "described Day to the BBC in 2002: "..."":
  // an adverbial (or a short object) up to a comma before a quotation is still the
  // attribution; "said the drugs were only part of the solution: "..."" is content.
  if (k >= hi || toks_[k].type != TokenType::word) return k;
  const bool adverbial = is_preposition_start(toks_[k].lower);
  if (!adverbial && !object) return k;
  for (std::size_t j = k; j < hi && j < k + (adverbial ? 10 : 8); ++j) {
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

std::size_t SentenceParser::attribution_end(const Attr& at) const {
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
  if (!at.inverted || at.cue.according) {
    f = extend_to_quote(f, b_, info && (info->naming || info->object));
  }
  return f;
}

}  // namespace verbatim::extract::detail
