import StroomSyntax

/// V320 — the same data kept in more than one ICT system.
///
/// A data item whose `in:` names two or more ICT systems is registered twice: a workload
/// source the seeds name ("staan de gegevens op meerdere plekken en is dat wel nodig?").
/// Paper does not count as a system here.
enum DataInSeveralSystems: CheckRule {
    static let info = RuleInfo(
        code: "V320", severity: .hint,
        title: LocalizedText(nl: "Gegeven in meerdere ICT-systemen", en: "Data kept in several ICT systems"),
        explanation: LocalizedText(
            nl: "Staat hetzelfde gegeven in twee of meer ICT-systemen, dan wordt het meestal dubbel ingevoerd of overgenomen. Dat kost tijd en geeft kans op verschillen. Vraag je af of het nodig is, en of één systeem de bron kan zijn waar de andere uit lezen. Papier telt hier niet mee.",
            en: "When the same data item is kept in two or more ICT systems, it is usually entered twice or copied. That costs time and invites differences. Ask whether that is needed, and whether one system can be the source the others read from. Paper does not count here."),
        example: "data dmt \"DMT-resultaat\" { bij: invoeren  in: lovs, excel }   # V320")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            for data in analysis.members(of: map, .data) where analysis[data].name != nil {
                let systems = analysis.references(data, .storedIn).filter { analysis.kind($0) == .ict }.uniqued()
                guard systems.count >= 2 else { continue }
                let names = NameList.quoted(systems, in: analysis)
                let subject = MessageParts.subject(analysis[data])
                let notes = systems.map { context.note(at: $0, LocalizedText(nl: "hier bijgehouden", en: "kept here")) }
                context.report(on: data, message: LocalizedText(
                    nl: "\(subject.nl) wordt in \(systems.count) ICT-systemen bijgehouden: \(names.nl). Is dat dubbel registreren nodig, of kan één systeem de bron zijn?",
                    en: "\(subject.en) is kept in \(systems.count) ICT systems: \(names.en). Is that double registration needed, or can one system be the source?"),
                    notes: notes)
            }
        }
    }
}
