import StroomExport
import StroomModel
import StroomSyntax
import Testing

/// The report on the real samples, against what the files say, counted by hand.
@Suite struct ReportSampleFiguresTests {
    /// Afb. 1.5 and 1.6 of the Akkrum brochure, as `speciale_aandacht.vsm` writes them.
    @Test func specialeAandacht() throws {
        let map = try #require(ReportSupport.sampleReport("Samples/akkrum/speciale_aandacht.vsm").maps.first)
        let flow = try #require(map.flow)
        // Four steps, none with a measured time: "Hulp leerling" has only its planned quarter of
        // an hour (gepland:), which the source says turned out wrong, so it is not a figure.
        #expect(flow.stepCount == 4)
        #expect(ReportSupport.ids(flow.stepsWithoutTime) == ["instructie", "hulp_leerling", "administratie", "aandacht_groep"])
        #expect(flow.value(.leadTime) == nil)
        #expect(flow.value(.processTime) == nil)
        // The supplier LERAAR does every step and no step names a system.
        #expect(flow.value(.handOffs) == 0)
        #expect(flow.value(.systemSwitches) == 0)
        #expect(flow.openActionCount == 6)               // six action points, none with a status
        let board = try #require(map.board)
        // voorbereiding: niet_horen, niet_uitvoeren; uitvoering: lesstof, storen, te_lang,
        // onvoorspelbaar, aandacht_klas; evaluatie: hoe_administreren.
        #expect(board.problemsByPhase.map(\.count) == [2, 5, 1])
        #expect(board.problemsByPhase.map(\.key) == ["voorbereiding", "uitvoering", "evaluatie"])
        // organisatie 8, ict 1 (hoe_administratie), persoonlijk 2, samenwerking 2, and the six
        // without a quadrant (the four clouds of Afb. 1.4 and the two unreadable ones).
        #expect(board.ideasByQuadrant.map(\.count) == [8, 1, 2, 2, 6])
        #expect(board.ideaCount == 19)
        #expect(board.matrix.placedCount == 0)
        #expect(map.actions.count == 6)
        let withoutOwner = map.actions.filter { if case .none = $0.owner { true } else { false } }
        #expect(withoutOwner.count == 6)
    }

    /// 't Blokhuus's reading dossiers before and after (steps in the order written, no arrows).
    @Test func leesdossiers() throws {
        let report = ReportSupport.sampleReport("Samples/blokhuus/leesdossiers.vsm")
        let old = try #require(ReportSupport.map(report, "leesdossier_oud")?.flow)
        // ICT: {excel} → {} → {lovs} → {lovs, parnassys} → {parnassys, excel} → {parnassys, excel}:
        // two changes between steps that both use a system.
        #expect(old.value(.systemSwitches) == 2)
        // People: {oa} → {oa, adm} → {adm} → {} → {oa} → {ib}: three changes between steps with people.
        #expect(old.value(.handOffs) == 3)
        // dmt_resultaten on paper, in Excel and in LOVS (2 extra); totaalscore in ParnasSys and Excel (1);
        // four steps with handmatig: ja (4).
        #expect(old.value(.manualRegistrations) == 7)
        let new = try #require(ReportSupport.map(report, "leesdossier_nieuw"))
        // {} → {} → {lovs} → {lovs, parnassys} → {parnassys}: two; {oa} → {oa, adm} → {adm} → {} → {oa}: two;
        // toetsresultaten on paper and in LOVS: one; one step with handmatig: ja: one.
        #expect(new.flow?.value(.systemSwitches) == 2)
        #expect(new.flow?.value(.handOffs) == 2)
        #expect(new.flow?.value(.manualRegistrations) == 2)
        let comparison = try #require(new.comparison)
        #expect(comparison.old.id == "leesdossier_oud")
        let rows = Dictionary(uniqueKeysWithValues: comparison.rows.map { ($0.figure, $0) })
        #expect(rows[.handOffs]?.change == -1)
        #expect(rows[.manualRegistrations]?.change == -5)
        #expect(rows[.systemSwitches]?.change == 0)
        #expect(rows[.leadTime]?.change == nil)          // neither map has times
        #expect(rows[.manualRegistrations]?.isImprovement == true)
    }

