/// The byte-level rules of the header part: `Name: value\r\n` lines ended by an empty line.
/// Header names are compared without regard to case, as in HTTP.
enum HeaderSyntax {
    static let contentLength = Array("content-length".utf8)
    static let contentType = Array("content-type".utf8)
    static let longestNameLength = contentLength.count + 1

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// Whether `name:` (case-insensitive) starts at `index`.
    private static func hasName(_ name: [UInt8], in buffer: [UInt8], at index: Int) -> Bool {
        guard index + name.count < buffer.count else { return false }
        for offset in 0..<name.count where lowercased(buffer[index + offset]) != name[offset] {
            return false
        }
        return buffer[index + name.count] == UInt8(ascii: ":")
    }

    /// The first index at or after `from` where `Content-Length:` or `Content-Type:` starts.
    static func firstHeaderName(in buffer: [UInt8], from: Int) -> Int? {
        var index = from
        while index < buffer.count {
            let byte = lowercased(buffer[index])
            if byte == UInt8(ascii: "c"), hasName(contentLength, in: buffer, at: index) || hasName(contentType, in: buffer, at: index) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Where the header block that starts at `from` ends: the empty line after it.
    static func blockEnd(in buffer: [UInt8], from: Int) -> (contentEnd: Int, bodyStart: Int)? {
        var index = from
        while index + 3 < buffer.count {
            if buffer[index] == 0x0D, buffer[index + 1] == 0x0A, buffer[index + 2] == 0x0D, buffer[index + 3] == 0x0A {
                return (index, index + 4)
            }
            index += 1
        }
        return nil
    }

    /// The `Content-Length` of a header block (without its final empty line).
    static func parseBlock(_ block: ArraySlice<UInt8>) -> Result<Int, FramingProblem> {
        var length: Int?
        var lineStart = block.startIndex
        while lineStart <= block.endIndex {
            var lineEnd = lineStart
            while lineEnd < block.endIndex, !(block[lineEnd] == 0x0D && lineEnd + 1 < block.endIndex && block[lineEnd + 1] == 0x0A) {
                lineEnd += 1
            }
            // By indices, without slices of slices: every generic wrapper type (reversed, dropped)
            // is looked up by the runtime on first use, which a fresh process pays for.
            var colon = lineStart
            while colon < lineEnd, block[colon] != UInt8(ascii: ":") { colon += 1 }
            guard colon < lineEnd, colon > lineStart, (lineStart..<colon).allSatisfy({ isTokenByte(block[$0]) }) else {
                return .failure(.malformedHeader)
            }
            var valueStart = colon + 1
            while valueStart < lineEnd, block[valueStart] == 0x20 || block[valueStart] == 0x09 { valueStart += 1 }
            var valueEnd = lineEnd
            while valueEnd > valueStart, block[valueEnd - 1] == 0x20 || block[valueEnd - 1] == 0x09 { valueEnd -= 1 }
            let isContentLength = colon - lineStart == contentLength.count
                && (0..<contentLength.count).allSatisfy { lowercased(block[lineStart + $0]) == contentLength[$0] }
            if isContentLength {
                var number = 0
                var digits = 0
                for index in valueStart..<valueEnd {
                    let byte = block[index]
                    guard byte >= 0x30 && byte <= 0x39, digits < 12 else { digits = 13; break }
                    number = number * 10 + Int(byte - 0x30)
                    digits += 1
                }
                guard digits > 0, digits <= 12 else {
                    return .failure(.invalidContentLength(String(decoding: block[valueStart..<valueEnd], as: UTF8.self)))
                }
                length = number
            }
            lineStart = lineEnd + 2
        }
        guard let length else { return .failure(.missingContentLength) }
        return .success(length)
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "-")
    }

    /// The first `Content-Length: 123\r\n` line that starts in `from..<to`, complete in the buffer.
    /// Inside an announced body such a line proves the length was wrong (see ``MessageFraming``).
    static func firstCompleteHeaderLine(in buffer: [UInt8], from: Int, to: Int, bodyStart: Int) -> Int? {
        var index = from
        while index < to {
            if lowercased(buffer[index]) == UInt8(ascii: "c"), hasName(contentLength, in: buffer, at: index) {
                var cursor = index + contentLength.count + 1
                while cursor < buffer.count, buffer[cursor] == 0x20 || buffer[cursor] == 0x09 { cursor += 1 }
                let digitsStart = cursor
                while cursor < buffer.count, buffer[cursor] >= 0x30, buffer[cursor] <= 0x39 { cursor += 1 }
                if cursor > digitsStart, cursor + 1 < buffer.count, buffer[cursor] == 0x0D, buffer[cursor + 1] == 0x0A {
                    return index
                }
            }
            index += 1
        }
        return nil
    }
}
