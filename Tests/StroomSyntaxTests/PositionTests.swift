import StroomSyntax
import Testing

/// The three conversions of the line table, on Dutch text with diacritics, emoji, CRLF, a
/// lone CR and a BOM.
@Suite struct PositionTests {
    /// Offset of the first occurrence of `needle` in `text`, in UTF-8 bytes.
    func offset(of needle: String, in text: String) -> Int {
        let range = text.range(of: needle)!
        return text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
    }

    @Test func diacriticsCountAsOneCharacterAndOneUTF16Unit() {
        let text = "idee ideeën \"één\" x"
        let table = SourceFile(path: "t.vsm", text: text).lineTable
        let x = offset(of: "x", in: text)
        #expect(x == 21) // ë and é take two bytes each: 3 of them
        #expect(table.humanPosition(of: x) == (1, 19))
        #expect(table.utf16Column(of: x) == (0, 18))
        #expect(table.utf8Offset(line: 0, utf16Column: 18) == (x, false))
    }

    @Test func emojiAreTwoUTF16UnitsAndOneCharacter() {
        let text = "stap s \"💡👨‍👩‍👧\" x"
        let table = SourceFile(path: "t.vsm", text: text).lineTable
        let x = offset(of: "x", in: text)
        // 💡 is 1 scalar (2 UTF-16 units); the family is 5 scalars (8 UTF-16 units) but 1 character.
        #expect(table.humanPosition(of: x).column == 13)
        #expect(table.utf16Column(of: x).utf16Column == 8 + 2 + 8 + 2)
        #expect(table.utf8Offset(line: 0, utf16Column: 20).utf8Offset == x)
        // A column inside the surrogate pair of 💡 clamps to its start.
        let bulb = offset(of: "💡", in: text)
        #expect(table.utf8Offset(line: 0, utf16Column: 9) == (bulb, true))
    }

    @Test func crlfLoneCRAndLFAllEndLines() {
        let text = "a\r\nbë\rc\nd"
        let table = SourceFile(path: "t.vsm", text: text).lineTable
        #expect(table.lineCount == 4)
        #expect(table.lineStarts == [0, 3, 7, 9])
        #expect(table.position(of: offset(of: "c", in: text)) == LinePosition(line: 2, utf8Column: 0))
        #expect(table.humanPosition(of: offset(of: "d", in: text)) == (4, 1))
        // The end of line 1 is before its CR: a column past the end clamps there.
        #expect(table.utf8Offset(line: 1, utf16Column: 99) == (6, true))
        #expect(table.utf16Column(of: 6) == (1, 2))
    }

    @Test func aBOMHasNoWidth() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ab\r\ncd".utf8)
        let table = SourceFile(path: "t.vsm", bytes: bytes).lineTable
        #expect(table.humanPosition(of: 3) == (1, 1))
        #expect(table.utf16Column(of: 4) == (0, 1))
        #expect(table.utf8Offset(line: 0, utf16Column: 0) == (3, false))
        #expect(table.utf8Offset(line: 0, utf8Column: 1) == (4, false))
        #expect(table.utf8Column(of: 4) == (0, 1))
    }

    /// Issue 12: for an editor the BOM is a character (U+FEFF: one UTF-16 unit, three UTF-8
    /// units); for people it has no width.
    @Test func aBOMIsACharacterForAnEditor() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ab\r\ncd".utf8)
        let table = SourceFile(path: "t.vsm", bytes: bytes).lineTable
        #expect(table.utf16Column(of: 3, countingBOM: true) == (0, 1))
        #expect(table.utf16Column(of: 4, countingBOM: true) == (0, 2))
        #expect(table.utf8Offset(line: 0, utf16Column: 1, countingBOM: true) == (3, false))
        #expect(table.utf8Offset(line: 0, utf16Column: 0, countingBOM: true) == (0, false))
        #expect(table.utf8Offset(line: 0, utf8Column: 4, countingBOM: true) == (4, false))
        #expect(table.utf8Column(of: 4, countingBOM: true) == (0, 4))
        #expect(table.utf16Column(of: 8, countingBOM: true) == (1, 1))
        #expect(table.humanPosition(of: 3) == (1, 1))
    }

    /// Issue 12: a column near `Int.max` is clamped to the end of its line, never added up.
    @Test func extremeColumnsAreClampedWithoutOverflow() {
        for text in ["ab\ncd", "ëb\ncd", "\u{FEFF}ab\ncd"] {
            let table = SourceFile(path: "t.vsm", text: text).lineTable
            let end = table.lineContentEnds[0]
            for countingBOM in [false, true] {
                #expect(table.utf8Offset(line: 0, utf16Column: Int.max, countingBOM: countingBOM) == (end, true))
                #expect(table.utf8Offset(line: 0, utf8Column: Int.max, countingBOM: countingBOM) == (end, true))
                #expect(table.utf8Offset(line: Int.max, utf16Column: Int.max, countingBOM: countingBOM) == (table.utf8Length, true))
                #expect(table.utf8Offset(line: Int.min, utf8Column: Int.min, countingBOM: countingBOM) == (0, true))
                #expect(table.utf8Offset(line: 1, utf16Column: Int.min, countingBOM: countingBOM).clamped)
                #expect(table.utf8Offset(line: 1, utf16Column: Int.max - 1, countingBOM: countingBOM) == (table.utf8Length, true))
            }
        }
    }

    @Test func positionsPastTheEndAreClamped() {
        let table = SourceFile(path: "t.vsm", text: "ab\ncd").lineTable
        #expect(table.utf8Offset(line: 7, utf16Column: 0) == (5, true))
        #expect(table.utf8Offset(line: -1, utf16Column: 0) == (0, true))
        #expect(table.utf8Offset(line: 1, utf16Column: -3) == (3, true))
        #expect(table.position(of: 99) == LinePosition(line: 1, utf8Column: 2))
    }

    @Test func utf8ColumnsNeverSplitACharacter() {
        let table = SourceFile(path: "t.vsm", text: "ëx").lineTable
        #expect(table.utf8Offset(line: 0, utf8Column: 1) == (0, true))
        #expect(table.utf8Offset(line: 0, utf8Column: 2) == (2, false))
    }

    @Test func diagnosticsOnDutchTextPointAtTheRightCharacter() {
        let text = "\u{FEFF}proces p \"Ideeën\" {\r\n  stap één \"Één\" { tijd: 5minuten }\r\n}\r\n"
        let source = SourceFile(path: "t.vsm", text: text)
        let tree = SyntaxTree.parse(source)
        #expect(tree.diagnostics.map(\.code) == ["S007"])
        #expect(source.lineTable.humanPosition(of: tree.diagnostics[0].range.utf8Start) == (2, 26))
        #expect(tree.printedBytes() == Array(text.utf8))
    }
}
