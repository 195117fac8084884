import StroomFormat
import StroomLSP
import StroomModel
import StroomSyntax

/// `textDocument/formatting`: the edits of the canonical formatter (StroomFormat, the same as
/// `stroom fmt`). The layout is Stroom's own, so the editor's `tabSize` and `insertSpaces` are
/// not used: every team's files look the same, in every editor and on the command line.
///
/// A file the formatter refuses (syntax errors, not UTF-8) gets no edits — an empty list, so
/// that format-on-save goes on and saves the text as it is — and the reason is shown once per
/// version of the document (`window/showMessage`, in the reader's language); the errors
/// themselves are already among the diagnostics.
enum FormattingHandler: RequestHandler {
    static func handle(_ request: DocumentFormattingRequest, context: RequestContext) throws -> [StroomLSP.TextEdit]? {
        let state = context.state
        let file = try state.requireFileContext(for: request.textDocument.uri)
        switch StroomFormat.Formatter.format(file.file.tree) {
        case .formatted(let formatted):
            return file.textEdits(formatted.edits, inFile: file.fileIndex)
        case .refused(let refusal):
            let stamp = "\(file.key)#\(file.version.map(String.init) ?? "disk")"
            if state.lastFormattingRefusal != stamp {
                state.lastFormattingRefusal = stamp
                state.show("stroom: " + refusal.message[file.language])
            }
            return []
        }
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.documentFormattingProvider = true
    }
}
