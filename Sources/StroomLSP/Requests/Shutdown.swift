/// `shutdown`: the client is about to send `exit`. Answered with `null`; requests after it are
/// refused.
public struct ShutdownRequest: LSPRequest {
    public static let method = "shutdown"
    public static var hasParams: Bool { false }
    public typealias Response = VoidResponse

    public init() {}
}
