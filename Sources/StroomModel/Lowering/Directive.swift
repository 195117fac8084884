import StroomSyntax

/// A `# stroom: negeer V302` comment: a severity override for one file or one statement.
public struct Directive: Hashable, Sendable {
    /// What to do with the codes.
    public enum Action: Hashable, Sendable {
        case ignore
        case setSeverity(Severity)

        /// The words a directive or `stroom.json` may use, Dutch and English.
        public init?(word: String) {
            guard let action = Action.byWord[word.lowercased()] else { return nil }
            self = action
        }

        private static let byWord: [String: Action] = [
            "negeer": .ignore, "ignore": .ignore, "uit": .ignore, "off": .ignore,
            "fout": .setSeverity(.error), "error": .setSeverity(.error),
            "waarschuwing": .setSeverity(.warning), "warning": .setSeverity(.warning),
            "info": .setSeverity(.info), "informatie": .setSeverity(.info), "information": .setSeverity(.info),
            "hint": .setSeverity(.hint),
        ]

        /// Every action word (lower case, sorted): the editor grammars colour these.
        public static let words: [String] = byWord.keys.sorted()
    }

    public let action: Action
    /// One code as written, with its range (for W604/W605).
    public struct Code: Hashable, Sendable {
        public let code: DiagnosticCode
        public let range: TextRange
    }

    /// The codes as written.
    public let codes: [Code]
    /// Where the directive applies; nil means the whole file.
    public let scope: TextRange?
    /// The comment itself.
    public let range: TextRange

}

/// Reads comments out of trivia: documentation comments and directives.
enum TriviaReader {
    /// The comments in a trivia range, each with its range (without the line break).
    static func comments(in range: TextRange, of source: SourceFile) -> [(text: String, range: TextRange)] {
        var result: [(String, TextRange)] = []
        let bytes = source.bytes
        var index = range.utf8Start
        while index < range.utf8End {
            if bytes[index] == UInt8(ascii: "#") {
                let start = index
                while index < range.utf8End, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                let commentRange = TextRange(utf8Start: start, utf8End: index)
                result.append((source.text(in: commentRange), commentRange))
            } else {
                index += 1
            }
        }
        return result
    }

    /// The comment block directly above a token: consecutive `#` lines with no blank line
    /// between them and the token. Directives are not documentation.
    static func documentation(before token: Token, in source: SourceFile) -> String? {
        let trivia = token.triviaRange
        guard !trivia.isEmpty else { return nil }
        var lines: [String] = []
        var lineNumber = source.lineTable.line(containing: token.start)
        for comment in comments(in: trivia, of: source).reversed() {
            let commentLine = source.lineTable.line(containing: comment.range.utf8Start)
            guard commentLine == lineNumber - 1 else { break }
            // Only whitespace may precede the comment on its line.
            let lineStart = source.lineTable.lineStarts[commentLine]
            let before = source.text(in: TextRange(utf8Start: lineStart, utf8End: comment.range.utf8Start))
            guard before.allSatisfy({ $0 == " " || $0 == "\t" }) else { break }
            let text = comment.text.dropFirst().trimmingLeadingSpace()
            if parseDirective(in: source, range: comment.range, scope: nil) != nil { break }
            lines.append(text)
            lineNumber = commentLine
        }
        guard !lines.isEmpty else { return nil }
        return lines.reversed().joined(separator: "\n")
    }

    /// `# stroom: negeer V302, V304` → a directive; anything else → nil. A directive with no
    /// known action word is not a directive. Read from the bytes of the comment, so that the
    /// codes' ranges stay exact when the comment holds bytes that are not UTF-8.
    static func parseDirective(in source: SourceFile, range: TextRange, scope: TextRange?) -> Directive? {
        let bytes = source.bytes
        var index = range.utf8Start
        let end = min(range.utf8End, bytes.count)
        guard index < end, bytes[index] == UInt8(ascii: "#") else { return nil }
        index += 1
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        let prefix = Array("stroom:".utf8)
        guard end - index >= prefix.count,
              zip(bytes[index..<index + prefix.count], prefix).allSatisfy({ asciiLowercased($0) == $1 }) else { return nil }
        index += prefix.count
        var words: [Range<Int>] = []
        while index < end {
            while index < end, isSeparator(bytes[index]) { index += 1 }
            let start = index
            while index < end, !isSeparator(bytes[index]) { index += 1 }
            if start < index { words.append(start..<index) }
        }
        guard let first = words.first,
              let action = Directive.Action(word: String(decoding: bytes[first], as: UTF8.self)) else { return nil }
        let codes = words.dropFirst().map { word in
            Directive.Code(code: DiagnosticCode(String(decoding: bytes[word], as: UTF8.self).uppercased()),
                           range: TextRange(utf8Start: word.lowerBound, utf8End: word.upperBound))
        }
        return Directive(action: action, codes: codes, scope: scope, range: range)
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ",")
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}

extension Substring {
    func trimmingLeadingSpace() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
