import StroomJSONRPC
import StroomLSP

/// The rows of ``HostileClientTests``: what a hostile client sends and what must come back.
extension HostileClientTests {
    static let parse = JSONRPCError.parseErrorCode
    static let invalidRequest = JSONRPCError.invalidRequestCode
    static let methodNotFound = JSONRPCError.methodNotFoundCode
    static let invalidParams = JSONRPCError.invalidParamsCode

    static func hover(_ params: String) -> String { #"{"jsonrpc":"2.0","id":ID,"method":"textDocument/hover","params":\#(params)}"# }
    static func request(_ method: String, _ params: String) -> String { #"{"jsonrpc":"2.0","id":ID,"method":"\#(method)","params":\#(params)}"# }
    static func notification(_ method: String, _ params: String) -> String { #"{"jsonrpc":"2.0","method":"\#(method)","params":\#(params)}"# }
    static let document = #"{"uri":"URI"}"#

    static let cases: [Case] = [
        // The message itself.
        Case(name: "malformed JSON", body: "{not json at all", answer: .errorWithoutID(parse)),
        Case(name: "JSON cut off after the id", body: #"{"jsonrpc":"2.0","id":ID,"method":"textDocument/hover","params":{"#, answer: .error(parse)),
        Case(name: "empty body", body: "", answer: .errorWithoutID(parse)),
        Case(name: "a batch array of requests", body: "[" + hover(#"{"textDocument":\#(document),"position":{"line":0,"character":0}}"#) + "]",
             answer: .errorWithoutID(invalidRequest)),
        Case(name: "an empty batch", body: "[]", answer: .errorWithoutID(invalidRequest)),
        Case(name: "a bare string", body: #""hello""#, answer: .errorWithoutID(invalidRequest)),
        Case(name: "a bare number", body: "42", answer: .errorWithoutID(invalidRequest)),
        Case(name: "null", body: "null", answer: .errorWithoutID(invalidRequest)),
        Case(name: "no method and no result", body: #"{"jsonrpc":"2.0","id":ID}"#, answer: .error(invalidRequest)),
        Case(name: "method is a number", body: #"{"jsonrpc":"2.0","id":ID,"method":5}"#, answer: .error(invalidRequest)),
        Case(name: "unknown method", body: request("textDocument/noSuchThing", "{}"), answer: .error(methodNotFound)),
        Case(name: "unknown $/ request", body: request("$/noSuchThing", "{}"), answer: .error(methodNotFound)),
        Case(name: "unknown notification", body: notification("custom/whatever", "{}"), answer: .ignored),
        Case(name: "unknown $/ notification", body: notification("$/whatever", "[1,2]"), answer: .ignored),
        // Ids.
        Case(name: "a string id", body: #"{"jsonrpc":"2.0","id":"vraag-1","method":"textDocument/documentSymbol","params":{"textDocument":\#(document)}}"#,
             answer: .resultFor(.string("vraag-1"))),
        Case(name: "a negative id", body: #"{"jsonrpc":"2.0","id":-7,"method":"textDocument/documentSymbol","params":{"textDocument":\#(document)}}"#,
             answer: .resultFor(.number(-7))),
        Case(name: "an id that is an object", body: #"{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}"#, answer: .errorWithoutID(invalidRequest)),
        Case(name: "an id with a fraction", body: #"{"jsonrpc":"2.0","id":1.5,"method":"shutdown"}"#, answer: .errorWithoutID(invalidRequest)),
        Case(name: "a huge id", body: #"{"jsonrpc":"2.0","id":123456789012345678901234567890,"method":"shutdown"}"#, answer: .errorWithoutID(invalidRequest)),
        Case(name: "a null id", body: #"{"jsonrpc":"2.0","id":null,"method":"shutdown"}"#, answer: .errorWithoutID(invalidRequest)),
        Case(name: "the same id twice", body: request("textDocument/documentSymbol", #"{"textDocument":\#(document)}"#)
             + "\u{0}" + request("textDocument/documentSymbol", #"{"textDocument":\#(document)}"#), answer: .result),
        Case(name: "a response to a request never sent", body: #"{"jsonrpc":"2.0","id":987654,"result":null}"#, answer: .ignored),
        Case(name: "an error response to a request never sent", body: #"{"jsonrpc":"2.0","id":987655,"error":{"code":-1,"message":"x"}}"#, answer: .ignored),
        // Params of requests: missing, and every field of the wrong type.
        Case(name: "hover without params", body: #"{"jsonrpc":"2.0","id":ID,"method":"textDocument/hover"}"#, answer: .error(invalidParams)),
        Case(name: "hover with null params", body: hover("null"), answer: .error(invalidParams)),
        Case(name: "hover with array params", body: hover("[]"), answer: .error(invalidParams)),
        Case(name: "hover without textDocument", body: hover(#"{"position":{"line":0,"character":0}}"#), answer: .error(invalidParams)),
        Case(name: "hover with a number for the uri", body: hover(#"{"textDocument":{"uri":7},"position":{"line":0,"character":0}}"#), answer: .error(invalidParams)),
        Case(name: "hover without position", body: hover(#"{"textDocument":\#(document)}"#), answer: .error(invalidParams)),
        Case(name: "hover with a string line", body: hover(#"{"textDocument":\#(document),"position":{"line":"1","character":0}}"#), answer: .error(invalidParams)),
        Case(name: "hover with a null character", body: hover(#"{"textDocument":\#(document),"position":{"line":1,"character":null}}"#), answer: .error(invalidParams)),
        Case(name: "hover with a fractional line", body: hover(#"{"textDocument":\#(document),"position":{"line":1.5,"character":0}}"#), answer: .error(invalidParams)),
        // Positions outside the text, negative ones too, are clamped to it (LineTable+Columns).
        Case(name: "hover with a negative line", body: hover(#"{"textDocument":\#(document),"position":{"line":-1,"character":-5}}"#), answer: .result),
        Case(name: "hover with a huge line", body: hover(#"{"textDocument":\#(document),"position":{"line":2147483647,"character":0}}"#), answer: .result),
        Case(name: "hover with a huge character", body: hover(#"{"textDocument":\#(document),"position":{"line":2,"character":4294967295}}"#), answer: .result),
        Case(name: "hover with a line beyond 64 bits", body: hover(#"{"textDocument":\#(document),"position":{"line":1e300,"character":0}}"#), answer: .error(invalidParams)),
        // A document that is neither open nor in a workspace folder is not the server's: InvalidParams.
        Case(name: "hover on a document that is not open", body: hover(#"{"textDocument":{"uri":"file:///nergens/weg.vsm"},"position":{"line":0,"character":0}}"#), answer: .error(invalidParams)),
        Case(name: "hover with an invalid uri", body: hover(#"{"textDocument":{"uri":"::: geen uri %%%"},"position":{"line":0,"character":0}}"#), answer: .error(invalidParams)),
        Case(name: "hover on an http uri", body: hover(#"{"textDocument":{"uri":"http://example.com/x.vsm"},"position":{"line":0,"character":0}}"#), answer: .error(invalidParams)),
        Case(name: "documentSymbol with a string textDocument", body: request("textDocument/documentSymbol", #"{"textDocument":"URI"}"#), answer: .error(invalidParams)),
        // JSON-RPC 2.0: params must be an object or an array, else the request itself is invalid.
        Case(name: "definition with string params", body: request("textDocument/definition", #""URI""#), answer: .error(invalidRequest)),
        Case(name: "completion with a word for the trigger kind", body: request("textDocument/completion",
             #"{"textDocument":\#(document),"position":{"line":0,"character":0},"context":{"triggerKind":"x"}}"#), answer: .error(invalidParams)),
        Case(name: "formatting without options", body: request("textDocument/formatting", #"{"textDocument":\#(document)}"#), answer: .error(invalidParams)),
        Case(name: "formatting with a string tab size", body: request("textDocument/formatting",
             #"{"textDocument":\#(document),"options":{"tabSize":"2","insertSpaces":true}}"#), answer: .error(invalidParams)),
        Case(name: "rename with a number for the new name", body: request("textDocument/rename",
             #"{"textDocument":\#(document),"position":{"line":2,"character":20},"newName":5}"#), answer: .error(invalidParams)),
        Case(name: "references without context", body: request("textDocument/references",
             #"{"textDocument":\#(document),"position":{"line":2,"character":20}}"#), answer: .error(invalidParams)),
        Case(name: "workspace/symbol with a number query", body: request("workspace/symbol", #"{"query":5}"#), answer: .error(invalidParams)),
        Case(name: "codeAction with diagnostics not an array", body: request("textDocument/codeAction",
             #"{"textDocument":\#(document),"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"context":{"diagnostics":"geen"}}"#),
             answer: .error(invalidParams)),
        Case(name: "codeAction without range", body: request("textDocument/codeAction", #"{"textDocument":\#(document),"context":{"diagnostics":[]}}"#),
             answer: .error(invalidParams)),
        Case(name: "semantic tokens with a null textDocument", body: request("textDocument/semanticTokens/full", #"{"textDocument":null}"#),
             answer: .error(invalidParams)),
        Case(name: "foldingRange with empty params", body: request("textDocument/foldingRange", "{}"), answer: .error(invalidParams)),
        Case(name: "prepareRename with an array for the position", body: request("textDocument/prepareRename",
             #"{"textDocument":\#(document),"position":[2,20]}"#), answer: .error(invalidParams)),
        Case(name: "pull diagnostics with a boolean uri", body: request("textDocument/diagnostic", #"{"textDocument":{"uri":true}}"#),
             answer: .error(invalidParams)),
        // Notifications with bad content: ignored, the text stays as it was.
        Case(name: "didChange for a document that is not open", body: notification("textDocument/didChange",
             #"{"textDocument":{"uri":"file:///nergens/weg.vsm","version":2},"contentChanges":[{"text":"kapot"}]}"#), answer: .ignored),
        // The editor's text is the truth: a change with a lower version is applied (and logged).
        Case(name: "didChange with a version going backwards", body: notification("textDocument/didChange",
             ##"{"textDocument":{"uri":"URI","version":0},"contentChanges":[{"range":{"start":{"line":4,"character":0},"end":{"line":4,"character":0}},"text":"# terug\n"}]}"##),
             answer: .ignored),
        Case(name: "didChange with contentChanges not an array", body: notification("textDocument/didChange",
             #"{"textDocument":{"uri":"URI","version":2},"contentChanges":{"text":"kapot"}}"#), answer: .ignored),
        Case(name: "didChange with overlapping edits at the end", body: notification("textDocument/didChange",
             ##"{"textDocument":{"uri":"URI","version":2},"contentChanges":[{"range":{"start":{"line":4,"character":0},"end":{"line":4,"character":0}},"text":"# een\n# twee\n"},{"range":{"start":{"line":4,"character":2},"end":{"line":5,"character":3}},"text":"x"}]}"##),
             answer: .ignored),
        Case(name: "didChange with a range past the end", body: notification("textDocument/didChange",
             ##"{"textDocument":{"uri":"URI","version":2},"contentChanges":[{"range":{"start":{"line":400,"character":0},"end":{"line":900,"character":9}},"text":"# eind\n"}]}"##),
             answer: .ignored),
        Case(name: "didChange with a start after its end", body: notification("textDocument/didChange",
             #"{"textDocument":{"uri":"URI","version":2},"contentChanges":[{"range":{"start":{"line":4,"character":0},"end":{"line":3,"character":1}},"text":""}]}"#),
             answer: .ignored),
        Case(name: "didClose of a document that is not open", body: notification("textDocument/didClose", #"{"textDocument":{"uri":"file:///nergens/weg.vsm"}}"#), answer: .ignored),
        Case(name: "didOpen with a number for the text", body: notification("textDocument/didOpen",
             #"{"textDocument":{"uri":"file:///nergens/ander.vsm","languageId":"vsm","version":1,"text":7}}"#), answer: .ignored),
        Case(name: "cancel of an unknown id", body: notification("$/cancelRequest", #"{"id":424242}"#), answer: .ignored),
        Case(name: "cancel with an object for the id", body: notification("$/cancelRequest", #"{"id":{"x":1}}"#), answer: .ignored),
        Case(name: "cancel without params", body: #"{"jsonrpc":"2.0","method":"$/cancelRequest"}"#, answer: .ignored),
        Case(name: "initialized with array params", body: notification("initialized", "[]"), answer: .ignored),
        // The lifecycle.
        Case(name: "a request before initialize", phase: .beforeInitialize, body: request("textDocument/documentSymbol", #"{"textDocument":\#(document)}"#),
             answer: .error(JSONRPCError.serverNotInitializedCode)),
        Case(name: "a notification before initialize", phase: .beforeInitialize, body: notification("textDocument/didOpen",
             #"{"textDocument":{"uri":"URI","languageId":"vsm","version":1,"text":"kapot"}}"#), answer: .ignored),
        Case(name: "initialize twice", body: request("initialize", #"{"processId":null,"rootUri":null,"capabilities":{}}"#), answer: .error(invalidRequest)),
        Case(name: "a request after shutdown", phase: .afterShutdown, body: request("textDocument/documentSymbol", #"{"textDocument":\#(document)}"#),
             answer: .error(invalidRequest)),
        Case(name: "a notification after shutdown", phase: .afterShutdown, body: notification("textDocument/didChange",
             #"{"textDocument":{"uri":"URI","version":9},"contentChanges":[{"text":"kapot"}]}"#), answer: .ignored),
    ]
}
