/// The outline of a large document is the largest answer the server gives (a 20 MB map has
/// hundreds of thousands of symbols): written by hand, it costs a tenth of `JSONEncoder`'s time.
/// The `Codable` encoding stays the reference (`FastJSONTests`).
extension DocumentSymbol: FastJSONEncodable {
    public func appendJSON(to output: inout [UInt8]) {
        JSONBytes.raw("{\"name\":", &output)
        JSONBytes.string(name, &output)
        if let detail {
            JSONBytes.raw(",\"detail\":", &output)
            JSONBytes.string(detail, &output)
        }
        JSONBytes.raw(",\"kind\":", &output)
        JSONBytes.integer(kind.rawValue, &output)
        JSONBytes.raw(",\"range\":", &output)
        range.appendJSON(to: &output)
        JSONBytes.raw(",\"selectionRange\":", &output)
        selectionRange.appendJSON(to: &output)
        if let children {
            JSONBytes.raw(",\"children\":", &output)
            children.appendJSON(to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }
}

/// A list of values that write their own JSON (the answer to `documentSymbol`).
extension Array: FastJSONEncodable where Element: FastJSONEncodable {
    public func appendJSON(to output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        for (index, element) in enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            element.appendJSON(to: &output)
        }
        output.append(UInt8(ascii: "]"))
    }
}

/// No value is `null`, as `JSONEncoder` writes it for an optional result.
extension Optional: FastJSONEncodable where Wrapped: FastJSONEncodable {
    public func appendJSON(to output: inout [UInt8]) {
        switch self {
        case .some(let value): value.appendJSON(to: &output)
        case .none: JSONBytes.raw("null", &output)
        }
    }
}
