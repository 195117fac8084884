/// How serious a diagnostic is. Ordered from least to most serious.
public enum Severity: Int, Sendable, Comparable, CaseIterable, Codable {
    case hint = 1
    case info = 2
    case warning = 3
    case error = 4

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The stable English name used in JSON, SARIF and `stroom.json`.
    public var name: String {
        switch self {
        case .hint: "hint"
        case .info: "info"
        case .warning: "warning"
        case .error: "error"
        }
    }

    /// The word printed in the CLI, in the reader's language.
    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (.hint, _): "hint"
        case (.info, _): "info"
        case (.warning, .nl): "waarschuwing"
        case (.warning, .en): "warning"
        case (.error, .nl): "fout"
        case (.error, .en): "error"
        }
    }
}

/// A stable diagnostic code such as `S003` or `V301`. Codes are never reused.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible, Codable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// `S`, `N`, `A`, `V`, `B`, `H`, `C` or `W`.
    public var family: Character { rawValue.first ?? "?" }

    static let familyOrder: [Character] = ["S", "N", "A", "V", "B", "H", "C", "W"]

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
        let order = familyOrder
        let l = order.firstIndex(of: lhs.family) ?? order.count
        let r = order.firstIndex(of: rhs.family) ?? order.count
        return l != r ? l < r : lhs.rawValue < rhs.rawValue
    }
}

/// Extra facts a tool or editor may show with a diagnostic.
public enum DiagnosticTag: String, Sendable, Hashable, Codable {
    /// The thing is declared but never used (editors fade it).
    case unnecessary
}

/// A replacement of one range of the file's bytes by new text.
public struct TextEdit: Hashable, Sendable {
    public var range: TextRange
    public var newText: String

    public init(range: TextRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// A fix the user can apply with one click: a title and the edits it makes.
public struct Fix: Hashable, Sendable {
    public var title: LocalizedText
    /// Edits in the file of the diagnostic.
    public var edits: [TextEdit]

    public init(title: LocalizedText, edits: [TextEdit]) {
        precondition(!edits.isEmpty, "a fix must change something")
        self.title = title
        self.edits = edits
    }
}

/// A related location: "first declared here", "the `{` it closes".
public struct Note: Hashable, Sendable {
    /// The file the note points into; nil means the diagnostic's own file.
    public var path: String?
    public var range: TextRange
    public var message: LocalizedText

    public init(path: String? = nil, range: TextRange, message: LocalizedText) {
        self.path = path
        self.range = range
        self.message = message
    }
}

/// One finding in one file: the single shape shared by the parser, the checks, the CLI and the
/// server.
public struct Diagnostic: Hashable, Sendable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var range: TextRange
    public var message: LocalizedText
    public var notes: [Note]
    public var fixes: [Fix]
    public var tags: Set<DiagnosticTag>

    public init(
        code: DiagnosticCode,
        severity: Severity,
        range: TextRange,
        message: LocalizedText,
        notes: [Note] = [],
        fixes: [Fix] = [],
        tags: Set<DiagnosticTag> = []
    ) {
        self.code = code
        self.severity = severity
        self.range = range
        self.message = message
        self.notes = notes
        self.fixes = fixes
        self.tags = tags
    }
}
