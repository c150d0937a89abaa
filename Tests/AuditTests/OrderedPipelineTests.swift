import Audit
import Foundation
import Testing

@Suite struct OrderedPipelineTests {
  /// Uneven work (later items finish first) still comes out in input order, on any job count.
  @Test(arguments: [1, 2, 4, 7])
  func resultsKeepInputOrder(jobs: Int) {
    var out: [Int] = []
    OrderedPipeline<Int, Int>(jobs: jobs, window: 5).run(
      0..<200, state: { 0 },
      work: { n, calls in
        calls += 1
        if n % 7 == 0 { usleep(2000) }
        return n * n
      },
      emit: { out.append($0) })
    #expect(out == (0..<200).map { $0 * $0 })
  }

  /// No more than `window` inputs are taken from the sequence ahead of emission.
  @Test func readingStaysWithinTheWindow() {
    final class Counter: @unchecked Sendable {
      var read = 0
      var emitted = 0
      var worst = 0
    }
    let counter = Counter()
    let inputs = (0..<100).lazy.map { n -> Int in
      counter.read += 1
      counter.worst = max(counter.worst, counter.read - counter.emitted)
      return n
    }
    OrderedPipeline<Int, Int>(jobs: 2, window: 6).run(
      inputs, state: { () },
      work: { n, _ in
        usleep(300)
        return n
      },
      emit: { _ in counter.emitted += 1 })
    #expect(counter.emitted == 100)
    #expect(counter.worst <= 7)
  }

  /// Each worker gets its own state: per-worker call counts add up to the inputs.
  @Test func everyWorkerHasItsOwnState() {
    final class Totals: @unchecked Sendable {
      let lock = NSLock()
      var states: [ObjectIdentifier] = []
    }
    final class Scratch {}
    let totals = Totals()
    var seen = Set<ObjectIdentifier>()
    OrderedPipeline<Int, ObjectIdentifier>(jobs: 3).run(
      0..<60,
      state: { () -> Scratch in
        let s = Scratch()
        totals.lock.lock()
        totals.states.append(ObjectIdentifier(s))
        totals.lock.unlock()
        return s
      },
      work: { _, scratch in
        usleep(200)
        return ObjectIdentifier(scratch)
      },
      emit: { seen.insert($0) })
    #expect(totals.states.count == 3)
    #expect(seen.isSubset(of: Set(totals.states)))
  }

  /// Heavy inputs are held to `maxWeight` in flight, but one heavier than that still passes.
  @Test func weightBoundsTheWorkInFlight() {
    final class Counter: @unchecked Sendable {
      var read = 0
      var emitted = 0
      var worst = 0
    }
    let counter = Counter()
    let sizes = (0..<80).map { $0 == 40 ? 500 : 10 }
    let inputs = sizes.lazy.map { size -> Int in
      counter.read += 1
      counter.worst = max(counter.worst, counter.read - counter.emitted)
      return size
    }
    var out: [Int] = []
    OrderedPipeline<Int, Int>(jobs: 2, window: 1000, maxWeight: 50).run(
      inputs, state: { () },
      work: { n, _ in
        usleep(200)
        return n
      },
      weight: { $0 },
      emit: {
        counter.emitted += 1
        out.append($0)
      })
    #expect(out == sizes)
    #expect(counter.worst <= 6)
  }

  /// While `ready` says the next input would wait, what is done is emitted before reading on,
  /// and `stalled` runs once the wait is over.
  @Test func resultsGoOutWhileInputStalls() {
    final class Log: @unchecked Sendable {
      var events: [String] = []
      var read = 0
      var emitted = 0
    }
    let log = Log()
    let inputs = (0..<4).lazy.map { n -> Int in
      log.read += 1
      log.events.append("read \(n)")
      return n
    }
    // The first two results are held until the stall begins, so that none can go out before it.
    let start = DispatchSemaphore(value: 0)
    var released = false
    OrderedPipeline<Int, Int>(jobs: 2).run(
      inputs, state: { () },
      work: { n, _ in
        if n < 2 { start.wait() }
        return n
      },
      // Reading the third input would wait until the first two are out.
      ready: {
        if log.read == 2 && !released {
          released = true
          start.signal()
          start.signal()
        }
        return log.read != 2 || log.emitted == 2
      },
      stalled: { log.events.append("stalled") },
      emit: {
        log.emitted += 1
        log.events.append("emit \($0)")
      })
    #expect(Array(log.events.prefix(5)) == ["read 0", "read 1", "emit 0", "emit 1", "stalled"])
    #expect(log.events.filter { $0.hasPrefix("emit") } == ["emit 0", "emit 1", "emit 2", "emit 3"])
  }

  @Test func emptyInputEmitsNothing() {
    var out: [Int] = []
    OrderedPipeline<Int, Int>(jobs: 2).run([Int](), state: { () }, work: { n, _ in n }, emit: { out.append($0) })
    #expect(out.isEmpty)
  }
}
