import StroomModel
import StroomSyntax
import Testing

/// Directives are read from the bytes of their comment: a comment that is not UTF-8 must not
/// move the ranges of the codes after it (found by the fuzzer: W605 pointed past the end of
/// the file, because each invalid byte had become a three-byte replacement character).
@Suite struct DirectiveBytesTests {
    static let invalid: [UInt8] = Array(repeating: 0xFF, count: 40)

    static func analysis(_ bytes: [UInt8]) -> Analysis {
        Analysis(sources: [SourceFile(path: "a.vsm", bytes: bytes)])
    }

    @Test func everyDiagnosticOfADirectiveWithInvalidBytesLiesInsideTheFile() {
        let bytes = Array("# stroom: negeer V".utf8) + Self.invalid + Array("3O2\nproces p \"P\" {\n}\n".utf8)
        let analysis = Self.analysis(bytes)
        let diagnostics = analysis.diagnosticsByFile[0]
        #expect(diagnostics.contains { $0.code.rawValue == "W605" })
        for diagnostic in diagnostics {
            #expect(diagnostic.range.utf8End <= bytes.count, "\(diagnostic.code.rawValue) at \(diagnostic.range)")
        }
    }

    @Test func aCodeAfterInvalidBytesKeepsItsExactRange() throws {
        let head = Array("# stroom: negeer ".utf8) + Self.invalid + Array(" ".utf8)
        let bytes = head + Array("Q999\nproces p \"P\" {\n}\n".utf8)
        let analysis = Self.analysis(bytes)
        let directive = try #require(analysis.files[0].directives.first)
        let code = try #require(directive.codes.last)
        #expect(code.range == TextRange(utf8Start: head.count, utf8End: head.count + 4))
        #expect(code.code.rawValue == "Q999")
    }
}
