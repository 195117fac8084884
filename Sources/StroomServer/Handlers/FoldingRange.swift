import StroomLSP
import StroomModel

/// `textDocument/foldingRange`: blocks and runs of comment lines, by whole lines
/// (`Analysis.foldingRanges`), so clients that fold lines only take them as they are.
enum FoldingRangeHandler: RequestHandler {
    static func handle(_ request: FoldingRangeRequest, context: RequestContext) throws -> [FoldingRange]? {
        let file = try context.state.requireFileContext(for: request.textDocument.uri)
        return file.analysis.foldingRanges(inFile: file.fileIndex).map { fold in
            FoldingRange(startLine: fold.startLine, endLine: fold.endLine, kind: fold.kind == .comment ? .comment : nil)
        }
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.foldingRangeProvider = true
    }
}
