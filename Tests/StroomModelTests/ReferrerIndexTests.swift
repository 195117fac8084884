@testable import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The flat ``ReferrerIndex`` says what a plain scan says: for every declaration, who names
/// it in an attribute or shares an edge with it, in the order of the scan.
@Suite struct ReferrerIndexTests {
    /// Who refers to whom, found the simple way: every typed reference of every declaration,
    /// then both ends of every edge.
    static func scanned(_ analysis: Analysis) -> [DeclarationID: [DeclarationID]] {
        var result: [DeclarationID: [DeclarationID]] = [:]
        // Typed again, declaration by declaration, apart from the flat arrays the index reads.
        var typer = Typer(declarations: analysis.table, symbols: analysis.symbols)
        for file in analysis.files {
            for declaration in file.declarations where declaration.kind != nil {
                for entry in typer.attributes(of: declaration).entries {
                    for case .reference(let target) in entry.values {
                        result[target, default: []].append(declaration.id)
                    }
                }
            }
        }
        for edge in analysis.edges {
            guard let from = edge.from, let to = edge.to else { continue }
            result[to, default: []].append(from)
            result[from, default: []].append(to)
        }
        return result
    }

    @Test func saysWhatAScanSays() throws {
        let analysis = Analysis(sources: AnalysisFromTextsTests.sources(), options: AnalysisOptions())
        let expected = Self.scanned(analysis)
        #expect(expected.count > 100, "too few references to compare")
        #expect(analysis.referrers == expected)
        for declaration in analysis.declarations {
            #expect(Array(analysis.referrers(of: declaration.id)) == expected[declaration.id] ?? [], "\(declaration.id)")
        }
        // An id of no file of this workspace has no referrers (and no crash).
        #expect(analysis.referrers(of: DeclarationID(file: FileID(90_000), local: 3)).isEmpty)
        // Nor one past the end of a file that is not the last: counted on, it would land on a
        // declaration of the next file that has referrers.
        let landing = analysis.files.indices.dropFirst().lazy.compactMap { position -> (Int, Int)? in
            analysis.files[position].declarations.firstIndex { expected[$0.id] != nil }.map { (position, $0) }
        }.first
        let (next, local) = try #require(landing)
        let before = analysis.files[next - 1]
        #expect(analysis.referrers(of: DeclarationID(file: before.id, local: before.declarations.count + local)).isEmpty)
    }
}
