import Foundation
@testable import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The property of the incremental model: after any sequence of edits, file additions,
/// removals and renames, the analysis the language server chains (each one reusing the one
/// before) says exactly what an analysis from scratch says — every file's diagnostics (code,
/// range, severity, message in both languages, notes, fixes), the figures of every map, every
/// file's outline, and the references of some names. Random steps from a fixed seed; a failure
/// names the seed and the step. `STROOM_PROPERTY_STEPS` sets the number of steps.
@Suite struct IncrementalAnalysisPropertyTests {
    static let steps = ProcessInfo.processInfo.environment["STROOM_PROPERTY_STEPS"].flatMap(Int.init) ?? 1000

    @Test(arguments: [UInt64(9), 2026])
    func chainedAnalysesEqualAnalysesFromScratch(seed: UInt64) throws {
        var walk = try WorkspaceWalk(seed: seed)
        var incremental = Analysis(trees: walk.trees, options: Self.options)
        for step in 0..<Self.steps {
            let what = walk.step()
            let trees = walk.trees
            incremental = Analysis(inputs: Self.inputs(trees, step: step), options: Self.options, reusing: incremental)!
            let fresh = Analysis(trees: trees, options: Self.options)
            if let difference = Self.firstDifference(incremental, fresh) {
                Issue.record("seed \(seed), step \(step) (\(what)): \(difference)")
                return
            }
        }
    }

    /// The files as the language server gives them: the open documents as trees, the others
    /// as texts. Which files are open changes every few steps, so that files are opened and
    /// closed, and edited both ways.
    static func inputs(_ trees: [SyntaxTree], step: Int) -> [FileInput] {
        trees.map { tree in
            let isOpen = (tree.source.path.utf8.reduce(0) { $0 + Int($1) } + step / 4) % 3 != 0
            return isOpen ? .tree(tree) : .source(tree.source)
        }
    }

    /// Everything a file's lowering says, with declarations named by their place in the file
    /// (the file's id differs between the two chains).
    static func lowering(_ file: FileAnalysis) -> [String] {
        file.declarations.map { d in
            "\(d.id.local) \(String(describing: d.kind)) \(d.keyword) \(d.keywordRange) \(d.name ?? "-") \(d.nameRange) "
                + "\(d.label ?? "-") \(String(describing: d.labelRange)) \(d.range) \(d.fileIndex) \(String(describing: d.map?.local)) "
                + "\(String(describing: d.parent?.local)) \(d.children.map(\.local)) \(d.attributes) \(d.documentation ?? "-")"
        } + file.loweredEdges.map { e in
            "edge \(e.from) \(e.to) \(e.attributes) \(e.range) \(e.fileIndex) \(e.map.local)"
        } + file.directives.map { "directive \($0)" }
    }

    /// A date, so that the rules on overdue actions take part.
    static let options = AnalysisOptions(today: DayDate(year: 2024, month: 3, day: 1))

    /// The first thing the two analyses say differently; nil when they agree.
    static func firstDifference(_ incremental: Analysis, _ fresh: Analysis) -> String? {
        guard incremental.files.map(\.source.path) == fresh.files.map(\.source.path) else { return "files" }
        for index in fresh.files.indices {
            let path = fresh.files[index].source.path
            // Lowering takes the statements an edit did not touch from the lowering before:
            // what it gives must be what lowering the file from scratch gives, ranges included.
            if lowering(incremental.files[index]) != lowering(fresh.files[index]) {
                return "lowering of \(path)"
            }
            if incremental.diagnosticsByFile[index] != fresh.diagnosticsByFile[index] {
                let extra = Set(incremental.diagnosticsByFile[index]).subtracting(fresh.diagnosticsByFile[index])
                let missing = Set(fresh.diagnosticsByFile[index]).subtracting(incremental.diagnosticsByFile[index])
                return "diagnostics of \(path): extra \(extra.map(\.code)), missing \(missing.map(\.code))"
            }
            // Outline items name their declaration: by place (see `AnalysisReuseTests.placed`).
            for language in [Language.nl, .en] where
                AnalysisReuseTests.placed(incremental.outline(ofFile: index, language: language), in: incremental)
                != AnalysisReuseTests.placed(fresh.outline(ofFile: index, language: language), in: fresh) {
                return "outline of \(path)"
            }
        }
        // The same declaration has another id in each (its file's id stays with its path along
        // the chain): the chained analysis's id of a declaration is found by its place, the
        // position of its file and its position in the file.
        var fileIDs: [FileID: FileID] = [:]
        for (freshFile, chainedFile) in zip(fresh.files, incremental.files) { fileIDs[freshFile.id] = chainedFile.id }
        let chained = { (id: DeclarationID) in DeclarationID(file: fileIDs[id.file]!, local: id.local) }
        for map in fresh.maps {
            switch fresh[map].kind {
            case .process where !sameFigures(incremental.processMetrics(chained(map)), fresh.processMetrics(map), chained):
                return "figures of process \(fresh[map].name ?? "?")"
            case .benefitLogic where incremental.contribution(chained(map)).contributing != Set(fresh.contribution(map).contributing.map(chained))
                || incremental.contribution(chained(map)).contributorsByPurpose
                    != Dictionary(uniqueKeysWithValues: fresh.contribution(map).contributorsByPurpose.map { (chained($0.key), $0.value.map(chained)) }):
                return "contributions of \(fresh[map].name ?? "?")"
            default:
                continue
            }
        }
        guard incremental.files.map(\.declarations.count) == fresh.files.map(\.declarations.count) else { return "declaration count" }
        var seen = 0
        for (position, file) in fresh.files.enumerated() {
            for local in file.declarations.indices {
                defer { seen += 1 }
                guard seen % 7 == 0 else { continue }
                let id = DeclarationID(file: file.id, local: local)
                guard incremental[chained(id)].name == fresh[id].name else { return "declaration \(position).\(local)" }
                if incremental.references(to: chained(id), includeDeclaration: true) != fresh.references(to: id, includeDeclaration: true) {
                    return "references of \(fresh[id].name ?? "?")"
                }
            }
        }
        return nil
    }

