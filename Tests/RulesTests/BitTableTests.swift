@testable import Checks
import Testing

@Suite struct BitTableTests {
  /// Every stored key finds its bit, whatever its hash bits; absent keys find 0.
  @Test(arguments: [0, 1, 5, 64, 300])
  func storedKeysFindTheirBits(count: Int) {
    var entries: [UInt64: UInt64] = [:]
    var key: UInt64 = 0x1234_5678
    for n in 0..<count {
      key = key &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      // Keys that differ only in high bits or only in low bits, as FNV hashes can.
      entries[n % 3 == 0 ? key << 40 : n % 3 == 1 ? key & 0xFFFF : key] = UInt64(1) << UInt64(n % 64)
    }
    let table = BitTable(entries)
    for (k, bit) in entries { #expect(table[k] == bit) }
    for probe: UInt64 in [0xDEAD_BEEF, 42, 1 << 63] where entries[probe] == nil { #expect(table[probe] == 0) }
  }
}
