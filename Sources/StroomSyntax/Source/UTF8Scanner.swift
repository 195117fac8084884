/// Small, allocation-free UTF-8 helpers over bytes. The lexer and the line table use these so
/// that the hot paths never build `Character`s.
public enum UTF8Scanner {
    /// Decodes the scalar that starts at `offset`. Returns `nil` for a byte that does not start a
    /// valid sequence; its length is then 1, so callers always make progress.
    @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar?, length: Int) {
        let b0 = bytes[offset]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let count = bytes.count
        func continuation(_ i: Int) -> UInt32? {
            guard i < count else { return nil }
            let b = bytes[i]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        if b0 >= 0xC2 && b0 <= 0xDF {
            guard let c1 = continuation(offset + 1) else { return (nil, 1) }
            return (Unicode.Scalar((UInt32(b0 & 0x1F) << 6) | c1), 2)
        }
        if b0 >= 0xE0 && b0 <= 0xEF {
            guard let c1 = continuation(offset + 1), let c2 = continuation(offset + 2) else { return (nil, 1) }
            let value = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
            // Reject overlong forms and surrogates.
            guard value >= 0x800, !(0xD800...0xDFFF).contains(value), let scalar = Unicode.Scalar(value) else { return (nil, 1) }
            return (scalar, 3)
        }
        if b0 >= 0xF0 && b0 <= 0xF4 {
            guard let c1 = continuation(offset + 1), let c2 = continuation(offset + 2), let c3 = continuation(offset + 3) else { return (nil, 1) }
            let value = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            guard value >= 0x10000, value <= 0x10FFFF, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
            return (scalar, 4)
        }
        return (nil, 1)
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                if offset + 8 <= buffer.count, !ByteWords.hasNonASCII(ByteWords.load(buffer, at: offset)) {
                    offset += 8
                    continue
                }
                if buffer[offset] < 0x80 { offset += 1; continue }
                let (scalar, length) = decode(buffer, at: offset)
                if scalar == nil { return offset }
                offset += length
            }
            return nil
        }
    }
}
