import Foundation
import StroomModel
import StroomSyntax

/// A test fixture: one or more files written in one text, separated by `#- file: NAME`
/// lines (rust-analyzer's `//- /file`), with expectations written under the code as
/// `# ^^^ CODE` comments.
public struct Fixture {
    public struct File {
        public let name: String
        public let text: String
    }

    /// One expected diagnostic: a code on a line, between two character columns (0-based).
    public struct Expectation: Hashable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let startColumn: Int
        public let endColumn: Int
        public let code: String

        public var description: String { "\(file):\(line + 1):\(startColumn + 1)-\(endColumn + 1) \(code)" }

        public init(file: String, line: Int, startColumn: Int, endColumn: Int, code: String) {
            self.file = file
            self.line = line
            self.startColumn = startColumn
            self.endColumn = endColumn
            self.code = code
        }
    }

    public let files: [File]
    /// The bytes of a fixture without `#- file:` parts, kept as they are (for invalid UTF-8).
    let rawBytes: [UInt8]?

    public init(text: String, defaultName: String, rawBytes: [UInt8]? = nil) {
        var files: [File] = []
        var name = defaultName
        var lines: [Substring] = []
        var sawHeader = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#- file:") {
                if sawHeader || !lines.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    files.append(File(name: name, text: lines.joined(separator: "\n")))
                }
                name = line.dropFirst("#- file:".count).trimmingCharacters(in: .whitespaces)
                lines = []
                sawHeader = true
                continue
            }
            lines.append(line)
        }
        files.append(File(name: name, text: lines.joined(separator: "\n")))
        self.files = files
        self.rawBytes = sawHeader ? nil : rawBytes
    }

    public init(url: URL) {
        let bytes = RepositoryPaths.read(url)
        self.init(text: String(decoding: bytes, as: UTF8.self), defaultName: url.lastPathComponent, rawBytes: bytes)
    }

    /// The `# ^^^ CODE` markers of every file. A marker points at the nearest line above it
    /// that is not itself a marker; carets count characters.
    public var expectations: [Expectation] {
        var result: [Expectation] = []
        for file in files {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var target: Int?
            for (number, line) in lines.enumerated() {
                guard let marker = Fixture.parseMarker(line) else {
                    target = number
                    continue
                }
                guard let target else { continue }
                for code in marker.codes {
                    result.append(Expectation(file: file.name, line: target, startColumn: marker.start, endColumn: marker.end, code: code))
                }
            }
        }
        return result
    }

    /// `   # ^^^ V301 V302` → columns and codes. Characters, not bytes.
    static func parseMarker(_ line: String) -> (start: Int, end: Int, codes: [String])? {
        let characters = Array(line)
        guard let hash = characters.firstIndex(of: "#"),
              characters[..<hash].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        guard let firstCaret = characters.firstIndex(of: "^"),
              characters[(hash + 1)..<firstCaret].allSatisfy({ $0 == " " }) else { return nil }
        var end = firstCaret
        while end < characters.count, characters[end] == "^" { end += 1 }
        let rest = String(characters[end...]).split(separator: " ").map(String.init)
        let codes = rest.filter { $0.count == 4 && $0.first!.isUppercase && $0.dropFirst().allSatisfy(\.isNumber) }
        guard !codes.isEmpty else { return nil }
        return (firstCaret, end, codes)
    }

    /// The sources of the fixture (a `stroom.json` part becomes the configuration).
    public var sources: [SourceFile] {
        if let rawBytes, let only = files.first { return [SourceFile(path: only.name, bytes: rawBytes)] }
        return files.filter { $0.name != Configuration.fileName }.map { SourceFile(path: $0.name, text: $0.text) }
    }

    public var configurationSource: SourceFile? {
        files.first { $0.name == Configuration.fileName }.map { SourceFile(path: $0.name, text: $0.text) }
    }

    /// Checks the fixture the way `stroom check` would, with a fixed "today".
    public func analyze(today: DayDate = DayDate(year: 2026, month: 6, day: 1)) -> (analysis: Analysis, configurationDiagnostics: [Diagnostic]) {
        var configuration = Configuration()
        var configurationDiagnostics: [Diagnostic] = []
        if let source = configurationSource {
            (configuration, configurationDiagnostics) = Configuration.parse(source)
        }
        let analysis = Analysis(sources: sources, options: AnalysisOptions(today: today, configuration: configuration))
        return (analysis, configurationDiagnostics)
    }

    /// The actual diagnostics in the same shape as the expectations.
    public static func actual(_ analysis: Analysis, configuration: [Diagnostic] = [], configurationSource: SourceFile? = nil) -> [Expectation] {
        var result: [Expectation] = []
        func add(_ diagnostic: Diagnostic, _ source: SourceFile) {
            let start = source.lineTable.humanPosition(of: diagnostic.range.utf8Start)
            let end = source.lineTable.humanPosition(of: diagnostic.range.utf8End)
            let endColumn = end.line == start.line ? max(end.column, start.column + 1) : start.column + 1
            result.append(Expectation(file: source.path, line: start.line - 1, startColumn: start.column - 1,
                                      endColumn: endColumn - 1, code: diagnostic.code.rawValue))
        }
        for (index, file) in analysis.files.enumerated() {
            for diagnostic in analysis.diagnosticsByFile[index] { add(diagnostic, file.source) }
        }
        if let configurationSource {
            for diagnostic in configuration { add(diagnostic, configurationSource) }
        }
        return result
    }
}
