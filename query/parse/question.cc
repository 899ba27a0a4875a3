#include "query/parse/question.h"

#include <algorithm>
#include <sstream>

#include "indexer/extract/lexicon.h"
#include "text/language.h"
#include "text/normalize.h"

namespace verbatim::query {
namespace {

// The most words a speaker's name typed in a question is read as ("Organisation for Economic
// Cooperation and Development", "Banca del Monte di Parma").
constexpr std::size_t kLongestName = 8;

std::string strip_possessive(std::string w) {
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0)
    w.resize(w.size() - 2);
  else if (w.size() > 1 && w.back() == '\'')
    w.pop_back();
  return w;
}

// "Xi's", "Jones'": a word written as a possessive.
bool possessive(const std::string& w) {
  return strip_possessive(w) != w;
}

// The words typed, split at spaces, in the user's spelling (kept for the topic), without the
// question or exclamation marks ending them ("about the wall?"); a word of those marks alone is
// none.
std::vector<std::string> split_words(const std::vector<std::string>& typed) {
  std::vector<std::string> words;
  for (const std::string& chunk : typed) {
    std::istringstream in(chunk);
    for (std::string w; in >> w;) {
      while (!w.empty() && (w.back() == '?' || w.back() == '!')) w.pop_back();
      // "Trump, Biden and Harris": a comma is a word of its own, which may join speakers
      const bool comma = !w.empty() && w.back() == ',';
      if (comma) w.pop_back();
      if (!w.empty()) words.push_back(w);
      if (comma && !words.empty()) words.push_back(",");
    }
  }
  return words;
}

// Any explicit query syntax means the user wrote a query, not a question.
bool written_as_query(const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (w.find(':') != std::string::npos || w == "AND" || w == "OR" || w == "NOT" ||
        w.find('"') != std::string::npos)
      return true;
  return false;
}

std::size_t topic_start(const std::vector<std::string>& words);

// Marks the words that make it a question about statements ("quotes", "said"); false when
// there is none. Those before the topic, when there are any: after it such a word is the
// topic's ("what did Xi say about the claims", "Trump's views on the talks' position").
bool mark_quote_words(const std::vector<std::string>& words, std::vector<bool>& used) {
  const extract::WordSet& quote_words =
      extract::word_class(text::default_language(), "question_quote_words");
  const std::size_t topic = topic_start(words);
  for (std::size_t end : {topic, words.size()}) {
    bool any = false;
    for (std::size_t i = 0; i < end; ++i)
      if (quote_words.count(text::fold_name(words[i]))) used[i] = any = true;
    if (any) return true;
  }
  return false;
}

// Whom a speaker told ("what did Trump tell reporters about the wall", "told Xi about"): the
// words between a verb of telling and the topic opener after it (up to 3), which are neither
// the speaker nor the topic.
void mark_addressees(const std::vector<std::string>& words, std::vector<bool>& used) {
  const extract::WordSet& tell =
      extract::word_class(text::default_language(), "question_addressee_verbs");
  const extract::WordSet& openers =
      extract::word_class(text::default_language(), "question_topic_openers");
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!used[i] || !tell.count(text::fold_name(words[i]))) continue;
    std::size_t j = i + 1;
    while (j < words.size() && j <= i + 4 && !openers.count(text::fold_name(words[j]))) ++j;
    if (j >= words.size() || j > i + 4) continue;
    for (std::size_t k = i + 1; k < j; ++k) used[k] = true;
  }
}

bool link_word(const std::string& folded) {
  return extract::word_class(text::default_language(), "question_link_words").count(folded) > 0;
}

// A word of some known name; a hyphenated one ("Kassym-Jomart", which folding splits in two) when
// each of its parts is.
bool name_word(const std::string& folded, const NameResolver& speakers) {
  std::istringstream parts(folded);
  bool any = false;
  for (std::string part; parts >> part; any = true)
    if (!speakers.is_name_word(part)) return false;
  return any;
}

