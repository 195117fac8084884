import StroomModel
import StroomSyntax

/// The maps of one file that a picture shows, and the view it shows them in.
struct ExportSelection {
    let maps: [DeclarationID]
    let view: ExportView
    /// Maps of the file that have no such view (left out, with a comment in the output).
    let skipped: [DeclarationID]

    /// Picks the maps of the file at `path` (all, or the one `--map` names) and the view.
    static func make(_ analysis: Analysis, path: String, options: ExportOptions) -> Result<ExportSelection, ExportProblem> {
        guard let file = analysis.files.first(where: { $0.source.path == path }) else {
            return .failure(ExportProblem(message: LocalizedText(nl: "‘\(path)’ hoort niet bij de werkruimte.",
                                                                 en: "‘\(path)’ is not part of the workspace.")))
        }
        var maps = file.maps
        if let wanted = options.mapName {
            let names = maps.compactMap { analysis[$0].name }
            guard let found = maps.first(where: { analysis[$0].name == wanted }) else {
                let suggestion = Suggestions.nearest(to: wanted, in: names)
                let list = names.isEmpty ? LocalizedText(nl: "het bestand heeft geen kaart", en: "the file has no map")
                    : LocalizedText(nl: "kies uit: \(names.joined(separator: ", "))", en: "choose from: \(names.joined(separator: ", "))")
                return .failure(ExportProblem(message: LocalizedText(
                    nl: "Geen kaart ‘\(wanted)’ in \(path).\(suggestion.map { " Bedoel je ‘\($0)’?" } ?? "") (\(list.nl))",
                    en: "No map ‘\(wanted)’ in \(path).\(suggestion.map { " Did you mean ‘\($0)’?" } ?? "") (\(list.en))")))
            }
            maps = [found]
        }
        let kinds = maps.compactMap { analysis.kind($0) }
        guard let view = options.view ?? kinds.first.flatMap({ ExportView.views(for: $0).first }) else {
            // An empty file: the default view of its file type, drawn as an empty picture.
            let view: ExportView = FileType(path: path) == .benefitLogic ? .benefits : .flow
            return .success(ExportSelection(maps: [], view: view, skipped: []))
        }
        let drawn = maps.filter { analysis.kind($0).map { ExportView.views(for: $0).contains(view) } ?? false }
        if drawn.isEmpty, !maps.isEmpty {
            let possible = kinds.flatMap { ExportView.views(for: $0) }.map(\.rawValue).uniqued()
            let kindWord = kinds.first.map { LocalizedText(nl: $0.dutch, en: $0.english) } ?? LocalizedText(nl: "kaart", en: "map")
            return .failure(ExportProblem(message: LocalizedText(
                nl: "Een \(kindWord.nl) heeft geen weergave ‘\(view.rawValue)’; kies uit: \(possible.joined(separator: ", ")).",
                en: "A \(kindWord.en) has no ‘\(view.rawValue)’ view; choose from: \(possible.joined(separator: ", ")).")))
        }
        return .success(ExportSelection(maps: drawn, view: view, skipped: maps.filter { !drawn.contains($0) }))
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

/// What the command line asks for, checked before the file's errors: `--view stakeholders` on a
/// process is a wrong command line whatever the file holds (exit 2 before exit 1).
public enum ExportRequest {
    /// Why the file's maps have no such view, if they have none (the maps that parsed).
    public static func viewProblem(_ analysis: Analysis, path: String, options: ExportOptions) -> ExportProblem? {
        guard options.view != nil else { return nil }
        var anyMap = options
        anyMap.mapName = nil
        if case .failure(let problem) = ExportSelection.make(analysis, path: path, options: anyMap) { return problem }
        return nil
    }
}
