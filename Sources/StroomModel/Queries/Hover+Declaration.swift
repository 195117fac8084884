import StroomSyntax

/// The hover card of a declaration: what it is, its documentation, where it lives, and the
/// figures the metrics compute for it.
extension Analysis {
    func declarationMarkdown(_ id: DeclarationID, seenFrom fileIndex: Int, _ language: Language) -> String {
        let declaration = self[id]
        var header = declaration.kind.map { "**" + MessageParts.noun($0, language).capitalizedFirst + "**" } ?? "**\(declaration.keyword)**"
        header += " " + HoverMarkdown.code(declaration.quotedName)
        if let label = declaration.label { header += " — " + HoverMarkdown.markdown(label) }
        var sections = [header]
        if let documentation = declaration.documentation {
            sections.append(HoverMarkdown.markdown(documentation))
        }
        if declaration.fileIndex != fileIndex || !declaration.isMap {
            var place: [String] = []
            if let map = declaration.map {
                place.append((language == .nl ? "kaart " : "map ") + HoverMarkdown.code(self[map].quotedName))
            }
            if declaration.fileIndex != fileIndex {
                let path = files[declaration.fileIndex].source.path
                let name = PathStyle.native.fileName(of: path)
                place.append((language == .nl ? "bestand " : "file ") + HoverMarkdown.code(name))
            }
            if !place.isEmpty { sections.append("*" + (language == .nl ? "In " : "In ") + place.joined(separator: ", ") + "*") }
        }
        let figures = hoverFigures(id, language)
        if !figures.isEmpty { sections.append(figures.map { "- " + $0 }.joined(separator: "\n")) }
        return sections.joined(separator: "\n\n")
    }

    /// The lines of figures for a declaration (empty when there is nothing to compute).
    func hoverFigures(_ id: DeclarationID, _ language: Language) -> [String] {
        guard let kind = kind(id) else { return [] }
        switch kind {
        case .process: return processFigures(id, language)
        case .study: return studyFigures(id, language)
        case .step: return stepFigures(id, language)
        case .wait: return waitFigures(id, language)
        case .observation: return observationFigures(id, language)
        case .moment: return momentFigures(id, language)
        case .problem: return problemFigures(id, language)
        case .idea: return ideaFigures(id, language)
        case .person, .ict, .external, .supplier, .customer: return actorFigures(id, language)
        case .purpose, .benefit, .theme, .activity, .initiative, .action, .opportunity, .goal, .situation:
            return self[map(of: id)].kind == .benefitLogic ? benefitFigures(id, language) : []
        case .workload: return workloadFigures(id, language)
        default: return []
        }
    }

    /// `verzamelen, schrijven` as inline code, or a dash.
    func names(_ ids: [DeclarationID]) -> String {
        ids.isEmpty ? "—" : ids.uniqued().map { HoverMarkdown.code(self[$0].quotedName) }.joined(separator: ", ")
    }

    func line(_ nl: String, _ en: String, _ value: String, _ language: Language) -> String {
        "\(language == .nl ? nl : en): \(value)"
    }

    func duration(_ minutes: Double, in id: DeclarationID, _ language: Language) -> String {
        FigureText.duration(minutes, minutesPerDay: minutesPerDay(of: map(of: id)), language)
    }
}
