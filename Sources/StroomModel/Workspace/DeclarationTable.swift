import StroomSyntax

/// Finds a declaration by its id: the declarations of every file (each file's array as its
/// lowering made it, shared with ``FileAnalysis/declarations``, never copied), and per
/// ``FileID`` the position of its file in the workspace.
///
/// Ids carry no order of their own (a file added later may stand before older ones), so the
/// workspace order — file position, then position in the file — is asked of the table.
struct DeclarationTable: Sendable {
    /// Per file position, its declarations in source order.
    let byFile: [[Declaration]]
    /// Per ``FileID/value``, the position of that file; -1 for an id not in this workspace.
    let positionOfFile: [Int32]

    init(files: [FileAnalysis]) {
        byFile = files.map(\.declarations)
        var positions = [Int32](repeating: -1, count: Int(files.map(\.id.value).max().map { $0 + 1 } ?? 0))
        for (position, file) in files.enumerated() { positions[Int(file.id.value)] = Int32(position) }
        positionOfFile = positions
    }

    /// The position in the workspace of a file.
    @inline(__always)
    func position(of file: FileID) -> Int { Int(positionOfFile[Int(file.value)]) }

    /// Yielded in place (`_read`), so that `table[id].kind` reads the kind where it lies: a
    /// getter copied the whole declaration (a retain for each of its texts and arrays, on
    /// objects every core's rules share), and the checks ask for one part of one tens of
    /// thousands of times.
    @inline(__always)
    subscript(id: DeclarationID) -> Declaration {
        _read { yield byFile[position(of: id.file)][id.local] }
    }

    /// Whether `lhs` comes before `rhs` in workspace order (file position, then source order).
    func precedes(_ lhs: DeclarationID, _ rhs: DeclarationID) -> Bool {
        if lhs.file == rhs.file { return lhs.localIndex < rhs.localIndex }
        return position(of: lhs.file) < position(of: rhs.file)
    }

    /// Every declaration, in workspace order.
    var all: FlattenSequence<[[Declaration]]> { byFile.joined() }
}

extension Analysis {
    /// Whether `lhs` comes before `rhs` in the workspace: by file position, then source order.
    public func precedes(_ lhs: DeclarationID, _ rhs: DeclarationID) -> Bool {
        table.precedes(lhs, rhs)
    }

    /// Ids in workspace order (file position, then source order).
    public func inWorkspaceOrder(_ ids: some Sequence<DeclarationID>) -> [DeclarationID] {
        ids.sorted(by: table.precedes)
    }

    /// Every declaration of the workspace, in workspace order.
    public var declarations: FlattenSequence<[[Declaration]]> { table.all }

    /// The declaration with an id, yielded in place: `analysis[id].name` copies the name only.
    public subscript(id: DeclarationID) -> Declaration {
        _read { yield table[id] }
    }
}
