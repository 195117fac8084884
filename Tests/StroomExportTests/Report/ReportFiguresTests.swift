import StroomExport
import StroomModel
import StroomSyntax
import Testing

/// The figures in the report against numbers worked out by hand (in the comments).
///
/// No sample has step times: the source material says no durations were measured (only
/// Akkrum's planned quarter of an hour survives), and a timed sample would put numbers in the
/// schools' mouths. So the time figures are checked on a fixture written here, and the counts
/// on the real samples (``ReportSampleFiguresTests``).
@Suite struct ReportFiguresTests {
    static let timed = """
    proces toetsen "Toetsresultaten verwerken" {
      werkdag: 7.5u
      leverancier leerlingen "Leerlingen"
      klant ouders "Ouders"
      persoon leraar "Leraar"
      persoon adm "Administratie"
      ict lvs "LVS"
      ict excel "Excel"
      stap afnemen "Toets afnemen" { door: leraar  tijd: 45min  waarde: ja  ca: 90% }
      stap nakijken "Nakijken" { door: leraar  ict: excel  tijd: 1.5u  waarde: ja  ca: 80% }
      wacht wachten "Wachten op de administratie" { duur: 2d }
      stap invoeren "Invoeren in het LVS" { door: adm  ict: lvs  tijd: 30min  waarde: nee  ca: 50% }
      stap bespreken "Bespreken met ouders" { door: leraar  ict: lvs  tijd: 20min  waarde: nodig  ca: 100% }
      data cijfers "Cijfers" { bij: nakijken  in: papier, excel, lvs }
      afnemen -> nakijken -> wachten -> invoeren -> bespreken
      nakijken -> bespreken
      probleem p1 "Toets past niet" { bij: afnemen  fase: voorbereiding  aspect: inhoud  frequentie: wekelijks }
      probleem p2 "Wachten op cijfers" { bij: invoeren  fase: uitvoering  aspect: afhankelijkheid  frequentie: 2x per dag }
      probleem p3 "LVS traag" { bij: invoeren  fase: uitvoering  aspect: afhankelijkheid  frequentie: dagelijks }
      probleem p4 "Geen ruimte" { bij: bespreken  aspect: autonomie }
      idee i1 "Koppeling Excel-LVS" { lost_op: p2, p3  categorie: ict }
      idee i2 "Vaste nakijkmiddag" { lost_op: p4  categorie: organisatie }
      idee i3 "Samen nakijken" { lost_op: p1  categorie: samenwerking }
      actie a1 "Koppeling aanvragen" { uit: i1  eigenaar: adm  gereed: 2026-03-01  status: bezig }
      actie a2 "Middag plannen" { uit: i2  eigenaar: "team onderbouw"  gereed: 2026-09-01 }
      actie a3 "Afspraken maken" { uit: i3  eigenaar: open  gereed: 2026-01-01  status: klaar }
    }
    """

    func timedReport() throws -> MapReport {
        try #require(ReportSupport.report(["toetsen.vsm": ReportFiguresTests.timed]).1.maps.first)
    }

    @Test func timesAndRatios() throws {
        let flow = try #require(try timedReport().flow)
        #expect(flow.value(.processTime) == 185)        // 45 + 90 + 30 + 20
        #expect(flow.value(.waitTime) == 900)           // 2 working days of 7.5 hours
        #expect(flow.value(.leadTime) == 1085)          // 45 + 90 + 900 + 30 + 20 (the branch nakijken -> bespreken: 155)
        #expect(abs(try #require(flow.value(.activityRatio)) - 185.0 / 1085.0) < 1e-12)
        #expect(flow.value(.valueAddingTime) == 135)    // afnemen 45 + nakijken 90
        #expect(abs(try #require(flow.value(.rolledCompleteAccurate)) - 0.36) < 1e-12) // 0.9 × 0.8 × 0.5 × 1.0
        #expect(ReportSupport.ids(flow.criticalPath) == ["afnemen", "nakijken", "wachten", "invoeren", "bespreken"])
        #expect(flow.stepsWithoutTime.isEmpty && flow.waitsWithoutDuration.isEmpty)
    }

