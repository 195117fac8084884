import Foundation
import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// What each view must show, checked on the export fixtures (which use every shape): the
/// figures come from ProcessMetrics, loops are named, non-contributing means are marked.
@Suite struct ViewContentTests {
    static func dot(_ path: String, _ view: ExportView, _ language: Language = .nl) throws -> String {
        try DotExporter.export(ExportCase.fixtures, path: path, options: ExportOptions(view: view, language: language)).get().text
    }

    @Test func theLadderShowsTheMetricsOfTheModel() throws {
        let analysis = ExportCase.fixtures
        let map = try #require(analysis.maps.first { analysis[$0].name == "rapport" })
        let metrics = analysis.processMetrics(map)
        // Worked out by hand: 45 + 120 + 30 + 15 minutes of work; the longest path adds the
        // waits of 3 days and 1 week of 8-hour days: 210 + 1440 + 2400 = 4050 minutes = 8 days
        // 3 h 30 min; 210 / 4050 = 5.2%. Written as the report writes them (FigureText).
        #expect(metrics.processMinutes == 210)
        #expect(metrics.leadMinutes == 4050)
        let dot = try Self.dot("ladder.vsm", .flow)
        #expect(dot.contains("<TD ALIGN=\"LEFT\">Doorlooptijd</TD><TD ALIGN=\"RIGHT\"><B>8 dagen 3 u 30 min</B></TD>"))
        #expect(dot.contains("<TD ALIGN=\"LEFT\">Procestijd</TD><TD ALIGN=\"RIGHT\"><B>3 u 30 min</B></TD>"))
        #expect(dot.contains("<B>5,2%</B>"))
        #expect(!dot.contains("zonder tijd"))
        let english = try Self.dot("ladder.vsm", .flow, .en)
        #expect(english.contains("<TD ALIGN=\"LEFT\">Lead time</TD><TD ALIGN=\"RIGHT\"><B>8 days 3 h 30 min</B></TD>"))
        // One rung per step and wait, in the order of the work (drukken comes before printen).
        let rungs = ["verzamelen", "uitslagen", "schrijven", "controleren", "drukken", "printen"]
            .map { #""rapport.ladder.rapport__\#($0)""# }
        let positions = rungs.map { dot.range(of: $0 + " [")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(dot.contains("⚡ Het LVS ligt eruit"))
    }

    /// With steps without time the totals are unknown, not a sum of the times that are there:
    /// Speciale aandacht has no measured time; one step has only a planned quarter of an hour.
    @Test func theLadderShowsNoTotalWhenTimesAreMissing() throws {
        let analysis = SampleWorkspace.analyze()
        let dot = try DotExporter.export(analysis, path: "akkrum/speciale_aandacht.vsm", options: ExportOptions(view: .flow)).get().text
        let unknown = "<FONT COLOR=\"#868e96\"><I>onbekend: 4 van 4 stappen zonder tijd</I></FONT>"
        #expect(dot.contains("<TD ALIGN=\"LEFT\">Doorlooptijd</TD><TD ALIGN=\"RIGHT\">\(unknown)</TD>"))
        #expect(dot.contains("<TD ALIGN=\"LEFT\">Activiteitsratio</TD><TD ALIGN=\"RIGHT\">\(unknown)</TD>"))
        #expect(!dot.contains("<B>?</B>"))
        // The planned quarter of an hour (gepland:) is not shown as a measured time.
        #expect(!dot.contains("15 min"))
    }

    @Test func loopsAreHighlightedAndNamed() throws {
        let dot = try Self.dot("ladder.vsm", .causes)
        #expect(dot.contains("R1 · versterkende lus"))
        #expect(dot.contains("B1 · balancerende lus"))
        #expect(dot.contains(##""rapport__laat" -> "rapport__stress" [color="#f76707", penwidth="3", style="dashed", label=<<B>B1 −</B>>]"##))
        #expect(dot.contains(##""rapport__stress" -> "rapport__laat" [color="#f76707", penwidth="3", label=<<B>B1 +</B>>]"##))
        let english = try Self.dot("ladder.vsm", .causes, .en)
        #expect(english.contains("R1 · reinforcing loop"))
        #expect(english.contains("owner: Directeur · due:<BR/>2026-09-01 · doing"))
    }

    @Test func whatDoesNotContributeIsMarked() throws {
        let dot = try Self.dot("benefits.batenlogica", .benefits)
        let line = try #require(dot.split(separator: "\n").first { $0.contains(#""school__vergaderen" ["#) })
        #expect(line.contains(#"style="dashed,filled""#))
        #expect(line.contains("draagt niet bij"))
        let snappet = try #require(dot.split(separator: "\n").first { $0.contains(#""school__snappet" ["#) })
        #expect(!snappet.contains("draagt niet bij"))
        #expect(dot.contains("nog niets draagt hieraan bij"))
        #expect(dot.contains("bron: organisatie"))
        #expect(dot.contains(#"subgraph "cluster_theme_school__maatwerk""#))
        #expect(dot.contains(#"ltail="cluster_theme_school__maatwerk""#))
        #expect(dot.contains(#"subgraph "cluster_stakeholder_school__leerlingen""#))
    }

    @Test func theLegendShowsOnlyWhatWasUsed() throws {
        let board = try Self.dot("ladder.vsm", .board)
        #expect(board.contains(#""stroom.legend.problem""#))
        #expect(!board.contains(#""stroom.legend.step""#))
        let flow = try Self.dot("ladder.vsm", .flow)
        #expect(flow.contains(#""stroom.legend.disruption""#))
        #expect(!flow.contains(#""stroom.legend.action""#))
    }

    @Test func viewsAFileDoesNotHaveAreRefused() {
        let result = DotExporter.export(ExportCase.fixtures, path: "benefits.batenlogica", options: ExportOptions(view: .board, language: .en))
        guard case .failure(let problem) = result else { Issue.record("a benefit logic has no board"); return }
        #expect(problem.message.en.contains("choose from: benefits, causes"))
        let mermaid = MermaidExporter.export(ExportCase.fixtures, path: "ladder.vsm", options: ExportOptions(view: .board))
        #expect((try? mermaid.get()) == nil)
        let unknownMap = DotExporter.export(ExportCase.fixtures, path: "ladder.vsm", options: ExportOptions(mapName: "raport"))
        guard case .failure(let missing) = unknownMap else { Issue.record("no map raport"); return }
        #expect(missing.message.en.contains("Did you mean ‘rapport’?"))
    }
}
