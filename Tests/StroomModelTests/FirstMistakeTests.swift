import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Message fixtures for the mistakes a teacher typically makes first: each checks a small file
/// and asserts the exact code, range (line:column-line:column, 1-based, as `stroom check`
/// prints it) and message text in Dutch and English. The other fixtures assert codes only.
@Suite struct FirstMistakeTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        let code: DiagnosticCode
        let range: String
        let nl: String
        let en: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a kind word before a chain",
             text: "proces p \"P\" {\n  probleem y \"Y\"\n  oorzaak x -> y\n}\n",
             code: "S010", range: "3:13-3:17",
             nl: "Een pijl schrijf je zonder soort ervoor: x -> …. Wil je ‘x’ ook beschrijven, zet dan oorzaak x \"…\" op een eigen regel.",
             en: "Write an arrow without a kind before it: x -> …. To describe ‘x’ as well, write oorzaak x \"…\" on a line of its own."),
        Case(name: "a space in a duration (week)",
             text: "proces p \"P\" {\n  stap a \"A\" {\n    tijd: 1 week\n  }\n}\n",
             code: "S010", range: "3:11-3:17",
             nl: "Schrijf een tijdsduur zonder spatie tussen getal en eenheid: 1w (of 1week) in plaats van 1 week.",
             en: "Write a duration without a space between number and unit: 1w (or 1week) instead of 1 week."),
        Case(name: "a space in a duration (uur)",
             text: "proces p \"P\" {\n  stap a \"A\" { tijd: 3 uur }\n}\n",
             code: "S010", range: "2:22-2:27",
             nl: "Schrijf een tijdsduur zonder spatie tussen getal en eenheid: 3u (of 3uur) in plaats van 3 uur.",
             en: "Write a duration without a space between number and unit: 3u (or 3uur) instead of 3 uur."),
        Case(name: "a space in a duration (min), the glued form said once",
             text: "proces p \"P\" {\n  stap a \"A\" { tijd: 45 min }\n}\n",
             code: "S010", range: "2:22-2:28",
             nl: "Schrijf een tijdsduur zonder spatie tussen getal en eenheid: 45min in plaats van 45 min.",
             en: "Write a duration without a space between number and unit: 45min instead of 45 min."),
        Case(name: "a unit written out, with a space",
             text: "proces p \"P\" {\n  stap a \"A\" { tijd: 10 minuten }\n}\n",
             code: "S010", range: "2:22-2:32",
             nl: "Schrijf een tijdsduur zonder spatie tussen getal en eenheid: 10min in plaats van 10 minuten.",
             en: "Write a duration without a space between number and unit: 10min instead of 10 minuten."),
        Case(name: "a unit written out, without a space",
             text: "proces p \"P\" {\n  stap a \"A\" { tijd: 10minuten }\n}\n",
             code: "S007", range: "2:22-2:31",
             nl: "Schrijf de eenheid kort: 10min. Tijdseenheden zijn: s, sec, min, u, h, uur, d, dag, dagen, w, wk, week, weken, mnd, maand.",
             en: "Write the unit short: 10min. The units of time are: s, sec, min, u, h, uur, d, dag, dagen, w, wk, week, weken, mnd, maand."),
        Case(name: "a date written day first",
             text: "proces p \"P\" {\n  actie a \"A\" { gereed: 15-02-2027 }\n}\n",
             code: "S010", range: "2:25-2:35",
             nl: "Schrijf een datum als jaar-maand-dag: 2027-02-15 in plaats van 15-02-2027.",
             en: "Write a date as year-month-day: 2027-02-15 instead of 15-02-2027."),
        Case(name: "a date with the month in words",
             text: "proces p \"P\" {\n  actie b \"B\" { gereed: 15 februari 2027 }\n}\n",
             code: "S010", range: "2:25-2:41",
             nl: "Schrijf een datum als jaar-maand-dag: 2027-02-15 in plaats van 15 februari 2027.",
             en: "Write a date as year-month-day: 2027-02-15 instead of 15 februari 2027."),
        Case(name: "a phase of two words: the first word",
             text: "batenlogica h \"H\" {\n  methode: shrm\n  fase: ga door\n}\n",
             code: "A204", range: "3:9-3:11",
             nl: "‘ga’ is geen toegestane waarde voor fase:. Kies uit: stap1, sessie1, stap3, stap4, sessie2, stap6, ontdek, kies, doe, ga_door. Bedoel je ‘ga_door’?",
             en: "‘ga’ is not allowed for fase:. Choose from: step1, session1, step3, step4, session2, step6, discover, choose, do, continue. Did you mean ‘ga_door’?"),
        Case(name: "a phase written as the full verb",
             text: "batenlogica h \"H\" {\n  methode: shrm\n  fase: ontdekken\n}\n",
             code: "A204", range: "3:9-3:18",
             nl: "‘ontdekken’ is geen toegestane waarde voor fase:. Kies uit: stap1, sessie1, stap3, stap4, sessie2, stap6, ontdek, kies, doe, ga_door. Bedoel je ‘ontdek’?",
             en: "‘ontdekken’ is not allowed for fase:. Choose from: step1, session1, step3, step4, session2, step6, discover, choose, do, continue. Did you mean ‘ontdek’?"),
        Case(name: "an unquoted name of several words",
             text: "proces p \"P\" {\n  actie a \"A\" {\n    eigenaar: Juf Anja\n  }\n}\n",
             code: "S010", range: "3:19-3:23",
             nl: "Een naam van meer woorden zet je tussen aanhalingstekens: \"Juf Anja\". Of gebruik de naam (id) van een persoon uit de kaart, zoals juf_anja.",
             en: "Put a name of several words between quotes: \"Juf Anja\". Or use the name (id) of a person in the map, such as juf_anja."),
        Case(name: "two names without a comma",
             text: "proces p \"P\" {\n  persoon leraar \"Leraar\"\n  persoon ib \"IB\"\n  stap s \"S\" {\n    door: leraar ib\n  }\n}\n",
             code: "S010", range: "5:18-5:20",
             nl: "Zet een komma tussen namen: leraar, ib. Is ‘leraar ib’ één woord, schrijf het dan met liggende streepjes: leraar_ib; een omschrijving zet je tussen aanhalingstekens: \"leraar ib\".",
             en: "Put a comma between names: leraar, ib. If ‘leraar ib’ is one word, write it with underscores: leraar_ib; put a description between quotes: \"leraar ib\"."),
        Case(name: "a phase of two words",
             text: "batenlogica h \"H\" {\n  methode: shrm\n  fase: ga door\n}\n",
             code: "S010", range: "3:12-3:16",
             nl: "Zet een komma tussen namen: ga, door. Is ‘ga door’ één woord, schrijf het dan met liggende streepjes: ga_door; een omschrijving zet je tussen aanhalingstekens: \"ga door\".",
             en: "Put a comma between names: ga, door. If ‘ga door’ is one word, write it with underscores: ga_door; put a description between quotes: \"ga door\"."),
        Case(name: "an unquoted label",
             text: "proces p \"P\" {\n  stap schrijven Groepsplan schrijven\n}\n",
             code: "S010", range: "2:18-2:38",
             nl: "Zet de omschrijving tussen aanhalingstekens: stap schrijven \"Groepsplan schrijven\".",
             en: "Put the label between quotes: stap schrijven \"Groepsplan schrijven\"."),
        Case(name: "a problem placed at a wait",
             text: "proces p \"P\" {\n  wacht wachten_op_iets \"Wachten op de IB'er\"\n  probleem x \"X\" { bij: wachten_op_iets }\n}\n",
             code: "N103", range: "3:25-3:40",
             nl: "‘Wachten op de IB'er’ (wachten_op_iets) is een wachttijd, maar bij: verwacht een stap. In het stappenplan noteer je een probleem bij de stap waar het optreedt; een wachttijd is geen stap. Zet bij: op de stap die moet wachten, en schrijf waarop gewacht wordt als oorzaak van het probleem (oorzaak … -> probleem).",
             en: "‘Wachten op de IB'er’ (wachten_op_iets) is a wait, but bij: expects a step. In the step plan a problem is noted at the step where it occurs; a wait is not a step. Put at: on the step that has to wait, and write what is waited for as a cause of the problem (cause … -> problem)."),
        Case(name: "a missing } placed by indentation, naming the block",
             text: "proces p \"P\" {\n  stap schrijven \"Groepsplan schrijven\" {\n    tijd: 30min\n\n  stap b \"B\" {\n    tijd: 10min\n  }\n}\n",
             code: "S003", range: "3:16-3:16",
             nl: "Hier sluit waarschijnlijk het blok van stap ‘Groepsplan schrijven’ (schrijven): zet er een } om het te sluiten.",
             en: "The block of stap ‘Groepsplan schrijven’ (schrijven) most likely ends here: put a } to close it."),
        Case(name: "a missing } at the end of a one-line block",
             text: "proces p \"P\" {\n  stap a \"A\"\n  probleem x \"Dubbel werk\" { bij: a\n  stap c \"C\"\n}\n",
             code: "S003", range: "3:36-3:36",
             nl: "Hier sluit waarschijnlijk het blok van probleem ‘Dubbel werk’ (x): zet er een } om het te sluiten.",
             en: "The block of probleem ‘Dubbel werk’ (x) most likely ends here: put a } to close it."),
        Case(name: "two parts of AMO missing: plural",
             text: "batenlogica hrm \"HRM\" {\n  methode: shrm\n  doel ict \"ICT\"\n  initiatief training \"Training\" { gekozen: ja  amo: kunnen }\n  training -> ict\n}\n",
             code: "H706", range: "3:8-3:11",
             nl: "De gekozen initiatieven voor doel ‘ICT’ (ict) versterken nog niet alles van het AMO-model: willen (motivation), mogen (opportunity) ontbreken. Kies een initiatief dat dat aanvult, of vul amo: aan.",
             en: "The selected initiatives for goal ‘ICT’ (ict) do not yet strengthen all of the AMO model: motivation (willen), opportunity (mogen) are missing. Choose an initiative that adds it, or complete amo:."),
        Case(name: "an initiative for the building block that is not chosen",
             text: "batenlogica hrm \"HRM\" {\n  methode: shrm\n  probleem moeite \"Moeite\" { bouwsteen: deskundigheid }\n  initiatief scholing \"Scholing\" { bouwsteen: deskundigheid }\n}\n",
             code: "H707", range: "3:12-3:18",
             nl: "De bouwsteen deskundigheid heeft knelpunten (‘Moeite’ (moeite)), maar geen gekozen initiatief werkt eraan. ‘Scholing’ (scholing) werkt eraan maar is niet gekozen: zet er gekozen: ja bij als jullie het gaan doen.",
             en: "The building block expertise has bottlenecks (‘Moeite’ (moeite)), but no selected initiative works on it. ‘Scholing’ (scholing) works on it but is not selected: add selected: yes if you are going to do it."),
        Case(name: "a quoted label where a problem is named",
             text: "onderzoek o \"O\" {\n  observatie dag \"Dag\" {\n    moment m \"M\" { om: 09:00  probleem: \"Digibord start niet\" }\n  }\n}\n",
             code: "A203", range: "3:41-3:62",
             nl: "probleem: verwacht de naam van een probleem. Zet het eerst in de kaart (probleem digibord_start_niet \"Digibord start niet\") en noem het daarna bij die naam, zonder aanhalingstekens: digibord_start_niet.",
             en: "probleem: expects the name of a problem. Declare it first (problem digibord_start_niet \"Digibord start niet\"), then refer to it by that name, without quotes: digibord_start_niet."),
    ]

    @Test(arguments: cases)
    func firstMistake(_ example: Case) throws {
        let source = SourceFile(path: "eerste.vsm", text: example.text)
        let analysis = Analysis(sources: [source], options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
        let found = analysis.diagnosticsByFile[0].filter { $0.code == example.code }
        #expect(found.count == 1, "expected one \(example.code), got \(found.map(\.message.en))")
        let diagnostic = try #require(found.first)
        let start = source.lineTable.humanPosition(of: diagnostic.range.utf8Start)
        let end = source.lineTable.humanPosition(of: diagnostic.range.utf8End)
        #expect("\(start.line):\(start.column)-\(end.line):\(end.column)" == example.range)
        #expect(diagnostic.message.nl == example.nl)
        #expect(diagnostic.message.en == example.en)
    }

    /// `tijd: 1 week` gets one finding (S010 with the advice), not also an A203 on the `1`
    /// that would advise `1min` or `1u`.
    /// So do `10 minuten` and a date written day first.
    @Test(arguments: ["stap a \"A\" { tijd: 1 week }", "stap a \"A\" { tijd: 10 minuten }",
                      "actie a \"A\" { gereed: 15-02-2027 }", "actie a \"A\" { gereed: 15 februari 2027 }"])
    func aSpacedValueIsReportedOnce(_ line: String) {
        let source = SourceFile(path: "eerste.vsm", text: "proces p \"P\" {\n  \(line)\n}\n")
        let analysis = Analysis(sources: [source], options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
        let errors = analysis.diagnosticsByFile[0].filter { $0.severity == .error }.map(\.code)
        #expect(errors == ["S010"])
    }

    /// The quick fixes turn each mistake into what the message advises.
    @Test func fixesWriteTheAdvice() throws {
        let expected: [(String, String)] = [
            ("  oorzaak x -> y", "  oorzaak x\n  x -> y"),
            ("    tijd: 1 week", "    tijd: 1w"),
            ("  actie a \"A\" { gereed: 15-02-2027 }", "  actie a \"A\" { gereed: 2027-02-15 }"),
            ("  actie b \"B\" { gereed: 15 februari 2027 }", "  actie b \"B\" { gereed: 2027-02-15 }"),
            ("  stap a \"A\" { tijd: 10 minuten }", "  stap a \"A\" { tijd: 10min }"),
            ("  stap a \"A\" { tijd: 10minuten }", "  stap a \"A\" { tijd: 10min }"),
            ("    eigenaar: Juf Anja", "    eigenaar: \"Juf Anja\""),
            ("    door: leraar ib", "    door: leraar, ib"),
            ("  stap schrijven Groepsplan schrijven", "  stap schrijven \"Groepsplan schrijven\""),
        ]
        for (before, after) in expected {
            let example = try #require(FirstMistakeTests.cases.first { $0.text.contains(before + "\n") })
            let source = SourceFile(path: "eerste.vsm", text: example.text)
            let analysis = Analysis(sources: [source], options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
            let diagnostic = try #require(analysis.diagnosticsByFile[0].first { $0.code == example.code })
            let edit = try #require(diagnostic.fixes.first?.edits.first)
            var bytes = Array(example.text.utf8)
            bytes.replaceSubrange(edit.range.utf8Start..<edit.range.utf8End, with: Array(edit.newText.utf8))
            let fixed = String(decoding: bytes, as: UTF8.self)
            #expect(fixed.contains(after + "\n"), "\(example.name): \(fixed)")
            // And the fixed file has no errors left.
            let again = Analysis(sources: [SourceFile(path: "eerste.vsm", text: fixed)],
                                 options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
            let errors = again.diagnosticsByFile[0].filter { $0.severity == .error }.map { "\($0.code) \($0.message.en)" }
            #expect(errors.isEmpty, "\(example.name): \(errors)")
        }
    }
}