    /// Every figure of a process (dictionaries compared as values: their descriptions' order
    /// may differ between two equal ones); `chained` gives `lhs`'s id of a declaration `rhs` names.
    static func sameFigures(_ lhs: ProcessMetrics, _ rhs: ProcessMetrics, _ chained: (DeclarationID) -> DeclarationID) -> Bool {
        func same(_ a: Double?, _ b: Double?) -> Bool { a == b || (a?.isNaN == true && b?.isNaN == true) }
        return same(lhs.processMinutes, rhs.processMinutes) && same(lhs.waitMinutes, rhs.waitMinutes)
            && same(lhs.leadMinutes, rhs.leadMinutes) && lhs.criticalPath == rhs.criticalPath.map(chained)
            && same(lhs.activityRatio, rhs.activityRatio) && same(lhs.valueAddingMinutes, rhs.valueAddingMinutes)
            && same(lhs.rolledCompleteAccurate, rhs.rolledCompleteAccurate) && lhs.systemSwitches == rhs.systemSwitches
            && lhs.handOffs == rhs.handOffs && lhs.manualRegistrations == rhs.manualRegistrations
            && lhs.stepsWithoutTime == rhs.stepsWithoutTime && lhs.problemsPerPhase == rhs.problemsPerPhase
            && lhs.ideasPerQuadrant == rhs.ideasPerQuadrant && lhs.openActions == rhs.openActions.map(chained)
            && lhs.workloadFrequency == rhs.workloadFrequency
    }

    /// The chained analysis takes the `.map` findings of a file from the analysis before only
    /// when it may: same tree, same names everywhere, same date; and its typing and figures only
    /// when every id still means the same.
    @Test func onlyUnchangedFilesTakeTheirMapFindingsFromBefore() throws {
        let a = SyntaxTree.parse(SourceFile(path: "a.vsm", text: "proces a \"A\" {\n  stap s \"S\"\n}\n"))
        let b = SyntaxTree.parse(SourceFile(path: "b.vsm", text: "proces b \"B\" {\n  stap t \"T\" { tijd: 1,5u }\n}\n"))
        let before = Analysis(trees: [a, b])
        let labelEdited = SyntaxTree.parse(SourceFile(path: "a.vsm", text: "proces a \"A!\" {\n  stap s \"S\"\n}\n"))
        let labelOnly = Analysis(trees: [labelEdited, b], reusing: before)
        #expect(Checker.reusedMapFindings(labelOnly, before).map { $0 != nil } == [false, true])
        #expect(labelOnly.diagnosticsByFile[1].contains { $0.code == "A205" })
        // The figures too: all ids mean what they meant, and only `a.vsm` changed.
        #expect(Analysis.unchangedFiles(labelOnly.files, labelOnly.exportedNames, previous: before) == [1])
        let idEdited = SyntaxTree.parse(SourceFile(path: "a.vsm", text: "proces a \"A\" {\n  stap s2 \"S\"\n}\n"))
        #expect(Checker.reusedMapFindings(Analysis(trees: [idEdited, b]), before).map { $0 != nil } == [false, false])
        let idChanged = Analysis(trees: [idEdited, b])
        #expect(Analysis.unchangedFiles(idChanged.files, idChanged.exportedNames, previous: before).isEmpty)
        let otherDay = Analysis(trees: [a, b], options: Self.options)
        #expect(Checker.reusedMapFindings(otherDay, before).map { $0 != nil } == [false, false])
        #expect(Checker.reusedMapFindings(Analysis(trees: [a, b]), before).map { $0 != nil } == [true, true])
    }

    /// A cancelled analysis gives up (nil); one that is never cancelled is the usual one.
    @Test func aCancelledAnalysisGivesUp() throws {
        let trees = try WorkspaceWalk(seed: 1).trees
        #expect(Analysis(inputs: trees.map(FileInput.tree), cancellation: AnalysisCancellation { true }) == nil)
        let asked = Counter()
        // Cancelled at the third question: after lowering two files, before the rules.
        #expect(Analysis(inputs: trees.map(FileInput.tree), cancellation: AnalysisCancellation { asked.next() >= 3 }) == nil)
        let complete = try #require(Analysis(inputs: trees.map(FileInput.tree), cancellation: .never))
        #expect(complete.diagnosticsByFile == Analysis(trees: trees).diagnosticsByFile)
    }
}

/// A counter a `@Sendable` closure may bump (tests run it on one thread).
final class Counter: @unchecked Sendable {
    private var value = 0
    func next() -> Int {
        value += 1
        return value
    }
}
