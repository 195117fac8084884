import StroomFormat
import Testing

/// One input/expected pair per layout rule of `docs/formatting.md` (indentation, spaces,
/// braces, line structure). Every case also goes through the properties in
/// `FormatAssertions`: idempotence, the same tokens, every comment kept, consistent edits.
@Suite struct LayoutRuleTests {
    @Test func indentationIsBlockDepthTimesTheWidth() {
        FormatAssertions.check("""
        proces p "P" {
        stap a "A" {
                door: x
        }
              stap b "B"
        }

        """, """
        proces p "P" {
          stap a "A" {
            door: x
          }
          stap b "B"
        }

        """)
    }

    @Test func indentWidthIsAnOption() {
        FormatAssertions.check("proces p {\n  stap a {\n    door: x\n  }\n}\n",
                               "proces p {\n    stap a {\n        door: x\n    }\n}\n",
                               options: FormatOptions(indentWidth: 4))
    }

    @Test func tabsAndUnicodeSpacesBecomeSpaces() {
        FormatAssertions.check("proces p {\n\tstap a \"A\"\n\u{00A0}\u{00A0}stap\u{2003}b\n}\n",
                               "proces p {\n  stap a \"A\"\n  stap b\n}\n")
    }

    /// Zero-width characters are not whitespace: kept, just before the next token (they were
    /// deleted once, changing the file's text).
    @Test func zeroWidthCharactersBetweenTokensAreKept() {
        FormatAssertions.check("proces p {\n  stap\u{200B}   a \u{FEFF}\"A\"\n\u{200B}  stap b\n}\n",
                               "proces p {\n  stap \u{200B}a \u{FEFF}\"A\"\n  \u{200B}stap b\n}\n")
    }

    @Test func oneSpaceBetweenTokensOnALine() {
        FormatAssertions.check("proces   p    \"P\"{\n  stap  a\t\"A\"   {   door :   x   }\n}\n",
                               "proces p \"P\" {\n  stap a \"A\" { door: x }\n}\n")
    }

    @Test func twoSpacesBetweenAttributesSharingALine() {
        FormatAssertions.check("proces p {\n  stap a {door:x tijd:2u      waarde :ja}\n}\n",
                               "proces p {\n  stap a { door: x  tijd: 2u  waarde: ja }\n}\n")
    }

    @Test func twoSpacesBetweenAnyStatementsSharingALine() {
        FormatAssertions.check("proces p { stap a \"A\" stap b \"B\" }\nproces q { }   proces r { }\n",
                               "proces p { stap a \"A\"  stap b \"B\" }\nproces q { }  proces r { }\n")
    }

    @Test func colonCommaAndListSpacing() {
        FormatAssertions.check("proces p {\n  stap a { door : x ,y,   z  ict:lvs }\n}\n",
                               "proces p {\n  stap a { door: x, y, z  ict: lvs }\n}\n")
    }

    @Test func aListContinuedOnTheNextLineIsIndentedOneLevelDeeper() {
        FormatAssertions.check("proces p {\n  stap a {\n    door: x,\n  y,\n        z\n  }\n}\n",
                               "proces p {\n  stap a {\n    door: x,\n      y,\n      z\n  }\n}\n")
    }

    @Test func arrowsHaveOneSpaceOnEachSide() {
        FormatAssertions.check("proces p {\n  a->b   ->c\n  c→d{polariteit:-}\n}\n",
                               "proces p {\n  a -> b -> c\n  c → d { polariteit: - }\n}\n")
    }

    @Test func aReferenceToAnotherMapHasNoSpacesAroundItsDot() {
        FormatAssertions.check("batenlogica b {\n  initiatief i { uit: groepsplannen . koppeling }\n  groepsplannen.x ->  i\n}\n",
                               "batenlogica b {\n  initiatief i { uit: groepsplannen.koppeling }\n  groepsplannen.x -> i\n}\n")
    }

