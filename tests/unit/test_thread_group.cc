// The pipeline's thread group: every thread joined on every path, the first error kept.
#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>

#include "indexer/pipeline/bounded_queue.h"
#include "indexer/pipeline/thread_group.h"

using verbatim::pipeline::BoundedQueue;
using verbatim::pipeline::ThreadGroup;

TEST_CASE("a thread's exception stops the group and is rethrown by join", "[unit][pipeline]") {
  BoundedQueue<int> queue(4);
  std::atomic<int> consumed{0};
  ThreadGroup threads([&] { queue.close(); });
  // Without the stop, this consumer would wait for ever on a queue nobody fills or closes.
  threads.spawn([&] {
    while (queue.pop()) ++consumed;
  });
  threads.spawn([] { throw std::runtime_error("shard writer failed"); });
  CHECK_THROWS_WITH(threads.join(), "shard writer failed");
  CHECK(consumed == 0);
  CHECK_NOTHROW(threads.join());  // reported once
}

TEST_CASE("an exception on the calling thread still stops and joins the group",
          "[unit][pipeline]") {
  BoundedQueue<int> queue(1);
  std::atomic<bool> finished{false};
  try {
    ThreadGroup threads([&] { queue.close(); });
    threads.spawn([&] {
      while (queue.push(1)) {
      }  // blocked on a full queue until the stop closes it
      finished = true;
    });
    throw std::runtime_error("main writer failed");
  } catch (const std::runtime_error&) {
  }
  CHECK(finished);
}

TEST_CASE("threads that end normally are joined without a stop", "[unit][pipeline]") {
  std::atomic<int> ran{0}, stops{0};
  ThreadGroup threads([&] { ++stops; });
  for (int n = 0; n < 4; ++n) threads.spawn([&] { ++ran; });
  threads.join();
  CHECK(ran == 4);
  CHECK(stops == 0);
}
