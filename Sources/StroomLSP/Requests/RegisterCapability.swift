/// `client/registerCapability` (server to client): turns on a feature after `initialize`, here
/// the file watcher behind `workspace/didChangeWatchedFiles`.
public struct RegisterCapabilityRequest: LSPRequest {
    public static let method = "client/registerCapability"
    public typealias Response = VoidResponse

    public var registrations: [Registration]

    public init(registrations: [Registration]) {
        self.registrations = registrations
    }
}

public struct Registration: Codable, Hashable, Sendable {
    public var id: String
    public var method: String
    public var registerOptions: LSPAny?

    public init(id: String, method: String, registerOptions: LSPAny? = nil) {
        self.id = id
        self.method = method
        self.registerOptions = registerOptions
    }
}

/// The options of a `workspace/didChangeWatchedFiles` registration.
public struct DidChangeWatchedFilesRegistrationOptions: Codable, Hashable, Sendable {
    public var watchers: [FileSystemWatcher]

    public init(watchers: [FileSystemWatcher]) {
        self.watchers = watchers
    }
}

/// A glob pattern to watch (`**/*.vsm`) and which kinds of change to report.
public struct FileSystemWatcher: Codable, Hashable, Sendable {
    public var globPattern: String
    /// Bit set: 1 create, 2 change, 4 delete; absent means all three.
    public var kind: Int?

    public init(globPattern: String, kind: Int? = nil) {
        self.globPattern = globPattern
        self.kind = kind
    }
}
