import Foundation
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Semantic tokens: two samples against goldens (`Fixtures/queries/tokens`), and the
/// properties the LSP encoding needs.
@Suite struct SemanticTokensTests {
    static let goldenFolder = RepositoryPaths.tests.appendingPathComponent("StroomModelTests/Fixtures/queries/tokens")

    /// `line:column-column type[+modifiers] ‹text›`, one token a line.
    static func dump(_ tokens: [SemanticToken], _ source: SourceFile) -> String {
        tokens.map { token in
            let start = source.lineTable.humanPosition(of: token.range.utf8Start)
            let end = source.lineTable.humanPosition(of: token.range.utf8End)
            var type = token.type.rawValue
            if token.modifiers.contains(.declaration) { type += "+declaration" }
            if token.modifiers.contains(.documentation) { type += "+documentation" }
            return "\(start.line):\(start.column)-\(end.column) \(type) ‹\(source.text(in: token.range))›\n"
        }.joined()
    }

    @Test(arguments: ["akkrum/groepsplannen.vsm", "blokhuus/leesdossiers.vsm"])
    func tokensMatchGolden(path: String) throws {
        let analysis = SamplesTests.analysis
        let index = try #require(analysis.fileIndex(forPath: path))
        let tokens = analysis.semanticTokens(inFile: index)
        let name = (path as NSString).lastPathComponent
        Golden.check(SemanticTokensTests.dump(tokens, analysis.files[index].source),
                     against: SemanticTokensTests.goldenFolder.appendingPathComponent(name + ".tokens"))
    }

    /// Tokens of every sample are in order, do not overlap, are not empty and stay on one line.
    @Test func tokensCanBeEncodedForEverySample() {
        let analysis = SamplesTests.analysis
        for (index, file) in analysis.files.enumerated() {
            let tokens = analysis.semanticTokens(inFile: index)
            #expect(!tokens.isEmpty)
            for (previous, token) in zip(tokens, tokens.dropFirst()) {
                #expect(previous.range.utf8End <= token.range.utf8Start, "\(file.source.path): overlap at \(token.range)")
            }
            let lines = file.source.lineTable
            for token in tokens {
                #expect(!token.range.isEmpty)
                #expect(lines.line(containing: token.range.utf8Start) == lines.line(containing: token.range.utf8End - 1))
            }
        }
    }

    /// The type of the token at each marker.
    func checkTypes(_ marked: String, _ expected: [String: SemanticTokenType], sourceLocation: SourceLocation = #_sourceLocation) {
        let workspace = MarkedWorkspace(marked)
        let analysis = workspace.analysis()
        for (marker, type) in expected {
            let position = workspace[marker]
            let token = analysis.semanticTokens(inFile: position.fileIndex).first { $0.range.utf8Start == position.utf8Offset }
            #expect(token?.type == type, "\(marker): \(String(describing: token))", sourceLocation: sourceLocation)
        }
    }

    @Test func namesAreColouredByTheKindTheyName() {
        checkTypes("""
        # Het proces
        1️⃣proces 2️⃣p "P" {
          persoon 3️⃣leraar "Leraar"
          stap a 4️⃣"A" { 5️⃣door: 6️⃣leraar  fase: 7️⃣uitvoering  tijd: 8️⃣45min  frequentie: 9️⃣3x per week }
          probleem x "X" { bij: a }
          oorzaak o "O"
          o 0️⃣-> x
        }
        """, ["1️⃣": .kindKeyword, "2️⃣": .map, "3️⃣": .actor, "4️⃣": .string, "5️⃣": .attribute, "6️⃣": .actor,
              "7️⃣": .enumValue, "8️⃣": .number, "9️⃣": .number, "0️⃣": .operator])
        checkTypes("""
        #- file: g.vsm
        proces g "G" {
          idee k "K"
        }
        #- file: s.batenlogica
        batenlogica s "S" {
          initiatief i "I" { uit: 1️⃣g.2️⃣k, 3️⃣onbekend }
          # stroom: negeer B403
          4️⃣activiteit a "A"
        }
        """, ["1️⃣": .map, "2️⃣": .solution, "3️⃣": .unresolved, "4️⃣": .kindKeyword])
    }

    @Test func documentationCommentsAndDirectives() throws {
        let analysis = Analysis(sources: [SourceFile(path: "x.vsm", text: """
        # stroom: negeer V305
        # Over het proces
        proces p "P" {
          # los commentaar

          # Uitleg bij a
          stap a "A" # achteraf
        }
        """)])
        let source = analysis.files[0].source
        let comments = analysis.semanticTokens(inFile: 0).filter { $0.type == .comment || $0.type == .directive }
        #expect(comments.map { source.text(in: $0.range) } == ["# stroom: negeer V305", "# Over het proces", "# los commentaar", "# Uitleg bij a", "# achteraf"])
        #expect(comments.map(\.type) == [.directive, .comment, .comment, .comment, .comment])
        #expect(comments.map { $0.modifiers.contains(.documentation) } == [false, true, false, true, false])
    }

    @Test func aMultiLineTextIsSplitPerLine() {
        let analysis = Analysis(sources: [SourceFile(path: "x.vsm", text: "proces p \"P\" {\n  notitie: \"\"\"een\ntwee\"\"\"\n}\n")])
        let strings = analysis.semanticTokens(inFile: 0).filter { $0.type == .string }
        #expect(strings.map { analysis.files[0].source.text(in: $0.range) } == ["\"P\"", "\"\"\"een", "twee\"\"\""])
    }

    @Test func everyTypeHasAStandardLSPName() {
        let standard: Set<String> = ["namespace", "type", "class", "enum", "interface", "struct", "typeParameter", "parameter",
                                     "variable", "property", "enumMember", "event", "function", "method", "macro", "keyword",
                                     "modifier", "comment", "string", "number", "regexp", "operator", "decorator"]
        for type in SemanticTokenType.allCases {
            #expect(standard.contains(type.lspName), "\(type)")
            #expect(SemanticTokenType.lspLegend[type.lspLegendIndex] == type.lspName)
        }
        #expect(Set(SemanticTokenType.lspLegend).count == SemanticTokenType.lspLegend.count)
    }
}
