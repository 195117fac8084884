/// Column marks on long non-ASCII lines, so that a column costs what lies between it and the
/// nearest mark, not the whole line before it.
///
/// Without them, every finding on a long line counts its column from the start of the line:
/// a 1 MB line with 50,000 findings costs 50,000 × half a megabyte. With a mark every
/// `LineMarks.spacing` bytes, a column costs at most that many bytes of counting, so the whole
/// file stays linear. Short or ASCII lines get no marks (their columns are cheap already).
struct LineMarks: Sendable {
    /// Bytes between two marks, and the shortest line that gets marks.
    static let spacing = 4096

    /// UTF-8 offsets at scalar boundaries, ascending, each with the UTF-16 units from the
    /// line's origin (BOM excluded) up to it. The first is the origin itself.
    let utf16Offsets: [Int]
    let utf16Units: [Int]
    /// UTF-8 offsets at character (grapheme cluster) boundaries, with the characters before
    /// them; empty when the line is not valid UTF-8 (its characters are then counted in full,
    /// as `String(decoding:)` repairs them).
    let characterOffsets: [Int]
    let characterCounts: [Int]

    /// Marks for the bytes `origin..<end` of a line, or nil when the line is too short.
    init?(_ buffer: UnsafeBufferPointer<UInt8>, origin: Int, end: Int) {
        guard end - origin >= LineMarks.spacing else { return nil }
        var offsets = [origin]
        var units = [0]
        var index = origin
        var count = 0
        var valid = true
        var next = origin + LineMarks.spacing
        while index < end {
            if index >= next {
                offsets.append(index)
                units.append(count)
                next = index + LineMarks.spacing
            }
            let (scalar, length) = UTF8Scanner.decode(buffer, at: index)
            if scalar == nil { valid = false }
            count += scalar.map { $0.value > 0xFFFF ? 2 : 1 } ?? 1
            index += length
        }
        utf16Offsets = offsets
        utf16Units = units
        guard valid else {
            characterOffsets = []
            characterCounts = []
            return
        }
        let line = String(decoding: UnsafeBufferPointer(rebasing: buffer[origin..<end]), as: UTF8.self)
        var characterOffsets = [origin]
        var characterCounts = [0]
        var characters = 0
        next = origin + LineMarks.spacing
        var position = line.startIndex
        // Valid UTF-8 is kept byte for byte, so UTF-8 distances in `line` are the file's.
        var offset = origin
        while position < line.endIndex {
            let after = line.index(after: position)
            offset += line.utf8.distance(from: position, to: after)
            position = after
            characters += 1
            if offset >= next, position < line.endIndex {
                characterOffsets.append(offset)
                characterCounts.append(characters)
                next = offset + LineMarks.spacing
            }
        }
        self.characterOffsets = characterOffsets
        self.characterCounts = characterCounts
    }

    /// The last mark at or before a UTF-8 offset, and the UTF-16 units before it.
    func utf16Mark(atOrBefore offset: Int) -> (offset: Int, units: Int) {
        let mark = LineTable.lastIndex(in: utf16Offsets, atOrBefore: offset)
        return (utf16Offsets[mark], utf16Units[mark])
    }

    /// The last mark with at most `units` UTF-16 units before it.
    func utf16Mark(atOrBeforeUnits units: Int) -> (offset: Int, units: Int) {
        let mark = LineTable.lastIndex(in: utf16Units, atOrBefore: units)
        return (utf16Offsets[mark], utf16Units[mark])
    }

    /// The last character mark at or before a UTF-8 offset, and the characters before it; nil
    /// on a line that is not valid UTF-8.
    func characterMark(atOrBefore offset: Int) -> (offset: Int, characters: Int)? {
        guard !characterOffsets.isEmpty else { return nil }
        let mark = LineTable.lastIndex(in: characterOffsets, atOrBefore: offset)
        return (characterOffsets[mark], characterCounts[mark])
    }
}

extension LineTable {
    /// Marks for every long non-ASCII line, by line number.
    static func marks(for bytes: [UInt8], lineStarts: [Int], lineContentEnds: [Int],
                      asciiLines: [Bool], bomLength: Int) -> [Int: LineMarks] {
        var marks: [Int: LineMarks] = [:]
        bytes.withUnsafeBufferPointer { buffer in
            for line in lineStarts.indices where !asciiLines[line]
                && lineContentEnds[line] - lineStarts[line] >= LineMarks.spacing {
                let origin = line == 0 ? bomLength : lineStarts[line]
                if let lineMarks = LineMarks(buffer, origin: origin, end: lineContentEnds[line]) {
                    marks[line] = lineMarks
                }
            }
        }
        return marks
    }
}