    @Test func frequenciesSignsAndLiterals() {
        FormatAssertions.check("proces p {\n  stap a { frequentie:3x   per   week  tijd:1,5u ca:80%  }\n}\n",
                               "proces p {\n  stap a { frequentie: 3x per week  tijd: 1,5u  ca: 80% }\n}\n")
    }

    @Test func oneLineBlocksAndEmptyBlocks() {
        FormatAssertions.check("proces p {\n  stap a {door: x}\n  stap b {}\n  stap c {\n  }\n}\n",
                               "proces p {\n  stap a { door: x }\n  stap b { }\n  stap c {\n  }\n}\n")
    }

    @Test func aDeclarationsBraceMovesUpToItsLine() {
        FormatAssertions.check("proces p \"P\"\n{\n  stap a \"A\"\n\n     {  door: x }\n}\n",
                               "proces p \"P\" {\n  stap a \"A\" { door: x }\n}\n")
    }

    @Test func aBraceAfterACommentStaysOnItsOwnLine() {
        FormatAssertions.check("proces p \"P\"  # de kaart\n{\n  stap a\n    # eerst dit\n  {\n  door: x }\n}\n",
                               "proces p \"P\"  # de kaart\n{\n  stap a\n  # eerst dit\n  {\n    door: x }\n}\n")
    }

    @Test func theAuthorsLinesAreKept() {
        // Nothing is joined or split: a block that opens on one line and closes on another stays so.
        FormatAssertions.check("proces p { stap a \"A\" { door: x\n  tijd: 2u }\n  stap b \"B\" }\n",
                               "proces p { stap a \"A\" { door: x\n    tijd: 2u }\n  stap b \"B\" }\n")
    }

    @Test func keywordsStayInTheLanguageTheyWereWrittenIn() {
        FormatAssertions.check("process p {\n    step a \"A\" { by: x   tijd: 2h }\n    stap b { door: x  time: 1u }\n}\n",
                               "process p {\n  step a \"A\" { by: x  tijd: 2h }\n  stap b { door: x  time: 1u }\n}\n")
    }

    @Test func theInsideOfStringsIsUntouched() {
        let input = "proces p   \"  twee  spaties  \" {\n  omschrijving:   \"\"\"\n      regel één   \n  \t regel twee\n\n\n   \"\"\"    notitie:\"a  # geen commentaar\"\n}\n"
        let expected = "proces p \"  twee  spaties  \" {\n  omschrijving: \"\"\"\n      regel één   \n  \t regel twee\n\n\n   \"\"\"  notitie: \"a  # geen commentaar\"\n}\n"
        FormatAssertions.check(input, expected)
    }

    @Test func aLineAfterAMultilineStringIsIndentedByDepth() {
        FormatAssertions.check("proces p {\n  stap a {\n omschrijving: \"\"\"\nx\n\"\"\"\n          door: y\n  }\n}\n",
                               "proces p {\n  stap a {\n    omschrijving: \"\"\"\nx\n\"\"\"\n    door: y\n  }\n}\n")
    }

    @Test func anAlreadyFormattedFileGivesNoEdits() throws {
        let text = "# kop\nproces p \"P\" {\n  stap a \"A\" { door: x  tijd: 2u }  # klopt\n\n  a -> b\n}\n"
        let result = try #require(Formatter.format(.init(path: "p.vsm", text: text)).formatted)
        #expect(result.edits.isEmpty)
        #expect(!result.isChanged)
        #expect(result.text == text)
    }

    @Test func editsAreSmall() throws {
        // Re-indenting one line from four spaces to two deletes two spaces, nothing more.
        let text = "proces p {\n    stap a\n}\n"
        let result = try #require(Formatter.format(.init(path: "p.vsm", text: text)).formatted)
        #expect(result.edits.count == 1)
        #expect(result.edits.first?.range.utf8Length == 2)
        #expect(result.edits.first?.newText == "")
    }
}
