import StroomModel
import StroomSyntax

/// A workspace analysed as a whole at one moment: the ``Analysis`` and which document each of
/// its files is, with the version of each open document that went in.
struct AnalyzedWorkspace: Sendable {
    let analysis: Analysis
    /// The document of each file, indexed like `analysis.files`.
    let keys: [DocumentKey]
    let indexByKey: [DocumentKey: Int]
    /// Workspace-relative path (as in `Note.path`) to document.
    let keyByPath: [String: DocumentKey]
    /// The version of every open document that was analysed; absent for files from disk.
    let versions: [DocumentKey: Int]

    /// Analyses the current texts: open snapshots where there are (their trees, parsed again
    /// only where an edit was), disk files elsewhere (their texts). A file whose text did not
    /// change takes its lowering from the workspace's last analysis. Nil when `cancellation`
    /// stops it (a newer edit arrived).
    init?(workspace: Workspace, documents: DocumentStore, options: AnalysisOptions, cancellation: AnalysisCancellation = .never) {
        var inputs: [(key: DocumentKey, input: FileInput)] = []
        var versions: [DocumentKey: Int] = [:]
        for key in workspace.keys {
            if let snapshot = documents.snapshot(key) {
                inputs.append((key, .tree(snapshot.tree(limit: workspace.configuration.fileSizeLimit))))
                versions[key] = snapshot.version
            } else if let source = workspace.diskSources[key] {
                inputs.append((key, .source(source)))
            }
        }
        // Declaration order decides which of two duplicates is "the first": keep it stable.
        inputs.sort { ($0.input.source.path, $0.key) < ($1.input.source.path, $1.key) }
        guard let analysis = Analysis(inputs: inputs.map(\.input), options: options, reusing: workspace.lastAnalysis,
                                      cancellation: cancellation) else { return nil }
        self.analysis = analysis
        keys = inputs.map(\.key)
        var indexByKey: [DocumentKey: Int] = [:]
        var keyByPath: [String: DocumentKey] = [:]
        for (index, entry) in inputs.enumerated() {
            indexByKey[entry.key] = index
            keyByPath[entry.input.source.path] = entry.key
        }
        self.indexByKey = indexByKey
        self.keyByPath = keyByPath
        self.versions = versions
    }

    /// The files whose declarations name a declaration of the file at `index` (so an edit there
    /// can change what they report), in file order.
    func dependants(of index: Int) -> [Int] {
        guard analysis.files.count > 1 else { return [] }
        var result = Set<Int>()
        for declaration in analysis.files[index].declarations {
            for referrer in analysis.referrers(of: declaration.id) {
                let file = analysis[referrer].fileIndex
                if file != index { result.insert(file) }
            }
        }
        return result.sorted()
    }
}
