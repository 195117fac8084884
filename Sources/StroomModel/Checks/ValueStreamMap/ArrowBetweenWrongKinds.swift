import StroomSyntax

/// V312 — an arrow in a value stream map between kinds that neither flow nor cause.
///
/// "Geef de volgorde van de activiteiten aan met pijlen": in a `.vsm` map an arrow is either
/// the flow (between steps and waits) or cause-effect (between causes and problems). Anything else is attached with an attribute instead; the
/// message says which one, by the kinds at the two ends.
enum ArrowBetweenWrongKinds: CheckRule {
    static let info = RuleInfo(
        code: "V312", severity: .error,
        title: LocalizedText(nl: "Pijl tussen soorten die niet stromen", en: "Arrow between kinds that do not flow"),
        explanation: LocalizedText(
            nl: "In een waardestroomkaart betekent een pijl twee dingen: de volgorde van het werk (tussen stappen en wachttijden) of oorzaak en gevolg (tussen oorzaken en problemen). Andere dingen koppel je met een kenmerk: een probleem met bij: aan een stap, een idee met lost_op: aan een probleem, een actiepunt met uit: aan een idee, een persoon met door: aan een stap. De melding zegt welk kenmerk hier past.",
            en: "In a value stream map an arrow means one of two things: the order of the work (between steps and waits) or cause and effect (between causes and problems). Other things are linked with an attribute: a problem to a step with at:, an idea to a problem with solves:, an action point to an idea with from:, a person to a step with by:. The message says which attribute fits here."),
        example: "schrijven -> dubbel   # V312: schrijf in probleem dubbel bij: schrijven")

    static let people: Set<DeclarationKind> = [.person, .supplier, .customer, .external]

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            for edge in analysis.edges(in: map) {
                guard let from = edge.from, let to = edge.to, analysis.kind(from) != nil, analysis.kind(to) != nil,
                      analysis.role(of: edge) == .invalid else { continue }
                context.report(fileIndex: edge.edge.fileIndex, range: edge.edge.range,
                               message: message(edge, from: analysis[from], to: analysis[to]), map: map)
            }
        }
    }

    static func message(_ edge: ResolvedEdge, from: Declaration, to: Declaration) -> LocalizedText {
        let (reason, todo) = advice(edge, from: from, to: to)
        let arrow = LocalizedText(
            nl: "Een pijl van \(MessageParts.kindAndName(from, .nl)) naar \(MessageParts.kindAndName(to, .nl)) betekent niets",
            en: "An arrow from \(MessageParts.kindAndName(from, .en)) to \(MessageParts.kindAndName(to, .en)) means nothing")
        guard let reason else { return LocalizedText(nl: arrow.nl + ". " + todo.nl, en: arrow.en + ". " + todo.en) }
        return LocalizedText(nl: arrow.nl + ": " + reason.nl + ". " + todo.nl, en: arrow.en + ": " + reason.en + ". " + todo.en)
    }

    /// Why not (when it needs saying) and which attribute links the two ends instead.
    static func advice(_ edge: ResolvedEdge, from: Declaration, to: Declaration) -> (reason: LocalizedText?, todo: LocalizedText) {
        guard let fromKind = from.kind, let toKind = to.kind else { return general }
        // The two ends, whichever way the arrow points.
        func ends(_ first: Set<DeclarationKind>, _ second: Set<DeclarationKind>) -> (Declaration, Reference, Declaration, Reference)? {
            if first.contains(fromKind), second.contains(toKind) { return (from, edge.edge.from, to, edge.edge.to) }
            if first.contains(toKind), second.contains(fromKind) { return (to, edge.edge.to, from, edge.edge.from) }
            return nil
        }
        /// "Schrijf KEY: VALUE in probleem ‘OWNER’ en haal de pijl weg."
        func put(_ name: AttributeName, _ value: String, on owner: Declaration) -> (LocalizedText?, LocalizedText) {
            (nil, LocalizedText(
                nl: "Schrijf \(name.dutch): \(value) in \(MessageParts.kindAndName(owner, .nl)) en haal de pijl weg.",
                en: "Write \(name.english): \(value) in \(MessageParts.kindAndName(owner, .en)) and remove the arrow."))
        }
        if let (_, stepRef, problem, _) = ends([.step], [.problem]) {
            return put(.at, stepRef.written, on: problem)
        }
        if let (_, _, problem, _) = ends([.wait], [.problem]) {
            return (LocalizedText(nl: "een probleem hoort bij een stap, niet bij een wachttijd",
                                  en: "a problem belongs to a step, not to a wait"),
                    LocalizedText(nl: "Schrijf in \(MessageParts.kindAndName(problem, .nl)) bij: met de stap waar het speelt, en haal de pijl weg.",
                                  en: "In \(MessageParts.kindAndName(problem, .en)), write at: with the step where it occurs, and remove the arrow."))
        }
        if let (idea, _, _, solvedRef) = ends([.idea], [.problem, .cause]) {
            return put(.solves, solvedRef.written, on: idea)
        }
        if let (_, ideaRef, action, _) = ends([.idea], [.action]) {
            return put(.from, ideaRef.written, on: action)
        }
        if people.contains(fromKind), toKind == .step {
            return put(.by, edge.edge.from.written, on: to)
        }
        if let (_, ictRef, step, _) = ends([.ict], [.step]) {
            return put(.ict, ictRef.written, on: step)
        }
        if let (attached, _, _, stepRef) = ends([.data, .disruption], [.step]) {
            return put(.at, stepRef.written, on: attached)
        }
        return general
    }

    static let general = (
        reason: Optional(LocalizedText(
            nl: "pijlen tonen de stroom (tussen stappen en wachttijden) of oorzaak en gevolg (tussen oorzaken en problemen)",
            en: "arrows show the flow (between steps and waits) or cause and effect (between causes and problems)")),
        todo: LocalizedText(nl: "Koppel deze twee met een kenmerk, of haal de pijl weg.",
                            en: "Link these two with an attribute, or remove the arrow."))
}
