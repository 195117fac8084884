/// `initialized`: the client has the `initialize` result; the server may now send requests.
public struct InitializedNotification: LSPNotification {
    public static let method = "initialized"

    public init() {}
}

/// `exit`: stop the process, with exit code 0 after `shutdown` and 1 without.
public struct ExitNotification: LSPNotification {
    public static let method = "exit"
    public static var hasParams: Bool { false }

    public init() {}
}

/// `$/cancelRequest`: the client no longer wants the answer to a request.
public struct CancelRequestNotification: LSPNotification {
    public static let method = "$/cancelRequest"

    public var id: IntegerOrString

    public init(id: IntegerOrString) {
        self.id = id
    }
}
