/// `textDocument/publishDiagnostics`: every diagnostic of one document, replacing the last set.
public struct PublishDiagnosticsNotification: LSPNotification {
    public static let method = "textDocument/publishDiagnostics"

    public var uri: DocumentURI
    /// The version of the document the diagnostics belong to (absent for files not open).
    public var version: Int?
    public var diagnostics: [Diagnostic]

    public init(uri: DocumentURI, version: Int? = nil, diagnostics: [Diagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }
}

/// 1 error, 2 warning, 3 info, 4 log, 5 debug.
public struct MessageType: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let error = MessageType(rawValue: 1)
    public static let warning = MessageType(rawValue: 2)
    public static let info = MessageType(rawValue: 3)
    public static let log = MessageType(rawValue: 4)
    public static let debug = MessageType(rawValue: 5)
}

/// `window/logMessage`: a line for the client's log of this server.
public struct LogMessageNotification: LSPNotification {
    public static let method = "window/logMessage"

    public var type: MessageType
    public var message: String

    public init(type: MessageType, message: String) {
        self.type = type
        self.message = message
    }
}

/// `window/showMessage`: a message the client shows to the user.
public struct ShowMessageNotification: LSPNotification {
    public static let method = "window/showMessage"

    public var type: MessageType
    public var message: String

    public init(type: MessageType, message: String) {
        self.type = type
        self.message = message
    }
}
