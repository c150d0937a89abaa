import TextModel

/// Words the recognizers test for by identity, hashed once.
extension Scan {
  static let raKey = key("ر")
  static let aKey = key("a")
  static let anKey = key("an")
  static let usKey = key("us")
  static let cKey = key("c")
  static let hkKey = key("hk")
  static let sKey = key("s")
  static let nzKey = key("nz")
  static let ofKey = key("of")
  static let foldKey = key("fold")
  static let stKey = key("st")
  static let ndKey = key("nd")
  static let rdKey = key("rd")
  static let thKey = key("th")
  static let approxArKey = key("تقريباً")
  static let approximatelyKey = key("approximately")
  static let roughlyKey = key("roughly")
  static let orKey = key("or")
  static let awKey = key("أو")
  static let moreKey = key("more")
  static let aktharKey = key("أكثر")
  static let lessKey = key("less")
  static let fewerKey = key("fewer")
  static let aqallKey = key("أقل")
  static let soKey = key("so")
  static let atKey = key("at")
  static let leastKey = key("least")
  static let alaKey = key("على")
  static let alaqallKey = key("الأقل")

  /// "ال" as written before a figure: "الـ8", "بالـ8", "والـ8", "للـ8".
  static let articleKeys: KeySet = KeySet(["ال", "بال", "وال", "لل", "فال", "كال", "وبال", "ولل"].map(key))

  /// Words that follow figures without being what they count.
  static let arabicStopwords: KeySet = KeySet(
    [
      "في", "من", "على", "إلى", "الى", "عن", "مع", "أو", "ثم", "حتى", "منذ", "خلال", "بعد", "قبل",
      "عند", "لدى", "إن", "أن", "إذ", "لا", "لم", "لن", "ما", "هو", "هي", "هم", "التي", "الذي", "الذين",
      "كل", "بين", "نحو", "حوالي", "مقابل", "فقط", "أي", "او", "كما", "بينما", "وقد", "قد", "كان", "كانت",
      "وفي", "ومن", "وعلى", "أيضا", "أيضاً", "تقريبا", "تقريباً", "مثل", "دون", "عبر", "ضد", "لكن",
      "وهو", "وهي", "فيما", "حيث", "إذا", "اذا", "عندما", "وذلك", "ذلك", "هذا", "هذه", "تلك", "بعض",
      "بنسبة", "نسبة", "مليون", "ألف", "مليار", "وكان", "وكانت", "لكل", "بكل", "عاما", "سنة",
      "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
      "أكتوبر", "نوفمبر", "ديسمبر", "آلاف", "ملايين", "ألفا", "اليوم", "الماضي", "يوم", "أمس", "لأول", "أول", "مرة", "لكنه", "إضافة",
    ].map(key))

  static let englishStopwords: KeySet = KeySet(
    [
      "of", "the", "and", "to", "in", "on", "at", "for", "by", "with", "from", "as", "per", "or", "a",
      "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
      "should", "may", "might", "can", "that", "this", "these", "those", "which", "who", "than",
      "into", "over", "under", "about", "after", "before", "since", "until", "up", "down", "out",
      "off", "but", "if", "so", "not", "no", "it", "its", "he", "she", "they", "we", "you", "i",
      "his", "her", "their", "our", "said", "says", "say", "pct", "vs", "v", "am", "pm", "each",
      "more", "less", "than", "also", "all", "both", "while", "when", "where", "year", "years",
      "last", "next", "yr", "yrs", "between", "through", "against", "during", "among", "to",
      "december", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "gmt", "utc", "est", "edt", "p", "m", "s", "t", "mln", "bln",
      "billion", "million", "thousand", "trillion", "times", "percent", "cents", "dlrs", "or",
      "against", "compared", "versus", "vs", "respectively", "only", "just", "alone", "together",
      "ago", "earlier", "later", "previously", "today", "yesterday", "tomorrow", "quarter",
      "month", "months", "week", "weeks", "day", "days", "hours", "hour", "minutes", "overall",
    ].map(key))

  /// Words between a figure and its noun that the noun's name does not include.
  static let englishAdjectives: KeySet = KeySet(
    [
      "main", "new", "other", "more", "major", "key", "separate", "additional", "different",
      "young", "old", "small", "large", "big", "top", "full", "local", "foreign", "senior",
      "former", "leading", "remaining", "extra", "further", "armed", "palestinian", "american",
      "british", "civilian", "previous", "current", "public", "private", "domestic", "international",
      "unemployed", "registered", "total", "daily", "weekly", "annual", "monthly",
      "preferred", "outstanding", "ordinary", "common", "voting", "listed", "estimated", "reported",
      "confirmed", "suspected", "elected", "qualified", "skilled", "armed", "single", "married",
      "adult", "female", "male", "full-time", "part-time", "unaccompanied", "undocumented",
    ].map(key))

  static let twiceKey = key("twice")
  /// Words after which "over" introduces the base of a change, not a bound: "an increase over 400".
  static let changeWords: KeySet = KeySet(
    [
      "increase", "increases", "rise", "rises", "gain", "gains", "up", "jump", "growth", "decline",
      "decrease", "drop", "fall", "compared", "improvement", "premium", "advance",
    ].map(key))

  /// The "t" of "isn't", "weren't".
  static let contractionTail = key("t")

  /// Past participles that news uses as nouns after a figure ("250 injured").
  static let participleNouns: KeySet = KeySet(
    [
      "injured", "wounded", "killed", "displaced", "detained", "arrested", "unemployed", "employed",
      "infected", "affected", "hospitalized", "hospitalised", "evacuated", "deceased", "disabled",
      "registered", "insured", "abducted", "kidnapped", "imprisoned", "jailed",
    ].map(key))

  /// Words that end like a feminine dual but are not one.
  static let dualExclusions: KeySet = KeySet(
    ["بروتين", "روتين", "لاتين", "كريستين", "مارتين", "بوتين", "فيتامين", "ياسمين", "ستين", "كاتين"]
      .map(key))
}
