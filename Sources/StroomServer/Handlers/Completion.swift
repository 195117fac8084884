import StroomLSP
import StroomModel
import StroomSyntax

/// `textDocument/completion`: what may be written at the cursor (`Analysis.completions`):
/// kinds, attribute names of the enclosing kind, allowed words, names of the kinds an
/// attribute expects. Each item replaces the word being typed (`textEdit`); detail and
/// documentation are in the reader's language.
///
/// Trigger characters: `.` (after a map's name, its members) and space (after `door: `, `->`,
/// `3x per ` and at the start of a statement). Not `:`: right after it a value would be glued
/// to the colon, and the space that follows triggers anyway.
enum CompletionHandler: RequestHandler {
    static let triggerCharacters = [".", " "]

    static func handle(_ request: CompletionRequest, context: RequestContext) throws -> CompletionList? {
        let file = try context.state.requireFileContext(for: request.textDocument.uri)
        let candidates = file.analysis.completions(at: file.utf8Offset(of: request.position), inFile: file.fileIndex)
        let markdown = context.state.client.textDocument?.completion?.completionItem?.documentationFormat
            .map { $0.contains(.markdown) } ?? true
        return CompletionList(isIncomplete: false, items: candidates.map { item($0, in: file, markdown: markdown) })
    }

    static func item(_ candidate: CompletionCandidate, in file: FileContext, markdown: Bool) -> CompletionItem {
        let documentation = candidate.documentation.map {
            MarkupContent(kind: markdown ? .markdown : .plainText,
                          value: markdown ? $0[file.language] : PlainText.fromMarkdown($0[file.language]))
        }
        return CompletionItem(label: candidate.label, kind: kind(of: candidate), detail: candidate.detail[file.language],
                              documentation: documentation, sortText: candidate.sortText, filterText: candidate.label,
                              insertTextFormat: .plainText,
                              textEdit: StroomLSP.TextEdit(range: file.range(of: candidate.range), newText: candidate.insertText))
    }

    static func kind(of candidate: CompletionCandidate) -> CompletionItemKind {
        switch candidate.kind {
        case .kind: .keyword
        case .attribute: .property
        case .value: .enumMember
        case .map: .module
        case .reference: candidate.declarationKind?.completionItemKind ?? .reference
        }
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.completionProvider = CompletionOptions(triggerCharacters: triggerCharacters, resolveProvider: false)
    }
}
