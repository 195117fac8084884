import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Definition and references, with `1️⃣` as the cursor and `2️⃣` at the start of every
/// expected result.
@Suite struct NavigationTests {
    /// Definition from 1️⃣ lands on the name that starts at 2️⃣.
    func checkDefinition(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let workspace = MarkedWorkspace(marked)
        let analysis = workspace.analysis()
        let cursor = workspace["1️⃣"]
        let target = workspace["2️⃣"]
        let found = analysis.definition(at: cursor.utf8Offset, inFile: cursor.fileIndex)
        #expect(found.count == 1, "expected one definition, got \(found)", sourceLocation: sourceLocation)
        guard let location = found.first else { return }
        #expect(location.fileIndex == target.fileIndex && location.range.utf8Start == target.utf8Offset,
                "definition at \(location), expected \(target)", sourceLocation: sourceLocation)
    }

    /// Every use found from 1️⃣ starts at a 2️⃣, and every 2️⃣ is found.
    func checkReferences(_ marked: String, includeDeclaration: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        let workspace = MarkedWorkspace(marked)
        let analysis = workspace.analysis()
        let cursor = workspace["1️⃣"]
        let found = analysis.references(at: cursor.utf8Offset, inFile: cursor.fileIndex, includeDeclaration: includeDeclaration)
        let actual = found.map { MarkedWorkspace.Position(fileIndex: $0.fileIndex, utf8Offset: $0.range.utf8Start) }
        #expect(Set(actual) == Set(workspace.positions("2️⃣")), sourceLocation: sourceLocation)
        #expect(actual.count == Set(actual).count, "a use is listed twice: \(actual)", sourceLocation: sourceLocation)
    }

    @Test func definitionFromAnAttributeValue() {
        checkDefinition("""
        proces p "P" {
          persoon 2️⃣leraar "Leraar"
          stap a "A" { door: lera1️⃣ar }
        }
        """)
    }

    @Test func definitionFromTheEndOfAName() {
        checkDefinition("""
        proces p "P" {
          persoon 2️⃣leraar "Leraar"
          stap a "A" { door: leraar1️⃣ }
        }
        """)
    }

    @Test func definitionFromAnArrowEnd() {
        checkDefinition("""
        proces p "P" {
          stap 2️⃣a "A"
          stap b "B"
          b -> 1️⃣a
        }
        """)
    }

    @Test func definitionAcrossFiles() {
        checkDefinition("""
        #- file: groepsplannen.vsm
        proces groepsplannen "G" {
          idee 2️⃣koppeling "K"
        }
        #- file: sws.batenlogica
        batenlogica sws "S" {
          initiatief i "I" { uit: groepsplannen.kop1️⃣peling }
        }
        """)
    }

    @Test func definitionOfTheMapPartOfAQualifiedName() {
        checkDefinition("""
        #- file: groepsplannen.vsm
        proces 2️⃣groepsplannen "G" {
          idee koppeling "K"
        }
        #- file: sws.batenlogica
        batenlogica sws "S" {
          initiatief i "I" { uit: groepsp1️⃣lannen.koppeling }
        }
        """)
    }

    @Test func definitionOfABareMapName() {
        checkDefinition("""
        proces 2️⃣oud "Oud" {}
        proces nieuw "Nieuw" { toestand: nieuw  vervangt: o1️⃣ud }
        """)
    }

    @Test func definitionOfAWrongKindStillNavigates() {
        // `door:` expects a person; `lvs` is a system (N103), but it is still a use of `lvs`.
        checkDefinition("""
        proces p "P" {
          ict 2️⃣lvs "LVS"
          stap a "A" { door: 1️⃣lvs }
        }
        """)
    }

    @Test func definitionOnTheDeclarationItself() {
        checkDefinition("""
        proces p "P" {
          stap 1️⃣2️⃣a "A"
        }
        """)
    }

    @Test func nothingOnKeywordsAttributesAndWords() {
        let workspace = MarkedWorkspace("""
        proces p "P" {
          st1️⃣ap a "A" { do2️⃣or: x  fa3️⃣se: uitvo4️⃣ering  tijd: 6️⃣45min }
          # commen5️⃣t
        }
        """)
        let analysis = workspace.analysis()
        for marker in workspace.markerNames {
            let position = workspace[marker]
            #expect(analysis.definition(at: position.utf8Offset, inFile: position.fileIndex).isEmpty, "at \(marker)")
        }
    }

    @Test func referencesWithAndWithoutTheDeclaration() {
        let marked = """
        proces p "P" {
          persoon 2️⃣leraar "Leraar"
          stap a "A" { door: 2️⃣leraar }
          stap b "B" { door: ib, 2️⃣lera1️⃣ar }
          persoon ib "IB"
        }
        """
        checkReferences(marked, includeDeclaration: true)
        checkReferences(marked.replacingOccurrences(of: "persoon 2️⃣leraar", with: "persoon leraar"), includeDeclaration: false)
    }

    @Test func referencesOfAStepInAChainCountEachPlaceOnce() {
        checkReferences("""
        proces p "P" {
          stap a "A"
          stap 1️⃣b "B"
          stap c "C"
          a -> 2️⃣b -> c
          probleem x "X" { bij: 2️⃣b }
        }
        """, includeDeclaration: false)
    }

    @Test func referencesOfAMapIncludeQualifiedNamesAcrossFiles() {
        checkReferences("""
        #- file: a.vsm
        proces 1️⃣groepsplannen "G" {
          idee koppeling "K"
          idee ander "A"
        }
        proces nieuw "N" { vervangt: 2️⃣groepsplannen }
        #- file: sws.batenlogica
        batenlogica sws "S" {
          initiatief i "I" { uit: 2️⃣groepsplannen.koppeling, 2️⃣groepsplannen.ander }
        }
        """, includeDeclaration: false)
    }

    @Test func referencesOfAMemberUsedQualifiedAndBare() {
        checkReferences("""
        #- file: a.vsm
        proces groepsplannen "G" {
          idee 2️⃣koppeling "K"
          actie x "X" { uit: 2️⃣koppeling }
        }
        #- file: sws.batenlogica
        batenlogica sws "S" {
          initiatief i "I" { uit: groepsplannen.2️⃣kop1️⃣peling }
        }
        """, includeDeclaration: true)
    }

    /// A short name for what `symbol(at:)` found.
    static func describe(_ symbol: SymbolAtOffset?, _ analysis: Analysis) -> String {
        guard let symbol else { return "nothing" }
        switch symbol.what {
        case .declarationName(let id): return "declaration \(analysis[id].quotedName)"
        case .reference(let occurrence):
            return "reference \(analysis[occurrence.target].quotedName)" + (occurrence.isMapPart ? " (map part)" : "")
                + (occurrence.kindFits ? "" : " (wrong kind)")
        case .unresolvedName(let reference): return "unresolved \(reference.written)"
        case .kindKeyword(let kind, _): return "keyword \(kind.dutch)"
        case .attributeName(let spec, _): return "attribute \(spec.name.dutch)"
        case .enumValue(let value, _, let spec, _): return "value \(value.dutch) of \(spec.name.dutch)"
        }
    }

    @Test func whatIsUnderTheCursor() {
        let workspace = MarkedWorkspace("""
        #- file: g.vsm
        proces g "G" {
          idee k "K"
        }
        #- file: s.batenlogica
        1️⃣batenlogica s "S" {
          initiatief 2️⃣i "I" { 3️⃣uit: 4️⃣g.5️⃣k, 6️⃣nergens  gekozen: 7️⃣yes  eigenaar: 8️⃣i }
          9️⃣i -> 0️⃣x
        }
        """)
        let analysis = workspace.analysis()
        let expected = [
            "1️⃣": "keyword batenlogica", "2️⃣": "declaration i", "3️⃣": "attribute uit", "4️⃣": "reference g (map part)",
            "5️⃣": "reference k", "6️⃣": "unresolved nergens", "7️⃣": "value ja of gekozen", "8️⃣": "reference i (wrong kind)",
            "9️⃣": "reference i", "0️⃣": "unresolved x",
        ]
        for (marker, description) in expected {
            let position = workspace[marker]
            #expect(NavigationTests.describe(analysis.symbol(at: position.utf8Offset, inFile: position.fileIndex), analysis) == description,
                    "at \(marker)")
        }
    }
}
