import StroomFormat
import StroomSyntax
import Testing

/// A broken file is never damaged: the formatter refuses it and says why.
@Suite struct RefusalTests {
    static let broken: [(name: String, text: String, code: String)] = [
        ("missing brace", "proces p {\n  stap a {\n    door: x\n  stap b\n}\n", "S003"),
        ("unknown character", "proces p {\n  stap a @ \"A\"\n}\n", "S001"),
        ("unterminated string", "proces p {\n  stap a \"A\n}\n", "S002"),
        ("curly quotes", "proces p {\n  stap a “A”\n}\n", "S001"),
        ("missing colon", "proces p {\n  stap a { door x }\n}\n", "S005"),
        ("invalid unit", "proces p {\n  stap a { tijd: 5minuten }\n}\n", "S007"),
        ("stray close brace", "proces p {\n}\n}\n", "S010"),
        ("outside a map", "stap a \"A\"\n", "S012"),
    ]

    @Test(arguments: broken.indices)
    func aFileWithSyntaxErrorsIsRefused(index: Int) {
        let (name, text, code) = RefusalTests.broken[index]
        let tree = SyntaxTree.parse(SourceFile(path: "kapot.vsm", text: text))
        let result = Formatter.format(tree)
        guard case .refused(.syntaxErrors(let diagnostics)) = result else {
            Issue.record("\(name): not refused: \(result)")
            return
        }
        #expect(diagnostics == tree.diagnostics, "\(name)")
        #expect(diagnostics.contains { $0.code.rawValue == code }, "\(name)")
        #expect(Formatter.formattedText(text) == nil)
    }

    @Test func aFileThatIsNotUTF8IsRefused() {
        // "ideeën" saved as Windows-1252: ë is the single byte 0xEB, in a comment and in a string.
        var bytes = Array("# id".utf8) + [0xEB] + Array("en\nproces p \"".utf8) + [0xEB] + Array("\" {\n}\n".utf8)
        #expect(Formatter.format(SourceFile(path: "oud.vsm", bytes: bytes)) == .refused(.invalidUTF8(utf8Offset: 4)))
        bytes = Array("proces p {\n    stap a \"".utf8) + [0xFF] + Array("\"\n}\n".utf8)
        #expect(Formatter.format(SourceFile(path: "oud.vsm", bytes: bytes)).refusal == .invalidUTF8(utf8Offset: 23))
    }

    @Test func refusalsExplainThemselvesInBothLanguages() {
        let refusals: [FormatRefusal] = [
            .syntaxErrors([Diagnostic(code: "S003", severity: .error, range: .empty(at: 0), message: LocalizedText(nl: "x", en: "x"))]),
            .syntaxErrors([]), .invalidUTF8(utf8Offset: 3), .layoutChangedMeaning,
        ]
        for refusal in refusals {
            #expect(refusal.message.nl.hasPrefix("Niet opgemaakt"))
            #expect(refusal.message.en.hasPrefix("Not formatted"))
        }
        #expect(FormatRefusal.syntaxErrors([]).message.en.contains("0 syntax errors"))
    }
}
