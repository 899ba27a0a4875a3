// A blocking queue with a capacity, for handing work between pipeline stages.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace verbatim::pipeline {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(std::size_t capacity) : capacity_(capacity) {}

  // Blocks while full. Returns false (dropping the value) once the queue is closed.
  bool push(T value) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(value));
    not_empty_.notify_one();
    return true;
  }

  // Blocks while empty; nullopt once closed and drained.
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return std::nullopt;
    T value = std::move(items_.front());
    items_.pop_front();
    // Producers blocked on a full queue are woken once it is half empty, not at every pop: a
    // bottleneck consumer then costs them one wake-up per capacity/2 items, not one per item.
    if (items_.size() == capacity_ / 2) not_full_.notify_all();
    return value;
  }

  // No more pushes; consumers drain what is left.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable not_empty_, not_full_;
  std::deque<T> items_;
  std::size_t capacity_;
  bool closed_ = false;
};

}  // namespace verbatim::pipeline
