// Speaker resolution inside one item: pronouns, descriptions ("the Chinese president") and
// surnames ("Xi") resolve to the full name introduced in the item. The rules are an ordered list
// of named sieves (coref_sieves.cc); the first that decides gives the speaker.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/extract/entities.h"
#include "indexer/extract/mentions.h"

namespace verbatim::extract {

// The speaker of a mention and the sieve that decided it (a static name).
struct Resolution {
  std::string speaker;
  std::string_view rule;
};

// What the item has said before a mention: the sources noted so far and the unnamed ones.
struct CorefMemory {
  struct Noted {
    std::size_t pos;
    std::string speaker;
    bool person;
    bool maybe_person;  // a single name that could be a surname ("Steckhan said")
    // one person the item does not name ("a senior bank official said", and a "he" that
    // stood for them): a later "he" stands for them too
    bool unnamed_person = false;
  };
  // Sources noted so far, looked up by position: a statement resolved later may come earlier
  // in its sentence ("It cited X as stating ..., and claimed ...").
  std::vector<Noted> history;
  std::map<std::string, std::string> unnamed;  // role -> speaker of "a spokesman"
  // Interview items: paragraph -> the person whose answer it is (indexer/extract/interview_turns.h)
  std::map<int, std::string> turns;
};

class Resolver {
 public:
  explicit Resolver(EntityTable& table) : table_(table) {}

  // The canonical speaker of a mention at `pos` of paragraph `para`; statements must be
  // resolved in text order. "UNKNOWN" for unnamed groups, "" when nothing can be said.
  Resolution resolve(const Mention& m, int para, std::size_t pos);
  // Records that a statement at `pos`, attributed to `m`, was given to `speaker` by the sieve
  // `rule` (for later pronouns).
  void note(const std::string& speaker, std::size_t pos, const Mention& m, std::string_view rule);
  // Records that paragraph `para` is an interview answer of `person` ("" for none).
  void note_turn(int para, const std::string& person);

 private:
  // The speaker as a name (indexer/extract/speaker_names.h): pronouns and quantifiers give
  // nobody, bare common nouns the item's organisation with that word or UNKNOWN.
  std::string as_name(const std::string& speaker, std::size_t pos) const;
  std::string headline_person() const;
  std::string only_name_with_word(const std::string& head) const;

  EntityTable& table_;
  CorefMemory memory_;
};

// The speaker of `m` by the first sieve that decides (coref_sieves.cc).
Resolution run_coref_sieves(const Mention& m, int para, std::size_t pos, EntityTable& table,
                            CorefMemory& memory);
// The names of the sieves in the order they are tried.
std::vector<std::string_view> coref_sieve_names();

}  // namespace verbatim::extract
