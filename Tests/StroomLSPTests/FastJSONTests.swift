import Foundation
import StroomLSP
import Testing

/// The hand-written JSON of the hot path says exactly what the `Codable` encoding says.
@Suite struct FastJSONTests {
    static func same<T: Codable & FastJSONEncodable & Equatable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fast = value.fastJSON
        let viaCodable = try JSONDecoder().decode(LSPAny.self, from: JSONEncoder().encode(value))
        let viaFast = try JSONDecoder().decode(LSPAny.self, from: Data(fast))
        #expect(viaFast == viaCodable, "\(String(decoding: fast, as: UTF8.self))", sourceLocation: sourceLocation)
        #expect(try JSONDecoder().decode(T.self, from: Data(fast)) == value, sourceLocation: sourceLocation)
    }

    static let texts = ["plain", "quote \" and backslash \\", "line\nbreak\r\ttab", "control \u{01}\u{1F}", "ë 😀 👩‍🏫 ‘x’", "", "/slash/",
                        "\"at the start", "at the end\\", "\"\"\n\u{7F}\\\""]

    @Test func diagnosticsOfEveryShape() throws {
        var diagnostics: [Diagnostic] = []
        for (index, text) in Self.texts.enumerated() {
            let range = LSPRange(start: Position(line: index, codeUnitColumn: index * 13), end: Position(line: index + 100, codeUnitColumn: 0))
            diagnostics.append(Diagnostic(range: range, message: text))
            diagnostics.append(Diagnostic(
                range: range, severity: DiagnosticSeverity(rawValue: index % 4 + 1), code: "V3\(index)",
                codeDescription: CodeDescription(href: "https://example.org/\(text)"), source: "stroom", message: text,
                tags: index.isMultiple(of: 2) ? [.unnecessary, .deprecated] : [],
                relatedInformation: [DiagnosticRelatedInformation(location: Location(uri: "file:///a%20b/\(index).vsm", range: range), message: text)],
                data: index == 3 ? ["fix": [1, "twee", .null]] : nil))
        }
        for diagnostic in diagnostics { try Self.same(diagnostic) }
        try Self.same(PublishDiagnosticsNotification(uri: "file:///x.vsm", version: 12, diagnostics: diagnostics))
        try Self.same(PublishDiagnosticsNotification(uri: "untitled:Naamloos-1", diagnostics: []))
        try Self.same(DocumentDiagnosticReport.full(resultId: "7", items: diagnostics))
        try Self.same(DocumentDiagnosticReport.full(resultId: nil, items: []))
        try Self.same(DocumentDiagnosticReport.unchanged(resultId: "7"))
        try Self.same(Position(line: 123_456, codeUnitColumn: -1))
    }
    /// The answer to `initialize`: every field set, with texts that need escapes, and none set.
    @Test func initializeResultOfEveryShape() throws {
        let full = ServerCapabilities(
            positionEncoding: .utf16,
            textDocumentSync: TextDocumentSyncOptions(openClose: true, change: TextDocumentSyncKind(rawValue: 2), save: SaveOptions(includeText: false)),
            diagnosticProvider: DiagnosticOptions(identifier: "stroom \"x\"", interFileDependencies: true, workspaceDiagnostics: false),
            documentSymbolProvider: true, hoverProvider: false, definitionProvider: true, referencesProvider: true,
            renameProvider: RenameOptions(prepareProvider: true),
            completionProvider: CompletionOptions(triggerCharacters: [":", ".", "\\"], resolveProvider: false),
            codeActionProvider: CodeActionOptions(codeActionKinds: [.quickFix, CodeActionKind(rawValue: "source.fixAll")], resolveProvider: true),
            documentFormattingProvider: true, documentRangeFormattingProvider: false,
            semanticTokensProvider: SemanticTokensOptions(legend: SemanticTokensLegend(tokenTypes: ["keyword", "ë"], tokenModifiers: []),
                                                          range: false, full: true),
            foldingRangeProvider: true, workspaceSymbolProvider: false,
            executeCommandProvider: ExecuteCommandOptions(commands: ["stroom.fix", "/slash/"]),
            workspace: WorkspaceServerCapabilities(workspaceFolders: WorkspaceFoldersServerCapabilities(supported: true, changeNotifications: false)))
        try Self.same(full)
        try Self.same(InitializeResult(capabilities: full, serverInfo: ClientInfo(name: "stroom", version: "0.1.0 (\u{01})")))
        try Self.same(InitializeResult(capabilities: ServerCapabilities(), serverInfo: ClientInfo(name: "stroom")))
        try Self.same(InitializeResult(capabilities: ServerCapabilities(textDocumentSync: TextDocumentSyncOptions(save: SaveOptions()),
                                                                         workspace: WorkspaceServerCapabilities())))
        var partial = full
        partial.positionEncoding = nil
        partial.semanticTokensProvider = SemanticTokensOptions(legend: SemanticTokensLegend(tokenTypes: [], tokenModifiers: ["a"]))
        partial.codeActionProvider = CodeActionOptions()
        try Self.same(InitializeResult(capabilities: partial))
    }

    /// The outline: nested children, with and without details, names that need escapes, and
    /// the `null` of a document without an outline.
    @Test func documentSymbolsOfEveryShape() throws {
        func range(_ line: Int) -> LSPRange {
            LSPRange(start: Position(line: line, codeUnitColumn: line % 7), end: Position(line: line + 3, codeUnitColumn: 40))
        }
        let leaves = Self.texts.enumerated().map { index, text in
            DocumentSymbol(name: text, detail: index.isMultiple(of: 2) ? nil : text + " detail", kind: SymbolKind(rawValue: index + 1),
                           range: range(index), selectionRange: range(index + 1))
        }
        let heading = DocumentSymbol(name: "Stappen", kind: .namespace, range: range(0), selectionRange: range(0), children: leaves)
        let map = DocumentSymbol(name: "proces \"p\"", detail: "Proces", kind: .module, range: range(0), selectionRange: range(1),
                                 children: [heading, DocumentSymbol(name: "leeg", kind: .namespace, range: range(2), selectionRange: range(2), children: [])])
        for symbol in leaves + [heading, map] { try Self.same(symbol) }
        try Self.same([map, map] as [DocumentSymbol]?)
        try Self.same([] as [DocumentSymbol]?)
        try Self.same(nil as [DocumentSymbol]?)
    }
}
