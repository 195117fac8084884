/// An error object of JSON-RPC 2.0: a code, a message for people, and optional data.
public struct JSONRPCError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Int
    public var message: String
    public var data: RawJSON?

    public init(code: Int, message: String, data: RawJSON? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public var description: String { "\(code): \(message)" }

    // MARK: - Codes (JSON-RPC 2.0 and LSP 3.17)

    /// The bytes were not JSON.
    public static let parseErrorCode = -32700
    /// The JSON was not a valid request object.
    public static let invalidRequestCode = -32600
    public static let methodNotFoundCode = -32601
    public static let invalidParamsCode = -32602
    public static let internalErrorCode = -32603
    /// LSP: a request came before `initialize`.
    public static let serverNotInitializedCode = -32002
    /// LSP: the client cancelled the request.
    public static let requestCancelledCode = -32800
    /// LSP: the server gave up a request because its input changed.
    public static let requestFailedCode = -32803

    public static func parseError(_ detail: String) -> JSONRPCError {
        JSONRPCError(code: parseErrorCode, message: "Parse error: \(detail)")
    }

    public static func invalidRequest(_ detail: String) -> JSONRPCError {
        JSONRPCError(code: invalidRequestCode, message: "Invalid request: \(detail)")
    }

    public static func methodNotFound(_ method: String) -> JSONRPCError {
        JSONRPCError(code: methodNotFoundCode, message: "Method not found: \(method)")
    }

    public static func invalidParams(_ detail: String) -> JSONRPCError {
        JSONRPCError(code: invalidParamsCode, message: "Invalid params: \(detail)")
    }

    public static func internalError(_ detail: String) -> JSONRPCError {
        JSONRPCError(code: internalErrorCode, message: "Internal error: \(detail)")
    }

    public static let serverNotInitialized = JSONRPCError(code: serverNotInitializedCode, message: "The server is not initialized yet: send initialize first")
    public static let requestCancelled = JSONRPCError(code: requestCancelledCode, message: "Request cancelled")

    public static func requestFailed(_ detail: String) -> JSONRPCError {
        JSONRPCError(code: requestFailedCode, message: "Request failed: \(detail)")
    }
}

/// A message that could not be decoded, with the id when it could still be read, so that the
/// transport can answer with an error instead of leaving the client waiting.
public struct MessageDecodingError: Error, Hashable, Sendable {
    /// The id of the request, when it could be read; nil for notifications and unreadable ids.
    public let id: RequestID?
    /// Whether the message was recognisably a notification (no id, but a method): those are
    /// never answered.
    public let isNotification: Bool
    public let error: JSONRPCError

    public init(id: RequestID?, isNotification: Bool = false, error: JSONRPCError) {
        self.id = id
        self.isNotification = isNotification
        self.error = error
    }

    /// The error response to send, or nil for a notification.
    public var reply: JSONRPCMessage? {
        isNotification ? nil : .errorResponse(id: id, error: error)
    }
}
