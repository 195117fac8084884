import StroomModel
import StroomSyntax
import Testing

/// Strategic HRM's rules are hints before the phase where they matter and warnings from it; a
/// map without a phase gets the warnings. SWS Balans's trajectory rules stay silent.
@Suite struct StrategicHRMPhaseTests {
    static func severities(phase: String?, code: DiagnosticCode, body: String, method: String = "shrm") -> [Severity] {
        let phaseLine = phase.map { "  fase: \($0)\n" } ?? ""
        let text = "batenlogica hrm \"HRM\" {\n  methode: \(method)\n\(phaseLine)\(body)\n}\n"
        let analysis = Analysis(sources: [SourceFile(path: "hrm.batenlogica", text: text)],
                                options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
        return analysis.diagnosticsByFile[0].filter { $0.code == code }.map(\.severity)
    }

    @Test func aGoalIsAHintInDiscoverAndAWarningFromChoose() {
        let body = "  doel ict \"Docenten ICT-vaardig\""
        #expect(Self.severities(phase: "ontdek", code: "H701", body: body) == [.hint])
        #expect(Self.severities(phase: "kies", code: "H701", body: body) == [.warning])
        #expect(Self.severities(phase: "ga_door", code: "H701", body: body) == [.warning])
        #expect(Self.severities(phase: nil, code: "H701", body: body) == [.warning])
    }

    @Test func aPlanWithoutActionsIsAHintUntilDo() {
        let body = "  initiatief portal \"Portal\" { gekozen: ja  impact: groot  slagingskans: groot }"
        #expect(Self.severities(phase: "kies", code: "H709", body: body) == [.hint])
        #expect(Self.severities(phase: "doe", code: "H709", body: body) == [.warning])
        #expect(Self.severities(phase: "continue", code: "H709", body: body) == [.warning])
    }

    @Test func theRealisedGoalIsAskedInContinueOnly() {
        let body = "  doel ict \"Docenten ICT-vaardig\" { meting: \"Toets\"  termijn: lang }"
        #expect(Self.severities(phase: "doe", code: "H711", body: body).isEmpty)
        #expect(Self.severities(phase: "ga_door", code: "H711", body: body) == [.warning])
    }

    @Test func smallOnBothIsAlwaysAHint() {
        let body = "  initiatief folder \"Folder\" { gekozen: ja  impact: klein  slagingskans: klein }"
        #expect(Self.severities(phase: "doe", code: "H708", body: body) == [.hint])
    }

    @Test func theTrajectoryRulesOfVernieuwendWerkenStaySilent() {
        let body = """
          thema ict "ICT" {
            initiatief portal "Portal" { gekozen: ja }
          }
          stakeholder docenten "Docenten" { belang: groot  invloed: groot }
        """
        for code: DiagnosticCode in ["B401", "B402", "B409", "B410", "B411", "B412"] {
            #expect(Self.severities(phase: "doe", code: code, body: body).isEmpty, "\(code)")
            // The same map following Vernieuwend werken does get them.
            #expect(!Self.severities(phase: "stap6", code: code, body: body, method: "vernieuwend_werken").isEmpty, "\(code)")
        }
    }
}
