import StroomLSP
import Testing

@Suite struct TypesCodingTests {
    @Test func positionsUseTheSpecKeyCharacter() {
        checkCoding(Position(line: 3, codeUnitColumn: 7), json: #"{"line":3,"character":7}"#)
        checkCoding(range, json: rangeJSON)
        checkCoding(Location(uri: "file:///x.vsm", range: range), json: #"{"uri":"file:///x.vsm","range":\#(rangeJSON)}"#)
        checkCoding(LocationLink(targetUri: "file:///x.vsm", targetRange: range, targetSelectionRange: range),
                    json: #"{"targetUri":"file:///x.vsm","targetRange":\#(rangeJSON),"targetSelectionRange":\#(rangeJSON)}"#)
        #expect(Position(line: 0, codeUnitColumn: 9) < Position(line: 1, codeUnitColumn: 0))
    }

    @Test func documents() {
        checkCoding(document, json: documentJSON)
        checkCoding(VersionedTextDocumentIdentifier(uri: "untitled:1", version: 4), json: #"{"uri":"untitled:1","version":4}"#)
        checkCoding(TextDocumentItem(uri: "file:///p.vsm", languageId: "stroom-vsm", version: 1, text: "proces p \"ë\" {}\n"),
                    json: #"{"uri":"file:///p.vsm","languageId":"stroom-vsm","version":1,"text":"proces p \"ë\" {}\n"}"#)
        checkCoding(TextDocumentContentChangeEvent(range: range, text: "x"), json: #"{"range":\#(rangeJSON),"text":"x"}"#)
        checkCoding(TextDocumentContentChangeEvent(text: "whole"), json: #"{"text":"whole"}"#)
        checkCoding(TextDocumentSyncKind.incremental, json: "2")
        checkCoding(WorkspaceFolder(uri: "file:///w", name: "w"), json: #"{"uri":"file:///w","name":"w"}"#)
        checkCoding(PositionEncodingKind.utf8, json: #""utf-8""#)
    }

    @Test func edits() {
        let edit = TextEdit(range: range, newText: "nieuw")
        let editJSON = #"{"range":\#(rangeJSON),"newText":"nieuw"}"#
        checkCoding(edit, json: editJSON)
        checkCoding(WorkspaceEdit(changes: ["file:///a.vsm": [edit]]), json: #"{"changes":{"file:///a.vsm":[\#(editJSON)]}}"#)
        checkCoding(WorkspaceEdit(documentChanges: [TextDocumentEdit(textDocument: .init(uri: "file:///a.vsm", version: nil), edits: [edit])]),
                    json: #"{"documentChanges":[{"textDocument":{"uri":"file:///a.vsm","version":null},"edits":[\#(editJSON)]}]}"#)
        checkCoding(Command(title: "Export", command: "stroom.exportDot", arguments: ["file:///a.vsm", 2, true, .null]),
                    json: #"{"title":"Export","command":"stroom.exportDot","arguments":["file:///a.vsm",2,true,null]}"#)
        checkCoding(MarkupContent(kind: .markdown, value: "**stap**"), json: #"{"kind":"markdown","value":"**stap**"}"#)
    }

    @Test func diagnostics() {
        let diagnostic = Diagnostic(
            range: range, severity: .warning, code: "V302", source: "stroom", message: "Actiepunt ‘x’ heeft geen eigenaar.",
            tags: [.unnecessary],
            relatedInformation: [DiagnosticRelatedInformation(location: Location(uri: "file:///b.vsm", range: range), message: "de eerste")])
        checkCoding(diagnostic, json: #"""
            {"range":\#(rangeJSON),"severity":2,"code":"V302","source":"stroom","message":"Actiepunt ‘x’ heeft geen eigenaar.",
             "tags":[1],"relatedInformation":[{"location":{"uri":"file:///b.vsm","range":\#(rangeJSON)},"message":"de eerste"}]}
            """#)
        checkCoding(Diagnostic(range: range, message: "m", data: ["fix": 0]), json: #"{"range":\#(rangeJSON),"message":"m","data":{"fix":0}}"#)
        checkCoding(CodeDescription(href: "https://example.org/V302"), json: #"{"href":"https://example.org/V302"}"#)
    }

    @Test func aNumericCodeFromAnotherServerStillDecodes() throws {
        let diagnostic = try decode(Diagnostic.self, #"{"range":\#(rangeJSON),"code":42,"message":"m"}"#)
        #expect(diagnostic.code == "42")
    }

    @Test func anyJSON() throws {
        checkCoding(LSPAny.object(["a": [1, .double(2.5), "x", false, .null], "b": [:]]), json: #"{"a":[1,2.5,"x",false,null],"b":{}}"#)
        checkCoding(IntegerOrString.integer(4), json: "4")
        checkCoding(IntegerOrString.string("id-4"), json: #""id-4""#)
        let any = try decode(LSPAny.self, #"{"language":"nl","n":3}"#)
        #expect(any["language"]?.stringValue == "nl")
        #expect(any["n"] == .integer(3))
        #expect(any["missing"] == nil)
    }
}
