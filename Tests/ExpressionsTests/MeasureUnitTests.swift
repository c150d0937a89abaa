import Testing

@testable import Expressions
@testable import Facts

/// Every unit symbol the extractor writes on a measure is known to the unit table rules use,
/// with the same dimension and size.
@Suite struct MeasureUnitTests {
  static let units: [MeasureUnit] = [
    .microgram, .milligram, .gram, .kilogram, .tonne, .ounce, .poundMass, .picometre, .millimetre,
    .centimetre, .decimetre, .metre, .kilometre, .inch, .foot, .yard, .mile, .nauticalMile,
    .squareCentimetre, .squareMetre, .squareFoot, .squareKilometre, .squareMile, .hectare, .acre, .dunam,
    .feddan, .millilitre, .litre, .hectolitre, .gallon, .barrel, .cubicCentimetre, .cubicMetre, .cubicFoot,
    .kmPerHour, .milePerHour, .metrePerSecond, .knot, .watt, .kilowatt, .megawatt, .gigawatt,
    .kilowattHour, .megawattHour, .gigawattHour, .terawattHour, .bit, .kilobit, .megabit, .gigabit,
  ]

  @Test func everySymbolIsKnown() {
    var ratio: [String: Double] = [:]
    for u in Self.units {
      guard case .measure(let dimension, _, let factor)? = UnitTag.named(u.symbol) else {
        Issue.record("\(u.symbol) unknown")
        continue
      }
      // Within a dimension both tables size units alike (their bases may differ).
      let r = factor / u.factor
      if let first = ratio[dimension] {
        #expect(abs(r / first - 1) < 1e-9, "\(u.symbol)")
      } else {
        ratio[dimension] = r
      }
    }
  }

  @Test func sameDimensionsConvert() {
    func q(_ v: Double, _ s: String) -> Quantity { Quantity(.point(v), UnitTag.named(s)!) }
    #expect(UnitTag.sameKind(q(400, "TB").unit, q(0.4, "PB").unit))
    #expect(UnitTag.sameKind(q(1, "km").unit, q(1000, "m").unit))
    #expect(!UnitTag.sameKind(q(30, "C").unit, q(86, "F").unit))
    #expect(!UnitTag.sameKind(q(1, "kg").unit, q(1, "l").unit))
    if case .success(let (a, b, _)) = UnitTag.unify(q(2, "km"), q(500, "m"), for: "compare") {
      #expect(a.low == 2 && abs(b.low - 0.5) < 1e-12)
    } else {
      Issue.record("km and m did not unify")
    }
  }
}

extension UnitTag {
  fileprivate var factor: Double {
    if case .measure(_, _, let f) = self { return f }
    return .nan
  }
}
