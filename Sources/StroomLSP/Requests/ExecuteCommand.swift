/// `workspace/executeCommand`: runs a command the server announced (`stroom.exportDot`).
public struct ExecuteCommandRequest: LSPRequest {
    public static let method = "workspace/executeCommand"
    public typealias Response = LSPAny?

    public var command: String
    public var arguments: [LSPAny]?

    public init(command: String, arguments: [LSPAny]? = nil) {
        self.command = command
        self.arguments = arguments
    }
}
