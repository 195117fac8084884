import StroomPlatform
import StroomJSONRPC
import StroomLSP
import StroomModel
import StroomSyntax

/// Everything the handlers read and change: what the client said in `initialize`, the open
/// documents, the workspaces and what was published. Touched only on the server's queue.
final class ServerState: @unchecked Sendable {
    let log: ServerLog
    let options: ServerOptions
    let router: Router
    let outgoing: Outgoing
    /// Whether more notifications that change text wait in the queue; then the last one
    /// refreshes the diagnostics and the earlier ones skip it.
    let hasQueuedEdits: @Sendable () -> Bool
    /// Whether a request that is answered from a document alone (``Inbox/documentMethods``)
    /// waits in the queue; then the diagnostics wait until it is answered.
    let hasQueuedDocumentRequests: @Sendable () -> Bool

    var client = ClientCapabilities()
    var encoding = PositionEncoding.utf16
    var features = DiagnosticFeatures()
    var initializationOptions = InitializationOptions()
    /// From `initialize.params.locale`.
    var clientLocale: String?
    /// The user's language setting: `initializationOptions.language`, changed later by
    /// `workspace/didChangeConfiguration` (`stroom.language`); nil follows the rest.
    var userLanguage: Language?
    /// The folders named in `initialize`, read at `initialized`.
    var initialFolders: [String] = []
    var documents = DocumentStore()
    var workspaces = WorkspaceSet()
    var publisher = DiagnosticsPublisher()
    /// The document and version whose formatting was last refused, so the reason is shown once.
    var lastFormattingRefusal: String?

    /// A refresh of the diagnostics waits for the requests in the queue (see `refreshDiagnostics`).
    var refreshOwed: RefreshOwed?
    /// How many analyses of a workspace were started, finished and given up (for tests).
    var analysisCount = AnalysisCount()
    /// Analyses nobody needs any more, waiting to be freed at the back of the server's queue
    /// (freeing a large one costs about a tenth of making it; see `Server.scheduleFreeing`).
    var retired: [Analysis] = []
    var freeingScheduled = false
    /// The outline last asked for, kept for the version it was made of.
    var lastOutline: KeptOutline?

    init(log: ServerLog, options: ServerOptions, router: Router, outgoing: Outgoing, hasQueuedEdits: @escaping @Sendable () -> Bool,
         hasQueuedDocumentRequests: @escaping @Sendable () -> Bool = { false }) {
        self.log = log
        self.options = options
        self.router = router
        self.outgoing = outgoing
        self.hasQueuedEdits = hasQueuedEdits
        self.hasQueuedDocumentRequests = hasQueuedDocumentRequests
    }

    /// The language of messages (``LanguageChoice``, the CLI's rule too): the user's setting,
    /// else the workspace's `stroom.json`, else the locale of `initialize`, else the
    /// process's `LC_ALL` / `LC_MESSAGES` / `LANG`, else the system's languages.
    func language(for workspace: Workspace?) -> Language {
        languageChoice(for: workspace).language
    }

    func languageChoice(for workspace: Workspace?) -> LanguageChoice {
        LanguageChoice(setting: userLanguage, configuration: workspace?.configuration.language, clientLocale: clientLocale,
                       environment: options.environment, systemLanguages: options.systemLanguages)
    }

    func analysisOptions(for workspace: Workspace) -> AnalysisOptions {
        AnalysisOptions(today: initializationOptions.today ?? options.today ?? DayDate.today(),
                        configuration: workspace.configuration)
    }

    /// The URI to send for a document: the client's spelling when it is open.
    func uri(for key: DocumentKey) -> DocumentURI {
        documents.snapshot(key)?.uri ?? key.uriForDisk
    }

    /// Marks the workspace of a document as changed, so the next refresh analyses it again.
    func markChanged(_ key: DocumentKey) {
        if let index = workspaces.index(of: key) { workspaces[index].invalidate() }
    }

    /// A warning for the log and the client's log window.
    func warn(_ message: String, file: String = #fileID, line: Int = #line) {
        log.warning(message, file: file, line: line)
        outgoing.notify(LogMessageNotification(type: .warning, message: "stroom: \(message)"))
    }
}
