import Foundation
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Rules belong to methods: a map's `methode:` (or its kind's default) selects the general rules
/// and its method's, never another method's.
@Suite struct MethodRulesTests {
    @Test func everyRuleHasItsMethodsInTheTable() {
        for rule in Registry.rules {
            #expect(RuleMethods.table[rule.info.code] != nil, "\(rule.info.code) is not in Checks/RuleMethods.swift")
        }
        for code in RuleMethods.table.keys {
            #expect(Registry.rules.contains { $0.info.code == code }, "RuleMethods lists \(code), which no rule has")
        }
        // Strategic HRM has rules of its own (H7xx), and they are its alone.
        let shrm = RuleMethods.table.filter { $0.value.contains(.shrm) }
        #expect(shrm.count >= 10)
        #expect(shrm.allSatisfy { $0.key.family == "H" && $0.value == [.shrm] }, "\(shrm)")
    }

    /// The same text with `methode: WORD` first in every map block.
    static func withMethod(_ text: String, _ word: String) -> String {
        let block = try! NSRegularExpression(pattern: #"^\s*(proces|onderzoek|batenlogica)\b[^{\n#]*\{"#, options: [.anchorsMatchLines])
        let bare = try! NSRegularExpression(pattern: #"^\s*(proces|onderzoek|batenlogica) [^{\n#]*$"#, options: [.anchorsMatchLines])
        var result = block.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$0 methode: \(word)  ")
        result = bare.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result), withTemplate: "$0 { methode: \(word) }")
        return result
    }

    /// Every check fixture, run once with each method: only general rules and that method's fire.
    @Test(arguments: Method.allCases)
    func aRuleOfOneMethodNeverFiresOnAnotherMethodsMap(method: Method) {
        let urls = RepositoryPaths.files(under: CheckFixtureTests.folder, extensions: ["vsm", "batenlogica", "fixture"])
        var ownRules: Set<DiagnosticCode> = []
        for url in urls {
            let fixture = Fixture(url: url)
            let sources = fixture.files.filter { $0.name != "stroom.json" }.map {
                SourceFile(path: $0.name, text: MethodRulesTests.withMethod($0.text, method.word))
            }
            let analysis = Analysis(sources: sources, options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
            for diagnostic in analysis.diagnosticsByFile.flatMap({ $0 }) {
                let methods = RuleMethods.methods(of: diagnostic.code)
                #expect(methods.isEmpty || methods.contains(method),
                        "\(url.lastPathComponent): \(diagnostic.code) (of \(methods.map(\.word).sorted())) fired on a map of \(method.word)")
                #expect(diagnostic.code != "A209", "\(url.lastPathComponent): A209 although every map names its method")
                if !methods.isEmpty { ownRules.insert(diagnostic.code) }
            }
        }
        // The matrix is not empty: each method with rules sees some of them fire.
        let expected = Set(RuleMethods.table.filter { $0.value.contains(method) }.keys)
        #expect(expected.isEmpty || !ownRules.isEmpty, "no rule of \(method.word) fired on any fixture")
    }

    @Test func aMapWithoutMethodGetsItsKindsDefaultAndAHint() {
        let text = """
        proces p "P" {
          stap s "S" { door: x }
        }
        onderzoek o "O" {
          probleem q "Q"
        }
        """
        let analysis = Analysis(sources: [SourceFile(path: "a.vsm", text: text)])
        let codes = analysis.diagnosticsByFile[0].map(\.code)
        #expect(codes.filter { $0 == "A209" }.count == 2)
        #expect(codes.contains("V304"), "a process follows VSM by default, so V304 applies")
        #expect(analysis.followedMethod(of: analysis.maps[1]) == .werkobservatie)
        let hint = analysis.diagnosticsByFile[0].first { $0.code == "A209" }
        #expect(hint?.message.nl.contains("Value Stream Mapping") == true)
        #expect(hint?.message.nl.contains("methode: vsm") == true)
        #expect(hint?.fixes.first?.edits.first?.newText.contains("methode: vsm") == true)
    }

    @Test func anUnknownMethodGetsA204ListingTheMethods() {
        let analysis = Analysis(sources: [SourceFile(path: "a.vsm", text: "proces p \"P\" { methode: lean }")])
        let a204 = analysis.diagnosticsByFile[0].first { $0.code == "A204" }
        let message = a204?.message.nl ?? ""
        for method in Method.allCases { #expect(message.contains(method.word), "\(message)") }
    }

    @Test func aStageOfAnotherMethodSaysWhichMethodItBelongsTo() {
        let analysis = Analysis(sources: [SourceFile(path: "a.vsm", text: "proces p \"P\" { methode: vsm  stadium: uitvoering }")])
        let a204 = analysis.diagnosticsByFile[0].first { $0.code == "A204" }
        #expect(a204?.message.nl.contains("Design Thinking") == true, "\(a204?.message.nl ?? "no A204")")
        #expect(a204?.message.en.contains("Design Thinking") == true)
    }
}