// A title typed before a name ("President", "Mr.", "Chinese", "U.S.").
bool typed_title(const std::string& word) {
  const std::string w = strip_possessive(text::normalize_typography(word));
  return title_word(w) || title_word(text::fold_name(w));
}

// How many words from i on (before `end`) are a title typed before a name: title words ending in
// a role or an honorific ("Chinese Foreign Minister", "US President", "Mr."), so that "Russian
// Ministry" of "Russian Ministry of Emergency Situations" is none.
std::size_t leading_title(const std::vector<std::string>& words, std::size_t i, std::size_t end) {
  std::size_t n = 0, title = 0;
  for (; i + n < end && typed_title(words[i + n]); ++n)
    if (role_word(strip_possessive(text::normalize_typography(words[i + n])))) title = n + 1;
  return title;
}

// Whether the title typed before word i ends right before it ("President" of "President Xi"):
// where it starts, else i.
std::size_t title_before(const std::vector<std::string>& words, const std::vector<bool>& used,
                         std::size_t i) {
  if (i == 0 || used[i - 1] ||
      !role_word(strip_possessive(text::normalize_typography(words[i - 1]))))
    return i;
  std::size_t k = i - 1;
  while (k > 0 && !used[k - 1] && typed_title(words[k - 1])) --k;
  return k;
}

// The words [i, i + len) as a name, when none is used yet and, for names (not roles), each is a
// word of some known name, so that "Xi on food" never swallows the topic; "" otherwise.
std::string candidate_run(const std::vector<std::string>& words, const std::vector<bool>& used,
                          std::size_t i, std::size_t len, const NameResolver& speakers,
                          bool by_role) {
  std::string name;
  bool titles = true;
  for (std::size_t k = i; k < i + len; ++k) {
    std::string word = strip_possessive(text::normalize_typography(words[k]));
    const std::string folded = text::fold_name(word);
    if (used[k] || (!by_role && !name_word(folded, speakers))) return {};
    // "the" of "quotes by the premier" is a word of "The Guardian", "on" one of "Channel on
    // the Flyboard Air": such a word never starts or ends a name typed
    const bool edge = k == i || k + 1 == i + len;
    if (!by_role && edge && (joining_word(folded) || link_word(folded))) return {};
    titles = titles && typed_title(words[k]);
    name += (k > i ? " " : "") + word;
  }
  // titles alone name nobody ("President", a word of a name in an index where "Russian
  // President" is one): "President Xi" is Xi
  return !by_role && titles ? std::string() : name;
}

bool capitalised(const std::string& word);

// Whether word k goes on with a name typed next to the words tried as a speaker: unused,
// capitalised, no link or joining word, and (before them) no role or honorific ("European" of
// "European Union" next to "Union", "Xi" after "President"; not "President" before "Xi"), so
// that a part of a name typed is never taken for the whole.
bool continues_name(const std::vector<std::string>& words, const std::vector<bool>& used,
                    std::size_t k, bool before) {
  if (k >= words.size() || used[k]) return false;
  const std::string word = strip_possessive(text::normalize_typography(words[k]));
  const std::string folded = text::fold_name(word);
  if (!capitalised(word) || link_word(folded) || joining_word(folded)) return false;
  return !(before && role_word(word));
}

// Whether word k joins two words of one name ("of" of "Government of Argentina"): a name
// connector, not "and" (two speakers) nor a topic opener ("Xi on Taiwan"), between unused words.
bool inner_connector(const std::vector<std::string>& words, const std::vector<bool>& used,
                     std::size_t k) {
  if (k == 0 || k + 1 >= words.size() || used[k] || used[k + 1]) return false;
  const std::string folded = text::fold_name(words[k]);
  const text::Language& lang = text::default_language();
  return extract::word_class(lang, "name_connectors").count(folded) && folded != "and" &&
         folded != "&" && !extract::word_class(lang, "question_topic_openers").count(folded);
}

