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
        #expect(dot.contains("sleutelfiguren"))
    }

    @Test func theStakeholderViewHasNoMermaid() {
        #expect(!ExportView.stakeholders.hasMermaid)
        #expect(ExportView.views(for: .benefitLogic).contains(.stakeholders))
    }
}
