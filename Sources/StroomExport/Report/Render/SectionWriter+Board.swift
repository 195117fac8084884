import StroomModel
import StroomSyntax

/// The Akkrum boards (problems per phase, ideas per quadrant), the werkdruk-frequentie matrix
/// and the action points.
extension SectionWriter {
    func boardBlocks(_ board: BoardReport) -> [Block] {
        var blocks: [Block] = [.heading(level: 3, [.text(ReportText.problemsPerPhase(l))])]
        let noPhase = l == .nl ? "Zonder fase" : "No phase"
        blocks.append(board.problemCount == 0
            ? .paragraph([.text(ReportText.noProblems(l))])
            : .table(columnsTable(board.problemsByPhase, set: EnumSets.phase, missing: noPhase)))
        blocks.append(.heading(level: 3, [.text(ReportText.ideasPerQuadrant(l))]))
        let noQuadrant = l == .nl ? "Zonder kwadrant" : "No quadrant"
        blocks.append(board.ideaCount == 0
            ? .paragraph([.text(ReportText.noIdeas(l))])
            : .table(columnsTable(board.ideasByQuadrant, set: EnumSets.quadrant, missing: noQuadrant)))
        if board.problemCount > 0 {
            blocks.append(.heading(level: 3, [.text(ReportText.matrix(l))]))
            blocks.append(board.matrix.placedCount == 0 ? .paragraph([.text(ReportText.matrixEmpty(l))]) : .table(matrixTable(board.matrix)))
        }
        return blocks
    }

    /// A board as a table: one column per phase or quadrant, the count in the header, the
    /// items below each other.
    func columnsTable(_ columns: [BoardReport.Column], set: EnumSet, missing: String) -> Table {
        let header: [Line] = columns.map { column in
            [.text(ReportNumbers.columnTitle(column.key, set, missing: missing, l) + " (\(column.count))")]
        }
        let depth = columns.map(\.items.count).max() ?? 0
        let rows: [[Line]] = (0..<depth).map { index in
            columns.map { column in index < column.items.count ? [.text(column.items[index].label)] : [] }
        }
        return Table(header: header, rows: rows, isBoard: true)
    }

    func matrixTable(_ matrix: WorkloadMatrix) -> Table {
        let noFrequency = l == .nl ? "Zonder frequentie" : "No frequency"
        let noAspect = l == .nl ? "Zonder aspect" : "No aspect"
        let header: [Line] = [[.text(ReportText.aspect(l) + " \\ " + (l == .nl ? "frequentie" : "frequency"))]]
            + matrix.frequencies.map { [.text(ReportNumbers.columnTitle($0, EnumSets.frequencyWord, missing: noFrequency, l))] }
        let rows: [[Line]] = matrix.aspects.enumerated().map { index, aspect in
            [[.text(ReportNumbers.columnTitle(aspect, EnumSets.aspect, missing: noAspect, l))]]
                + matrix.counts[index].map { $0 == 0 ? [.text("·")] : [.strong("\($0)")] }
        }
        return Table(header: header, rows: rows, numericColumns: Set(1...matrix.frequencies.count))
    }

    func actionBlocks() -> [Block] {
        var blocks: [Block] = [.heading(level: 3, [.text(ReportText.actions(l))])]
        let actions = map.actions
        guard !actions.isEmpty else { return blocks + [.paragraph([.text(ReportText.noActions(l))])] }
        blocks.append(.paragraph([.text(ReportText.actionsOpen(actions.filter(\.isOpen).count, of: actions.count, l))]))
        let showFrom = actions.contains { !$0.from.isEmpty }
        let showParent = map.kind == .benefitLogic && actions.contains { $0.parent != nil }
        let showTimeline = actions.contains { $0.timeline != nil }
        let showEffect = actions.contains { $0.workloadEffect != nil }
        var header = [ReportText.actionPoint(l), ReportText.owner(l), ReportText.due(l), ReportText.status(l)]
        if showFrom { header.append(ReportText.from(l)) }
        if showParent { header.append(ReportText.partOf(l)) }
        if showTimeline { header.append(ReportText.timeline(l)) }
        if showEffect { header.append(ReportText.workloadEffect(l)) }
        let rows: [[Line]] = actions.map { action in
            var row: [Line] = [[.text(action.item.label)], owner(action.owner), due(action), status(action)]
            if showFrom { row.append(list(action.from)) }
            if showParent { row.append(action.parent.map { [.text($0.label)] } ?? [.text(ReportText.none(l))]) }
            if showTimeline { row.append([.text(action.timeline ?? ReportText.none(l))]) }
            if showEffect {
                row.append([.text(action.workloadEffect.map { ReportNumbers.word($0, EnumSets.workloadEffect, l) } ?? ReportText.none(l))])
            }
            return row
        }
        blocks.append(.table(Table(header: header.map { [.text($0)] }, rows: rows)))
        return blocks
    }

    func owner(_ owner: ActionRow.Owner) -> Line {
        switch owner {
        case .none: [.warning(ReportText.noOwner(l))]
        case .open: [.text(ReportText.openOwner(l))]
        case .named(let item): [.text(item.label)]
        case .text(let text): [.text(text)]
        }
    }

    func due(_ action: ActionRow) -> Line {
        guard let date = action.due else { return [.text(ReportText.none(l))] }
        return action.isOverdue ? [.warning("\(date) (\(ReportText.overdue(l)))")] : [.text("\(date)")]
    }

    func status(_ action: ActionRow) -> Line {
        [.text(ReportNumbers.word(action.status ?? "open", EnumSets.status, l))]
    }
}
