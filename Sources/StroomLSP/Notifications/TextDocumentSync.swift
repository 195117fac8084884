/// `textDocument/didOpen`: the editor now owns the document's text.
public struct DidOpenTextDocumentNotification: LSPNotification {
    public static let method = "textDocument/didOpen"

    public var textDocument: TextDocumentItem

    public init(textDocument: TextDocumentItem) {
        self.textDocument = textDocument
    }
}

/// `textDocument/didChange`: edits, applied one after another, each against the text so far.
public struct DidChangeTextDocumentNotification: LSPNotification {
    public static let method = "textDocument/didChange"

    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]

    public init(textDocument: VersionedTextDocumentIdentifier, contentChanges: [TextDocumentContentChangeEvent]) {
        self.textDocument = textDocument
        self.contentChanges = contentChanges
    }
}

/// `textDocument/didClose`: the file on disk is the truth again.
public struct DidCloseTextDocumentNotification: LSPNotification {
    public static let method = "textDocument/didClose"

    public var textDocument: TextDocumentIdentifier

    public init(textDocument: TextDocumentIdentifier) {
        self.textDocument = textDocument
    }
}

/// `textDocument/didSave`.
public struct DidSaveTextDocumentNotification: LSPNotification {
    public static let method = "textDocument/didSave"

    public var textDocument: TextDocumentIdentifier
    public var text: String?

    public init(textDocument: TextDocumentIdentifier, text: String? = nil) {
        self.textDocument = textDocument
        self.text = text
    }
}
