/// `textDocument/semanticTokens/full`: every token of a document, coloured by meaning.
public struct SemanticTokensFullRequest: LSPRequest {
    public static let method = "textDocument/semanticTokens/full"
    public typealias Response = SemanticTokens?

    public var textDocument: TextDocumentIdentifier

    public init(textDocument: TextDocumentIdentifier) {
        self.textDocument = textDocument
    }
}

/// Tokens as the spec packs them: five numbers per token (line delta, start delta, length,
/// type index, modifier bits), positions in the negotiated encoding.
public struct SemanticTokens: Codable, Hashable, Sendable {
    public var resultId: String?
    public var data: [Int]

    public init(resultId: String? = nil, data: [Int]) {
        self.resultId = resultId
        self.data = data
    }
}

/// The names behind the type indexes and modifier bits.
public struct SemanticTokensLegend: Codable, Hashable, Sendable {
    public var tokenTypes: [String]
    public var tokenModifiers: [String]

    public init(tokenTypes: [String], tokenModifiers: [String]) {
        self.tokenTypes = tokenTypes
        self.tokenModifiers = tokenModifiers
    }
}
