import Foundation
@testable import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The editor grammars in `Grammar/` are generated from the Swift word lists: a changed
/// keyword, attribute or allowed word fails here until the files are regenerated with
/// `STROOM_UPDATE_GOLDEN=1 swift test --filter GrammarFilesTests`.
@Suite struct GrammarFilesTests {
    static let folder = RepositoryPaths.root.appendingPathComponent("Grammar")
    let words = GrammarWords.standard

    @Test func textMateGrammarIsGenerated() throws {
        Golden.check(try TextMateGrammar(words: words).json(), against: Self.folder.appendingPathComponent("stroom.tmLanguage.json"))
    }

    @Test func sublimeSyntaxIsGenerated() {
        Golden.check(SublimeSyntax(words: words).yaml(), against: Self.folder.appendingPathComponent("stroom.sublime-syntax"))
    }

    @Test func kateSyntaxIsGenerated() {
        Golden.check(KateSyntax(words: words).xml(), against: Self.folder.appendingPathComponent("stroom.xml"))
    }

    /// The word lists hold every word of the Swift tables, each once where it belongs.
    @Test func wordListsAreComplete() {
        let kinds = Set(DeclarationKind.allCases.flatMap { [$0.dutch, $0.english] })
        #expect(Set(words.allKinds) == kinds)
        #expect(words.allKinds.count == kinds.count, "a map keyword is also a member keyword")
        #expect(Set(words.allAttributes) == AttributeName.allSpellings)
        #expect(words.allAttributes.count == AttributeName.allSpellings.count, "an attribute is in two groups")
        #expect(Set(words.units) == Set(DurationUnit.allSpellings))
        for unit in DurationUnit.allSpellings { #expect(DurationUnit(spelling: unit) != nil) }
        for action in words.directiveActions { #expect(Directive.Action(word: action) != nil) }
        #expect(words.directiveActions.contains("negeer") && words.directiveActions.contains("ignore"))
    }

    /// Each attribute's allowed words are exactly what the schema accepts for it, in both languages.
    @Test func valueWordsFollowTheSchema() {
        let byAttribute = Dictionary(uniqueKeysWithValues: words.attributeGroups.flatMap { group in
            group.attributes.map { ($0, Set(group.valueWords)) }
        })
        #expect(byAttribute["fase"]?.isSuperset(of: ["voorbereiding", "preparation", "instructie", "sessie1", "step6"]) == true)
        #expect(byAttribute["frequentie"]?.isSuperset(of: ["wekelijks", "weekly"]) == true)
        #expect(byAttribute["door"] == [])
        for kind in DeclarationKind.allCases {
            for spec in Schema.attributes(of: kind) {
                for set in spec.type.enumSets {
                    for value in set.values {
                        // The model accepts every spelling of the set, so the grammar colours it.
                        #expect(set.canonical(value.english) == value.dutch)
                        #expect(byAttribute[spec.name.dutch]?.contains(value.english) == true, "\(spec.name.dutch): \(value.english)")
                        #expect(byAttribute[spec.name.english]?.contains(value.dutch) == true, "\(spec.name.english): \(value.dutch)")
                    }
                }
            }
        }
        // A word allowed nowhere is coloured nowhere.
        #expect(!words.allValueWords.contains("leraar"))
    }

    /// The generated TextMate file names every word of the lists (no silent drop on the way).
    @Test func textMateGrammarContainsEveryWord() throws {
        let text = try TextMateGrammar(words: words).json()
        for word in words.allKinds + words.allAttributes + words.allValueWords + words.units + words.periods {
            let forms = ["|\(word)|", "(?:\(word)|", "|\(word))", "(?:\(word))"]
            #expect(forms.contains { text.contains($0) }, "\(word)")
        }
    }
}
