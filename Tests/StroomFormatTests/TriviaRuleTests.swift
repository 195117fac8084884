import StroomFormat
import StroomSyntax
import Testing

/// Input/expected pairs for the rules about lines: blank lines, comments, trailing whitespace,
/// the end of the file, line breaks and the BOM. Each also checks the properties in
/// `FormatAssertions`.
@Suite struct TriviaRuleTests {
    @Test func runsOfBlankLinesCollapseToOne() {
        FormatAssertions.check("proces p {\n  stap a\n\n\n\n  stap b\n  \n \t\n  stap c\n}\n",
                               "proces p {\n  stap a\n\n  stap b\n\n  stap c\n}\n")
    }

    @Test func blankLinesAtTheStartAndEndOfABlockGo() {
        FormatAssertions.check("proces p {\n\n\n  stap a {\n\n    door: x\n\n  }\n\n}\n",
                               "proces p {\n  stap a {\n    door: x\n  }\n}\n")
    }

    @Test func blankLinesAtTheStartAndEndOfTheFileGo() {
        FormatAssertions.check("\n\n\nproces p {\n}\n\n\n\n",
                               "proces p {\n}\n")
    }

    @Test func blankLinesBetweenCommentsAreKept() {
        FormatAssertions.check("proces p {\n\n  # een\n\n\n  # twee\n  stap a\n  # slot\n\n}\n",
                               "proces p {\n  # een\n\n  # twee\n  stap a\n  # slot\n}\n")
    }

    @Test func fullLineCommentsAreIndentedToTheirBlock() {
        FormatAssertions.check("# bovenaan\n   # ook bovenaan\nproces p {\n# in p\n  stap a {\n        # in a\n    door: x\n  # nog in a, boven de sluitaccolade\n  }\n      # weer in p\n}\n    # onderaan\n",
                               "# bovenaan\n# ook bovenaan\nproces p {\n  # in p\n  stap a {\n    # in a\n    door: x\n    # nog in a, boven de sluitaccolade\n  }\n  # weer in p\n}\n# onderaan\n")
    }

    @Test func trailingCommentsGetTwoSpaces() {
        FormatAssertions.check("proces p {# kaart\n  stap a \"A\"# een\n  stap b \"B\"                # twee\n  stap c { door: x }\t# drie\n}   # slot\n",
                               "proces p {  # kaart\n  stap a \"A\"  # een\n  stap b \"B\"  # twee\n  stap c { door: x }  # drie\n}  # slot\n")
    }

    @Test func commentsAreKeptByteForByte() {
        // Odd spacing inside a comment, a # in a comment, emoji and accents all stay; only the
        // whitespace after the last character goes.
        FormatAssertions.check("proces p {\n    #   zo   geschreven  # nog een hekje 💡 ideeën\t \n  stap a\n}\n",
                               "proces p {\n  #   zo   geschreven  # nog een hekje 💡 ideeën\n  stap a\n}\n")
    }

    @Test func directivesAndDocumentationStayAboveTheirStatement() {
        FormatAssertions.check("# stroom: negeer V305\nproces p {\n      # De stap die telt.\n      # stroom: negeer V304\n  stap a \"A\"\n}\n",
                               "# stroom: negeer V305\nproces p {\n  # De stap die telt.\n  # stroom: negeer V304\n  stap a \"A\"\n}\n")
    }

    @Test func trailingWhitespaceIsRemoved() {
        FormatAssertions.check("proces p {   \n  stap a \"A\"  \t\n\n  \n}  \n",
                               "proces p {\n  stap a \"A\"\n}\n")
    }

    @Test func theFileEndsWithExactlyOneLineBreak() {
        FormatAssertions.check("proces p {\n}", "proces p {\n}\n")
        FormatAssertions.check("proces p {\n}\n\n\n", "proces p {\n}\n")
        FormatAssertions.check("proces p {\n}\n# slot", "proces p {\n}\n# slot\n")
        FormatAssertions.check("proces p {\n}  # slot", "proces p {\n}  # slot\n")
    }

    @Test func emptyAndCommentOnlyFiles() {
        FormatAssertions.check("", "")
        FormatAssertions.check("\n\n  \n", "")
        FormatAssertions.check("\n   # alleen commentaar   \n\n", "# alleen commentaar\n")
    }

    @Test func crlfFilesStayCRLF() {
        FormatAssertions.check("proces p {\r\n    stap a\r\n\r\n\r\n    stap b  # x \r\n}",
                               "proces p {\r\n  stap a\r\n\r\n  stap b  # x\r\n}\r\n")
    }

    @Test func aMixedFileFollowsItsFirstLineBreak() {
        FormatAssertions.check("proces p {\r\n  stap a\n  stap b\r  stap c\n}\n",
                               "proces p {\r\n  stap a\r\n  stap b\r\n  stap c\r\n}\r\n")
        FormatAssertions.check("proces p {\r  stap a\r}", "proces p {\r  stap a\r}\r")
    }

    @Test func theLineEndingCanBeChosen() {
        FormatAssertions.check("proces p {\r\n  stap a\r\n}\r\n", "proces p {\n  stap a\n}\n", options: FormatOptions(lineEnding: .lf))
        FormatAssertions.check("proces p {\n  stap a\n}\n", "proces p {\r\n  stap a\r\n}\r\n", options: FormatOptions(lineEnding: .crlf))
    }

    @Test func aBOMIsKept() {
        FormatAssertions.check("\u{FEFF}\r\n\r\nproces p {\r\n      stap a\r\n}", "\u{FEFF}proces p {\r\n  stap a\r\n}\r\n")
        FormatAssertions.check("\u{FEFF}", "\u{FEFF}")
        FormatAssertions.check("\u{FEFF}  # kop\nproces p { }", "\u{FEFF}# kop\nproces p { }\n")
    }

    @Test func multilineStringsKeepTheirOwnLineBreaks() {
        // A CRLF file with an LF inside a multi-line string: the string is not touched.
        FormatAssertions.check("proces p {\r\n  omschrijving: \"\"\"een\ntwee\"\"\"   \r\n}\r\n",
                               "proces p {\r\n  omschrijving: \"\"\"een\ntwee\"\"\"\r\n}\r\n")
        // A line break inside a string does not decide the file's line ending.
        FormatAssertions.check("\r\nproces p { omschrijving: \"\"\"een\ntwee\"\"\" }\r\n\r\n",
                               "proces p { omschrijving: \"\"\"een\ntwee\"\"\" }\r\n")
    }
}
