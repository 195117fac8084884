import Foundation
import StroomCLI
import Testing

/// A file that cannot be written is said in the user's language (not Foundation's English),
/// with lower-case "kan"/"cannot" after the command's name like the other messages.
@Suite struct OutputWriteErrorTests {
    static let map = "proces p \"P\" {\n}\n"

    @Test(arguments: ["nl", "en"])
    func aMissingFolderIsNamed(_ language: String) throws {
        let folder = try CommandRunner.folder(["p.vsm": Self.map])
        let runs = [
            CommandRunner.run(["new", "--lang", language, "vsm", "x", "-o", "newdir/x.vsm"], in: folder.path),
            CommandRunner.run(["report", "--lang", language, "-o", "sub/nope.md", "."], in: folder.path),
            CommandRunner.run(["dot", "--lang", language, "-o", "sub/nope.dot", "p.vsm"], in: folder.path),
        ]
        for (output, missing) in zip(runs, ["newdir", "sub", "sub"]) {
            #expect(output.exitCode == 2)
            let expected = language == "nl" ? ": kan ‘" : ": cannot write ‘"
            let reason = language == "nl" ? "de map ‘\(missing)’ bestaat niet" : "the folder ‘\(missing)’ does not exist"
            #expect(output.stderr.contains(expected), "\(output.stderr)")
            #expect(output.stderr.contains(reason), "\(output.stderr)")
            #expect(!output.stderr.contains("The file") && !output.stderr.contains("operation"), "\(output.stderr)")
        }
    }

    @Test func noPermissionIsSaid() throws {
        guard getuid() != 0 else { return }  // root writes anywhere
        let folder = try CommandRunner.folder(["p.vsm": Self.map, "dicht/.keep": ""])
        let closed = folder.appendingPathComponent("dicht").path
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: closed)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: closed) }
        let output = CommandRunner.run(["report", "--lang", "nl", "-o", "dicht/r.md", "."], in: folder.path)
        #expect(output.exitCode == 2)
        #expect(output.stderr.contains("geen toestemming"), "\(output.stderr)")
    }
}
