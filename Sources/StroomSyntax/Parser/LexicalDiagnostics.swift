/// Diagnostics that one token can tell about itself: S001, S002, S007, S008, S013.
/// Invalid UTF-8 is left to W603 (one diagnostic per file, with the offset).
enum LexicalDiagnostics {
    static func collect(source: SourceFile, tokens: [Token]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        func add(_ code: DiagnosticCode, _ token: Token, _ message: LocalizedText, fixes: [Fix] = []) {
            result.append(Diagnostic(code: code, severity: .error, range: token.range, message: message, fixes: fixes))
        }
        for token in tokens {
            // The text is read only for the kinds that need it: making a string of every token
            // of the file was most of this pass.
            switch token.kind {
            case .error where !token.flags.contains(.invalidUTF8):
                add("S001", token, SyntaxMessages.unexpectedCharacter(source.text(in: token.range)))
            case .string:
                if token.flags.contains(.curlyQuotes) {
                    add("S001", token, SyntaxMessages.curlyQuotes, fixes: [straightQuotesFix(token, text: source.text(in: token.range))])
                } else if token.flags.contains(.unterminated) {
                    add("S002", token, token.flags.contains(.multiline) ? SyntaxMessages.unterminatedMultilineString : SyntaxMessages.unterminatedString)
                } else if token.flags.contains(.invalidEscape) {
                    add("S013", token, SyntaxMessages.invalidEscape)
                }
            case .duration where token.flags.contains(.invalidUnit):
                let text = source.text(in: token.range)
                let unit = String(text.drop { $0.isNumber || $0 == "." || $0 == "," })
                // `10minuten` → `10min`: a unit written out in full gets its short form.
                let suggested = DurationUnit(writtenOut: unit)?.spellings[0] ?? Suggestions.nearest(to: unit, in: DurationUnit.allSpellings)
                let fixes = suggested.map { suggestion in
                    [Fix(title: SyntaxMessages.replaceFix(String(text.dropLast(unit.count)) + suggestion),
                         edits: [TextEdit(range: TextRange(utf8Start: token.end - unit.utf8.count, utf8End: token.end), newText: suggestion)])]
                } ?? []
                let short = DurationUnit(writtenOut: unit).map { String(text.dropLast(unit.count)) + $0.spellings[0] }
                add("S007", token, SyntaxMessages.invalidUnit(unit, writtenOut: short), fixes: fixes)
            case .date:
                let text = source.text(in: token.range)
                if !isValidDate(text) { add("S008", token, SyntaxMessages.invalidDate(text)) }
            case .time:
                let text = source.text(in: token.range)
                if !isValidClockTime(text) { add("S008", token, SyntaxMessages.invalidClockTime(text)) }
            default:
                break
            }
        }
        return result
    }

    static func straightQuotesFix(_ token: Token, text: String) -> Fix {
        var inner = text.unicodeScalars.dropFirst()
        if let last = inner.last, last == "\u{201D}" || last == "\u{201C}" { inner = inner.dropLast() }
        return Fix(title: SyntaxMessages.replaceQuotesFix, edits: [TextEdit(range: token.range, newText: "\"\(String(String.UnicodeScalarView(inner)))\"")])
    }

    /// `YYYY-MM-DD` with a real month and day (leap years included).
    static func isValidDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return false }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        guard (1...12).contains(month), day >= 1 else { return false }
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// `H:MM` or `HH:MM` within a day.
    static func isValidClockTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        return parts.count == 2 && (0...23).contains(parts[0]) && (0...59).contains(parts[1])
    }
}
