import StroomSyntax

/// A process set beside the one it replaces (`vervangt:`), figure by figure, as 't Blokhuus did
/// with its reading dossiers. Only known figures are compared (see ``ProcessFigures``): where
/// either map lacks a time, the change is nil rather than a difference of two guesses.
public struct ProcessComparison: Sendable {
    public struct Row: Sendable {
        public let figure: ProcessFigures.Figure
        /// The figure of the process being replaced.
        public let before: Double?
        /// The figure of the new (or desired) process.
        public let after: Double?
        /// `after − before`, when both are known.
        public let change: Double?

        /// Whether the new process is better on this figure (nil when unknown or equal).
        public var isImprovement: Bool? {
            guard let change, abs(change) > 1e-9 else { return nil }
            return figure.lowerIsBetter ? change < 0 : change > 0
        }
    }

    /// The process being replaced.
    public let old: DeclarationID
    /// The process that replaces it.
    public let new: DeclarationID
    public let before: ProcessFigures
    public let after: ProcessFigures
    /// One row per figure, in ``ProcessFigures/Figure`` order.
    public let rows: [Row]

    public init(analysis: Analysis, old: DeclarationID, new: DeclarationID) {
        self.old = old
        self.new = new
        before = analysis.processFigures(old)
        after = analysis.processFigures(new)
        rows = ProcessFigures.Figure.allCases.map { [before, after] figure in
            let was = before.value(figure)
            let now = after.value(figure)
            let change = was.flatMap { was in now.map { $0 - was } }
            return Row(figure: figure, before: was, after: now, change: change)
        }
    }
}

extension Analysis {
    /// The comparison of a process with the one it names in `vervangt:`; nil when it replaces
    /// nothing, or names something that is not another process.
    public func comparison(replacedBy map: DeclarationID) -> ProcessComparison? {
        guard let old = references(map, .replaces).first, old != map, kind(old) == .process else { return nil }
        return ProcessComparison(analysis: self, old: old, new: map)
    }
}
