import StroomSyntax

/// Asked between the steps of an analysis (files, rules): whether its result is no longer
/// wanted (the language server: a newer edit arrived), so that it stops early.
public struct AnalysisCancellation: Sendable {
    let isCancelled: @Sendable () -> Bool

    public init(_ isCancelled: @escaping @Sendable () -> Bool) {
        self.isCancelled = isCancelled
    }

    /// Never cancelled.
    public static let never = AnalysisCancellation { false }

    func check() throws(AnalysisCancelled) {
        if isCancelled() { throw AnalysisCancelled() }
    }
}

/// Thrown inside an analysis that was cancelled.
struct AnalysisCancelled: Error {}
