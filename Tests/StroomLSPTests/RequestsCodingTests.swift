import StroomLSP
import Testing

@Suite struct RequestsCodingTests {
    @Test func initialize() throws {
        let request = InitializeRequest(processId: 12, clientInfo: ClientInfo(name: "Neovim", version: "0.10"), locale: "nl-NL",
                                        rootUri: "file:///w", initializationOptions: ["language": "en"],
                                        capabilities: ClientCapabilities(general: GeneralClientCapabilities(positionEncodings: [.utf8])),
                                        workspaceFolders: [WorkspaceFolder(uri: "file:///w", name: "w")])
        checkCoding(request, json: #"""
            {"processId":12,"clientInfo":{"name":"Neovim","version":"0.10"},"locale":"nl-NL","rootUri":"file:///w",
             "initializationOptions":{"language":"en"},"capabilities":{"general":{"positionEncodings":["utf-8"]}},
             "workspaceFolders":[{"uri":"file:///w","name":"w"}]}
            """#)
        // The required members are sent as null when there is nothing to say.
        checkCoding(InitializeRequest(), json: #"{"processId":null,"rootUri":null,"capabilities":{}}"#)
        checkCoding(InitializeResult(capabilities: ServerCapabilities(hoverProvider: true), serverInfo: ClientInfo(name: "stroom", version: "0.1.0")),
                    json: #"{"capabilities":{"hoverProvider":true},"serverInfo":{"name":"stroom","version":"0.1.0"}}"#)
        #expect(InitializeRequest.method == "initialize")
    }

    @Test func shutdownAndVoidResults() {
        checkCoding(ShutdownRequest(), json: "{}")
        checkCoding(VoidResponse(), json: "null")
        #expect(!ShutdownRequest.hasParams)
        #expect(InitializeRequest.hasParams)
    }

    @Test func pullDiagnostics() {
        checkCoding(DocumentDiagnosticRequest(textDocument: document, previousResultId: "3"),
                    json: #"{"textDocument":\#(documentJSON),"previousResultId":"3"}"#)
        checkCoding(DocumentDiagnosticReport.full(resultId: "4", items: [Diagnostic(range: range, message: "m")]),
                    json: #"{"kind":"full","resultId":"4","items":[{"range":\#(rangeJSON),"message":"m"}]}"#)
        checkCoding(DocumentDiagnosticReport.unchanged(resultId: "4"), json: #"{"kind":"unchanged","resultId":"4"}"#)
        checkCoding(DiagnosticRefreshRequest(), json: "{}")
    }

    @Test func registration() {
        let options = DidChangeWatchedFilesRegistrationOptions(watchers: [FileSystemWatcher(globPattern: "**/*.vsm"), FileSystemWatcher(globPattern: "**/stroom.json", kind: 7)])
        checkCoding(options, json: #"{"watchers":[{"globPattern":"**/*.vsm"},{"globPattern":"**/stroom.json","kind":7}]}"#)
        checkCoding(RegisterCapabilityRequest(registrations: [Registration(id: "w", method: "workspace/didChangeWatchedFiles", registerOptions: ["watchers": []])]),
                    json: #"{"registrations":[{"id":"w","method":"workspace/didChangeWatchedFiles","registerOptions":{"watchers":[]}}]}"#)
    }

    @Test func navigation() {
        let position = Position(line: 4, codeUnitColumn: 8)
        let positionJSON = #""textDocument":\#(documentJSON),"position":{"line":4,"character":8}"#
        checkCoding(HoverRequest(textDocument: document, position: position), json: "{\(positionJSON)}")
        checkCoding(Hover(contents: MarkupContent(kind: .markdown, value: "x"), range: range),
                    json: #"{"contents":{"kind":"markdown","value":"x"},"range":\#(rangeJSON)}"#)
        checkCoding(DefinitionRequest(textDocument: document, position: position), json: "{\(positionJSON)}")
        checkCoding(ReferencesRequest(textDocument: document, position: position, context: ReferenceContext(includeDeclaration: true)),
                    json: #"{\#(positionJSON),"context":{"includeDeclaration":true}}"#)
        checkCoding(PrepareRenameRequest(textDocument: document, position: position), json: "{\(positionJSON)}")
        checkCoding(PrepareRenameResult(range: range, placeholder: "leraar"), json: #"{"range":\#(rangeJSON),"placeholder":"leraar"}"#)
        checkCoding(RenameRequest(textDocument: document, position: position, newName: "docent"), json: #"{\#(positionJSON),"newName":"docent"}"#)
        checkCoding(DocumentSymbolRequest(textDocument: document), json: #"{"textDocument":\#(documentJSON)}"#)
        checkCoding(DocumentSymbol(name: "p", detail: "proces", kind: .class, range: range, selectionRange: range,
                                   children: [DocumentSymbol(name: "s", kind: .method, range: range, selectionRange: range)]),
                    json: #"""
                    {"name":"p","detail":"proces","kind":5,"range":\#(rangeJSON),"selectionRange":\#(rangeJSON),
                     "children":[{"name":"s","kind":6,"range":\#(rangeJSON),"selectionRange":\#(rangeJSON)}]}
                    """#)
        checkCoding(WorkspaceSymbolRequest(query: "ler"), json: #"{"query":"ler"}"#)
        checkCoding(SymbolInformation(name: "leraar", kind: .variable, location: Location(uri: "file:///a.vsm", range: range), containerName: "p"),
                    json: #"{"name":"leraar","kind":13,"location":{"uri":"file:///a.vsm","range":\#(rangeJSON)},"containerName":"p"}"#)
    }

    @Test func editing() {
        let position = Position(line: 0, codeUnitColumn: 1)
        checkCoding(CompletionRequest(textDocument: document, position: position, context: CompletionContext(triggerKind: 2, triggerCharacter: ":")),
                    json: #"{"textDocument":\#(documentJSON),"position":{"line":0,"character":1},"context":{"triggerKind":2,"triggerCharacter":":"}}"#)
        checkCoding(CompletionList(isIncomplete: false, items: [CompletionItem(label: "stap", kind: .keyword, detail: "een stap",
                                                                              documentation: MarkupContent(kind: .plainText, value: "d"),
                                                                              insertText: "stap $1", insertTextFormat: .snippet)]),
                    json: #"{"isIncomplete":false,"items":[{"label":"stap","kind":14,"detail":"een stap","documentation":{"kind":"plaintext","value":"d"},"insertText":"stap $1","insertTextFormat":2}]}"#)
        let diagnostic = Diagnostic(range: range, code: "V302", message: "m")
        checkCoding(CodeActionRequest(textDocument: document, range: range, context: CodeActionContext(diagnostics: [diagnostic], only: [.quickFix])),
                    json: #"{"textDocument":\#(documentJSON),"range":\#(rangeJSON),"context":{"diagnostics":[{"range":\#(rangeJSON),"code":"V302","message":"m"}],"only":["quickfix"]}}"#)
        checkCoding(CodeAction(title: "Voeg eigenaar toe", kind: .quickFix, diagnostics: [diagnostic], isPreferred: true,
                               edit: WorkspaceEdit(changes: [document.uri: [TextEdit(range: range, newText: "x")]])),
                    json: #"{"title":"Voeg eigenaar toe","kind":"quickfix","diagnostics":[{"range":\#(rangeJSON),"code":"V302","message":"m"}],"isPreferred":true,"edit":{"changes":{"file:///a/b.vsm":[{"range":\#(rangeJSON),"newText":"x"}]}}}"#)
        let options = FormattingOptions(tabSize: 2, insertSpaces: true, insertFinalNewline: true)
        checkCoding(DocumentFormattingRequest(textDocument: document, options: options),
                    json: #"{"textDocument":\#(documentJSON),"options":{"tabSize":2,"insertSpaces":true,"insertFinalNewline":true}}"#)
        checkCoding(DocumentRangeFormattingRequest(textDocument: document, range: range, options: options),
                    json: #"{"textDocument":\#(documentJSON),"range":\#(rangeJSON),"options":{"tabSize":2,"insertSpaces":true,"insertFinalNewline":true}}"#)
    }

    @Test func presentation() {
        checkCoding(SemanticTokensFullRequest(textDocument: document), json: #"{"textDocument":\#(documentJSON)}"#)
        checkCoding(SemanticTokens(data: [0, 0, 6, 1, 0, 1, 2, 4, 0, 0]), json: #"{"data":[0,0,6,1,0,1,2,4,0,0]}"#)
        checkCoding(FoldingRangeRequest(textDocument: document), json: #"{"textDocument":\#(documentJSON)}"#)
        checkCoding(FoldingRange(startLine: 2, endLine: 9, kind: .comment), json: #"{"startLine":2,"endLine":9,"kind":"comment"}"#)
        checkCoding(ExecuteCommandRequest(command: "stroom.exportDot", arguments: ["file:///a.vsm"]),
                    json: #"{"command":"stroom.exportDot","arguments":["file:///a.vsm"]}"#)
    }

    @Test func everyKnownMethodIsListedOnce() {
        let requests = (KnownMethods.clientRequests + KnownMethods.serverRequests).map { $0.method }
        let notifications = (KnownMethods.clientNotifications + KnownMethods.serverNotifications).map { $0.method }
        #expect(Set(requests).count == requests.count)
        #expect(Set(notifications).count == notifications.count)
        #expect(requests.contains("textDocument/semanticTokens/full"))
        #expect(notifications.contains("$/cancelRequest"))
    }
}
