import StroomSyntax

/// V309 — a step or wait that the flow cannot reach, or from which it reaches no end.
///
/// The step plan: "Geef de volgorde van de activiteiten aan met pijlen." Once there are
/// arrows, a step outside the run from start to end is missing one, and its time is not
/// counted in the lead time. Without arrows the written order is the flow and nothing is checked.
enum StepOutsideFlow: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V309", severity: .warning,
        title: LocalizedText(nl: "Stap buiten de stroom", en: "Step outside the flow"),
        explanation: LocalizedText(
            nl: "Zodra een proces pijlen tussen stappen heeft, bepalen die pijlen de volgorde. Een stap of wachttijd waar geen pijl heen of vandaan gaat, die vanaf het begin niet te bereiken is, of van waaruit de pijlen alleen rondgaan zonder einde, mist een pijl. Haar tijd telt dan niet goed mee in de doorlooptijd. Teken de ontbrekende pijl.",
            en: "Once a process has arrows between steps, the arrows set the order. A step or wait that no arrow reaches or leaves, that cannot be reached from the start, or from which the arrows only go round without an end, is missing an arrow. Its time is then not counted properly in the lead time. Draw the missing arrow."),
        example: "stap a \"A\"\nstap b \"B\"\nstap c \"C\"   # V309: geen pijl naar of van c\na -> b")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            let flow = analysis.flowGraph(map)
            guard flow.isExplicit else { continue }
            let disconnected = Set(flow.disconnected)
            let unreachable = Set(flow.unreachable)
            let deadEnds = Set(flow.deadEnds)
            for node in flow.nodes {
                guard let name = analysis[node].name,
                      disconnected.contains(node) || unreachable.contains(node) || deadEnds.contains(node) else { continue }
                let subject = MessageParts.subject(analysis[node])
                let message: LocalizedText
                if disconnected.contains(node) {
                    message = LocalizedText(
                        nl: "\(subject.nl) hangt los: geen pijl gaat erheen of komt eruit. Teken een pijl van de stap ervoor (… -> \(name)) en naar de stap erna (\(name) -> …).",
                        en: "\(subject.en) is not connected: no arrow goes in or out. Draw an arrow from the step before (… -> \(name)) and to the step after (\(name) -> …).")
                } else if unreachable.contains(node), deadEnds.contains(node) {
                    message = LocalizedText(
                        nl: "\(subject.nl) is vanaf het begin niet te bereiken, en vanaf hier komt de stroom nergens uit (de pijlen gaan rond). Verbind de stap met de rest van de stroom.",
                        en: "\(subject.en) cannot be reached from the start, and from here the flow never comes out (the arrows go round). Connect it to the rest of the flow.")
                } else if unreachable.contains(node) {
                    message = LocalizedText(
                        nl: "\(subject.nl) is vanaf het begin van het proces niet te bereiken. Teken een pijl ernaartoe vanaf de stap ervoor (… -> \(name)).",
                        en: "\(subject.en) cannot be reached from the start of the process. Draw an arrow to it from the step before (… -> \(name)).")
                } else if deadEnds.contains(node) {
                    message = LocalizedText(
                        nl: "Vanaf \(MessageParts.kindAndName(analysis[node], .nl)) bereikt de stroom nooit een einde; de pijlen gaan alleen rond. Teken een pijl naar de stap die erna komt (\(name) -> …).",
                        en: "From \(MessageParts.kindAndName(analysis[node], .en)) the flow never reaches an end; the arrows only go round. Draw an arrow to the step that comes next (\(name) -> …).")
                } else {
                    continue
                }
                context.report(on: node, message: message)
            }
        }
    }
}
