/// How many terminal cells text takes, as a terminal draws it: CJK and emoji take two,
/// combining marks none, a tab up to the next stop of four. Used to put carets under the
/// right characters.
enum DisplayWidth {
    static let tabStop = 4

    /// The text as it is shown in a snippet: tabs expanded to spaces, control characters
    /// (which could steer the terminal) shown as `�`.
    static func visible(_ text: String) -> String {
        // Printable ASCII (most source lines) is shown as it is: one cell per byte.
        if isPrintableASCII(text) { return text }
        var result = ""
        var column = 0
        for character in text {
            if character == "\t" {
                let spaces = tabStop - column % tabStop
                result += String(repeating: " ", count: spaces)
                column += spaces
            } else if character.unicodeScalars.allSatisfy({ $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) {
                result += "\u{FFFD}"
                column += 1
            } else {
                result.append(character)
                column += width(of: character)
            }
        }
        return result
    }

    /// The cells a text takes from the start of a line.
    static func width(_ text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        var column = 0
        for character in text {
            column += character == "\t" ? tabStop - column % tabStop : width(of: character)
        }
        return column
    }

    /// Only bytes 0x20–0x7E: every byte is one character of one cell, nothing to replace.
    static func isPrintableASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
    }

    /// One user-perceived character: 2 when wide or emoji, 0 when only marks, else 1.
    static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.contains(where: { isWide($0) || $0.value == 0xFE0F }) { return 2 }
        if scalars.allSatisfy({ isZeroWidth($0) }) { return 0 }
        return 1
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return scalar.value == 0x200B
        }
    }

    /// East Asian Wide and Fullwidth blocks, and characters shown as emoji by default.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isEmojiPresentation { return true }
        let value = scalar.value
        return wideRanges.contains { $0.contains(value) }
    }

    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]
}
