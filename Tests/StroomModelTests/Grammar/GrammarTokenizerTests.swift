import Foundation
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The TextMate grammar under a real tokenizer (textmate-grammar-python, on Oniguruma like VS
/// Code), run from `Tests/Tools/tokenize_stroom.py`: the marked fixtures in
/// `Fixtures/grammar`, and every sample against the language server's semantic tokens, which
/// come from the real parser. The script also checks the Sublime and Kate files against the
/// same word lists, and runs them under their own engines (`bat`, `kate-syntax-highlighter`) to
/// compare every character with the TextMate grammar. `.ci/run` installs the packages and sets
/// STROOM_PYTHON; with STROOM_REQUIRE_TOOLS=1 a missing package or program fails instead of
/// skipping.
@Suite struct GrammarTokenizerTests {
    static var python: String? {
        ExternalTools.python(importing: ["textmate_grammar", "onigurumacffi", "yaml"])
    }

    static var available: Bool { python != nil || ExternalTools.requireTools }

    @Test(.enabled(if: available, "needs python with textmate-grammar-python and PyYAML (see .ci/run)"))
    func tokenizerAgreesWithFixturesAndServer() throws {
        let python = try #require(Self.python, "python with textmate-grammar-python is required (STROOM_PYTHON)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-grammar-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: Self.expectations(), options: [.sortedKeys]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let tool = RepositoryPaths.tests.appendingPathComponent("Tools/tokenize_stroom.py").path
        let run = try ExternalTools.run(python, [tool, "check", file.path], input: Data())
        let output = String(decoding: run.standardOutput, as: UTF8.self)
        #expect(run.status == 0, "tokenize_stroom.py failed:\n\(output)\(run.standardError)")
        // The summary proves that the checks ran: marks and sample tokens were counted.
        let summary = output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasSuffix(" 0 failures") && !summary.hasPrefix("0 fixture marks"), "\(summary)")
        #expect(summary.contains("in \(SamplesTests.analysis.files.count) samples"), "\(summary)")
        if ExternalTools.requireTools {
            // bat and kate-syntax-highlighter ran: the Sublime and Kate grammars were compared too.
            #expect(!summary.contains(" 0 characters compared"), "\(summary)")
        }
    }

    /// The word lists and, per sample, the server's semantic tokens with line and code-point column.
    static func expectations() -> [String: Any] {
        let words = GrammarWords.standard
        let analysis = SamplesTests.analysis
        let samples: [[String: Any]] = analysis.files.indices.map { index in
            let source = analysis.files[index].source
            let tokens: [[String: Any]] = analysis.semanticTokens(inFile: index).map { token in
                let line = source.lineTable.line(containing: token.range.utf8Start)
                let lineStart = source.lineTable.contentRange(ofLine: line).utf8Start
                let before = source.text(in: TextRange(utf8Start: lineStart, utf8End: token.range.utf8Start))
                return [
                    "line": line, "column": before.unicodeScalars.count, "text": source.text(in: token.range),
                    "type": token.type.rawValue, "declaration": token.modifiers.contains(.declaration),
                ]
            }
            return ["path": "Samples/" + source.path, "tokens": tokens]
        }
        return [
            "fixtures": RepositoryPaths.tests.appendingPathComponent("StroomModelTests/Fixtures/grammar").path,
            "samples": samples,
            "classes": TokenClass.allCases.map { ["scope": $0.scope, "kateItem": $0.kate.item, "kateStyle": $0.kate.style] },
            "words": [
                "mapKinds": words.mapKinds, "memberKinds": words.memberKinds, "attributes": words.allAttributes,
                "valueWords": words.allValueWords, "units": words.units, "periods": words.periods,
                "directiveActions": words.directiveActions,
                "attributeGroups": words.attributeGroups.map { ["attributes": $0.attributes, "valueWords": $0.valueWords] },
            ],
        ]
    }
}
