import StroomModel
import StroomSyntax

/// The observations of a study (or a process): moments on a timeline and their figures.
extension ReportBuilder {
    func observation(_ id: DeclarationID, in map: DeclarationID) -> ObservationReport {
        let metrics = analysis.observationMetrics(id)
        let moments = metrics.moments.map { moment in
            ObservationReport.Moment(
                item: item(moment.id, in: map), start: moment.start, minutes: moment.minutes,
                context: analysis.enumValue(moment.id, .context), usesICT: moment.usesICT,
                systems: items(analysis.references(moment.id, .ict), in: map),
                problems: items(analysis.references(moment.id, .problemRef), in: map))
        }
        let observer: String? = switch analysis.values(id, .by).first {
        case .reference(let person): analysis[person].displayName
        case .text(let text): text
        default: nil
        }
        return ObservationReport(
            item: item(id, in: map), who: analysis.references(id, .who).first.map { item($0, in: map) },
            observer: observer, date: analysis.values(id, .date).first?.date, moments: moments,
            observedMinutes: metrics.observedMinutes, ictMinutes: metrics.ictMinutes, ictShare: metrics.ictShare,
            ictMomentsWithProblem: metrics.ictMomentsWithProblem)
    }
}
