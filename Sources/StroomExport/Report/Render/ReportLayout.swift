import StroomModel
import StroomSyntax

/// A piece of text with a little markup. Each renderer escapes the strings for its format;
/// nothing here is ever markup already.
enum Inline: Equatable {
    case text(String)
    /// An id as written in the files (`speciale_aandacht`).
    case code(String)
    case strong(String)
    /// Something a reader must not miss (an overdue date, "nothing contributes").
    case warning(String)
    case lineBreak
}

typealias Line = [Inline]

/// A block of the report, in the order it is read.
enum Block {
    case heading(level: Int, Line)
    case paragraph(Line)
    /// A remark that explains why a number is missing, or a warning about the file.
    case note(Line)
    case bullets([Line])
    case table(Table)
    /// Where the diagram of a map goes (HTML only), by map id.
    case diagram(mapID: String)
}

struct Table {
    var header: [Line]
    var rows: [[Line]]
    /// Columns whose cells are numbers (right-aligned).
    var numericColumns: Set<Int> = []
    /// A board (phase columns, quadrant): columns of equal width.
    var isBoard = false
}

/// The report laid out in one language: the title, an introduction, and one section per map.
/// Markdown and HTML render this same layout, so they always say the same.
struct ReportLayout {
    struct Section {
        /// A stable anchor for links (`map-speciale_aandacht`).
        let anchor: String
        let title: Line
        let blocks: [Block]
    }

    let title: String
    let intro: [Block]
    let sections: [Section]

    init(_ report: Report, _ language: Language) {
        title = ReportText.title(language)
        var intro: [Block] = []
        var line: Line = []
        if let date = report.asOf { line.append(.text(ReportText.asOf(date, language) + " ")) }
        line.append(.text(ReportText.files(language) + ": "))
        for (index, file) in report.files.enumerated() {
            if index > 0 { line.append(.text(", ")) }
            line.append(.code(file))
        }
        intro.append(.paragraph(line))
        if report.maps.isEmpty { intro.append(.paragraph([.text(ReportText.noMaps(language))])) }
        self.intro = intro
        var seen: [String: Int] = [:]
        sections = report.maps.map { map in
            let base = "map-" + map.item.id
            seen[base, default: 0] += 1
            let anchor = seen[base]! > 1 ? "\(base)-\(seen[base]!)" : base
            let writer = SectionWriter(map: map, language: language, asOf: report.asOf)
            return Section(anchor: anchor, title: writer.title, blocks: writer.blocks())
        }
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
        blocks.append(.diagram(mapID: map.item.id))
        if let flow = map.flow { blocks += flowBlocks(flow) }
        if let comparison = map.comparison { blocks += comparisonBlocks(comparison) }
        if let board = map.board { blocks += boardBlocks(board) }
        if map.kind != .benefitLogic { blocks += actionBlocks() }
        for observation in map.observations { blocks += observationBlocks(observation) }
        if let benefits = map.benefits { blocks += benefitBlocks(benefits) }
        if map.kind == .benefitLogic, !map.actions.isEmpty { blocks += actionBlocks() }
        if !map.feedbackLoops.isEmpty { blocks += loopBlocks() }
        return blocks
    }

    /// `speciale_aandacht` · file `…` · school OBS Akkrum · state current …
    var detailsLine: Line {
        let details = map.details
        var parts: [Line] = [[.code(map.item.id)], [.text(ReportText.file(l) + " "), .code(map.path)]]
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
