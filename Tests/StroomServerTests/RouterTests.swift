import Foundation
import StroomJSONRPC
import StroomLSP
import StroomServer
import StroomTestSupport
import Testing

/// The router's method table and the capabilities announced in `initialize` agree: every
/// feature a handler serves is announced, and nothing is announced that no handler serves.
@Suite struct RouterTests {
    /// Method → the capability that announces it (nil: needs none). A new handler must be added
    /// here, so that its capability is checked too.
    static let capabilityOfMethod: [String: String?] = [
        InitializeRequest.method: nil,
        ShutdownRequest.method: nil,
        InitializedNotification.method: nil,
        DidOpenTextDocumentNotification.method: "textDocumentSync.openClose",
        DidChangeTextDocumentNotification.method: "textDocumentSync.change",
        DidCloseTextDocumentNotification.method: "textDocumentSync.openClose",
        // Registered dynamically at `initialized` (see WorkspaceTests).
        DidChangeWatchedFilesNotification.method: nil,
        DidChangeConfigurationNotification.method: nil,
        DidChangeWorkspaceFoldersNotification.method: "workspace.workspaceFolders.changeNotifications",
        DocumentDiagnosticRequest.method: "diagnosticProvider",
        DocumentSymbolRequest.method: "documentSymbolProvider",
        HoverRequest.method: "hoverProvider",
        DefinitionRequest.method: "definitionProvider",
        ReferencesRequest.method: "referencesProvider",
        PrepareRenameRequest.method: "renameProvider.prepareProvider",
        RenameRequest.method: "renameProvider",
        CompletionRequest.method: "completionProvider",
        CodeActionRequest.method: "codeActionProvider",
        DocumentFormattingRequest.method: "documentFormattingProvider",
        DocumentRangeFormattingRequest.method: "documentRangeFormattingProvider",
        SemanticTokensFullRequest.method: "semanticTokensProvider.full",
        FoldingRangeRequest.method: "foldingRangeProvider",
        WorkspaceSymbolRequest.method: "workspaceSymbolProvider",
        ExecuteCommandRequest.method: "executeCommandProvider",
    ]

    static func value(at path: String, in any: LSPAny) -> LSPAny? {
        path.split(separator: ".").reduce(Optional(any)) { $0?[String($1)] }
    }

    @Test func everyRoutedMethodIsAnnouncedAndNothingElse() async throws {
        let router = Router.standard
        let client = TestLSPClient.inProcess()
        var capabilities = PullDiagnosticsTests.pullClient
        capabilities.workspace?.didChangeWatchedFiles = DynamicRegistrationCapability(dynamicRegistration: true)
        let result = try await client.initialize(capabilities: capabilities)
        let announced = try JSONDecoder().decode(LSPAny.self, from: JSONEncoder().encode(result.capabilities))
        for method in router.requestMethods + router.notificationMethods {
            guard let entry = Self.capabilityOfMethod[method] else {
                Issue.record("\(method) is routed but not in RouterTests.capabilityOfMethod")
                continue
            }
            if let path = entry {
                let value = Self.value(at: path, in: announced)
                #expect(value != nil && value != .bool(false) && value != .null, "\(method) is routed but \(path) is not announced")
            }
        }
        // Announced features must have a handler.
        for (method, entry) in Self.capabilityOfMethod {
            guard let path = entry, Self.value(at: path, in: announced) != nil else { continue }
            #expect(router.requestMethods.contains(method) || router.notificationMethods.contains(method),
                    "\(path) is announced but \(method) has no handler")
        }
        #expect(announced["positionEncoding"] == "utf-16")
        #expect(try await client.shutdownAndExit() == 0)
    }
}
