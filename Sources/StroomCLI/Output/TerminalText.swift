/// The one escaping for text a person reads in a terminal or a log: paths and messages in
/// `stroom check` text output, `stroom fmt` messages, command-line errors. A control character
/// (U+0000–U+001F, U+007F–U+009F) or a character that turns text around or ends a line
/// (U+2028, U+2029, the bidirectional overrides and isolates U+202A–U+202E, U+2066–U+2069)
/// could forge a line of output or recolour the terminal (ESC), so it is written as an escape:
/// `\n`, `\r`, `\t`, else `\u{1B}`. Everything else passes unchanged.
enum TerminalText {
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
