import StroomModel

/// What the process tells the server (the client tells it the rest in `initialize`).
public struct ServerOptions: Sendable {
    /// Sent as `serverInfo.version`.
    public var serverVersion: String
    /// The date the date checks count from; nil reads the clock at each analysis.
    public var today: DayDate?

    public init(serverVersion: String = "0.0.0", today: DayDate? = nil) {
        self.serverVersion = serverVersion
        self.today = today
    }
}
