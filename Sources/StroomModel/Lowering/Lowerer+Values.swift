import StroomSyntax

extension Lowerer {
    func lowerValue(_ syntax: ValueSyntax) -> RawValue {
        switch syntax {
        case .reference(let reference):
            guard let lowered = self.reference(reference) else {
                return RawValue(range: syntax.range, content: .invalid, decimalComma: false)
            }
            return RawValue(range: syntax.range, content: lowered.map == nil ? .word(lowered) : .qualified(lowered), decimalComma: false)
        case .sign(let token):
            return RawValue(range: token.range, content: .sign(source.text(in: token.range) == "-" ? -1 : 1), decimalComma: false)
        case .frequency(let count, _, let period):
            let digits = source.text(in: count.range).filter(\.isNumber)
            // A count too large for an Int is Int.max, which the typer reports as too large (A208).
            return RawValue(range: syntax.range,
                            content: .frequency(count: Int(digits) ?? Int.max, period: period.map { source.text(in: $0.range) }),
                            decimalComma: false)
        case .literal(let token):
            return lowerLiteral(token)
        }
    }

    func lowerLiteral(_ token: Token) -> RawValue {
        let text = source.text(in: token.range)
        let comma = token.flags.contains(.decimalComma)
        func number(_ digits: Substring) -> Double {
            // ASCII (every number the lexer makes) by bytes; anything else by characters.
            if digits.utf8.allSatisfy({ $0 < 0x80 }) {
                return Double(String(decoding: digits.utf8.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }, as: UTF8.self)) ?? 0
            }
            return Double(String(digits.map { $0 == "," ? "." : $0 })) ?? 0
        }
        let content: RawValue.Content
        switch token.kind {
        case .string:
            content = .text(StringLiteral.value(of: text, flags: token.flags))
        case .number:
            content = .number(number(Substring(text)))
        case .percent:
            content = .percent(number(text.dropLast()))
        case .duration:
            let digits = Lowerer.leadingNumber(of: text)
            if token.flags.contains(.invalidUnit) {
                content = .invalid
            } else if let unit = DurationUnit(spelling: String(text.dropFirst(digits.count))) {
                content = .duration(amount: number(digits), unit: unit)
            } else {
                content = .invalid
            }
        case .date:
            if let date = DayDate(text), LexicalDates.isReal(date) { content = .date(date) } else { content = .invalid }
        case .time:
            let parts = text.split(separator: ":").compactMap { Int($0) }
            if parts.count == 2, (0...23).contains(parts[0]), (0...59).contains(parts[1]) {
                content = .clock(parts[0] * 60 + parts[1])
            } else {
                content = .invalid
            }
        default:
            content = .invalid
        }
        return RawValue(range: token.range, content: content, decimalComma: comma)
    }
}

extension Lowerer {
    /// The number at the start of a duration (`1,5` of `1,5u`): digits, dots and commas. By
    /// bytes when the text is ASCII; `Character.isNumber` otherwise, as it always was.
    static func leadingNumber(of text: String) -> Substring {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.prefix { $0.isNumber || $0 == "." || $0 == "," } }
        let count = utf8.prefix { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }.count
        return text.prefix(count)
    }
}

enum LexicalDates {
    static func isReal(_ date: DayDate) -> Bool {
        guard (1...12).contains(date.month), date.day >= 1 else { return false }
        let isLeap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return date.day <= lengths[date.month - 1]
    }
}

/// The value of a string literal: quotes removed, escapes applied. Broken escapes are kept as
/// written (S013 reported them), so no text is ever lost.
public enum StringLiteral {
    public static func value(of text: String, flags: TokenFlags) -> String {
        if let plain = plainValue(of: text, flags: flags) { return plain }
        var scalars = Array(text.unicodeScalars)
        let quoteLength = flags.contains(.multiline) ? 3 : 1
        if flags.contains(.curlyQuotes) {
            scalars.removeFirst()
            if !flags.contains(.unterminated), !scalars.isEmpty { scalars.removeLast() }
            return String(String.UnicodeScalarView(scalars))
        }
        scalars.removeFirst(min(quoteLength, scalars.count))
        if !flags.contains(.unterminated) { scalars.removeLast(min(quoteLength, scalars.count)) }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "\\", index + 1 < scalars.count else {
                result.append(scalar)
                index += 1
                continue
            }
            let next = scalars[index + 1]
            switch next {
            case "\"": result.append("\""); index += 2
            case "\\": result.append("\\"); index += 2
            case "n": result.append("\n"); index += 2
            case "t": result.append("\t"); index += 2
            case "u":
                if index + 2 < scalars.count, scalars[index + 2] == "{",
                   let close = scalars[(index + 3)...].firstIndex(of: "}"),
                   let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 3)..<close])), radix: 16),
                   let decoded = Unicode.Scalar(value) {
                    result.append(decoded)
                    index = close + 1
                } else {
                    result.append(scalar)
                    index += 1
                }
            default:
                result.append(scalar)
                index += 1
            }
        }
        return String(result)
    }

    /// The value of a string token of a file.
    static func value(of token: Token, in source: SourceFile) -> String {
        let lower = max(0, min(token.start, source.bytes.count))
        let upper = max(lower, min(token.end, source.bytes.count))
        if let plain = plainValue(of: source.bytes[lower..<upper], flags: token.flags) { return plain }
        return value(of: source.text(in: token.range), flags: token.flags)
    }

    static func plainValue(of text: String, flags: TokenFlags) -> String? {
        var text = text
        return text.withUTF8 { plainValue(of: $0, flags: flags) }
    }

    /// The common case without escapes or typographic quotes, by bytes: the same result as
    /// the scalar loop of ``value(of:flags:)`` without building an array of scalars per label.
    /// Nil when the slow path is needed (or the bytes are not UTF-8, which it repairs).
    static func plainValue<Bytes: Collection<UInt8>>(of utf8: Bytes, flags: TokenFlags) -> String? {
        guard !flags.contains(.curlyQuotes) else { return nil }
        let quote = UInt8(ascii: "\"")
        let quoteLength = flags.contains(.multiline) ? 3 : 1
        guard !utf8.contains(UInt8(ascii: "\\")) else { return nil }
        let closing = flags.contains(.unterminated) ? 0 : quoteLength
        guard utf8.count >= quoteLength + closing,
              utf8.prefix(quoteLength).allSatisfy({ $0 == quote }),
              utf8.suffix(closing).allSatisfy({ $0 == quote }) else { return nil }
        return String(validating: utf8.dropFirst(quoteLength).dropLast(closing), as: UTF8.self)
    }
}
