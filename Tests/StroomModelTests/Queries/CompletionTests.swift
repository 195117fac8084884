import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Completion at `1️⃣`, in finished and in broken text.
@Suite struct CompletionTests {
    /// The labels offered at 1️⃣ include every `includes` (in that relative order when
    /// `ordered`) and none of `excludes`; each item replaces the word being typed.
    @discardableResult
    func checkCompletion(_ marked: String, includes: [String], excludes: [String] = [], ordered: Bool = false,
                         sourceLocation: SourceLocation = #_sourceLocation) -> [CompletionCandidate] {
        let workspace = MarkedWorkspace(marked)
        let analysis = workspace.analysis()
        let cursor = workspace["1️⃣"]
        let items = analysis.completions(at: cursor.utf8Offset, inFile: cursor.fileIndex)
            .sorted { $0.sortText < $1.sortText }
        let labels = items.map(\.label)
        for label in includes {
            #expect(labels.contains(label), "missing \(label) in \(labels)", sourceLocation: sourceLocation)
        }
        for label in excludes {
            #expect(!labels.contains(label), "unexpected \(label) in \(labels)", sourceLocation: sourceLocation)
        }
        if ordered {
            let positions = includes.compactMap { labels.firstIndex(of: $0) }
            #expect(positions == positions.sorted(), "order of \(includes) in \(labels)", sourceLocation: sourceLocation)
        }
        let source = analysis.files[cursor.fileIndex].source
        for item in items {
            #expect(item.range.touches(cursor.utf8Offset), "\(item.label) replaces \(item.range)", sourceLocation: sourceLocation)
            let typed = source.text(in: item.range)
            #expect(typed.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }, "replaces ‘\(typed)’", sourceLocation: sourceLocation)
        }
        return items
    }

    /// Nothing is offered at 1️⃣.
    func checkNoCompletion(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let workspace = MarkedWorkspace(marked)
        let cursor = workspace["1️⃣"]
        let items = workspace.analysis().completions(at: cursor.utf8Offset, inFile: cursor.fileIndex)
        #expect(items.isEmpty, "\(items.map(\.label))", sourceLocation: sourceLocation)
    }

    @Test func kindsInsideAProcessDutchFirstThenEnglish() {
        let items = checkCompletion("""
        proces p "P" {
          1️⃣
        }
        """, includes: ["stap", "wacht", "probleem", "idee", "actie", "step", "wait"],
             excludes: ["moment", "bedoeling", "proces", "thema"])
        let step = items.first { $0.label == "stap" }
        let english = items.first { $0.label == "step" }
        #expect(step.map(\.sortText) ?? "" < english.map(\.sortText) ?? "")
        #expect(step?.documentation?.en.contains("process step") == true)
        #expect(step?.detail == LocalizedText(nl: "stap", en: "step"))
    }

    @Test func kindsInsideAnEnglishProcessEnglishFirst() {
        checkCompletion("""
        process p "P" {
          st1️⃣
        }
        """, includes: ["step", "problem", "stap"], ordered: true)
    }

    @Test func kindsInsideAStepAreWhatAStepHolds() {
        checkCompletion("""
        proces p "P" {
          stap a "A" {
            1️⃣
          }
        }
        """, includes: ["probleem", "data", "verstoring", "door", "tijd"], excludes: ["stap", "idee", "actie"])
    }

    @Test func mapsAtTheTopOfAFileFollowItsType() {
        checkCompletion("1️⃣", includes: ["proces", "onderzoek", "process", "study"], excludes: ["batenlogica", "stap", "door"])
        let workspace = MarkedWorkspace("bat1️⃣", defaultName: "x.batenlogica")
        let cursor = workspace["1️⃣"]
        let labels = workspace.analysis().completions(at: cursor.utf8Offset, inFile: cursor.fileIndex).map(\.label)
        #expect(labels == ["batenlogica", "benefits"])
    }

    @Test func attributeNamesOfTheKindMinusThoseGiven() {
        let items = checkCompletion("""
        proces p "P" {
          stap a "A" { door: x  1️⃣ }
          persoon x "X"
        }
        """, includes: ["tijd", "ict", "waarde", "time", "omschrijving"], excludes: ["door", "by", "duur", "stap"])
        #expect(items.first { $0.label == "tijd" }?.insertText == "tijd: ")
        #expect(items.first { $0.label == "tijd" }?.detail.en == "a duration (such as 45min or 2h)")
    }

    @Test func theAttributeBeingTypedIsStillOffered() {
        checkCompletion("""
        proces p "P" {
          stap a "A" {
            doo1️⃣
          }
        }
        """, includes: ["door"])
    }

    @Test func enumValuesAfterTheColon() {
        let items = checkCompletion("""
        proces p "P" {
          probleem x "X" { fase: 1️⃣ }
        }
        """, includes: ["voorbereiding", "uitvoering", "evaluatie", "preparation"], excludes: ["stap", "hoog", "door"])
        #expect(items.first?.kind == .value)
    }

    @Test func enumValuesWhileTypingAWord() {
        checkCompletion("""
        proces p "P" {
          idee x "X" { categorie: or1️⃣ }
        }
        """, includes: ["organisatie", "ict", "persoonlijk", "samenwerking"])
    }

    @Test func stagesFollowTheMethod() {
        checkCompletion("""
        proces p "P" {
          methode: design_thinking
          stadium: 1️⃣
        }
        """, includes: ["voorbereiding", "uitvoering", "afronding"], excludes: ["brainstorm", "verandering"])
        checkCompletion("""
        proces p "P" {
          stadium: 1️⃣
        }
        """, includes: ["brainstorm", "verandering"], excludes: ["afronding"])
    }

