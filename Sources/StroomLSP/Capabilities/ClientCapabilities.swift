/// What the client can do: the parts of `initialize.params.capabilities` the server reads.
/// Unknown fields are ignored, and a field of an unexpected shape reads as absent.
public struct ClientCapabilities: Codable, Hashable, Sendable {
    public var workspace: WorkspaceClientCapabilities?
    public var textDocument: TextDocumentClientCapabilities?
    public var window: WindowClientCapabilities?
    public var general: GeneralClientCapabilities?

    public init(workspace: WorkspaceClientCapabilities? = nil, textDocument: TextDocumentClientCapabilities? = nil,
                window: WindowClientCapabilities? = nil, general: GeneralClientCapabilities? = nil) {
        self.workspace = workspace
        self.textDocument = textDocument
        self.window = window
        self.general = general
    }

    enum CodingKeys: String, CodingKey { case workspace, textDocument, window, general }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        workspace = container.lenient(WorkspaceClientCapabilities.self, forKey: .workspace)
        textDocument = container.lenient(TextDocumentClientCapabilities.self, forKey: .textDocument)
        window = container.lenient(WindowClientCapabilities.self, forKey: .window)
        general = container.lenient(GeneralClientCapabilities.self, forKey: .general)
    }
}

/// `{ dynamicRegistration?, relativePatternSupport? }`, shared by many capabilities.
public struct DynamicRegistrationCapability: Codable, Hashable, Sendable {
    public var dynamicRegistration: Bool?
    /// For `didChangeWatchedFiles`: whether glob patterns may be relative to a base folder.
    public var relativePatternSupport: Bool?

    public init(dynamicRegistration: Bool? = nil, relativePatternSupport: Bool? = nil) {
        self.dynamicRegistration = dynamicRegistration
        self.relativePatternSupport = relativePatternSupport
    }
}

/// `{ refreshSupport? }`: the server may ask the client to pull again.
public struct RefreshCapability: Codable, Hashable, Sendable {
    public var refreshSupport: Bool?

    public init(refreshSupport: Bool? = nil) {
        self.refreshSupport = refreshSupport
    }
}

public struct WorkspaceClientCapabilities: Codable, Hashable, Sendable {
    public var applyEdit: Bool?
    public var workspaceFolders: Bool?
    public var configuration: Bool?
    public var didChangeWatchedFiles: DynamicRegistrationCapability?
    public var symbol: DynamicRegistrationCapability?
    public var executeCommand: DynamicRegistrationCapability?
    /// `workspace.diagnostics.refreshSupport`: `workspace/diagnostic/refresh` is understood.
    public var diagnostics: RefreshCapability?
    public var semanticTokens: RefreshCapability?

    public init(applyEdit: Bool? = nil, workspaceFolders: Bool? = nil, configuration: Bool? = nil,
                didChangeWatchedFiles: DynamicRegistrationCapability? = nil, symbol: DynamicRegistrationCapability? = nil,
                executeCommand: DynamicRegistrationCapability? = nil, diagnostics: RefreshCapability? = nil,
                semanticTokens: RefreshCapability? = nil) {
        self.applyEdit = applyEdit
        self.workspaceFolders = workspaceFolders
        self.configuration = configuration
        self.didChangeWatchedFiles = didChangeWatchedFiles
        self.symbol = symbol
        self.executeCommand = executeCommand
        self.diagnostics = diagnostics
        self.semanticTokens = semanticTokens
    }

    enum CodingKeys: String, CodingKey {
        case applyEdit, workspaceFolders, configuration, didChangeWatchedFiles, symbol, executeCommand, diagnostics, semanticTokens
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        applyEdit = container.lenient(Bool.self, forKey: .applyEdit)
        workspaceFolders = container.lenient(Bool.self, forKey: .workspaceFolders)
        configuration = container.lenient(Bool.self, forKey: .configuration)
        didChangeWatchedFiles = container.lenient(DynamicRegistrationCapability.self, forKey: .didChangeWatchedFiles)
        symbol = container.lenient(DynamicRegistrationCapability.self, forKey: .symbol)
        executeCommand = container.lenient(DynamicRegistrationCapability.self, forKey: .executeCommand)
        diagnostics = container.lenient(RefreshCapability.self, forKey: .diagnostics)
        semanticTokens = container.lenient(RefreshCapability.self, forKey: .semanticTokens)
    }
}

public struct WindowClientCapabilities: Codable, Hashable, Sendable {
    public var workDoneProgress: Bool?

    public init(workDoneProgress: Bool? = nil) {
        self.workDoneProgress = workDoneProgress
    }
}

public struct GeneralClientCapabilities: Codable, Hashable, Sendable {
    /// The encodings the client can take, most preferred first. Absent means `utf-16` only.
    public var positionEncodings: [PositionEncodingKind]?

    public init(positionEncodings: [PositionEncodingKind]? = nil) {
        self.positionEncodings = positionEncodings
    }

    enum CodingKeys: String, CodingKey { case positionEncodings }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        positionEncodings = container.lenient([PositionEncodingKind].self, forKey: .positionEncodings)
    }
}
