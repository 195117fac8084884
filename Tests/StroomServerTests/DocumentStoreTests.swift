import StroomLSP
@testable import StroomServer
import StroomSyntax
import Testing

/// The store applies each change against the text so far, in the negotiated encoding, and
/// clamps what lies outside the text instead of trapping.
@Suite struct DocumentStoreTests {
    static let uri = "file:///tmp/d.vsm"
    static let key = DocumentKey(uri: uri)

    static func store(_ text: String) throws -> DocumentStore {
        var store = DocumentStore()
        try store.open(TextDocumentItem(uri: uri, languageId: "vsm", version: 1, text: text), key: key, path: "d.vsm")
        return store
    }

    static func change(_ text: String, _ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: startLine, codeUnitColumn: startColumn),
                                                       end: Position(line: endLine, codeUnitColumn: endColumn)), text: text)
    }

    @Test func utf16ColumnsAcrossMultiByteCharacters() throws {
        // "ë" is 1 UTF-16 unit (2 bytes), "😀" is 2 units (4 bytes).
        var store = try Self.store("ë😀x\nab")
        let result = try store.applyChanges([Self.change("Y", 0, 1, 0, 3)], to: Self.key, uri: Self.uri, version: 2, encoding: .utf16)
        #expect(result.after.source.text == "ëYx\nab")
        #expect(result.before.version == 1 && result.after.version == 2)
        #expect(!result.clamped)
    }

    @Test func utf8ColumnsAcrossMultiByteCharacters() throws {
        var store = try Self.store("ë😀x\nab")
        let result = try store.applyChanges([Self.change("Y", 0, 2, 0, 6)], to: Self.key, uri: Self.uri, version: 2, encoding: .utf8)
        #expect(result.after.source.text == "ëYx\nab")
        #expect(!result.clamped)
    }

    @Test func changesApplyInOrderAgainstTheTextSoFar() throws {
        var store = try Self.store("één\ntwee\n")
        let changes = [
            Self.change("ÉÉN EN ", 0, 0, 0, 0),   // line 0 is now "ÉÉN EN één"
            Self.change("3", 1, 0, 1, 4),          // line 1 "twee" → "3"
            Self.change("!", 0, 10, 0, 10),        // after "één" on the new line 0
            TextDocumentContentChangeEvent(text: "weg\n"),
            Self.change("alles ", 0, 0, 0, 0),
        ]
        let steps = try store.applyChanges(Array(changes.prefix(3)), to: Self.key, uri: Self.uri, version: 2, encoding: .utf16)
        #expect(steps.after.source.text == "ÉÉN EN één!\n3\n")
        let whole = try store.applyChanges(Array(changes.suffix(2)), to: Self.key, uri: Self.uri, version: 3, encoding: .utf16)
        #expect(whole.after.source.text == "alles weg\n")
    }

    @Test func aChangeInsideABlockReparsesOnlyThatBlock() throws {
        var store = try Self.store("proces p {\n  stap a {\n    doorlooptijd: 5min\n  }\n  stap b\n}\n")
        let inner = try store.applyChanges([Self.change("45", 2, 18, 2, 19)], to: Self.key, uri: Self.uri, version: 2, encoding: .utf16)
        #expect(inner.after.parseScope == .block(depth: 2))
        #expect(TreeDump.dump(inner.after.tree) == TreeDump.dump(SyntaxTree.parse(inner.after.source)))
        let renamed = try store.applyChanges([Self.change("q", 0, 7, 0, 8)], to: Self.key, uri: Self.uri, version: 3, encoding: .utf16)
        #expect(renamed.after.parseScope == .file)
        #expect(renamed.after.source.text == "proces q {\n  stap a {\n    doorlooptijd: 45min\n  }\n  stap b\n}\n")
        #expect(TreeDump.dump(renamed.after.tree) == TreeDump.dump(SyntaxTree.parse(renamed.after.source)))
    }

    @Test func rangesOutsideTheTextAreClamped() throws {
        var store = try Self.store("ab\ncd")
        let pastEnd = try store.applyChanges([Self.change("X", 7, 0, 9, 3)], to: Self.key, uri: Self.uri, version: 2, encoding: .utf16)
        #expect(pastEnd.after.source.text == "ab\ncdX")
        #expect(pastEnd.clamped)
        let pastLine = try store.applyChanges([Self.change("Y", 0, 40, 0, 50)], to: Self.key, uri: Self.uri, version: 3, encoding: .utf16)
        #expect(pastLine.after.source.text == "abY\ncdX")
        let negative = try store.applyChanges([Self.change("Z", -1, -4, 0, 0)], to: Self.key, uri: Self.uri, version: 4, encoding: .utf8)
        #expect(negative.after.source.text == "ZabY\ncdX")
        #expect(negative.clamped)
        let reversed = try store.applyChanges([Self.change("", 0, 2, 0, 0)], to: Self.key, uri: Self.uri, version: 5, encoding: .utf16)
        #expect(reversed.after.source.text == "bY\ncdX")
        #expect(reversed.clamped)
    }

    @Test func aColumnInsideASurrogatePairOrAUTF8SequenceNeverSplitsIt() throws {
        var store = try Self.store("a😀b")
        let utf16 = try store.applyChanges([Self.change("-", 0, 2, 0, 2)], to: Self.key, uri: Self.uri, version: 2, encoding: .utf16)
        #expect(utf16.after.source.text == "a-😀b")
        #expect(utf16.clamped)
        let utf8 = try store.applyChanges([Self.change("+", 0, 4, 0, 4)], to: Self.key, uri: Self.uri, version: 3, encoding: .utf8)
        #expect(utf8.after.source.text == "a-+😀b")
        #expect(utf8.after.source.firstInvalidUTF8Offset == nil)
    }

    /// The BOM is a character of the editor's text (issue 12): column 1 of line 0 is after it.
    @Test func crlfLinesAndTheBOM() throws {
        var store = try Self.store("\u{FEFF}ab\r\ncd\r\n")
        let result = try store.applyChanges([Self.change("X", 0, 2, 1, 1)], to: Self.key, uri: Self.uri, version: 2, encoding: .utf16)
        #expect(result.after.source.text == "\u{FEFF}aXd\r\n")
    }

    /// Issue 12: edits on line 0 of a document with a BOM land where the editor meant them, in
    /// both encodings (the BOM is one UTF-16 unit and three UTF-8 units, as in the editor's text).
    @Test(arguments: [PositionEncoding.utf16, .utf8])
    func editsOnLineZeroAfterABOM(encoding: PositionEncoding) throws {
        var store = try Self.store("\u{FEFF}proces p {\n}\n")
        let bom = encoding == .utf16 ? 1 : 3
        // `p` becomes `kaart`, then `proces` becomes `process` (against the text so far).
        let result = try store.applyChanges([Self.change("kaart", 0, bom + 7, 0, bom + 8), Self.change("process", 0, bom, 0, bom + 6)],
                                            to: Self.key, uri: Self.uri, version: 2, encoding: encoding)
        #expect(result.after.source.text == "\u{FEFF}process kaart {\n}\n")
        #expect(!result.clamped)
        let table = result.after.source.lineTable
        #expect(table.position(of: 3, in: encoding) == Position(line: 0, codeUnitColumn: bom))
        #expect(table.utf8Offset(of: Position(line: 0, codeUnitColumn: 0), in: encoding).utf8Offset == 0)
    }

    /// Issue 12: positions near `Int.max` and `Int.min` are clamped, never added up into a trap.
    @Test(arguments: [PositionEncoding.utf16, .utf8])
    func extremePositionsAreClamped(encoding: PositionEncoding) throws {
        var store = try Self.store("ab\ncd\nëf\n")
        let extremes = [Int.max, Int.min, -1, Int.max - 1]
        for line in extremes + [0, 1, 2] {
            for column in extremes {
                let result = try store.applyChanges([Self.change("", line, column, line, column)], to: Self.key, uri: Self.uri,
                                                    version: 2, encoding: encoding)
                #expect(result.clamped)
                #expect(result.after.source.text == "ab\ncd\nëf\n")
            }
        }
    }

    @Test func openTwiceAndMissingDocumentsAreErrors() throws {
        var store = try Self.store("x")
        #expect(throws: DocumentStore.StoreError.alreadyOpen(Self.uri)) {
            try store.open(TextDocumentItem(uri: Self.uri, languageId: "vsm", version: 1, text: ""), key: Self.key, path: "d.vsm")
        }
        let other = "file:///tmp/other.vsm"
        #expect(throws: DocumentStore.StoreError.missingDocument(other)) {
            _ = try store.applyChanges([], to: DocumentKey(uri: other), uri: other, version: 1, encoding: .utf16)
        }
        try store.close(Self.key, uri: Self.uri)
        #expect(store.snapshot(Self.key) == nil)
    }

    @Test func documentKeysNormaliseFileURIs() {
        #expect(DocumentKey(uri: "file:///tmp/a%20b/c.vsm") == DocumentKey(path: "/tmp/a b/c.vsm"))
        #expect(DocumentKey(uri: "file:///tmp/x/../c.vsm") == DocumentKey(path: "/tmp/c.vsm"))
        #expect(DocumentKey(path: "/tmp/a b/c.vsm").uriForDisk == "file:///tmp/a%20b/c.vsm")
        #expect(DocumentKey(uri: "untitled:Untitled-1").filePath == nil)
    }
}

