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

  add(
    ["dollar", "dollars", "usd", "dlr", "dlrs", "us dollars", "us dollar", "u.s. dollars", "american dollars", "american dollar"],
    .currency("USD"))
  add(["euro", "euros", "eur"], .currency("EUR"))
  add(["pound", "pounds", "sterling", "pounds sterling", "pound sterling", "british pounds", "gbp", "stg"], .currency("GBP"))
  add(["yen", "jpy", "japanese yen"], .currency("JPY"))
  add(["yuan", "renminbi", "cny", "rmb", "chinese yuan", "kuai"], .currency("CNY"))
  add(["rupee", "rupees", "inr", "rs", "indian rupees", "indian rupee"], .currency("INR"))
  add(["riyal", "riyals", "sar", "saudiriyal"], .currency("SAR"))
  // "rial" is the Iranian, Omani and Yemeni spelling; the Saudi and Qatari one is "riyal".
  add(["rial", "rials"], .currency("IRR"))
  add(["dirham", "dirhams", "aed"], .currency("AED"))
  add(["dinar", "dinars"], .currency("DINAR"))
  add(["lira", "liras", "lire"], .currency("LIRA"))
  // "francs" alone may be Swiss, French or CFA.
  add(["franc", "francs"], .currency("FRANC"))
  add(["swiss francs", "swiss franc", "chf"], .currency("CHF"))
  add(["canadian dollars", "canadian dollar", "cad", "canadian dlrs"], .currency("CAD"))
  add(["australian dollars", "australian dollar", "aud", "australian dlrs"], .currency("AUD"))
  add(["rouble", "roubles", "ruble", "rubles", "rub"], .currency("RUB"))
  add(["shekel", "shekels", "ils"], .currency("ILS"))
  add(["egyptian pounds", "egyptian pound", "egyptianpound", "egp", "le", "geneh", "genihat", "genihat masriya"], .currency("EGP"))
  add(["ringgit", "ringgits", "myr", "rm"], .currency("MYR"))
  add(["tugrik", "tugriks", "tughrik", "mnt"], .currency("MNT"))
  add(["hryvnia", "hryvnias", "uah"], .currency("UAH"))
  add(["markka", "markkaa"], .currency("FIM"))
  add(["peso", "pesos"], .currency("PESO"))
  add(["naira"], .currency("NGN"))
  add(["rand"], .currency("ZAR"))
  // "<country> <currency>": "kuwaiti dinar", "qatari riyals", "lebanese pounds".
  let national: [(String, [String], [String])] = [
    ("KWD", ["kuwaiti"], ["dinar", "dinars"]), ("JOD", ["jordanian"], ["dinar", "dinars"]),
    ("BHD", ["bahraini"], ["dinar", "dinars"]), ("IQD", ["iraqi"], ["dinar", "dinars"]),
    ("DZD", ["algerian"], ["dinar", "dinars"]), ("TND", ["tunisian"], ["dinar", "dinars"]),
    ("LYD", ["libyan"], ["dinar", "dinars"]), ("RSD", ["serbian"], ["dinar", "dinars"]),
    ("SAR", ["saudi"], ["riyal", "riyals"]), ("QAR", ["qatari"], ["riyal", "riyals", "rial", "rials"]),
    ("OMR", ["omani"], ["rial", "rials", "riyal", "riyals"]), ("YER", ["yemeni"], ["rial", "rials", "riyal", "riyals"]),
    ("IRR", ["iranian"], ["rial", "rials"]), ("AED", ["uae", "emirati"], ["dirham", "dirhams"]),
    ("MAD", ["moroccan"], ["dirham", "dirhams"]), ("LBP", ["lebanese"], ["pound", "pounds", "lira", "liras"]),
    ("SYP", ["syrian"], ["pound", "pounds", "lira", "liras"]), ("SDG", ["sudanese"], ["pound", "pounds"]),
    ("TRY", ["turkish"], ["lira", "liras", "lire"]), ("MYR", ["malaysian", "malaysia"], ["ringgit", "ringgits"]),
    ("PKR", ["pakistani"], ["rupee", "rupees"]), ("FIM", ["finnish"], ["markka", "markkaa"]), ("LKR", ["sri lankan"], ["rupee", "rupees"]),
    ("MXN", ["mexican"], ["peso", "pesos"]), ("ARS", ["argentine"], ["peso", "pesos"]),
    ("PHP", ["philippine"], ["peso", "pesos"]), ("HKD", ["hong kong"], ["dollar", "dollars"]),
    ("SGD", ["singapore"], ["dollar", "dollars"]), ("NZD", ["new zealand"], ["dollar", "dollars"]),
    ("TWD", ["taiwan"], ["dollar", "dollars"]), ("KRW", ["south korean", "korean"], ["won"]),
    ("JPY", ["japanese"], ["yen"]), ("INR", ["indian"], ["rupee", "rupees"]),
  ]
  for (code, countries, nouns) in national {
    for c in countries { for n in nouns { add(["\(c) \(n)"], .currency(code)) } }
  }
  add(["cent", "cents", "cts"], .currencySubunit("USD"))
  // Indian scales, which Indian amounts are written in ("5 lakh rupees", "4 crore").
  add(["lakh", "lakhs"], .scale(1e5))
  add(["crore", "crores"], .scale(1e7))
  add(["pence", "p", "penny", "pennies"], .currencySubunit("GBP"))
  add(["sen", "sens"], .currencySubunit("MYR"))
  add(["kopiyka", "kopiykas", "kopecks"], .currencySubunit("UAH"))

  let data: [(String, [String], Double)] = [
    ("B", ["byte", "bytes"], 1), ("KB", ["kb", "kilobyte", "kilobytes"], 1e3),
    ("MB", ["mb", "megabyte", "megabytes"], 1e6), ("GB", ["gb", "gigabyte", "gigabytes"], 1e9),
    ("TB", ["tb", "terabyte", "terabytes"], 1e12), ("PB", ["pb", "petabyte", "petabytes"], 1e15),
    ("EB", ["eb", "exabyte", "exabytes"], 1e18),
  ]
  for (symbol, words, f) in data { add(words, .unit(MeasureUnit(symbol, .dataSize, f))) }
  add(["bit", "bits"], .unit(.bit))
  add(["kilobit", "kilobits", "kbit"], .unit(.kilobit))
  add(["megabit", "megabits", "mbit"], .unit(.megabit))
  add(["gigabit", "gigabits", "gbit"], .unit(.gigabit))

  // Mass. "pounds" is money unless "of" follows ("two pounds of meat"); "lb" is always mass.
  add(["tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes", "metric ton", "mt", "t"], .unit(.tonne))
  add(["kilogram", "kilograms", "kilogramme", "kilogrammes", "kg", "kgs", "kilo", "kilos"], .unit(.kilogram))
  add(["gram", "grams", "gramme", "grammes", "g", "gs", "gr"], .unit(.gram))
  add(["milligram", "milligrams", "mg", "mgs"], .unit(.milligram))
  add(["microgram", "micrograms", "mcg", "µg"], .unit(.microgram))
  add(["ounce", "ounces", "oz", "troy ounce", "troy ounces"], .unit(.ounce))
  add(["pound", "pounds", "lb", "lbs"], .unit(.poundMass))

  // Length. "in" is never inches in prose; only after feet ("5 ft 2 in", see compounds).
  add(["kilometre", "kilometres", "kilometer", "kilometers", "km", "kms"], .unit(.kilometre))
  add(["metre", "metres", "meter", "meters"], .unit(.metre))
  add(["centimetre", "centimetres", "centimeter", "centimeters", "cm", "cms"], .unit(.centimetre))
  add(["millimetre", "millimetres", "millimeter", "millimeters", "mm"], .unit(.millimetre))
  add(["decimetre", "decimetres", "decimeter", "decimeters", "dm"], .unit(.decimetre))
  add(["picometre", "picometres", "picometer", "picometers"], .unit(.picometre))
  add(["mile", "miles", "mi"], .unit(.mile))
  add(["nautical mile", "nautical miles"], .unit(.nauticalMile))
  add(["foot", "feet", "ft"], .unit(.foot))
  add(["inch", "inches"], .unit(.inch))
  add(["yard", "yards", "yd", "yds"], .unit(.yard))

  // Area and volume.
  add(["square metres", "square meters", "square metre", "square meter", "sq m", "sqm"], .unit(.squareMetre))
  add(["square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km"], .unit(.squareKilometre))
  add(["square miles", "square mile", "sq miles", "sq mi"], .unit(.squareMile))
  add(["square feet", "square foot", "sq ft"], .unit(.squareFoot))
  add(["hectare", "hectares", "ha"], .unit(.hectare))
  add(["acre", "acres"], .unit(.acre))
  add(["litre", "litres", "liter", "liters", "l"], .unit(.litre))
  add(["millilitre", "millilitres", "milliliter", "milliliters", "ml", "mls"], .unit(.millilitre))
  add(["hectolitre", "hectolitres", "hectoliter", "hectoliters", "hl"], .unit(.hectolitre))
  add(["gallon", "gallons", "gal", "gals"], .unit(.gallon))
  add(["barrel", "barrels", "bbl", "bpd", "barrels per day"], .unit(.barrel))
  add(
    ["cubic metres", "cubic meters", "cubic metre", "cubic meter", "cu m"], .unit(.cubicMetre))
  add(["cubic feet", "cubic foot", "cu ft"], .unit(.cubicFoot))
  add(["cubic centimetres", "cubic centimeters", "cc"], .unit(.cubicCentimetre))

  // Fractions of a unit: "half a gallon", "quarter-litre", "tenth of a gallon".
  add(["half"], .unitFraction(0.5, needsOf: false))
  add(["quarter"], .unitFraction(0.25, needsOf: false))
  add(["third"], .unitFraction(1.0 / 3, needsOf: true))
  add(["fourth"], .unitFraction(0.25, needsOf: true))
  add(["fifth"], .unitFraction(0.2, needsOf: true))
  add(["tenth"], .unitFraction(0.1, needsOf: true))

  // Temperature: "degrees" alone may be an angle and is left out.
  add(
    [
      "celsius", "celcius", "centigrade", "degrees celsius", "degree celsius", "degrees celcius", "deg celsius",
      "degrees centigrade", "degrees c", "degree c", "deg c",
    ], .unit(.celsius))
  add(
    [
      "fahrenheit", "farenheit", "degrees fahrenheit", "degree fahrenheit", "degrees farenheit", "deg fahrenheit",
      "degrees f", "degree f", "deg f",
    ], .unit(.fahrenheit))

  // Speed.
  add(
    [
      "kilometres per hour", "kilometers per hour", "kilometre per hour", "kilometer per hour", "km per hour",
      "kilometres an hour", "kilometers an hour", "kph", "kmph", "kmh",
    ], .unit(.kmPerHour))
  add(["miles per hour", "mile per hour", "miles an hour", "mph"], .unit(.milePerHour))
  add(["metres per second", "meters per second"], .unit(.metrePerSecond))
  add(["knot", "knots"], .unit(.knot))

  // Power and energy.
  add(["watt", "watts"], .unit(.watt))
  add(["kilowatt", "kilowatts", "kw"], .unit(.kilowatt))
  add(["megawatt", "megawatts", "mw"], .unit(.megawatt))
  add(["gigawatt", "gigawatts", "gw"], .unit(.gigawatt))
  add(["kilowatt hours", "kilowatt hour", "kwh"], .unit(.kilowattHour))
  add(["megawatt hours", "megawatt hour", "mwh"], .unit(.megawattHour))
  add(["gigawatt hours", "gigawatt hour", "gwh"], .unit(.gigawattHour))
  add(["terawatt hours", "terawatt hour", "twh"], .unit(.terawattHour))

  let durations: [(DurationUnit, [String])] = [
    (.year, ["year", "years", "yr", "yrs"]), (.month, ["month", "months"]), (.week, ["week", "weeks"]),
    (.day, ["day", "days"]), (.hour, ["hour", "hours", "hrs", "hr"]), (.minute, ["minute", "minutes", "mins", "min"]),
    (.second, ["second", "seconds", "secs", "sec"]), (.decade, ["decade", "decades"]), (.century, ["century", "centuries"]),
  ]
  for (unit, words) in durations { add(words, .durationUnit(unit, count: 1)) }
  // "two nights in hospital", "a 3-night stay": a night counts as a day; "a night" alone is no
  // duration (only the singular units in `englishSingularUnitKeys` follow "a").
  add(["night", "nights"], .durationUnit(.day, count: 1))

  add(["between"], .connector(.between))
  add(["and"], .connector(.and))
  add(["from"], .connector(.from))
  add(["to", "through", "until"], .connector(.to))
  return e
}()
