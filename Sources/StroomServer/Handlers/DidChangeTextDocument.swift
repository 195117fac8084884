import StroomLSP

/// `textDocument/didChange`: apply the edits in order (incremental sync, in the negotiated
/// encoding), then re-check this document first and the files that depend on it after.
enum DidChangeTextDocumentHandler: NotificationHandler {
    static func handle(_ notification: DidChangeTextDocumentNotification, context: NotificationContext) throws {
        let state = context.state
        let document = notification.textDocument
        let key = DocumentKey(uri: document.uri)
        let result = try state.documents.applyChanges(notification.contentChanges, to: key, uri: document.uri,
                                                      version: document.version, encoding: state.encoding)
        if result.clamped {
            state.warn("a change to \(document.uri) (version \(document.version)) reached outside the text; it was clamped to the text")
        }
        if document.version <= result.before.version {
            state.log.warning("\(document.uri): version \(document.version) after \(result.before.version); versions should grow")
        }
        state.markChanged(key)
        state.refreshDiagnostics(first: key)
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        var sync = capabilities.textDocumentSync ?? TextDocumentSyncOptions()
        sync.change = .incremental
        capabilities.textDocumentSync = sync
    }
}
