#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>
#include <string>
#include <type_traits>

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

// Code unit access shared by the ICU path (UTF-16) and the ASCII fast path (bytes): the two
// paths run the same code, so they cannot drift apart.
int32_t length_of(const icu::UnicodeString& s) {
  return s.length();
}
int32_t length_of(const std::string& s) {
  return static_cast<int32_t>(s.size());
}
UChar32 unit_at(const icu::UnicodeString& s, int32_t i) {
  return s.charAt(i);
}
UChar32 unit_at(const std::string& s, int32_t i) {
  return static_cast<unsigned char>(s[static_cast<std::size_t>(i)]);
}
void append_unit(icu::UnicodeString& s, UChar32 c) {
  s.append(static_cast<char16_t>(c));
}
void append_unit(std::string& s, UChar32 c) {
  s += static_cast<char>(c);
}

// "U.S." -> "US", "U.S.A." -> "USA": single letters each followed by a full stop, at least two.
// (A letter outside the BMP is two units that are not letters, so it never starts one.)
template <typename Str>
Str collapse_initialisms(const Str& s) {
  Str out;
  const int32_t n = length_of(s);
  int32_t i = 0;
  auto letter = [&](int32_t at) { return is_letter(unit_at(s, at)); };
  while (i < n) {
    bool at_word_start = i == 0 || !letter(i - 1);
    if (at_word_start) {
      int32_t j = i;
      int letters = 0;
      Str joined;
      while (j + 1 < n && letter(j) && unit_at(s, j + 1) == '.' &&
             (j + 2 >= n || !letter(j + 2) || (j + 3 < n && unit_at(s, j + 3) == '.'))) {
        append_unit(joined, unit_at(s, j));
        ++letters;
        j += 2;
      }
      if (letters >= 2) {
        out += joined;
        // Keep a sentence-ending stop when the initialism ends the text or a sentence.
        i = j;
        continue;
      }
    }
    append_unit(out, unit_at(s, i));
    ++i;
  }
  return out;
}

bool is_ascii(std::string_view in) {
  for (char c : in)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// typography() and case folding for ASCII text: NFKC leaves ASCII as it is, plain_form() only
// turns its white space into ' ', and full case folding is lower-casing.
std::string ascii_typography(std::string_view in, bool lower) {
  std::string out(in);
  for (char& c : out) {
    if (c >= '\t' && c <= '\r')
      c = ' ';
    else if (lower && c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
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
  if (is_ascii(in)) return ascii_typography(in, false);
  return to_utf8(typography(in));
}

std::string normalize_for_terms(std::string_view in) {
  if (is_ascii(in)) return ascii_typography(collapse_initialisms(std::string(in)), true);
  return detail::normalize_for_terms_icu(in);
}

namespace detail {
std::string normalize_for_terms_icu(std::string_view in) {
  return to_utf8(fold(collapse_initialisms(typography(in))));
}
}  // namespace detail

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

namespace {

// The words of a folded name: letters and digits kept; "'" and "." dropped ("o'brien", "u.s."
// keep their words together); '-' and everything else a single space between words.
template <typename Str>
Str name_words(const Str& s) {
  Str out;
  bool space = true;
  for (int32_t i = 0; i < length_of(s);) {
    UChar32 c = unit_at(s, i);
    if constexpr (std::is_same_v<Str, icu::UnicodeString>) c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c)) {
      if constexpr (std::is_same_v<Str, icu::UnicodeString>)
        out.append(c);
      else
        append_unit(out, c);
      space = false;
    } else if (c == '\'' || c == '.' || c == '-') {
      if (c == '-' && !space) {
        append_unit(out, ' ');
        space = true;
      }
    } else if (!space) {
      append_unit(out, ' ');
      space = true;
    }
  }
  return out;
}

std::string trim_right(std::string r) {
  while (!r.empty() && r.back() == ' ') r.pop_back();
  return r;
}

}  // namespace

std::string fold_name(std::string_view in) {
  if (is_ascii(in)) return trim_right(name_words(ascii_typography(in, true)));
  return detail::fold_name_icu(in);
}

std::string without_diacritics(std::string_view in) {
  if (is_ascii(in)) return std::string(in);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || nfd == nullptr)
    throw std::runtime_error("ICU NFD normalizer unavailable");
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(icu::StringPiece(in.data(), in.size()));
  icu::UnicodeString split = nfd->normalize(src, status);
  if (U_FAILURE(status)) return std::string(in);
  icu::UnicodeString out;
  for (int32_t i = 0; i < split.length();) {
    UChar32 c = split.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    out.append(c == 0x0131 ? UChar32('i') : c);  // Turkish dotless i
  }
  return to_utf8(out);
}

namespace detail {
std::string fold_name_icu(std::string_view in) {
  return trim_right(to_utf8(name_words(fold(typography(in)))));
}
}  // namespace detail

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace verbatim::text
