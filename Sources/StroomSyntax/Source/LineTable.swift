/// A 0-based line and a UTF-8 byte column on that line.
public struct LinePosition: Hashable, Sendable, Comparable {
    public var line: Int
    public var utf8Column: Int

    public init(line: Int, utf8Column: Int) {
        self.line = line
        self.utf8Column = utf8Column
    }

    public static func < (lhs: LinePosition, rhs: LinePosition) -> Bool {
        (lhs.line, lhs.utf8Column) < (rhs.line, rhs.utf8Column)
    }
}

/// The one line table of a file: where each line starts, in UTF-8 offsets.
///
/// Lines end at `\n`, `\r\n` or `\r` (the three line ends of LSP); nothing is normalised. Lines
/// that are pure ASCII are marked, so that UTF-16 and character columns on them cost nothing.
/// A byte order mark has no width: editors never show it.
public struct LineTable: Sendable {
    /// UTF-8 offset of the first byte of every line. Always starts with 0.
    public let lineStarts: [Int]
    /// UTF-8 offset just after the last content byte of every line (before its line break).
    public let lineContentEnds: [Int]
    private let asciiLines: [Bool]
    private let bytes: [UInt8]
    /// Column marks on long non-ASCII lines (`LineTable+Marks`), by line.
    let marks: [Int: LineMarks]
    /// 3 when the file starts with a UTF-8 byte order mark, else 0.
    public let bomLength: Int

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var starts = [0]
        var ends: [Int] = []
        var ascii: [Bool] = []
        var lineIsASCII = true
        let count = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < count {
                // Eight ASCII bytes without a line break: nothing to note.
                if index + 8 <= count {
                    let word = ByteWords.load(buffer, at: index)
                    if !ByteWords.hasNonASCII(word), !ByteWords.hasByte(word, 0x0A), !ByteWords.hasByte(word, 0x0D) {
                        index += 8
                        continue
                    }
                }
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    ends.append(index)
                    ascii.append(lineIsASCII)
                    lineIsASCII = true
                    if byte == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    index += 1
                    starts.append(index)
                    continue
                }
                if byte >= 0x80 { lineIsASCII = false }
                index += 1
            }
        }
        ends.append(count)
        ascii.append(lineIsASCII)
        // The BOM sits on line 0 and is non-ASCII; it has no width, so it does not count.
        if bomLength == 3, ascii.count > 0 {
            ascii[0] = !bytes[3..<ends[0]].contains { $0 >= 0x80 }
        }
        lineStarts = starts
        lineContentEnds = ends
        asciiLines = ascii
        marks = LineTable.marks(for: bytes, lineStarts: starts, lineContentEnds: ends,
                                asciiLines: ascii, bomLength: bomLength)
    }

    public var lineCount: Int { lineStarts.count }
    public var utf8Length: Int { bytes.count }

    /// The line that holds `utf8Offset` (offsets past the end belong to the last line).
    public func line(containing utf8Offset: Int) -> Int {
        LineTable.lastIndex(in: lineStarts, atOrBefore: utf8Offset)
    }

    /// The index of the last value at or before `value` in ascending `sorted` (0 when the first
    /// is already after it), by bisection: line starts, and column marks (`LineTable+Marks`).
    static func lastIndex(in sorted: [Int], atOrBefore value: Int) -> Int {
        var low = 0
        var high = sorted.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sorted[mid] <= value { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Line and UTF-8 column of an offset, clamped to the file.
    public func position(of utf8Offset: Int) -> LinePosition {
        let clamped = max(0, min(utf8Offset, bytes.count))
        let line = line(containing: clamped)
        return LinePosition(line: line, utf8Column: clamped - lineStarts[line])
    }

    /// The content of a line, without its line break.
    public func contentRange(ofLine line: Int) -> TextRange {
        TextRange(utf8Start: lineStarts[line], utf8End: lineContentEnds[line])
    }

    func isASCII(line: Int) -> Bool { asciiLines[line] }

    /// Whether the line is ASCII from `origin` on (a BOM counted as a character is not).
    func isASCII(line: Int, from origin: Int) -> Bool {
        asciiLines[line] && (line != 0 || origin >= bomLength)
    }

    /// Where counting columns starts on a line: after the BOM on line 0, unless the BOM counts
    /// as a character (for an editor, see `LineTable+Columns`).
    func columnOrigin(ofLine line: Int, countingBOM: Bool = false) -> Int {
        line == 0 && !countingBOM ? bomLength : lineStarts[line]
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer(body)
    }
}
