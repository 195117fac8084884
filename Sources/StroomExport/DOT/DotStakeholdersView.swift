import StroomModel
import StroomSyntax

/// The `stakeholders` view of a benefit logic: the guide's stakeholder matrix of belang ×
/// invloed (004:1857-1858, 1869-1874) as one table. Influence runs left to right, interest
/// bottom to top, so the key players ("sleutelfiguren", 004:1891) are top right. A `middel`
/// row or column appears only when a stakeholder uses it; stakeholders without both scores
/// stand in a band below.
enum DotStakeholdersView: DotView {
    static let rankdir = "TB"
    static let tableStyle = "BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"5\" CELLPADDING=\"6\""

    static func draw(_ map: DeclarationID, on canvas: inout DotCanvas) {
        let matrix = canvas.names.internalID(map, "stakeholders.matrix")
        canvas.extraNode(matrix, [.plain("shape", "plaintext"), DotAttribute("label", .html(table(map, on: &canvas)))])
        canvas.legendAnchor = matrix
    }

    static func table(_ map: DeclarationID, on canvas: inout DotCanvas) -> HTMLText {
        let analysis = canvas.analysis
        let language = canvas.language
        let stakeholders = analysis.members(of: map, .stakeholder)
        func score(_ id: DeclarationID, _ name: AttributeName) -> String? { analysis.enumValue(id, name) }
        let usesMiddle = stakeholders.contains { score($0, .interest) == "middel" || score($0, .influence) == "middel" }
        let levels = usesMiddle ? ["klein", "middel", "groot"] : ["klein", "groot"]
        func word(_ level: String) -> String { Words.value(level, in: EnumSets.size, language) }
        let interestWord = LocalizedText(nl: "belang", en: "interest")[language]
        let influenceWord = LocalizedText(nl: "invloed", en: "influence")[language]
        var rows: [HTMLText] = [
            .row([.cell(HTMLText.text(LocalizedText(nl: "Stakeholders: belang × invloed", en: "Stakeholders: interest × influence")[language])
                .font(size: 16).bold(), "COLSPAN=\"\(levels.count + 1)\"")]),
        ]
        for interest in levels.reversed() {
            var cells: [HTMLText] = [.cell(HTMLText.text("\(interestWord) \(word(interest))").font(size: 12, color: Palette.purposeInk).bold(), "ALIGN=\"RIGHT\"")]
            for influence in levels {
                let own = stakeholders.filter { score($0, .interest) == interest && score($0, .influence) == influence }
                let key = interest == "groot" && influence == "groot"
                // The key players' cell says what it is, as a heading above its names (or
                // "(geen)"), so that the heading never reads as the name of a stakeholder.
                var content = key ? HTMLText.text(LocalizedText(nl: "Sleutelfiguren:", en: "Key players:")[language]).bold().font(size: 10) : HTMLText()
                for stakeholder in own {
                    if !content.isEmpty { content += .lineBreak }
                    content += HTMLText.lines(TextLayout.lines(TextLayout.title(of: analysis[stakeholder]), width: 28))
                }
                if own.isEmpty {
                    let none = HTMLText.text(Words.none[language]).italic().font(color: Palette.muted)
                    content = key ? content + .lineBreak + none : none
                }
                cells.append(.cell(content, "BGCOLOR=\"\(key ? Palette.purpose : Palette.person)\" COLOR=\"\(Palette.purposeInk)\" BORDER=\"1\" WIDTH=\"180\" HEIGHT=\"70\""))
            }
            rows.append(.row(cells))
        }
        rows.append(.row([.cell(HTMLText())] + levels.map {
            .cell(HTMLText.text("\(influenceWord) \(word($0))").font(size: 12, color: Palette.purposeInk).bold())
        }))
        let unplaced = stakeholders.filter { score($0, .interest) == nil || score($0, .influence) == nil }
        if !unplaced.isEmpty {
            var content = HTMLText.text(LocalizedText(nl: "belang of invloed onbekend", en: "interest or influence unknown")[language])
                .font(size: 12, color: Palette.muted).bold()
            for stakeholder in unplaced {
                content += .lineBreak + HTMLText.text(TextLayout.title(of: analysis[stakeholder]))
            }
            rows.append(.row([.cell(content, "COLSPAN=\"\(levels.count + 1)\" BORDER=\"1\" COLOR=\"\(Palette.muted)\" STYLE=\"dashed\"")]))
        }
        return .table(rows, tableStyle)
    }
}
