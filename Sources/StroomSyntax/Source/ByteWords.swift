/// Eight bytes at a time, for the scans that go over a whole text on every keystroke (where
/// an edit starts and ends, the line table, the UTF-8 check). A byte loop costs a compare and
/// a branch per byte; these skip a word of eight ordinary bytes in one step, and the byte loop
/// then finds the exact place inside the word.
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    static func load(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawBufferPointer(buffer).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Whether any of the eight bytes is 0x80 or above.
    @inline(__always)
    static func hasNonASCII(_ word: UInt64) -> Bool {
        word & highBits != 0
    }

    /// Whether any of the eight bytes equals `byte` (exact: the classic test for a zero byte,
    /// on the word with `byte` cleared).
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits != 0
    }

    /// How many bytes `a` and `b` share at their starts, up to `limit`.
    static func commonPrefix(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var index = 0
        while index + 8 <= limit, load(a, at: index) == load(b, at: index) { index += 8 }
        while index < limit, a[index] == b[index] { index += 1 }
        return index
    }

    /// How many bytes `a` and `b` share at their ends, up to `limit`.
    static func commonSuffix(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        var length = 0
        while length + 8 <= limit, load(a, at: a.count - length - 8) == load(b, at: b.count - length - 8) { length += 8 }
        while length < limit, a[a.count - 1 - length] == b[b.count - 1 - length] { length += 1 }
        return length
    }
}
