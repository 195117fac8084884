import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Rename, run from every marker: each marker stands on the same symbol (its declaration or a
/// use), and each run must give the same edits and the expected texts.
@Suite struct RenameTests {
    func checkRename(_ marked: String, to newName: String, expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let workspace = MarkedWorkspace(marked)
        let analysis = workspace.analysis()
        var first: SourceChange?
        for marker in workspace.markerNames {
            for position in workspace.positions(marker) {
                switch analysis.prepareRename(at: position.utf8Offset, inFile: position.fileIndex) {
                case .success(let target):
                    #expect(target.placeholder == analysis.files[position.fileIndex].source.text(in: target.range),
                            "at \(marker): the placeholder is the name under the cursor", sourceLocation: sourceLocation)
                case .failure(let refusal):
                    Issue.record("prepareRename at \(marker) refused: \(refusal.reason.en)", sourceLocation: sourceLocation)
                }
                switch analysis.rename(at: position.utf8Offset, inFile: position.fileIndex, to: newName) {
                case .success(let edit):
                    if let first {
                        #expect(edit == first, "rename from \(marker) differs", sourceLocation: sourceLocation)
                    } else {
                        first = edit
                        #expect(QueryChecks.apply(edit, to: workspace) == expected, sourceLocation: sourceLocation)
                    }
                case .failure(let refusal):
                    Issue.record("rename at \(marker) refused: \(refusal.reason.en)", sourceLocation: sourceLocation)
                }
            }
        }
        #expect(first != nil, "no marker", sourceLocation: sourceLocation)
    }

    /// The rename at 1️⃣ is refused with a reason containing `reason` (in English and, with
    /// `dutch`, in Dutch).
    func checkRefusal(_ marked: String, to newName: String = "nieuw", reason: String, dutch: String? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let workspace = MarkedWorkspace(marked)
        let analysis = workspace.analysis()
        let cursor = workspace["1️⃣"]
        switch analysis.rename(at: cursor.utf8Offset, inFile: cursor.fileIndex, to: newName) {
        case .success(let edit):
            Issue.record("rename was not refused: \(edit)", sourceLocation: sourceLocation)
        case .failure(let refusal):
            #expect(refusal.reason.en.contains(reason), "\(refusal.reason.en)", sourceLocation: sourceLocation)
            if let dutch { #expect(refusal.reason.nl.contains(dutch), "\(refusal.reason.nl)", sourceLocation: sourceLocation) }
            #expect(refusal.reason.nl != refusal.reason.en, sourceLocation: sourceLocation)
        }
    }

    @Test func renameAPersonEverywhereInItsMap() {
        checkRename("""
        proces p "P" {
          persoon 1️⃣leraar "Leraar"
          stap a "A" { door: 2️⃣leraar }
          stap b "B" { door: ib, lera3️⃣ar }
          persoon ib "IB"
        }
        """, to: "groepsleraar", expected: ["""
        proces p "P" {
          persoon groepsleraar "Leraar"
          stap a "A" { door: groepsleraar }
          stap b "B" { door: ib, groepsleraar }
          persoon ib "IB"
        }
        """])
    }

    @Test func renameAStepUpdatesArrowsAndAttachments() {
        checkRename("""
        proces p "P" {
          stap a "A"
          stap 1️⃣b "B" {
            probleem x "X"
          }
          a -> 2️⃣b -> c
          stap c "C"
          probleem y "Y" { bij: 3️⃣b }
        }
        """, to: "bespreken", expected: ["""
        proces p "P" {
          stap a "A"
          stap bespreken "B" {
            probleem x "X"
          }
          a -> bespreken -> c
          stap c "C"
          probleem y "Y" { bij: bespreken }
        }
        """])
    }

    @Test func renameAMemberUsedAcrossFilesKeepsTheMapPart() {
        checkRename("""
        #- file: groepsplannen.vsm
        proces groepsplannen "G" {
          idee 1️⃣koppeling "K"
          actie a "A" { uit: 2️⃣koppeling }
        }
        #- file: sws.batenlogica
        batenlogica sws "S" {
          initiatief i "I" { uit: groepsplannen.3️⃣koppeling }
        }
        """, to: "systemen_koppelen", expected: ["""
        proces groepsplannen "G" {
          idee systemen_koppelen "K"
          actie a "A" { uit: systemen_koppelen }
        }
        """, """
        batenlogica sws "S" {
          initiatief i "I" { uit: groepsplannen.systemen_koppelen }
        }
        """])
    }

    @Test func renameAMapUpdatesEveryQualifiedNameAndBareUse() {
        checkRename("""
        #- file: groepsplannen.vsm
        proces 1️⃣groepsplannen "G" {
          idee koppeling "K"
        }
        proces nieuw "N" { toestand: nieuw  vervangt: 2️⃣groepsplannen }
        #- file: sws.batenlogica
        batenlogica sws "S" {
          initiatief i "I" { uit: 3️⃣groepsplannen.koppeling }
        }
        """, to: "plannen", expected: ["""
        proces plannen "G" {
          idee koppeling "K"
        }
        proces nieuw "N" { toestand: nieuw  vervangt: plannen }
        """, """
        batenlogica sws "S" {
          initiatief i "I" { uit: plannen.koppeling }
        }
        """])
    }

    @Test func renameToDutchLettersIsFine() {
        checkRename("""
        proces p "P" {
          idee 1️⃣a "A"
          actie x "X" { uit: 2️⃣a }
        }
        """, to: "ideeën", expected: ["""
        proces p "P" {
          idee ideeën "A"
          actie x "X" { uit: ideeën }
        }
        """])
    }

    @Test func refusesNamesTheLexerWouldNotRead() {
        let marked = """
        proces p "P" {
          persoon 1️⃣leraar "Leraar"
        }
        """
        for bad in ["groeps leraar", "2leraar", "groeps-leraar", "", "a.b", "x#y", "\"x\""] {
            checkRefusal(marked, to: bad, reason: "not a valid name", dutch: "geen geldige naam")
        }
    }

    @Test func refusesANameTakenInTheSameMap() {
        checkRefusal("""
        proces p "P" {
          persoon 1️⃣leraar "Leraar"
          stap ib "IB-gesprek"
        }
        """, to: "ib", reason: "‘ib’ already exists in map ‘P’ (p): step ‘IB-gesprek’ (ib) on line 3", dutch: "bestaat al in kaart ‘P’ (p): stap ‘IB-gesprek’ (ib) op regel 3")
    }

    @Test func allowsANameTakenInAnotherMap() {
        checkRename("""
        proces p "P" {
          persoon 1️⃣leraar "Leraar"
        }
        proces q "Q" {
          persoon ib "IB"
        }
        """, to: "ib", expected: ["""
        proces p "P" {
          persoon ib "Leraar"
        }
        proces q "Q" {
          persoon ib "IB"
        }
        """])
    }

    @Test func refusesAMapNameTakenByAnotherMap() {
        checkRefusal("""
        #- file: a.vsm
        proces 1️⃣oud "Oud" {}
        #- file: b.batenlogica
        batenlogica sws "S" {}
        """, to: "sws", reason: "already exists in the workspace", dutch: "bestaat al in de werkruimte")
    }

    @Test func refusesAMemberNameThatWouldCaptureABareMapName() {
        // `vervangt: oud` in map `nieuw` means the map; a member `oud` in `nieuw` would take it over.
        checkRefusal("""
        proces oud "Oud" {}
        proces nieuw "N" {
          vervangt: oud
          stap 1️⃣a "A"
        }
        """, to: "oud", reason: "which refers to that map")
    }

    @Test func refusesANameThatWouldTurnAnAllowedWordIntoAReference() {
        // `eigenaar: open` says the owner is still open; a person called `open` would take it.
        checkRefusal("""
        proces p "P" {
          persoon 1️⃣jan "Jan"
          actie a "A" { eigenaar: open }
        }
        """, to: "open", reason: "is written on line 3 as a fixed value (eigenaar: open)", dutch: "als vaste waarde")
    }

    @Test func refusesKeywordsAttributesValuesAndUndeclaredNames() {
        let workspace = MarkedWorkspace("""
        proces p "P" {
          st1️⃣ap a "A" { do2️⃣or: onbek3️⃣end  fase: uitvo4️⃣ering }
        }
        """)
        let analysis = workspace.analysis()
        let expected = ["1️⃣": "is a kind", "2️⃣": "is an attribute", "3️⃣": "not the name of anything", "4️⃣": "fixed value"]
        for (marker, reason) in expected {
            let position = workspace[marker]
            guard case .failure(let refusal) = analysis.prepareRename(at: position.utf8Offset, inFile: position.fileIndex) else {
                Issue.record("prepareRename at \(marker) was not refused")
                continue
            }
            #expect(refusal.reason.en.contains(reason), "\(marker): \(refusal.reason.en)")
        }
    }
}
