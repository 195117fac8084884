@testable import StroomCLI
import StroomTestSupport
import Testing

/// `TerminalText.escaped` over the generated hostile set: nothing that moves the cursor, ends
/// a line, recolours the terminal or turns text around gets through, and the escapes can be
/// read back to the original text.
@Suite struct TerminalTextTests {
    /// Reads `\n`, `\r`, `\t` and `\u{…}` back (for texts without a backslash of their own).
    static func unescaped(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\", let next = scalars.popFirst() else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch next {
            case "n": result += "\n"
            case "r": result += "\r"
            case "t": result += "\t"
            case "u":
                _ = scalars.popFirst() // {
                var hex = ""
                while let digit = scalars.popFirst(), digit != "}" { hex.unicodeScalars.append(digit) }
                result.unicodeScalars.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
            default:
                result.unicodeScalars.append(scalar)
                result.unicodeScalars.append(next)
            }
        }
        return result
    }

    @Test func everyHostileTextBecomesOneSafeLine() {
        for text in HostileStrings.all {
            let escaped = TerminalText.escaped(text)
            let unsafe = escaped.unicodeScalars.filter(TerminalText.needsEscape)
            #expect(unsafe.isEmpty, "\(text.debugDescription) → \(escaped.debugDescription)")
            #expect(!escaped.contains("\n") && !escaped.contains("\r") && !escaped.contains("\u{1B}"))
            if !text.contains("\\") {
                #expect(Self.unescaped(escaped) == text, "\(text.debugDescription) → \(escaped.debugDescription)")
            }
        }
        // What needs no escape stays as it is.
        #expect(TerminalText.escaped("kaart ë 😀 S:\\Groepen") == "kaart ë 😀 S:\\Groepen")
        #expect(TerminalText.escaped("a\u{1B}[31mb\nc\u{85}\u{202E}") == "a\\u{1B}[31mb\\nc\\u{85}\\u{202E}")
    }
}
