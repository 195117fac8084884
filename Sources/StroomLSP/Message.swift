/// A request of the Language Server Protocol. The conforming type is the request's `params`;
/// `Response` is its `result`.
public protocol LSPRequest: Codable, Hashable, Sendable {
    associatedtype Response: Codable, Hashable, Sendable
    static var method: String { get }
    /// Requests without params (`shutdown`) are sent without a `params` member.
    static var hasParams: Bool { get }
}

extension LSPRequest {
    public static var hasParams: Bool { true }
}

/// A notification of the Language Server Protocol. The conforming type is its `params`.
public protocol LSPNotification: Codable, Hashable, Sendable {
    static var method: String { get }
    /// Notifications without params (`exit`) are sent without a `params` member.
    static var hasParams: Bool { get }
}

extension LSPNotification {
    public static var hasParams: Bool { true }
}

/// The result of a request that answers `null` (`shutdown`, `client/registerCapability`).
public struct VoidResponse: Codable, Hashable, Sendable {
    public init() {}

    public init(from decoder: any Decoder) throws {}

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}