// Whether the one word [i, i + len) is part of a longer name typed ("Union" of "European
// Union", "Government" of "Government of Argentina", "Johnson" of "Boris Johnson" in an index
// knowing only Gary Johnson): no speaker by that word alone is asked for. A name of two words or
// more is one a speaker has ("Investigative Committee" of "Investigative Committee of Russia").
bool part_of_longer_name(const std::vector<std::string>& words, const std::vector<bool>& used,
                         std::size_t i, std::size_t len) {
  if (len > 1) return false;
  const std::size_t after = i + 1;
  const bool connected_after =
      inner_connector(words, used, after) && continues_name(words, used, after + 1, false);
  return (i > 0 && continues_name(words, used, i - 1, true)) ||
         (!possessive(words[i]) &&  // "Xi's" ends the name
          (continues_name(words, used, after, false) || connected_after));
}

// Whether the words [i, i + len) name a known speaker (by_role: as the items described one, "the
// governor"); if so, takes them into `reading` and marks them used.
bool take_speaker(const std::vector<std::string>& words, std::vector<bool>& used, std::size_t i,
                  std::size_t len, const NameResolver& speakers, bool by_role,
                  QuestionReading& reading) {
  std::string name = candidate_run(words, used, i, len, speakers, by_role);
  if (name.empty() || part_of_longer_name(words, used, i, len)) return false;
  std::vector<std::string> found = by_role ? speakers.resolve_role(name) : speakers.resolve(name);
  if (found.empty()) return false;
  // titles first ("President Trump") that name no other speaker than the name after them does
  // are no part of the name typed (passages must hold the name, not the title); "Iranian Army"
  // stays whole when "Army" names others too
  const std::size_t titles = by_role ? 0 : leading_title(words, i, i + len - 1);
  if (titles > 0) {
    const std::string rest = candidate_run(words, used, i + titles, len - titles, speakers, false);
    if (!rest.empty() && speakers.resolve(rest) == found) name = rest;
  }
  reading.speakers = std::move(found);
  reading.speaker_typed = name;
  reading.speaker_start = i;
  reading.speaker_end = i + len;
  for (std::size_t k = i; k < i + len; ++k) used[k] = true;
  // the titles typed before it ("President Xi", "Chinese Foreign Minister Wang Yi") are the
  // speaker's, not topic words; the name alone is what passages must hold
  for (std::size_t k = title_before(words, used, i); k < i; ++k) used[k] = true;
  return true;
}

// The known speaker whose words end right before word `end` (by name, else by role), into
// `other`; false when none does.
bool take_speaker_ending(const std::vector<std::string>& words, std::vector<bool>& used,
                         std::size_t end, const NameResolver& speakers, QuestionReading& other) {
  for (std::size_t len = std::min(kLongestName, end); len >= 1; --len)
    for (bool by_role : {false, true})
      if (take_speaker(words, used, end - len, len, speakers, by_role, other)) return true;
  return false;
}

// The known speaker whose words start at word `start`, into `other`; false when none does.
bool take_speaker_starting(const std::vector<std::string>& words, std::vector<bool>& used,
                           std::size_t start, const NameResolver& speakers,
                           QuestionReading& other) {
  for (std::size_t len = std::min(kLongestName, words.size() - start); len >= 1; --len)
    for (bool by_role : {false, true})
      if (take_speaker(words, used, start, len, speakers, by_role, other)) return true;
  return false;
}

// Whether a word of the question joins two speakers: "and", "or", "&"
// (words/question_speaker_joiners.txt), or a comma ("Trump, Biden and Harris").
bool joins_speakers(const std::string& word) {
  const extract::WordSet& joiners =
      extract::word_class(text::default_language(), "question_speaker_joiners");
  return word == "," || joiners.count(text::fold_name(word)) > 0;
}

