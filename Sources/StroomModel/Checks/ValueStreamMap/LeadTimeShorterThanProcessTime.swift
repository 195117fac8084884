import StroomSyntax

/// V316 — a process whose lead time is shorter than its process time.
///
/// The lead time is the longest path through the flow; the process time adds up every step.
/// The first can only be the smaller one when arrows put steps on parallel branches (or leave
/// steps off the path), so the figures of the map ("kwantificeer processtappen") contradict
/// each other until the arrows are checked.
enum LeadTimeShorterThanProcessTime: CheckRule {
    static let info = RuleInfo(
        code: "V316", severity: .warning,
        title: LocalizedText(nl: "Doorlooptijd korter dan procestijd", en: "Lead time shorter than process time"),
        explanation: LocalizedText(
            nl: "De doorlooptijd is het langste pad door de pijlen; de procestijd is de tijd van alle stappen samen. Is de doorlooptijd korter, dan staan er stappen naast elkaar (parallel) of los van het pad, en tellen ze niet mee. Controleer de pijlen: moeten die stappen na elkaar komen? De verwante plekken wijzen de stappen aan die niet op het langste pad liggen.",
            en: "The lead time is the longest path along the arrows; the process time is the time of all steps together. When the lead time is shorter, some steps sit side by side (parallel) or off the path, and do not count. Check the arrows: should those steps follow each other? The related locations point at the steps that are not on the longest path."),
        example: "stap a \"A\" { tijd: 1u }  stap b \"B\" { tijd: 2u }  stap c \"C\" { tijd: 1u }\na -> b\na -> c   # V316: b en c staan naast elkaar; doorlooptijd 3 u, procestijd 4 u")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) where analysis[map].name != nil {
            let metrics = analysis.processMetrics(map)
            guard metrics.processMinutes > 0, metrics.leadMinutes + 0.001 < metrics.processMinutes else { continue }
            let lead = WorkingTimeText.text(metrics.leadMinutes, map: map, in: analysis)
            let process = WorkingTimeText.text(metrics.processMinutes, map: map, in: analysis)
            let onPath = Set(metrics.criticalPath)
            let offPath = analysis.members(of: map, .step).filter { !onPath.contains($0) && (analysis.minutes($0, .time) ?? 0) > 0 }
            let notes = offPath.map { context.note(at: $0, LocalizedText(nl: "niet op het langste pad", en: "not on the longest path")) }
            let subject = MessageParts.subject(analysis[map])
            context.report(on: map, message: LocalizedText(
                nl: "\(subject.nl) heeft een doorlooptijd van \(lead.nl), korter dan de procestijd van \(process.nl). Controleer de pijlen: stappen die naast elkaar staan tellen niet mee in de doorlooptijd.",
                en: "\(subject.en) has a lead time of \(lead.en), shorter than its process time of \(process.en). Check the arrows: steps that sit side by side do not count towards the lead time."),
                notes: notes)
        }
    }
}
