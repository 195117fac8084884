import StroomModel
import StroomSyntax

/// `stroom check --fix`: the fixes that are safe to apply without asking — the ones the
/// language server marks as preferred (`Assist.isPreferred`: the first fix of an error, a
/// "did you mean"). Applied in rounds, because one fix can make the next one possible; a round
/// only counts when it leaves fewer fixable findings, so a fix that does not fix cannot loop.
enum SafeFixes {
    /// One file that the fixes change.
    struct Change {
        let path: String
        let old: [UInt8]
        let new: [UInt8]
        let fixCount: Int
    }

    static let maximumRounds = 5

    /// The changes for the requested files of a workspace (nothing is written).
    static func changes(for entry: AnalyzedWorkspaces.Entry, options: AnalysisOptions) -> [Change] {
        var sources = entry.workspace.sources
        let requested = entry.workspace.requested
        var analysis = entry.analysis
        var counts: [String: Int] = [:]
        var fixable = Int.max
        for _ in 0..<maximumRounds {
            var editsByIndex: [Int: [[TextEdit]]] = [:]
            for (index, file) in analysis.files.enumerated() where requested.contains(file.source.path) {
                let edits = preferredEdits(analysis, fileIndex: index)
                if !edits.isEmpty { editsByIndex[index] = edits }
            }
            let count = editsByIndex.values.map(\.count).reduce(0, +)
            guard count > 0, count < fixable else { break }
            fixable = count
            for (index, edits) in editsByIndex {
                let source = analysis.files[index].source
                let applied = apply(edits, to: source.bytes)
                guard let position = sources.firstIndex(where: { $0.path == source.path }) else { continue }
                sources[position] = SourceFile(path: source.path, bytes: applied.bytes)
                counts[source.path, default: 0] += applied.count
            }
            analysis = Analysis(sources: sources, options: options)
        }
        return sources.compactMap { source in
            guard let old = entry.workspace.sources.first(where: { $0.path == source.path }), old.bytes != source.bytes else { return nil }
            return Change(path: source.path, old: old.bytes, new: source.bytes, fixCount: counts[source.path] ?? 0)
        }
    }

    /// The edits of the preferred fix of every diagnostic in the file (its own file only),
    /// one group per fix.
    static func preferredEdits(_ analysis: Analysis, fileIndex: Int) -> [[TextEdit]] {
        var fixes: [[TextEdit]] = []
        for diagnostic in analysis.diagnosticsByFile[fileIndex] where !diagnostic.fixes.isEmpty {
            let preferred = analysis.codeActions(inFile: fileIndex, range: diagnostic.range)
                .first { $0.isPreferred && $0.diagnostic == diagnostic }
            let edits = (preferred?.edit.files ?? []).filter { $0.fileIndex == fileIndex }.flatMap(\.edits)
            if !edits.isEmpty, !fixes.contains(edits) { fixes.append(edits) }
        }
        return fixes
    }

    /// The bytes with the fixes made, each fix whole or not at all; a fix that overlaps an
    /// earlier one waits for the next round.
    static func apply(_ fixes: [[TextEdit]], to bytes: [UInt8]) -> (bytes: [UInt8], count: Int) {
        var kept: [TextEdit] = []
        var count = 0
        for fix in fixes {
            let overlaps = fix.contains { edit in
                kept.contains { edit.range.utf8Start < $0.range.utf8End && $0.range.utf8Start < edit.range.utf8End
                    || edit.range.utf8Start == $0.range.utf8Start }
            }
            guard !overlaps else { continue }
            kept += fix
            count += 1
        }
        var result = bytes
        for edit in kept.sorted(by: { $0.range.utf8Start > $1.range.utf8Start }) {
            result.replaceSubrange(edit.range.utf8Start..<edit.range.utf8End, with: Array(edit.newText.utf8))
        }
        return (result, count)
    }
}
