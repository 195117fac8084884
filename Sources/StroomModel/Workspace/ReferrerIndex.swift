import StroomSyntax

/// Who refers to each declaration, from attributes and edges, in three flat arrays.
///
/// The declarations of the workspace are numbered in workspace order (file position, then
/// position in the file); the referrers of declaration `n` are `flat[starts[n]..<starts[n + 1]]`,
/// in the order they were found: attributes file by file and declaration by declaration, then
/// each edge (its end for its start, its start for its end). A dictionary of arrays, as this was
/// before, cost a hash per reference, an array per declaration referred to, and as many frees
/// when the analysis went; it was a twelfth of a keystroke in a workspace of 200 maps.
struct ReferrerIndex: Sendable {
    /// Per file position, the number of its first declaration.
    private let firstOfFile: [Int32]
    /// Per declaration number, where its referrers start in `flat`; one more at the end.
    private let starts: [Int32]
    private let flat: [DeclarationID]
    /// The pairs whose two declarations lie in different files, in the order found: what a
    /// rule's part that looks across files goes over (``CheckRule/checkAcrossFiles(_:)``).
    let acrossFiles: [(target: DeclarationID, referrer: DeclarationID)]
    /// The table the numbers are taken from (for `all`).
    private let table: DeclarationTable

    init(typed: [FileTyping], files: [FileAnalysis], edges: [ResolvedEdge], table: DeclarationTable) {
        var first: [Int32] = []
        first.reserveCapacity(files.count)
        var count: Int32 = 0
        for file in files {
            first.append(count)
            count += Int32(file.declarations.count)
        }
        firstOfFile = first
        self.table = table
        // The pairs (target's number, referrer) in the order they are found.
        var targets: [Int32] = []
        var referrers: [DeclarationID] = []
        var perTarget = [Int32](repeating: 0, count: Int(count) + 1)
        var acrossFiles: [(target: DeclarationID, referrer: DeclarationID)] = []
        func add(_ target: DeclarationID, _ referrer: DeclarationID) {
            let number = first[table.position(of: target.file)] + Int32(target.local)
            targets.append(number)
            referrers.append(referrer)
            perTarget[Int(number) + 1] += 1
            if target.file != referrer.file { acrossFiles.append((target, referrer)) }
        }
        for (position, file) in files.enumerated() {
            typed[position].forEachValue { local, value in
                if let target = value.reference { add(target, DeclarationID(file: file.id, local: local)) }
            }
        }
        for edge in edges {
            if let from = edge.from, let to = edge.to {
                add(to, from)
                add(from, to)
            }
        }
        // Counts to starts, then each pair into its target's run, in order.
        for number in perTarget.indices.dropFirst() { perTarget[number] += perTarget[number - 1] }
        starts = perTarget
        var next = perTarget
        var flat = [DeclarationID](repeating: DeclarationID(file: FileID(0), local: 0), count: referrers.count)
        for index in targets.indices {
            let number = Int(targets[index])
            flat[Int(next[number])] = referrers[index]
            next[number] += 1
        }
        self.flat = flat
        self.acrossFiles = acrossFiles
    }

    /// The referrers of a declaration of this workspace, in the order they were found.
    subscript(id: DeclarationID) -> ArraySlice<DeclarationID> {
        guard Int(id.file.value) < table.positionOfFile.count else { return [] }
        let position = table.position(of: id.file)
        // An id of another analysis may name a file or a declaration this one does not have.
        guard position >= 0, position < firstOfFile.count, id.local < table.byFile[position].count else { return [] }
        let number = Int(firstOfFile[position]) + id.local
        guard number + 1 < starts.count else { return [] }
        return flat[Int(starts[number])..<Int(starts[number + 1])]
    }

    /// Every declaration that is referred to, with its referrers (for tests and comparisons).
    var all: [DeclarationID: [DeclarationID]] {
        var result: [DeclarationID: [DeclarationID]] = [:]
        for file in table.byFile {
            for declaration in file where !self[declaration.id].isEmpty {
                result[declaration.id] = Array(self[declaration.id])
            }
        }
        return result
    }
}
