import StroomSyntax

/// A place in the workspace: a file (by index into `Analysis.files`, and by path) and a UTF-8
/// range in it. What definition, references and workspace symbols return.
public struct TextLocation: Hashable, Sendable, CustomStringConvertible {
    public let fileIndex: Int
    public let path: String
    public let range: TextRange

    public init(fileIndex: Int, path: String, range: TextRange) {
        self.fileIndex = fileIndex
        self.path = path
        self.range = range
    }

    public var description: String { "\(path)@\(range)" }
}

/// Text edits in several files: what a rename or a code action changes. Files are listed in
/// workspace order, edits in each file by position, and no two edits of a file overlap.
public struct SourceChange: Hashable, Sendable {
    /// The edits of one file.
    public struct FileEdits: Hashable, Sendable {
        public let fileIndex: Int
        public let path: String
        public let edits: [TextEdit]
    }

    public let files: [FileEdits]

    public init(files: [FileEdits]) {
        self.files = files
    }

    /// Groups edits by file, sorts them, and drops exact duplicates.
    init(_ edits: [(fileIndex: Int, edit: TextEdit)], in analysis: Analysis) {
        var byFile: [Int: [TextEdit]] = [:]
        for (fileIndex, edit) in edits where !(byFile[fileIndex]?.contains(edit) ?? false) {
            byFile[fileIndex, default: []].append(edit)
        }
        files = byFile.keys.sorted().map { index in
            FileEdits(fileIndex: index, path: analysis.files[index].source.path,
                      edits: byFile[index]!.sorted { $0.range < $1.range })
        }
    }

    public var isEmpty: Bool { files.allSatisfy(\.edits.isEmpty) }
}

extension Analysis {
    /// The place of a declaration's name (its keyword when the name is missing).
    public func location(of id: DeclarationID) -> TextLocation {
        let declaration = self[id]
        return TextLocation(fileIndex: declaration.fileIndex, path: files[declaration.fileIndex].source.path,
                        range: declaration.nameRange)
    }

    /// A range in a file as a location.
    public func location(fileIndex: Int, range: TextRange) -> TextLocation {
        TextLocation(fileIndex: fileIndex, path: files[fileIndex].source.path, range: range)
    }
}
