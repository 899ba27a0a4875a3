#include "indexer/extract/evaluate.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace verbatim::extract {
namespace {

icu::UnicodeString nfkc_casefold(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (U_SUCCESS(status) && nfkc != nullptr) {
    icu::UnicodeString n = nfkc->normalize(u, status);
    if (U_SUCCESS(status)) u = n;
  }
  u.foldCase(U_FOLD_CASE_DEFAULT);
  return u;
}

// Python's str \w: alphanumeric (letters, decimal, digit, numeric) or underscore.
bool is_word_char(UChar32 c) {
  if (c == '_') return true;
  if (u_isalpha(c)) return true;
  return u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace

std::vector<std::string> score_tokens(std::string_view text) {
  icu::UnicodeString u = nfkc_casefold(text);
  std::vector<std::string> out;
  icu::UnicodeString cur;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (is_word_char(c)) {
      cur.append(c);
    } else if (!cur.isEmpty()) {
      out.push_back(to_utf8(cur));
      cur.remove();
    }
  }
  if (!cur.isEmpty()) out.push_back(to_utf8(cur));
  return out;
}

double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  std::unordered_map<std::string_view, long> counts;
  for (const auto& t : a) ++counts[t];
  long inter = 0;
  for (const auto& t : b) {
    auto it = counts.find(t);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++inter;
    }
  }
  return 2.0 * static_cast<double>(inter) / static_cast<double>(a.size() + b.size());
}

std::string normalize_speaker(std::string_view name) {
  icu::UnicodeString u = nfkc_casefold(name);
  icu::UnicodeString out;
  bool in_punct = false;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (is_word_char(c) || c == ' ') {
      out.append(c);
      in_punct = false;
    } else if (!in_punct) {
      out.append(static_cast<UChar32>(' '));
      in_punct = true;
    }
  }
  // split on whitespace and join with single spaces (Python's str.split())
  std::string s = to_utf8(out);
  std::string joined;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) {
      if (!joined.empty()) joined += ' ';
      joined += s.substr(i, j - i);
    }
    i = j;
  }
  return joined;
}

bool lenient_speaker_match(std::string_view predicted, std::string_view gold) {
  std::string p = normalize_speaker(predicted);
  std::string g = normalize_speaker(gold);
  if (p.empty() || g.empty()) return false;
  if (p == g) return true;
  auto words = [](const std::string& s) {
    std::vector<std::string> w;
    std::size_t i = 0;
    while (i <= s.size()) {
      std::size_t j = s.find(' ', i);
      if (j == std::string::npos) j = s.size();
      if (j > i) w.push_back(s.substr(i, j - i));
      i = j + 1;
    }
    std::sort(w.begin(), w.end());
    w.erase(std::unique(w.begin(), w.end()), w.end());
    return w;
  };
  auto pw = words(p);
  auto gw = words(g);
  return std::includes(gw.begin(), gw.end(), pw.begin(), pw.end()) ||
         std::includes(pw.begin(), pw.end(), gw.begin(), gw.end());
}

std::string item_key(std::string_view id) {
  auto slash = id.rfind('/');
  if (slash != std::string_view::npos) id.remove_prefix(slash + 1);
  return std::string(id);
}

