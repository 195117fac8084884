import StroomModel
import StroomSyntax

/// The report laid out in one language: the title, the summary of every map, one section per
/// map, and the files it was made of at the end. Markdown and HTML render this same layout, so
/// they always say the same. A new kind of section is a new ``Section/Kind`` and a writer that
/// gives its blocks.
struct ReportLayout {
    struct Section {
        enum Kind {
            /// The first section: a short summary of every map (``SummaryWriter``).
            case summary
            /// The details of one map (``SectionWriter``).
            case map
        }

        let kind: Kind
        /// A stable anchor for links (`map-speciale_aandacht`).
        let anchor: String
        let title: Line
        let blocks: [Block]
    }

    let title: String
    let intro: [Block]
    let sections: [Section]
    /// After the sections: the files the report was made of.
    let closing: [Block]

    var mapSections: [Section] { sections.filter { $0.kind == .map } }

    init(_ report: Report, _ language: Language) {
        title = ReportText.title(language)
        var intro: [Block] = []
        if let date = report.asOf { intro.append(.paragraph([.text(ReportText.asOf(date, language))])) }
        if report.maps.isEmpty { intro.append(.paragraph([.text(ReportText.noMaps(language))])) }
        self.intro = intro
        var seen: [String: Int] = [:]
        let anchors = report.maps.map { map -> String in
            let base = "map-" + map.item.id
            seen[base, default: 0] += 1
            return seen[base]! > 1 ? "\(base)-\(seen[base]!)" : base
        }
        var sections: [Section] = []
        if !report.maps.isEmpty {
            let summary = SummaryWriter(maps: report.maps, language: language, asOf: report.asOf)
            sections.append(Section(kind: .summary, anchor: "summary", title: summary.title, blocks: summary.blocks()))
        }
        for (map, anchor) in zip(report.maps, anchors) {
            let writer = SectionWriter(map: map, language: language, asOf: report.asOf)
            sections.append(Section(kind: .map, anchor: anchor, title: writer.title, blocks: writer.blocks()))
        }
        self.sections = sections
        var files: Line = [.text(ReportText.files(language) + ": ")]
        for (index, file) in report.files.enumerated() {
            if index > 0 { files.append(.text(", ")) }
            files.append(.code(file))
        }
        closing = report.files.isEmpty ? [] : [.small(files)]
    }
}

/// Lays out one map. The parts live in extension files by section.
struct SectionWriter {
    let map: MapReport
    let language: Language
    let asOf: DayDate?

    var l: Language { language }

    var title: Line {
        [.text(ReportText.mapHeading(map.kind, l) + ": " + map.item.label)]
    }

    func blocks() -> [Block] {
        var blocks: [Block] = [.heading(level: 2, title), .paragraph(detailsLine)]
        if map.fileHasErrors { blocks.append(.note([.warning(ReportText.fileHasErrors(l))])) }
        blocks.append(.diagram(DiagramText(map: map, language: l).diagram))
        if let flow = map.flow { blocks += flowBlocks(flow) }
        if let comparison = map.comparison { blocks += comparisonBlocks(comparison) }
        if let board = map.board { blocks += boardBlocks(board) }
        if map.kind != .benefitLogic { blocks += actionBlocks() }
        for observation in map.observations { blocks += observationBlocks(observation) }
        if let benefits = map.benefits { blocks += benefitBlocks(benefits) }
        if map.kind == .benefitLogic, !map.actions.isEmpty { blocks += actionBlocks() }
        if !map.feedbackLoops.isEmpty { blocks += loopBlocks() }
        blocks.append(.small([.text(ReportNumbers.capitalized(ReportText.file(l)) + ": "), .code(map.path)]))
        return blocks
    }

    /// `speciale_aandacht` · file `…` · school OBS Akkrum · state current …
    var detailsLine: Line {
        let details = map.details
        var parts: [Line] = [[.code(map.item.id)]]
        func add(_ name: String, _ value: String?) {
            if let value { parts.append([.text("\(name): \(value)")]) }
        }
        add(ReportText.school(l), details.school)
        add(ReportText.state(l), details.state.map { ReportNumbers.word($0, EnumSets.state, l) })
        add(ReportText.method(l), details.method.map { ReportNumbers.word($0, EnumSets.method, l) })
        add(ReportText.stage(l), details.stage.map { stage in
            let set = EnumSets.vsmStage.canonical(stage) != nil ? EnumSets.vsmStage : EnumSets.designThinkingStage
            return ReportNumbers.word(stage, set, l)
        })
        add(ReportText.phase(l), details.phase.map { ReportNumbers.word($0, EnumSets.benefitPhase, l) })
        if let replaces = details.replaces {
            parts.append([.text(ReportText.replaces(l) + ": "), .code(replaces.id)])
        }
        if map.kind == .process, details.minutesPerDay != 480 {
            add(ReportText.workday(l), ReportNumbers.duration(details.minutesPerDay, minutesPerDay: 24 * 60, l))
        }
        var line: Line = []
        for (index, part) in parts.enumerated() {
            if index > 0 { line.append(.text(" · ")) }
            line += part
        }
        if let description = details.description {
            line += [.lineBreak, .text(description)]
        }
        return line
    }

    /// `label` items joined by `, `.
    func list(_ items: [ReportItem]) -> Line {
        var line: Line = []
        for (index, item) in items.enumerated() {
            if index > 0 { line.append(.text(", ")) }
            line.append(.text(item.label))
        }
        return line.isEmpty ? [.text(ReportText.none(l))] : line
    }

    /// One item per line, each after a bullet when there are several.
    func lines(_ items: [ReportItem], withKind: Bool = false) -> Line {
        var line: Line = []
        for (index, item) in items.enumerated() {
            if index > 0 { line.append(.lineBreak) }
            let text = withKind ? "\(item.label) (\(kindNoun(item.kind)))" : item.label
            line.append(.text(items.count > 1 ? "• " + text : text))
        }
        return line.isEmpty ? [.text(ReportText.none(l))] : line
    }

    func kindNoun(_ keyword: String) -> String {
        DeclarationKind(rawValue: keyword).map { MessageParts.noun($0, l) } ?? keyword
    }
}
