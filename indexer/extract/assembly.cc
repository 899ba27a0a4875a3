#include "indexer/extract/assembly.h"

#include <algorithm>

#include "indexer/extract/interview_turns.h"
#include "indexer/extract/joint_speakers.h"
#include "indexer/extract/lexicon.h"
#include "indexer/extract/mention_words.h"
#include "indexer/extract/names.h"

namespace verbatim::extract {

void StatementAssembly::continue_open_quotation(const ParaTokens& p,
                                                std::vector<Found>& found) const {
  // Newswire convention: a quotation left open at the end of a paragraph goes on in the next
  // one, which opens with a quotation mark again.
  if (open_quote_ == nullptr || p.tokens.empty() || p.tokens[0].type != TokenType::quote) return;
  const Token& q = p.tokens[0];
  for (const Found& f : found) {
    if (f.begin <= q.begin + 3 && f.end >= q.quote.inner_begin) return;  // covered
  }
  Found cont;
  cont.kind = StatementKind::direct;
  cont.cue = open_quote_->cue;
  cont.mention = open_quote_->mention;
  cont.text = quote_inner_text(q);
  cont.begin = q.begin;
  cont.end = q.end;
  cont.cue_pos = 0;
  cont.unclosed = !q.quote.closed;
  cont.inherit = Inherit::open_quote();
  cont.rule = "open_quotation_continues";
  if (!cont.text.empty()) found.insert(found.begin(), std::move(cont));
}

namespace {

// A quotation worth a statement of its own: a few words, not a title or a scare quote.
bool sentence_like(const Token& quote) {
  return quote_inner_text(quote).size() >= 24;
}

// Tokens [from, to) hold nothing but punctuation.
bool only_punct(const std::vector<Token>& toks, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < toks.size(); ++i) {
    if (toks[i].type != TokenType::punct) return false;
  }
  return true;
}

Found quoted_continuation(const Token& q, Inherit inherit, std::string_view rule) {
  Found cont;
  cont.kind = StatementKind::direct;
  cont.cue = "none";
  cont.text = quote_inner_text(q);
  cont.begin = q.begin;
  cont.end = q.end;
  cont.cue_pos = q.begin;
  cont.inherit = inherit;
  cont.rule = rule;
  return cont;
}

}  // namespace

void StatementAssembly::continue_quoted_paragraph(const ParaTokens& p,
                                                  std::vector<Found>& found) const {
  // CONVENTIONS: a quoted paragraph with no cue right after a paragraph with statements goes on
  // with that paragraph's last speaker ("“A,” he said. ¶ “B.”")
  if (!found.empty() || p.tokens.empty() || last_para_ + 1 != p.index || last_speaker_.empty())
    return;
  const Token& q = p.tokens[0];
  if (q.type != TokenType::quote || !q.quote.closed || !sentence_like(q)) return;
  found.push_back(quoted_continuation(q, Inherit::previous(), "quoted_paragraph_continues"));
}

void StatementAssembly::continue_quoted_sentences(const ParaTokens& p,
                                                  std::vector<Found>& found) const {
  // a sentence that is only a quotation, after a statement of the same paragraph, is that
  // speaker's too: "Xi said China has grown. “We have come a long way.”"
  for (const SentenceRange& s : p.sentences) {
    if (s.first >= p.tokens.size() || p.tokens[s.first].type != TokenType::quote) continue;
    const Token& q = p.tokens[s.first];
    if (!q.quote.closed || !only_punct(p.tokens, s.first + 1, s.last) || !sentence_like(q))
      continue;
    std::size_t before = found.size();  // the last statement ending before the quotation
    bool covered = false;
    for (std::size_t k = 0; k < found.size(); ++k) {
      if (found[k].end > q.begin && found[k].begin < q.end) covered = true;
      if (found[k].end <= q.begin) before = k;
    }
    if (covered || before == found.size()) continue;
    found.insert(
        found.begin() + static_cast<long>(before) + 1,
        quoted_continuation(q, Inherit::earlier_found(before), "quoted_sentence_continues"));
  }
}

bool StatementAssembly::names_waiting(const ParaTokens& p, const std::vector<Found>& found) const {
  // the quotation goes on here and its speaker is named: the waiting paragraphs are theirs
  return !waiting_.empty() && waiting_.back().para + 1 == p.index && !found.empty() &&
         !p.tokens.empty() && p.tokens[0].type == TokenType::quote &&
         found[0].begin <= p.tokens[0].begin + 3 && found[0].kind == StatementKind::direct &&
         found[0].inherit.from != Inherit::From::open_quotation;
}

