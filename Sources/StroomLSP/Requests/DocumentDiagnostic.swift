/// `textDocument/diagnostic`: the client pulls the diagnostics of one document.
public struct DocumentDiagnosticRequest: LSPRequest {
    public static let method = "textDocument/diagnostic"
    public typealias Response = DocumentDiagnosticReport

    public var textDocument: TextDocumentIdentifier
    public var identifier: String?
    /// The `resultId` of the last report the client has; if nothing changed, the answer says so.
    public var previousResultId: String?

    public init(textDocument: TextDocumentIdentifier, identifier: String? = nil, previousResultId: String? = nil) {
        self.textDocument = textDocument
        self.identifier = identifier
        self.previousResultId = previousResultId
    }
}

/// A pulled report: every diagnostic (`full`), or `unchanged` since `previousResultId`.
public enum DocumentDiagnosticReport: Codable, Hashable, Sendable {
    case full(resultId: String?, items: [Diagnostic])
    case unchanged(resultId: String)

    enum CodingKeys: String, CodingKey { case kind, resultId, items }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "unchanged":
            self = .unchanged(resultId: try container.decode(String.self, forKey: .resultId))
        default:
            self = .full(resultId: try container.decodeIfPresent(String.self, forKey: .resultId),
                         items: try container.decode([Diagnostic].self, forKey: .items))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .full(let resultId, let items):
            try container.encode("full", forKey: .kind)
            try container.encodeIfPresent(resultId, forKey: .resultId)
            try container.encode(items, forKey: .items)
        case .unchanged(let resultId):
            try container.encode("unchanged", forKey: .kind)
            try container.encode(resultId, forKey: .resultId)
        }
    }
}

/// `workspace/diagnostic/refresh` (server to client): pull the diagnostics of open documents
/// again, because something they depend on changed.
public struct DiagnosticRefreshRequest: LSPRequest {
    public static let method = "workspace/diagnostic/refresh"
    public static var hasParams: Bool { false }
    public typealias Response = VoidResponse

    public init() {}
}