/// Random edits through the store agree with splicing the text by hand, in both encodings.
@Suite struct IncrementalSyncPropertyTests {
    static let pieces: [Character] = ["a", "ë", "😀", "\n", "\r\n", " ", "s", "é", "👩‍🏫", "\""]

    /// Line and column (in UTF-16 or UTF-8 units) of a character index.
    static func position(of index: Int, in characters: [Character], utf8: Bool) -> Position {
        var line = 0
        var column = 0
        for character in characters[..<index] {
            if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                column = 0
            } else {
                column += utf8 ? character.utf8.count : character.utf16.count
            }
        }
        return Position(line: line, codeUnitColumn: column)
    }

    @Test(arguments: [false, true])
    func randomEditsMatchAReference(utf8: Bool) throws {
        var generator = SystemRandomNumberGenerator()
        let uri = "file:///tmp/random.vsm"
        let key = DocumentKey(uri: uri)
        for round in 0..<40 {
            var characters = (0..<Int.random(in: 0..<30, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
            var store = DocumentStore()
            try store.open(TextDocumentItem(uri: uri, languageId: "vsm", version: 0, text: String(characters)), key: key, path: "random.vsm")
            for version in 1...15 {
                let lower = Int.random(in: 0...characters.count, using: &generator)
                let upper = Int.random(in: lower...characters.count, using: &generator)
                let inserted = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
                let change = TextDocumentContentChangeEvent(
                    range: LSPRange(start: Self.position(of: lower, in: characters, utf8: utf8), end: Self.position(of: upper, in: characters, utf8: utf8)),
                    text: String(inserted))
                characters.replaceSubrange(lower..<upper, with: inserted)
                let result = try store.applyChanges([change], to: key, uri: uri, version: version, encoding: utf8 ? .utf8 : .utf16)
                // Compare bytes: a CR LF split by an edit would be one Character in the reference.
                #expect(result.after.source.bytes == Array(String(characters).utf8), "round \(round), version \(version)")
                #expect(!result.clamped)
                characters = Array(result.after.source.text)
            }
        }
    }
}
