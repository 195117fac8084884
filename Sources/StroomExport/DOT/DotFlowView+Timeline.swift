import StroomModel
import StroomSyntax

/// The `flow` view of a study (`onderzoek`): each observation as a timeline of its moments, left
/// to right at their clock times (in rows of ``momentsPerRow``, like lines of text), moments
/// with ICT marked and tied to their systems on top; below, each finding as a cluster with its
/// problems and ideas, and the study's other problems and ideas.
extension DotFlowView {
    static let momentsPerRow = 9

    static func drawStudy(_ map: DeclarationID, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let people = analysis.members(of: map, .person, .ict, .external)
        let items = people.map { id -> (DeclarationID, Element) in
            (id, analysis.kind(id) == .person ? .person : analysis.kind(id) == .ict ? .ict : .external)
        }
        drawLines(items, perLine: canvas.stepsPerRow.map { 2 * $0 }, on: &canvas)
        var lastRowStart: String?
        for observation in analysis.members(of: map, .observation) {
            lastRowStart = drawObservation(observation, map: map, after: lastRowStart, on: &canvas) ?? lastRowStart
        }
        drawStudyFindings(map, below: lastRowStart, on: &canvas)
    }

    /// One observation as a cluster of rows of moments; returns the first moment of its last row.
    static func drawObservation(_ observation: DeclarationID, map: DeclarationID, after previous: String?, on canvas: inout DotCanvas) -> String? {
        let analysis = canvas.analysis
        let metrics = analysis.observationMetrics(observation)
        let language = canvas.language
        var facts: [String] = []
        for attribute in [AttributeName.who, .by] {
            let names = analysis.values(observation, attribute).compactMap { value in
                value.reference.map { TextLayout.title(of: analysis[$0]) } ?? value.text
            }
            if !names.isEmpty { facts.append("\(attribute.spelling(language)): \(names.joined(separator: ", "))") }
        }
        if metrics.observedMinutes > 0 {
            let observed = FigureText.clockDuration(metrics.observedMinutes, language)
            var line = "\(Words.observed[language]) \(observed)"
            if let share = metrics.ictShare {
                let ict = FigureText.clockDuration(metrics.ictMinutes, language)
                line += ", \(Words.withICT[language]) \(ict) (\(FigureText.percent(share, language)))"
            }
            facts.append(line)
        }
        let label = HTMLText.lines(TextLayout.lines(TextLayout.title(of: analysis[observation]), width: 60)).bold()
            + .lineBreak + HTMLText.text(facts.joined(separator: " · ")).font(size: 10)
        var rowStarts: [String] = []
        let moments = metrics.moments
        // Laid out for paper (``ExportLayout/stepsPerRow``): shorter rows, twice the steps.
        let momentsPerRow = canvas.stepsPerRow.map { min(Self.momentsPerRow, 2 * $0) } ?? Self.momentsPerRow
        canvas.cluster("obs_" + canvas.id(observation), label: label,
                       style: [.plain("style", "rounded,filled"), .plain("fillcolor", Palette.cluster), .plain("color", Palette.muted)]) { canvas in
            var rows: [[ObservationMetrics.Moment]] = []
            for (index, moment) in moments.enumerated() {
                if index % momentsPerRow == 0 { rows.append([]) }
                rows[rows.count - 1].append(moment)
            }
            for row in rows {
                canvas.sameRank { canvas in
                    for moment in row {
                        canvas.node(moment.id, as: moment.usesICT ? .ictMoment : .moment, label: momentLabel(moment, on: canvas))
                    }
                }
                if let first = row.first { rowStarts.append(canvas.id(first.id)) }
            }
        }
        // Rows under each other (edges outside the cluster, which they would otherwise widen).
        for (above, start) in zip([previous] + rowStarts.map(Optional.some), rowStarts) {
            if let above { canvas.invisibleEdge(above, start, weight: 4) }
        }
        for (moment, next) in zip(moments, moments.dropFirst()) {
            let sameRow = moments.firstIndex { $0.id == moment.id }! / momentsPerRow == moments.firstIndex { $0.id == next.id }! / momentsPerRow
            canvas.edge(canvas.id(moment.id), canvas.id(next.id), as: .flow, extra: sameRow ? [] : [.plain("constraint", "false")])
        }
        for moment in moments {
            for system in analysis.references(moment.id, .ict) where analysis.kind(system) == .ict {
                canvas.edge(canvas.id(system), canvas.id(moment.id), as: .usesICT)
            }
        }
        return rowStarts.last
    }

    static func momentLabel(_ moment: ObservationMetrics.Moment, on canvas: DotCanvas) -> HTMLText {
        let analysis = canvas.analysis
        var details: [HTMLText] = []
        let systems = analysis.references(moment.id, .ict).map { TextLayout.title(of: analysis[$0]) }
        if moment.usesICT {
            details.append(HTMLText.text("ict" + (systems.isEmpty ? "" : ": " + systems.joined(separator: ", "))).font(color: Palette.ictInk))
        }
        let time = moment.start.map(WorkingTimeText.clock) ?? Words.unknownTime
        return HTMLText.text(time).bold() + .lineBreak + canvas.label(moment.id, as: .moment, details: details)
    }
}
