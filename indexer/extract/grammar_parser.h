// Internals of the attribution grammar shared by its source files (attribution.cc finds who
// speaks, content.cc what is reported, grammar.cc ties them per paragraph). Not for other modules.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "indexer/extract/cues.h"
#include "indexer/extract/grammar.h"
#include "indexer/extract/lexicon.h"
#include "indexer/extract/mentions.h"
#include "indexer/extract/tokens.h"

namespace verbatim::extract::detail {

// One cue and its speaker.
struct Attr {
  Cue cue;
  Mention subject;
  bool left = false;            // "X said"
  bool inverted = false;        // "said X", "according to X"
  bool inherit = false;         // ", adding that": the clause's subject
  bool agent = false;           // "described by X as"
  bool coordinated = false;     // "and said": the subject of the first verb
  bool object_subject = false;  // "cited X as saying": X is the object of another verb
  bool relative = false;        // "the Navy, who told ...": nothing before is content
  std::size_t start = 0;        // first token of the attribution
  std::size_t after = 0;        // first token after it
  std::string_view rule;        // the attribution rule that found it (static name)
  std::size_t trace = 0;        // its entry in the trace, when tracing (see CueTrace)
};

// The word classes of the grammar's rules, looked up once per lexicon: the rules read them on
// every cue, a lookup by name each time would cost.
struct ParserWords {
  explicit ParserWords(const Lexicon& lex);  // throws std::logic_error for a missing class
#define VERBATIM_WORD_CLASS(name) const WordSet* name = nullptr;
#include "indexer/extract/parser_words.def"
#undef VERBATIM_WORD_CLASS
};
// Those of `lex`, made once per lexicon and thread.
inline const ParserWords& parser_words(const Lexicon& lex) {
  return per_lexicon<ParserWords>(lex);
}

// What an attribution rule says of a cue: nothing (the next rule is tried), an attribution, or
// no attribution at all (the cue is a noun, an infinitive, ...).
enum class Verdict { pass, accept, reject };

// A cue and what the rules read around it; the words left of the cue are found on first use.
struct CueSite {
  explicit CueSite(const Cue& c) : cue(c) {}
  const Cue& cue;
  long before = 0;              // the token before the cue (before the sentence: none)
  const Token* prev = nullptr;  // that token, null at the sentence's start
  bool located = false;         // `k`, `kt`, `base_form` set
  long k = 0;                   // the first token left of the cue that skip_left keeps
  const Token* kt = nullptr;    // that token, null before the sentence
  bool base_form = false;       // the cue as its lemma ("say"), with a past form of its own
  bool parsed = false;          // `left` set
  Mention left;                 // the noun phrase ending at `k`
};

// A stretch of reported content; pieces split by the attribution are joined with " ... ".
struct Piece {
  std::size_t first = 0;
  std::size_t last = 0;  // tokens [first, last)
};

// Word classes of the grammar (closed classes, not gazetteers).
const std::unordered_set<std::string_view>& right_adverbs();
const std::unordered_set<std::string_view>& time_nouns();
bool is_weekday(std::string_view lower);
bool is_month(std::string_view lower);
bool statement_noun(std::string_view lower);
bool is_preposition_start(std::string_view lower);
const std::unordered_set<std::string_view>& be_forms();
const std::unordered_set<std::string_view>& noun_determiners();
const std::unordered_set<std::string_view>& gerund_links();
const std::unordered_set<std::string_view>& object_pronouns();
bool is_sentence_stop(const Token& t);

// Parses one sentence [a, b) of a paragraph's tokens: finds its cues (match_cue), gives each its
// attribution (attribute: the speaker's mention, where the attribution starts and ends), then
// the reported content of each (run, emit) and appends the statements to `out`.
class SentenceParser {
 public:
  SentenceParser(std::string_view para, const std::vector<Token>& toks, std::size_t a,
                 std::size_t b, std::size_t index, std::vector<Found>& out, bool title_case,
                 bool headline = false)
      : para_(para),
        toks_(toks),
        a_(a),
        b_(b),
        index_(index),
        out_(out),
        lex_(lexicon()),
        words_(parser_words(lex_)),
        title_case_(title_case),
        headline_(headline) {}

  void run();
  // The next sentence is only the quotation at token `q` (0: it is not): a topic cue's content.
  void set_next_quotation(std::size_t q) { next_quote_ = q; }

  // The attribution rules in order (attribution_rules.def).
  struct Rule {
    std::string_view name;
    Verdict (SentenceParser::*apply)(CueSite& s, Attr& at) const;
  };
  static const Rule kRules[];

