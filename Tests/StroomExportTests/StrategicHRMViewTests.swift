import Foundation
import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Strategic HRM in the pictures, on the export fixture `hrm.batenlogica`.
@Suite struct StrategicHRMViewTests {
    @Test func theBenefitsViewDrawsSituationsGoalsKnelpuntenAndBadges() throws {
        let dot = try ViewContentTests.dot("hrm.batenlogica", .benefits)
        #expect(dot.contains("nu: Wisselend"), "the situation shows current → desired")
        #expect(dot.contains("gewenst: Iedereen vaardig"))
        #expect(dot.contains("verschil: groot · actie nodig"))
        #expect(dot.contains("<B>A · M — deskundigheid</B>"), "the A/M/O badge and building block of the training")
        #expect(dot.contains("★ "), "the knelpunt is drawn as a problem")
        #expect(dot.contains("nog niets draagt hieraan bij"), "the goal nothing reaches says so")
        #expect(dot.contains("\"hrm__training\" -> \"hrm__tijd\""), "lost_op is drawn")
        #expect(dot.contains("\"hrm__ict\" -> \"hrm__ict_vaardig\""))
    }

    @Test func theStakeholderMatrixPlacesEveryStakeholder() throws {
        let dot = try ViewContentTests.dot("hrm.batenlogica", .stakeholders)
        // Rows top to bottom: belang groot, middel, klein; columns: invloed klein, middel, groot.
        let rows = dot.components(separatedBy: "<TR>").dropFirst(2).map { $0 }
        #expect(rows.count >= 4)
        #expect(rows[0].contains("belang groot") && rows[0].contains("Ouders") && rows[0].contains("Docenten"))
        #expect(rows[0].range(of: "Ouders")!.lowerBound < rows[0].range(of: "Docenten")!.lowerBound)
        #expect(rows[1].contains("belang middel") && rows[1].contains("Gemeente"))
        #expect(rows[2].contains("belang klein") && rows[2].contains("Bestuur"))
        #expect(dot.contains("belang of invloed onbekend") && dot.contains("Leerlingen"))
        #expect(dot.contains("<B>Sleutelfiguren:</B>"), "the key players' cell is headed, so the heading is no stakeholder")
    }

    static func dot(_ text: String, _ view: ExportView) throws -> String {
        let analysis = Analysis(sources: [SourceFile(path: "leeg.batenlogica", text: text)])
        return try DotExporter.export(analysis, path: "leeg.batenlogica", options: ExportOptions(view: view, language: .nl)).get().text
    }

    /// An empty key-player cell says "(geen)" under its heading, like the other cells.
    @Test func anEmptyKeyPlayerCellSaysNone() throws {
        let dot = try Self.dot("batenlogica leeg \"Leeg\" {\n  stakeholder a \"A\" { belang: klein  invloed: klein }\n}\n", .stakeholders)
        #expect(dot.contains("Sleutelfiguren:</B></FONT><BR/><FONT COLOR=\"#868e96\"><I>(geen)</I></FONT></TD>"), "\(dot)")
        #expect(dot.components(separatedBy: "(geen)").count - 1 == 3, "the three cells of the 2×2 without A say (geen)")
    }

    /// A benefit logic with no causes, workload or opportunities gets a note in its causes
    /// view instead of a picture with only a title.
    @Test func anEmptyCausesViewSaysWhatToWrite() throws {
        let dot = try Self.dot("batenlogica leeg \"Leeg\" {\n  methode: shrm\n}\n", .causes)
        #expect(dot.contains("nog geen oorzaken, werkdruk of kansen"))
        #expect(dot.contains("oorzaak x &quot;…&quot; -&gt; werkdruk y"))
    }

    @Test func theStakeholderViewHasNoMermaid() {
        #expect(!ExportView.stakeholders.hasMermaid)
        #expect(ExportView.views(for: .benefitLogic).contains(.stakeholders))
    }
}
