import Foundation
import StroomLSP
import Testing

/// Encodes `value` and compares it with `json` as JSON values (key order and spacing do not
/// matter), then decodes `json` and compares with `value`.
func checkCoding<T: Codable & Equatable>(_ value: T, json: String, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        let encoded = try JSONEncoder().encode(value)
        let actual = try JSONDecoder().decode(LSPAny.self, from: encoded)
        let expected = try JSONDecoder().decode(LSPAny.self, from: Data(json.utf8))
        #expect(actual == expected, "encoded \(String(decoding: encoded, as: UTF8.self))", sourceLocation: sourceLocation)
        let decoded = try JSONDecoder().decode(T.self, from: Data(json.utf8))
        #expect(decoded == value, sourceLocation: sourceLocation)
    } catch {
        Issue.record("coding failed: \(error)", sourceLocation: sourceLocation)
    }
}

/// Decodes `json` as `T`.
func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(json.utf8))
}

let range = LSPRange(start: Position(line: 1, codeUnitColumn: 2), end: Position(line: 1, codeUnitColumn: 5))
let rangeJSON = #"{"start":{"line":1,"character":2},"end":{"line":1,"character":5}}"#
let document = TextDocumentIdentifier(uri: "file:///a/b.vsm")
let documentJSON = #"{"uri":"file:///a/b.vsm"}"#