// "what did Trump and Biden say about the wall", "quotes by the governor and Wang Yi on ...":
// known speakers joined by "and" (words/question_speaker_joiners.txt) to the speaker found
// speak too, each taken as the first was; the first typed stays first.
void take_joined_speakers(const std::vector<std::string>& words, std::vector<bool>& used,
                          const NameResolver& speakers, QuestionReading& reading) {
  auto joiner = [&](std::size_t k) {
    return k < words.size() && !used[k] && joins_speakers(words[k]);
  };
  // the joining words before `at` (", and" after an Oxford comma): how many, at most two
  auto joining_before = [&](std::size_t at) -> std::size_t {
    if (at < 2 || !joiner(at - 1)) return 0;
    return at >= 3 && words[at - 2] == "," && words[at - 1] != "," ? 2 : 1;
  };
  auto joining_after = [&](std::size_t at) -> std::size_t {
    if (!joiner(at)) return 0;
    return words[at] == "," && joiner(at + 1) && words[at + 1] != "," ? 2 : 1;
  };
  for (std::size_t at = reading.speaker_start, n = joining_before(at); n > 0 && at > n;
       n = joining_before(at)) {
    QuestionReading before;
    if (!take_speaker_ending(words, used, at - n, speakers, before)) break;
    for (std::size_t k = at - n; k < at; ++k) used[k] = true;
    reading.joined.insert(reading.joined.begin(), {reading.speaker_typed, reading.speakers});
    reading.speakers = std::move(before.speakers);
    reading.speaker_typed = std::move(before.speaker_typed);
    at = reading.speaker_start = before.speaker_start;
  }
  for (std::size_t at = reading.speaker_end, n = joining_after(at); n > 0 && at + n < words.size();
       n = joining_after(at)) {
    QuestionReading after;
    if (!take_speaker_starting(words, used, at + n, speakers, after)) break;
    for (std::size_t k = at; k < at + n; ++k) used[k] = true;
    reading.joined.push_back({after.speaker_typed, after.speakers});
    at = reading.speaker_end = after.speaker_end;
  }
}

// Where the topic starts: the first topic opener ("about", "on"), or the end. In "what did Trump
// say about national emergency" the words after "about" are the topic, even when they could
// name someone (the National Emergency Operation Centre).
std::size_t topic_start(const std::vector<std::string>& words) {
  const extract::WordSet& openers =
      extract::word_class(text::default_language(), "question_topic_openers");
  for (std::size_t i = 0; i < words.size(); ++i)
    if (openers.count(text::fold_name(words[i]))) return i;
  return words.size();
}

// The longest run of words (up to kLongestName) that names a known speaker: right after a word that
// introduces one ("quotes about the wall by Trump", "statements on Taiwan from Wang Yi"), else
// before the topic if one does there, else (`anywhere`) in the topic too; false when none does.
bool find_speaker(const std::vector<std::string>& words, std::vector<bool>& used,
                  const NameResolver& speakers, bool by_role, bool anywhere,
                  QuestionReading& reading) {
  const extract::WordSet& markers =
      extract::word_class(text::default_language(), "question_speaker_markers");
  for (std::size_t after = 1; after < words.size(); ++after) {
    if (!markers.count(text::fold_name(words[after - 1]))) continue;
    // the name may come after titles ("by President Trump")
    const std::size_t name = after + leading_title(words, after, words.size() - 1);
    for (std::size_t i : {after, name}) {
      for (std::size_t len = std::min(kLongestName, words.size() - i); len >= 1; --len)
        if (take_speaker(words, used, i, len, speakers, by_role, reading)) return true;
      if (name == after) break;
    }
  }
  for (std::size_t end : {topic_start(words), anywhere ? words.size() : topic_start(words)})
    for (std::size_t len = kLongestName; len >= 1; --len)
      for (std::size_t i = 0; i + len <= end; ++i)
        if (take_speaker(words, used, i, len, speakers, by_role, reading)) return true;
  return false;
}

