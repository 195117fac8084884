/// Conversions between UTF-8 offsets and the columns the outside world counts: UTF-16 code
/// units (LSP), Unicode scalars, and characters a person sees (CLI messages).
extension LineTable {
    /// The UTF-16 column of an offset on its line (the LSP default position encoding).
    /// `countingBOM`: whether a BOM is a character of line 0, as it is for an editor (LSP counts
    /// the text the editor holds, BOM included); people (CLI messages, SARIF) do not see it.
    public func utf16Column(of utf8Offset: Int, countingBOM: Bool = false) -> (line: Int, utf16Column: Int) {
        let position = position(of: utf8Offset)
        let origin = columnOrigin(ofLine: position.line, countingBOM: countingBOM)
        let offset = lineStarts[position.line] + position.utf8Column
        if offset <= origin { return (position.line, 0) }
        if isASCII(line: position.line, from: origin) { return (position.line, offset - origin) }
        var (start, units) = (origin, 0)
        if let mark = marks[position.line]?.utf16Mark(atOrBefore: offset) {
            (start, units) = (mark.offset, mark.units + countedBOM(origin))
        }
        withBytes { buffer in
            var index = start
            while index < offset {
                let (scalar, length) = UTF8Scanner.decode(buffer, at: index)
                units += scalar.map { $0.value > 0xFFFF ? 2 : 1 } ?? 1
                index += length
            }
        }
        return (position.line, units)
    }

    /// The 1-based line and 1-based column in characters (grapheme clusters), as a person counts
    /// them: `ë`, `é` and a family emoji are each one column.
    public func humanPosition(of utf8Offset: Int) -> (line: Int, column: Int) {
        let position = position(of: utf8Offset)
        let origin = columnOrigin(ofLine: position.line)
        let offset = lineStarts[position.line] + position.utf8Column
        if offset <= origin { return (position.line + 1, 1) }
        if isASCII(line: position.line) { return (position.line + 1, offset - origin + 1) }
        var (start, before) = (origin, 0)
        if let mark = marks[position.line]?.characterMark(atOrBefore: offset) { (start, before) = mark }
        let characters = withBytes { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<offset]), as: UTF8.self).count
        }
        return (position.line + 1, before + characters + 1)
    }

    /// The UTF-8 offset of an LSP position in UTF-16 units. A line past the end clamps to the end
    /// of the file, a column past the end of its line clamps to the end of the line, and a column
    /// inside a surrogate pair clamps to the start of that character. `clamped` says whether any
    /// of that happened, so the caller can log it. Any `Int` is safe, `Int.max` and `Int.min` too.
    public func utf8Offset(line: Int, utf16Column: Int, countingBOM: Bool = false) -> (utf8Offset: Int, clamped: Bool) {
        guard line >= 0 else { return (0, true) }
        guard line < lineCount else { return (utf8Length, true) }
        guard utf16Column >= 0 else { return (lineStarts[line], true) }
        let origin = columnOrigin(ofLine: line, countingBOM: countingBOM)
        let end = lineContentEnds[line]
        if isASCII(line: line, from: origin) {
            // Compared before adding, so that a column near Int.max cannot overflow.
            return utf16Column > end - origin ? (end, true) : (origin + utf16Column, false)
        }
        var (start, before) = (origin, 0)
        if let mark = marks[line]?.utf16Mark(atOrBeforeUnits: utf16Column - countedBOM(origin)),
           mark.units + countedBOM(origin) <= utf16Column, mark.offset > origin {
            (start, before) = (mark.offset, mark.units + countedBOM(origin))
        }
        return withBytes { buffer in
            var index = start
            var units = before
            while index < end {
                if units == utf16Column { return (index, false) }
                let (scalar, length) = UTF8Scanner.decode(buffer, at: index)
                let width = scalar.map { $0.value > 0xFFFF ? 2 : 1 } ?? 1
                if units + width > utf16Column { return (index, true) }
                units += width
                index += length
            }
            return (end, units != utf16Column)
        }
    }

    /// The UTF-8 offset of a position in UTF-8 units (the `utf-8` LSP position encoding),
    /// clamped the same way as ``utf8Offset(line:utf16Column:)``.
    public func utf8Offset(line: Int, utf8Column: Int, countingBOM: Bool = false) -> (utf8Offset: Int, clamped: Bool) {
        guard line >= 0 else { return (0, true) }
        guard line < lineCount else { return (utf8Length, true) }
        guard utf8Column >= 0 else { return (lineStarts[line], true) }
        let origin = columnOrigin(ofLine: line, countingBOM: countingBOM)
        let end = lineContentEnds[line]
        if utf8Column > end - origin { return (end, true) }
        var offset = origin + utf8Column
        // Never land inside a multi-byte character.
        var clamped = false
        withBytes { buffer in
            while offset > origin, offset < buffer.count, buffer[offset] & 0xC0 == 0x80 {
                offset -= 1
                clamped = true
            }
        }
        return (offset, clamped)
    }

    /// The UTF-8 column of an offset (past the BOM unless `countingBOM`), for the `utf-8` LSP
    /// position encoding.
    public func utf8Column(of utf8Offset: Int, countingBOM: Bool = false) -> (line: Int, utf8Column: Int) {
        let position = position(of: utf8Offset)
        let origin = columnOrigin(ofLine: position.line, countingBOM: countingBOM)
        let offset = lineStarts[position.line] + position.utf8Column
        return (position.line, max(0, offset - origin))
    }

    /// Marks count from after the BOM: when columns count from before it (for an editor), it
    /// is one UTF-16 unit more.
    private func countedBOM(_ origin: Int) -> Int {
        origin < bomLength ? 1 : 0
    }
}
