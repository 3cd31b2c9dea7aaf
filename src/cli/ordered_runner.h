// OrderedRunner: processes batches on N worker threads and hands them to a sink in submission
// order, with a bounded number of batches in flight, so memory stays constant whatever the input
// size and the output order never depends on the thread count.
//
//   OrderedRunner runner(threads, /*max_in_flight=*/4 * threads, process, sink);
//   while (reader has more) if (!runner.Submit(std::move(batch))) break;  // false: sink stopped
//   runner.Finish();
//
// `process` runs concurrently on worker threads (one batch at a time per thread, with that
// thread's index so it can keep per-thread scratch); `sink` runs on one writer thread, in order,
// and returns false to stop everything (e.g. stdout closed).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

namespace selon::cli {

template <typename Batch>
class OrderedRunner {
 public:
  using Process = std::function<void(unsigned worker, Batch&)>;
  using Sink = std::function<bool(Batch&)>;

  OrderedRunner(unsigned threads, size_t max_in_flight, Process process, Sink sink)
      : max_in_flight_(max_in_flight), process_(std::move(process)), sink_(std::move(sink)) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this, i] { WorkerLoop(i); });
    writer_ = std::thread([this] { WriterLoop(); });
  }

  ~OrderedRunner() { Finish(); }
  OrderedRunner(const OrderedRunner&) = delete;
  OrderedRunner& operator=(const OrderedRunner&) = delete;

  // Queues a batch; blocks while max_in_flight batches are unwritten. Returns false once the
  // sink has stopped (the batch is then dropped: nothing more can be written).
  bool Submit(Batch batch) {
    std::unique_lock lock(mu_);
    space_.wait(lock, [&] { return stopped_ || submitted_ - written_ < max_in_flight_; });
    if (stopped_) return false;
    pending_.push({submitted_++, std::make_unique<Batch>(std::move(batch))});
    work_.notify_one();
    return true;
  }

  // Waits until every submitted batch is written (or the sink stopped), then joins the threads.
  void Finish() {
    {
      std::lock_guard lock(mu_);
      if (finished_) return;
      finished_ = true;
      closing_ = true;
    }
    work_.notify_all();
    for (std::thread& t : workers_) t.join();
    {
      std::lock_guard lock(mu_);
      workers_done_ = true;
    }
    done_.notify_all();
    writer_.join();
  }

  bool stopped() const {
    std::lock_guard lock(mu_);
    return stopped_;
  }

 private:
  struct Item {
    uint64_t seq;
    std::unique_ptr<Batch> batch;
  };

  void WorkerLoop(unsigned index) {
    while (true) {
      Item item;
      {
        std::unique_lock lock(mu_);
        work_.wait(lock, [&] { return !pending_.empty() || closing_ || stopped_; });
        if (stopped_ || pending_.empty()) return;
        item = std::move(pending_.front());
        pending_.pop();
      }
      process_(index, *item.batch);
      {
        std::lock_guard lock(mu_);
        done_items_.emplace(item.seq, std::move(item.batch));
      }
      done_.notify_all();
    }
  }

  void WriterLoop() {
    while (true) {
      std::unique_ptr<Batch> batch;
      {
        std::unique_lock lock(mu_);
        done_.wait(lock, [&] {
          return done_items_.count(written_) > 0 || (workers_done_ && pending_.empty()) || stopped_;
        });
        auto it = done_items_.find(written_);
        if (it == done_items_.end()) return;
        batch = std::move(it->second);
        done_items_.erase(it);
      }
      const bool ok = sink_(*batch);
      {
        std::lock_guard lock(mu_);
        ++written_;
        if (!ok) stopped_ = true;
      }
      space_.notify_all();
      if (!ok) {
        work_.notify_all();
        return;
      }
    }
  }

  const size_t max_in_flight_;
  Process process_;
  Sink sink_;
  mutable std::mutex mu_;
  std::condition_variable work_, done_, space_;
  std::queue<Item> pending_;
  std::map<uint64_t, std::unique_ptr<Batch>> done_items_;
  uint64_t submitted_ = 0, written_ = 0;
  bool closing_ = false, workers_done_ = false, stopped_ = false, finished_ = false;
  std::vector<std::thread> workers_;
  std::thread writer_;
};

}  // namespace selon::cli
