import Foundation
import StroomJSONRPC
import StroomLSP
import StroomTestSupport
import Testing

/// A session for the feature tests: an in-process server with a workspace folder on disk (the
/// files given), and documents opened from marked text. Positions are in UTF-16 code units, or
/// UTF-8 bytes when the session negotiated UTF-8.
final class FeatureSession {
    let client: TestLSPClient
    let folder: TemporaryFolder
    let utf8: Bool
    let initializeResult: InitializeResult

    private init(client: TestLSPClient, folder: TemporaryFolder, utf8: Bool, initializeResult: InitializeResult) {
        self.client = client
        self.folder = folder
        self.utf8 = utf8
        self.initializeResult = initializeResult
    }

    static func start(_ files: [String: String] = [:], locale: String = "en", utf8: Bool = false,
                      capabilities: ClientCapabilities? = nil) async throws -> FeatureSession {
        let folder = try TemporaryFolder(files)
        let client = TestLSPClient.inProcess()
        let result = try await client.initialize(rootURI: folder.rootURI, locale: locale,
                                                 capabilities: capabilities ?? (utf8 ? TestLSPClient.utf8Client : TestLSPClient.pushClient))
        #expect(result.capabilities.positionEncoding == (utf8 ? .utf8 : .utf16))
        return FeatureSession(client: client, folder: folder, utf8: utf8, initializeResult: result)
    }

    /// Opens `marked` as the document `name` of the folder (not written to disk).
    func open(_ name: String, _ marked: String) throws -> OpenDocument {
        let uri = folder.uri(name)
        let text = MarkedText(marked)
        _ = try client.openDocument(marked, uri: uri, languageID: name.hasSuffix(".batenlogica") ? "batenlogica" : "vsm", utf8: utf8)
        return OpenDocument(uri: uri, marked: text, utf8: utf8)
    }

    func send<R: LSPRequest>(_ request: R) async throws -> R.Response {
        try await client.send(request)
    }

    /// Ends the session; the server must exit with 0.
    func finish(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        #expect(try await client.shutdownAndExit() == 0, sourceLocation: sourceLocation)
    }
}

/// An open document and where its markers are, in the session's encoding.
struct OpenDocument {
    let uri: DocumentURI
    let marked: MarkedText
    let utf8: Bool

    var id: TextDocumentIdentifier { TextDocumentIdentifier(uri: uri) }
    var text: String { marked.text }

    subscript(marker: String) -> Position { marked.position(marker, utf8: utf8) }

    /// The range from one marker to another.
    func range(_ start: String, _ end: String) -> LSPRange {
        LSPRange(start: self[start], end: self[end])
    }

    func location(_ start: String, _ end: String) -> Location {
        Location(uri: uri, range: range(start, end))
    }
}

/// Applies LSP edits to a text the way an editor does: positions counted in UTF-16 code units
/// or UTF-8 bytes on lines split at `\n`, `\r\n` and `\r`; edits applied from the last to the
/// first. Independent of the server's own conversions.
func applying(_ edits: [TextEdit], to text: String, utf8: Bool) -> String {
    let bytes = Array(text.utf8)
    var lineStarts = [0]
    var index = 0
    while index < bytes.count {
        if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
            index += 2
            lineStarts.append(index)
        } else if bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
            lineStarts.append(index)
        } else {
            index += 1
        }
    }
    func offset(_ position: Position) -> Int {
        let start = lineStarts[min(position.line, lineStarts.count - 1)]
        var offset = start
        var units = 0
        while offset < bytes.count, units < position.codeUnitColumn, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
            let length = bytes[offset] < 0x80 ? 1 : bytes[offset] < 0xE0 ? 2 : bytes[offset] < 0xF0 ? 3 : 4
            units += utf8 ? length : (length == 4 ? 2 : 1)
            offset += length
        }
        return offset
    }
    var result = bytes
    let sorted = edits.map { (offset($0.range.start), offset($0.range.end), $0.newText) }.sorted { $0.0 > $1.0 }
    for (start, end, newText) in sorted {
        result.replaceSubrange(start..<end, with: Array(newText.utf8))
    }
    return String(decoding: result, as: UTF8.self)
}

/// The shared map of the feature tests: names and labels with ë and emoji, so that UTF-16 and
/// UTF-8 columns differ after them on the same line.
let groepsplannen = """
    # Groepsplannen van groep 5
    proces groepsplannen "Groepsplannen 📋" {
      persoon anneliës "Juf Anneliës 😀"
      ict lvs "Leerlingvolgsysteem"
      stap verzamelen "Gegevens verzamelen 🔎" { door: anneliës  ict: lvs  tijd: 45min }
      stap schrijven "Groepsplan schrijven" { door: anneliës  tijd: 2u }
      verzamelen -> schrijven
      probleem dubbel "Dubbel werk" { bij: schrijven  fase: uitvoering }
    }

    """
