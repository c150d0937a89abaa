/// Arabic month names (all three families), Hijri months, weekdays and date markers.
let arabicDates: [(String, Lex)] = []
