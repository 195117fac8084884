import StroomSyntax

/// The part of a token's leading trivia that survives formatting: its comments, the lines
/// they are on, and every character that is not whitespace. Spaces, tabs, form feeds, line
/// breaks and the Unicode spaces (U+00A0, U+2003, …) are dropped and the renderer puts back
/// its own; the zero-width characters the lexer also skips (U+200B, U+FEFF inside a line) are
/// not whitespace and are kept, in order, just before the token.
///
/// The trivia is cut at its line breaks into `lines`. `lines[0]` is the rest of the line the
/// previous token is on (a trailing comment, or nothing); the last entry is the start of the
/// token's own line. Everything in between is a full line: a comment or a blank line.
struct TriviaShape {
    /// The comment on each line, as UTF-8 ranges of the source from `#` to its last
    /// character that is not a space or tab; nil for a line without one.
    var lines: [TextRange?] = [nil]
    /// The file's byte order mark is in this trivia (only ever the first token's).
    var hasBOM = false
    /// The UTF-8 bytes of the characters outside comments that are not whitespace.
    var kept: [UInt8] = []

    var lineBreakCount: Int { lines.count - 1 }
    var hasComments: Bool { lines.contains { $0 != nil } }

    init(_ token: Token, in source: SourceFile) {
        let bytes = source.bytes
        var index = token.triviaStart
        let end = token.start
        if index == 0, source.lineTable.bomLength > 0, end >= source.lineTable.bomLength {
            hasBOM = true
            index = source.lineTable.bomLength
        }
        while index < end {
            switch bytes[index] {
            case 0x0D:
                index += index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
                lines.append(nil)
            case 0x0A:
                index += 1
                lines.append(nil)
            case UInt8(ascii: "#"):
                let start = index
                while index < end, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                var last = index
                while last > start, TriviaShape.isTrailingSpace(bytes[last - 1]) { last -= 1 }
                lines[lines.count - 1] = TextRange(utf8Start: start, utf8End: last)
            case 0x80...:
                // A Unicode space a word processor inserted (no-break, em, thin …) is layout
                // and dropped; a zero-width character (U+200B, U+FEFF) is not whitespace to
                // Unicode and is kept. (The lexer puts only valid UTF-8 here.)
                let (scalar, length) = bytes.withUnsafeBufferPointer { UTF8Scanner.decode($0, at: index) }
                let step = max(length, 1)
                if !(scalar?.properties.isWhitespace ?? false) { kept += bytes[index..<min(index + step, end)] }
                index += step
            default:
                // Spaces, tabs and form feeds.
                index += 1
            }
        }
    }

    /// Whitespace at the end of a comment line that the formatter removes.
    static func isTrailingSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }
}

/// A full line in the output between two tokens: a comment or a blank line.
enum TriviaLine: Equatable {
    case blank
    case comment(TextRange)

    init(_ comment: TextRange?) {
        self = comment.map(TriviaLine.comment) ?? .blank
    }

    /// Rule 4: runs of blank lines become one; blank lines at the start or end of a block (or
    /// of the file) go.
    static func normalized(_ lines: [TriviaLine], dropLeading: Bool, dropTrailing: Bool) -> [TriviaLine] {
        var result: [TriviaLine] = []
        for line in lines {
            if line == .blank, result.last == .blank { continue }
            if line == .blank, dropLeading, result.isEmpty { continue }
            result.append(line)
        }
        if dropTrailing {
            while result.last == .blank { result.removeLast() }
        }
        return result
    }
}
