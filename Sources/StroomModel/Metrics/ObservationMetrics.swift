import StroomSyntax

/// Figures of one observation (a timeline of moments). Every duration is derived from start
/// times: a moment lasts until the next one starts, and the last one has no known length.
public struct ObservationMetrics: Sendable {
    public struct Moment: Sendable {
        public let id: DeclarationID
        /// Minutes since midnight.
        public let start: Int?
        /// Minutes until the next moment; nil for the last one.
        public let minutes: Int?
        public let usesICT: Bool
        public let causedProblem: Bool
    }

    public let moments: [Moment]
    /// From the first moment's start to the last moment's start.
    public let observedMinutes: Int
    /// Minutes of moments that use ICT.
    public let ictMinutes: Int
    /// `ictMinutes ÷ observedMinutes`; nil when nothing was observed.
    public let ictShare: Double?
    /// ICT moments that record a problem.
    public let ictMomentsWithProblem: Int

    public init(analysis: Analysis, observation: DeclarationID) {
        let ids = analysis[observation].children.filter { analysis.kind($0) == .moment }
        var moments: [Moment] = []
        for (index, id) in ids.enumerated() {
            let start = analysis.values(id, .clock).first?.clock
            let nextStart = index + 1 < ids.count ? analysis.values(ids[index + 1], .clock).first?.clock : nil
            let minutes = start.flatMap { s in nextStart.map { $0 - s } }.flatMap { $0 >= 0 ? $0 : nil }
            moments.append(Moment(id: id, start: start, minutes: minutes, usesICT: analysis.has(id, .ict),
                                  causedProblem: !analysis.references(id, .problemRef).isEmpty))
        }
        self.moments = moments
        let starts = moments.compactMap(\.start)
        observedMinutes = (starts.last ?? 0) - (starts.first ?? 0) > 0 ? (starts.last! - starts.first!) : 0
        ictMinutes = moments.filter(\.usesICT).compactMap(\.minutes).reduce(0, +)
        ictShare = observedMinutes > 0 ? Double(ictMinutes) / Double(observedMinutes) : nil
        ictMomentsWithProblem = moments.filter { $0.usesICT && $0.causedProblem }.count
    }
}

extension Analysis {
    public func observationMetrics(_ observation: DeclarationID) -> ObservationMetrics {
        ObservationMetrics(analysis: self, observation: observation)
    }
}
