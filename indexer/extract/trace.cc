#include "indexer/extract/trace.h"

namespace verbatim::extract {
namespace {

thread_local std::vector<CueTrace>* t_sink = nullptr;
thread_local int t_para = 0;

}  // namespace

TraceScope::TraceScope(std::vector<CueTrace>& sink) : previous_(t_sink), previous_para_(t_para) {
  t_sink = &sink;
}

TraceScope::~TraceScope() {
  t_sink = previous_;
  t_para = previous_para_;
}

bool tracing() {
  return t_sink != nullptr;
}

void trace_paragraph(int para) {
  t_para = para;
}

std::size_t trace_cue(std::size_t cue_pos, std::pair<std::size_t, std::size_t> sentence,
                      std::string_view cue, std::string_view rule, bool attributed) {
  if (t_sink == nullptr) return 0;
  t_sink->push_back(CueTrace{
      t_para, cue_pos, sentence.first, sentence.second, std::string(cue), rule, attributed, {}});
  return t_sink->size() - 1;
}

void trace_dropped(std::size_t index, std::string_view step) {
  if (t_sink != nullptr && index < t_sink->size()) (*t_sink)[index].dropped = step;
}

std::string near_miss(const std::vector<CueTrace>& trace, int para, std::size_t begin,
                      std::size_t end) {
  // the cue nearest the statement's bytes (0 inside them)
  auto distance = [&](std::size_t pos) {
    return pos < begin ? begin - pos : pos > end ? pos - end : 0;
  };
  const CueTrace* best = nullptr;
  for (const CueTrace& t : trace) {
    const bool overlaps = t.sentence_begin < end && begin < t.sentence_end;
    if (t.para == para && overlaps &&
        (best == nullptr || distance(t.cue_pos) < distance(best->cue_pos))) {
      best = &t;
    }
  }
  if (best == nullptr) return "no cue";
  const std::string cue = "'" + best->cue + "'";
  if (!best->attributed) return std::string(best->rule) + " rejected " + cue;
  if (!best->dropped.empty()) {
    return std::string(best->rule) + ": " + std::string(best->dropped) + " dropped " + cue;
  }
  return std::string(best->rule) + " attributed " + cue + " (content elsewhere)";
}

}  // namespace verbatim::extract
