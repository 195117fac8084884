#if canImport(Glibc)
import Glibc
#endif
import Foundation
import StroomJSONRPC
import StroomLSP
import StroomModel
import StroomServer

/// A language client for tests. It talks to a server through real framed bytes: an in-process
/// `Server` over two pipes, or the built `stroom lsp` as a child process. Requests are typed
/// (`send`), notifications too (`notify`), and what the server publishes can be awaited
/// (`nextDiagnostics(for:)`). Requests the server sends are answered with `null`.
public final class TestLSPClient: MessageHandler, @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case timeout(String)
        case badResponse(String)

        public var description: String {
            switch self {
            case .timeout(let what): "timed out waiting for \(what)"
            case .badResponse(let what): "bad response: \(what)"
            }
        }
    }

    private let connection: FileDescriptorConnection
    private let lock = NSLock()
    private var nextID = 1
    private var responses: [RequestID: Result<RawJSON, JSONRPCError>] = [:]
    private var unmatchedResponses: [JSONRPCMessage] = []
    private var notifications: [(method: String, params: RawJSON?)] = []
    private var diagnosticsConsumed: [DocumentURI: Int] = [:]
    private var serverRequests: [(method: String, params: RawJSON?)] = []
    private var problems = ProblemList()
    private var exitCode: Int32?
    private var closedByServer = false
    // In-process or child process; one of these is set.
    private var server: Server?
    private var process: Process?
    private var standardInput: Pipe?
    private var standardError = Data()

    private init(connection: FileDescriptorConnection) {
        self.connection = connection
    }

    // MARK: - Starting

    /// A `Server` in this process, reached through two pipes. `today` fixes the date checks.
    public static func inProcess(today: DayDate = DayDate(year: 2026, month: 6, day: 1), router: Router = .standard,
                                 log: ServerLog = .silent, environment: [String: String] = [:],
                                 systemLanguages: [String] = []) -> TestLSPClient {
        var toServer: [Int32] = [0, 0]
        var toClient: [Int32] = [0, 0]
        precondition(pipe(&toServer) == 0 && pipe(&toClient) == 0, "cannot make pipes")
        let problems = ProblemList()
        let clientConnection = FileDescriptorConnection(input: toClient[0], output: toServer[1], ownsDescriptors: true,
                                                        log: { problems.append($0) })
        let client = TestLSPClient(connection: clientConnection)
        client.problems = problems
        let serverConnection = FileDescriptorConnection(input: toServer[0], output: toClient[1], ownsDescriptors: true,
                                                        log: { log.warning($0) })
        let server = Server(connection: serverConnection, options: ServerOptions(serverVersion: "test", today: today, environment: environment,
                                                                                  systemLanguages: systemLanguages), log: log,
                            router: router) { [weak client] code in client?.serverExited(code) }
        client.server = server
        clientConnection.start(handler: client)
        server.start()
        return client
    }

    /// A child process (the built `stroom`, started with `arguments`, e.g. `["lsp"]`). Its
    /// stderr is collected (``standardErrorText``) unless `standardError` names another place.
    public static func launch(_ executable: URL, arguments: [String], environment: [String: String]? = nil,
                              standardError: FileHandle? = nil) throws -> TestLSPClient {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = standardError ?? errors
        let problems = ProblemList()
        let connection = FileDescriptorConnection(input: output.fileHandleForReading.fileDescriptor,
                                                  output: input.fileHandleForWriting.fileDescriptor, ownsDescriptors: false,
                                                  log: { problems.append($0) })
        let client = TestLSPClient(connection: connection)
        client.problems = problems
        client.process = process
        client.standardInput = input
        if standardError == nil {
            errors.fileHandleForReading.readabilityHandler = { [weak client] handle in
                let data = handle.availableData
                guard let client, !data.isEmpty else { return }
                client.lock.lock()
                client.standardError.append(data)
                client.lock.unlock()
            }
        }
        try process.run()
        connection.start(handler: client)
        return client
    }

    // MARK: - Sending

    /// Sends a request and waits for its result; an error response is thrown as `JSONRPCError`.
    public func send<R: LSPRequest>(_ request: R, timeout: Double = 20) async throws -> R.Response {
        let id = sendRequest(method: R.method, params: R.hasParams ? try RawJSON(encoding: request) : nil)
        let raw = try await response(to: id, timeout: timeout).get()
        do {
            return try raw.decode(R.Response.self)
        } catch {
            throw Failure.badResponse("\(R.method): \(error) in \(raw.text)")
        }
    }

    /// Sends a request by method name and returns its id (for requests no type describes).
    @discardableResult
    public func sendRequest(method: String, params: RawJSON?) -> RequestID {
        lock.lock()
        let id = RequestID.number(nextID)
        nextID += 1
        lock.unlock()
        connection.send(.request(id: id, method: method, params: params))
        return id
    }

    /// The answer to a request sent earlier.
    public func response(to id: RequestID, timeout: Double = 20) async throws -> Result<RawJSON, JSONRPCError> {
        try await poll("the response to request \(id)", timeout: timeout) { $0.responses.removeValue(forKey: id) }
    }

    public func notify<N: LSPNotification>(_ notification: N) throws {
        connection.send(.notification(method: N.method, params: N.hasParams ? try RawJSON(encoding: notification) : nil))
    }

    /// Writes bytes as they are (broken headers, bad JSON).
    public func sendRaw(_ bytes: [UInt8]) {
        connection.write(bytes)
    }

    /// The next id `sendRequest` will use (to predict the id in raw messages).
    public func reserveID() -> Int {
        lock.lock()
        defer { lock.unlock() }
        nextID += 1
        return nextID - 1
    }

    // MARK: - Receiving

    /// The next `publishDiagnostics` for a URI that this method has not returned yet.
    public func nextDiagnostics(for uri: DocumentURI, timeout: Double = 20) async throws -> PublishDiagnosticsNotification {
        let raw: RawJSON = try await poll("diagnostics for \(uri)", timeout: timeout) { client in
            let all = client.notifications.filter { $0.method == PublishDiagnosticsNotification.method }
                .compactMap { $0.params }
                .filter { (try? $0.decode(PublishDiagnosticsNotification.self).uri) == uri }
            let consumed = client.diagnosticsConsumed[uri] ?? 0
            guard all.count > consumed else { return nil }
            client.diagnosticsConsumed[uri] = consumed + 1
            return all[consumed]
        }
        return try raw.decode(PublishDiagnosticsNotification.self)
    }

    /// The next `publishDiagnostics` for a URI that satisfies `condition`; earlier ones are
    /// passed over (and consumed).
    public func nextDiagnostics(for uri: DocumentURI, timeout: Double = 20,
                                where condition: (PublishDiagnosticsNotification) -> Bool) async throws -> PublishDiagnosticsNotification {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let published = try await nextDiagnostics(for: uri, timeout: max(0.01, deadline.timeIntervalSinceNow))
            if condition(published) { return published }
        }
    }

    /// Every notification of a method received so far, in order.
    public func received<N: LSPNotification>(_ type: N.Type) -> [N] {
        lock.lock()
        defer { lock.unlock() }
        return notifications.filter { $0.method == N.method }.compactMap { try? ($0.params ?? .emptyObject).decode(N.self) }
    }

    /// Waits until `count` notifications of a method have come.
    public func waitFor<N: LSPNotification>(_ type: N.Type, count: Int = 1, timeout: Double = 20) async throws -> [N] {
        try await poll("\(count) × \(N.method)", timeout: timeout) { client in
            let found = client.notifications.filter { $0.method == N.method }
            return found.count >= count ? found.compactMap { try? ($0.params ?? .emptyObject).decode(N.self) } : nil
        }
    }

    /// The methods of the requests the server sent to this client.
    public var requestsFromServer: [(method: String, params: RawJSON?)] {
        lock.lock()
        defer { lock.unlock() }
        return serverRequests
    }

    /// Responses that matched no request of ours (e.g. to raw messages whose id was unreadable).
    public var strayResponses: [JSONRPCMessage] {
        lock.lock()
        defer { lock.unlock() }
        return unmatchedResponses
    }

    /// Waits for a stray response (one whose id we did not send through `sendRequest`).
    public func nextStrayResponse(timeout: Double = 20) async throws -> JSONRPCMessage {
        try await poll("a response without a known id", timeout: timeout) { client in
            client.unmatchedResponses.isEmpty ? nil : client.unmatchedResponses.removeFirst()
        }
    }

    /// What was wrong in the bytes the server sent (anything but framed JSON-RPC on its stdout).
    public var transportProblems: [String] { problems.all }

    /// What the child process wrote to stderr so far.
    public var standardErrorText: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: standardError, as: UTF8.self)
    }

    // MARK: - Ending

    /// Waits for the server to exit and returns its exit code.
    public func waitForExit(timeout: Double = 20) async throws -> Int32 {
        try await poll("the server to exit", timeout: timeout, untilExit: true) { client in
            if let process = client.process {
                return process.isRunning ? nil : process.terminationStatus
            }
            return client.exitCode
        }
    }

    /// Closes the client's side (the server sees the end of its input).
    public func closeInput() {
        connection.close()
        try? standardInput?.fileHandleForWriting.close()
    }

    /// `initialize` then `initialized`, with the capabilities a modern editor has unless given.
    @discardableResult
    public func initialize(rootURI: DocumentURI? = nil, locale: String? = "en", capabilities: ClientCapabilities? = nil,
                           options: LSPAny? = nil) async throws -> InitializeResult {
        let result = try await send(InitializeRequest(
            processId: Int(ProcessInfo.processInfo.processIdentifier), clientInfo: ClientInfo(name: "TestLSPClient"), locale: locale,
            rootUri: rootURI, initializationOptions: options, capabilities: capabilities ?? TestLSPClient.pushClient,
            workspaceFolders: rootURI.map { [WorkspaceFolder(uri: $0, name: "test")] }))
        try notify(InitializedNotification())
        return result
    }

    /// `shutdown` then `exit`; returns the exit code.
    public func shutdownAndExit() async throws -> Int32 {
        _ = try await send(ShutdownRequest())
        try notify(ExitNotification())
        return try await waitForExit()
    }

    /// A client that takes pushed diagnostics with related information and tags, in UTF-16,
    /// and the editor features as a modern editor does: Markdown hover and completion
    /// documentation, a hierarchical outline, prepareRename, code action literals.
    public static let pushClient = ClientCapabilities(
        workspace: WorkspaceClientCapabilities(workspaceFolders: true),
        textDocument: TextDocumentClientCapabilities(
            publishDiagnostics: PublishDiagnosticsClientCapabilities(relatedInformation: true, tagSupport: .init(valueSet: [1, 2]),
                                                                     versionSupport: true),
            hover: HoverClientCapabilities(contentFormat: [.markdown, .plainText]),
            documentSymbol: DocumentSymbolClientCapabilities(hierarchicalDocumentSymbolSupport: true),
            completion: CompletionClientCapabilities(completionItem: .init(documentationFormat: [.markdown, .plainText])),
            rename: RenameClientCapabilities(prepareSupport: true),
            codeAction: CodeActionClientCapabilities(
                codeActionLiteralSupport: ["codeActionKind": ["valueSet": ["", "quickfix", "refactor", "source"]]],
                isPreferredSupport: true),
            foldingRange: FoldingRangeClientCapabilities(lineFoldingOnly: true)))

    /// ``pushClient`` that offers UTF-8 positions (which the server then takes).
    public static var utf8Client: ClientCapabilities {
        var capabilities = pushClient
        capabilities.general = GeneralClientCapabilities(positionEncodings: [.utf8, .utf16])
        return capabilities
    }

    // MARK: - MessageHandler

    public func receive(_ message: JSONRPCMessage) {
        lock.lock()
        var reply: JSONRPCMessage?
        switch message {
        case .response(let id, let result):
            if responseExpected(id) { responses[id] = .success(result) } else { unmatchedResponses.append(message) }
        case .errorResponse(let id, let error):
            if let id, responseExpected(id) { responses[id] = .failure(error) } else { unmatchedResponses.append(message) }
        case .notification(let method, let params):
            notifications.append((method, params))
        case .request(let id, let method, let params):
            serverRequests.append((method, params))
            reply = .response(id: id, result: .null)
        }
        lock.unlock()
        if let reply { connection.send(reply) }
    }

    public func connectionClosed() {
        lock.lock()
        closedByServer = true
        lock.unlock()
    }

    private func responseExpected(_ id: RequestID) -> Bool {
        if case .number(let number) = id { return number < nextID }
        return false
    }

    private func serverExited(_ code: Int32) {
        lock.lock()
        exitCode = code
        lock.unlock()
    }

    /// Polls `take` under the lock every 2 ms until it returns a value. Gives up early when the
    /// server is gone (unless waiting for exactly that).
    private func poll<T>(_ what: String, timeout: Double, untilExit: Bool = false, _ take: (TestLSPClient) -> T?) async throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let value = lock.withLock({ take(self) }) { return value }
            if !untilExit, let process, !process.isRunning {
                try await Task.sleep(nanoseconds: 50_000_000)
                if let value = lock.withLock({ take(self) }) { return value }
                throw Failure.badResponse("the server exited with code \(process.terminationStatus) while waiting for \(what); stderr: \(standardErrorText)")
            }
            if Date() > deadline { throw Failure.timeout(what) }
            try await Task.sleep(nanoseconds: 2_000_000)
        }
    }

    deinit {
        connection.close()
        if let process, process.isRunning { process.terminate() }
    }
}

/// Transport problems seen by the client's connection.
final class ProblemList: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [String] = []

    func append(_ problem: String) {
        lock.withLock { problems.append(problem) }
    }

    var all: [String] { lock.withLock { problems } }
}
