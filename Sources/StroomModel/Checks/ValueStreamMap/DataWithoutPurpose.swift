import StroomSyntax

/// V325 — recorded data with no `doel`.
///
/// "Zijn bepaalde gegevens überhaupt nodig?" Every piece of information a process records
/// should say why (`doel:`). A measured fact about a step — a `waarde:` without `in:`, such as
/// "28 leerlingen, 4 niveaus" — is not something the process records, and is left alone.
enum DataWithoutPurpose: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V325", severity: .hint,
        title: LocalizedText(nl: "Gegeven zonder doel", en: "Data without a purpose"),
        explanation: LocalizedText(
            nl: "Zijn bepaalde gegevens überhaupt nodig? Schrijf bij elk gegeven dat het proces vastlegt waarom (doel:). Gegevens zonder doel zijn kandidaten om niet meer vast te leggen, en dat scheelt werk. Een gemeten feit over een stap (waarde: zonder in:) hoeft geen doel.",
            en: "Is certain data needed at all? Write on every data item the process records why it is recorded (purpose:). Data without a purpose is a candidate to stop recording, which saves work. A measured fact about a step (value: without in:) needs no purpose."),
        example: "data absentie \"Absentie per les\" { bij: registreren  in: parnassys }   # V325: waarom?")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            for data in analysis.members(of: map, .data) where analysis[data].name != nil {
                guard !analysis.has(data, .purpose) else { continue }
                let measuredFact = analysis.has(data, .value) && !analysis.has(data, .storedIn)
                guard !measuredFact else { continue }
                let subject = MessageParts.subject(analysis[data])
                context.report(on: data, message: LocalizedText(
                    nl: "\(subject.nl) heeft geen doel: waarom wordt het vastgelegd? Noteer het doel (doel: \"…\"), of leg het niet meer vast als het niet nodig is.",
                    en: "\(subject.en) has no purpose: why is it recorded? Note the purpose (purpose: \"…\"), or stop recording it if it is not needed."))
            }
        }
    }
}
