// A trace of the attribution grammar for `verbatim eval --verbose`: every cue tried, the rule
// that accepted or rejected it and, for an accepted cue that gave no statement, the content step
// that left it out. Off unless a TraceScope is open on the thread; then the parser only tests a
// pointer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace verbatim::extract {

struct CueTrace {
  int para = 0;
  std::size_t cue_pos = 0;         // byte of the cue in its paragraph
  std::size_t sentence_begin = 0;  // bytes of its sentence
  std::size_t sentence_end = 0;
  std::string cue;
  std::string_view rule;     // the attribution rule that decided (static name)
  bool attributed = false;   // accepted: a speaker (or a clause to inherit one from) was found
  std::string_view dropped;  // accepted but no statement: the content step that left it out
};

// Records the cues of the analyses run on this thread while it lives into `sink`.
class TraceScope {
 public:
  explicit TraceScope(std::vector<CueTrace>& sink);
  ~TraceScope();
  TraceScope(const TraceScope&) = delete;
  TraceScope& operator=(const TraceScope&) = delete;

 private:
  std::vector<CueTrace>* previous_;
  int previous_para_;
};

bool tracing();
// The paragraph the next cues belong to (analyse() sets it).
void trace_paragraph(int para);
// Records a cue and its deciding rule; returns its index for trace_dropped.
std::size_t trace_cue(std::size_t cue_pos, std::pair<std::size_t, std::size_t> sentence,
                      std::string_view cue, std::string_view rule, bool attributed);
void trace_dropped(std::size_t index, std::string_view step);

// The last rule that came close to a statement at bytes [begin, end) of paragraph `para`: that
// of the cue nearest them in the sentences they overlap, as "RULE rejected 'CUE'" or "RULE: STEP
// dropped 'CUE'"; "no cue" when those sentences have none.
std::string near_miss(const std::vector<CueTrace>& trace, int para, std::size_t begin,
                      std::size_t end);

}  // namespace verbatim::extract
