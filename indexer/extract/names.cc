#include "indexer/extract/names.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace verbatim::extract {
namespace {

std::string collapse(std::string_view in) {
  // possessive endings go: "Tesco's" is "tesco"
  std::string s;
  s.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '\'' && i + 1 < in.size() && (in[i + 1] == 's' || in[i + 1] == 'S') &&
        (i + 2 == in.size() || in[i + 2] == ' ')) {
      ++i;
      continue;
    }
    s += in[i];
  }
  std::string out;
  out.reserve(s.size());
  bool space = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    auto u = static_cast<unsigned char>(c);
    // "O'Neil", "D'Amato": an apostrophe inside a name joins its parts
    if (c == '\'' && !space && i + 1 < s.size() &&
        ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z'))) {
      continue;
    }
    bool keep = (u >= 0x80) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-';
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      keep = true;
    }
    if (keep) {
      out += c;
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string name_key(std::string_view name) {
  bool ascii = true;
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return collapse(name);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (U_SUCCESS(status) && nfd != nullptr) {
    icu::UnicodeString d = nfd->normalize(s, status);
    if (U_SUCCESS(status)) s = d;
  }
  icu::UnicodeString kept;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x2019 || c == 0x2018) c = '\'';
    if (c == 0x0142) c = 'l';  // ł
    if (c == 0x0141) c = 'L';
    if (c == 0x00F8) c = 'o';
    if (c == 0x00D8) c = 'O';
    if (c == 0x0131) c = 'i';
    kept.append(c);
  }
  kept.foldCase();
  std::string out;
  kept.toUTF8String(out);
  // punctuation outside ASCII (dashes, quotes) to spaces
  std::string cleaned;
  cleaned.reserve(out.size());
  for (std::size_t i = 0; i < out.size();) {
    auto u = static_cast<unsigned char>(out[i]);
    if (u == 0xE2) {  // general punctuation block
      cleaned += ' ';
      i += 3;
      continue;
    }
    cleaned += out[i];
    ++i;
  }
  return collapse(cleaned);
}

std::vector<std::string> key_words(std::string_view key) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < key.size()) {
    std::size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    if (j > i) out.emplace_back(key.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace verbatim::extract
