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
  /// `ready` says whether the next input can be read without waiting long (it may wait a
  /// little itself); while it says no, results already done are emitted, so that a stalled
  /// stream (`tail -f … |`) does not hold back the articles before it, and then `stalled` runs
  /// (to flush what was emitted).
  public func run<State>(
    _ inputs: some Sequence<Input>,
    state makeState: @escaping @Sendable () -> State,
    work: @escaping @Sendable (Input, inout State) -> Output,
    weight: (Input) -> Int = { _ in 0 },
    ready: () -> Bool = { true },
    stalled: () -> Void = {},
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
    /// Emits what is ready; with `awaiting`, first waits (a tick at a time) for that input's
    /// result. Waiting for one well ahead, not the next, wakes this thread once per batch.
    func emitReady(awaiting target: Int?) {
      while true {
        let (ready, arrived) = shared.collect(from: emitted, awaiting: target, timeout: tickInterval)
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
        if arrived { return }
      }
    }
    var iterator = inputs.makeIterator()
    while true {
      if !ready() {
        while emitted < read && !ready() { emitReady(awaiting: nil) }
        stalled()
      }
      guard let input = iterator.next() else { break }
      let w = weight(input)
      weights.append(w)
      load += w
      shared.give(read, input)
      read += 1
      emitReady(awaiting: nil)
      // Full: wait until half of what is in flight is done.
      while read - emitted >= window || (load >= maxWeight && read - emitted > 1) {
        emitReady(awaiting: emitted + (read - emitted) / 2 - 1)
      }
    }
    shared.close()
    while emitted < read { emitReady(awaiting: read - 1) }
    shared.waitForWorkers(jobs)
  }
}

/// The state the reader and the workers share. Inputs and results have a lock each, and a
/// side is woken only when it is waiting: a wake-up per article costs a system call, which on
/// short articles is a tenth of the work.
private final class Shared<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  private let inputs = NSCondition()
  private var queue: [(Int, Input)] = []
  private var head = 0
  private var closed = false
  private var idleWorkers = 0

  private let outputs = NSCondition()
  private var results: [Int: Output] = [:]
  /// The input whose result the reader waits for, or -1.
  private var awaited = -1
  private var readerWaiting = false
  private var finished = 0

  func give(_ seq: Int, _ input: Input) {
    inputs.lock()
    queue.append((seq, input))
    if idleWorkers > 0 { inputs.signal() }
    inputs.unlock()
  }

  func take() -> (Int, Input)? {
    inputs.lock()
    defer { inputs.unlock() }
    while head == queue.count && !closed {
      idleWorkers += 1
      inputs.wait()
      idleWorkers -= 1
    }
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

  func close() {
    inputs.lock()
    closed = true
    inputs.broadcast()
    inputs.unlock()
  }

  func put(_ seq: Int, _ output: Output) {
    outputs.lock()
    results[seq] = output
    if seq == awaited { outputs.signal() }
    outputs.unlock()
  }

  /// The results ready from `next` on, in order, and whether every result up to `target`
  /// (if any) is among them; waits up to `timeout` for that. It waits for `target` itself
  /// first, then for any earlier one still missing, so one wake-up usually covers a batch.
  func collect(from next: Int, awaiting target: Int?, timeout: Double) -> ([Output], Bool) {
    outputs.lock()
    defer { outputs.unlock() }
    var ready: [Output] = []
    var seq = next
    func gather() {
      while let r = results.removeValue(forKey: seq) {
        ready.append(r)
        seq += 1
      }
    }
    gather()
    guard let target else { return (ready, true) }
    let deadline = Date(timeIntervalSinceNow: timeout)
    while seq <= target {
      awaited = results[target] == nil ? target : seq
      let woken = outputs.wait(until: deadline)
      awaited = -1
      gather()
      if !woken { break }
    }
    return (ready, seq > target)
  }

  func finish() {
    outputs.lock()
    finished += 1
    if readerWaiting { outputs.signal() }
    outputs.unlock()
  }

  func waitForWorkers(_ count: Int) {
    outputs.lock()
    while finished < count {
      readerWaiting = true
      outputs.wait()
      readerWaiting = false
    }
    outputs.unlock()
  }
}
