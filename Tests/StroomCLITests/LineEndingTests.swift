import Foundation
import StroomTestSupport
import Testing

/// Files saved on Windows (CRLF line ends) check exactly as the same files with LF.
@Suite struct LineEndingTests {
    @Test func checkGivesTheSameFindingsForCRLFFiles() throws {
        let sample = try String(contentsOf: RepositoryPaths.samples.appendingPathComponent("akkrum/groepsplannen.vsm"), encoding: .utf8)
        #expect(!sample.contains("\r"))
        let unix = try CommandRunner.folder(["groepsplannen.vsm": sample])
        let windows = try CommandRunner.folder(["groepsplannen.vsm": sample.replacingOccurrences(of: "\n", with: "\r\n")])
        let fromUnix = CommandRunner.run(["check", "groepsplannen.vsm"], in: unix.path)
        let fromWindows = CommandRunner.run(["check", "groepsplannen.vsm"], in: windows.path)
        #expect(fromUnix.exitCode == fromWindows.exitCode)
        #expect(fromUnix.stdout.contains("groepsplannen.vsm:1"))
        // Same lines, columns and messages: a CR belongs to the line break, never to a column.
        #expect(fromWindows.stdout == fromUnix.stdout)
    }
}
