#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>
#include <string>

namespace verbatim::text {
namespace {

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || n == nullptr)
    throw std::runtime_error("ICU NFKC normalizer unavailable");
  return *n;
}

// Maps typographic variants to their plain ASCII forms; 0 keeps the character.
UChar32 plain_form(UChar32 c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    default:
      break;
  }
  if (c == 0x00A0 || c == 0x202F || c == 0x2007 || c == '\t' || c == '\r' || c == '\n' ||
      (c != ' ' && u_isUWhiteSpace(c)))
    return ' ';
  return 0;
}

icu::UnicodeString typography(std::string_view in) {
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(icu::StringPiece(in.data(), in.size()));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = nfkc().normalize(src, status);
  if (U_FAILURE(status)) out = src;
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < out.length();) {
    UChar32 c = out.char32At(i);
    i += U16_LENGTH(c);
    UChar32 p = plain_form(c);
    mapped.append(p ? p : c);
  }
  return mapped;
}

bool is_letter(UChar32 c) {
  return u_isalpha(c) != 0;
}

// "U.S." -> "US", "U.S.A." -> "USA": single letters each followed by a full stop, at least two.
icu::UnicodeString collapse_initialisms(const icu::UnicodeString& s) {
  icu::UnicodeString out;
  const int32_t n = s.length();
  int32_t i = 0;
  while (i < n) {
    bool at_word_start = i == 0 || !is_letter(s.char32At(i - 1));
    if (at_word_start) {
      int32_t j = i;
      int letters = 0;
      icu::UnicodeString joined;
      while (j + 1 < n && is_letter(s.charAt(j)) && s.charAt(j + 1) == '.' &&
             (j + 2 >= n || !is_letter(s.charAt(j + 2)) || (j + 3 < n && s.charAt(j + 3) == '.'))) {
        joined.append(s.charAt(j));
        ++letters;
        j += 2;
      }
      if (letters >= 2) {
        out.append(joined);
        // Keep a sentence-ending stop when the initialism ends the text or a sentence.
        i = j;
        continue;
      }
    }
    out.append(s.charAt(i));
    ++i;
  }
  return out;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

icu::UnicodeString fold(const icu::UnicodeString& s) {
  icu::UnicodeString copy(s);
  copy.foldCase(U_FOLD_CASE_DEFAULT);
  return copy;
}

bool is_operator(std::string_view word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" || word == "NEAR" ||
         word == "ADJ";
}

}  // namespace

std::string normalize_typography(std::string_view in) {
  return to_utf8(typography(in));
}

std::string normalize_for_terms(std::string_view in) {
  return to_utf8(fold(collapse_initialisms(typography(in))));
}

std::string normalize_query(std::string_view in) {
  std::string out;
  std::size_t i = 0;
  while (i < in.size()) {
    std::size_t j = in.find(' ', i);
    if (j == std::string_view::npos) j = in.size();
    std::string_view word = in.substr(i, j - i);
    if (!out.empty()) out += ' ';
    out += is_operator(word) ? std::string(word) : normalize_for_terms(word);
    i = j + 1;
  }
  return out;
}

std::string fold_name(std::string_view in) {
  icu::UnicodeString s = fold(typography(in));
  icu::UnicodeString out;
  bool space = true;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c)) {
      out.append(c);
      space = false;
    } else if (c == '\'' || c == '.' || c == '-') {
      // "o'brien", "u.s.", "al-assad": dropped, not turned into word breaks, keep words together
      if (c == '-' && !space) {
        out.append(' ');
        space = true;
      }
    } else if (!space) {
      out.append(' ');
      space = true;
    }
  }
  std::string r = to_utf8(out);
  while (!r.empty() && r.back() == ' ') r.pop_back();
  return r;
}

}  // namespace verbatim::text
