import StroomModel
import StroomSyntax
import Testing

/// The starter maps of `stroom new` and the server's "Begin een kaart volgens methode …"
/// (issue 10, item 9): for every method in both languages the checker gives only hints — what
/// to fill in next — never an error or a warning, and the map declares its method.
@Suite struct StarterMapTests {
    static let cases: [(Method, Language)] = Method.allCases.flatMap { method in [(method, .nl), (method, .en)] }

    @Test(arguments: StarterMapTests.cases)
    func checkingAStarterGivesOnlyHints(_ method: Method, _ language: Language) throws {
        let text = StarterMap.text(for: method, name: "mijn-kaart", language: language)
        let path = "mijn_kaart." + StarterMap.fileExtension(for: method)
        let analysis = Analysis(sources: [SourceFile(path: path, text: text)])
        let diagnostics = analysis.diagnosticsByFile[0]
        let notHints = diagnostics.filter { $0.severity != .hint }
        #expect(notHints.isEmpty, "\(method) \(language): \(notHints.map { "\($0.code) \($0.message[language])" })")
        // Every starter but shrm's (whose own rules come with the shrm branch) already says
        // what to do next.
        if method != .shrm { #expect(!diagnostics.isEmpty, "\(method) \(language) gives no hint") }
        // One map, with the id made from the name and `methode:` set to the method.
        #expect(analysis.maps.count == 1)
        let map = try #require(analysis.maps.first)
        #expect(analysis[map].name == "mijn_kaart")
        #expect(analysis[map].label == "Mijn kaart")
        #expect(analysis.enumValue(map, .method) == method.word)
        // The step plan as comments: at least a handful of comment lines before the map.
        let comments = text.split(separator: "\n").prefix { !$0.hasPrefix("proces") && !$0.hasPrefix("process")
            && !$0.hasPrefix("onderzoek") && !$0.hasPrefix("study") && !$0.hasPrefix("batenlogica") && !$0.hasPrefix("benefits") }
        #expect(comments.filter { $0.hasPrefix("#") }.count >= 8, "\(method) \(language)")
    }

    /// Each file kind offers the methods whose maps live in it.
    @Test func methodsPerExtension() {
        #expect(StarterMap.methods(forExtension: "vsm") == [.vsm, .werkobservatie, .designThinking])
        #expect(StarterMap.methods(forExtension: "batenlogica") == [.vernieuwendWerken, .shrm])
        #expect(StarterMap.methods(forExtension: "txt").isEmpty)
        #expect(StarterMap.method(named: "design-thinking") == .designThinking)
        #expect(StarterMap.method(named: "work_observation") == .werkobservatie)
        #expect(StarterMap.method(named: "VSM") == .vsm)
        #expect(StarterMap.method(named: "lean") == nil)
    }

    /// A name becomes a valid id: separators become `_`, a leading digit gets a word before it,
    /// a keyword or nothing at all becomes `kaart` / `map`.
    @Test func namesBecomeValidIDs() {
        #expect(StarterMap.validID("mijn-proces", .nl) == "mijn_proces")
        #expect(StarterMap.validID("Groepsplannen maken!", .nl) == "Groepsplannen_maken")
        #expect(StarterMap.validID("ëën ding", .nl) == "ëën_ding")
        #expect(StarterMap.validID("2026 rapport", .nl) == "kaart_2026_rapport")
        #expect(StarterMap.validID("proces", .nl) == "kaart_proces")
        #expect(StarterMap.validID("---", .en) == "map")
        #expect(StarterMap.validID("", .nl) == "kaart")
        for name in ["mijn-proces", "a\"b", "x\ny", "../../etc", "é"] {
            #expect(Analysis.isValidName(StarterMap.validID(name, .nl)), "\(name)")
        }
    }

    /// A hostile name cannot break out of the label's quotes.
    @Test func aQuoteInTheNameStaysInsideTheLabel() {
        let text = StarterMap.text(for: .vsm, name: "a\"} stap x {\"b", language: .nl)
        let analysis = Analysis(sources: [SourceFile(path: "a.vsm", text: text)])
        #expect(analysis.diagnosticsByFile[0].allSatisfy { $0.severity == .hint })
        #expect(analysis.maps.count == 1)
    }
}