// With no quote word, "Wang Yi on Taiwan", "the premier about jobs": a known speaker first, then
// a topic opener ("on", "about"), then at least one topic word.
bool find_leading_speaker(const std::vector<std::string>& words, std::vector<bool>& used,
                          const NameResolver& speakers, QuestionReading& reading) {
  const extract::WordSet& openers =
      extract::word_class(text::default_language(), "question_topic_openers");
  // the name may come after titles ("President Xi on Taiwan")
  const std::size_t titles = leading_title(words, 0, words.size() - 1);
  for (std::size_t len = std::min(kLongestName + titles, words.size() - 1); len >= 1; --len) {
    if (len + 1 >= words.size() || !openers.count(text::fold_name(words[len]))) continue;
    if (take_speaker(words, used, 0, len, speakers, false, reading) ||
        take_speaker(words, used, 0, len, speakers, true, reading))
      return true;
    for (std::size_t start = 1; start <= titles && start < len; ++start)
      if (take_speaker(words, used, start, len - start, speakers, false, reading)) return true;
  }
  return false;
}

// "Trump and Biden on the debate": speakers joined by "and" first (take_joined_speakers), then a
// topic opener and at least one topic word.
bool find_leading_joined_speakers(const std::vector<std::string>& words, std::vector<bool>& used,
                                  const NameResolver& speakers, QuestionReading& reading) {
  const text::Language& lang = text::default_language();
  const extract::WordSet& openers = extract::word_class(lang, "question_topic_openers");
  for (std::size_t len = std::min(kLongestName, words.size() - 1); len >= 1; --len) {
    if (len + 2 >= words.size() || !joins_speakers(words[len])) continue;
    std::vector<bool> trial = used;
    QuestionReading read;
    if (!take_speaker(words, trial, 0, len, speakers, false, read) &&
        !take_speaker(words, trial, 0, len, speakers, true, read))
      continue;
    take_joined_speakers(words, trial, speakers, read);
    const std::size_t end = read.speaker_end;
    if (read.joined.empty() || end + 1 >= words.size() ||
        !openers.count(text::fold_name(words[end])))
      continue;
    used = std::move(trial);
    reading = std::move(read);
    return true;
  }
  return false;
}