    /// "Een dag bij groep 4": 26 start times from 08:00 to 16:30, three moments with ICT.
    @Test func werkobservaties() throws {
        let map = try #require(ReportSupport.sampleReport("Samples/blokhuus/werkobservaties.vsm").maps.first)
        #expect(map.kind == .study)
        #expect(map.flow == nil)
        let day = try #require(map.observations.first)
        #expect(day.moments.count == 26)
        #expect(day.observedMinutes == 510)              // 08:00 → 16:30
        // smartboard 09:35–09:45 (10), smartboard 11:15–11:30 (15), YouTube 11:30–11:40 (10).
        #expect(day.ictMinutes == 35)
        #expect(abs(try #require(day.ictShare) - 35.0 / 510.0) < 1e-12)
        #expect(day.ictMomentsWithProblem == 0)
        #expect(day.moments.last?.minutes == nil)        // the last moment has no known length
        let board = try #require(map.board)
        #expect(board.problemsByPhase.map(\.count) == [0, 0, 0, 18])
        let markdown = MarkdownReportRenderer.render(ReportSupport.sampleReport("Samples/blokhuus/werkobservaties.vsm"), language: .nl)
        #expect(markdown.contains("| Geobserveerde tijd | **8 u 30 min** |"))
        #expect(markdown.contains("| Aandeel ict \\* | **6,9%** |"))
        #expect(markdown.contains("Afgeleid uit begintijden"))
    }

    /// SWS Balans: what reaches the purpose, and what does not.
    @Test func swsBalans() throws {
        let map = try #require(ReportSupport.sampleReport("Samples/sws-balans/sws_balans.batenlogica").maps.first)
        let benefits = try #require(map.benefits)
        #expect(benefits.stakeholders.map { $0.stakeholder?.id } == ["leerlingen", "ouders", "leraren", "directie_ib", "bestuur"])
        #expect(benefits.stakeholders.map(\.purposes.count) == [6, 5, 4, 4, 5])   // the 24 "blij als" statements
        let unreached = benefits.stakeholders.flatMap(\.purposes).filter(\.contributors.isEmpty).map(\.item.id)
        #expect(unreached == ["succesmomentje", "optimaal_gefaciliteerd"])      // B415 × 2 in Samples/README.md
        // B403 × 5: the four "knelpunt" activities of theme D (their theme's arrow does not carry
        // them) and methode_leraar.
        #expect(ReportSupport.ids(benefits.notContributing) == ["veel_knopjes", "veel_systemen", "gaten_vullen", "diverse_gegevens", "methode_leraar"])
        let elkaarHelpen = try #require(benefits.stakeholders.flatMap(\.purposes).first { $0.item.id == "elkaar_helpen" })
        #expect(ReportSupport.ids(elkaarHelpen.contributors) == ["nieuwe_vormen", "cooperatief_leren"])
        #expect(benefits.workload.map(\.source) == ["bedoeling", "organisatie"])
        #expect(benefits.workload.map(\.items.count) == [6, 7])
        #expect(ReportSupport.ids(benefits.principles) == ["verantwoordelijkheid", "reflecteren", "betrokkenheid", "experimenterend", "onderzoek_doen"])
        #expect(benefits.themeRows.count == 5)
        // Theme A: visie_maatwerk (verantwoordelijkheid, reflecteren, onderzoek_doen), hr_beleid (reflecteren, experimenterend).
        let maatwerk = benefits.themeRows[0]
        #expect(maatwerk.letter == "A")
        #expect(maatwerk.cells.map(ReportSupport.ids) == [["visie_maatwerk"], ["visie_maatwerk", "hr_beleid"], [], ["hr_beleid"], ["visie_maatwerk"]])
        #expect(map.actions.count == 41)
        #expect(map.actions.filter(\.isOpen).count == 41)
    }

    /// Borgstee's action table: time paths, impact and workload effect, one done.
    @Test func rapportage() throws {
        let map = try #require(ReportSupport.sampleReport("Samples/borgstee/rapportage.vsm").maps.first)
        #expect(map.actions.count == 13)
        #expect(map.actions.filter(\.isOpen).count == 12)  // "Digitale roostering oudergesprekken" is klaar
        #expect(map.flow?.openActionCount == 12)
        #expect(map.actions[0].timeline == "Gereed")
        #expect(map.actions[1].workloadEffect == "eerst_zwaarder")
        // Steps 1–4 by adm, 5–7 by nobody, 8 by the teacher: {adm}→{adm} ×3, then no pair with
        // people on both sides until 7→8, which has nobody before it. No hand-off.
        #expect(map.flow?.value(.handOffs) == 0)
    }
}
