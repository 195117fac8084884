import Foundation
@testable import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The outline of one file from its tree alone (what the language server answers
/// `documentSymbol` with) is the outline the workspace's analysis gives, item for item and range
/// for range, in both languages; and a benefit logic that names what only other files declare
/// says it is not self-contained instead of guessing.
@Suite struct FileOutlineTests {
    /// The outline of each file of `analysis` against ``FileOutline``'s; the files that are
    /// not self-contained are returned (their outline may differ).
    static func compare(_ analysis: Analysis, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        var notSelfContained: [String] = []
        for (index, file) in analysis.files.enumerated() {
            let alone = FileOutline(tree: file.tree)
            guard alone.isSelfContained else {
                notSelfContained.append(file.source.path)
                continue
            }
            for language in Language.allCases {
                let expected = OutlineTests.dump(analysis.outline(ofFile: index, language: language), file.source)
                let actual = OutlineTests.dump(alone.outline(language: language), file.source)
                #expect(actual == expected, "\(file.source.path), \(language)", sourceLocation: sourceLocation)
            }
        }
        return notSelfContained
    }

    @Test func everySampleHasTheOutlineOfTheWorkspace() {
        let analysis = SamplesTests.analysis
        let notSelfContained = Self.compare(analysis)
        // Every sample's benefit logic names only its own members.
        #expect(notSelfContained.isEmpty, "\(notSelfContained)")
        #expect(analysis.files.contains { $0.maps.contains { analysis[$0].kind == .benefitLogic } })
    }

    /// Every seventh line of each sample left out in turn: broken blocks, missing stakeholders,
    /// purposes whose `wie:` names nothing any more.
    @Test(arguments: OutlineTests.samples.map(\.lastPathComponent))
    func samplesWithLinesLeftOut(name: String) throws {
        let url = try #require(OutlineTests.samples.first { $0.lastPathComponent == name })
        let lines = String(decoding: RepositoryPaths.read(url), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for start in stride(from: 0, to: lines.count, by: max(1, lines.count / 12)) {
            var kept = lines
            for index in stride(from: start, to: lines.count, by: 7).reversed() { kept.remove(at: index) }
            let analysis = Analysis(sources: [SourceFile(path: name, text: kept.joined(separator: "\n"))])
            _ = Self.compare(analysis)
        }
    }

    static let logic = """
        batenlogica b "B" {
          stakeholder ouders "Ouders" {
            bedoeling genest "Genest" { wie: leraren }
          }
          stakeholder leraren "Leraren"
          thema t "T" {
            activiteit a1 "A1"
          }
          thema u "U"
          bedoeling eigen "Eigen" { wie: ouders  wie: leraren }
          bedoeling verkeerd "Verkeerd" { wie: t }
          bedoeling van_niemand "Niemand"
          activiteit a2 "A2" { thema: u }
          activiteit a3 "A3" { thema: t }
          initiatief i1 "I1" { thema: u }
          activiteit los "Los"
        }

        """

    @Test func namesOfTheMapItselfResolveAsInTheWorkspace() {
        let analysis = Analysis(sources: [SourceFile(path: "b.batenlogica", text: Self.logic)])
        #expect(Self.compare(analysis).isEmpty)
        // What the outline reads: `wie:` implied by nesting and written, of the right kind only.
        let outline = FileOutline(tree: analysis.files[0].tree).outline(language: .nl)
        let purpose = outline[0].children.first { $0.label == "Bedoeling" }
        #expect(purpose?.children.map(\.label) == ["ouders", "leraren", "verkeerd", "van_niemand"])
        #expect(purpose?.children[0].children.map(\.label) == ["genest", "eigen"])
        #expect(purpose?.children[1].children.map(\.label) == ["genest"])
    }

    @Test(arguments: ["wie: andere.x", "wie: andere", "wie: onbekend", "thema: andere.t"])
    func namesOfOtherFilesNeedTheWorkspace(value: String) {
        let text = Self.logic.replacingOccurrences(of: "bedoeling van_niemand \"Niemand\"",
                                                   with: "bedoeling van_niemand \"Niemand\" { \(value) }")
            .replacingOccurrences(of: "activiteit los \"Los\"", with: "activiteit los \"Los\" { \(value) }")
        let other = "batenlogica andere \"A\" {\n  stakeholder x \"X\"\n  thema t \"T\"\n}\n"
        let analysis = Analysis(sources: [SourceFile(path: "a.batenlogica", text: other), SourceFile(path: "b.batenlogica", text: text)])
        #expect(Self.compare(analysis) == ["b.batenlogica"])
    }

    /// Random edits of a workspace of processes: the outline never needs the other files.
    @Test func walkedWorkspacesHaveTheOutlineOfTheWorkspace() throws {
        var walk = try WorkspaceWalk(seed: 12)
        for _ in 0..<150 {
            _ = walk.step()
            #expect(Self.compare(Analysis(trees: walk.trees)).isEmpty)
        }
    }
}
