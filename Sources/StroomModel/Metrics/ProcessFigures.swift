import StroomSyntax

/// The figures of a process together with what is missing for them, so that a reader is never
/// shown a number that only looks right.
///
/// ``ProcessMetrics`` counts a step without `tijd` as zero minutes and works out the product of
/// the `ca`s it finds. That is what a check needs; a report needs to know whether the number is
/// the whole story. Here a time figure is *known* only when every step it adds up has a time
/// (and, for lead time and activity ratio, every wait a duration; for the value-adding time,
/// every step its `waarde`), and the rolled %C&A only when every step has a `ca`. Counts (system switches, hand-offs, manual registrations) are always
/// known: they are what the map says.
public struct ProcessFigures: Sendable {
    /// Every figure a process has, in the order a report lists them.
    public enum Figure: String, Sendable, CaseIterable {
        case leadTime
        case processTime
        case waitTime
        case activityRatio
        case valueAddingTime
        case rolledCompleteAccurate
        case systemSwitches
        case handOffs
        case manualRegistrations

        /// Whether the figure is a duration in minutes (else a ratio 0…1 or a count).
        public var isDuration: Bool {
            self == .leadTime || self == .processTime || self == .waitTime || self == .valueAddingTime
        }

        /// Whether the figure is a fraction 0…1.
        public var isRatio: Bool { self == .activityRatio || self == .rolledCompleteAccurate }

        /// Whether a lower value is the better one (true for everything but the two ratios and
        /// the value-adding time).
        public var lowerIsBetter: Bool { !isRatio && self != .valueAddingTime }
    }

    public let metrics: ProcessMetrics
    /// The steps, in declaration order.
    public let steps: [DeclarationID]
    /// The waits, in declaration order.
    public let waits: [DeclarationID]
    public let stepsWithoutTime: [DeclarationID]
    public let waitsWithoutDuration: [DeclarationID]
    public let stepsWithoutCompleteAccurate: [DeclarationID]
    /// Steps without `waarde`: whether they add value is not known.
    public let stepsWithoutValue: [DeclarationID]

    public init(analysis: Analysis, map: DeclarationID) {
        metrics = analysis.processMetrics(map)
        steps = analysis.members(of: map, .step)
        waits = analysis.members(of: map, .wait)
        stepsWithoutTime = steps.filter { analysis.minutes($0, .time) == nil }
        waitsWithoutDuration = waits.filter { analysis.minutes($0, .duration) == nil }
        stepsWithoutCompleteAccurate = steps.filter { analysis.values($0, .completeAccurate).first?.percent == nil }
        stepsWithoutValue = steps.filter { analysis.enumValue($0, .value) == nil }
    }

    /// Every step has a time (and there is at least one step).
    public var processTimeKnown: Bool { !steps.isEmpty && stepsWithoutTime.isEmpty }
    /// Every wait has a duration (true when there are no waits).
    public var waitTimeKnown: Bool { waitsWithoutDuration.isEmpty }
    /// Process time and wait time are both known.
    public var leadTimeKnown: Bool { processTimeKnown && waitTimeKnown }

    /// The value of a figure when it is known, else nil. Durations are in minutes of working
    /// time, ratios are fractions (0.45 for 45%), counts are whole numbers.
    public func value(_ figure: Figure) -> Double? {
        switch figure {
        case .leadTime: leadTimeKnown ? metrics.leadMinutes : nil
        case .processTime: processTimeKnown ? metrics.processMinutes : nil
        case .waitTime: waitTimeKnown ? metrics.waitMinutes : nil
        case .activityRatio: leadTimeKnown ? metrics.activityRatio : nil
        case .valueAddingTime: processTimeKnown && stepsWithoutValue.isEmpty ? metrics.valueAddingMinutes : nil
        case .rolledCompleteAccurate:
            !steps.isEmpty && stepsWithoutCompleteAccurate.isEmpty ? metrics.rolledCompleteAccurate : nil
        case .systemSwitches: Double(metrics.systemSwitches)
        case .handOffs: Double(metrics.handOffs)
        case .manualRegistrations: Double(metrics.manualRegistrations)
        }
    }
}

extension Analysis {
    /// The figures of a process with what is missing for them.
    public func processFigures(_ map: DeclarationID) -> ProcessFigures {
        ProcessFigures(analysis: self, map: map)
    }
}
