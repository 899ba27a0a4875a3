// The plain-Xapian indexer a user would write, for scripts/bench: one document per paragraph
// (headline included), TermGenerator with positions and English stemming, replace_document on a
// unique term, one commit at the end (Xapian flushes every XAPIAN_FLUSH_THRESHOLD documents).
//
//   baseline_xapian DB FILE.jsonl...
#include <xapian.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

namespace {

// Body paragraphs: blocks separated by a blank line.
template <typename F>
void for_each_paragraph(const std::string& body, F&& f) {
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find("\n\n", start);
    if (end == std::string::npos) end = body.size();
    if (end > start) f(body.substr(start, end - start));
    start = end + 2;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: baseline_xapian DB FILE.jsonl...\n";
    return 2;
  }
  auto started = std::chrono::steady_clock::now();
  Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OPEN);
  Xapian::TermGenerator tg;
  tg.set_stemmer(Xapian::Stem("english"));
  std::size_t items = 0, paragraphs = 0;
  for (int a = 2; a < argc; ++a) {
    std::ifstream in(argv[a]);
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line);
      std::string id = j.value("id", "");
      int para = 0;
      auto add = [&](const std::string& text) {
        Xapian::Document doc;
        tg.set_document(doc);
        tg.index_text(text);
        doc.set_data(text);
        std::string unique = "Q" + id + "#" + std::to_string(para++);
        doc.add_boolean_term(unique);
        db.replace_document(unique, doc);
        ++paragraphs;
      };
      add(j.value("title", ""));
      for_each_paragraph(j.value("body", ""), add);
      ++items;
    }
  }
  db.commit();
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "{\"items\":" << items << ",\"paragraphs\":" << paragraphs
            << ",\"seconds\":" << seconds << "}\n";
  return 0;
}
