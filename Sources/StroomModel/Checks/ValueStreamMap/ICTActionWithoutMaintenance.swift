import StroomSyntax

/// V330 — an ICT action point that says nothing about the use and maintenance afterwards.
///
/// The final report (002:550-554, 616-625): "De nadruk bij investeringen in ict ligt vaak op de
/// initiële fase (ingebruikname), maar veel minder op de gebruiksfase en het onderhoud" — the
/// tasks then land on the teachers, who come to see ICT as a cause of workload. An action point
/// is about ICT when it, or an idea it comes from, has `verbetergebied: ict`, or the idea has
/// `categorie: ict`. `onderhoud:` says how use and maintenance are arranged.
enum ICTActionWithoutMaintenance: CheckRule {
    static let info = RuleInfo(
        code: "V330", severity: .hint,
        title: LocalizedText(nl: "Ict-actiepunt zonder aandacht voor gebruik en onderhoud", en: "ICT action point without attention to use and maintenance"),
        explanation: LocalizedText(
            nl: "Bij nieuwe ict ligt de nadruk vaak op de invoering en veel minder op het gebruik daarna en het onderhoud. Dan komen er later taken bij de leraren terecht en gaan zij ict juist als oorzaak van werkdruk zien. Schrijf bij een ict-actiepunt hoe het gebruik en het onderhoud geregeld zijn: onderhoud: \"…\" (wie begeleidt, wie beheert).",
            en: "With new ICT the emphasis is often on introducing it and much less on using and maintaining it afterwards. Tasks then land on the teachers later, and they come to see ICT as a cause of workload. Write for an ICT action point how use and maintenance are arranged: maintenance: \"…\" (who supports, who maintains)."),
        example: "idee koppeling \"Systemen koppelen\" { categorie: ict }\nactie koppelen \"Koppeling aanvragen\" { uit: koppeling }   # V330\n# zo wel: actie koppelen … { uit: koppeling  onderhoud: \"ict-coördinator begeleidt het eerste jaar\" }")

    static let scope = RuleScope.map
    /// Whether it looks at the action points of this map: processes, studies, benefit logics.
    static func looksAt(_ map: DeclarationID, _ analysis: Analysis) -> Bool {
        guard let kind = analysis.kind(map) else { return false }
        return [DeclarationKind.process, .study, .benefitLogic].contains(kind)
    }

    /// The action points whose own file shows they are about ICT: their own area, or an idea
    /// of that file they come from.
    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps where looksAt(map, analysis) {
            for action in analysis.members(of: map, .action) where isAboutICT(action, analysis, acrossFiles: false) {
                report(action, in: map, &context)
            }
        }
    }

    /// The action points that only an idea in another file shows to be about ICT.
    static func checkAcrossFiles(_ context: inout CheckContext) {
        let analysis = context.analysis
        var seen: Set<DeclarationID> = []
        for (target, action) in analysis.referencesAcrossFiles where analysis.kind(action) == .action && analysis.kind(target) == .idea {
            guard seen.insert(action).inserted, let map = analysis[action].map,
                  looksAt(map, analysis),
                  !isAboutICT(action, analysis, acrossFiles: false), isAboutICT(action, analysis, acrossFiles: true) else { continue }
            report(action, in: map, &context)
        }
    }

    static func report(_ action: DeclarationID, in map: DeclarationID, _ context: inout CheckContext) {
        let analysis = context.analysis
        guard !analysis.has(action, .maintenance) else { return }
        let word = MessageParts.attribute(.maintenance, like: analysis[map])
        let subject = MessageParts.subject(analysis[action])
        context.report(on: action, message: LocalizedText(
            nl: "\(subject.nl) gaat over ict, maar zegt niet hoe het gebruik en het onderhoud daarna geregeld zijn. Schrijf erbij wie begeleidt en beheert (\(word): \"…\"), zodat die taken niet ongemerkt bij de leraren terechtkomen.",
            en: "\(subject.en) is about ICT, but does not say how use and maintenance are arranged afterwards. Write down who supports and maintains it (\(word): \"…\"), so that those tasks do not land on the teachers unnoticed."))
    }

    /// An action point about ICT: its own area, or an idea it comes from (`acrossFiles`: an
    /// idea in another file; else one in its own file).
    static func isAboutICT(_ id: DeclarationID, _ analysis: Analysis, acrossFiles: Bool) -> Bool {
        if !acrossFiles, analysis.enumValue(id, .improvementArea) == "ict" { return true }
        return analysis.references(id, .from).contains { idea in
            (idea.file != id.file) == acrossFiles && analysis.kind(idea) == .idea
                && (analysis.enumValue(idea, .category) == "ict" || analysis.enumValue(idea, .improvementArea) == "ict")
        }
    }
}
