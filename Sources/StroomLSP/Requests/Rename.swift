/// `textDocument/prepareRename`: whether the cursor is on something that can be renamed, and
/// the range of its name.
public struct PrepareRenameRequest: LSPRequest {
    public static let method = "textDocument/prepareRename"
    public typealias Response = PrepareRenameResult?

    public var textDocument: TextDocumentIdentifier
    public var position: Position

    public init(textDocument: TextDocumentIdentifier, position: Position) {
        self.textDocument = textDocument
        self.position = position
    }
}

/// The name's range and its current text.
public struct PrepareRenameResult: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var placeholder: String

    public init(range: LSPRange, placeholder: String) {
        self.range = range
        self.placeholder = placeholder
    }
}

/// `textDocument/rename`: the edits that rename a declaration and every reference to it.
public struct RenameRequest: LSPRequest {
    public static let method = "textDocument/rename"
    public typealias Response = WorkspaceEdit?

    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var newName: String

    public init(textDocument: TextDocumentIdentifier, position: Position, newName: String) {
        self.textDocument = textDocument
        self.position = position
        self.newName = newName
    }
}
