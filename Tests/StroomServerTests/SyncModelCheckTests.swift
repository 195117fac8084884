import StroomLSP
@testable import StroomServer
import StroomSyntax
import StroomTestSupport
import Testing

/// A model check of incremental sync: 10,000 random edits through `DocumentStore`, each
/// compared with a reference that is nothing but an array of UTF-16 code units spliced by
/// hand, as LSP defines the text (`\n`, `\r\n` and a lone `\r` end lines; a BOM at the start is
/// one UTF-16 unit of line 0, like any other character). Texts hold multi-byte characters,
/// emoji with surrogate pairs, CR LF and lone CR; edits delete across line breaks, insert at
/// the very end, in UTF-16 and in UTF-8 positions. The generator is seeded: a failure names
/// the seed, run and edit, and happens again.
@Suite struct SyncModelCheckTests {
    /// SplitMix64: small, fast, the same numbers on every platform.
    typealias SeededGenerator = SplitMix64

    /// The reference: the text as UTF-16 code units.
    struct Reference {
        var units: [UInt16]

        /// Offsets where a line starts.
        var lineStarts: [Int] {
            var starts = [0]
            var index = 0
            while index < units.count {
                if units[index] == 0x0D {
                    index += index + 1 < units.count && units[index + 1] == 0x0A ? 2 : 1
                    starts.append(index)
                } else if units[index] == 0x0A {
                    index += 1
                    starts.append(index)
                } else {
                    index += 1
                }
            }
            return starts
        }

        /// Whether an edit may start or end at `offset`: not inside a surrogate pair or a CR LF
        /// (LSP has no position between the two).
        func isBoundary(_ offset: Int) -> Bool {
            guard offset > 0, offset < units.count else { return true }
            if UTF16.isTrailSurrogate(units[offset]) { return false }
            return !(units[offset - 1] == 0x0D && units[offset] == 0x0A)
        }

        func position(of offset: Int, utf8: Bool) -> Position {
            let starts = lineStarts
            let line = starts.lastIndex { $0 <= offset }!
            let prefix = units[starts[line]..<offset]
            let column = utf8 ? String(decoding: prefix, as: UTF16.self).utf8.count : prefix.count
            return Position(line: line, codeUnitColumn: column)
        }

        var text: String { String(decoding: units, as: UTF16.self) }
    }

    static let pieces = ["a", "b", "Z", " ", "{", "\"", "ë", "é", "€", "😀", "👩‍🏫", "🇳🇱", "\n", "\r\n", "\r", "\t", "ß"]

