/// What a token is, named for what it looks like (not what it means).
public enum TokenKind: UInt8, Sendable, CaseIterable {
    case identifier
    /// `"…"`, `"""…"""` (and, flagged, `“…”`).
    case string
    /// `12`, `1.5` (and, flagged, `1,5`).
    case number
    /// A number with a unit glued to it: `45min`, `2u`, `3d`.
    case duration
    /// `80%`.
    case percent
    /// `2026-03-01`.
    case date
    /// A clock time: `08:45`.
    case time
    /// `3x`, the start of a frequency such as `3x per week`.
    case count
    case lBrace
    case rBrace
    case colon
    case comma
    case dot
    /// `->` (or `→`).
    case arrow
    case plus
    case minus
    /// Bytes the lexer does not understand (reported once per run as S001).
    case error
    /// The end of the file; its leading trivia holds the file's last comments and whitespace.
    case eof

    /// The name used in tree dumps.
    public var dumpName: String {
        switch self {
        case .identifier: "IDENT"
        case .string: "STRING"
        case .number: "NUMBER"
        case .duration: "DURATION"
        case .percent: "PERCENT"
        case .date: "DATE"
        case .time: "TIME"
        case .count: "COUNT"
        case .lBrace: "L_BRACE"
        case .rBrace: "R_BRACE"
        case .colon: "COLON"
        case .comma: "COMMA"
        case .dot: "DOT"
        case .arrow: "ARROW"
        case .plus: "PLUS"
        case .minus: "MINUS"
        case .error: "ERROR"
        case .eof: "EOF"
        }
    }

    /// Tokens that can start a literal value.
    public var isLiteral: Bool {
        switch self {
        case .string, .number, .duration, .percent, .date, .time: true
        default: false
        }
    }
}

/// Facts about one token that the lexer found and later passes report.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The token is the first on its line (its leading trivia holds a line break, or it starts
    /// the file).
    public static let startsLine = TokenFlags(rawValue: 1 << 0)
    /// The parser synthesised it; it covers no bytes.
    public static let missing = TokenFlags(rawValue: 1 << 1)
    /// A string without its closing quote (S002).
    public static let unterminated = TokenFlags(rawValue: 1 << 2)
    /// A string with an unknown escape such as `\q` (S013).
    public static let invalidEscape = TokenFlags(rawValue: 1 << 3)
    /// A string written with typographic quotes `“…”` (S001 with a fix).
    public static let curlyQuotes = TokenFlags(rawValue: 1 << 4)
    /// A triple-quoted string.
    public static let multiline = TokenFlags(rawValue: 1 << 5)
    /// A number written with a Dutch decimal comma, `1,5` (A205).
    public static let decimalComma = TokenFlags(rawValue: 1 << 6)
    /// A duration whose unit is not one of the known units (S007).
    public static let invalidUnit = TokenFlags(rawValue: 1 << 7)
    /// An error token made of bytes that are not UTF-8 (W603, not S001).
    public static let invalidUTF8 = TokenFlags(rawValue: 1 << 8)
}

/// One token with its leading trivia (whitespace, line breaks, comments, a BOM).
///
/// Tokens hold absolute UTF-8 offsets. The bytes `triviaStart..<end` of all tokens, in order,
/// are exactly the file: that is what makes the tree lossless.
///
/// The offsets are stored in 32 bits (a ``SourceFile`` is at most ``SourceFile/maximumSize``
/// bytes), so that a token takes 16 bytes instead of 32: a tree holds one per 5–6 bytes of
/// source.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var flags: TokenFlags
    private var storedTriviaStart: UInt32
    private var storedStart: UInt32
    private var storedEnd: UInt32

    /// Where this token's leading trivia starts.
    public var triviaStart: Int {
        get { Int(storedTriviaStart) }
        set { storedTriviaStart = UInt32(clamping: newValue) }
    }
    /// Where the token's own text starts (after its trivia).
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = UInt32(clamping: newValue) }
    }
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(clamping: newValue) }
    }

    public init(kind: TokenKind, flags: TokenFlags = [], triviaStart: Int, start: Int, end: Int) {
        self.kind = kind
        self.flags = flags
        storedTriviaStart = UInt32(clamping: triviaStart)
        storedStart = UInt32(clamping: start)
        storedEnd = UInt32(clamping: end)
    }

    /// The token's text, without trivia.
    public var range: TextRange { TextRange(utf8Start: start, utf8End: end) }
    /// The token with its leading trivia.
    public var fullRange: TextRange { TextRange(utf8Start: triviaStart, utf8End: end) }
    public var triviaRange: TextRange { TextRange(utf8Start: triviaStart, utf8End: start) }
    public var isMissing: Bool { flags.contains(.missing) }
    public var startsLine: Bool { flags.contains(.startsLine) }

    /// A zero-width token the parser puts where something was expected.
    public static func missing(_ kind: TokenKind, at utf8Offset: Int) -> Token {
        Token(kind: kind, flags: .missing, triviaStart: utf8Offset, start: utf8Offset, end: utf8Offset)
    }
}
