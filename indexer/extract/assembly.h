// The statements of an item assembled paragraph by paragraph from what the grammar found:
// speakers resolved in text order, a quotation left open at the end of a paragraph continued in
// the next, paragraphs that are only an open quotation given the speaker named after them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/coref.h"
#include "indexer/extract/entities.h"
#include "indexer/extract/grammar.h"
#include "indexer/extract/statement.h"

namespace verbatim::extract {

class StatementAssembly {
 public:
  StatementAssembly(EntityTable& table, std::vector<Statement>& out)
      : table_(table), resolver_(table), out_(out) {}

  // The statements `found` in paragraph `p` (in text order), after those of earlier paragraphs.
  void add(const ParaTokens& p, std::vector<Found> found);
  // After the last paragraph: paragraphs still waiting for a speaker go to the one before them.
  void finish();

 private:
  void continue_open_quotation(const ParaTokens& p, std::vector<Found>& found) const;
  bool names_waiting(const ParaTokens& p, const std::vector<Found>& found) const;
  std::vector<std::string> resolve(const ParaTokens& p, const std::vector<Found>& found);
  Statement statement_of(const ParaTokens& p, const Found& f, const std::string& speaker,
                         std::string_view speaker_rule) const;
  void give_waiting(const std::vector<Found>& found, const std::vector<std::string>& speakers,
                    std::size_t para_first);
  void keep_if_open_quotation(const ParaTokens& p);
  void continue_quoted_paragraph(const ParaTokens& p, std::vector<Found>& found) const;
  void continue_quoted_sentences(const ParaTokens& p, std::vector<Found>& found) const;
  void give_waiting_to_previous();
  bool is_place(const std::string& speaker) const;
  void headline_places_to_body_speakers();
  void headline_descriptions_to_body_person();

  std::string firm_opening_with(const std::string& joined) const;
  std::vector<std::string> single_names_speakers(const ParaTokens& p, const Mention& m,
                                                 std::size_t pos);
  std::vector<std::string> speakers_of(const ParaTokens& p, const Found& f, std::size_t pos,
                                       const std::vector<std::vector<std::string>>& earlier,
                                       std::size_t k, std::string_view& speaker_rule);

  const EntityTable& table_;
  Resolver resolver_;
  std::string turn_;  // the interviewee whose answer the paragraphs are in, else ""
  std::vector<Statement>& out_;
  std::vector<Found> previous_;        // the statements of the paragraph before
  const Found* open_quote_ = nullptr;  // the last of them, when its quotation is still open
  std::string open_speaker_;
  // paragraphs that are only a quotation left open, waiting for a speaker: "“A. ¶ “B,” Xi said."
  std::vector<Statement> waiting_;
  // the last speaker of the last paragraph with statements, for quoted paragraphs with no cue
  std::string last_speaker_;
  int last_para_ = -2;
};

}  // namespace verbatim::extract
