/// A fixed set of word hashes, for the word lists the recognizers test at every token. The keys
/// are FNV hashes already, so open addressing on the key itself finds one in a read or two,
/// where `Set<UInt64>` runs SipHash over it on every lookup (1.5% of extraction on Arabic).
public struct KeySet: Sendable, Sequence, ExpressibleByArrayLiteral {
  private let slots: [UInt64]
  private let mask: Int
  /// Zero marks an empty slot, so a key of zero is kept aside.
  private let hasZero: Bool
  private let keys: [UInt64]

  public init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
    var unique: [UInt64] = []
    var capacity = 8
    let all = Array(keys)
    while capacity < all.count * 2 { capacity *= 2 }
    var slots = [UInt64](repeating: 0, count: capacity)
    var hasZero = false
    for k in all {
      if k == 0 {
        if !hasZero { unique.append(k) }
        hasZero = true
        continue
      }
      var i = Int(truncatingIfNeeded: k) & (capacity - 1)
      while slots[i] != 0 && slots[i] != k { i = (i + 1) & (capacity - 1) }
      if slots[i] == 0 {
        slots[i] = k
        unique.append(k)
      }
    }
    self.slots = slots
    self.mask = capacity - 1
    self.hasZero = hasZero
    self.keys = unique
  }

  public init(arrayLiteral elements: UInt64...) { self.init(elements) }

  public var count: Int { keys.count }
  public var isEmpty: Bool { keys.isEmpty }

  @inline(__always)
  public func contains(_ key: UInt64) -> Bool {
    if key == 0 { return hasZero }
    var i = Int(truncatingIfNeeded: key) & mask
    while true {
      let s = slots[i]
      if s == key { return true }
      if s == 0 { return false }
      i = (i + 1) & mask
    }
  }

  public func makeIterator() -> IndexingIterator<[UInt64]> { keys.makeIterator() }
}

/// A fixed map from word hashes to values, looked up like `KeySet`.
public struct KeyMap<Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
  private let index: [UInt64]
  private let slots: [Int32]
  private let mask: Int
  private let entries: [(key: UInt64, value: Value)]

  public init<S: Sequence>(_ pairs: S) where S.Element == (key: UInt64, value: Value) {
    var entries: [(key: UInt64, value: Value)] = []
    var capacity = 8
    let all = Array(pairs)
    while capacity < all.count * 2 { capacity *= 2 }
    var index = [UInt64](repeating: 0, count: capacity)
    var slots = [Int32](repeating: -1, count: capacity)
    for (k, v) in all {
      var i = Int(truncatingIfNeeded: k) & (capacity - 1)
      while slots[i] >= 0 && index[i] != k { i = (i + 1) & (capacity - 1) }
      if slots[i] >= 0 {
        entries[Int(slots[i])].value = v  // the last one wins, as in a dictionary literal built by assignment
      } else {
        index[i] = k
        slots[i] = Int32(entries.count)
        entries.append((k, v))
      }
    }
    self.index = index
    self.slots = slots
    self.mask = capacity - 1
    self.entries = entries
  }

  public init(_ dictionary: [UInt64: Value]) {
    self.init(dictionary.map { (key: $0.key, value: $0.value) })
  }

  public init(dictionaryLiteral elements: (UInt64, Value)...) {
    self.init(elements.map { (key: $0.0, value: $0.1) })
  }

  public var count: Int { entries.count }
  public var keys: [UInt64] { entries.map(\.key) }

  @inline(__always)
  public subscript(key: UInt64) -> Value? {
    var i = Int(truncatingIfNeeded: key) & mask
    while true {
      let s = slots[i]
      if s < 0 { return nil }
      if index[i] == key { return entries[Int(s)].value }
      i = (i + 1) & mask
    }
  }

  public func makeIterator() -> IndexingIterator<[(key: UInt64, value: Value)]> { entries.makeIterator() }
}
