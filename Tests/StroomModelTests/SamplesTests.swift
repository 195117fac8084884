import Foundation
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// `Samples/README.md` lists, per sample, every code the checker gives and how often. This test
/// holds the README to the checker: a new rule or a changed sample must be documented.
@Suite struct SamplesTests {
    static let readme = (try? String(contentsOf: RepositoryPaths.samples.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// The whole Samples folder as one workspace, as `stroom check Samples` sees it.
    static let analysis: Analysis = {
        let urls = RepositoryPaths.files(under: RepositoryPaths.samples, extensions: ["vsm", "batenlogica"])
        let root = RepositoryPaths.samples.path + "/"
        let sources = urls.map { SourceFile(path: String($0.path.dropFirst(root.count)), bytes: RepositoryPaths.read($0)) }
        return Analysis(sources: sources, options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
    }()

    /// Per file (as named in the README's headings), code → count from the tables.
    static func documentedCounts() -> [String: [String: Int]] {
        var result: [String: [String: Int]] = [:]
        var file: String?
        for line in readme.split(separator: "\n").map(String.init) {
            if line.hasPrefix("#"), let open = line.firstIndex(of: "`"),
               let close = line[line.index(after: open)...].firstIndex(of: "`") {
                let name = String(line[line.index(after: open)..<close])
                if name.hasSuffix(".vsm") || name.hasSuffix(".batenlogica") {
                    file = name
                    result[name] = [:]
                }
                continue
            }
            guard let file, line.hasPrefix("| "), !line.hasPrefix("| code"), !line.hasPrefix("| ---") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            let codes = cells[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let countCell = cells[1]
            let counts: [Int]
            if countCell.hasSuffix(" each"), let n = Int(countCell.dropLast(" each".count)) {
                counts = Array(repeating: n, count: codes.count)
            } else {
                counts = countCell.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            }
            for (code, count) in zip(codes, counts) { result[file]?[code] = count }
        }
        return result
    }

    @Test func everySampleIsDocumented() {
        let documented = SamplesTests.documentedCounts()
        let files = SamplesTests.analysis.files.map { $0.source.path }
        #expect(files.count == 9)
        for path in files {
            let name = documented.keys.first { path.hasSuffix($0) }
            #expect(name != nil, "Samples/README.md has no section for \(path)")
        }
    }

    @Test func documentedCountsMatchTheChecker() {
        let documented = SamplesTests.documentedCounts()
        let analysis = SamplesTests.analysis
        for (index, file) in analysis.files.enumerated() {
            guard let name = documented.keys.first(where: { file.source.path.hasSuffix($0) }) else { continue }
            var actual: [String: Int] = [:]
            for diagnostic in analysis.diagnosticsByFile[index] { actual[diagnostic.code.rawValue, default: 0] += 1 }
            #expect(actual == documented[name], "\(file.source.path): checker \(actual.sorted { $0.key < $1.key }), README \((documented[name] ?? [:]).sorted { $0.key < $1.key })")
        }
    }

    @Test func theSamplesHaveNoErrorsAndTheSummaryIsRight() {
        let all = SamplesTests.analysis.diagnosticsByFile.flatMap { $0 }
        #expect(!all.contains { $0.severity == .error })
        let warnings = all.filter { $0.severity == .warning }.count
        let hints = all.filter { $0.severity == .hint }.count
        #expect(SamplesTests.readme.contains("# 0 errors, \(warnings) warnings, \(hints) hints in 9 files"))
    }
}
