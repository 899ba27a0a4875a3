// Speakers as corpus-wide identities: "Trump", "Donald Trump" and "Donald J. Trump" in three
// items are one speaker when the corpus allows no other reading; namesakes (Boris and Gary
// Johnson) stay apart; spelling variants (Zelensky/Zelenskyy), diacritics and initials fold.
//
// Nothing of it is stored: the registry is computed when a query needs it from what every
// shard holds anyway, the speaker terms (one per name form an item gave, their collection
// frequency the number of statements) and their display forms (metadata `name:XS...`). So it
// is the same for one index and for a cluster of shards (Xapian merges term lists and sums
// frequencies across shards), and right after any re-index, --prune or --rebuild, since it has
// no state of its own that could go stale (docs/schema.md).
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

namespace verbatim::query {

// One name form as the index has it.
struct SpeakerForm {
  std::string folded;   // the speaker term without its prefix ("donald trump")
  std::string display;  // "Donald Trump"
  Xapian::termcount statements = 0;
};

struct SpeakerIdentity {
  std::string folded;              // id: the folded form of `display`
  std::string display;             // the fullest common form ("Donald Trump")
  std::vector<std::string> forms;  // folded forms, the most statements first
  Xapian::termcount statements = 0;
};

// What the corpus says an initialism stands for: for a folded initialism form ("sec"), the
// folded entity names of the paragraphs where an item gave those letters as an entity's other
// name ("the Securities and Exchange Commission (SEC)"). A form with no entry was never so given.
using InitialismsSeen = std::map<std::string, std::vector<std::string>>;

class SpeakerRegistry {
 public:
  // Groups `forms` into identities (a pure function of the forms, their counts and what the
  // corpus says its initialisms stand for).
  explicit SpeakerRegistry(std::vector<SpeakerForm> forms, const InitialismsSeen& seen = {});
  // The registry of an index or cluster, from its speaker terms and display names.
  static SpeakerRegistry of(const Xapian::Database& db);

  // Identities, the most statements first (UNKNOWN is one as any other).
  const std::vector<SpeakerIdentity>& identities() const { return identities_; }
  // The identity of a folded form, or nullptr for a form the registry does not know.
  const SpeakerIdentity* identity_of(const std::string& folded_form) const;
  // The display form of a folded form as the index stored it.
  const std::string& display_of_form(const std::string& folded_form) const;

 private:
  std::vector<SpeakerIdentity> identities_;
  std::map<std::string, std::size_t> identity_by_form_;
  std::map<std::string, std::string> display_by_form_;
};

// The words a form is compared by: diacritics off, initials ("j", "j."), punctuation and a
// leading "the" left out ("Donald J. Trump" -> {"donald", "trump"}, "The China Daily" ->
// {"china", "daily"}).
std::vector<std::string> identity_words(const std::string& folded);

}  // namespace verbatim::query
