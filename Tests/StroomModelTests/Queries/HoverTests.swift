import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// HoverInfo at `1️⃣`: keyword help, declarations and their figures.
@Suite struct HoverTests {
    /// The hover at 1️⃣ is exactly `expected`.
    func checkHover(_ marked: String, language: Language = .nl, expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let workspace = MarkedWorkspace(marked)
        let cursor = workspace["1️⃣"]
        let hover = workspace.analysis().hover(at: cursor.utf8Offset, inFile: cursor.fileIndex, language: language)
        #expect(hover?.markdown == expected, sourceLocation: sourceLocation)
    }

    /// The hover at 1️⃣ holds every line of `lines`.
    func checkHover(_ marked: String, language: Language = .nl, contains lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let workspace = MarkedWorkspace(marked)
        let cursor = workspace["1️⃣"]
        let markdown = workspace.analysis().hover(at: cursor.utf8Offset, inFile: cursor.fileIndex, language: language)?.markdown ?? ""
        for line in lines {
            #expect(markdown.contains(line), "missing ‘\(line)’ in:\n\(markdown)", sourceLocation: sourceLocation)
        }
    }

    static let process = """
    # Groepsplannen
    proces 1️⃣groepsplannen "Groepsplannen maken" {
      werkdag: 7.5u
      persoon leraar "Groepsleraar"
      persoon ib "Intern begeleider"
      ict lvs "Leerlingvolgsysteem"
      ict word "Word"
      # Gegevens uit het LVS
      stap 2️⃣verzamelen "Toetsgegevens verzamelen" { door: leraar  ict: lvs  tijd: 45min  waarde: nodig  ca: 80% }
      wacht uitslagen "Wachten op uitslagen" { duur: 3d }
      stap schrijven "Groepsplan schrijven" { door: leraar  ict: word  tijd: 2u  fase: voorbereiding  ca: 90% }
      stap bespreken "Bespreken met IB" { door: leraar, ib  tijd: 30min  waarde: ja }
      probleem dubbel "Dubbel werk" { bij: schrijven  fase: uitvoering }
      idee koppeling "Koppeling" { lost_op: dubbel  categorie: ict }
      actie a "A" { uit: koppeling }
    }
    """

    @Test func processFiguresInDutch() {
        // 45min + 3 days of 7.5h + 2h + 30min: lead time 1545 min, process time 195 min, 12.6%;
        // the same words and numbers as the report (FigureText): a figure that lacks a value or
        // a ca says so instead of a number that only looks right.
        checkHover(HoverTests.process.replacingOccurrences(of: "2️⃣", with: ""), expected: """
        **Proces** `groepsplannen` — Groepsplannen maken

        Groepsplannen

        - Doorlooptijd: 3 dagen 3 u 15 min (langste pad: `verzamelen` → `uitslagen` → `schrijven` → `bespreken`)
        - Procestijd: 3 u 15 min
        - Wachttijd: 3 dagen
        - Activiteitsratio: 12,6%
        - Waardetoevoegende tijd: onbekend: 1 van 3 stappen zonder waarde
        - Gerolde %C&A: onbekend: 1 van 3 stappen zonder ca
        - Systeemwissels: 1
        - Overdrachten: 1
        - Handmatige registraties: 0
        - Problemen per fase: uitvoering 1
        - Ideeën per kwadrant: ict 1
        - Open actiepunten: 1
        """)
    }

    @Test func processFiguresInEnglish() {
        checkHover(HoverTests.process.replacingOccurrences(of: "2️⃣", with: ""), language: .en, contains: [
            "- Lead time: 3 days 3 h 15 min",
            "- Activity ratio: 12.6%",
            "- Rolled %C&A: unknown: 1 of 3 steps without a ca",
            "- System switches: 1",
            "- Hand-offs: 1",
        ])
    }

    @Test func stepFiguresFromAUse() {
        let marked = HoverTests.process.replacingOccurrences(of: "1️⃣", with: "")
            .replacingOccurrences(of: "2️⃣", with: "")
            .replacingOccurrences(of: "bij: schrijven", with: "bij: schrij1️⃣ven")
        checkHover(marked, expected: """
        **Stap** `schrijven` — Groepsplan schrijven

        *In kaart `groepsplannen`*

        - Tijd: 2 u
        - Door: `leraar`
        - ICT: `word`
        - Problemen: `dubbel`
        - Ligt op het langste pad (telt in de doorlooptijd)
        """)
    }

    @Test func documentationCommentAndOtherFile() {
        checkHover("""
        #- file: akkrum/groepsplannen.vsm
        proces groepsplannen "G" {
          # Uit de brochure: *koppelen*
          idee koppeling "Koppelingen tussen systemen"
        }
        #- file: sws.batenlogica
        batenlogica sws "S" {
          initiatief i "I" { uit: groepsplannen.kop1️⃣peling }
        }
        """, language: .en, expected: """
        **Idea** `koppeling` — Koppelingen tussen systemen

        Uit de brochure: \\*koppelen\\*

        *In map `groepsplannen`, file `groepsplannen.vsm`*

        - Solves: —
        - Action points: —
        """)
    }

