import StroomSyntax

/// V331 — ideas or action points in a map whose team did not agree on the problems.
///
/// The final report (002:315-321): "het is belangrijk dat het team eerst met elkaar de
/// knelpunten identificeert en hier overeenstemming over heeft … Pas daarna is het zinnig om,
/// opnieuw in teamverband, oplossingen te bedenken"; Akkrum's step 5 starts with "Kom tot
/// overeenstemming over de volledigheid van de problemen" (000:1228-1230). A map says so with
/// `overeenstemming:`; only `nee` next to ideas or action points is a finding (a map that says
/// nothing is not judged).
enum SolutionsBeforeAgreement: CheckRule {
    static let info = RuleInfo(
        code: "V331", severity: .warning,
        title: LocalizedText(nl: "Oplossingen voordat het team het eens is over de knelpunten", en: "Solutions before the team agreed on the problems"),
        explanation: LocalizedText(
            nl: "Eerst stelt het team samen de knelpunten vast en wordt het het daarover eens; pas daarna is het zinnig om, weer samen, oplossingen te bedenken. Staat er overeenstemming: nee en toch al ideeën of actiepunten, bespreek dan eerst de knelpunten tot het team het eens is, en zet daarna overeenstemming: ja.",
            en: "First the team establishes the problems together and agrees on them; only then does it make sense to think of solutions, again together. When the map says agreement: no and still has ideas or action points, discuss the problems first until the team agrees, then write agreement: yes."),
        example: "proces p \"P\" {\n  overeenstemming: nee   # V331\n  idee koppeling \"Systemen koppelen\"\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            let declaration = analysis[map]
            guard analysis.enumValue(map, .agreement) == "nee", let attribute = declaration.attribute(.agreement) else { continue }
            let solutions = analysis.members(of: map, .idea, .action)
            guard !solutions.isEmpty else { continue }
            let ideas = solutions.filter { analysis.kind($0) == .idea }.count
            let actions = solutions.count - ideas
            let counted = LocalizedText(
                nl: [ideas > 0 ? MessageParts.count(ideas, "idee", "ideeën") : nil,
                     actions > 0 ? MessageParts.count(actions, "actiepunt", "actiepunten") : nil].compactMap { $0 }.joined(separator: " en "),
                en: [ideas > 0 ? MessageParts.count(ideas, "idea", "ideas") : nil,
                     actions > 0 ? MessageParts.count(actions, "action point", "action points") : nil].compactMap { $0 }.joined(separator: " and "))
            let subject = MessageParts.subject(declaration)
            context.report(fileIndex: declaration.fileIndex, range: attribute.range, message: LocalizedText(
                nl: "\(subject.nl) zegt dat het team het nog niet eens is over de knelpunten, maar heeft al \(counted.nl). Bespreek eerst samen de knelpunten tot het team het eens is; bedenk daarna pas oplossingen.",
                en: "\(subject.en) says the team does not yet agree on the problems, but already has \(counted.en). First agree on the problems together; only then think of solutions."),
                map: map, notes: [context.note(at: solutions[0], LocalizedText(nl: "de eerste oplossing", en: "the first solution"))])
        }
    }
}
