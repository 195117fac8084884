import StroomPlatform
import StroomExport
import StroomSyntax

/// The preview: the workspace, the HTTP server that shows it, and the watcher that polls the
/// files (modification time and size, every ``interval`` seconds: portable, no FSEvents or
/// inotify) and sends what changed to open pages.
final class PreviewServer: @unchecked Sendable {
    static let interval: TimeInterval = 0.2

    let workspace: PreviewWorkspace
    let server: HTTPServer
    private let hub: EventHub
    private let lock = Lock()
    private var stopped = false
    private var signature: [String: [Int]] = [:]

    init(workspace: PreviewWorkspace, port: UInt16, title: String) throws(Socket.BindFailure) {
        self.workspace = workspace
        _ = workspace.refresh()
        let hub = EventHub()
        self.hub = hub
        server = try HTTPServer(port: port, hub: hub) { path in
            switch path {
            case "/":
                let nonce = UUID().uuidString.replacingEvery("-", with: "")
                let snapshot = workspace.snapshot
                let page = PreviewPage.html(sections: snapshot.sections, path: title, language: snapshot.language, nonce: nonce)
                return .respond(.init(status: 200, contentType: "text/html; charset=utf-8", body: Array(page.utf8),
                                      headers: [("Content-Security-Policy", PreviewPage.policy(nonce: nonce))]))
            case "/events":
                return .events
            default:
                return .respond(HTTPServer.plain(404, "Not Found"))
            }
        }
        signature = Self.signature(of: workspace.path)
    }

    var port: UInt16 { server.port }

    func start() {
        server.start()
        BackgroundThread.start { [self] in watch() }
    }

    func stop() {
        lock.withLock { stopped = true }
        server.stop()
    }

    private func watch() {
        while !lock.withLock({ stopped }) {
            BackgroundThread.sleep(seconds: Self.interval)
            let now = Self.signature(of: workspace.path)
            guard now != signature else { continue }
            signature = now
            for change in workspace.refresh() { send(change) }
        }
    }

    private func send(_ change: PreviewWorkspace.Change) {
        struct Update: Encodable { let id: String; let before: String?; let html: String }
        struct Removal: Encodable { let id: String }
        let encoder = JSONEncoder()
        switch change {
        case .update(let id, let before, let html):
            guard let data = try? encoder.encode(Update(id: id, before: before, html: html)) else { return }
            hub.broadcast(event: "update", data: String(decoding: data, as: UTF8.self))
        case .remove(let id):
            guard let data = try? encoder.encode(Removal(id: id)) else { return }
            hub.broadcast(event: "remove", data: String(decoding: data, as: UTF8.self))
        }
    }

    /// Modification time (nanoseconds), size and file number (a file replaced by a rename) of every Stroom file and `stroom.json` under the
    /// path (the path itself when it is a file).
    static func signature(of path: String) -> [String: [Int]] {
        var paths: [String] = []
        if FileManager.default.itemKind(atPath: path) == .folder {
            let listing = WorkspaceDiscoveryFiles.list(path)
            paths = listing
        } else {
            paths = [path]
        }
        var result: [String: [Int]] = [:]
        for file in paths {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else { continue }
            let time = (attributes[.modificationDate] as? Date).map { Int($0.timeIntervalSince1970 * 1_000_000_000) } ?? 0
            let size = FileManager.integer(attributes[.size]) ?? 0
            let node = FileManager.integer(attributes[.systemFileNumber]) ?? 0
            result[file] = [time, size, node]
        }
        return result
    }
}

/// Every Stroom file and `stroom.json` under a folder (hidden folders skipped), as the
/// workspace discovery finds them.
enum WorkspaceDiscoveryFiles {
    static func list(_ folder: String) -> [String] {
        var loader = WorkspaceLoader(currentDirectory: folder)
        var files = loader.stroomFiles(under: folder)
        let configuration = PathStyle.native.appending("stroom.json", to: folder)
        if FileManager.default.fileExists(atPath: configuration) { files.append(configuration) }
        return files
    }
}