Statement StatementAssembly::statement_of(const ParaTokens& p, const Found& f,
                                          const std::string& speaker,
                                          std::string_view speaker_rule) const {
  Statement s;
  s.para = p.index;
  s.kind = f.kind;
  s.speaker = speaker;
  s.mention = f.inherit.none() ? f.mention.text : std::string();
  if (f.inherit.from == Inherit::From::open_quotation)
    s.mention = open_quote_ ? open_quote_->mention.text : std::string();
  s.cue = f.cue;
  s.text = f.text;
  s.begin = f.begin;
  s.end = f.end;
  s.attribution_rule = f.rule;
  if (!speaker_rule.empty()) s.speaker_rule = speaker_rule;
  return s;
}

// "Rohm and Haas" of "Rohm and Haas Co": the organisation of the item whose name opens with
// `joined`, with no other "and" after it ("AT and T" is not "AT and T and Philips NV"); "" for
// none.
std::string StatementAssembly::firm_opening_with(const std::string& joined) const {
  const std::vector<std::string> words = key_words(name_key(joined));
  for (long i = 0; i < table_.size(); ++i) {
    const EntityTable::Record& r = table_.record(i);
    if (r.type != EntityType::organisation || !r.typed || r.words.size() < words.size() ||
        !std::equal(words.begin(), words.end(), r.words.begin()) ||
        std::find(r.words.begin() + static_cast<long>(words.size()), r.words.end(), "and") !=
            r.words.end())
      continue;
    return r.name;
  }
  return {};
}

// "Miller and Smith said": the two persons the item named in full before; "Duff and Phelps
// said", "Harper and Row said": one firm, when neither name stands for a fuller one of the item
// nor is a place, a titled person, a medium or an acronym ("Britain and Canada", "CNN and NPR"
// are two).
std::vector<std::string> StatementAssembly::single_names_speakers(const ParaTokens& p,
                                                                  const Mention& m,
                                                                  std::size_t pos) {
  const std::string whole = firm_opening_with(m.parts[0].name + " and " + m.parts[1].name);
  if (!whole.empty()) return {whole};
  std::vector<std::string> each;
  bool firm = true;
  for (const Mention& part : m.parts) {
    each.push_back(resolver_.resolve(part, p.index, pos).speaker);
    const std::string& name = each.back();
    const long r = table_.find(name);
    const bool person = r >= 0 && table_.record(r).typed &&
                        table_.record(r).type == EntityType::person &&
                        !table_.record(r).roles.empty();
    // "CNN and NPR", "IBM and DEC": two organisations
    const bool acronym = name.size() >= 3 && mention_detail::all_caps_acronym(name);
    if (name != part.name || name.find(' ') != std::string::npos || is_place(name) || person ||
        acronym || lexicon().nationalities.count(name) || lexicon().regions.count(name) ||
        lexicon().is_medium(name))
      firm = false;
  }
  if (firm) return {m.parts[0].name + " and " + m.parts[1].name};
  return each;
}

// The speakers of `f`, the k-th statement of paragraph `p`: one, or several for a joint
// description ("the two presidents agreed that ...") and what inherits from it.
std::vector<std::string> StatementAssembly::speakers_of(
    const ParaTokens& p, const Found& f, std::size_t pos,
    const std::vector<std::vector<std::string>>& earlier, std::size_t k,
    std::string_view& speaker_rule) {
  if (f.inherit.from == Inherit::From::open_quotation) {
    speaker_rule = "same_as_open_quotation";
    return {open_speaker_};
  }
  if (f.inherit.from == Inherit::From::previous_speaker) {
    speaker_rule = "same_as_previous_paragraph";
    return {last_speaker_};
  }
  if (f.inherit.from == Inherit::From::earlier && f.inherit.index < k) {
    speaker_rule = "same_as_earlier_statement";
    return earlier[f.inherit.index];
  }
  if (single_word_names(f.mention)) {
    speaker_rule = "joint_names";
    return single_names_speakers(p, f.mention, pos);
  }
  std::vector<std::string> joint = joint_speakers(table_, f.mention, pos);
  if (joint.size() >= 2) {
    speaker_rule = "joint_description";
    return joint;
  }
  Resolution r = resolver_.resolve(f.mention, p.index, pos);
  speaker_rule = r.rule;
  return {std::move(r.speaker)};
}

