import TextModel

extension LanguagePack {
  /// Every language claimcheck reads. Their words never collide: the scripts differ.
  public static let all: [LanguagePack] = [.arabic, .english]

  public static let arabic = LanguagePack(
    language: .ar, entries: arabicQuantities + arabicNumerals + arabicDates + arabicHolidays)
  public static let english = LanguagePack(
    language: .en, entries: englishQuantities + englishNumerals + englishDates + englishHolidays)
}
