/// Turns bytes into tokens. Never fails: anything it does not understand becomes an `error`
/// token, and every byte ends up in exactly one token or its leading trivia.
///
/// The lexer scans UTF-8 bytes through an unsafe buffer and never builds `Character`s; only
/// non-ASCII bytes are decoded, one scalar at a time.
public struct Lexer {
    public static func tokenize(_ source: SourceFile) -> [Token] {
        source.bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(buffer: buffer)
            var tokens: [Token] = []
            tokens.reserveCapacity(buffer.count / 4 + 1)
            while true {
                let token = cursor.next()
                tokens.append(token)
                if token.kind == .eof { break }
            }
            return tokens
        }
    }
}

/// The lexer's position in the bytes, and the scanning of one token.
struct Cursor {
    let buffer: UnsafeBufferPointer<UInt8>
    var offset = 0
    var atFileStart = true

    init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    var isAtEnd: Bool { offset >= buffer.count }

    @inline(__always)
    func peek(_ ahead: Int = 0) -> UInt8? {
        let index = offset + ahead
        return index < buffer.count ? buffer[index] : nil
    }

    mutating func next() -> Token {
        let triviaStart = offset
        let sawLineBreak = skipTrivia()
        var flags: TokenFlags = []
        if sawLineBreak || atFileStart { flags.insert(.startsLine) }
        atFileStart = false
        let start = offset
        guard let byte = peek() else {
            return Token(kind: .eof, flags: flags, triviaStart: triviaStart, start: start, end: start)
        }
        let kind = scanToken(startingWith: byte, flags: &flags)
        return Token(kind: kind, flags: flags, triviaStart: triviaStart, start: start, end: offset)
    }

    /// Skips whitespace, line breaks, comments and a leading BOM. Returns whether a line break
    /// was crossed.
    mutating func skipTrivia() -> Bool {
        var sawLineBreak = false
        while let byte = peek() {
            switch byte {
            case 0x20, 0x09, 0x0B, 0x0C:
                offset += 1
            case 0x0A, 0x0D:
                sawLineBreak = true
                offset += 1
            case UInt8(ascii: "#"):
                while let b = peek(), b != 0x0A, b != 0x0D { offset += 1 }
            case 0x80...:
                let (scalar, length) = UTF8Scanner.decode(buffer, at: offset)
                guard let scalar, Cursor.isUnicodeSpace(scalar) else { return sawLineBreak }
                offset += length
            default:
                return sawLineBreak
            }
        }
        return sawLineBreak
    }

    /// Spaces that word processors put in: no-break space, the BOM, thin spaces and the like.
    static func isUnicodeSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0xFEFF, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        case 0x2028, 0x2029: true
        default: false
        }
    }

    mutating func scanToken(startingWith byte: UInt8, flags: inout TokenFlags) -> TokenKind {
        switch byte {
        case UInt8(ascii: "{"): offset += 1; return .lBrace
        case UInt8(ascii: "}"): offset += 1; return .rBrace
        case UInt8(ascii: ":"): offset += 1; return .colon
        case UInt8(ascii: ","): offset += 1; return .comma
        case UInt8(ascii: "."): offset += 1; return .dot
        case UInt8(ascii: "+"): offset += 1; return .plus
        case UInt8(ascii: "-"):
            if peek(1) == UInt8(ascii: ">") { offset += 2; return .arrow }
            offset += 1
            return .minus
        case UInt8(ascii: "\""):
            return scanString(flags: &flags)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return scanNumber(flags: &flags)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            scanIdentifierTail()
            return .identifier
        case 0x80...:
            let (scalar, length) = UTF8Scanner.decode(buffer, at: offset)
            guard let scalar else {
                scanErrorRun(flags: &flags)
                return .error
            }
            if Cursor.isIdentifierStart(scalar) {
                offset += length
                scanIdentifierTail()
                return .identifier
            }
            if scalar == "\u{2192}" { offset += length; return .arrow }
            if scalar == "\u{201C}" || scalar == "\u{201E}" {
                return scanCurlyString(flags: &flags)
            }
            scanErrorRun(flags: &flags)
            return .error
        default:
            scanErrorRun(flags: &flags)
            return .error
        }
    }

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic || scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    mutating func scanIdentifierTail() {
        while let byte = peek() {
            if byte < 0x80 {
                let isWord = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "_")
                guard isWord else { return }
                offset += 1
            } else {
                let (scalar, length) = UTF8Scanner.decode(buffer, at: offset)
                guard let scalar, Cursor.isIdentifierContinue(scalar) else { return }
                offset += length
            }
        }
    }

    /// One error token for a whole run of bytes nothing else can start, so that `@@@` is one
    /// mistake with one diagnostic. Invalid UTF-8 gets its own run and flag.
    mutating func scanErrorRun(flags: inout TokenFlags) {
        let firstIsInvalid = UTF8Scanner.decode(buffer, at: offset).scalar == nil
        if firstIsInvalid { flags.insert(.invalidUTF8) }
        while let byte = peek() {
            let (scalar, length) = UTF8Scanner.decode(buffer, at: offset)
            if (scalar == nil) != firstIsInvalid { return }
            if let scalar, startsSomething(byte: byte, scalar: scalar) { return }
            offset += length
        }
    }

    /// Whether a character would start a token or trivia of its own.
    func startsSomething(byte: UInt8, scalar: Unicode.Scalar) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        case UInt8(ascii: "#"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ":"), UInt8(ascii: ","),
             UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "_"):
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return byte >= 0x80 && (Cursor.isIdentifierStart(scalar) || Cursor.isUnicodeSpace(scalar)
                || scalar == "\u{2192}" || scalar == "\u{201C}" || scalar == "\u{201E}")
        }
    }
}
