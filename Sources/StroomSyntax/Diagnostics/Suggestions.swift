/// "Did you mean …?": the nearest word by edit distance, shared by messages and fixes.
///
/// A candidate counts when its distance is at most a third of its length (at least 1, at most
/// 3); of those the nearest wins, ties going to the first in alphabetical order, so the answer
/// never depends on the order of the candidates. Candidates whose length alone rules them out
/// are skipped before any counting, and the counting stops as soon as no cell can be close
/// enough. A set of more than `wideSet` names (a generated map of thousands of steps) is
/// searched through a ``SuggestionIndex`` instead, for typos of one letter: comparing every
/// unknown name with every name of such a file would take minutes.
public enum Suggestions {
    /// Sets larger than this are searched through a ``SuggestionIndex``.
    public static let wideSet = 1_000

    /// The candidate closest to `word`, if it is close enough to be a likely typo.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        if candidates.underestimatedCount > wideSet { return SuggestionIndex(candidates).nearest(to: word) }
        return comparingAll(word, candidates)
    }

    /// Every candidate compared with the word, whatever their number.
    static func comparingAll(_ word: String, _ candidates: some Sequence<String>) -> String? {
        var search = Search(word)
        for candidate in candidates { search.consider(candidate) }
        return search.best?.candidate
    }

    /// Levenshtein distance over Unicode scalars (with adjacent swaps counted once).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars), cutoff: Int.max)
    }

    struct Search {
        let word: String
        let target: [Unicode.Scalar]
        var best: (candidate: String, distance: Int)?

        init(_ word: String) {
            self.word = word
            target = Array(word.lowercased().unicodeScalars)
        }

        mutating func consider(_ candidate: String) {
            guard candidate != word else { return }
            // A scalar takes 1 to 4 UTF-8 bytes, and no candidate is allowed more than 3 edits.
            let bytes = candidate.utf8.count
            guard bytes + 3 >= target.count, (bytes + 3) / 4 <= target.count + 3 else { return }
            let lowered = Array(candidate.lowercased().unicodeScalars)
            let limit = max(1, min(3, candidate.count / 3))
            let cutoff = min(limit, best?.distance ?? limit)
            guard abs(lowered.count - target.count) <= cutoff else { return }
            let distance = Suggestions.distance(target, lowered, cutoff: cutoff)
            guard distance <= cutoff else { return }
            if let best, distance == best.distance, best.candidate < candidate { return }
            best = (candidate, distance)
        }
    }

    /// The edit distance of `x` and `y`, or any number above `cutoff` as soon as it is certain
    /// to be above it (every cell of a row is).
    static func distance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], cutoff: Int) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previousPrevious = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            // Every cell is at most one more than a cell of the row above (a swap reaches two
            // rows up, but that cell is also at most one below this row's), so no later row
            // can come back under the cutoff.
            if rowMinimum > cutoff { return cutoff + 1 }
            swap(&previousPrevious, &previous)
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
