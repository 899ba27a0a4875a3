// In-process query latency for scripts/bench: the index is opened once, then every query is
// parsed, searched (top 10) and printed as JSON Lines into memory, `repeat` times each.
//
//   query_bench DB QUERIES.txt REPEAT   (one query a line; prints one JSON object)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/parse/build_query.h"
#include "query/print/print_hits.h"
#include "query/search/search.h"
#include "schema/location.h"

int main(int argc, char** argv) {
  using namespace verbatim;
  if (argc != 4) {
    std::cerr << "usage: query_bench DB QUERIES.txt REPEAT\n";
    return 2;
  }
  const int repeat = std::max(1, std::atoi(argv[3]));
  std::vector<std::string> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) queries.push_back(line);

  Xapian::Database db = schema::open_for_reading(argv[1]);
  std::vector<double> all_ms;
  nlohmann::json per_query = nlohmann::json::array();
  std::size_t bytes = 0;
  for (const std::string& q : queries) {
    std::vector<double> ms;
    std::size_t hits = 0;
    for (int r = 0; r < repeat; ++r) {
      auto start = std::chrono::steady_clock::now();
      query::QueryRequest request;
      request.words = {q};
      request.literal = true;
      query::QueryPlan plan = query::build_query(db, request);
      query::SearchResult result = query::search(db, plan, 0, 10);
      std::string out;
      for (const query::Hit& h : result.hits) out += query::hit_json(h).dump() + "\n";
      bytes += out.size();
      hits = result.hits.size();
      ms.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
              .count());
    }
    std::sort(ms.begin(), ms.end());
    per_query.push_back({{"query", q}, {"hits", hits}, {"median_ms", ms[ms.size() / 2]}});
    all_ms.insert(all_ms.end(), ms.begin(), ms.end());
  }
  std::sort(all_ms.begin(), all_ms.end());
  auto pct = [&](double p) {
    return all_ms.empty() ? 0.0
                          : all_ms[std::min(all_ms.size() - 1, std::size_t(p * all_ms.size()))];
  };
  nlohmann::json j{
      {"median_ms", pct(0.5)}, {"p95_ms", pct(0.95)}, {"queries", per_query}, {"bytes", bytes}};
  std::cout << j.dump() << "\n";
  return 0;
}
