import StroomFormat
import StroomSyntax
import Testing

/// Generated files: well-formed Stroom with random whitespace, blank lines, comments and line
/// breaks wherever the grammar allows them. Every one must format (never refuse), idempotently,
/// with the same tokens and comments; and random bytes must either format the same way or be
/// refused for exactly the syntax errors the parser reports.
@Suite struct GeneratedFileTests {
    /// A small deterministic generator, so a failure can be replayed from its round.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// Writes a random well-formed file.
    struct Writer {
        var random: SplitMix64
        var text = ""
        let lineBreak: String

        init(seed: UInt64) {
            random = SplitMix64(state: seed)
            lineBreak = seed % 3 == 0 ? "\r\n" : "\n"
        }

        /// Spaces between two tokens on a line (never none: that could glue tokens).
        mutating func gap() { text += random.pick([" ", "  ", "\t", " \u{00A0}", "     "]) }
        /// Maybe nothing, maybe spaces: around `:` `,` and `.`.
        mutating func optionalGap() { if random.below(3) == 0 { gap() } }

        /// Line breaks with blank lines, comments and stray indentation; maybe a trailing comment first.
        mutating func lines() {
            if random.below(4) == 0 { gap(); text += random.pick(["# na", "#x  ", "# 💡 ideeën", "#"]) }
            for _ in 0..<(1 + random.below(3)) {
                text += random.pick(["", " ", "\t\t", "      "])
                if random.below(3) == 0 { text += random.pick(["# een opmerking", "#   ruim   ", "## kop"]) }
                text += lineBreak
            }
            text += random.pick(["", "  ", "    ", "\t", "         "])
        }

        mutating func separator(allowLineBreak: Bool) {
            if allowLineBreak && random.below(2) == 0 { lines() } else { gap() }
        }

        mutating func value() {
            text += random.pick(["x", "leraar", "45min", "1,5u", "80%", "2026-03-01", "08:45", "\"een tekst\"",
                                 "\"\"\"twee\n   regels  \"\"\"", "ja", "12"])
        }

        mutating func attribute() {
            text += random.pick(["door", "tijd", "notitie", "by", "ict"])
            optionalGap(); text += ":"; gap()
            if random.below(6) == 0 {
                text += "3x"; gap(); text += "per"; gap(); text += "week"
                return
            }
            value()
            for _ in 0..<random.below(3) {
                // Always a gap after the comma: `12,5` would be one number with a decimal comma.
                optionalGap(); text += ","
                if random.below(3) == 0 { lines() } else { gap() }
                value()
            }
        }

        mutating func reference() {
            text += random.pick(["a", "b", "stap_een", "één"])
            if random.below(4) == 0 { optionalGap(); text += "."; optionalGap(); text += "c" }
        }

        /// A statement; after an attribute only another attribute may follow on the same line.
        mutating func statement(depth: Int, afterAttribute: Bool, sameLine: Bool) -> Bool {
            let choice = afterAttribute && sameLine ? 0 : random.below(depth > 2 ? 2 : 4)
            switch choice {
            case 0: attribute(); return true
            case 1:
                reference(); gap(); text += random.pick(["->", "→"]); gap(); reference()
                if random.below(4) == 0 { gap(); text += "{"; gap(); text += "polariteit:"; gap(); text += "-"; gap(); text += "}" }
            default: declaration(depth: depth, keywords: ["stap", "step", "probleem", "idee"])
            }
            return false
        }

        mutating func declaration(depth: Int, keywords: [String]) {
            text += random.pick(keywords); gap(); text += random.pick(["p", "a", "één"])
            if random.below(2) == 0 { gap(); text += "\"Een label\"" }
            guard random.below(4) != 0 else { return }
            separator(allowLineBreak: random.below(4) == 0)
            text += "{"
            var afterAttribute = false
            for index in 0..<random.below(4) {
                let before = text.count
                separator(allowLineBreak: index == 0 ? random.below(2) == 0 : random.below(4) != 0)
                let sameLine = !text.dropFirst(before).contains { $0 == "\n" || $0 == "\r\n" }
                afterAttribute = statement(depth: depth + 1, afterAttribute: afterAttribute, sameLine: sameLine)
            }
            separator(allowLineBreak: random.below(2) == 0)
            text += "}"
        }

        mutating func file() -> String {
            if random.below(5) == 0 { text += "\u{FEFF}" }
            if random.below(2) == 0 { lines() }
            for _ in 0..<(1 + random.below(3)) {
                declaration(depth: 0, keywords: ["proces", "process", "batenlogica"])
                lines()
            }
            if random.below(3) == 0 { text += random.pick(["# slot", "   "]) }
            return text
        }
    }

    @Test func generatedFilesFormatWithAllProperties() {
        var formatted = 0
        for round in 0..<300 {
            var writer = Writer(seed: UInt64(round) &* 7919 &+ 20261124)
            let text = writer.file()
            let tree = SyntaxTree.parse(SourceFile(path: "gen.vsm", text: text))
            // The generator only writes well-formed files; if the parser disagrees, say so.
            guard tree.diagnostics.isEmpty else {
                Issue.record("round \(round): the generator wrote a broken file: \(tree.diagnostics.map(\.code)) in \(text.debugDescription)")
                continue
            }
            if FormatAssertions.properties(Array(text.utf8), path: "gen.vsm") != nil { formatted += 1 }
        }
        #expect(formatted == 300)
    }

    @Test func randomSplicesFormatOrAreRefusedForTheirErrors() {
        var random = SplitMix64(state: 424242)
        let pieces = ["proces", "stap", "idee", "door", "{", "}", ":", ",", "->", ".", "\"a\"", "\"\"\"x\n\"\"\"", "# c",
                      "45min", "3x", "per", "week", "-", "+", "1", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n\n", "\u{00A0}",
                      "\u{FEFF}", "ë", "x", "p"]
        var refused = 0, formatted = 0
        for round in 0..<400 {
            var text = ""
            for _ in 0..<random.below(60) { text += random.pick(pieces) }
            let tree = SyntaxTree.parse(SourceFile(path: "r.vsm", text: text))
            switch Formatter.format(tree) {
            case .refused(let refusal):
                #expect(refusal == .syntaxErrors(tree.diagnostics), "round \(round): \(text.debugDescription)")
                refused += 1
            case .formatted:
                #expect(tree.diagnostics.isEmpty)
                _ = FormatAssertions.properties(Array(text.utf8), path: "r.vsm")
                formatted += 1
            }
        }
        #expect(refused > 0)
        #expect(formatted > 0)
    }
}
