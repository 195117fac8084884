import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Code actions at `1️⃣`: fixes of diagnostics and the method's suggestions.
@Suite struct CodeActionTests {
    /// The action titled `title` (English) at 1️⃣ turns the file into `expected`.
    func checkAction(_ marked: String, title: String, expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let workspace = MarkedWorkspace(marked)
        let analysis = workspace.analysis()
        let cursor = workspace["1️⃣"]
        let actions = analysis.codeActions(inFile: cursor.fileIndex, range: .empty(at: cursor.utf8Offset))
        guard let action = actions.first(where: { $0.title.en == title }) else {
            Issue.record("no ‘\(title)’ in \(actions.map(\.title.en))", sourceLocation: sourceLocation)
            return
        }
        #expect(action.title.nl != action.title.en, sourceLocation: sourceLocation)
        #expect(QueryChecks.apply(action.edit, to: workspace)[cursor.fileIndex] == expected, sourceLocation: sourceLocation)
        // Every action is offered once.
        #expect(Set(actions.map(\.edit)).count == actions.count, "\(actions.map(\.title.en))", sourceLocation: sourceLocation)
    }

    @Test func didYouMeanFromADiagnostic() {
        let workspace = MarkedWorkspace("""
        proces p "P" {
          persoon leraar "Leraar"
          stap a "A" { door: leer1️⃣aar }
        }
        """)
        let cursor = workspace["1️⃣"]
        let actions = workspace.analysis().codeActions(inFile: 0, range: .empty(at: cursor.utf8Offset))
        let first = actions.first
        #expect(first?.diagnostic?.code == "N102" && first?.isPreferred == true && first?.title.en == "Replace with ‘leraar’")
        checkAction("""
        proces p "P" {
          persoon leraar "Leraar"
          stap a "A" { door: leer1️⃣aar }
        }
        """, title: "Replace with ‘leraar’", expected: """
        proces p "P" {
          persoon leraar "Leraar"
          stap a "A" { door: leraar }
        }
        """)
    }

    @Test func declareAnUndefinedActorAsEveryKindThatFits() {
        let marked = """
        proces p "P" {
          stap a "A" { door: 1️⃣jan }
        }
        """
        checkAction(marked, title: "Add ‘jan’ as a person", expected: """
        proces p "P" {
          persoon jan "jan"
          stap a "A" { door: jan }
        }
        """)
        checkAction(marked, title: "Add ‘jan’ as an external party", expected: """
        proces p "P" {
          extern jan "jan"
          stap a "A" { door: jan }
        }
        """)
    }

    @Test func inABenefitLogicOnlyWhatMayLiveThereIsDeclared() {
        let workspace = MarkedWorkspace("""
        batenlogica b "B" {
          initiatief i "I" { eigenaar: 1️⃣jan }
        }
        """, defaultName: "b.batenlogica")
        let actions = workspace.analysis().codeActions(inFile: 0, range: .empty(at: workspace["1️⃣"].utf8Offset))
        let declarations = actions.filter { $0.title.en.hasPrefix("Add ‘jan’ as") }
        #expect(declarations.map(\.title.en) == ["Add ‘jan’ as a stakeholder"])
        #expect(declarations.first?.diagnostic?.code == "N102")
    }

    @Test func addAnIdeaForAProblemThatHasOne() {
        // V301 does not fire (the problem has an idea); the suggestion is still there.
        checkAction("""
        proces p "P" {
          probleem 1️⃣dubbel "Dubbel werk"
          idee k "K" { lost_op: dubbel }
        }
        """, title: "Add an idea that solves ‘dubbel’", expected: """
        proces p "P" {
          probleem dubbel "Dubbel werk"
          idee idee_dubbel "…" { lost_op: dubbel }
          idee k "K" { lost_op: dubbel }
        }
        """)
    }

    @Test func anOwnerPlaceholderForASelectedInitiative() {
        let workspace = MarkedWorkspace("""
        batenlogica b "B" {
          initiatief 1️⃣i "I" { gekozen: ja }
        }
        """, defaultName: "b.batenlogica")
        let analysis = workspace.analysis()
        let actions = analysis.codeActions(inFile: 0, range: .empty(at: workspace["1️⃣"].utf8Offset))
        let owner = actions.first { $0.title.en.hasPrefix("Write owner: open") }
        #expect(owner.map { QueryChecks.apply($0.edit, to: workspace)[0] } == """
        batenlogica b "B" {
          initiatief i "I" { gekozen: ja  eigenaar: open }
        }
        """)
    }

    @Test func aSuggestionForADeclarationInAnotherFileEditsThatFile() throws {
        let workspace = MarkedWorkspace("""
        #- file: g.vsm
        proces g "G" {
          actie a "A"
        }
        #- file: s.batenlogica
        batenlogica s "S" {
          initiatief i "I" { uit: g.1️⃣a }
        }
        """)
        let cursor = workspace["1️⃣"]
        let actions = workspace.analysis().codeActions(inFile: cursor.fileIndex, range: .empty(at: cursor.utf8Offset))
        let owner = try #require(actions.first { $0.title.en.hasPrefix("Write owner: open") })
        #expect(owner.edit.files.map(\.path) == ["g.vsm"])
        #expect(QueryChecks.apply(owner.edit, to: workspace)[0].contains("actie a \"A\" { eigenaar: open }"))
    }

    @Test func theOwnerFixOfADiagnosticIsNotOfferedTwice() {
        let workspace = MarkedWorkspace("""
        proces p "P" {
          actie 1️⃣a "A"
        }
        """)
        let actions = workspace.analysis().codeActions(inFile: 0, range: .empty(at: workspace["1️⃣"].utf8Offset))
        let owners = actions.filter { $0.title.en.contains("owner: open") }
        #expect(owners.count == 1 && owners.first?.diagnostic?.code == "V302")
    }
}