namespace {

// "It said it expects costs to rise": the belief is part of what the same speaker is said to say,
// no statement of its own (CueInfo::belief).
bool belief_within_own_statement(const std::vector<Found>& found,
                                 const std::vector<std::vector<std::string>>& speakers,
                                 std::size_t k) {
  if (!found[k].belief) return false;
  for (std::size_t j = 0; j < found.size(); ++j) {
    if (j != k && speakers[j] == speakers[k] && found[j].begin <= found[k].cue_pos &&
        found[k].cue_pos < found[j].end) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> StatementAssembly::resolve(const ParaTokens& p,
                                                    const std::vector<Found>& found) {
  std::vector<std::string> speakers(found.size());
  std::vector<std::vector<std::string>> all(found.size());
  std::vector<std::string_view> rules(found.size());
  for (std::size_t k = 0; k < found.size(); ++k) {
    const Found& f = found[k];
    std::size_t pos = position(p.index, f.mention_pos ? f.mention_pos : f.cue_pos);
    all[k] = speakers_of(p, f, pos, all, k, rules[k]);
    speakers[k] = all[k].back();
    // a headline in capitals names its speaker again in the body: it leads no pronoun; nor
    // does one of joint speakers ("the leaders said ... He added" is none of them)
    if (!p.shouting && all[k].size() == 1) resolver_.note(all[k][0], pos, f.mention, rules[k]);
  }
  for (std::size_t k = 0; k < found.size(); ++k) {
    const Found& f = found[k];
    if (belief_within_own_statement(found, all, k)) continue;
    for (const std::string& speaker : all[k]) out_.push_back(statement_of(p, f, speaker, rules[k]));
    if (all[k].size() == 2 && single_word_names(f.mention) && f.inherit.none()) {
      // two speakers of "Miller and Smith": each one's words
      out_[out_.size() - 2].mention = f.mention.parts[0].text;
      out_.back().mention = f.mention.parts[1].text;
    }
  }
  return speakers;
}

void StatementAssembly::give_waiting(const std::vector<Found>& found,
                                     const std::vector<std::string>& speakers,
                                     std::size_t para_first) {
  if (speakers.empty() || speakers[0].empty()) return;
  for (Statement& w : waiting_) {
    w.speaker = speakers[0];
    w.cue = found[0].cue;
    w.attribution_rule = "quotation_named_later";
    w.speaker_rule = "same_as_next_paragraph";
  }
  out_.insert(out_.begin() + static_cast<long>(para_first), waiting_.begin(), waiting_.end());
}

void StatementAssembly::give_waiting_to_previous() {
  // open quotations no paragraph named a speaker for: the speaker of the paragraph before them
  if (waiting_.empty()) return;
  if (!last_speaker_.empty() && last_para_ + 1 == waiting_.front().para) {
    for (Statement& w : waiting_) {
      w.speaker = last_speaker_;
      w.cue = "none";
      w.attribution_rule = "quoted_paragraph_continues";
      w.speaker_rule = "same_as_previous_paragraph";
      out_.push_back(w);
    }
    last_para_ = waiting_.back().para;
  }
  waiting_.clear();
}

bool StatementAssembly::is_place(const std::string& speaker) const {
  const long r = table_.find(speaker);
  if (r >= 0 && table_.record(r).typed) return table_.record(r).type == EntityType::place;
  return lexicon().places.count(speaker) > 0;
}

namespace {

// The speakers of the body's first statement made by several ("the leaders expressed ..."),
// those in `taken` left out.
std::vector<std::string> joint_body_speakers(const std::vector<Statement>& out,
                                             const std::vector<std::string>& taken) {
  for (std::size_t k = 0; k < out.size(); ++k) {
    const Statement& s = out[k];
    if (s.para == 0) continue;
    std::vector<std::string> group;
    std::size_t e = k;
    for (; e < out.size() && out[e].para == s.para && out[e].begin == s.begin &&
           out[e].end == s.end && out[e].text == s.text;
         ++e) {
      if (!out[e].speaker.empty() && out[e].speaker != "UNKNOWN" &&
          std::find(taken.begin(), taken.end(), out[e].speaker) == taken.end())
        group.push_back(out[e].speaker);
    }
    if (group.size() >= 2) return group;
    k = e - 1;
  }
  return {};
}

}  // namespace

void StatementAssembly::headline_places_to_body_speakers() {
  // "China urges ...", "China, France vow ...": a country speaks in a headline through the
  // ones the body gives as speaking: its first speakers, one for each country; a region
  // ("China, Central Asia vow ...") through the several of a joint statement of the body,
  // else unnamed
  std::vector<std::string> body;
  for (const Statement& s : out_) {
    // a news agency relays others
    if (s.para == 0 || s.speaker.empty() || s.speaker == "UNKNOWN" || is_place(s.speaker) ||
        lexicon().is_medium(s.speaker) ||
        std::find(body.begin(), body.end(), s.speaker) != body.end())
      continue;
    body.push_back(s.speaker);
  }
  const auto region = [](const std::string& speaker) {
    return lexicon().regions.count(speaker) > 0;
  };
  std::size_t k = 0;
  while (k < out_.size() && out_[k].para == 0) {
    std::size_t end = k;  // the statements of one headline content: a joint one has several
    while (end < out_.size() && out_[end].para == 0 && out_[end].text == out_[k].text) ++end;
    // each statement of the block becomes those of its speakers, regions decided first
    std::vector<std::vector<Statement>> as(end - k);
    std::vector<std::string> taken;
    for (std::size_t i = k; i < end; ++i) {
      if (!region(out_[i].speaker)) continue;
      std::vector<std::string> members = joint_body_speakers(out_, taken);
      if (members.empty()) members.push_back("UNKNOWN");
      for (const std::string& m : members) {
        if (m != "UNKNOWN") taken.push_back(m);
        Statement one = out_[i];
        one.speaker = m;
        one.speaker_rule = "body_speakers_of_region";
        as[i - k].push_back(std::move(one));
      }
    }
    std::size_t next = 0;
    for (std::size_t i = k; i < end; ++i) {
      if (!as[i - k].empty()) continue;
      Statement one = out_[i];
      if (is_place(one.speaker)) {
        while (next < body.size() &&
               std::find(taken.begin(), taken.end(), body[next]) != taken.end())
          ++next;
        if (next < body.size()) {
          one.speaker = body[next];
          one.speaker_rule = "body_speaker_of_place";
          taken.push_back(body[next++]);
        }
      }
      as[i - k].push_back(std::move(one));
    }
    std::vector<Statement> block;
    for (auto& v : as) block.insert(block.end(), v.begin(), v.end());
    out_.erase(out_.begin() + static_cast<long>(k), out_.begin() + static_cast<long>(end));
    out_.insert(out_.begin() + static_cast<long>(k), block.begin(), block.end());
    k += block.size();
  }
}

void StatementAssembly::headline_descriptions_to_body_person() {
  // "..., says scholar", "Hong Kong's leader accuses ...": a description in the headline that
  // names no one of the item is the first person the body gives as speaking
  std::string person;
  for (const Statement& s : out_) {
    if (s.para == 0 || s.speaker.empty() || s.speaker == "UNKNOWN") continue;
    const long r = table_.find(s.speaker);
    if (r >= 0 && table_.record(r).typed && table_.record(r).type == EntityType::person &&
        table_.record(r).words.size() > 1) {
      person = s.speaker;
      break;
    }
  }
  if (person.empty()) return;
  for (Statement& s : out_) {
    if (s.para != 0) break;
    if (s.speaker_rule == "role_as_written" || s.speaker_rule == "bare_role") {
      s.speaker = person;
      s.speaker_rule = "body_person_of_headline_role";
    }
  }
}

void StatementAssembly::finish() {
  give_waiting_to_previous();
  headline_places_to_body_speakers();
  headline_descriptions_to_body_person();
}

void StatementAssembly::keep_if_open_quotation(const ParaTokens& p) {
  // a paragraph that is only a quotation left open waits for its speaker
  std::size_t last = p.tokens.size();
  while (last > 1 && p.tokens[last - 1].type == TokenType::punct) --last;
  if (last != 1 || p.tokens[0].type != TokenType::quote || p.tokens[0].quote.closed ||
      p.index <= 0) {
    give_waiting_to_previous();
    return;
  }
  Statement w;
  w.para = p.index;
  w.kind = StatementKind::direct;
  w.text = quote_inner_text(p.tokens[0]);
  w.begin = p.tokens[0].begin;
  w.end = p.tokens[0].end;
  if (!w.text.empty()) waiting_.push_back(std::move(w));
}

void StatementAssembly::add(const ParaTokens& p, std::vector<Found> found) {
  if (opens_turn(p.text)) turn_ = turn_speaker(p.text);  // "" for the interviewer's turn
  resolver_.note_turn(p.index, turn_);
  continue_open_quotation(p, found);
  const bool named_later = names_waiting(p, found);
  if (!named_later) give_waiting_to_previous();
  continue_quoted_paragraph(p, found);
  continue_quoted_sentences(p, found);
  const std::size_t para_first = out_.size();
  const std::vector<std::string> speakers = resolve(p, found);
  if (named_later) give_waiting(found, speakers, para_first);
  if (named_later || !found.empty()) waiting_.clear();
  if (!speakers.empty()) {
    last_speaker_ = speakers.back();
    last_para_ = p.index;
  }
  if (found.empty()) keep_if_open_quotation(p);
  // remember an open quotation for the next paragraph
  previous_ = std::move(found);
  open_quote_ = nullptr;
  if (!previous_.empty() && previous_.back().unclosed) {
    open_quote_ = &previous_.back();
    open_speaker_ = speakers.back();
  }
}

}  // namespace verbatim::extract
