/// A document URI as the client sent it (`file:///…`, `untitled:…`).
public typealias DocumentURI = String

/// A position in a document: a 0-based line and a 0-based column.
///
/// The column counts code units of the *negotiated* position encoding: UTF-16 code units unless
/// the server chose `utf-8` in `initialize`. The JSON key is `character`; the Swift name says
/// what is counted, so nobody mistakes it for characters a person sees.
public struct Position: Codable, Hashable, Sendable, Comparable {
    public var line: Int
    /// Code units of the negotiated encoding from the start of the line (JSON `character`).
    public var codeUnitColumn: Int

    public init(line: Int, codeUnitColumn: Int) {
        self.line = line
        self.codeUnitColumn = codeUnitColumn
    }

    enum CodingKeys: String, CodingKey {
        case line
        case codeUnitColumn = "character"
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.codeUnitColumn) < (rhs.line, rhs.codeUnitColumn)
    }
}

/// The spec's `Range`: two positions, end exclusive. (Named `LSPRange` so that it does not
/// shadow `Swift.Range` in modules that import this one.)
public struct LSPRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

/// A range in a document.
public struct Location: Codable, Hashable, Sendable {
    public var uri: DocumentURI
    public var range: LSPRange

    public init(uri: DocumentURI, range: LSPRange) {
        self.uri = uri
        self.range = range
    }
}

/// A link to a target range, with the range it was followed from.
public struct LocationLink: Codable, Hashable, Sendable {
    public var originSelectionRange: LSPRange?
    public var targetUri: DocumentURI
    public var targetRange: LSPRange
    public var targetSelectionRange: LSPRange

    public init(originSelectionRange: LSPRange? = nil, targetUri: DocumentURI, targetRange: LSPRange, targetSelectionRange: LSPRange) {
        self.originSelectionRange = originSelectionRange
        self.targetUri = targetUri
        self.targetRange = targetRange
        self.targetSelectionRange = targetSelectionRange
    }
}

/// How positions count columns (`general.positionEncodings`, `positionEncoding`).
public struct PositionEncodingKind: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let utf8 = PositionEncodingKind(rawValue: "utf-8")
    public static let utf16 = PositionEncodingKind(rawValue: "utf-16")
    public static let utf32 = PositionEncodingKind(rawValue: "utf-32")
}
