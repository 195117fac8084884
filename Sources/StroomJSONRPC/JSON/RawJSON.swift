import StroomPlatform

/// One JSON value kept as its bytes: the `params` of a request or the `result` of a response,
/// decoded into a typed value only by the layer that knows the type.
public struct RawJSON: Hashable, Sendable, CustomStringConvertible {
    /// UTF-8 bytes of exactly one valid JSON value.
    public let bytes: [UInt8]

    /// Bytes already known to be one valid JSON value (a slice of a scanned message).
    init(trusted bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Bytes that hold one JSON value, or nil when they do not.
    public init?(validating bytes: [UInt8]) {
        guard JSONScanner.isValid(bytes) else { return nil }
        self.bytes = bytes
    }

    /// Bytes the caller guarantees to be one valid JSON value, taken without checking: for
    /// hand-written encoders on the hot path, whose output tests compare with `JSONEncoder`'s.
    public init(uncheckedBytes bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// JSON text, or nil when it is not valid JSON.
    public init?(_ text: String) {
        self.init(validating: Array(text.utf8))
    }

    /// Encodes a value with `JSONEncoder` (slashes left unescaped).
    public init(encoding value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        bytes = Array(try encoder.encode(value))
    }

    public static let null = RawJSON(trusted: Array("null".utf8))
    public static let emptyObject = RawJSON(trusted: Array("{}".utf8))

    public var isNull: Bool { bytes == RawJSON.null.bytes }

    /// Decodes the value as `T`; throws `DecodingError` when it does not fit.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public var description: String { text }
}
