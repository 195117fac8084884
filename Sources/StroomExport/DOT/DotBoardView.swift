import StroomModel
import StroomSyntax

/// The `board` view: the two Akkrum boards as tables. Problems in three columns by phase
/// (voorbereiding, uitvoering, evaluatie; a fourth for problems without one), and ideas in
/// the 2×2 quadrant (organisatie and ICT above, samenwerking and persoonlijk below, as Akkrum
/// drew it, with the cross drawn as rules; a band below for ideas without one). Each table is
/// one grid, so notes in the same row line up. An idea that became an action point says so.
enum DotBoardView: DotView {
    static let rankdir = "TB"
    /// The quadrant as Akkrum drew it (Afb. 1.6).
    static let quadrant = [["organisatie", "ict"], ["samenwerking", "persoonlijk"]]
    static let tableStyle = "BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"5\" CELLPADDING=\"5\""
    static let columnWidth = "WIDTH=\"210\""

    static func draw(_ map: DeclarationID, on canvas: inout DotCanvas) {
        let problemBoard = canvas.names.internalID(map, "board.problems")
        let ideaBoard = canvas.names.internalID(map, "board.ideas")
        canvas.extraNode(problemBoard, [.plain("shape", "plaintext"), DotAttribute("label", .html(problemTable(map, on: &canvas)))])
        canvas.extraNode(ideaBoard, [.plain("shape", "plaintext"), DotAttribute("label", .html(ideaTable(map, on: &canvas)))])
        canvas.invisibleEdge(problemBoard, ideaBoard)
        canvas.legendAnchor = ideaBoard
    }

    static func problemTable(_ map: DeclarationID, on canvas: inout DotCanvas) -> HTMLText {
        let analysis = canvas.analysis
        let language = canvas.language
        let problems = analysis.members(of: map, .problem)
        var phases = EnumSets.phase.values.map(\.dutch)
        if problems.contains(where: { analysis.enumValue($0, .phase) == nil }) { phases.append("") }
        let columns = phases.map { phase in problems.filter { (analysis.enumValue($0, .phase) ?? "") == phase } }
        let heads = phases.map { phase -> HTMLText in
            let word = phase.isEmpty ? Words.noPhase[language] : Words.heading(phase, in: EnumSets.phase, language)
            return .cell(HTMLText.text(word).font(size: 13, color: "#ffffff").bold(),
                         "BGCOLOR=\"\(phase.isEmpty ? Palette.muted : Palette.problemInk)\" \(columnWidth)")
        }
        var rows: [HTMLText] = [
            .row([.cell(HTMLText.text(Words.problemsPerPhase[language]).font(size: 16).bold(), "COLSPAN=\"\(phases.count)\"")]),
            .row(heads),
        ]
        rows += grid(columns, as: .problem, on: &canvas)
        return .table(rows, tableStyle)
    }

    static func ideaTable(_ map: DeclarationID, on canvas: inout DotCanvas) -> HTMLText {
        let analysis = canvas.analysis
        let language = canvas.language
        let ideas = analysis.members(of: map, .idea)
        var rows: [HTMLText] = [
            .row([.cell(HTMLText.text(Words.ideasPerQuadrant[language]).font(size: 16).bold(), "COLSPAN=\"3\"")]),
        ]
        for (index, line) in quadrant.enumerated() {
            if index > 0 { rows.append(.tag("<HR/>")) }
            rows.append(.row(separated(line.map { category in
                .cell(HTMLText.text(Words.heading(category, in: EnumSets.quadrant, language)).font(size: 13, color: Palette.ideaInk).bold(),
                      columnWidth)
            })))
            let columns = line.map { category in ideas.filter { analysis.enumValue($0, .category) == category } }
            rows += grid(columns, as: .idea, on: &canvas, separated: true)
        }
        let unplaced = ideas.filter { analysis.enumValue($0, .category) == nil }
        if !unplaced.isEmpty {
            rows.append(.tag("<HR/>"))
            rows.append(.row([.cell(HTMLText.text(Words.noCategory[language]).font(size: 13, color: Palette.muted).bold(), "COLSPAN=\"3\"")]))
            let half = (unplaced.count + 1) / 2
            rows += grid([Array(unplaced.prefix(half)), Array(unplaced.dropFirst(half))], as: .idea, on: &canvas, separated: true)
        }
        return .table(rows, tableStyle)
    }

    /// Rows of notes: row i holds the i-th note of every column (an empty cell where a column
    /// has fewer); a column with none says so.
    static func grid(_ columns: [[DeclarationID]], as element: Element, on canvas: inout DotCanvas, separated: Bool = false) -> [HTMLText] {
        let height = max(1, columns.map(\.count).max() ?? 0)
        var rows: [HTMLText] = []
        for index in 0..<height {
            let cells = columns.map { column -> HTMLText in
                if index < column.count { return note(column[index], as: element, on: &canvas) }
                if index == 0 { return .cell(HTMLText.text(Words.none[canvas.language]).italic().font(color: Palette.muted)) }
                return .cell(HTMLText())
            }
            rows.append(.row(separated ? self.separated(cells) : cells))
        }
        return rows
    }

    /// Cells with a vertical rule between them (the quadrant's cross).
    static func separated(_ cells: [HTMLText]) -> [HTMLText] {
        var result: [HTMLText] = []
        for (index, cell) in cells.enumerated() {
            if index > 0 { result.append(.tag("<VR/>")) }
            result.append(cell)
        }
        return result
    }

    /// One note: a coloured cell with ★ (a problem) or ☁ (an idea) and the text.
    static func note(_ id: DeclarationID, as element: Element, on canvas: inout DotCanvas) -> HTMLText {
        let analysis = canvas.analysis
        canvas.uses(element)
        let (glyph, fill, line) = element == .problem ? ("★ ", Palette.problem, Palette.problemInk) : ("☁ ", Palette.idea, Palette.ideaInk)
        var text = HTMLText.lines(TextLayout.lines(glyph + TextLayout.title(of: analysis[id]), width: 30), align: "LEFT")
        if element == .idea, analysis.hasReferrer(of: id, kind: .action, via: .from) {
            text += HTMLText.text("→ " + Words.becameAction[canvas.language]).font(size: 9, color: Palette.actionInk)
                + .tag("<BR ALIGN=\"LEFT\"/>")
        }
        return .cell(text, "BGCOLOR=\"\(fill)\" COLOR=\"\(line)\" BORDER=\"1\" ALIGN=\"LEFT\" BALIGN=\"LEFT\" VALIGN=\"TOP\"")
    }
}
