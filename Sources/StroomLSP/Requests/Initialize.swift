/// `initialize`: the first request. The client says what it can do; the server answers with
/// what it offers.
public struct InitializeRequest: LSPRequest {
    public static let method = "initialize"
    public typealias Response = InitializeResult

    public var processId: Int?
    public var clientInfo: ClientInfo?
    /// The client's UI language (`nl`, `en-US` …).
    public var locale: String?
    public var rootPath: String?
    public var rootUri: DocumentURI?
    public var initializationOptions: LSPAny?
    public var capabilities: ClientCapabilities
    public var trace: String?
    public var workspaceFolders: [WorkspaceFolder]?

    public init(processId: Int? = nil, clientInfo: ClientInfo? = nil, locale: String? = nil, rootPath: String? = nil,
                rootUri: DocumentURI? = nil, initializationOptions: LSPAny? = nil, capabilities: ClientCapabilities = ClientCapabilities(),
                trace: String? = nil, workspaceFolders: [WorkspaceFolder]? = nil) {
        self.processId = processId
        self.clientInfo = clientInfo
        self.locale = locale
        self.rootPath = rootPath
        self.rootUri = rootUri
        self.initializationOptions = initializationOptions
        self.capabilities = capabilities
        self.trace = trace
        self.workspaceFolders = workspaceFolders
    }

    enum CodingKeys: String, CodingKey {
        case processId, clientInfo, locale, rootPath, rootUri, initializationOptions, capabilities, trace, workspaceFolders
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // `processId` and `rootUri` are required, with null for "none".
        try container.encode(processId, forKey: .processId)
        try container.encodeIfPresent(clientInfo, forKey: .clientInfo)
        try container.encodeIfPresent(locale, forKey: .locale)
        try container.encodeIfPresent(rootPath, forKey: .rootPath)
        try container.encode(rootUri, forKey: .rootUri)
        try container.encodeIfPresent(initializationOptions, forKey: .initializationOptions)
        try container.encode(capabilities, forKey: .capabilities)
        try container.encodeIfPresent(trace, forKey: .trace)
        try container.encodeIfPresent(workspaceFolders, forKey: .workspaceFolders)
    }
}

/// The name and version of a client or server.
public struct ClientInfo: Codable, Hashable, Sendable {
    public var name: String
    public var version: String?

    public init(name: String, version: String? = nil) {
        self.name = name
        self.version = version
    }
}

/// The answer to `initialize`.
public struct InitializeResult: Codable, Hashable, Sendable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ClientInfo?

    public init(capabilities: ServerCapabilities, serverInfo: ClientInfo? = nil) {
        self.capabilities = capabilities
        self.serverInfo = serverInfo
    }
}
