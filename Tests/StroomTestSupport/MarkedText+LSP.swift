import StroomLSP

/// LSP positions of the markers of a MarkedText, for protocol tests.
extension MarkedText {
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
