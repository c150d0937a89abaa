/// Arabic number words and their gender and case forms.
let arabicNumerals: [(String, Lex)] = []
