import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// A goal's hover says what contributes to it, like a purpose's; a situation's that it leads on.
@Suite struct StrategicHRMHoverTests {
    static let map = """
    batenlogica hrm "HRM" {
      methode: shrm
      doel 1️⃣ict_vaardig "Docenten ICT-vaardig"
      situatie 2️⃣ict "ICT-vaardigheden" { huidig: "a"  gewenst: "b"  actie_nodig: ja }
      probleem 3️⃣tijd "Geen tijd" { urgentie: hoog }
      initiatief training "Training" { lost_op: tijd }
      training -> ict -> ict_vaardig
    }
    """

    func hover(_ marker: String) -> String {
        let workspace = MarkedWorkspace(Self.map)
        let cursor = workspace[marker]
        return workspace.analysis().hover(at: cursor.utf8Offset, inFile: cursor.fileIndex, language: .nl)?.markdown ?? ""
    }

    @Test func aGoalNamesWhatContributesToIt() {
        let text = hover("1️⃣")
        #expect(text.contains("Draagt bij"), "\(text)")
        #expect(text.contains("- Draagt bij: `ict`, `training`"), "\(text)")
    }

    @Test func aKnelpuntNamesItsUrgencyAndWhatTacklesIt() {
        let text = hover("3️⃣")
        #expect(text.contains("- Urgentie: hoog"), "\(text)")
        #expect(text.contains("- Aangepakt door: `training`"), "\(text)")
        #expect(!text.contains("Ideeën"), "a knelpunt is not a VSM problem: \(text)")
    }

    @Test func aSituationLeadsOnToTheGoal() {
        let text = hover("2️⃣")
        #expect(text.contains("Draagt bij aan de bedoeling: ja"), "\(text)")
        #expect(text.contains("- Via pijlen naar: `ict_vaardig`"), "\(text)")
    }
}
