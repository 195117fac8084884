import StroomLSP
import StroomModel
import StroomSyntax

/// `textDocument/semanticTokens/full`: every token coloured by what it means
/// (`Analysis.semanticTokens`), packed as the spec asks: five numbers per token — line delta,
/// start delta (from the previous token on the same line), length, type index, modifier bits —
/// with columns and lengths in the negotiated encoding. The legend is `SemanticTokenType`'s.
enum SemanticTokensHandler: RequestHandler {
    static let legend = SemanticTokensLegend(tokenTypes: SemanticTokenType.lspLegend, tokenModifiers: SemanticTokenModifiers.lspNames)

    static func handle(_ request: SemanticTokensFullRequest, context: RequestContext) throws -> SemanticTokens? {
        let file = try context.state.requireFileContext(for: request.textDocument.uri)
        return SemanticTokens(data: encode(file.analysis.semanticTokens(inFile: file.fileIndex), lines: file.lineTable,
                                           encoding: file.encoding))
    }

    /// The delta encoding. The query's tokens are in source order, on one line each.
    static func encode(_ tokens: [SemanticToken], lines: LineTable, encoding: PositionEncoding) -> [Int] {
        var data: [Int] = []
        data.reserveCapacity(tokens.count * 5)
        var previousLine = 0
        var previousStart = 0
        for token in tokens {
            let start = lines.position(of: token.range.utf8Start, in: encoding)
            let end = lines.position(of: token.range.utf8End, in: encoding)
            guard end.line == start.line, end.codeUnitColumn > start.codeUnitColumn else { continue }
            let lineDelta = start.line - previousLine
            data += [lineDelta, lineDelta == 0 ? start.codeUnitColumn - previousStart : start.codeUnitColumn,
                     end.codeUnitColumn - start.codeUnitColumn, token.type.lspLegendIndex, Int(token.modifiers.rawValue)]
            previousLine = start.line
            previousStart = start.codeUnitColumn
        }
        return data
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.semanticTokensProvider = SemanticTokensOptions(legend: legend, range: false, full: true)
    }
}
