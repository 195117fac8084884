/// `textDocument/definition`: where the name under the cursor is declared.
public struct DefinitionRequest: LSPRequest {
    public static let method = "textDocument/definition"
    public typealias Response = [Location]?

    public var textDocument: TextDocumentIdentifier
    public var position: Position

    public init(textDocument: TextDocumentIdentifier, position: Position) {
        self.textDocument = textDocument
        self.position = position
    }
}
