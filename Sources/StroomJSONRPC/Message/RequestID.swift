/// The id of a request: a whole number or a string (JSON-RPC 2.0 also allows them both).
public enum RequestID: Hashable, Sendable, CustomStringConvertible {
    case number(Int)
    case string(String)

    public var description: String {
        switch self {
        case .number(let value): String(value)
        case .string(let value): "\"\(value)\""
        }
    }

    func append(to output: inout [UInt8]) {
        switch self {
        case .number(let value): JSONWriter.append(String(value), to: &output)
        case .string(let value): JSONWriter.appendString(value, to: &output)
        }
    }
}
