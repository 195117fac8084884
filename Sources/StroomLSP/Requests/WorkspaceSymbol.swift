/// `workspace/symbol`: declarations of every file that match a query.
public struct WorkspaceSymbolRequest: LSPRequest {
    public static let method = "workspace/symbol"
    public typealias Response = [SymbolInformation]?

    public var query: String

    public init(query: String) {
        self.query = query
    }
}

/// A symbol with its location (flat, not hierarchical).
public struct SymbolInformation: Codable, Hashable, Sendable {
    public var name: String
    public var kind: SymbolKind
    public var location: Location
    public var containerName: String?

    public init(name: String, kind: SymbolKind, location: Location, containerName: String? = nil) {
        self.name = name
        self.kind = kind
        self.location = location
        self.containerName = containerName
    }
}
