#include "indexer/extract/interview_turns.h"

#include <algorithm>

namespace verbatim::extract {
namespace {

constexpr std::size_t kLongestMarker = 80;  // bytes between "((" and "))"

bool upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool lower(char c) {
  return c >= 'a' && c <= 'z';
}

// "Rich Bowen", "Akram Pasha", "Naomi Martisius": capitalised words, not a tag in capitals.
bool is_name(std::string_view s) {
  bool word_start = true, any_lower = false;
  for (char c : s) {
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start && !upper(c) && (c & 0x80) == 0) return false;
    if ((c >= '0' && c <= '9') || c == '(' || c == ')') return false;
    any_lower = any_lower || lower(c);
    word_start = false;
  }
  return any_lower;
}

}  // namespace

namespace {

// The text between "((" and "))" opening `paragraph`, trimmed; empty when it opens with none.
std::string_view marker_text(std::string_view paragraph) {
  std::size_t at = paragraph.find_first_not_of(' ');
  if (at == std::string_view::npos || paragraph.compare(at, 2, "((") != 0) return {};
  at += 2;
  const std::size_t close = paragraph.find("))", at);
  if (close == std::string_view::npos || close - at > kLongestMarker) return {};
  std::string_view name = paragraph.substr(at, close - at);
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  return name;
}

}  // namespace

std::string turn_speaker(std::string_view paragraph) {
  const std::string_view name = marker_text(paragraph);
  return !name.empty() && is_name(name) ? std::string(name) : std::string();
}

bool opens_turn(std::string_view paragraph) {
  const std::string_view tag = marker_text(paragraph);
  return !tag.empty() && (is_name(tag) || std::all_of(tag.begin(), tag.end(), [](char c) {
                            return upper(c) || c == ' ' || c == '.';
                          }));
}

}  // namespace verbatim::extract
