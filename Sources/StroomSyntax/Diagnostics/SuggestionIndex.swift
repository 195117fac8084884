/// "Did you mean …?" in a set of names too large to compare one by one (more than
/// `Suggestions.wideSet`, such as a generated map of thousands of steps): each name is filed
/// under itself and under every way of dropping one letter (lowercased), so that a typo of one
/// letter — added, dropped, changed or two letters swapped — finds its name in a few lookups.
/// The names found are then judged by the usual rule (`Suggestions`). Typos of two or three
/// letters, which a small set would still catch, are not looked for here.
public struct SuggestionIndex: Sendable {
    private let names: [String]
    private let byVariant: [String: [Int]]

    public init(_ names: some Sequence<String>) {
        var list: [String] = []
        var byVariant: [String: [Int]] = [:]
        for name in names {
            let index = list.count
            list.append(name)
            for variant in SuggestionIndex.variants(of: name) { byVariant[variant, default: []].append(index) }
        }
        self.names = list
        self.byVariant = byVariant
    }

    /// The nearest name by the rule of `Suggestions`, among the names one letter away.
    public func nearest(to word: String) -> String? {
        var seen = Set<Int>()
        for variant in SuggestionIndex.variants(of: word) {
            for index in byVariant[variant] ?? [] { seen.insert(index) }
        }
        return Suggestions.comparingAll(word, seen.map { names[$0] })
    }

    /// The lowercased word, and the word with each one of its letters left out.
    static func variants(of word: String) -> Set<String> {
        let scalars = Array(word.lowercased().unicodeScalars)
        var variants: Set<String> = [String(String.UnicodeScalarView(scalars))]
        for skipped in scalars.indices {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<skipped])
            view.append(contentsOf: scalars[(skipped + 1)...])
            variants.insert(String(view))
        }
        return variants
    }
}
