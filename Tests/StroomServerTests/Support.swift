import Foundation
import StroomJSONRPC
import StroomLSP
import StroomTestSupport
import Testing

/// Expects `body` to fail with a JSON-RPC error of `code`.
func expectError(_ code: Int, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void) async {
    do {
        try await body()
        Issue.record("expected error \(code), got a result", sourceLocation: sourceLocation)
    } catch let error as JSONRPCError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected error \(code), got \(error)", sourceLocation: sourceLocation)
    }
}

/// A folder of files in the temporary directory, removed when the value is dropped.
final class TemporaryFolder {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(name))
    }

    func uri(_ name: String) -> DocumentURI { url.appendingPathComponent(name).absoluteString }
    var rootURI: DocumentURI { url.absoluteString }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The LSP position of the `occurrence`-th (0-based) appearance of `needle` in `text`.
func position(of needle: String, in text: String, occurrence: Int = 0, utf8: Bool = false) -> Position {
    var searchStart = text.startIndex
    var found: Swift.Range<String.Index>?
    for _ in 0...occurrence {
        found = text.range(of: needle, range: searchStart..<text.endIndex)
        guard let found else { break }
        searchStart = found.upperBound
    }
    let start = found!.lowerBound
    let before = text[..<start]
    let line = before.filter { $0 == "\n" }.count
    let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    let prefix = text[lineStart..<start]
    return Position(line: line, codeUnitColumn: utf8 ? prefix.utf8.count : prefix.utf16.count)
}

/// The range of `needle` (see ``position(of:in:occurrence:utf8:)``).
func range(of needle: String, in text: String, occurrence: Int = 0, utf8: Bool = false) -> LSPRange {
    let start = position(of: needle, in: text, occurrence: occurrence, utf8: utf8)
    let width = utf8 ? needle.utf8.count : needle.utf16.count
    return LSPRange(start: start, end: Position(line: start.line, codeUnitColumn: start.codeUnitColumn + width))
}

/// A small map with one error: `leeraar` is not the name of anything (N102).
let mapWithError = """
    proces p "Proces" {
      persoon leraar "Leraar"
      stap s "Schrijven" { door: leeraar  tijd: 1u }
    }

    """

func openItem(_ uri: DocumentURI, _ text: String, version: Int = 1) -> DidOpenTextDocumentNotification {
    DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: uri, languageId: "vsm", version: version, text: text))
}

/// A document URI outside any folder (its workspace is the document alone).
func loneURI(_ name: String = "kaart.vsm") -> DocumentURI {
    FileManager.default.temporaryDirectory.appendingPathComponent("stroom-lone-\(UUID().uuidString)/\(name)").absoluteString
}
