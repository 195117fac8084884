import Foundation
import StroomExport
import StroomSyntax
import StroomTestSupport
import Testing

/// The summary that opens the report: for each sample what a school leader reads first, and
/// the order of problems and method asks on maps written here.
@Suite struct ReportSummaryTests {
    /// The part of the Markdown report before the first map's own section.
    static func summary(_ path: String, _ language: Language = .nl) -> String {
        let markdown = MarkdownReportRenderer.render(ReportSupport.sampleReport(path), language: language)
        let start = try! #require(markdown.range(of: language == .nl ? "## Samenvatting" : "## Summary"))
        let end = markdown.range(of: "<a id=\"map-", range: start.upperBound..<markdown.endIndex)?.lowerBound ?? markdown.endIndex
        return String(markdown[start.lowerBound..<end])
    }

    @Test func specialeAandacht() {
        let text = Self.summary("Samples/akkrum/speciale_aandacht.vsm")
        #expect(text.contains("- **Doorlooptijd:** ⚠️ **onbekend: 4 van 4 stappen zonder tijd**"))
        #expect(text.contains("- **Activiteitsratio:** ⚠️ **onbekend: 4 van 4 stappen zonder tijd**"))
        #expect(text.contains("  - **Niet horen**\n  - **Niet uit kunnen voeren**\n  - **Problemen met lesstof na instructie**\n"))
        #expect(text.contains("  - visualiseren afspraken — ⚠️ **geen eigenaar**, ⚠️ **geen datum**"))
        #expect(text.contains("- **Volgende stap in de methode:** **Value Stream Mapping**: laatste stadium (verandering): rond af wat de methode nog vraagt."))
        #expect(text.contains("- **Wat de methode nog vraagt:**\n  - Actiepunt zonder eigenaar (6×) `V302`\n"))
    }

    /// A strategic-HRM map: its goals are what it works towards, and its phases are the
    /// method's stages (doe → ga door).
    @Test func stanislasFollowsStrategicHRM() {
        let text = Self.summary("Samples/stanislas/stanislas.batenlogica", .en)
        #expect(text.contains("- **Goals:** ‘Gepersonaliseerd leren, ondersteund door ICT"))
        #expect(text.contains("‘Docenten voldoende ICT-vaardig’"))
        #expect(text.contains("- **Next step in the method:** **Strategic HRM**: from doe to ga door."))
        #expect(text.contains("`H708`"))
    }

    @Test func rapportageNamesOwners() {
        let text = Self.summary("Samples/borgstee/rapportage.vsm", .en)
        #expect(text.contains("- **Lead time:** ⚠️ **unknown: 8 of 8 steps without a time**"))
        #expect(text.contains("  - Eenduidige werkwijze binnen team afstemmen — owner werkgroep, ⚠️ **no date**"))
        #expect(text.contains("  - and 6 more (see Action points of the map)"))
        #expect(text.contains("- **Next step in the method:** **Design Thinking**: last stage (completion): finish what the method still asks."))
        #expect(text.contains("  - Action point without horizon or workload effect (13×) `V327`"))
    }

    @Test func blokhuusHasNoStages() {
        let text = Self.summary("Samples/blokhuus/werkobservaties.vsm")
        #expect(text.contains("- **Geobserveerd:** Een dag bij groep 4: 8 u 30 min, waarvan 6,9% met ICT"))
        #expect(text.contains("- **Volgende stap in de methode:** **Werkobservatie**: deze methode kent geen stadia."))
        let leesdossiers = Self.summary("Samples/blokhuus/leesdossiers.vsm")
        #expect(leesdossiers.contains("(2× gezien)"), "problems seen at two steps weigh more")
    }

    @Test func benefitLogicsTellWorkloadBySource() {
        let text = Self.summary("Samples/sws-balans/sws_balans.batenlogica")
        #expect(text.contains("- **Wat:** Batenlogica volgens Vernieuwend werken, fase stap6."))
        #expect(text.contains("- **Waar de werkdruk vandaan komt:**"))
        #expect(text.contains("**Uit de organisatie ("))
        #expect(text.contains("- **Volgende stap in de methode:** **Vernieuwend werken**: laatste stadium (stap6)"))
        let borgstee = Self.summary("Samples/borgstee/borgstee.batenlogica", .en)
        // A benefit logic that follows Design Thinking has no stage of that method (no `stadium:`).
        #expect(borgstee.contains("- **Next step in the method:** **Design Thinking**: this method has no stages."))
    }

    /// Impact first, then frequency, then how often a problem shows; ties keep the file's order.
    @Test func heaviestProblemsFirstAndTheNextStage() throws {
        let source = """
        proces p "P" {
          methode: vsm
          stadium: observatie
          stap a "A" { tijd: 10min }
          stap b "B" { tijd: 20min }
          a -> b
          probleem licht "Licht" { bij: a }
          probleem vaak "Vaak" { bij: a  frequentie: dagelijks }
          probleem zwaar "Zwaar" { bij: a  impact: hoog  frequentie: jaarlijks }
          probleem twee "Twee" { bij: a, b  frequentie: dagelijks }
        }
        """
        let (_, report) = ReportSupport.report(["p.vsm": source])
        let map = try #require(report.maps.first)
        #expect(map.summary.topProblems.map(\.item.id) == ["zwaar", "twee", "vaak"])
        #expect(map.summary.problemCount == 4)
        let method = try #require(map.summary.method)
        #expect(method.stage == "observatie" && method.nextStage == "interpretatie")
        #expect(method.asks.contains { $0.code == "V301" && $0.count == 4 && $0.stageDependent })
        let text = MarkdownReportRenderer.render(report, language: .en)
        #expect(text.contains("- **Next step in the method:** **Value Stream Mapping**: from observation to interpretation."))
        #expect(text.contains("- **What the method still asks:**\n  - Problem without an idea (4×) `V301`\n"))
        #expect(text.contains("- **Lead time:** **30 min**"))
        #expect(text.contains("  - **Zwaar** (impact high, yearly)"))
        #expect(text.contains("  - (the 3 heaviest of 4 problems"))
        // The summary comes before the map's own section, and the file is named only at the end.
        let summary = try #require(text.range(of: "## Summary"))
        let section = try #require(text.range(of: "## Process: P"))
        #expect(summary.lowerBound < section.lowerBound)
        let file = try #require(text.range(of: "p.vsm"))
        #expect(file.lowerBound > section.lowerBound)
    }

    /// Nothing in the HTML report loads from the network: no http(s) URL in any src, href, url()
    /// or @import of any sample's page.
    @Test(arguments: ReportSupport.samplePaths)
    func selfContained(samplePath: String) {
        let html = HTMLReportRenderer.render(ReportSupport.sampleReport(samplePath), language: .nl)
        #expect(html.range(of: #"(src|href)\s*=\s*["']?\s*(https?:)?//"#, options: [.regularExpression, .caseInsensitive]) == nil)
        #expect(html.range(of: #"(url\(|@import)\s*["']?\s*(https?:)?//"#, options: [.regularExpression, .caseInsensitive]) == nil)
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("section.map { break-before: page; }"))
        #expect(html.contains("word-break: normal; overflow-wrap: normal; hyphens: manual;"))
        #expect(!html.contains("overflow-wrap: anywhere"))
    }
}
