import StroomSyntax

/// V324 — the same data written by hand by two or more steps, or copied by hand after a
/// system link.
///
/// "Staan de gegevens op meerdere plekken en is dat wel nodig?" A data item that several
/// `handmatig: ja` steps write (`bij:`) is typed more than once; one that a `handmatig: ja` step
/// writes after an `automatisch: ja` step already did (in the order of the flow) is copied by
/// hand from what a system link delivered — 't Blokhuus's reading dossiers.
enum DataWrittenByHandTwice: CheckRule {
    static let info = RuleInfo(
        code: "V324", severity: .warning,
        title: LocalizedText(nl: "Gegeven meer dan eens met de hand vastgelegd", en: "Data written by hand more than once"),
        explanation: LocalizedText(
            nl: "Staan de gegevens op meerdere plekken, en is dat wel nodig? Als twee stappen met de hand (handmatig: ja) hetzelfde gegeven vastleggen, of als een stap met de hand overneemt wat een koppeling (automatisch: ja) al deed, wordt er dubbel werk gedaan. Laat één stap of één systeem het gegeven vastleggen en laat de rest daaruit lezen.",
            en: "Is the data kept in several places, and is that needed? When two steps write the same data item by hand (manual: yes), or a step copies by hand what a system link (automatic: yes) already did, work is done twice. Let one step or one system record the data and let the others read from it."),
        example: "stap koppeling \"Naar ParnasSys\" { automatisch: ja }\nstap overnemen \"Overnemen in Excel\" { handmatig: ja }\ndata totaal \"Totaalscore\" { bij: koppeling, overnemen }   # V324")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            let graph = analysis.flowGraph(map)
            for data in analysis.members(of: map, .data) where analysis[data].name != nil {
                let writers = analysis.writingSteps(of: data)
                let manual = writers.filter { analysis.enumValue($0, .manual) == "ja" }
                let subject = MessageParts.subject(analysis[data])
                if manual.count >= 2 {
                    let names = NameList.quoted(manual, in: analysis)
                    context.report(on: data, message: LocalizedText(
                        nl: "\(subject.nl) wordt door \(manual.count) stappen met de hand vastgelegd: \(names.nl). Is dat nodig? Laat één stap het vastleggen en de andere het daar opzoeken.",
                        en: "\(subject.en) is written by hand by \(manual.count) steps: \(names.en). Is that needed? Let one step record it and the others look it up there."),
                        notes: manual.map { context.note(at: $0, LocalizedText(nl: "met de hand", en: "by hand")) })
                    continue
                }
                let automatic = writers.filter { analysis.enumValue($0, .automatic) == "ja" }
                guard let copy = manual.first,
                      let link = automatic.first(where: { analysis.flowLeads(from: $0, to: copy, in: graph) }) else { continue }
                let step = MessageParts.named(analysis[copy])
                let system = MessageParts.named(analysis[link])
                context.report(on: data, message: LocalizedText(
                    nl: "\(subject.nl) wordt in stap \(step) met de hand overgenomen, terwijl stap \(system) het al automatisch vastlegt. Is dat overtypen nodig, of kan de koppeling het ook daar zetten?",
                    en: "\(subject.en) is copied by hand in step \(step), while step \(system) already records it automatically. Is that retyping needed, or can the link put it there too?"),
                    notes: [context.note(at: link, LocalizedText(nl: "automatisch", en: "automatic")),
                            context.note(at: copy, LocalizedText(nl: "met de hand", en: "by hand"))])
            }
        }
    }
}