    static func randomText(_ count: Int, using generator: inout SeededGenerator) -> String {
        (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// Runs of 100 edits on fresh documents: 2,500 edits per argument, 10,000 in all.
    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func randomEditsMatchTheReference(utf8: Bool, startsWithBOM: Bool) throws {
        // KNOWN ISSUE (BOM): LSP counts a BOM at the start as one UTF-16 unit of line 0, but
        // this LineTable gives it no width, so every position on line 0 of a file with a BOM is
        // one off. The robust-core branch changes that; until it is merged the BOM runs are a
        // known issue. Once `bomCountsAsOneUnit` holds they are checked strictly again.
        if startsWithBOM, !Self.bomCountsAsOneUnit {
            withKnownIssue("a BOM on line 0 has no width in LineTable (fixed on the robust-core branch)") {
                try Self.check(utf8: utf8, startsWithBOM: startsWithBOM)
            }
        } else {
            try Self.check(utf8: utf8, startsWithBOM: startsWithBOM)
        }
    }

    /// Whether the store reads column 1 of `\u{FEFF}a` as the place between the BOM and `a`.
    static let bomCountsAsOneUnit: Bool = {
        let uri = "file:///tmp/bom.vsm"
        var store = DocumentStore()
        guard (try? store.open(TextDocumentItem(uri: uri, languageId: "vsm", version: 0, text: "\u{FEFF}a"), key: DocumentKey(uri: uri), path: "bom.vsm")) != nil,
              let result = try? store.applyChanges([TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: 0, codeUnitColumn: 1),
                                                                                                   end: Position(line: 0, codeUnitColumn: 1)), text: "X")],
                                                   to: DocumentKey(uri: uri), uri: uri, version: 1, encoding: .utf16)
        else { return false }
        return result.after.source.text == "\u{FEFF}Xa"
    }()

    static func check(utf8: Bool, startsWithBOM: Bool) throws {
        let seed: UInt64 = 0x5712_00AA + (utf8 ? 1 : 0) + (startsWithBOM ? 2 : 0)
        var generator = SeededGenerator(state: seed)
        let uri = "file:///tmp/model.vsm"
        let key = DocumentKey(uri: uri)
        var edits = 0
        for run in 0..<25 {
            var initial = Self.randomText(Int.random(in: 0..<40, using: &generator), using: &generator)
            if startsWithBOM { initial = "\u{FEFF}" + initial }
            var reference = Reference(units: Array(initial.utf16))
            var store = DocumentStore()
            try store.open(TextDocumentItem(uri: uri, languageId: "vsm", version: 0, text: initial), key: key, path: "model.vsm")
            for version in 1...100 {
                let count = reference.units.count
                // A quarter of the edits touch the very end; the others anywhere.
                var lower = Int.random(in: 0...count, using: &generator)
                var upper = Int.random(in: 0...4, using: &generator) == 0 ? count : Int.random(in: lower...min(count, lower + 12), using: &generator)
                if startsWithBOM, lower == 0, count > 0 { lower = 1 } // keep the BOM the first character
                upper = max(lower, upper)
                while !reference.isBoundary(lower) { lower -= 1 }
                while !reference.isBoundary(upper) { upper += 1 }
                let inserted = Self.randomText(Int.random(in: 0..<4, using: &generator), using: &generator)
                let change = TextDocumentContentChangeEvent(
                    range: LSPRange(start: reference.position(of: lower, utf8: utf8), end: reference.position(of: upper, utf8: utf8)),
                    text: inserted)
                reference.units.replaceSubrange(lower..<upper, with: Array(inserted.utf16))
                let result = try store.applyChanges([change], to: key, uri: uri, version: version, encoding: utf8 ? .utf8 : .utf16)
                edits += 1
                // With a BOM this needs the BOM to count as one UTF-16 unit of line 0 (the LSP
                // view); a LineTable that gives it no width fails here, and only here.
                try #require(result.after.source.bytes == Array(reference.text.utf8),
                             "seed \(seed), run \(run), edit \(version): \(change) gave \(result.after.source.text.debugDescription), expected \(reference.text.debugDescription)")
                try #require(!result.clamped, "seed \(seed), run \(run), edit \(version): \(change) was clamped")
            }
        }
        #expect(edits == 2_500)
    }

    /// A position inside a surrogate pair (UTF-16) or a UTF-8 sequence means the position
    /// before that character: an edit never splits it, and the change counts as clamped.
    @Test func aPositionInsideACharacterMeansTheStartOfIt() throws {
        let uri = "file:///tmp/split.vsm"
        let key = DocumentKey(uri: uri)
        func apply(_ text: String, _ start: Int, _ end: Int, _ inserted: String, utf8: Bool) throws -> (String, Bool) {
            var store = DocumentStore()
            try store.open(TextDocumentItem(uri: uri, languageId: "vsm", version: 0, text: text), key: key, path: "split.vsm")
            let change = TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: 0, codeUnitColumn: start),
                                                                        end: Position(line: 0, codeUnitColumn: end)), text: inserted)
            let result = try store.applyChanges([change], to: key, uri: uri, version: 1, encoding: utf8 ? .utf8 : .utf16)
            #expect(result.after.source.firstInvalidUTF8Offset == nil)
            return (result.after.source.text, result.clamped)
        }
        // "a😀b": 😀 is units 1–2 (UTF-16), bytes 1–4 (UTF-8).
        #expect(try apply("a😀b", 2, 2, "-", utf8: false) == ("a-😀b", true))
        #expect(try apply("a😀b", 0, 2, "", utf8: false) == ("😀b", true))
        #expect(try apply("a😀b", 2, 4, "", utf8: false) == ("a", true))
        #expect(try apply("a😀b", 3, 3, "+", utf8: true) == ("a+😀b", true))
        #expect(try apply("a😀b", 1, 3, "", utf8: true) == ("a😀b", true))
    }
}
