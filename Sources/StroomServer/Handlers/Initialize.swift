import StroomPlatform
import StroomJSONRPC
import StroomLSP
import StroomSyntax

/// `initialize`: remember what the client can do, agree on the position encoding and the
/// language, and announce what every handler offers. The workspace is read at `initialized`.
enum InitializeHandler: RequestHandler {
    static func handle(_ request: InitializeRequest, context: RequestContext) throws -> InitializeResult {
        let state = context.state
        let capabilities = request.capabilities
        state.client = capabilities
        state.encoding = PositionEncoding.negotiate(capabilities.general?.positionEncodings)
        state.features = DiagnosticFeatures(capabilities)
        var problems: [String] = []
        state.initializationOptions = InitializationOptions(request.initializationOptions, problems: &problems)
        for problem in problems { state.log.warning(problem) }
        state.userLanguage = state.initializationOptions.language
        state.clientLocale = request.locale

        let canPull = capabilities.textDocument?.diagnostic != nil
        switch state.initializationOptions.diagnosticsMode {
        case .pull? where !canPull:
            state.log.warning("pull diagnostics asked for, but the client cannot pull; pushing instead")
            state.publisher.mode = .push
        case let mode?:
            state.publisher.mode = mode
        case nil:
            state.publisher.mode = canPull ? .pull : .push
        }

        state.initialFolders = folders(of: request)
        // Only strings in this line: interpolating an enum or an array goes through reflection
        // (`Mirror`, protocol lookups), about five million instructions before the first answer.
        let encoding = state.encoding == .utf8 ? "utf8" : "utf16"
        state.log.info("initialize: client \(request.clientInfo?.name ?? "unknown") \(request.clientInfo?.version ?? ""), "
                       + "encoding \(encoding), diagnostics \(state.publisher.mode.rawValue), language \(languageDescription(state)), "
                       + "folders [" + state.initialFolders.map { "\"\($0)\"" }.joined(separator: ", ") + "]")
        return InitializeResult(capabilities: state.router.capabilities(state: state),
                                serverInfo: ClientInfo(name: "stroom", version: state.options.serverVersion))
    }

    /// The language before any `stroom.json` is read, and what decided it, for the log.
    static func languageDescription(_ state: ServerState) -> String {
        let decision = state.languageChoice(for: nil).decision
        return "\(decision.language.rawValue) (\(decision.source.rawValue))"
    }

    /// The workspace folders; else `rootUri`; else the deprecated `rootPath`. Only `file:` URIs.
    static func folders(of request: InitializeRequest) -> [String] {
        if let folders = request.workspaceFolders {
            return folders.compactMap { DocumentKey(uri: $0.uri).filePath }
        }
        if let rootUri = request.rootUri {
            return DocumentKey(uri: rootUri).filePath.map { [$0] } ?? []
        }
        if let rootPath = request.rootPath, !rootPath.isEmpty {
            return [DocumentKey(path: rootPath).filePath ?? rootPath]
        }
        return []
    }
}