 private:
  // The content around one attribution, as the steps of report() find it.
  struct Content {
    std::size_t fs = 0;          // first token of the forward content
    bool comma_after = false;    // a comma or a colon ends the attribution
    bool had_that = false;       // "said that ..."
    bool forward = false;        // content after the attribution
    Piece fwd;                   // that content
    Piece colon_quote;           // "...: "A quotation."" after it, a statement too
    bool backward = false;       // content before the attribution
    Piece back;                  // that content
    bool back_is_quote = false;  // only a quotation
    bool set_off = false;        // the attribution is set off by commas (", they observed,")
  };
  struct Shape {  // of the kept pieces of a statement
    bool any_quote = false;
    bool all_quote = true;
    std::size_t words = 0;
  };

  bool match_cue(std::size_t i, Cue& cue) const;

  // Who speaks (attribution.cc, attribution_rules.cc): the rules tried in order, the first that
  // decides wins.
  bool attribute(const Cue& cue, Attr& at) const;
#define VERBATIM_ATTRIBUTION_RULE(name) Verdict rule_##name(CueSite& s, Attr& at) const;
#include "indexer/extract/attribution_rules.def"
#undef VERBATIM_ATTRIBUTION_RULE
  void locate_left(CueSite& s) const;
  const Mention& left_phrase(CueSite& s) const;
  bool according_content_before(const Cue& cue) const;
  Verdict according_tail(Attr& at, bool content_before) const;
  bool earlier_cue_in_other_tense(long k) const;
  bool gerund_clause_closed(const Cue& cue) const;
  // whether a cue word can be read as a noun here: its base form, a plural, a gerund
  bool cue_form_can_be_noun(const Cue& cue) const;
  bool coordinated(const CueSite& s) const;
  bool passive_before(std::size_t i) const;
  long in_medium_before(std::size_t first) const;
  Mention noun_after_modifier_name(const Mention& m) const;
  Mention passive_subject(long be) const;
  long skip_left(long k, long aside) const;
  bool manner_adverb(long k) const;
  bool common_noun(long k) const;
  bool ing_form(long k) const;
  bool age_modifier(long k) const;
  bool plural_form(long k) const;
  Mention bare_plural(long first, long k) const;
  Mention common_noun_phrase(long k, bool bare_plurals) const;
  bool subject_opens_at(long first) const;
  Mention affiliated_subject(const Mention& phrase) const;
  Mention person_after_noun(std::size_t noun) const;
  Mention common_noun_after(std::size_t k) const;
  long skip_channel_or_occasion(long k) const;
  bool cue_after_comma_or_quote(CueSite& s) const;
  bool age_between_commas(long k) const;
  bool opens_clause(std::size_t first) const;
  Mention possessive_description(std::size_t owner) const;
  bool inverted_speaker_follows(const Cue& cue) const;
  std::size_t according_modifier_end(std::size_t k, bool content_before) const;
  Mention apposition_subject(long comma) const;
  long apposition_open(long comma, bool& cue_inside) const;
  bool looks_appositive(long open, long comma) const;
  Mention role_before_preposition(long open) const;
  std::size_t firm_description_before(std::size_t name) const;
  Mention name_set_off_before(std::size_t role_first) const;
  Mention lowercase_object_before(long k) const;
  Mention apposition_speaker(Mention m, long open, long comma) const;
  Mention qualified_group_opening(std::size_t limit) const;
  Mention unnamed_source_before(long k) const;
  Mention sentence_subject() const;
  Mention clause_subject_before(std::size_t object) const;
  Mention headline_list(const Cue& cue) const;

