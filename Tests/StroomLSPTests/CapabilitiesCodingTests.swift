import StroomLSP
import Testing

@Suite struct CapabilitiesCodingTests {
    @Test func clientCapabilities() {
        let capabilities = ClientCapabilities(
            workspace: WorkspaceClientCapabilities(workspaceFolders: true, didChangeWatchedFiles: DynamicRegistrationCapability(dynamicRegistration: true),
                                                   diagnostics: RefreshCapability(refreshSupport: true)),
            textDocument: TextDocumentClientCapabilities(
                publishDiagnostics: PublishDiagnosticsClientCapabilities(relatedInformation: true, tagSupport: .init(valueSet: [1, 2]), versionSupport: true),
                diagnostic: DiagnosticClientCapabilities(dynamicRegistration: false),
                hover: HoverClientCapabilities(contentFormat: [.markdown, .plainText]),
                documentSymbol: DocumentSymbolClientCapabilities(hierarchicalDocumentSymbolSupport: true),
                rename: RenameClientCapabilities(prepareSupport: true)),
            general: GeneralClientCapabilities(positionEncodings: [.utf8, .utf16]))
        checkCoding(capabilities, json: #"""
            {"workspace":{"workspaceFolders":true,"didChangeWatchedFiles":{"dynamicRegistration":true},"diagnostics":{"refreshSupport":true}},
             "textDocument":{"publishDiagnostics":{"relatedInformation":true,"tagSupport":{"valueSet":[1,2]},"versionSupport":true},
                             "diagnostic":{"dynamicRegistration":false},"hover":{"contentFormat":["markdown","plaintext"]},
                             "documentSymbol":{"hierarchicalDocumentSymbolSupport":true},"rename":{"prepareSupport":true}},
             "general":{"positionEncodings":["utf-8","utf-16"]}}
            """#)
    }

    /// A client that sends a field in a shape this package does not expect loses that field only.
    @Test func oddClientFieldsCostOnlyThemselves() throws {
        let capabilities = try decode(ClientCapabilities.self, #"""
            {"workspace":{"workspaceFolders":"yes","didChangeWatchedFiles":{"dynamicRegistration":true}},
             "textDocument":{"publishDiagnostics":{"tagSupport":{"valueSet":[1,2,99]}},"hover":7,"unknownFeature":{"x":1}},
             "general":{"positionEncodings":"utf-8"},"experimental":{"anything":[1]}}
            """#)
        #expect(capabilities.workspace?.workspaceFolders == nil)
        #expect(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration == true)
        #expect(capabilities.textDocument?.publishDiagnostics?.tagSupport?.valueSet == [1, 2, 99])
        #expect(capabilities.textDocument?.hover == nil)
        #expect(capabilities.general?.positionEncodings == nil)
        #expect(try decode(ClientCapabilities.self, "{}") == ClientCapabilities())
    }

    @Test func serverCapabilities() {
        let capabilities = ServerCapabilities(
            positionEncoding: .utf16,
            textDocumentSync: TextDocumentSyncOptions(openClose: true, change: .incremental, save: SaveOptions(includeText: false)),
            diagnosticProvider: DiagnosticOptions(identifier: "stroom", interFileDependencies: true, workspaceDiagnostics: false),
            documentSymbolProvider: true, hoverProvider: true, definitionProvider: true, referencesProvider: true,
            renameProvider: RenameOptions(prepareProvider: true),
            completionProvider: CompletionOptions(triggerCharacters: [":", "."]),
            codeActionProvider: CodeActionOptions(codeActionKinds: [.quickFix]),
            documentFormattingProvider: true,
            semanticTokensProvider: SemanticTokensOptions(legend: SemanticTokensLegend(tokenTypes: ["keyword"], tokenModifiers: []), full: true),
            foldingRangeProvider: true, workspaceSymbolProvider: true,
            executeCommandProvider: ExecuteCommandOptions(commands: ["stroom.exportDot"]),
            workspace: WorkspaceServerCapabilities(workspaceFolders: WorkspaceFoldersServerCapabilities(supported: true, changeNotifications: true)))
        checkCoding(capabilities, json: #"""
            {"positionEncoding":"utf-16","textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},
             "diagnosticProvider":{"identifier":"stroom","interFileDependencies":true,"workspaceDiagnostics":false},
             "documentSymbolProvider":true,"hoverProvider":true,"definitionProvider":true,"referencesProvider":true,
             "renameProvider":{"prepareProvider":true},"completionProvider":{"triggerCharacters":[":","."]},
             "codeActionProvider":{"codeActionKinds":["quickfix"]},"documentFormattingProvider":true,
             "semanticTokensProvider":{"legend":{"tokenTypes":["keyword"],"tokenModifiers":[]},"full":true},
             "foldingRangeProvider":true,"workspaceSymbolProvider":true,"executeCommandProvider":{"commands":["stroom.exportDot"]},
             "workspace":{"workspaceFolders":{"supported":true,"changeNotifications":true}}}
            """#)
        checkCoding(ServerCapabilities(), json: "{}")
    }
}
