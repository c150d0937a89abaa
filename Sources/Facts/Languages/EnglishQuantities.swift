/// English scale words, hedges, percent words, multipliers, currencies, units and durations.
let englishQuantities: [(String, Lex)] = {
  var e: [(String, Lex)] = []
  func add(_ words: [String], _ lex: Lex) { for w in words { e.append((w, lex)) } }

  add(["thousand", "thousands", "k"], .scale(1e3))
  // The Indian numbering of South Asian news: a lakh is 100,000 and a crore 10 million.
  add(["lakh", "lakhs", "lac", "lacs", "lkh", "lkhs"], .scale(1e5))
  add(["crore", "crores", "cr", "krore", "krores", "koti"], .scale(1e7))
  add(["dozens"], .scale(12))
  add(["mil"], .scale(1e6))
  add(["million", "millions", "m", "mn", "mln", "mio"], .scale(1e6))
  add(["billion", "billions", "bn", "bln", "b"], .scale(1e9))
  add(["trillion", "trillions", "tn", "trn", "tln"], .scale(1e12))

  add(["percent", "per cent", "pct", "percentage", "percents"], .percentWord)
  add(["percentage point", "percentage points", "pct point", "pct points", "percent point", "percent points"], .percentagePointWord)
  add(["point", "points"], .pointWord)

  add(
    ["about", "around", "roughly", "approximately", "some", "approx", "circa", "an estimated", "estimated"],
    .hedge(.about))
  add(["nearly", "almost", "close to", "just under", "nearly", "just shy of"], .hedge(.nearly))
  add(
    [
      "more than", "over", "exceeding", "in excess of", "above", "upwards of", "greater than", "just over", "well over",
      "higher than", "larger than", "bigger than", "exceed", "exceeds", "surpass", "surpasses", "surpassing",
    ],
    .hedge(.moreThan))
  add(
    [
      "at least", "no less than", "no fewer than", "not less than", "a minimum of", "a minimum",
      "greater than or equal to", "greater than or equal", "more than or equal to", "greater or equal to",
      "greater or equal than", "higher or equal than", "higher than or equal to", "bigger or equal than",
      "larger or equal than", "larger than or equal to", "bigger than or equal to", "at least or equal to",
      "equal to or more than", "equal to or greater than", "equal or greater than", "equal to or higher than",
    ], .hedge(.atLeast))
  add(["less than", "under", "fewer than", "below", "lower than", "well under", "smaller than"], .hedge(.lessThan))
  add(
    [
      "at most", "up to", "no more than", "not more than", "as many as", "as much as", "a maximum of", "as high as",
      "less than or equal to", "less than or equal", "less or equal than", "less or equal to", "smaller or equal than",
      "smaller than or equal to", "lower or equal than", "lower than or equal to", "equal to or less than",
      "equal to or lower than", "equal or less than", "equal to or fewer than", "no greater than", "no higher than",
    ], .hedge(.atMost))

  add(["times", "fold"], .multiplier(.times))
  add(["twice", "doubled", "double", "doubling", "doubles"], .multiplier(.fixed(2)))
  add(["tripled", "triple", "tripling", "triples", "threefold", "three-fold"], .multiplier(.fixed(3)))
  add(["quadrupled", "quadruple", "quadrupling", "fourfold"], .multiplier(.fixed(4)))
  add(["halved", "halving", "halves"], .multiplier(.fixed(0.5)))

  add(["dollar", "dollars", "usd", "dlr", "dlrs", "us dollars", "u.s. dollars", "american dollars"], .currency("USD"))
  add(["euro", "euros", "eur"], .currency("EUR"))
  add(["pound", "pounds", "sterling", "pounds sterling", "gbp", "stg"], .currency("GBP"))
  add(["yen", "jpy"], .currency("JPY"))
  add(["yuan", "renminbi", "cny", "rmb"], .currency("CNY"))
  add(["rupee", "rupees", "inr"], .currency("INR"))
  add(["riyal", "riyals", "sar"], .currency("SAR"))
  add(["dirham", "dirhams", "aed"], .currency("AED"))
  add(["dinar", "dinars"], .currency("DINAR"))
  add(["lira", "liras", "lire"], .currency("LIRA"))
  add(["franc", "francs", "swiss francs", "chf"], .currency("CHF"))
  add(["canadian dollars", "cad", "canadian dlrs"], .currency("CAD"))
  add(["australian dollars", "aud", "australian dlrs"], .currency("AUD"))
  add(["rouble", "roubles", "ruble", "rubles", "rub"], .currency("RUB"))
  add(["shekel", "shekels", "ils"], .currency("ILS"))
  add(["egyptian pounds", "egp"], .currency("EGP"))
  add(["cent", "cents", "cts"], .currencySubunit("USD"))
  add(["pence", "p"], .currencySubunit("GBP"))

  let data: [(String, [String], Double)] = [
    ("B", ["byte", "bytes"], 1), ("KB", ["kb", "kilobyte", "kilobytes"], 1e3),
    ("MB", ["mb", "megabyte", "megabytes"], 1e6), ("GB", ["gb", "gigabyte", "gigabytes"], 1e9),
    ("TB", ["tb", "terabyte", "terabytes"], 1e12), ("PB", ["pb", "petabyte", "petabytes"], 1e15),
    ("EB", ["eb", "exabyte", "exabytes"], 1e18),
  ]
  for (symbol, words, f) in data { add(words, .unit(MeasureUnit(symbol, .dataSize, f))) }
  add(["tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes", "mt"], .unit(MeasureUnit("t", .mass, 1000)))
  add(["kilogram", "kilograms", "kg", "kgs", "kilo", "kilos"], .unit(MeasureUnit("kg", .mass, 1)))
  add(["gram", "grams", "g"], .unit(MeasureUnit("g", .mass, 0.001)))
  add(["kilometre", "kilometres", "kilometer", "kilometers", "km", "kms"], .unit(MeasureUnit("km", .length, 1000)))
  add(["metre", "metres", "meter", "meters"], .unit(MeasureUnit("m", .length, 1)))
  add(["centimetre", "centimetres", "centimeter", "centimeters", "cm"], .unit(MeasureUnit("cm", .length, 0.01)))
  add(["mile", "miles"], .unit(MeasureUnit("mi", .length, 1609.344)))
  add(["foot", "feet", "ft"], .unit(MeasureUnit("ft", .length, 0.3048)))
  add(["square metres", "square meters", "square metre", "square meter", "sq m", "sqm", "m2"], .unit(MeasureUnit("m2", .area, 1)))
  add(["square kilometres", "square kilometers", "sq km", "km2"], .unit(MeasureUnit("km2", .area, 1e6)))
  add(["square miles", "square mile", "sq miles"], .unit(MeasureUnit("mi2", .area, 2_589_988.11)))
  add(["hectare", "hectares", "ha"], .unit(MeasureUnit("ha", .area, 1e4)))
  add(["acre", "acres"], .unit(MeasureUnit("acre", .area, 4046.856)))
  add(["litre", "litres", "liter", "liters"], .unit(MeasureUnit("l", .volume, 1)))
  add(["barrel", "barrels", "bbl", "bpd", "barrels per day"], .unit(MeasureUnit("bbl", .volume, 158.987)))
  add(["megawatt", "megawatts", "mw"], .unit(MeasureUnit("MW", .energy, 1e6)))
  add(["gigawatt", "gigawatts", "gw"], .unit(MeasureUnit("GW", .energy, 1e9)))

  let durations: [(DurationUnit, [String])] = [
    (.year, ["year", "years", "yr", "yrs"]), (.month, ["month", "months"]), (.week, ["week", "weeks"]),
    (.day, ["day", "days"]), (.hour, ["hour", "hours", "hrs", "hr"]), (.minute, ["minute", "minutes", "mins", "min"]),
    (.second, ["second", "seconds", "secs", "sec"]), (.decade, ["decade", "decades"]), (.century, ["century", "centuries"]),
  ]
  for (unit, words) in durations { add(words, .durationUnit(unit, count: 1)) }

  add(["between"], .connector(.between))
  add(["and"], .connector(.and))
  add(["from"], .connector(.from))
  add(["to", "through", "until"], .connector(.to))
  return e
}()
