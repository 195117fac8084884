import Foundation
import StroomTestSupport
import Testing

/// A file name with a line break, ESC or another control character cannot forge a line of
/// output: `stroom check` (text), `stroom fmt` and the error lines print one line per finding,
/// with the control characters escaped (`\n`, `\u{1B}`).
@Suite struct TerminalEscapingTests {
    static func broken(_ index: Int) -> String { "proces p\(index) \"P\" {\n  stap a \"A\" { door: niemand }\n}\n" }
    static let names = ["een\ntwee.vsm", "rood\u{1B}[31m.vsm", "terug\r.vsm", "nul\u{7F}\u{85}\u{202E}.vsm"]

    static func folder() throws -> URL {
        var files: [String: String] = [:]
        for (index, name) in names.enumerated() { files[name] = broken(index) }
        return try CommandRunner.folder(files)
    }

    /// The name as it must be printed.
    static func escaped(_ name: String) -> String {
        name.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
            .replacingOccurrences(of: "\u{1B}", with: "\\u{1B}").replacingOccurrences(of: "\u{7F}", with: "\\u{7F}")
            .replacingOccurrences(of: "\u{85}", with: "\\u{85}").replacingOccurrences(of: "\u{202E}", with: "\\u{202E}")
    }

    static func expectNoControlCharacters(_ text: String) {
        let bad = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
        #expect(bad.isEmpty, "\(text.debugDescription)")
    }

    @Test func checkPrintsOneLinePerFinding() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = CommandRunner.run(["check", "."], in: folder.path)
        #expect(output.exitCode == 1)
        Self.expectNoControlCharacters(output.stdout)
        let findings = output.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(findings.count == Self.names.count, "\(output.stdout)")
        for name in Self.names {
            #expect(findings.contains { $0.hasPrefix(Self.escaped(name) + ":2:") }, "\(Self.escaped(name)) in \(output.stdout)")
        }
    }

    @Test func fmtPrintsEscapedNames() throws {
        let folder = try CommandRunner.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in Self.names {
            try Data("proces p \"P\" {\nstap a \"A\"\n}".utf8).write(to: folder.appendingPathComponent(name))
        }
        try Data("proces p \"P\" {\n  stap a {\n}\n".utf8).write(to: folder.appendingPathComponent("kapot\n.vsm"))
        let output = CommandRunner.run(["fmt", "."], in: folder.path)
        Self.expectNoControlCharacters(output.stdout)
        Self.expectNoControlCharacters(output.stderr)
        for name in Self.names {
            #expect(output.stdout.contains(Self.escaped(name) + "\n"), "\(output.stdout)")
        }
        #expect(output.stderr.hasPrefix("kapot\\n.vsm: Not formatted"), "\(output.stderr)")
        let missing = CommandRunner.run(["fmt", "weg\u{1B}[2J.vsm"], in: folder.path)
        #expect(missing.stderr == "stroom fmt: ‘weg\\u{1B}[2J.vsm’ does not exist.\n")
    }
}
