import StroomModel
import StroomSyntax

/// The `causes` view, left to right: causes → problems ← ideas → action points (in a benefit
/// logic: causes → workload ← opportunities that reduce it). Arrows carry their polarity; the
/// arrows of a feedback loop are drawn thick and labelled R (reinforcing) or B (balancing),
/// with a label node that names the loop.
enum DotCausesView: DotView {
    static let rankdir = "LR"

    static func draw(_ map: DeclarationID, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let isBenefitLogic = analysis.kind(map) == .benefitLogic
        let causes = analysis.members(of: map, .cause)
        let effects = analysis.members(of: map, isBenefitLogic ? .workload : .problem)
        let remedies = analysis.members(of: map, isBenefitLogic ? .opportunity : .idea)
        let actions = isBenefitLogic ? [] : analysis.members(of: map, .action)
        if causes.isEmpty && effects.isEmpty && remedies.isEmpty && actions.isEmpty {
            drawNothingYet(map, isBenefitLogic: isBenefitLogic, on: &canvas)
            return
        }
        for cause in causes {
            canvas.node(cause, as: .cause, label: canvas.label(cause, as: .cause))
        }
        for effect in effects {
            if isBenefitLogic {
                canvas.node(effect, as: .workload, label: canvas.label(effect, as: .workload, details: DotBenefitsView.sourceLine(effect, on: canvas)))
            } else {
                canvas.node(effect, as: .problem, label: canvas.label(effect, as: .problem))
            }
        }
        if !remedies.isEmpty {
            canvas.sameRank { canvas in
                for remedy in remedies {
                    let element: Element = isBenefitLogic ? .opportunity : .idea
                    canvas.node(remedy, as: element, label: canvas.label(remedy, as: element))
                }
            }
        }
        if !actions.isEmpty {
            canvas.sameRank { canvas in
                for action in actions { drawAction(action, on: &canvas) }
            }
        }
        drawCausalArrows(map, on: &canvas)
        let drawn = Set(causes + effects)
        for remedy in remedies {
            for target in analysis.references(remedy, isBenefitLogic ? .reduces : .solves) where drawn.contains(target) {
                canvas.edge(canvas.id(target), canvas.id(remedy), as: isBenefitLogic ? .reduces : .solves, extra: [.plain("dir", "back")])
            }
        }
        let drawnIdeas = Set(remedies)
        for action in actions {
            for idea in analysis.references(action, .from) where drawnIdeas.contains(idea) {
                canvas.edge(canvas.id(idea), canvas.id(action), as: .becomesAction)
            }
        }
    }

    /// A map with nothing for this view gets a note that says so and what to write, instead
    /// of an empty picture with only a title.
    static func drawNothingYet(_ map: DeclarationID, isBenefitLogic: Bool, on canvas: inout DotCanvas) {
        let text = isBenefitLogic
            ? LocalizedText(nl: "Deze batenlogica heeft nog geen oorzaken, werkdruk of kansen.\nSchrijf bijvoorbeeld: oorzaak x \"…\" -> werkdruk y",
                            en: "This benefit logic has no causes, workload or opportunities yet.\nWrite for example: cause x \"…\" -> workload y")
            : LocalizedText(nl: "Deze kaart heeft nog geen oorzaken, problemen, ideeën of actiepunten.\nSchrijf bijvoorbeeld: oorzaak x \"…\" -> probleem y",
                            en: "This map has no causes, problems, ideas or action points yet.\nWrite for example: cause x \"…\" -> problem y")
        let lines = text[canvas.language].split(separator: "\n").map(String.init)
        canvas.extraNode(canvas.names.internalID(map, "nothing"), [
            .plain("shape", "note"), .plain("color", Palette.muted), .plain("fontcolor", Palette.muted),
            DotAttribute("label", .html(HTMLText.lines(lines))),
        ])
    }

    /// The leads-to arrows, with `−` for a negative polarity (and `+` where the author wrote
    /// one), the loops thick and named.
    static func drawCausalArrows(_ map: DeclarationID, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let loops = analysis.feedbackLoops(in: map)
        var loopOfArrow: [String: (number: Int, reinforcing: Bool)] = [:]
        var reinforcingCount = 0, balancingCount = 0
        var names: [(label: String, first: DeclarationID)] = []
        for loop in loops {
            let number: Int
            if loop.isReinforcing { reinforcingCount += 1; number = reinforcingCount } else { balancingCount += 1; number = balancingCount }
            for arrow in loop.edges { loopOfArrow[key(arrow)] = (number, loop.isReinforcing) }
            names.append((Words.loop(reinforcing: loop.isReinforcing, number: number)[canvas.language], loop.members[0]))
        }
        for arrow in analysis.edges(in: map, role: .causal) {
            guard let from = arrow.from, let to = arrow.to else { continue }
            var sign = arrow.polarity < 0 ? "−" : (arrow.hasPolarity ? "+" : "")
            var link: Link = arrow.polarity < 0 ? .leadsToLess : .leadsTo
            var extra: [DotAttribute] = []
            if let loop = loopOfArrow[key(arrow)] {
                canvas.uses(link)
                link = .feedbackLoop
                sign = (loop.reinforcing ? "R" : "B") + "\(loop.number)" + (sign.isEmpty ? "" : " " + sign)
                if arrow.polarity < 0 { extra.append(.plain("style", "dashed")) }
            }
            if !sign.isEmpty { extra.append(DotAttribute("label", .html(HTMLText.text(sign).bold()))) }
            canvas.edge(canvas.id(from), canvas.id(to), as: link, extra: extra)
        }
        for (index, name) in names.enumerated() {
            let id = canvas.names.internalID(map, "loop.\(index + 1)")
            canvas.extraNode(id, [
                .plain("shape", "plaintext"), .plain("fontcolor", Palette.loop),
                DotAttribute("label", .html(HTMLText.text("⟳ " + name.label).bold())),
            ])
            canvas.writer.edge(id, canvas.id(name.first), [
                .plain("style", "dotted"), .plain("color", Palette.loop), .plain("arrowhead", "none"), .plain("constraint", "false"),
            ])
        }
    }

    static func key(_ arrow: ResolvedEdge) -> String {
        "\(arrow.from?.description ?? "-")>\(arrow.to?.description ?? "-")@\(arrow.edge.range.utf8Start)"
    }

    /// An action point: green, its owner and due date in the label, a red outline without owner.
    static func drawAction(_ action: DeclarationID, on canvas: inout DotCanvas) {
        let analysis = canvas.analysis
        let language = canvas.language
        var facts: [String] = []
        let owner = analysis.values(action, .owner).first.flatMap { value -> String? in
            if let person = value.reference { return TextLayout.title(of: analysis[person]) }
            if let word = value.enumValue { return Words.value(word, in: EnumSets.open, language) }
            return value.text
        }
        if let owner { facts.append("\(Words.owner[language]): \(owner)") }
        if let due = analysis.firstValue(action, .due)?.date { facts.append("\(Words.due[language]): \(due)") }
        if let status = analysis.enumValue(action, .status) { facts.append(Words.value(status, in: EnumSets.status, language)) }
        var details: [HTMLText] = []
        if !facts.isEmpty { details.append(HTMLText.lines(TextLayout.lines(facts.joined(separator: " · "), width: 30))) }
        if owner == nil { details.append(HTMLText.text(Words.noOwner[language]).font(color: Palette.missing)) }
        let element: Element = owner == nil ? .actionWithoutOwner : .action
        canvas.node(action, as: element, label: canvas.label(action, as: element, details: details))
    }
}
