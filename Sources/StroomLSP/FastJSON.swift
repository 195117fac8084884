import StroomPlatform

/// A type that writes its own JSON, for messages on the hot path of every keystroke
/// (`publishDiagnostics`), where `JSONEncoder` costs more than computing the diagnostics.
/// The output must decode to the same value as the `Codable` encoding; tests check that.
public protocol FastJSONEncodable {
    func appendJSON(to output: inout [UInt8])
}

extension FastJSONEncodable {
    /// The JSON text as bytes.
    public var fastJSON: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        appendJSON(to: &output)
        return output
    }
}

/// The small pieces hand-written encoders are made of.
enum JSONBytes {
    static func raw(_ text: StaticString, _ output: inout [UInt8]) {
        text.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    static func integer(_ value: Int, _ output: inout [UInt8]) {
        if value >= 0, value < 10 {
            output.append(UInt8(48 + value))
        } else {
            output.append(contentsOf: String(value).utf8)
        }
    }

    /// A string literal with the escapes JSON requires.
    static func string(_ text: String, _ output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        // Runs of bytes that need no escape are copied in one go: most messages have none.
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                escape(byte, &output)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The escape of a byte JSON does not allow bare in a string.
    private static func escape(_ byte: UInt8, _ output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): output.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            output.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    /// Any `Encodable` through `JSONEncoder`: for the rare open-ended fields (`data`).
    static func encodable(_ value: some Encodable, _ output: inout [UInt8]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        output.append(contentsOf: (try? encoder.encode(value)).map(Array.init) ?? Array("null".utf8))
    }
}

extension Position: FastJSONEncodable {
    public func appendJSON(to output: inout [UInt8]) {
        JSONBytes.raw("{\"line\":", &output)
        JSONBytes.integer(line, &output)
        JSONBytes.raw(",\"character\":", &output)
        JSONBytes.integer(codeUnitColumn, &output)
        output.append(UInt8(ascii: "}"))
    }
}

extension LSPRange: FastJSONEncodable {
    public func appendJSON(to output: inout [UInt8]) {
        JSONBytes.raw("{\"start\":", &output)
        start.appendJSON(to: &output)
        JSONBytes.raw(",\"end\":", &output)
        end.appendJSON(to: &output)
        output.append(UInt8(ascii: "}"))
    }
}

extension Diagnostic: FastJSONEncodable {
    public func appendJSON(to output: inout [UInt8]) {
        JSONBytes.raw("{\"range\":", &output)
        range.appendJSON(to: &output)
        if let severity {
            JSONBytes.raw(",\"severity\":", &output)
            JSONBytes.integer(severity.rawValue, &output)
        }
        if let code {
            JSONBytes.raw(",\"code\":", &output)
            JSONBytes.string(code, &output)
        }
        if let codeDescription {
            JSONBytes.raw(",\"codeDescription\":{\"href\":", &output)
            JSONBytes.string(codeDescription.href, &output)
            output.append(UInt8(ascii: "}"))
        }
        if let source {
            JSONBytes.raw(",\"source\":", &output)
            JSONBytes.string(source, &output)
        }
        JSONBytes.raw(",\"message\":", &output)
        JSONBytes.string(message, &output)
        if let tags {
            JSONBytes.raw(",\"tags\":[", &output)
            for (index, tag) in tags.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONBytes.integer(tag.rawValue, &output)
            }
            output.append(UInt8(ascii: "]"))
        }
        if let relatedInformation {
            JSONBytes.raw(",\"relatedInformation\":[", &output)
            for (index, related) in relatedInformation.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONBytes.raw("{\"location\":{\"uri\":", &output)
                JSONBytes.string(related.location.uri, &output)
                JSONBytes.raw(",\"range\":", &output)
                related.location.range.appendJSON(to: &output)
                JSONBytes.raw("},\"message\":", &output)
                JSONBytes.string(related.message, &output)
                output.append(UInt8(ascii: "}"))
            }
            output.append(UInt8(ascii: "]"))
        }
        if let data {
            JSONBytes.raw(",\"data\":", &output)
            JSONBytes.encodable(data, &output)
        }
        output.append(UInt8(ascii: "}"))
    }
}

extension PublishDiagnosticsNotification: FastJSONEncodable {
    public func appendJSON(to output: inout [UInt8]) {
        output.reserveCapacity(output.count + 64 + diagnostics.count * 160)
        JSONBytes.raw("{\"uri\":", &output)
        JSONBytes.string(uri, &output)
        if let version {
            JSONBytes.raw(",\"version\":", &output)
            JSONBytes.integer(version, &output)
        }
        JSONBytes.raw(",\"diagnostics\":", &output)
        diagnostics.appendJSON(to: &output)
        output.append(UInt8(ascii: "}"))
    }
}

extension DocumentDiagnosticReport: FastJSONEncodable {
    public func appendJSON(to output: inout [UInt8]) {
        switch self {
        case .unchanged(let resultId):
            JSONBytes.raw("{\"kind\":\"unchanged\",\"resultId\":", &output)
            JSONBytes.string(resultId, &output)
            output.append(UInt8(ascii: "}"))
        case .full(let resultId, let items):
            JSONBytes.raw("{\"kind\":\"full\"", &output)
            if let resultId {
                JSONBytes.raw(",\"resultId\":", &output)
                JSONBytes.string(resultId, &output)
            }
            JSONBytes.raw(",\"items\":", &output)
            items.appendJSON(to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }
}

/// A list of values that write their own JSON (diagnostics, the outline).
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
