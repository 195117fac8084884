import StroomLSP
import StroomModel
import StroomSyntax

/// `textDocument/codeAction`: the fixes of the diagnostics in the range, then the method's
/// suggestions there (`Analysis.codeActions`), and in an empty file a starter map per method
/// (`Analysis.starterAssists`), all of kind `quickfix`, each with the
/// `WorkspaceEdit` that applies it and the diagnostic it fixes, as it was published.
enum CodeActionHandler: RequestHandler {
    static func handle(_ request: CodeActionRequest, context: RequestContext) throws -> [CodeAction]? {
        let state = context.state
        if let only = request.context.only, !only.contains(where: { wants($0) }) { return [] }
        let file = try state.requireFileContext(for: request.textDocument.uri)
        let range = file.lineTable.textRange(of: request.range, in: file.encoding).range
        let resolver = NoteResolver(analyzed: file.workspace, uri: { state.uri(for: $0) })
        let assists = file.analysis.codeActions(inFile: file.fileIndex, range: range)
            + file.analysis.starterAssists(inFile: file.fileIndex, language: file.language)
        return assists.map { assist in
            let diagnostic = assist.diagnostic.map {
                $0.lspDiagnostic(in: file.source, uri: file.uri, encoding: file.encoding, language: file.language,
                                 features: state.features, notes: resolver)
            }
            return CodeAction(title: assist.title[file.language], kind: .quickFix, diagnostics: diagnostic.map { [$0] },
                              isPreferred: assist.isPreferred ? true : nil,
                              edit: file.workspaceEdit(assist.edit) ?? WorkspaceEdit(changes: [:]))
        }
    }

    /// Whether a kind in `only` asks for quick fixes (`quickfix` itself, or a parent such as
    /// the empty kind).
    static func wants(_ kind: CodeActionKind) -> Bool {
        kind == .quickFix || kind.rawValue.isEmpty || CodeActionKind.quickFix.rawValue.hasPrefix(kind.rawValue + ".")
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        // Options with kinds only for a client that understands code action literals.
        if state.client.textDocument?.codeAction?.codeActionLiteralSupport != nil {
            capabilities.codeActionProvider = CodeActionOptions(codeActionKinds: [.quickFix], resolveProvider: false)
        } else {
            capabilities.codeActionProvider = CodeActionOptions()
        }
    }
}