// Whether a word is written as a name is: a capital first (or a letter beyond ASCII).
bool capitalised(const std::string& word) {
  const unsigned char c = static_cast<unsigned char>(word.empty() ? ' ' : word[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// The words [i, i + len) as a name typed, when each is unused, capitalised and no link word,
// or a connector inside ("Government of Argentina"); "" otherwise.
std::string capitalised_run(const std::vector<std::string>& words, const std::vector<bool>& used,
                            std::size_t i, std::size_t len) {
  std::string name;
  for (std::size_t k = i; k < i + len; ++k) {
    const std::string word = strip_possessive(text::normalize_typography(words[k]));
    const bool inner = k > i && k + 1 < i + len && inner_connector(words, used, k);
    if (used[k] || (!inner && (!capitalised(word) || link_word(text::fold_name(word))))) return {};
    name += (k > i ? " " : "") + word;
  }
  return name;
}

// Where the titles typed before word i start ("Chinese President" of "Chinese President
// Xi"): the first of them, else i.
std::size_t titles_start(const std::vector<std::string>& words, const std::vector<bool>& used,
                         std::size_t i) {
  while (i > 0 && !used[i - 1] && typed_title(words[i - 1])) --i;
  return i;
}

// Whether the words [i, i + len) stand where a question names its speaker: after "by" or
// "from" ("quotes by Zorblax"), between an auxiliary and a verb of saying ("what did Zorblax
// say", titles between: "what did President Zorblax say"), or as a possessive before a quote
// word ("Zorblax's remarks").
bool in_speaker_place(const std::vector<std::string>& words, const std::vector<bool>& used,
                      std::size_t i, std::size_t len) {
  const extract::WordSet& markers =
      extract::word_class(text::default_language(), "question_speaker_markers");
  const extract::WordSet& auxiliaries =
      extract::word_class(text::default_language(), "question_auxiliaries");
  const std::size_t after = i + len;
  const bool quote_after = after < words.size() && used[after];
  const std::size_t from = titles_start(words, used, i);
  if (from > 0 && markers.count(text::fold_name(words[from - 1]))) return true;
  if (quote_after && possessive(words[after - 1])) return true;
  return quote_after && from > 0 && auxiliaries.count(text::fold_name(words[from - 1]));
}

// Whether the words typed are all pronouns or quantifiers ("Nobody", "Everyone"), no name.
bool names_nobody(const std::string& name) {
  const extract::WordSet& not_names = extract::word_class(text::default_language(), "not_names");
  std::istringstream in(text::fold_name(name));
  for (std::string w; in >> w;)
    if (!not_names.count(w)) return false;
  return true;
}

// A run of capitalised words (up to 3) no known name has, typed where a question names its
// speaker ("Trmp" of "what did Trmp say about the wall", "European Union" of "what did European
// Union say about Brexit"): the question is about that speaker, whom the index does not know
// (reading.speakers stays empty; the caller says so, and which name is close). Never a topic
// word: "quotes on Brexit" names no speaker.
bool find_unknown_speaker(const std::vector<std::string>& words, std::vector<bool>& used,
                          QuestionReading& reading) {
  const std::size_t topic = topic_start(words);
  for (std::size_t len = 3; len >= 1; --len)
    for (std::size_t i = 0; i + len <= topic; ++i) {
      const std::string name = capitalised_run(words, used, i, len);
      // the titles before a name are the speaker's, no part of the name ("Governor Zorblax")
      if (name.empty() || leading_title(words, i, i + len - 1) > 0 ||
          part_of_longer_name(words, used, i, len) || !in_speaker_place(words, used, i, len) ||
          names_nobody(name))
        continue;
      reading.speaker_typed = name;
      for (std::size_t k = titles_start(words, used, i); k < i + len; ++k) used[k] = true;
      return true;
    }
  return false;
}

// "quotes on Brexit", "what was said about tariffs": before the topic only quote words and link
// words, so the question asks for anyone's statements on the topic.
bool asks_anyone(const std::vector<std::string>& words, const std::vector<bool>& used) {
  const std::size_t topic = topic_start(words);
  if (topic == 0 || topic + 1 >= words.size()) return false;
  for (std::size_t i = 0; i < topic; ++i)
    if (!used[i] && !link_word(text::fold_name(words[i]))) return false;
  return true;
}

// The words left for the full-text query: neither used nor a link word ("on", "about").
std::string topic_words(const std::vector<std::string>& words, const std::vector<bool>& used) {
  const extract::WordSet& link_words =
      extract::word_class(text::default_language(), "question_link_words");
  std::string topic;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (used[i] || words[i] == "," || link_words.count(text::fold_name(words[i]))) continue;
    if (!topic.empty()) topic += ' ';
    topic += words[i];
  }
  return topic;
}

}  // namespace

std::optional<QuestionReading> read_question(const std::vector<std::string>& typed,
                                             const NameResolver& speakers) {
  const std::vector<std::string> words = split_words(typed);
  if (words.size() < 2 || written_as_query(words)) return std::nullopt;
  std::vector<bool> used(words.size(), false);
  QuestionReading reading;
  const bool quote_word = mark_quote_words(words, used);
  if (quote_word) mark_addressees(words, used);
  if (!quote_word) {
    if (!find_leading_speaker(words, used, speakers, reading) &&
        !find_leading_joined_speakers(words, used, speakers, reading))
      return std::nullopt;
  } else {
    // a name or a description before the topic ("quotes by the treasury secretary on the
    // dollar") before one in it (the topic's "dollar" may name Dollar General Corp too)
    // then a name the index does not know typed where the speaker goes ("what did Zorblax say
    // about inflation") before a known one in the topic ("Inflation Watch")
    bool found = false;
    for (bool by_role : {false, true})
      found = found || find_speaker(words, used, speakers, by_role, false, reading);
    found = found || find_unknown_speaker(words, used, reading);
    for (bool by_role : {false, true})
      found = found || find_speaker(words, used, speakers, by_role, true, reading);
    if (found && !reading.speakers.empty()) take_joined_speakers(words, used, speakers, reading);
    if (!found) {
      if (!asks_anyone(words, used)) return std::nullopt;
      reading.anyone = true;
    }
  }
  reading.remaining = topic_words(words, used);
  return reading;
}

}  // namespace verbatim::query
