import Foundation
import StroomCLI
import Testing

/// The language of help, explanations and the CLI's own messages: `--lang`, else the `taal`
/// of the `stroom.json` found from the current folder, else `LANG` — not only for findings.
@Suite struct WorkspaceLanguageTests {
    static let environment = ["LANG": "C.UTF-8"]

    static func dutchWorkspace() throws -> URL {
        try CommandRunner.folder(["stroom.json": "{\"taal\": \"nl\"}\n", "sub/.keep": ""])
    }

    @Test(arguments: [["check", "--help"], ["explain", "H701"], ["--help"], ["new", "--help"]])
    func followsTheWorkspacesLanguage(_ arguments: [String]) throws {
        let folder = try Self.dutchWorkspace()
        for directory in [folder.path, folder.appendingPathComponent("sub").path] {
            let plain = CommandRunner.run(arguments, in: directory, environment: Self.environment)
            let dutch = CommandRunner.run(arguments + ["--lang", "nl"], in: directory, environment: Self.environment)
            let english = CommandRunner.run(arguments + ["--lang", "en"], in: directory, environment: Self.environment)
            #expect(plain.exitCode == 0)
            #expect(dutch.stdout != english.stdout)
            #expect(plain.stdout == dutch.stdout, "\(arguments) in \(directory)")
        }
    }

    @Test func usageErrorsFollowTheWorkspacesLanguage() throws {
        let folder = try Self.dutchWorkspace()
        let output = CommandRunner.run(["chek"], in: folder.path, environment: Self.environment)
        #expect(output.exitCode == 2)
        #expect(output.stderr.contains("is geen opdracht"), "\(output.stderr)")
    }

    @Test func theFlagStillWins() throws {
        let folder = try Self.dutchWorkspace()
        let output = CommandRunner.run(["chek", "--lang", "en"], in: folder.path, environment: Self.environment)
        #expect(output.stderr.contains("is not a stroom command"), "\(output.stderr)")
        let outside = try CommandRunner.folder(["a/.keep": ""])
        let english = CommandRunner.run(["chek"], in: outside.path, environment: Self.environment)
        #expect(english.stderr.contains("is not a stroom command"), "\(english.stderr)")
    }
}
