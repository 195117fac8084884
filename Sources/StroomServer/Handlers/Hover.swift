import StroomLSP
import StroomModel

/// `textDocument/hover`: help for a keyword, an attribute or an allowed word; for a name, what
/// it names, with its figures (`Analysis.hover`). Markdown in the reader's language; for a
/// client whose `hover.contentFormat` lacks Markdown, the same words as plain text
/// (`PlainText.fromMarkdown`: no `**`, no backticks, a table row per line).
enum HoverHandler: RequestHandler {
    static func handle(_ request: HoverRequest, context: RequestContext) throws -> Hover? {
        let file = try context.state.requireFileContext(for: request.textDocument.uri)
        let offset = file.utf8Offset(of: request.position)
        guard let info = file.analysis.hover(at: offset, inFile: file.fileIndex, language: file.language) else { return nil }
        let formats = context.state.client.textDocument?.hover?.contentFormat
        let kind: MarkupKind = formats.map { $0.contains(.markdown) || $0.isEmpty } ?? true ? .markdown : .plainText
        return Hover(contents: MarkupContent(kind: kind, value: kind == .markdown ? info.markdown : info.plainText),
                     range: file.range(of: info.range))
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.hoverProvider = true
    }
}
