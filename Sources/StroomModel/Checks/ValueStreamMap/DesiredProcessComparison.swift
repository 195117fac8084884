import StroomSyntax

/// V329 — a desired or new process that replaces nothing, or whose figures are worse than
/// those of the process it replaces.
///
/// 't Blokhuus mapped its reading dossiers twice, as they were and as they became; only with
/// `vervangt:` can the two be compared figure by figure. Compared are lead time and process time
/// (only when both maps have one), system switches, hand-offs and manual registrations.
enum DesiredProcessComparison: CheckRule {
    static let info = RuleInfo(
        code: "V329", severity: .hint,
        title: LocalizedText(nl: "Gewenst proces zonder vergelijking, of met slechtere cijfers", en: "Desired process without comparison, or with worse figures"),
        explanation: LocalizedText(
            nl: "Een gewenst of nieuw proces (toestand: gewenst of nieuw) laat zien hoe het werk beter kan. Zeg met vervangt: welk huidig proces het vervangt; dan worden doorlooptijd, procestijd, systeemwissels, overdrachten en handmatige registraties vergeleken. Is een cijfer slechter dan in het oude proces, kijk dan of de nieuwe werkwijze echt beter is, of dat de kaart nog niet af is.",
            en: "A desired or new process (state: future or new) shows how the work can improve. Say with replaces: which current process it replaces; then lead time, process time, system switches, hand-offs and manual registrations are compared. When a figure is worse than in the old process, check whether the new way of working is really better, or whether the map is not finished yet."),
        example: "proces leesdossier_nieuw \"Leesdossiers (nieuw)\" { toestand: nieuw }   # V329: vervangt: leesdossier_oud")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) where analysis[map].name != nil {
            guard let state = analysis.enumValue(map, .state), state == "gewenst" || state == "nieuw" else { continue }
            if !analysis.has(map, .replaces) {
                reportReplacesNothing(map, state: state, context: &context)
                continue
            }
            guard let old = analysis.references(map, .replaces).first, old != map, analysis.kind(old) == .process else { continue }
            let worse = worseFigures(new: map, old: old, in: analysis)
            guard !worse.isEmpty else { continue }
            let subject = MessageParts.subject(analysis[map])
            let oldName = MessageParts.named(analysis[old])
            let list = LocalizedText(nl: worse.map(\.nl).joined(separator: ", "), en: worse.map(\.en).joined(separator: ", "))
            context.report(on: map, message: LocalizedText(
                nl: "\(subject.nl) heeft slechtere cijfers dan het proces dat het vervangt (\(oldName)): \(list.nl). Kijk of de nieuwe werkwijze echt beter is, of dat de kaart nog niet af is.",
                en: "\(subject.en) has worse figures than the process it replaces (\(oldName)): \(list.en). Check whether the new way of working is really better, or whether the map is not finished yet."),
                notes: [context.note(at: old, LocalizedText(nl: "het proces dat vervangen wordt", en: "the process being replaced"))])
        }
    }

    static func reportReplacesNothing(_ map: DeclarationID, state: String, context: inout CheckContext) {
        let analysis = context.analysis
        let subject = MessageParts.subject(analysis[map])
        let way = state == "gewenst"
            ? LocalizedText(nl: "een gewenste werkwijze", en: "a desired way of working")
            : LocalizedText(nl: "een nieuwe werkwijze", en: "a new way of working")
        // The fix is obvious when the workspace has exactly one current process besides this one.
        let current = analysis.maps(.process).filter {
            $0 != map && analysis[$0].name != nil && analysis.enumValue($0, .state) == "huidig"
        }
        var fixes: [Fix] = []
        if current.count == 1, let name = analysis[current[0]].name {
            let key = MessageParts.attribute(.replaces, like: analysis[map])
            fixes.append(Fixes.addAttribute(.replaces, value: name, to: map, in: analysis, title: LocalizedText(
                nl: "Voeg \(key): \(name) toe", en: "Add \(key): \(name)")))
        }
        context.report(on: map, message: LocalizedText(
            nl: "\(subject.nl) beschrijft \(way.nl), maar zegt niet welk proces het vervangt. Noem het huidige proces (vervangt: …), dan zijn de cijfers te vergelijken.",
            en: "\(subject.en) describes \(way.en), but does not say which process it replaces. Name the current process (replaces: …) so the figures can be compared."),
            fixes: fixes)
    }

    /// "doorlooptijd 3 u (was 2 u)" for every figure of `new` that is worse than `old`'s.
    static func worseFigures(new: DeclarationID, old: DeclarationID, in analysis: Analysis) -> [LocalizedText] {
        let after = analysis.processMetrics(new)
        let before = analysis.processMetrics(old)
        var result: [LocalizedText] = []
        let times: [(LocalizedText, Double, Double)] = [
            (LocalizedText(nl: "doorlooptijd", en: "lead time"), after.leadMinutes, before.leadMinutes),
            (LocalizedText(nl: "procestijd", en: "process time"), after.processMinutes, before.processMinutes),
        ]
        for (name, now, was) in times where now > 0 && was > 0 && now > was + 0.001 {
            let nowText = WorkingTimeText.text(now, map: new, in: analysis)
            let wasText = WorkingTimeText.text(was, map: old, in: analysis)
            result.append(LocalizedText(nl: "\(name.nl) \(nowText.nl) (was \(wasText.nl))", en: "\(name.en) \(nowText.en) (was \(wasText.en))"))
        }
        let counts: [(LocalizedText, Int, Int)] = [
            (LocalizedText(nl: "systeemwissels", en: "system switches"), after.systemSwitches, before.systemSwitches),
            (LocalizedText(nl: "overdrachten", en: "hand-offs"), after.handOffs, before.handOffs),
            (LocalizedText(nl: "handmatige registraties", en: "manual registrations"), after.manualRegistrations, before.manualRegistrations),
        ]
        for (name, now, was) in counts where now > was {
            result.append(LocalizedText(nl: "\(name.nl) \(now) (was \(was))", en: "\(name.en) \(now) (was \(was))"))
        }
        return result
    }
}
