@testable import StroomSyntax
import Testing

/// "Did you mean …?" gives what comparing every candidate in full gives: the shortcuts (length
/// bounds, counting that stops early) change the cost, never the answer. Sets of more than
/// `Suggestions.wideSet` names are searched through an index, for typos of one letter.
@Suite struct SuggestionsTests {
    /// The rule written the slow way: every candidate, full distance, nearest then alphabetical.
    static func reference(_ word: String, _ candidates: [String]) -> String? {
        var best: (String, Int)?
        for candidate in candidates where candidate != word {
            let distance = Suggestions.editDistance(word.lowercased(), candidate.lowercased())
            guard distance <= max(1, min(3, candidate.count / 3)) else { continue }
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) { best = (candidate, distance) }
        }
        return best?.0
    }

    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    static let letters = Array("aeiolnrstdkëé_Z".unicodeScalars)

    static func word(_ random: inout Generator) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...11, using: &random) { text.append(letters.randomElement(using: &random)!) }
        return String(text)
    }

    /// A word changed by up to three edits: the typos suggestions are for.
    static func typo(of word: String, _ random: inout Generator) -> String {
        var scalars = Array(word.unicodeScalars)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let at = Int.random(in: 0...scalars.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: scalars.insert(letters.randomElement(using: &random)!, at: at)
            case 1 where at < scalars.count: scalars.remove(at: at)
            case 2 where at + 1 < scalars.count: scalars.swapAt(at, at + 1)
            default: if at < scalars.count { scalars[at] = letters.randomElement(using: &random)! }
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    @Test func theSameAnswerAsComparingInFull() {
        var random = Generator(state: 42)
        for _ in 0..<3_000 {
            let candidates = (0..<Int.random(in: 0...40, using: &random)).map { _ in Self.word(&random) }
            let word = candidates.isEmpty || Bool.random(using: &random) ? Self.word(&random)
                : Self.typo(of: candidates.randomElement(using: &random)!, &random)
            let expected = Self.reference(word, candidates)
            #expect(Suggestions.nearest(to: word, in: candidates) == expected, "\(word) in \(candidates)")
            #expect(Suggestions.nearest(to: word, in: candidates.shuffled(using: &random)) == expected)
        }
    }

    /// In a set of more than `wideSet` names, every typo of one letter finds exactly what
    /// comparing in full finds; the index only gives up on typos of more letters.
    @Test func aWideSetFindsEveryOneLetterTypo() {
        var random = Generator(state: 7)
        let names = (0..<1_500).map { _ in Self.word(&random) }
        let index = SuggestionIndex(names.shuffled(using: &random))
        var checked = 0
        for round in 0..<400 {
            let word = Self.typo(of: names.randomElement(using: &random)!, &random)
            let expected = Self.reference(word, names)
            guard let expected, Suggestions.editDistance(word.lowercased(), expected.lowercased()) <= 1 else { continue }
            checked += 1
            #expect(index.nearest(to: word) == expected, "\(word)")
            if round.isMultiple(of: 20) {
                #expect(Suggestions.nearest(to: word, in: names) == expected, "\(word)")
            }
        }
        #expect(checked > 100, "enough one-letter typos were tried")
        let steps = (0..<5_000).map { "stap_\($0)" }
        #expect(Suggestions.nearest(to: "Stap_4999x", in: steps) == "stap_4999")
        #expect(Suggestions.nearest(to: "tsap_17", in: steps) == "stap_17", "two letters swapped")
        #expect(Suggestions.nearest(to: "xtap_499y", in: steps) == nil, "two letters off: not looked for in a wide set")
        #expect(Suggestions.nearest(to: "xtap_499y", in: steps.prefix(Suggestions.wideSet)) == "stap_499",
                "a set of the usual size is compared in full")
    }
}
