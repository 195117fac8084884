import Foundation
import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

@testable import StroomExport

/// Words are never broken inside: lines break at spaces, and inside a word only after a
/// hyphen it already has. Nothing is cut.
struct WordWrapTests {
    @Test func aLongWordStaysWholeOnItsOwnLine() {
        #expect(TextLayout.wrap("Onvoorspelbaarheid van de planning", width: 16)
            == ["Onvoorspelbaarheid", "van de planning"])
        #expect(TextLayout.wrap("de leergesprekken", width: 16) == ["de", "leergesprekken"])
    }

    @Test func aWordBreaksOnlyAfterItsOwnHyphen() {
        #expect(TextLayout.wrap("vindbaarheid binnen ict-systeem", width: 22) == ["vindbaarheid binnen", "ict-systeem"])
        // A word that fits on a line moves to the next line whole.
        #expect(TextLayout.wrap("sortering binnen ict-systeem", width: 21) == ["sortering binnen", "ict-systeem"])
        #expect(TextLayout.wrap("de leerling-volg-systeem-gegevens", width: 12)
            == ["de leerling-", "volg-", "systeem-", "gegevens"])
        // A hyphen at the start or end of a word, or standing alone, is no place to break.
        #expect(TextLayout.hyphenPieces("-x") == ["-x"])
        #expect(TextLayout.hyphenPieces("x-") == ["x-"])
        #expect(TextLayout.hyphenPieces("a-b-c") == ["a-", "b-", "c"])
        #expect(TextLayout.wrap("aaaa - bbbb", width: 5) == ["aaaa", "-", "bbbb"])
    }

    @Test func nothingIsCut() {
        let long = Array(repeating: "leerlingbespreking", count: 30).joined(separator: " ")
        let lines = TextLayout.lines(long, width: 24)
        #expect(lines.joined(separator: " ") == long)
        #expect(lines.allSatisfy { $0 == "leerlingbespreking" })
    }

    @Test func lineBreaksAndSpacesOfTheAuthorAreKept() {
        #expect(TextLayout.wrap("een  twee", width: 40) == ["een twee"])
        #expect(TextLayout.wrap("een\ntwee", width: 40) == ["een", "twee"])
    }
}
