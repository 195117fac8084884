import Dispatch
import StroomModel

/// Frees analyses nobody needs any more on a thread of their own.
///
/// Freeing an analysis of a large workspace — every declaration, attribute and diagnostic —
/// costs about a tenth of making one, and on the server's queue that time sat between a
/// keystroke and its diagnostics. An ``Analysis`` is an immutable `Sendable` value, so the last
/// reference may as well be dropped elsewhere.
enum AnalysisRetirement {
    private static let queue = DispatchQueue(label: "stroom.analysis-retirement", qos: .utility)

    /// Takes over a reference; when it was the last one, the analysis is freed on the queue.
    static func retire(_ analysis: Analysis?) {
        guard let analysis else { return }
        queue.async { withExtendedLifetime(analysis) {} }
    }
}