namespace {

bool strict_speaker_match(std::string_view predicted, std::string_view gold) {
  return normalize_speaker(predicted) == normalize_speaker(gold);
}

// The gold speaker or one of its `speaker_alt` names matches the predicted one
bool gold_speaker_matches(const Scored& gold, std::string_view predicted,
                          bool (*match)(std::string_view, std::string_view)) {
  if (match(predicted, gold.speaker)) return true;
  return std::any_of(gold.speaker_alt.begin(), gold.speaker_alt.end(),
                     [&](const std::string& alt) { return match(predicted, alt); });
}

// One item's gold and predictions matched greedily, best pair first (token Dice >= threshold);
// `base` is the first of score()'s `predicted`, that Scores' indices count from.
void score_item(const std::string& key, const std::vector<const Scored*>& gs,
                const std::vector<const Scored*>& ps, double threshold, const Scored* base,
                Scores& s) {
  auto index_of = [base](const Scored* p) { return static_cast<std::size_t>(p - base); };
  s.predicted += ps.size();
  std::vector<std::vector<std::string>> gt, pt;
  for (const Scored* g : gs) gt.push_back(score_tokens(g->text));
  for (const Scored* p : ps) pt.push_back(score_tokens(p->text));
  std::vector<std::tuple<double, std::size_t, std::size_t>> cands;
  for (std::size_t i = 0; i < gs.size(); ++i) {
    for (std::size_t j = 0; j < ps.size(); ++j) {
      double d = dice(gt[i], pt[j]);
      if (d >= threshold) cands.emplace_back(d, i, j);
    }
  }
  std::sort(cands.begin(), cands.end(), std::greater<>());
  std::vector<bool> gu(gs.size(), false), pu(ps.size(), false);
  for (const auto& [d, i, j] : cands) {
    if (gu[i] || pu[j]) continue;
    gu[i] = pu[j] = true;
    ++s.matched;
    const Scored& g = *gs[i];
    const Scored& p = *ps[j];
    if (gold_speaker_matches(g, p.speaker, strict_speaker_match)) {
      ++s.speaker_strict;
    } else {
      s.wrong_speakers.push_back({key, g.para, g.speaker, p.speaker, g.text, index_of(&p)});
    }
    if (gold_speaker_matches(g, p.speaker, lenient_speaker_match)) ++s.speaker_lenient;
    if (p.kind == g.kind) ++s.kind_ok;
  }
  for (std::size_t i = 0; i < gs.size(); ++i) {
    if (!gu[i]) s.misses.push_back({key, gs[i]->para, gs[i]->kind, gs[i]->speaker, gs[i]->text});
  }
  for (std::size_t j = 0; j < ps.size(); ++j) {
    if (pu[j]) {
      s.found.push_back(index_of(ps[j]));
    } else {
      s.spurious.push_back(*ps[j]);
      s.spurious_predictions.push_back(index_of(ps[j]));
    }
  }
}

}  // namespace

Scores score(const std::vector<Scored>& gold, const std::vector<Scored>& predicted,
             double threshold) {
  Scores s;
  s.gold = gold.size();
  // items in order of first appearance in gold
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Scored*>> gby, pby;
  for (const Scored& g : gold) {
    std::string k = item_key(g.item);
    if (!gby.count(k)) order.push_back(k);
    gby[k].push_back(&g);
  }
  for (const Scored& p : predicted) pby[item_key(p.item)].push_back(&p);
  static const std::vector<const Scored*> none;
  for (const std::string& key : order) {
    auto pit = pby.find(key);
    score_item(key, gby[key], pit == pby.end() ? none : pit->second, threshold, predicted.data(),
               s);
  }
  auto ratio = [](std::size_t a, std::size_t b) {
    return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0;
  };
  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  s.precision = ratio(s.matched, s.predicted);
  s.recall = ratio(s.matched, s.gold);
  s.f1 = f1(s.precision, s.recall);
  s.strict_accuracy = ratio(s.speaker_strict, s.matched);
  s.lenient_accuracy = ratio(s.speaker_lenient, s.matched);
  s.attributed_f1 = f1(ratio(s.speaker_strict, s.predicted), ratio(s.speaker_strict, s.gold));
  return s;
}

std::string explain_miss(const ItemTrace& trace, const Miss& miss) {
  if (miss.para < 0 || static_cast<std::size_t>(miss.para) >= trace.paragraphs.size())
    return "no cue";
  // where the gold text stands: its first piece ("A ... B"), else its first words, else the
  // whole paragraph
  const std::string& para = trace.paragraphs[static_cast<std::size_t>(miss.para)];
  std::string_view text = miss.text;
  text = text.substr(0, text.find(" ... "));
  std::size_t begin = para.find(text);
  if (begin == std::string::npos) begin = para.find(text.substr(0, 24));
  if (begin == std::string::npos) return near_miss(trace.cues, miss.para, 0, para.size());
  return near_miss(trace.cues, miss.para, begin, begin + text.size());
}

std::vector<Scored> load_gold(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<Scored> out;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      throw std::runtime_error(path + ":" + std::to_string(n) + ": bad JSON");
    }
    Scored g;
    auto str = [&](const char* k) {
      return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
    };
    g.item = str("file");
    if (g.item.empty()) g.item = str("id");
    if (g.item.empty()) g.item = str("item");
    g.kind = str("kind");
    g.speaker = str("speaker");
    g.text = str("text");
    if (j.contains("speaker_alt") && j["speaker_alt"].is_array()) {
      for (const auto& alt : j["speaker_alt"])
        if (alt.is_string()) g.speaker_alt.push_back(alt.get<std::string>());
    }
    g.para = j.contains("para") && j["para"].is_number_integer() ? j["para"].get<int>() : -1;
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace verbatim::extract
