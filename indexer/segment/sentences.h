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
// sentence ends after an abbreviation from data/segment/abbreviations.txt ("Sept. 8", "Dr.",
// "No. 1"), an initialism ("U.S.") or an initial ("John F. Kennedy"). Thread-safe: each thread
// keeps its own ICU iterator.
std::vector<Span> split_sentences(std::string_view paragraph);

// Convenience for tests and tools: the sentences' text.
std::vector<std::string> sentence_texts(std::string_view paragraph);

}  // namespace verbatim::segment
