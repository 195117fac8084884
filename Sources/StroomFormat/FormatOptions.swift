import StroomSyntax

/// How the formatter lays a file out. A small flat struct: everything else is fixed by the
/// layout rules in `docs/formatting.md`, so every team's files look the same.
public struct FormatOptions: Hashable, Sendable {
    /// Spaces per block level (default 2).
    public var indentWidth: Int
    /// Which line break the formatter writes (default: the file's own).
    public var lineEnding: LineEnding

    public init(indentWidth: Int = 2, lineEnding: LineEnding = .preserve) {
        self.indentWidth = max(0, indentWidth)
        self.lineEnding = lineEnding
    }
}

/// The line break the formatter writes between lines.
public enum LineEnding: Hashable, Sendable {
    /// The file's first line break outside a string (`\n`, `\r\n` or a lone `\r`); `\n` for
    /// a file without one.
    case preserve
    case lf
    case crlf

    /// The bytes of one line break for this file.
    func bytes(for tree: SyntaxTree) -> [UInt8] {
        switch self {
        case .lf: return [0x0A]
        case .crlf: return [0x0D, 0x0A]
        case .preserve:
            // Line breaks inside a multi-line string are the string's own: not counted, so
            // that the choice is the same after formatting (blank lines at the top may go).
            let bytes = tree.source.bytes
            for token in tree.root.tokens {
                for index in token.triviaStart..<token.start where bytes[index] == 0x0A || bytes[index] == 0x0D {
                    if bytes[index] == 0x0A { return [0x0A] }
                    return index + 1 < token.start && bytes[index + 1] == 0x0A ? [0x0D, 0x0A] : [0x0D]
                }
            }
            return [0x0A]
        }
    }
}
