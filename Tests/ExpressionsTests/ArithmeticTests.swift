import Expressions
import Facts
import Testing

struct ArithmeticCase: Sendable, CustomTestStringConvertible {
  var name: String
  var result: Interval
  var expected: Interval
  var testDescription: String { name }
}

let arithmeticCases: [ArithmeticCase] = [
  ArithmeticCase(name: "add keeps open ends open", result: co(1, 2) + cc(10, 20), expected: co(11, 22)),
  ArithmeticCase(name: "subtract swaps the right operand's ends", result: cc(10, 20) - co(1, 2), expected: oo(8, 19).hull(cc(8.5, 19))),
  ArithmeticCase(name: "negate", result: -co(1, 2), expected: Interval(low: -2, high: -1, lowInclusive: false, highInclusive: true)),
  ArithmeticCase(name: "multiply positive", result: cc(2, 3) * co(4, 5), expected: co(8, 15)),
  ArithmeticCase(name: "multiply mixed signs", result: cc(-2, 3) * cc(4, 5), expected: cc(-10, 15)),
  ArithmeticCase(name: "multiply by closed zero end", result: cc(0, 1) * oo(2, 3), expected: co(0, 3)),
  ArithmeticCase(name: "multiply by open zero end", result: oc(0, 1) * cc(5, .infinity), expected: oo(0, .infinity)),
  ArithmeticCase(name: "multiply unbounded by straddling", result: co(0, .infinity) * cc(-1, 1), expected: .all),
  ArithmeticCase(name: "divide by positive", result: try! cc(69_350, 76_650).divided(by: co(0, 40_000)).get(), expected: oo(1.73375, .infinity)),
  ArithmeticCase(name: "divide by negative", result: try! cc(1, 2).divided(by: cc(-4, -1)).get(), expected: cc(-2, -0.25)),
  ArithmeticCase(name: "reciprocal open end", result: try! oc(0, 4).reciprocal().get(), expected: co(0.25, .infinity)),
  ArithmeticCase(name: "magnitude straddling", result: co(-3, 2).magnitude, expected: cc(0, 3)),
  ArithmeticCase(name: "magnitude negative", result: co(-3, -2).magnitude, expected: oc(2, 3)),
  ArithmeticCase(name: "minimum", result: cc(1, 5).minimum(co(2, 4)), expected: co(1, 4)),
  ArithmeticCase(name: "maximum", result: cc(1, 5).maximum(oo(2, 4)), expected: oc(2, 5)),
]

func oc(_ a: Double, _ b: Double) -> Interval { Interval(low: a, high: b, lowInclusive: false, highInclusive: true) }

@Test(arguments: arithmeticCases)
func intervalArithmetic(_ c: ArithmeticCase) {
  #expect(c.result == c.expected)
}

@Test func divisionProblems() {
  #expect(cc(1, 2).divided(by: .point(0)) == .failure(.divisorIsZero))
  #expect(cc(1, 2).divided(by: cc(-1, 1)) == .failure(.divisorStraddlesZero))
}

@Test func integersInIntervals() {
  #expect(oo(1, 2).containsInteger == false)
  #expect(oc(1, 2).containsInteger)
  #expect(co(1.5, 2).containsInteger == false)
  #expect(cc(-0.5, 0.5).containsInteger)
}

@Test func factsBecomeQuantities() {
  let fact = Fact(type: .measure, span: 0..<3, tokens: 0..<1, value: 400, interval: .point(400), unit: "TB")
  #expect(Quantity(fact: fact).unit == .measure(dimension: "data", symbol: "TB", factor: 1e12))
  let money = Fact(type: .money, span: 0..<3, tokens: 0..<1, value: 5, interval: .point(5), unit: "usd")
  #expect(Quantity(fact: money).unit == .currency("USD"))
}
