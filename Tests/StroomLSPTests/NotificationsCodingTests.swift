import StroomLSP
import Testing

@Suite struct NotificationsCodingTests {
    @Test func lifecycle() {
        checkCoding(InitializedNotification(), json: "{}")
        checkCoding(ExitNotification(), json: "{}")
        #expect(!ExitNotification.hasParams)
        checkCoding(CancelRequestNotification(id: .integer(3)), json: #"{"id":3}"#)
        checkCoding(CancelRequestNotification(id: .string("a")), json: #"{"id":"a"}"#)
    }

    @Test func documentSync() {
        checkCoding(DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: "file:///a.vsm", languageId: "vsm", version: 0, text: "")),
                    json: #"{"textDocument":{"uri":"file:///a.vsm","languageId":"vsm","version":0,"text":""}}"#)
        checkCoding(DidChangeTextDocumentNotification(textDocument: VersionedTextDocumentIdentifier(uri: "file:///a.vsm", version: 2),
                                                      contentChanges: [TextDocumentContentChangeEvent(range: range, rangeLength: 3, text: "😀"),
                                                                       TextDocumentContentChangeEvent(text: "all")]),
                    json: #"{"textDocument":{"uri":"file:///a.vsm","version":2},"contentChanges":[{"range":\#(rangeJSON),"rangeLength":3,"text":"😀"},{"text":"all"}]}"#)
        checkCoding(DidCloseTextDocumentNotification(textDocument: document), json: #"{"textDocument":\#(documentJSON)}"#)
        checkCoding(DidSaveTextDocumentNotification(textDocument: document), json: #"{"textDocument":\#(documentJSON)}"#)
    }

    @Test func workspace() {
        checkCoding(DidChangeWatchedFilesNotification(changes: [FileEvent(uri: "file:///a.vsm", type: .created), FileEvent(uri: "file:///b.vsm", type: .deleted)]),
                    json: #"{"changes":[{"uri":"file:///a.vsm","type":1},{"uri":"file:///b.vsm","type":3}]}"#)
        checkCoding(DidChangeWorkspaceFoldersNotification(event: WorkspaceFoldersChangeEvent(added: [WorkspaceFolder(uri: "file:///n", name: "n")], removed: [])),
                    json: #"{"event":{"added":[{"uri":"file:///n","name":"n"}],"removed":[]}}"#)
        checkCoding(DidChangeConfigurationNotification(settings: ["stroom": ["language": "nl"]]), json: #"{"settings":{"stroom":{"language":"nl"}}}"#)
    }

    @Test func window() {
        checkCoding(PublishDiagnosticsNotification(uri: "file:///a.vsm", version: 5, diagnostics: [Diagnostic(range: range, severity: .error, message: "m")]),
                    json: #"{"uri":"file:///a.vsm","version":5,"diagnostics":[{"range":\#(rangeJSON),"severity":1,"message":"m"}]}"#)
        checkCoding(PublishDiagnosticsNotification(uri: "file:///a.vsm", diagnostics: []), json: #"{"uri":"file:///a.vsm","diagnostics":[]}"#)
        checkCoding(LogMessageNotification(type: .warning, message: "clamped"), json: #"{"type":2,"message":"clamped"}"#)
        checkCoding(ShowMessageNotification(type: .error, message: "x"), json: #"{"type":1,"message":"x"}"#)
    }
}
