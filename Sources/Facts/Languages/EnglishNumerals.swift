/// English number words and ordinal words. Hyphenated compounds ("twenty-three") are
/// read by combining their parts.
let englishNumerals: [(String, Lex)] = {
  var e: [(String, Lex)] = []
  let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
  for (v, w) in units.enumerated() { e.append((w, .numeral(v, .unit))) }
  e.append(("nought", .numeral(0, .unit)))
  e.append(("naught", .numeral(0, .unit)))
  let teens = ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
  for (n, w) in teens.enumerated() { e.append((w, .numeral(11 + n, .teen))) }
  let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
  for (n, w) in tens.enumerated() { e.append((w, .numeral(20 + 10 * n, .ten))) }
  e.append(("hundred", .numeral(100, .hundred)))
  e.append(("dozen", .scale(12)))
  // "3 doz", "five dz": the abbreviations of a dozen, with their plurals.
  for w in ["doz", "dz", "dozs", "dzs"] { e.append((w, .scale(12))) }

  let unitOrdinals = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth",
  ]
  for (n, w) in unitOrdinals.enumerated() { e.append((w, .ordinal(n + 1))) }
  let tenOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
  for (n, w) in tenOrdinals.enumerated() { e.append((w, .ordinal(20 + 10 * n))) }
  e.append(("nineth", .ordinal(9)))  // a common misspelling
  // "twentyfifth", "thirtyfirst": compound ordinals written solid, a typing slip that is never
  // another word.
  for (n, t) in tens.enumerated() {
    for (u, o) in unitOrdinals.prefix(9).enumerated() { e.append((t + o, .ordinal(20 + 10 * n + u + 1))) }
  }
  e.append(("hundredth", .ordinal(100)))
  e.append(("thousandth", .ordinal(1000)))
  e.append(("millionth", .ordinal(1_000_000)))
  e.append(("billionth", .ordinal(1_000_000_000)))
  e.append(("trillionth", .ordinal(1_000_000_000_000)))
  return e
}()
