/// `textDocument/formatting`: the edits that format a whole document.
public struct DocumentFormattingRequest: LSPRequest {
    public static let method = "textDocument/formatting"
    public typealias Response = [TextEdit]?

    public var textDocument: TextDocumentIdentifier
    public var options: FormattingOptions

    public init(textDocument: TextDocumentIdentifier, options: FormattingOptions) {
        self.textDocument = textDocument
        self.options = options
    }
}

/// `textDocument/rangeFormatting`: the edits that format part of a document.
public struct DocumentRangeFormattingRequest: LSPRequest {
    public static let method = "textDocument/rangeFormatting"
    public typealias Response = [TextEdit]?

    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
    public var options: FormattingOptions

    public init(textDocument: TextDocumentIdentifier, range: LSPRange, options: FormattingOptions) {
        self.textDocument = textDocument
        self.range = range
        self.options = options
    }
}

/// The editor's settings for formatting (other keys the spec allows are ignored).
public struct FormattingOptions: Codable, Hashable, Sendable {
    public var tabSize: Int
    public var insertSpaces: Bool
    public var trimTrailingWhitespace: Bool?
    public var insertFinalNewline: Bool?
    public var trimFinalNewlines: Bool?

    public init(tabSize: Int, insertSpaces: Bool, trimTrailingWhitespace: Bool? = nil, insertFinalNewline: Bool? = nil,
                trimFinalNewlines: Bool? = nil) {
        self.tabSize = tabSize
        self.insertSpaces = insertSpaces
        self.trimTrailingWhitespace = trimTrailingWhitespace
        self.insertFinalNewline = insertFinalNewline
        self.trimFinalNewlines = trimFinalNewlines
    }
}
