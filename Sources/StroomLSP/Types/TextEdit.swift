/// A replacement of a range by new text.
public struct TextEdit: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var newText: String

    public init(range: LSPRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}

/// Edits of one document at a version.
public struct TextDocumentEdit: Codable, Hashable, Sendable {
    /// The version the edits apply to; the JSON allows `null` for "whatever is on disk".
    public var textDocument: OptionalVersionedTextDocumentIdentifier
    public var edits: [TextEdit]

    public init(textDocument: OptionalVersionedTextDocumentIdentifier, edits: [TextEdit]) {
        self.textDocument = textDocument
        self.edits = edits
    }
}

/// A document identifier whose version may be null (a file that is not open).
public struct OptionalVersionedTextDocumentIdentifier: Codable, Hashable, Sendable {
    public var uri: DocumentURI
    public var version: Int?

    public init(uri: DocumentURI, version: Int?) {
        self.uri = uri
        self.version = version
    }

    enum CodingKeys: String, CodingKey { case uri, version }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uri, forKey: .uri)
        // The spec requires the key, with null for "not open".
        try container.encode(version, forKey: .version)
    }
}

/// Changes to many documents (rename, quick fixes).
public struct WorkspaceEdit: Codable, Hashable, Sendable {
    public var changes: [DocumentURI: [TextEdit]]?
    public var documentChanges: [TextDocumentEdit]?

    public init(changes: [DocumentURI: [TextEdit]]? = nil, documentChanges: [TextDocumentEdit]? = nil) {
        self.changes = changes
        self.documentChanges = documentChanges
    }
}

/// A command the client can run (a title and an id the server knows).
public struct Command: Codable, Hashable, Sendable {
    public var title: String
    public var command: String
    public var arguments: [LSPAny]?

    public init(title: String, command: String, arguments: [LSPAny]? = nil) {
        self.title = title
        self.command = command
        self.arguments = arguments
    }
}

/// `plaintext` or `markdown`.
public struct MarkupKind: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let plainText = MarkupKind(rawValue: "plaintext")
    public static let markdown = MarkupKind(rawValue: "markdown")
}

/// Text with its format.
public struct MarkupContent: Codable, Hashable, Sendable {
    public var kind: MarkupKind
    public var value: String

    public init(kind: MarkupKind, value: String) {
        self.kind = kind
        self.value = value
    }
}
