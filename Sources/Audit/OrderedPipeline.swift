import Foundation

/// Maps a stream of inputs on several threads and hands the results back in input order.
///
/// The calling thread reads inputs and emits results; `jobs` worker threads do the work, each
/// with its own state (for scratch buffers that are not thread-safe). Between being read and
/// being emitted there are at most `window` inputs and (unless a single input is heavier)
/// `maxWeight` of their weight, so memory is bounded by the work in flight, never by the
/// stream. The window is wide because articles differ in size: a slow one at the head holds
/// back emission while the other workers go on with what follows it.
public struct OrderedPipeline<Input: Sendable, Output: Sendable>: Sendable {
  public var jobs: Int
  public var window: Int
  public var maxWeight: Int

  public init(jobs: Int, window: Int? = nil, maxWeight: Int = .max) {
    self.jobs = max(1, jobs)
    self.window = max(self.jobs, window ?? self.jobs * 128)
    self.maxWeight = maxWeight
  }

  /// Runs `work` over every input; `emit` sees the results in input order on this thread.
  /// `tick` runs on this thread at least every `tickInterval` seconds while waiting (progress).
  public func run<State>(
    _ inputs: some Sequence<Input>,
    state makeState: @escaping @Sendable () -> State,
    work: @escaping @Sendable (Input, inout State) -> Output,
    weight: (Input) -> Int = { _ in 0 },
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
    // Weights of the inputs in flight, oldest first from `head`.
    var weights: [Int] = []
    var head = 0
    var load = 0
    func drain(until done: (Int) -> Bool) {
      while true {
        let full = !done(read - emitted)
        let ready = shared.collect(from: emitted, wait: full, timeout: tickInterval)
        for r in ready {
          load -= weights[head]
          head += 1
          emit(r)
        }
        emitted += ready.count
        if head > 1024 && head * 2 > weights.count {
          weights.removeFirst(head)
          head = 0
        }
        tick()
        if done(read - emitted) { return }
      }
    }
    for input in inputs {
      let w = weight(input)
      weights.append(w)
      load += w
      shared.give(read, input)
      read += 1
      drain { inFlight in inFlight < window && (load < maxWeight || inFlight == 0) }
    }
    shared.close()
    drain { inFlight in inFlight == 0 }
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

  /// The results ready from `next` on, in order. When there are none and `wait` is set, waits
  /// for one (up to `timeout`, so the caller can report progress).
  func collect(from next: Int, wait: Bool, timeout: Double) -> [Output] {
    condition.lock()
    defer { condition.unlock() }
    var ready: [Output] = []
    var seq = next
    var waited = false
    while true {
      while let r = results.removeValue(forKey: seq) {
        ready.append(r)
        seq += 1
      }
      if !ready.isEmpty || !wait || waited { return ready }
      waited = !condition.wait(until: Date(timeIntervalSinceNow: timeout))
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