  // What is reported (content.cc, attribution_extent.cc, content_pieces.cc): the steps of
  // report(), each named after what it decides.
  std::string_view report(std::size_t idx);
  std::size_t attribution_end(const Attr& at) const;
  std::size_t skip_object(std::size_t k, std::size_t hi) const;
  std::size_t skip_digits(std::size_t k, std::size_t hi) const;
  std::size_t skip_time_right(std::size_t k, std::size_t hi) const;
  std::size_t skip_channel_or_addressee(std::size_t k, std::size_t hi) const;
  std::size_t skip_occasion(std::size_t k, std::size_t hi) const;
  std::size_t skip_right(std::size_t k, std::size_t hi) const;
  std::size_t extend_to_quote(std::size_t k, std::size_t hi, bool object) const;
  bool starts_inherited_attribution(std::size_t tok, std::size_t self) const;
  void forward_start(std::size_t idx, Content& c) const;
  void forward_extent(std::size_t idx, Content& c) const;
  std::size_t forward_end(std::size_t from, std::size_t hi, std::size_t self) const;
  long cut_before_attribution(std::size_t j, std::size_t from) const;
  bool main_cue_after_aside(std::size_t tok, std::size_t self) const;
  bool relative_clause_closes(std::size_t tok, std::size_t self) const;
  Mention cited_in_aside(const Mention& m, std::size_t comma) const;
  std::size_t first_comma(std::size_t first, std::size_t last, bool before_coordinator) const;
  bool relative_word(long q) const;
  bool nests_statement_before(std::size_t idx) const;
  bool reports_others(const Attr& at) const;
  bool addressee_only(std::size_t idx, const Content& c) const;
  bool infinitive_at(const Attr& at, std::size_t k) const;
  bool passive_said_before(std::size_t cue) const;
  bool clause_follows(std::size_t k) const;
  bool document_owner(const Mention& owner) const;
  bool tail_of_attribution(std::size_t idx, const Piece& back) const;
  std::size_t comma_before_gerund(std::size_t first, std::size_t last) const;
  void backward_content(std::size_t idx, Content& c) const;
  bool fronted_adverbial(const Content& c) const;
  bool backward_relays(std::size_t idx, const Content& c) const;
  bool topic_not_statement(const Attr& at, const Content& c) const;
  bool has_quote(const Piece& p) const;
  bool topic_quotation(Content& c) const;
  bool object_before_colon_quote(const Attr& at, const Content& c) const;
  bool weak_cue_unquoted(const Attr& at, const Content& c) const;
  bool weak_statement_unquoted(const Attr& at, const Content& c,
                               const std::vector<Piece>& pieces) const;
  const Attr* main_clause_before(std::size_t idx) const;
  Mention gerund_clause_subject(std::size_t idx) const;
  std::string_view emit_with_subject(const Attr& at, const Mention& subject,
                                     const std::vector<Piece>& pieces);
  std::optional<std::string_view> inherited_statement(std::size_t idx, const Content& c,
                                                      std::vector<Piece>& pieces, Inherit& inherit);
  std::string_view agent_pieces(const Attr& at, const Content& c, std::vector<Piece>& pieces) const;
  bool other_cue_after(std::size_t idx, std::size_t tok) const;
  bool other_cue_inside(std::size_t idx, const std::vector<Piece>& pieces) const;
  bool trailing_apposition(const Content& c) const;
  std::string_view inverted_pieces(std::size_t idx, const Content& c,
                                   std::vector<Piece>& pieces) const;
  bool news_agency(const Mention& m) const;
  bool agency_relays(std::size_t idx, const Piece& fwd) const;
  std::string_view left_subject_pieces(std::size_t idx, const Content& c,
                                       std::vector<Piece>& pieces) const;
  std::string_view emit_with_colon_quote(const Attr& at, const Content& c,
                                         const std::vector<Piece>& pieces, const Inherit& inherit);

  // The statement (content_emit.cc): empty, or the reason no statement was made.
  std::string_view emit(const Attr& at, const std::vector<Piece>& pieces, const Inherit& inherit);
  std::vector<Piece> trimmed(const Attr& at, const std::vector<Piece>& pieces) const;
  Shape shape_of(const std::vector<Piece>& kept) const;
  bool is_clause(const Attr& at, const std::vector<Piece>& kept, std::size_t words) const;
  void direct_text(Found& f, const std::vector<Piece>& kept) const;
  void reported_text(Found& f, const std::vector<Piece>& kept, bool any_quote) const;
  std::size_t skip_naming_articles(std::size_t q, std::size_t last) const;
  void naming_as_quote(Found& f, const Piece& p) const;
  void naming_object_quotes(Found& f, const Piece& p) const;

  std::string_view para_;
  const std::vector<Token>& toks_;
  std::size_t a_, b_;
  std::size_t index_;
  std::vector<Found>& out_;
  const Lexicon& lex_;
  const ParserWords& words_;
  std::vector<Attr> attrs_;
  std::size_t content_floor_ = 0;  // backward content does not go before this token
  std::size_t nested_floor_ = 0;   // the floor before the last statement ending in the sentence
  std::size_t first_found_ = 0;    // the first statement of the sentence in `out_`
  std::size_t next_quote_ = 0;     // set_next_quotation
  bool title_case_ = false;
  bool headline_ = false;  // the headline's first sentence
};

}  // namespace verbatim::extract::detail
