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
