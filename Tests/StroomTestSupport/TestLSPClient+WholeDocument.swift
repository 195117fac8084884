import StroomLSP

extension TestLSPClient {
    /// Every request about a whole document (outline, folding, tokens, formatting) and hover,
    /// completion and definition at some positions, each answered within `timeout` seconds:
    /// what the tests of hostile and pathological files ask of the server. The answers are not
    /// looked at; an error answer to formatting is allowed (a file with errors is not formatted).
    public func askEveryDocumentRequest(_ uri: DocumentURI, at positions: [Position], timeout: Double) async throws {
        let document = TextDocumentIdentifier(uri: uri)
        _ = try await send(DocumentSymbolRequest(textDocument: document), timeout: timeout)
        _ = try await send(FoldingRangeRequest(textDocument: document), timeout: timeout)
        _ = try await send(SemanticTokensFullRequest(textDocument: document), timeout: timeout)
        for position in positions {
            _ = try await send(HoverRequest(textDocument: document, position: position), timeout: timeout)
            _ = try await send(CompletionRequest(textDocument: document, position: position), timeout: timeout)
            _ = try await send(DefinitionRequest(textDocument: document, position: position), timeout: timeout)
        }
        _ = try? await send(DocumentFormattingRequest(textDocument: document, options: FormattingOptions(tabSize: 2, insertSpaces: true)),
                            timeout: timeout)
    }
}
