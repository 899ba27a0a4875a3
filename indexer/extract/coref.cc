#include "indexer/extract/coref.h"

#include "indexer/extract/lexicon.h"

namespace verbatim::extract {
namespace {

const char kUnknown[] = "UNKNOWN";

std::string without_determiner(const std::string& text) {
  for (const char* det : {"the ", "The ", "a ", "A ", "an ", "An "}) {
    std::string d(det);
    if (text.rfind(d, 0) == 0) return text.substr(d.size());
  }
  return text;
}

}  // namespace

std::string Resolver::canonical(long record) const {
  return table_.record(record).name;
}

char Resolver::gender_of(const std::string& name) const {
  auto space = name.find(' ');
  auto it = lexicon().gender.find(name.substr(0, space));
  return it == lexicon().gender.end() ? 0 : it->second;
}

bool Resolver::is_person(const std::string& speaker) const {
  long r = table_.find(speaker);
  return r >= 0 && table_.record(r).type == EntityType::person;
}

void Resolver::note(const std::string& speaker, std::size_t pos) {
  if (speaker.empty()) return;
  const bool person = speaker != kUnknown && is_person(speaker);
  bool single = speaker != kUnknown && speaker.find(' ') == std::string::npos;
  bool capitals = true;  // "IBM", "SEC": acronyms are organisations
  for (char c : speaker) {
    if (c >= 'a' && c <= 'z') capitals = false;
  }
  const bool maybe_person =
      !person && single && !capitals && !lexicon().org_words.count(ascii_lower(speaker));
  history_.push_back({pos, speaker, person, maybe_person});
}

const Resolver::Noted* Resolver::last_before(std::size_t pos, int person) const {
  const Noted* best = nullptr;
  for (const Noted& n : history_) {
    if (n.pos >= pos) continue;
    if (person == 1 && !n.person) continue;
    if (person == 0 && (n.person || n.speaker == kUnknown)) continue;
    if (best == nullptr || n.pos >= best->pos) best = &n;
  }
  return best;
}

std::string Resolver::resolve(const Mention& m, int para, std::size_t pos) {
  const Lexicon& lex = lexicon();
  const Noted* any = last_before(pos, -1);
  const Noted* person = last_before(pos, 1);
  const Noted* org = last_before(pos, 0);
  const std::string last_speaker_ = any ? any->speaker : std::string();
  const std::string last_person_ = person ? person->speaker : std::string();
  const std::string last_org_ = org ? org->speaker : std::string();
  switch (m.kind) {
    case MentionKind::none:
      return {};
    case MentionKind::group:
      return kUnknown;
    case MentionKind::pronoun: {
      if (m.head == "he" || m.head == "she") {
        // the latest compatible person among the last speaker and the last sentence subject;
        // else the person named last
        auto compatible = [&](const std::string& name) {
          char g = gender_of(name);
          return m.head == "he" ? g != 'f' : g != 'm';
        };
        const Noted* speaker = nullptr;
        for (const Noted& n : history_) {
          if (n.pos < pos && n.person && compatible(n.speaker) &&
              (speaker == nullptr || n.pos >= speaker->pos)) {
            speaker = &n;
          }
        }
        auto person_ok = [&](const EntityTable::Record& r) {
          return r.typed && r.type == EntityType::person &&
                 (r.words.size() > 1 || !r.roles.empty()) && compatible(r.name);
        };
        std::size_t where = 0;
        long subject = table_.last_mention(pos, true, person_ok, &where);
        // "Zhangwei said ... he said": a single name of unknown kind that spoke last, after
        // every person named, is that person
        if (any != nullptr && any->maybe_person && !any->speaker.empty() &&
            any->speaker[0] >= 'A' && any->speaker[0] <= 'Z' && !lex.places.count(any->speaker) &&
            (speaker == nullptr || any->pos > speaker->pos) && (subject < 0 || any->pos > where)) {
          return any->speaker;
        }
        if (subject >= 0 && (speaker == nullptr || where > speaker->pos)) return canonical(subject);
        if (speaker != nullptr) return speaker->speaker;
        long named = table_.last_mention(pos, false, person_ok, &where);
        if (named >= 0) return canonical(named);
        // a single name of unknown kind that spoke last ("Steckhan said ... he added")
        const Noted* single = nullptr;
        for (const Noted& n : history_) {
          if (n.pos < pos && n.maybe_person && (single == nullptr || n.pos >= single->pos)) {
            single = &n;
          }
        }
        if (single != nullptr) return single->speaker;
        // "a senior IMF official said ... he said": still the unnamed source
        return last_speaker_ == kUnknown ? std::string(kUnknown) : std::string();
      }
      if (m.head == "it") {
        if (!last_org_.empty()) return last_org_;
        std::size_t where = 0;
        long org = table_.last_subject_org(pos, &where);
        if (org >= 0) return canonical(org);
        // "Standard Trustco said it expects ...": a name of no known kind that spoke last
        if (any != nullptr && any->speaker != kUnknown) {
          long r = table_.find(any->speaker);
          if (r >= 0 && table_.record(r).roles.empty() &&
              !lex.given_names.count(any->speaker.substr(0, any->speaker.find(' '))) &&
              gender_of(any->speaker) == 0) {
            return any->speaker;
          }
        }
        // never a person
        return last_speaker_ == kUnknown ? std::string(kUnknown) : std::string();
      }
      if (m.head == "they") {
        // a group or an organisation, never one person
        if (!last_speaker_.empty() && !is_person(last_speaker_)) return last_speaker_;
        std::size_t where = 0;
        long org = table_.last_subject_org(pos, &where);
        if (org >= 0) return canonical(org);
        return kUnknown;
      }
      return last_speaker_;  // we, I
    }
    case MentionKind::description: {
      const std::string& head = m.head;
      if (m.indefinite) {
        // "a Chrysler spokesman" speaks for Chrysler; "a spokesman", "an official": unnamed
        std::string who = kUnknown;
        if (!m.owner.empty()) {
          long r = table_.find(m.owner);
          // the owner of "a Woolworths spokesperson" is an organisation
          if (r >= 0) {
            const auto& rec = table_.record(r);
            // ... unless a person's name: titled, or a given name first
            if (!rec.typed || rec.type != EntityType::person || rec.words.size() == 1 ||
                (rec.roles.empty() &&
                 !lex.given_names.count(rec.name.substr(0, rec.name.find(' '))))) {
              who = canonical(r);
            }
          } else {
            who = m.owner;
          }
        } else if (m.text.find("company") != std::string::npos && !last_org_.empty()) {
          who = last_org_;
        }
        unnamed_[head] = who;
        return who;
      }
      if (!m.possessor.empty() && !lex.roles.count(head)) {
        // "its press release said": whoever "it" is
        Mention owner;
        owner.kind = MentionKind::pronoun;
        owner.head = m.possessor == "its"     ? "it"
                     : m.possessor == "their" ? "they"
                     : m.possessor == "his"   ? "he"
                     : m.possessor == "her"   ? "she"
                                              : "we";
        return resolve(owner, para, pos);
      }
      if (lex.groups.count(head) && !lex.roles.count(head)) return kUnknown;
      if (head == "statement" || head == "announcement") {
        // "the statement said": the last source's statement
        return last_speaker_.empty() ? std::string(kUnknown) : last_speaker_;
      }
      if (lex.roles.count(head)) {
        auto earlier = unnamed_.find(head);  // "a spokesman said ... the spokesman added"
        if (earlier != unnamed_.end()) return earlier->second;
        // the most specific role first: "the vice premier" before "the premier"
        for (const auto& role : m.roles) {
          if (role == head) continue;
          long r = table_.person_with_role(role, pos);
          if (r >= 0) return canonical(r);
        }
        long r = table_.person_with_role(head, pos);
        if (r >= 0) return canonical(r);
        if (lex.groups.count(head)) return kUnknown;  // "the official", "the expert"
        // "..., says economist" in a headline: a bare role names nobody
        if (m.text == head) return kUnknown;
        if (!last_person_.empty()) return last_person_;
        return without_determiner(m.text);
      }
      if (head == "paper" && m.text.find("white paper") != std::string::npos) {
        return kUnknown;  // "the white paper said": a document, not a newspaper
      }
      if (lex.org_words.count(head)) {
        long r = table_.org_with_word(head, pos);
        if (r >= 0) return canonical(r);
        if (head == "website" || head == "site" || head == "paper" || head == "newspaper" ||
            head == "publication" || head == "outlet" || head == "magazine" ||
            head == "broadcaster") {
          // "the website noted": the named source mentioned last
          long s = table_.last_named_source(pos);
          if (s >= 0) return canonical(s);
        }
        if (head == "company" || head == "firm" || head == "group" || head == "bank" ||
            head == "corporation" || head == "concern" || head == "agency" ||
            lex.business_nouns.count(head)) {
          if (!last_org_.empty()) return last_org_;
          std::size_t where = 0;
          long org = table_.last_subject_org(pos, &where);
          if (org >= 0) return canonical(org);
          // the last source when it is not a titled person ("Texas Capital Bancshares said")
          if (!last_speaker_.empty() && last_speaker_ != kUnknown) {
            long s = table_.find(last_speaker_);
            if (s < 0 || table_.record(s).roles.empty()) return last_speaker_;
          }
        }
        if (!last_org_.empty() &&
            (head == "company" || head == "website" || head == "paper" || head == "newspaper" ||
             head == "publication" || head == "site" || head == "firm" || head == "group")) {
          return last_org_;
        }
        return without_determiner(m.text);
      }
      if (lex.groups.count(head)) return kUnknown;
      return without_determiner(m.text);
    }
    case MentionKind::name: {
      // an unknown single word without a title ("E-Systems said") is most often an organisation
      bool org = m.org;
      if (!m.titled && m.name.find(' ') == std::string::npos && !lex.surnames.count(m.name) &&
          !lex.given_names.count(m.name)) {
        long known = table_.find(m.name);
        org = org || known < 0 ||
              (!table_.record(known).typed &&
               table_.record(known).name.find(' ') == std::string::npos);
      }
      long r = table_.add_speaker(m.name, org, m.roles, para, pos);
      if (r < 0) return m.name;
      const auto& rec = table_.record(r);
      // "Tusk" when the item never gives a fuller form keeps the form given
      return rec.name;
    }
  }
  return {};
}

}  // namespace verbatim::extract
