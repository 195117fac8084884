/// What the server offers, announced in the `initialize` result. Every feature is optional, so
/// that each handler announces its own (see StroomServer's router). The server sends it as the JSON of
/// `ServerCapabilities+FastJSON.swift`: a field added here must be written there too (and set in
/// `FastJSONTests.initializeResultOfEveryShape`).
public struct ServerCapabilities: Codable, Hashable, Sendable {
    public var positionEncoding: PositionEncodingKind?
    public var textDocumentSync: TextDocumentSyncOptions?
    public var diagnosticProvider: DiagnosticOptions?
    public var documentSymbolProvider: Bool?
    public var hoverProvider: Bool?
    public var definitionProvider: Bool?
    public var referencesProvider: Bool?
    public var renameProvider: RenameOptions?
    public var completionProvider: CompletionOptions?
    public var codeActionProvider: CodeActionOptions?
    public var documentFormattingProvider: Bool?
    public var documentRangeFormattingProvider: Bool?
    public var semanticTokensProvider: SemanticTokensOptions?
    public var foldingRangeProvider: Bool?
    public var workspaceSymbolProvider: Bool?
    public var executeCommandProvider: ExecuteCommandOptions?
    public var workspace: WorkspaceServerCapabilities?

    public init(positionEncoding: PositionEncodingKind? = nil, textDocumentSync: TextDocumentSyncOptions? = nil,
                diagnosticProvider: DiagnosticOptions? = nil, documentSymbolProvider: Bool? = nil, hoverProvider: Bool? = nil,
                definitionProvider: Bool? = nil, referencesProvider: Bool? = nil, renameProvider: RenameOptions? = nil,
                completionProvider: CompletionOptions? = nil, codeActionProvider: CodeActionOptions? = nil,
                documentFormattingProvider: Bool? = nil, documentRangeFormattingProvider: Bool? = nil,
                semanticTokensProvider: SemanticTokensOptions? = nil, foldingRangeProvider: Bool? = nil,
                workspaceSymbolProvider: Bool? = nil, executeCommandProvider: ExecuteCommandOptions? = nil,
                workspace: WorkspaceServerCapabilities? = nil) {
        self.positionEncoding = positionEncoding
        self.textDocumentSync = textDocumentSync
        self.diagnosticProvider = diagnosticProvider
        self.documentSymbolProvider = documentSymbolProvider
        self.hoverProvider = hoverProvider
        self.definitionProvider = definitionProvider
        self.referencesProvider = referencesProvider
        self.renameProvider = renameProvider
        self.completionProvider = completionProvider
        self.codeActionProvider = codeActionProvider
        self.documentFormattingProvider = documentFormattingProvider
        self.documentRangeFormattingProvider = documentRangeFormattingProvider
        self.semanticTokensProvider = semanticTokensProvider
        self.foldingRangeProvider = foldingRangeProvider
        self.workspaceSymbolProvider = workspaceSymbolProvider
        self.executeCommandProvider = executeCommandProvider
        self.workspace = workspace
    }
}

/// How documents are synchronised.
public struct TextDocumentSyncOptions: Codable, Hashable, Sendable {
    public var openClose: Bool?
    public var change: TextDocumentSyncKind?
    public var save: SaveOptions?

    public init(openClose: Bool? = nil, change: TextDocumentSyncKind? = nil, save: SaveOptions? = nil) {
        self.openClose = openClose
        self.change = change
        self.save = save
    }
}

public struct SaveOptions: Codable, Hashable, Sendable {
    public var includeText: Bool?

    public init(includeText: Bool? = nil) {
        self.includeText = includeText
    }
}

/// Pull diagnostics (`textDocument/diagnostic`).
public struct DiagnosticOptions: Codable, Hashable, Sendable {
    public var identifier: String?
    /// A change in one document can change the diagnostics of another (references across files).
    public var interFileDependencies: Bool
    public var workspaceDiagnostics: Bool

    public init(identifier: String? = nil, interFileDependencies: Bool, workspaceDiagnostics: Bool) {
        self.identifier = identifier
        self.interFileDependencies = interFileDependencies
        self.workspaceDiagnostics = workspaceDiagnostics
    }
}

public struct RenameOptions: Codable, Hashable, Sendable {
    public var prepareProvider: Bool?

    public init(prepareProvider: Bool? = nil) {
        self.prepareProvider = prepareProvider
    }
}

public struct CompletionOptions: Codable, Hashable, Sendable {
    public var triggerCharacters: [String]?
    public var resolveProvider: Bool?

    public init(triggerCharacters: [String]? = nil, resolveProvider: Bool? = nil) {
        self.triggerCharacters = triggerCharacters
        self.resolveProvider = resolveProvider
    }
}

public struct CodeActionOptions: Codable, Hashable, Sendable {
    public var codeActionKinds: [CodeActionKind]?
    public var resolveProvider: Bool?

    public init(codeActionKinds: [CodeActionKind]? = nil, resolveProvider: Bool? = nil) {
        self.codeActionKinds = codeActionKinds
        self.resolveProvider = resolveProvider
    }
}

public struct SemanticTokensOptions: Codable, Hashable, Sendable {
    public var legend: SemanticTokensLegend
    public var range: Bool?
    public var full: Bool?

    public init(legend: SemanticTokensLegend, range: Bool? = nil, full: Bool? = nil) {
        self.legend = legend
        self.range = range
        self.full = full
    }
}

public struct ExecuteCommandOptions: Codable, Hashable, Sendable {
    public var commands: [String]

    public init(commands: [String]) {
        self.commands = commands
    }
}

public struct WorkspaceServerCapabilities: Codable, Hashable, Sendable {
    public var workspaceFolders: WorkspaceFoldersServerCapabilities?

    public init(workspaceFolders: WorkspaceFoldersServerCapabilities? = nil) {
        self.workspaceFolders = workspaceFolders
    }
}

public struct WorkspaceFoldersServerCapabilities: Codable, Hashable, Sendable {
    public var supported: Bool?
    public var changeNotifications: Bool?

    public init(supported: Bool? = nil, changeNotifications: Bool? = nil) {
        self.supported = supported
        self.changeNotifications = changeNotifications
    }
}
