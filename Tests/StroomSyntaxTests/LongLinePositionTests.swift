@testable import StroomSyntax
import Testing

/// Columns on long non-ASCII lines start counting at the nearest mark (`LineTable+Marks`), so
/// that many findings on one long line cost linear time. The answers must be exactly those of
/// counting from the start of the line, which this suite does the slow way as its reference.
@Suite struct LongLinePositionTests {
    /// Pieces a line is made of: ASCII, Dutch diacritics, a combining accent, emoji with skin
    /// tones and joiners, flags (regional indicator pairs) and CJK.
    static let pieces: [[UInt8]] = [
        "stap", " ", "ideeën", "e\u{301}", "💡", "👨‍👩‍👧", "👍🏽", "🇳🇱", "🇧🇪", "漢字", "\"", "x",
    ].map { Array($0.utf8) }

    /// A deterministic generator, so that a failure repeats.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    static func line(bytes count: Int, seed: UInt64, invalid: Bool) -> [UInt8] {
        var random = Generator(state: seed)
        var line: [UInt8] = []
        while line.count < count {
            line += pieces[Int.random(in: 0..<pieces.count, using: &random)]
            if invalid, Int.random(in: 0..<200, using: &random) == 0 { line += [0xE2, 0x82] }
        }
        return line
    }

    /// UTF-16 units of `bytes[origin..<offset]`, counted as the line table always did.
    static func referenceUTF16(_ bytes: [UInt8], from origin: Int, to offset: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var units = 0
            var index = origin
            while index < offset {
                let (scalar, length) = UTF8Scanner.decode(buffer, at: index)
                units += scalar.map { $0.value > 0xFFFF ? 2 : 1 } ?? 1
                index += length
            }
            return units
        }
    }

    static func referenceCharacters(_ bytes: [UInt8], from origin: Int, to offset: Int) -> Int {
        String(decoding: bytes[origin..<offset], as: UTF8.self).count
    }

    /// Offsets to ask about: random ones and every offset close to a mark.
    static func offsets(in range: Range<Int>, seed: UInt64) -> [Int] {
        var random = Generator(state: seed ^ 0x5EED)
        var offsets = (0..<300).map { _ in Int.random(in: range, using: &random) }
        var mark = range.lowerBound
        while mark < range.upperBound {
            offsets += (max(range.lowerBound, mark - 6)..<min(range.upperBound, mark + 6))
            mark += LineMarks.spacing
        }
        return offsets
    }

    @Test(arguments: [(UInt64(1), false, false), (2, true, false), (3, false, true), (4, true, true)])
    func marksGiveTheSameColumnsAsCountingFromTheStart(seed: UInt64, bom: Bool, invalid: Bool) {
        let long = Self.line(bytes: 40_000, seed: seed, invalid: invalid)
        let head: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        let bytes = head + long + Array("\r\nproces p {}\n".utf8) + long
        let table = SourceFile(path: "long.vsm", bytes: bytes).lineTable
        #expect(table.marks.keys.sorted() == [0, 2], "both long lines are marked, not the short one")
        let firstEnd = head.count + long.count
        let secondStart = firstEnd + "\r\nproces p {}\n".utf8.count
        for (line, start, end) in [(0, head.count, firstEnd), (2, secondStart, bytes.count)] {
            for offset in Self.offsets(in: start..<end + 1, seed: seed) {
                let human = table.humanPosition(of: offset)
                #expect(human.line == line + 1)
                #expect(human.column == Self.referenceCharacters(bytes, from: start, to: offset) + 1, "offset \(offset)")
                let units = Self.referenceUTF16(bytes, from: start, to: offset)
                #expect(table.utf16Column(of: offset).utf16Column == units, "offset \(offset)")
                // An editor counts the BOM as one unit on the first line.
                let editorUnits = table.utf16Column(of: offset, countingBOM: true).utf16Column
                #expect(editorUnits == units + (bom && line == 0 && offset > 0 ? 1 : 0), "offset \(offset)")
            }
            // Back from UTF-16 columns: the column of every character's start gives that start.
            for offset in Self.offsets(in: start..<end + 1, seed: seed &+ 7)
            where offset == end || bytes[offset] & 0xC0 != 0x80 {
                let units = Self.referenceUTF16(bytes, from: start, to: offset)
                let back = table.utf8Offset(line: line, utf16Column: units)
                #expect(back.utf8Offset == offset && !back.clamped, "offset \(offset)")
                let editor = table.utf8Offset(line: line, utf16Column: units + (bom && line == 0 ? 1 : 0), countingBOM: true)
                #expect(editor == back, "offset \(offset)")
            }
        }
    }

    @Test func shortAndASCIILinesGetNoMarks() {
        let ascii = [UInt8](repeating: 0x61, count: 50_000)
        let short = Array("ideeën 💡".utf8)
        let table = SourceFile(path: "t.vsm", bytes: ascii + [0x0A] + short).lineTable
        #expect(table.marks.isEmpty)
    }
}
