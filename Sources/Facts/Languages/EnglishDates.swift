/// English month names, weekdays and date markers.
let englishDates: [(String, Lex)] = []
