// Sentence segmentation with ICU, tuned so that news abbreviations do not end a sentence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::segment {

struct Span {
  std::size_t begin = 0;  // byte offset into the paragraph
  std::size_t end = 0;    // one past the last byte (trailing spaces excluded)
};

// Splits one paragraph (UTF-8) into sentences: ICU's English sentence rules, except that no
// sentence ends at an abbreviation's full stop (see abbreviation_stop), and that one ends at a
// full stop before a number ("... were available. 1986 profits rose"), which ICU reads on past
// when a lower-case word follows. Thread-safe: each thread keeps its own ICU iterator.
std::vector<Span> split_sentences(std::string_view paragraph);

// True when the full stop ending `word` ("Dr.", "Sept.", "U.S.", "F.") is an abbreviation's and
// does not end the sentence; `after` is the text that follows it.
// - Initials ("John F. Kennedy") and initialisms ("U.S.", "e.g.") end none.
// - Entries of data/segment/abbreviations.txt, as written, in capitals ("CORP.") or in lower
//   case before a number ("feb. 27"): those that come before what they qualify ("Dr. Smith",
//   "No. 1") end none; the others end one before a word that opens sentences
//   (data/segment/openers.txt: "... at Acme Corp. The company said", but "Acme Corp. Chairman").
// - At the end of the paragraph or before an opening quotation mark the full stop ends the
//   sentence ("... of Acme Corp. “This partnership ...”").
bool abbreviation_stop(std::string_view word, std::string_view after);

// Convenience for tests and tools: the sentences' text.
std::vector<std::string> sentence_texts(std::string_view paragraph);

}  // namespace verbatim::segment
