import StroomSyntax

/// The names a workspace declares, as far as one file's typing can see another's: per file
/// its path, and per map or named member its name, kind and map. A reference written in a map
/// resolves (or fails, with the same suggestion) to the same declaration of the same kind as
/// long as these are equal, so the findings of a ``RuleScope/map`` rule in a file whose tree
/// did not change are the same as before (see `Checker`). Labels, attributes and positions are
/// not part of it: editing them in one file leaves the other files' findings alone.
struct ExportedNames: Equatable, Sendable {
    struct Name: Equatable, Sendable {
        let name: String?
        let kind: DeclarationKind?
        /// The position of its map among the file's declarations; nil for a map.
        let mapOffset: Int?
    }

    struct File: Equatable, Sendable {
        let path: String
        let names: [Name]
    }

    let files: [File]

    init(files: [FileAnalysis], declarations: [Declaration]) {
        self.files = files.map { file in
            let first = file.declarationRange.lowerBound
            var names: [Name] = []
            for declaration in declarations[file.declarationRange] where declaration.isMap || declaration.name != nil {
                names.append(Name(name: declaration.name, kind: declaration.kind, mapOffset: declaration.map.map { $0.index - first }))
            }
            return File(path: file.source.path, names: names)
        }
    }
}
