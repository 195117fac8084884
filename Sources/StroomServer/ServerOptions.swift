import StroomModel

/// What the process tells the server (the client tells it the rest in `initialize`).
public struct ServerOptions: Sendable {
    /// Sent as `serverInfo.version`.
    public var serverVersion: String
    /// The date the date checks count from; nil reads the clock at each analysis.
    public var today: DayDate?
    /// The process's environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), for the language when
    /// neither the user, the `stroom.json` nor the client's locale says it.
    public var environment: [String: String]
    /// The system's preferred languages (`Locale.preferredLanguages`), the last word on it.
    public var systemLanguages: [String]

    public init(serverVersion: String = "0.0.0", today: DayDate? = nil, environment: [String: String] = [:],
                systemLanguages: [String] = []) {
        self.serverVersion = serverVersion
        self.today = today
        self.environment = environment
        self.systemLanguages = systemLanguages
    }
}