    @Test func byOffersPeopleOnly() {
        checkCompletion("""
        proces p "P" {
          persoon leraar "Leraar"
          extern ouders "Ouders"
          ict lvs "LVS"
          stap a "A" { door: 1️⃣ }
          stap b "B"
        }
        """, includes: ["leraar", "ouders"], excludes: ["lvs", "a", "b", "p"])
    }

    @Test func solvesOffersProblemsAndCauses() {
        checkCompletion("""
        proces p "P" {
          stap s "S"
          probleem dubbel "Dubbel werk"
          oorzaak geen_koppeling "Geen koppeling"
          idee k "K" { lost_op: dubbel, 1️⃣ }
        }
        """, includes: ["dubbel", "geen_koppeling"], excludes: ["s", "k"])
    }

    @Test func aListGoesOnOnTheNextLineAfterAComma() {
        checkCompletion("""
        proces p "P" {
          persoon leraar "Leraar"
          persoon ib "IB"
          stap a "A" { door: leraar,
                             1️⃣ }
        }
        """, includes: ["ib", "leraar"], excludes: ["tijd", "stap"])
    }

    @Test func afterDoorOnAnUnfinishedLineInAnUnclosedBlock() {
        checkCompletion("""
        proces p "P" {
          persoon leraar "Leraar"
          ict lvs "LVS"
          stap a "A" {
            door: 1️⃣
        """, includes: ["leraar"], excludes: ["lvs", "tijd"])
    }

    @Test func inAnUnclosedBlockAtTheEndOfTheFile() {
        checkCompletion("""
        proces p "P" {
          stap a "A" {
            tijd: 5min
            1️⃣
        """, includes: ["door", "probleem"], excludes: ["tijd", "stap"])
    }

    @Test func anUnclosedBlockEndsWhereTheIndentationSaysSo() {
        checkCompletion("""
        proces p "P" {
          stap a "A" {
            tijd: 5min
          1️⃣
        """, includes: ["stap", "wacht", "school"], excludes: ["tijd", "door"])
    }

    @Test func mapNamesAndQualifiedMembers() {
        let marked = """
        #- file: groepsplannen.vsm
        proces groepsplannen "G" {
          idee koppeling "K"
          actie bouwmoment "B"
          stap s "S"
        }
        #- file: sws.batenlogica
        batenlogica sws "S" {
          initiatief i "I" { uit: 1️⃣ }
        }
        """
        let items = checkCompletion(marked, includes: ["groepsplannen"], excludes: ["i", "sws"])
        #expect(items.first { $0.label == "groepsplannen" }?.kind == .map)
        checkCompletion(marked.replacingOccurrences(of: "uit: 1️⃣", with: "uit: groepsplannen.1️⃣"),
                        includes: ["koppeling", "bouwmoment"], excludes: ["s", "groepsplannen"])
        checkCompletion(marked.replacingOccurrences(of: "uit: 1️⃣", with: "uit: groepsplannen.kop1️⃣"),
                        includes: ["koppeling"])
    }

    @Test func replacesAMapOfTheRightKind() {
        checkCompletion("""
        proces oud "Oud" {}
        proces nieuw "Nieuw" { vervangt: 1️⃣ }
        """, includes: ["oud"], excludes: ["nieuw"])
    }

    @Test func arrowEnds() {
        checkCompletion("""
        proces p "P" {
          persoon leraar "Leraar"
          stap a "A"
          stap b "B"
          wacht w "W"
          a -> 1️⃣
        }
        """, includes: ["a", "b", "w"], excludes: ["leraar", "door"])
    }

    @Test func polarityInAnArrowBlock() {
        checkCompletion("""
        proces p "P" {
          oorzaak o "O"
          probleem x "X"
          o -> x { 1️⃣ }
        }
        """, includes: ["polariteit", "polarity"], excludes: ["stap", "door"])
        checkCompletion("""
        proces p "P" {
          oorzaak o "O"
          probleem x "X"
          o -> x { polariteit: 1️⃣ }
        }
        """, includes: ["+", "-"])
    }

    @Test func frequencyWordsAndPeriods() {
        checkCompletion("""
        proces p "P" {
          probleem x "X" { frequentie: 1️⃣ }
        }
        """, includes: ["dagelijks", "wekelijks", "daily"])
        checkCompletion("""
        proces p "P" {
          probleem x "X" { frequentie: 3x per 1️⃣ }
        }
        """, includes: ["dag", "week", "maand", "jaar"])
    }

    @Test func benefitLogicKindsAndStakeholders() {
        let marked = """
        batenlogica sws "SWS" {
          stakeholder leraren "Leraren"
          thema t "T"
          bedoeling b "B" { wie: 1️⃣ }
        }
        """
        let workspace = MarkedWorkspace(marked, defaultName: "x.batenlogica")
        let cursor = workspace["1️⃣"]
        let labels = workspace.analysis().completions(at: cursor.utf8Offset, inFile: cursor.fileIndex).map(\.label)
        #expect(labels == ["leraren"])
    }

    @Test func nothingInCommentsTextsAndNewNames() {
        checkNoCompletion("""
        proces p "P" {
          # een opmer1️⃣king
        }
        """)
        checkNoCompletion("""
        proces p "P" {
          stap a "Toets1️⃣"
        }
        """)
        checkNoCompletion("""
        proces p "P" {
          stap 1️⃣
        }
        """)
        checkNoCompletion("""
        proces p "P" {
          stap a "A" { tijd: 4️⃣1️⃣5min }
        }
        """.replacingOccurrences(of: "4️⃣", with: ""))
    }
}
