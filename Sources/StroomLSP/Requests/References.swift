/// `textDocument/references`: every use of the declaration under the cursor.
public struct ReferencesRequest: LSPRequest {
    public static let method = "textDocument/references"
    public typealias Response = [Location]?

    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var context: ReferenceContext

    public init(textDocument: TextDocumentIdentifier, position: Position, context: ReferenceContext) {
        self.textDocument = textDocument
        self.position = position
        self.context = context
    }
}

public struct ReferenceContext: Codable, Hashable, Sendable {
    public var includeDeclaration: Bool

    public init(includeDeclaration: Bool) {
        self.includeDeclaration = includeDeclaration
    }
}