    @Test func counts() throws {
        let map = try timedReport()
        let flow = try #require(map.flow)
        // Consecutive steps: afnemen→nakijken, nakijken→invoeren (past the wait), nakijken→bespreken,
        // invoeren→bespreken. ICT {}→{excel} does not count (afnemen uses none); {excel}→{lvs} twice;
        // {lvs}→{lvs} is no switch.
        #expect(flow.value(.systemSwitches) == 2)
        // People: leraar→leraar, leraar→adm, leraar→leraar, adm→leraar.
        #expect(flow.value(.handOffs) == 2)
        // Cijfers on paper, in Excel and in the LVS: two places too many.
        #expect(flow.value(.manualRegistrations) == 2)
        #expect(flow.openActionCount == 2)               // a1 (bezig) and a2 (no status)
        let board = try #require(map.board)
        #expect(board.problemsByPhase.map(\.key) == ["voorbereiding", "uitvoering", "evaluatie", ""])
        #expect(board.problemsByPhase.map(\.count) == [1, 2, 0, 1])
        #expect(board.problemsByPhase.map { ReportSupport.ids($0.items) } == [["p1"], ["p2", "p3"], [], ["p4"]])
        #expect(board.ideasByQuadrant.map(\.count) == [1, 1, 0, 1])  // organisatie, ict, persoonlijk, samenwerking
        // p1 inhoud × wekelijks; p2 (2x per dag) and p3 afhankelijkheid × dagelijks; p4 autonomie × none.
        #expect(board.matrix.aspects == ["afhankelijkheid", "inhoud", "autonomie"])
        #expect(board.matrix.frequencies == ["dagelijks", "wekelijks", "maandelijks", "jaarlijks", ""])
        #expect(board.matrix.counts == [[2, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 0, 0, 1]])
        #expect(board.matrix.placedCount == 3)
    }

    @Test func actionPoints() throws {
        let actions = try timedReport().actions
        #expect(actions.map(\.item.id) == ["a1", "a2", "a3"])
        #expect(actions.map(\.isOpen) == [true, true, false])
        #expect(actions.map(\.isOverdue) == [true, false, false]) // report date 2026-06-01
        #expect(actions.map { $0.due?.description } == ["2026-03-01", "2026-09-01", "2026-01-01"])
        #expect(actions.map(\.status) == ["bezig", nil, "klaar"])
        guard case .named(let owner) = actions[0].owner, case .text(let team) = actions[1].owner, case .open = actions[2].owner else {
            Issue.record("owners: \(actions.map(\.owner))")
            return
        }
        #expect(owner.label == "Administratie")
        #expect(team == "team onderbouw")
    }

    /// The same numbers as the reader sees them, in both languages.
    @Test func writtenInWorkingTime() throws {
        let (_, report) = ReportSupport.report(["toetsen.vsm": ReportFiguresTests.timed])
        let dutch = MarkdownReportRenderer.render(report, language: .nl)
        #expect(dutch.contains("| Doorlooptijd | **2 dagen 3 u 5 min** |"))      // 1085 = 2 × 450 + 185
        #expect(dutch.contains("| Procestijd | **3 u 5 min** |"))
        #expect(dutch.contains("| Wachttijd | **2 dagen** |"))
        #expect(dutch.contains("| Activiteitsratio | **17,1%** |"))               // 185 / 1085 = 0.1705
        #expect(dutch.contains("| Waardetoevoegende tijd | **2 u 15 min** |"))
        #expect(dutch.contains("| Gerolde %C\\&A | **36%** |"))
        #expect(dutch.contains("| Systeemwissels | **2** |"))
        #expect(dutch.contains("| Overdrachten | **2** |"))
        #expect(dutch.contains("| Handmatige registraties | **2** |"))
        #expect(dutch.contains("Langste pad: Toets afnemen → Nakijken → Wachten op de administratie → Invoeren in het LVS → Bespreken met ouders."))
        #expect(dutch.contains("2026-03-01 (te laat)"))
        let english = MarkdownReportRenderer.render(report, language: .en)
        #expect(english.contains("| Lead time | **2 days 3 h 5 min** |"))
        #expect(english.contains("| Activity ratio | **17.1%** |"))
        #expect(english.contains("2026-03-01 (overdue)"))
    }

