import StroomModel
import Testing

/// Markdown as plain text for editors that take no Markdown.
@Suite struct PlainTextTests {
    @Test func marksGoAndWordsStay() {
        #expect(PlainText.fromMarkdown("**Person** `anneliës` — Juf *Anneliës*") == "Person anneliës — Juf Anneliës")
        #expect(PlainText.fromMarkdown("## Figures\n\n- lead time: `3 d`\n* rolled %C&A: 80%") == "Figures\n\n- lead time: 3 d\n- rolled %C&A: 80%")
    }

    @Test func escapesAreResolvedAndCodeIsLiteral() {
        #expect(PlainText.fromMarkdown(##"a\*b\_c \# d \| e"##) == "a*b_c # d | e")
        #expect(PlainText.fromMarkdown("`a*b_c`") == "a*b_c")
        #expect(PlainText.fromMarkdown("lost_op and _emphasis_") == "lost_op and emphasis")
    }

    @Test func aTableBecomesOneLinePerRow() {
        let table = """
            | Step | Time |
            |---|---:|
            | **verzamelen** | 45 min |
            | a \\| b | `1 u` |
            """
        #expect(PlainText.fromMarkdown(table) == "Step · Time\nverzamelen · 45 min\na | b · 1 u")
    }

    @Test func aRuleBecomesAnEmptyLine() {
        #expect(PlainText.fromMarkdown("above\n---\nbelow") == "above\n\nbelow")
    }
}
