/// English number words.
let englishNumerals: [(String, Lex)] = []
