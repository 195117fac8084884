/// A strict JSON (RFC 8259) reader that checks syntax and records where the members of the
/// top-level object are, without building any values. The JSON-RPC envelope reads `id` and
/// `method` from it and keeps `params` and `result` as raw bytes for typed decoding later.
struct JSONScanner {
    /// One member of the top-level object: its key and the byte range of its value.
    struct Member {
        let key: String
        let value: Range<Int>
    }

    enum TopLevel {
        case object([Member])
        case array
        case scalar
    }

    /// Why the bytes are not JSON, and the members that were complete before the error (so a
    /// reply can still carry the request's id).
    struct SyntaxError: Error {
        let offset: Int
        let reason: String
        let membersSoFar: [Member]
    }

    /// Nesting deeper than this is refused, so hostile input cannot exhaust the stack.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var index = 0
    private var members: [Member] = []

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Checks that `bytes` hold exactly one JSON value and lists the top-level members.
    static func scan(_ bytes: [UInt8]) -> Result<TopLevel, SyntaxError> {
        var scanner = JSONScanner(bytes)
        do {
            scanner.skipWhitespace()
            let top: TopLevel
            switch scanner.peek() {
            case UInt8(ascii: "{"):
                try scanner.readObject(depth: 0, recordMembers: true)
                top = .object(scanner.members)
            case UInt8(ascii: "["):
                try scanner.skipValue(depth: 0)
                top = .array
            default:
                try scanner.skipValue(depth: 0)
                top = .scalar
            }
            scanner.skipWhitespace()
            guard scanner.index == bytes.count else { throw scanner.error("extra bytes after the JSON value") }
            return .success(top)
        } catch let error as SyntaxError {
            return .failure(error)
        } catch {
            return .failure(scanner.error("unreadable"))
        }
    }

    /// Whether `bytes` hold exactly one JSON value.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        if case .success = scan(bytes) { return true }
        return false
    }

    private func error(_ reason: String) -> SyntaxError {
        SyntaxError(offset: index, reason: reason, membersSoFar: members)
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw error("expected ‘\(Character(Unicode.Scalar(byte)))’") }
        index += 1
    }

    private mutating func skipValue(depth: Int) throws {
        guard depth < JSONScanner.maximumDepth else { throw error("nested too deeply") }
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "{"): try readObject(depth: depth, recordMembers: false)
        case UInt8(ascii: "["): try readArray(depth: depth)
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"): try readLiteral("true")
        case UInt8(ascii: "f"): try readLiteral("false")
        case UInt8(ascii: "n"): try readLiteral("null")
        case .some(let byte) where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39): try readNumber()
        case .some: throw error("unexpected character")
        case .none: throw error("unexpected end")
        }
    }

    private mutating func readObject(depth: Int, recordMembers: Bool) throws {
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            let keyRange = try readString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            let valueStart = index
            try skipValue(depth: depth + 1)
            if recordMembers {
                members.append(Member(key: JSONScanner.decodeString(bytes, keyRange) ?? "", value: valueStart..<index))
            }
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    private mutating func readArray(depth: Int) throws {
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            try skipValue(depth: depth + 1)
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "]"))
            return
        }
    }

    /// Reads a string and returns the range of the whole literal, quotes included.
    private mutating func readString() throws -> Range<Int> {
        let start = index
        try expect(UInt8(ascii: "\""))
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return start..<index
            case UInt8(ascii: "\\"):
                index += 1
                guard let escaped = peek() else { throw error("unexpected end in a string") }
                if escaped == UInt8(ascii: "u") {
                    for offset in 1...4 {
                        guard index + offset < bytes.count, JSONScanner.hexValue(bytes[index + offset]) != nil else {
                            throw error("bad \\u escape")
                        }
                    }
                    index += 5
                } else if Array("\"\\/bfnrt".utf8).contains(escaped) {
                    index += 1
                } else {
                    throw error("bad escape")
                }
            case 0..<0x20:
                throw error("control character in a string")
            default:
                index += 1
            }
        }
        throw error("unterminated string")
    }

    private mutating func readLiteral(_ word: String) throws {
        for byte in word.utf8 {
            guard peek() == byte else { throw error("expected \(word)") }
            index += 1
        }
    }

    private mutating func readNumber() throws {
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let first = peek(), first >= 0x30, first <= 0x39 else { throw error("bad number") }
        index += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard skipDigits() > 0 else { throw error("bad fraction") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { throw error("bad exponent") }
        }
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = index
        while let byte = peek(), byte >= 0x30, byte <= 0x39 { index += 1 }
        return index - start
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}
