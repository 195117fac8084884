import StroomPlatform
import StroomModel
import StroomSyntax

/// What `stroom new` checks about the file it is about to write.
extension NewCommand {
    static func isFolder(_ path: String) -> Bool {
        return FileManager.default.itemKind(atPath: path) == .folder
    }

    /// `-o x.txt` or `-o plan.vsm` for a benefit logic: the file would not be read as this
    /// method's map (W601, or the wrong kind of file).
    static func wrongExtension(of output: String, method: Method, expected: String) -> LocalizedText? {
        let actual = PathStyle.native.fileExtension(of: output)
        guard actual.lowercased() != expected else { return nil }
        let given = actual.isEmpty
            ? LocalizedText(nl: "‘\(output)’ heeft geen extensie", en: "‘\(output)’ has no extension")
            : LocalizedText(nl: "‘\(output)’ eindigt op .\(actual)", en: "‘\(output)’ ends in .\(actual)")
        return LocalizedText(
            nl: "\(given.nl), maar een kaart van \(method.word) is een .\(expected)-bestand. Geef -o een naam die op .\(expected) eindigt, of een map.",
            en: "\(given.en), but a \(method.word) map is a .\(expected) file. Give -o a name ending in .\(expected), or a folder.")
    }

    /// A map with this id already in the workspace the new file joins (it would be N104).
    static func existingMap(_ id: String, near target: String, context: CommandContext) -> LocalizedText? {
        guard let folder = PathStyle.native.parent(of: target), isFolder(folder) else { return nil }
        var loader = WorkspaceLoader(currentDirectory: context.currentDirectory)
        for workspace in loader.load([folder]) {
            let analysis = Analysis(sources: workspace.sources,
                                    options: AnalysisOptions(today: context.today, configuration: workspace.configuration))
            guard let map = analysis.mapsByName[id]?.first else { continue }
            let path = loader.displayPath(analysis.path(of: map))
            return LocalizedText(
                nl: "er is al een kaart ‘\(id)’ in deze werkruimte (\(path)); twee kaarten met dezelfde naam geven fout N104. Kies een andere naam.",
                en: "there is already a map ‘\(id)’ in this workspace (\(path)); two maps with the same name are error N104. Choose another name.")
        }
        return nil
    }
}
