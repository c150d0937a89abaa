import Foundation

/// Maps a stream of inputs on several threads and hands the results back in input order.
///
/// The calling thread reads inputs and emits results; `jobs` worker threads do the work, each
/// with its own state (for scratch buffers that are not thread-safe). At most `window` inputs
/// are between being read and being emitted, so memory is bounded by the work in flight and a
/// slow article holds back emission, not reading, until the window is full.
public struct OrderedPipeline<Input: Sendable, Output: Sendable>: Sendable {
  public var jobs: Int
  public var window: Int

  public init(jobs: Int, window: Int? = nil) {
    self.jobs = max(1, jobs)
    self.window = max(self.jobs, window ?? self.jobs * 8)
  }

  /// Runs `work` over every input; `emit` sees the results in input order on this thread.
  /// `tick` runs on this thread at least every `tickInterval` seconds while waiting (progress).
  public func run<State>(
    _ inputs: some Sequence<Input>,
    state makeState: @escaping @Sendable () -> State,
    work: @escaping @Sendable (Input, inout State) -> Output,
    emit: (Output) -> Void,
    tick: () -> Void = {},
    tickInterval: Double = 0.25
  ) {
    let shared = Shared<Input, Output>()
    for _ in 0..<jobs {
      let thread = Thread {
        var state = makeState()
        while let (seq, input) = shared.take() {
          shared.put(seq, work(input, &state))
        }
        shared.finish()
      }
      thread.stackSize = 16 << 20
      thread.start()
    }
    var read = 0
    var emitted = 0
    func drain(untilBelow limit: Int) {
      while true {
        let (ready, inFlight) = shared.collect(from: emitted, waitUntilBelow: limit, pending: read, timeout: tickInterval)
        for r in ready { emit(r) }
        emitted += ready.count
        tick()
        if inFlight < limit { return }
      }
    }
    for input in inputs {
      shared.give(read, input)
      read += 1
      drain(untilBelow: window)
    }
    shared.close()
    drain(untilBelow: 1)
    shared.waitForWorkers(jobs)
  }
}

/// The state the reader and the workers share, behind one condition variable.
private final class Shared<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var queue: [(Int, Input)] = []
  private var head = 0
  private var results: [Int: Output] = [:]
  private var closed = false
  private var finished = 0

  func give(_ seq: Int, _ input: Input) {
    condition.lock()
    queue.append((seq, input))
    condition.broadcast()
    condition.unlock()
  }

  func take() -> (Int, Input)? {
    condition.lock()
    defer { condition.unlock() }
    while head == queue.count && !closed { condition.wait() }
    guard head < queue.count else { return nil }
    let item = queue[head]
    head += 1
    // Drop taken items now and then so the queue never holds more than the window.
    if head > 64 && head * 2 > queue.count {
      queue.removeFirst(head)
      head = 0
    }
    return item
  }

  func put(_ seq: Int, _ output: Output) {
    condition.lock()
    results[seq] = output
    condition.broadcast()
    condition.unlock()
  }

  /// The results ready from `next` on, in order; waits (up to `timeout`) when there are none
  /// and the inputs in flight are at `limit` or more. Also returns how many stay in flight.
  func collect(from next: Int, waitUntilBelow limit: Int, pending read: Int, timeout: Double) -> ([Output], Int) {
    condition.lock()
    defer { condition.unlock() }
    var ready: [Output] = []
    var seq = next
    while true {
      while let r = results.removeValue(forKey: seq) {
        ready.append(r)
        seq += 1
      }
      let inFlight = read - seq
      if !ready.isEmpty || inFlight < limit { return (ready, inFlight) }
      if !condition.wait(until: Date(timeIntervalSinceNow: timeout)) { return (ready, inFlight) }
    }
  }

  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  func finish() {
    condition.lock()
    finished += 1
    condition.broadcast()
    condition.unlock()
  }

  func waitForWorkers(_ count: Int) {
    condition.lock()
    while finished < count { condition.wait() }
    condition.unlock()
  }
}
