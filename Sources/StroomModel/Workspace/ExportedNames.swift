import StroomSyntax

/// The names a workspace declares, as far as one file's typing can see another's: per file
/// its path, and per map or named member its name, kind and map. A reference written in a map
/// resolves (or fails, with the same suggestion) to the same declaration of the same kind as
/// long as these are equal, so the findings of a ``RuleScope/map`` rule in a file whose tree
/// did not change are the same as before (see `Checker`). Labels, attributes and positions are
/// not part of it: editing them in one file leaves the other files' findings alone.
///
/// Each file's part depends on its lowering only and is kept with it (``FileAnalysis``); it
/// names places by position in the file, never by the file's ``FileID``, and the file by its
/// path. The list is in workspace order, so equal names also mean equal file positions.
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
        /// Per name, its position among the file's declarations: what its id says besides the
        /// file. Apart from `names`, because the checks' findings do not depend on it (see
        /// ``ExportedNames/sameNames(as:)``), while typed values, which hold ids, do.
        let locals: [Int]

        init(path: String, declarations: [Declaration]) {
            self.path = path
            var names: [Name] = []
            var locals: [Int] = []
            for declaration in declarations where declaration.isMap || declaration.name != nil {
                names.append(Name(name: declaration.name, kind: declaration.kind, mapOffset: declaration.map?.local))
                locals.append(declaration.id.local)
            }
            self.names = names
            self.locals = locals
        }
    }

    let files: [File]

    init(files: [FileAnalysis]) {
        self.files = files.map(\.exportedNames)
    }

    /// Whether the same names are declared in the same files, wherever they stand among the
    /// files' declarations: enough for the findings of the ``RuleScope/map`` rules.
    func sameNames(as other: ExportedNames) -> Bool {
        files.count == other.files.count
            && zip(files, other.files).allSatisfy { $0.path == $1.path && $0.names == $1.names }
    }
}
