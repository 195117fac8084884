import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The step plans complete (issue 10, item 3): every new attribute is read in Dutch and English,
/// typed, offered by completion and explained by hover — all from the schema.
@Suite struct StepPlanLanguageTests {
    static let benefitLogic = """
    batenlogica b "B" {
      methode: vernieuwend_werken  fase: stap4  datum: 2026-03-01
      facilitator: "Externe facilitator"  supportgroep: leraren, "een ouder"
      werkniveau: richten
      stakeholder leraren "Leraren" { gevalideerd: ja }
      bedoeling talent "talent ontdekken" { wie: leraren  gevalideerd: nee }
      thema maatwerk "Maatwerk" {
        kans portaal "Eén portaal" { soort: ict_werkdruk  verbetergebied: informatievoorziening }
        initiatief pilot "Pilot" { gekozen: ja  werkniveau: inrichten  onderhoud: "ict-coördinator" }
      }
      kans toetsen "Digitale toetsen" { soort: ict_werkdruk  thema: maatwerk }
    }
    """

    static let process = """
    process p "P" {
      method: vsm  agreement: yes  work_level: performing
      idea i "I" { improvement_area: ict  work_level: organising }
      action a "A" { from: i  maintenance: "the ICT lead supports the first year" }
    }
    """

    func analysis(_ text: String, _ name: String) -> Analysis {
        Analysis(sources: [SourceFile(path: name, text: text)], options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
    }

    func member(_ analysis: Analysis, _ name: String) throws -> DeclarationID {
        try #require(analysis.declarations.first { $0.name == name }?.id, "no \(name)")
    }

    @Test func everyNewAttributeIsReadAndTypedInDutch() throws {
        let analysis = analysis(Self.benefitLogic, "b.batenlogica")
        let problems = analysis.diagnosticsByFile[0].filter { $0.code.rawValue.hasPrefix("S") || $0.code.rawValue.hasPrefix("A") || $0.code.rawValue.hasPrefix("N") }
        #expect(problems.isEmpty, "\(problems.map { "\($0.code) \($0.message.en)" })")
        let map = try member(analysis, "b")
        #expect(analysis.enumValue(map, .phase) == "stap4")
        #expect(analysis.has(map, .date))
        #expect(analysis.references(map, .supportGroup) == [try member(analysis, "leraren")])
        #expect(analysis.values(map, .supportGroup).count == 2)
        #expect(analysis.enumValue(try member(analysis, "talent"), .validated) == "nee")
        #expect(analysis.enumValue(try member(analysis, "pilot"), .workLevel) == "inrichten")
        // An opportunity inside a theme belongs to it, as one that names it does.
        let theme = try member(analysis, "maatwerk")
        #expect(analysis.references(try member(analysis, "portaal"), .theme) == [theme])
        #expect(analysis.references(try member(analysis, "toetsen"), .theme) == [theme])
    }

    @Test func englishSpellingsMeanTheSame() throws {
        let analysis = analysis(Self.process, "p.vsm")
        let problems = analysis.diagnosticsByFile[0].filter { $0.code.rawValue.hasPrefix("S") || $0.code.rawValue.hasPrefix("A") }
        #expect(problems.isEmpty, "\(problems.map { "\($0.code) \($0.message.en)" })")
        let map = try member(analysis, "p")
        #expect(analysis.enumValue(map, .agreement) == "ja")
        #expect(analysis.enumValue(map, .workLevel) == "verrichten")
        #expect(analysis.enumValue(try member(analysis, "i"), .improvementArea) == "ict")
        #expect(analysis.has(try member(analysis, "a"), .maintenance))
    }

    @Test func aWrongWordIsA204AndAnAttributeOnTheWrongKindIsA201() {
        let analysis = analysis("""
        proces p "P" {
          methode: vsm  werkniveau: sturen
          stap s "S" { gevalideerd: ja }
        }
        """, "p.vsm")
        let codes = analysis.diagnosticsByFile[0].map(\.code.rawValue)
        #expect(codes.contains("A204"))
        #expect(codes.contains("A201"))
    }

    @Test func completionOffersTheNewPhasesAndWords() {
        for (text, expected) in [
            ("batenlogica b \"B\" {\n  fase: 1️⃣\n}", ["stap1", "sessie1", "stap3", "stap4", "sessie2", "stap6"]),
            ("proces p \"P\" {\n  idee i \"I\" { werkniveau: 1️⃣ }\n}", ["richten", "inrichten", "verrichten"]),
            ("proces p \"P\" {\n  actie a \"A\" { verbetergebied: 1️⃣ }\n}", ["werkproces", "informatievoorziening", "ict"]),
        ] {
            let name = text.hasPrefix("batenlogica") ? "b.batenlogica" : "p.vsm"
            let workspace = MarkedWorkspace(text, defaultName: name)
            let cursor = workspace["1️⃣"]
            let labels = workspace.analysis().completions(at: cursor.utf8Offset, inFile: cursor.fileIndex).map(\.label)
            for word in expected { #expect(labels.contains(word), "\(word) missing in \(labels)") }
        }
    }

    @Test func hoverExplainsTheNewAttributes() {
        let workspace = MarkedWorkspace("batenlogica b \"B\" {\n  stakeholder l \"L\" { gevalid1️⃣eerd: ja }\n}", defaultName: "b.batenlogica")
        let cursor = workspace["1️⃣"]
        let markdown = workspace.analysis().hover(at: cursor.utf8Offset, inFile: cursor.fileIndex, language: .nl)?.markdown ?? ""
        #expect(markdown.contains("stap 4"), "\(markdown)")
    }
}
