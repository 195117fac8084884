/// Strings and the number family (numbers, durations, percentages, dates, clock times, counts).
extension Cursor {
    /// `"…"` (ends at the line end if unterminated) or `"""…"""` (may span lines).
    mutating func scanString(flags: inout TokenFlags) -> TokenKind {
        if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
            flags.insert(.multiline)
            offset += 3
            while let byte = peek() {
                if byte == UInt8(ascii: "\\") {
                    scanEscape(flags: &flags)
                    continue
                }
                if byte == UInt8(ascii: "\""), peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
                    offset += 3
                    return .string
                }
                offset += 1
            }
            flags.insert(.unterminated)
            return .string
        }
        offset += 1
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return .string
            case UInt8(ascii: "\\"):
                scanEscape(flags: &flags)
            case 0x0A, 0x0D:
                flags.insert(.unterminated)
                return .string
            default:
                offset += 1
            }
        }
        flags.insert(.unterminated)
        return .string
    }

    /// `\"`, `\\`, `\n`, `\t`, `\u{…}`; anything else is flagged (the text is kept).
    mutating func scanEscape(flags: inout TokenFlags) {
        offset += 1
        guard let byte = peek() else { flags.insert(.invalidEscape); return }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "t"):
            offset += 1
        case UInt8(ascii: "u"):
            offset += 1
            guard peek() == UInt8(ascii: "{") else { flags.insert(.invalidEscape); return }
            offset += 1
            var digits = 0
            var value: UInt32 = 0
            while let b = peek(), let digit = Cursor.hexValue(b) {
                value = value &* 16 &+ UInt32(digit)
                digits += 1
                offset += 1
            }
            guard peek() == UInt8(ascii: "}"), (1...8).contains(digits), Unicode.Scalar(value) != nil else {
                flags.insert(.invalidEscape)
                return
            }
            offset += 1
        case 0x0A, 0x0D:
            flags.insert(.invalidEscape)
        default:
            flags.insert(.invalidEscape)
            offset += UTF8Scanner.decode(buffer, at: offset).length
        }
    }

    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    /// `“…”` or `„…”`: a string a word processor made. It is kept as a string (so the rest of
    /// the line parses) and flagged, so that one S001 with a fix replaces the quotes.
    mutating func scanCurlyString(flags: inout TokenFlags) -> TokenKind {
        flags.insert(.curlyQuotes)
        offset += UTF8Scanner.decode(buffer, at: offset).length
        while let byte = peek() {
            if byte == 0x0A || byte == 0x0D { flags.insert(.unterminated); return .string }
            let (scalar, length) = UTF8Scanner.decode(buffer, at: offset)
            offset += length
            if scalar == "\u{201D}" || scalar == "\u{201C}" { return .string }
        }
        flags.insert(.unterminated)
        return .string
    }

    @inline(__always)
    func isDigit(_ ahead: Int) -> Bool {
        guard let byte = peek(ahead) else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// `2026-03-01`, `08:45`, `12`, `1.5`, `1,5`, `80%`, `45min`, `3x`.
    mutating func scanNumber(flags: inout TokenFlags) -> TokenKind {
        // A date: exactly four digits, dash, two digits, dash, two digits.
        if isDigit(1), isDigit(2), isDigit(3), peek(4) == UInt8(ascii: "-"), isDigit(5), isDigit(6),
           peek(7) == UInt8(ascii: "-"), isDigit(8), isDigit(9), !isDigit(10) {
            offset += 10
            return .date
        }
        var digits = 0
        while isDigit(0) { offset += 1; digits += 1 }
        // A clock time: one or two digits, a colon, two digits, nothing more.
        if digits <= 2, peek() == UInt8(ascii: ":"), isDigit(1), isDigit(2), !isDigit(3) {
            offset += 3
            return .time
        }
        if peek() == UInt8(ascii: "."), isDigit(1) {
            offset += 1
            while isDigit(0) { offset += 1 }
        } else if peek() == UInt8(ascii: ","), isDigit(1) {
            flags.insert(.decimalComma)
            offset += 1
            while isDigit(0) { offset += 1 }
        }
        if peek() == UInt8(ascii: "%") {
            offset += 1
            return .percent
        }
        // A unit or the `x` of a count, glued to the number.
        let unitStart = offset
        scanIdentifierTail()
        if offset == unitStart { return .number }
        let unit = String(decoding: UnsafeBufferPointer(rebasing: buffer[unitStart..<offset]), as: UTF8.self)
        if unit == "x" || unit == "X" { return .count }
        if DurationUnit(spelling: unit) == nil { flags.insert(.invalidUnit) }
        return .duration
    }
}
