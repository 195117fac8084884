import StroomJSONRPC
import Testing

/// The JSON-RPC 2.0 envelope: decoding, the errors a broken message gets (with its id when it
/// can be read), and encoding back.
@Suite struct JSONRPCMessageTests {
    static func decode(_ text: String) -> Result<JSONRPCMessage, MessageDecodingError> {
        JSONRPCMessage.decode(Array(text.utf8))
    }

    @Test func request() throws {
        let message = try Self.decode(#"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"a":[1,{"b":null}]}}"#).get()
        #expect(message == .request(id: .number(7), method: "textDocument/hover", params: RawJSON(#"{"a":[1,{"b":null}]}"#)))
    }

    @Test func stringIDAndEscapedMethod() throws {
        let message = try Self.decode(#"{"method":"a\/b\u00EB\ud83d\ude00","id":"x-1","jsonrpc":"2.0"}"#).get()
        #expect(message == .request(id: .string("x-1"), method: "a/bë😀", params: nil))
    }

    @Test func notificationAndResponses() throws {
        #expect(try Self.decode(#"{"jsonrpc":"2.0","method":"exit"}"#).get() == .notification(method: "exit", params: nil))
        #expect(try Self.decode(#"{"jsonrpc":"2.0","id":1,"result":null}"#).get() == .response(id: .number(1), result: .null))
        let error = try Self.decode(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad","data":{"x":1}}}"#).get()
        #expect(error == .errorResponse(id: nil, error: JSONRPCError(code: -32700, message: "bad", data: RawJSON(#"{"x":1}"#))))
    }

    @Test func malformedJSONIsAParseErrorWithoutID() {
        for text in ["", "{", #"{"jsonrpc":"2.0","method":"x""#, "{'a':1}", #"{"a":01}"#, "[1,]", #"{"a":"\x"}"#, "nul", "{} {}"] {
            guard case .failure(let failure) = Self.decode(text) else {
                Issue.record("‘\(text)’ decoded")
                continue
            }
            #expect(failure.error.code == JSONRPCError.parseErrorCode, "‘\(text)’")
            #expect(failure.id == nil)
            #expect(failure.reply == .errorResponse(id: nil, error: failure.error))
        }
    }

    @Test func malformedJSONAfterTheIDStillNamesTheID() {
        guard case .failure(let failure) = Self.decode(#"{"jsonrpc":"2.0","id":42,"method":"x","params":{"a":}"#) else {
            Issue.record("decoded")
            return
        }
        #expect(failure.error.code == JSONRPCError.parseErrorCode)
        #expect(failure.id == .number(42))
    }

    @Test func invalidRequests() {
        let cases: [(String, RequestID?, Bool)] = [
            (#"{"id":1,"method":"x"}"#, .number(1), false),
            (#"{"jsonrpc":"1.0","id":"a","method":"x"}"#, .string("a"), false),
            (#"{"jsonrpc":"2.0","id":1,"method":5}"#, .number(1), false),
            (#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#, nil, false),
            (#"{"jsonrpc":"2.0","id":2,"method":"x","params":"text"}"#, .number(2), false),
            (#"{"jsonrpc":"2.0","method":"x","params":3}"#, nil, true),
            (#"{"jsonrpc":"2.0","id":3}"#, .number(3), false),
            (#"[{"jsonrpc":"2.0","method":"x"}]"#, nil, false),
            ("17", nil, false),
        ]
        for (text, id, isNotification) in cases {
            guard case .failure(let failure) = Self.decode(text) else {
                Issue.record("‘\(text)’ decoded")
                continue
            }
            #expect(failure.error.code == JSONRPCError.invalidRequestCode, "‘\(text)’")
            #expect(failure.id == id, "‘\(text)’")
            #expect(failure.isNotification == isNotification, "‘\(text)’")
            #expect((failure.reply == nil) == isNotification, "‘\(text)’")
        }
    }

    @Test func encodingRoundTrips() throws {
        let messages: [JSONRPCMessage] = [
            .request(id: .number(1), method: "initialize", params: RawJSON(#"{"processId":null}"#)),
            .request(id: .string("quote\"and\\back\nline"), method: "ë", params: nil),
            .notification(method: "textDocument/didOpen", params: RawJSON("[1,2]")),
            .response(id: .number(-3), result: RawJSON(#"{"ok":"✓"}"#)!),
            .errorResponse(id: nil, error: .parseError("at byte 3")),
            .errorResponse(id: .number(9), error: JSONRPCError(code: -32800, message: "tab\there \u{01}", data: RawJSON("[true]"))),
        ]
        for message in messages {
            let bytes = message.encoded()
            #expect(try JSONRPCMessage.decode(bytes).get() == message, "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(String(decoding: JSONRPCMessage.response(id: .number(1), result: .null).framed(), as: UTF8.self)
                == "Content-Length: 38\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}")
    }

    @Test func rawJSONCoding() throws {
        struct Point: Codable, Equatable { var x: Int; var label: String }
        let raw = try RawJSON(encoding: Point(x: 3, label: "a/b"))
        #expect(raw.text.contains("\"a/b\""))
        #expect(try raw.decode(Point.self) == Point(x: 3, label: "a/b"))
        #expect(RawJSON("{") == nil)
        #expect(RawJSON(#"  {"deep": [[[]]]}  "#) != nil)
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        guard case .failure(let failure) = Self.decode(deep) else {
            Issue.record("decoded")
            return
        }
        #expect(failure.error.code == JSONRPCError.parseErrorCode)
    }
}
