import StroomPlatform

/// A JSON value of a `stroom.json`, read with `JSONDecoder` (the settings are few and their
/// shapes loose, so they are looked at one by one rather than decoded into a fixed type).
enum ConfigurationValue: Decodable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ConfigurationValue])
    case object([String: ConfigurationValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([ConfigurationValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: ConfigurationValue].self))
        }
    }

    /// The text of a JSON file, or nil when it is not JSON.
    static func parse(_ bytes: [UInt8]) -> ConfigurationValue? {
        try? JSONDecoder().decode(ConfigurationValue.self, from: Data(bytes))
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var object: [String: ConfigurationValue]? { if case .object(let value) = self { value } else { nil } }
}
