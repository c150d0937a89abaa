/// The units of measure both languages name, each once, so Arabic and English words for the
/// same unit carry the same symbol and factor. Symbols are the ones `UnitTag.named` knows.
extension MeasureUnit {
  // Mass (kilogram).
  static let microgram = MeasureUnit("ug", .mass, 1e-9)
  static let milligram = MeasureUnit("mg", .mass, 1e-6)
  static let gram = MeasureUnit("g", .mass, 1e-3)
  static let kilogram = MeasureUnit("kg", .mass, 1)
  static let tonne = MeasureUnit("t", .mass, 1000)
  static let ounce = MeasureUnit("oz", .mass, 0.028349523125)
  static let poundMass = MeasureUnit("lb", .mass, 0.45359237)
  // Length (metre).
  static let picometre = MeasureUnit("pm", .length, 1e-12)
  static let millimetre = MeasureUnit("mm", .length, 1e-3)
  static let centimetre = MeasureUnit("cm", .length, 1e-2)
  static let decimetre = MeasureUnit("dm", .length, 0.1)
  static let metre = MeasureUnit("m", .length, 1)
  static let kilometre = MeasureUnit("km", .length, 1000)
  static let inch = MeasureUnit("in", .length, 0.0254)
  static let foot = MeasureUnit("ft", .length, 0.3048)
  static let yard = MeasureUnit("yd", .length, 0.9144)
  static let mile = MeasureUnit("mi", .length, 1609.344)
  static let nauticalMile = MeasureUnit("nmi", .length, 1852)
  // Area (square metre).
  static let squareCentimetre = MeasureUnit("cm2", .area, 1e-4)
  static let squareMetre = MeasureUnit("m2", .area, 1)
  static let squareFoot = MeasureUnit("ft2", .area, 0.09290304)
  static let squareKilometre = MeasureUnit("km2", .area, 1e6)
  static let squareMile = MeasureUnit("mi2", .area, 2_589_988.110336)
  static let hectare = MeasureUnit("ha", .area, 1e4)
  static let acre = MeasureUnit("acre", .area, 4046.8564224)
  static let dunam = MeasureUnit("dunam", .area, 1000)
  static let feddan = MeasureUnit("feddan", .area, 4200)
  // Volume (litre).
  static let millilitre = MeasureUnit("ml", .volume, 1e-3)
  static let litre = MeasureUnit("l", .volume, 1)
  static let hectolitre = MeasureUnit("hl", .volume, 100)
  static let gallon = MeasureUnit("gal", .volume, 3.785411784)
  static let barrel = MeasureUnit("bbl", .volume, 158.987294928)
  static let cubicCentimetre = MeasureUnit("cm3", .volume, 1e-3)
  static let cubicMetre = MeasureUnit("m3", .volume, 1000)
  static let cubicFoot = MeasureUnit("ft3", .volume, 28.316846592)
  // Temperature: each scale its own, never converted by a factor.
  static let celsius = MeasureUnit("C", .temperature, 1)
  static let fahrenheit = MeasureUnit("F", .temperature, 1)
  // Speed (km/h).
  static let kmPerHour = MeasureUnit("km/h", .speed, 1)
  static let milePerHour = MeasureUnit("mph", .speed, 1.609344)
  static let metrePerSecond = MeasureUnit("m/s", .speed, 3.6)
  static let knot = MeasureUnit("kn", .speed, 1.852)
  // Power (watt) and energy (watt-hour).
  static let watt = MeasureUnit("W", .power, 1)
  static let kilowatt = MeasureUnit("kW", .power, 1e3)
  static let megawatt = MeasureUnit("MW", .power, 1e6)
  static let gigawatt = MeasureUnit("GW", .power, 1e9)
  static let kilowattHour = MeasureUnit("kWh", .energy, 1e3)
  static let megawattHour = MeasureUnit("MWh", .energy, 1e6)
  static let gigawattHour = MeasureUnit("GWh", .energy, 1e9)
  static let terawattHour = MeasureUnit("TWh", .energy, 1e12)
  // Data (byte).
  static let bit = MeasureUnit("bit", .dataSize, 0.125)
  static let kilobit = MeasureUnit("kbit", .dataSize, 125)
  static let megabit = MeasureUnit("Mbit", .dataSize, 125_000)
  static let gigabit = MeasureUnit("Gbit", .dataSize, 1.25e8)

  /// A length unit squared or cubed ("km2", "m³"), if it has a name here.
  func power(_ n: Int) -> MeasureUnit? {
    switch (symbol, n) {
    case ("cm", 2): return .squareCentimetre
    case ("m", 2): return .squareMetre
    case ("ft", 2): return .squareFoot
    case ("km", 2): return .squareKilometre
    case ("mi", 2): return .squareMile
    case ("cm", 3): return .cubicCentimetre
    case ("m", 3): return .cubicMetre
    case ("ft", 3): return .cubicFoot
    default: return nil
    }
  }

  /// A length unit per hour or second ("km/h", "m/s").
  func per(hour: Bool) -> MeasureUnit? {
    switch (symbol, hour) {
    case ("km", true): return .kmPerHour
    case ("mi", true): return .milePerHour
    case ("m", false): return .metrePerSecond
    default: return nil
    }
  }
}