    @Test func keywordHelp() {
        checkHover("""
        proces p "P" {
          wa1️⃣cht w "W" { duur: 1d }
        }
        """, expected: """
        **wacht** · *wait*

        Wachten tussen stappen (de driehoek): tijd waarin het werk stilligt, bijvoorbeeld op uitslagen of op iemand anders. Telt mee in de doorlooptijd, niet in de procestijd.
        """)
    }

    @Test func attributeHelpDependsOnTheKind() {
        checkHover("""
        batenlogica b "B" {
          werkdruk w "W" { br1️⃣on: organisatie }
        }
        """, language: .en, expected: """
        **source** · *bron*

        Where the workload comes from: the purpose itself (the work that matters) or the organisation (how the work is arranged).

        Value: one of: purpose, organisation
        """)
        checkHover("""
        proces p "P" {
          probleem x "X" { br1️⃣on: waarneming }
        }
        """, language: .en, contains: ["How it is known: observed, or told (interview)."])
    }

    @Test func enumValue() {
        checkHover("""
        proces p "P" {
          probleem x "X" { fase: uitvo1️⃣ering }
        }
        """, language: .en, expected: """
        **execution** · *uitvoering* — a value of **phase**

        The phase it belongs to: preparation, execution or evaluation (the columns of ‘locating problems’).

        Allowed: preparation, execution, evaluation
        """)
    }

    @Test func observationFiguresAreDerivedFromStartTimes() {
        checkHover("""
        onderzoek o "O" {
          ict bord "Digibord"
          observatie 1️⃣dag "Dag" {
            moment a "A" { om: 08:30  ict: bord }
            moment b "B" { om: 09:00 }
            moment c "C" { om: 10:00 }
          }
        }
        """, contains: ["- Momenten: 3", "- Geobserveerd: 1 u 30 min", "- Met ICT: 30 min (33,3%)", "*Afgeleid uit de begintijden"])
    }

    @Test func benefitLogicContribution() {
        let marked = """
        batenlogica b "B" {
          stakeholder s "S"
          bedoeling doel "Doel" { wie: s }
          activiteit a "A"
          activiteit los "Los"
          a -> doel
        }
        """
        checkHover(marked.replacingOccurrences(of: "activiteit a ", with: "activiteit 1️⃣a "),
                   contains: ["Draagt bij aan de bedoeling: ja", "Via pijlen naar: `doel`"])
        checkHover(marked.replacingOccurrences(of: "activiteit los", with: "activiteit 1️⃣los"),
                   language: .en, contains: ["Contributes to the purpose: no"])
        checkHover(marked.replacingOccurrences(of: "bedoeling doel", with: "bedoeling 1️⃣doel"),
                   contains: ["Draagt bij: `a`"])
    }

    @Test func workloadSourceAndWhatReducesIt() {
        checkHover("""
        batenlogica b "B" {
          activiteit a "A"
          werkdruk 1️⃣w "W" { bron: organisatie  bij: a }
          kans k "K" { vermindert: w }
        }
        """, language: .en, expected: """
        **Workload item** `w` — W

        *In map `b`*

        - Source: organisation
        - At: `a`
        - Reduced by: `k`
        """)
    }

    @Test func nothingOnPunctuationAndLiterals() {
        for marked in ["proces p \"P\" 1️⃣{ }", "proces p \"P\" { stap a \"A\" { tijd: 4️⃣51️⃣min } }".replacingOccurrences(of: "4️⃣", with: "")] {
            let workspace = MarkedWorkspace(marked)
            let cursor = workspace["1️⃣"]
            #expect(workspace.analysis().hover(at: cursor.utf8Offset, inFile: cursor.fileIndex, language: .nl) == nil)
        }
    }

    @Test func everyKindAndAttributeHasHelpInBothLanguages() {
        for kind in DeclarationKind.allCases {
            let help = KeywordHelp.help(for: kind)
            #expect(!help.nl.isEmpty && !help.en.isEmpty && help.nl != help.en, "\(kind)")
        }
        for attribute in AttributeName.allCases {
            for kind in [nil] + DeclarationKind.allCases.map(Optional.some) {
                let help = KeywordHelp.help(for: attribute, on: kind)
                #expect(!help.nl.isEmpty && !help.en.isEmpty && help.nl != help.en, "\(attribute) on \(String(describing: kind))")
                #expect([help.nl, help.en].allSatisfy { $0.hasSuffix(".") || $0.hasSuffix("?") }, "\(attribute): full sentences")
            }
        }
    }
}