    /// A step without time: the report says so and shows no sum of the steps it does know.
    @Test func incompleteTimesAreNamedNotSummed() throws {
        let text = """
        proces p "P" {
          stap a "Voorbereiden" { tijd: 45min }
          stap b "Uitvoeren"
          stap c "Afronden" { tijd: 30min }
        }
        """
        let (_, report) = ReportSupport.report(["p.vsm": text])
        let flow = try #require(report.maps.first?.flow)
        for figure in [ProcessFigures.Figure.leadTime, .processTime, .activityRatio, .valueAddingTime, .rolledCompleteAccurate] {
            #expect(flow.value(figure) == nil, "\(figure) should be unknown")
        }
        #expect(flow.value(.waitTime) == 0)
        #expect(ReportSupport.ids(flow.stepsWithoutTime) == ["b"])
        #expect(flow.criticalPath.isEmpty)
        let markdown = MarkdownReportRenderer.render(report, language: .nl)
        #expect(markdown.contains("| Doorlooptijd | ⚠️ **onbekend: 1 van 3 stappen zonder tijd** |"))
        #expect(markdown.contains("Let op: 1 van de 3 stappen heeft geen tijd."))
        #expect(markdown.contains("Zonder tijd: Uitvoeren."))
        #expect(!markdown.contains("1 u 15 min"), "the sum of the known steps (75 min) must not be shown as the process time")
        let json = JSONReportRenderer.render(report)
        #expect(json.contains("\"leadTimeMinutes\": null"))
        #expect(json.contains("\"processTimeMinutes\": null"))
    }

    /// `vervangt:` — the change per figure, worked out by hand.
    @Test func comparisonWithTheReplacedProcess() throws {
        let new = """
        proces toetsen_nieuw "Toetsresultaten verwerken (nieuw)" {
          toestand: gewenst
          vervangt: toetsen
          werkdag: 7.5u
          persoon leraar "Leraar"
          ict lvs "LVS"
          stap afnemen "Toets afnemen" { door: leraar  ict: lvs  tijd: 45min  ca: 90% }
          stap nakijken "Nakijken in het LVS" { door: leraar  ict: lvs  tijd: 1u  ca: 95% }
          stap bespreken "Bespreken met ouders" { door: leraar  ict: lvs  tijd: 20min  ca: 100% }
        }
        """
        let (_, report) = ReportSupport.report(["toetsen.vsm": ReportFiguresTests.timed, "toetsen_nieuw.vsm": new])
        let comparison = try #require(ReportSupport.map(report, "toetsen_nieuw")?.comparison)
        #expect(comparison.old.id == "toetsen")
        var change: [ProcessFigures.Figure: Double] = [:]
        for row in comparison.rows { change[row.figure] = row.change }
        #expect(change[.leadTime] == -960)              // 125 − 1085
        #expect(change[.processTime] == -60)            // 125 − 185
        #expect(change[.waitTime] == -900)
        let ratioChange: Double = try #require(change[.activityRatio])
        #expect(abs(ratioChange - (1 - 185.0 / 1085.0)) < 1e-12)
        let completeAccurateChange: Double = try #require(change[.rolledCompleteAccurate])
        #expect(abs(completeAccurateChange - (0.855 - 0.36)) < 1e-12) // 0.9 × 0.95 × 1.0 against 0.36
        #expect(change[.systemSwitches] == -2)
        #expect(change[.handOffs] == -2)
        #expect(change[.manualRegistrations] == -2)
        #expect(change[.valueAddingTime] == nil)         // the new map does not say which steps add value
        let markdown = MarkdownReportRenderer.render(report, language: .nl)
        #expect(markdown.contains("| Doorlooptijd | 2 dagen 3 u 5 min | 2 u 5 min | **−2 dagen 1 u** | beter |"))
        #expect(markdown.contains("| Activiteitsratio | 17,1% | 100% | **+82,9 procentpunt** | beter |"))
    }

    /// Cause-effect loops are listed with their kind: one `-` makes a loop balancing.
    @Test func feedbackLoops() throws {
        let text = """
        proces p "P" {
          oorzaak drukte "Drukte"
          oorzaak fouten "Fouten"
          oorzaak controle "Extra controle"
          probleem q "Q"
          drukte -> fouten -> controle
          controle -> drukte { polariteit: - }
          fouten -> q
        }
        """
        let (_, report) = ReportSupport.report(["p.vsm": text])
        let loops = try #require(report.maps.first?.feedbackLoops)
        #expect(loops.count == 1)
        #expect(ReportSupport.ids(loops[0].members) == ["drukte", "fouten", "controle"])
        #expect(loops[0].isReinforcing == false)         // one "-" around the loop
        let markdown = MarkdownReportRenderer.render(report, language: .en)
        #expect(markdown.contains("- **Balancing**: Drukte → Fouten → Extra controle → Drukte\n"))
    }
}
