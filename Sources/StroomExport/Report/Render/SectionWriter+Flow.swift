import StroomModel
import StroomSyntax

/// The figures of a process, its steps and waits, and the comparison with the process it
/// replaces.
extension SectionWriter {
    var minutesPerDay: Double { map.details.minutesPerDay }

    func flowBlocks(_ flow: FlowReport) -> [Block] {
        var rows: [[Line]] = flow.figures.map { entry in
            let value = entry.value.map { ReportNumbers.figure(entry.figure, $0, minutesPerDay: minutesPerDay, l) }
            let cell: Line = value.map { [.strong($0)] } ?? [.warning(ReportText.missing(entry.figure, flow: flow, l))]
            return [[.text(ReportText.name(entry.figure, l))], cell, [.text(ReportText.meaning(entry.figure, l))]]
        }
        rows.append([[.text(ReportText.openActions(l))], [.strong("\(flow.openActionCount)")], [.text(ReportText.openActionsMeaning(l))]])
        var blocks: [Block] = [
            .heading(level: 3, [.text(ReportText.figures(l))]),
            .table(Table(header: [[.text(ReportText.figure(l))], [.text(ReportText.value(l))], [.text(ReportText.meaning(l))]],
                         rows: rows)),
        ]
        if flow.stepsWithoutTime.count == flow.stepCount, flow.stepCount > 0 {
            blocks.append(.note([.text(ReportText.incompleteTimes(untimed: flow.stepCount, steps: flow.stepCount, l))]))
        } else if !flow.stepsWithoutTime.isEmpty {
            blocks.append(.note([.text(ReportText.incompleteTimes(untimed: flow.stepsWithoutTime.count, steps: flow.stepCount, l) + " ")]
                + list(flow.stepsWithoutTime) + [.text(".")]))
        }
        if !flow.waitsWithoutDuration.isEmpty {
            blocks.append(.note([.text(ReportText.incompleteWaits(undated: flow.waitsWithoutDuration.count, l) + " ")]
                + list(flow.waitsWithoutDuration) + [.text(".")]))
        }
        if !flow.criticalPath.isEmpty {
            var line: Line = [.text(ReportText.longestPath(l) + ": ")]
            for (index, item) in flow.criticalPath.enumerated() {
                if index > 0 { line.append(.text(" → ")) }
                line.append(.text(item.label))
            }
            blocks.append(.paragraph(line + [.text(".")]))
        }
        if !flow.ladder.isEmpty { blocks += ladderBlocks(flow) }
        return blocks
    }

    func ladderBlocks(_ flow: FlowReport) -> [Block] {
        let rows: [[Line]] = flow.ladder.map { row in
            let isWait = row.item.kind == DeclarationKind.wait.dutch
            let time: Line = row.minutes.map { [.text(ReportNumbers.duration($0, minutesPerDay: minutesPerDay, l))] }
                ?? [.warning(ReportText.unknown(l))]
            let value = row.valueAdding.map { ReportNumbers.word($0, EnumSets.valueAdding, l) } ?? ReportText.none(l)
            return [
                [.text(kindNoun(row.item.kind))],
                [.text(row.item.label)],
                time,
                isWait ? [.text(ReportText.none(l))] : list(row.people),
                isWait ? [.text(ReportText.none(l))] : list(row.systems),
                [.text(isWait ? ReportText.none(l) : value)],
            ]
        }
        var blocks: [Block] = [
            .heading(level: 3, [.text(ReportText.ladder(l))]),
            .table(Table(header: [ReportText.kind(l), l == .nl ? "Stap of wachttijd" : "Step or wait", ReportText.time(l),
                                  ReportText.by(l), ReportText.ict(l), ReportText.valueAdding(l)].map { [.text($0)] },
                         rows: rows)),
        ]
        if !flow.flowIsExplicit, flow.ladder.count > 1 {
            blocks.append(.paragraph([.text(ReportText.implicitFlow(l))]))
        }
        return blocks
    }

    func comparisonBlocks(_ comparison: ComparisonReport) -> [Block] {
        let rows: [[Line]] = comparison.rows.map { row in
            func value(_ value: Double?, _ perDay: Double) -> Line {
                value.map { [.text(ReportNumbers.figure(row.figure, $0, minutesPerDay: perDay, l))] } ?? [.text(ReportText.unknown(l))]
            }
            let change: Line = row.change.map {
                [.strong(ReportNumbers.change(row.figure, $0, minutesPerDay: comparison.newMinutesPerDay, l))]
            } ?? [.text(ReportText.none(l))]
            let verdict: String = switch row.isImprovement {
            case true?: ReportText.better(l)
            case false?: ReportText.worse(l)
            case nil: row.change == nil ? ReportText.none(l) : ReportText.same(l)
            }
            return [[.text(ReportText.name(row.figure, l))], value(row.before, comparison.oldMinutesPerDay),
                    value(row.after, comparison.newMinutesPerDay), change,
                    row.isImprovement == false ? [.warning(verdict)] : [.text(verdict)]]
        }
        return [
            .heading(level: 3, [.text(ReportText.comparison(comparison.old.label, l))]),
            .table(Table(header: [[.text(ReportText.figure(l))],
                                  [.text(ReportText.was(l) + " ("), .code(comparison.old.id), .text(")")],
                                  [.text(ReportText.now(l) + " ("), .code(map.item.id), .text(")")],
                                  [.text(ReportText.change(l))], [.text(ReportText.verdict(l))]],
                         rows: rows)),
            .paragraph([.text(ReportText.comparisonUnknown(l))]),
        ]
    }

    func loopBlocks() -> [Block] {
        let items: [Line] = map.feedbackLoops.map { loop in
            var line: Line = [.strong(loop.isReinforcing ? ReportText.reinforcing(l) : ReportText.balancing(l)), .text(": ")]
            for item in loop.members {
                line.append(.text(item.label + " → "))
            }
            line.append(.text(loop.members.first?.label ?? ""))
            if !loop.hasAnyPolarity { line.append(.text(" (\(ReportText.noPolarity(l)))")) }
            return line
        }
        return [.heading(level: 3, [.text(ReportText.feedbackLoops(l))]), .bullets(items)]
    }
}
