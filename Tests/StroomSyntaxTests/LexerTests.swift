import StroomSyntax
import Testing

@Suite struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceFile(path: "t.vsm", text: text)).map(\.kind).dropLast().map { $0 }
    }

    func texts(_ text: String) -> [String] {
        let source = SourceFile(path: "t.vsm", text: text)
        return Lexer.tokenize(source).dropLast().map { source.text(in: $0.range) }
    }

    @Test func numbersDurationsAndTheirRelatives() {
        #expect(kinds("12 1.5 45min 2u 80% 2026-03-01 08:45 3x") ==
                [.number, .number, .duration, .duration, .percent, .date, .time, .count])
    }

    @Test func clockTimeOnlyWithoutSpaces() {
        #expect(kinds("om: 08:45") == [.identifier, .colon, .time])
        #expect(kinds("om:08:45") == [.identifier, .colon, .time])
        #expect(kinds("8 : 45") == [.number, .colon, .number])
    }

    @Test func arrowAndMinus() {
        #expect(kinds("a -> b - c → d") == [.identifier, .arrow, .identifier, .minus, .identifier, .arrow, .identifier])
    }

    @Test func decimalCommaIsOneFlaggedToken() {
        let tokens = Lexer.tokenize(SourceFile(path: "t.vsm", text: "1,5u 1, 5"))
        #expect(tokens[0].kind == .duration)
        #expect(tokens[0].flags.contains(.decimalComma))
        #expect(tokens[1].kind == .number)
        #expect(tokens[2].kind == .comma)
    }

    @Test func unicodeIdentifiers() {
        #expect(texts("ideeën groepsplan_maken _x Ærø") == ["ideeën", "groepsplan_maken", "_x", "Ærø"])
        #expect(kinds("💡") == [.error])
    }

    @Test func wordProcessorSpacesAreWhitespace() {
        #expect(kinds("stap\u{00A0}s\u{202F}\"S\"") == [.identifier, .identifier, .string])
    }

    @Test func stringsAndTheirFlags() {
        let tokens = Lexer.tokenize(SourceFile(path: "t.vsm", text: "\"a\\\"b\" \"open\n\"\"\"x\ny\"\"\" \"\\q\""))
        #expect(tokens[0].kind == .string && tokens[0].flags.intersection([.unterminated, .invalidEscape]).isEmpty)
        #expect(tokens[1].flags.contains(.unterminated))
        #expect(tokens[2].flags.contains(.multiline) && !tokens[2].flags.contains(.unterminated))
        #expect(tokens[3].flags.contains(.invalidEscape))
    }

    @Test func commentsAndLineStartsAreTrivia() {
        let tokens = Lexer.tokenize(SourceFile(path: "t.vsm", text: "# kop\nstap # uitleg\n  s"))
        #expect(tokens.map(\.kind) == [.identifier, .identifier, .eof])
        #expect(tokens[0].startsLine && tokens[1].startsLine)
        #expect(tokens[0].triviaStart == 0)
    }

    @Test func invalidUTF8IsAnErrorTokenOfItsOwn() {
        let tokens = Lexer.tokenize(SourceFile(path: "t.vsm", bytes: Array("a ".utf8) + [0xFF, 0xFE] + Array(" b".utf8)))
        #expect(tokens.map(\.kind) == [.identifier, .error, .identifier, .eof])
        #expect(tokens[1].flags.contains(.invalidUTF8))
    }

    @Test func unitsAreChecked() {
        let tokens = Lexer.tokenize(SourceFile(path: "t.vsm", text: "5minuten 5min 2weken"))
        #expect(tokens[0].flags.contains(.invalidUnit))
        #expect(!tokens[1].flags.contains(.invalidUnit))
        #expect(!tokens[2].flags.contains(.invalidUnit))
    }
}
