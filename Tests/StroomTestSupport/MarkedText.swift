import StroomLSP

/// Text with position markers `1️⃣` … `9️⃣` (swift-syntax and sourcekit-lsp style): the markers
/// are removed, and where each one stood is remembered.
public struct MarkedText {
    /// The text without its markers.
    public let text: String
    /// Marker (`"1️⃣"`) → UTF-8 offset in `text`.
    public let utf8Offsets: [String: Int]

    public init(_ marked: String) {
        var text = ""
        var offsets: [String: Int] = [:]
        var scalars = Array(marked.unicodeScalars)[...]
        var utf8Count = 0
        while let scalar = scalars.first {
            if ("1"..."9").contains(scalar), scalars.dropFirst().first == "\u{FE0F}", scalars.dropFirst(2).first == "\u{20E3}" {
                offsets[String(scalar) + "\u{FE0F}\u{20E3}"] = utf8Count
                scalars = scalars.dropFirst(3)
                continue
            }
            text.unicodeScalars.append(scalar)
            utf8Count += String(scalar).utf8.count
            scalars = scalars.dropFirst()
        }
        self.text = text
        utf8Offsets = offsets
    }

    /// The LSP position of a marker, columns in UTF-16 code units (or UTF-8 bytes).
    public func position(_ marker: String, utf8: Bool = false) -> Position {
        let offset = utf8Offsets[marker]!
        let prefix = String(decoding: Array(text.utf8)[..<offset], as: UTF8.self)
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        let last = lines.last ?? ""
        return Position(line: lines.count - 1, codeUnitColumn: utf8 ? last.utf8.count : last.utf16.count)
    }

    /// Every marker's position.
    public func positions(utf8: Bool = false) -> [String: Position] {
        Dictionary(uniqueKeysWithValues: utf8Offsets.keys.map { ($0, position($0, utf8: utf8)) })
    }
}

extension TestLSPClient {
    /// Opens a document written with markers and returns where they are (R17's
    /// `openDocument(marked) → positions`).
    public func openDocument(_ marked: String, uri: DocumentURI, languageID: String = "vsm", version: Int = 1,
                             utf8: Bool = false) throws -> [String: Position] {
        let document = MarkedText(marked)
        try notify(DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: uri, languageId: languageID, version: version,
                                                                                   text: document.text)))
        return document.positions(utf8: utf8)
    }
}
