import Foundation
import StroomCLI
import StroomTestSupport
import Testing

/// `stroom fmt`, run in-process on temporary folders: writing in place (atomically, keeping
/// permissions), `--check`, `--diff`, refusals and exit codes.
@Suite struct FmtCommandTests {
    static let messy = "proces p \"P\" {\n    stap a \"A\" {door:x   tijd:2u}\n\n\n    a->b   # pijl\n}"
    static let tidy = "proces p \"P\" {\n  stap a \"A\" { door: x  tijd: 2u }\n\n  a -> b  # pijl\n}\n"

    static func read(_ folder: URL, _ name: String) -> String {
        String(decoding: RepositoryPaths.read(folder.appendingPathComponent(name)), as: UTF8.self)
    }

    static func entries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func rewritesOnlyTheFilesThatChange() throws {
        let folder = try CommandRunner.folder(["a/kaart.vsm": FmtCommandTests.messy, "a/netjes.vsm": FmtCommandTests.tidy,
                                               "b/diep/logica.batenlogica": "batenlogica b {\n      thema t\n}\n"])
        let tidyFile = folder.appendingPathComponent("a/netjes.vsm").path
        let before = try FileManager.default.attributesOfItem(atPath: tidyFile)[.systemFileNumber] as? Int
        let output = CommandRunner.run(["fmt"], in: folder.path)
        #expect(output.exitCode == 0)
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == "a/kaart.vsm\nb/diep/logica.batenlogica\n2 files formatted, 1 already formatted.\n")
        #expect(FmtCommandTests.read(folder, "a/kaart.vsm") == FmtCommandTests.tidy)
        #expect(FmtCommandTests.read(folder, "b/diep/logica.batenlogica") == "batenlogica b {\n  thema t\n}\n")
        // The tidy file was not rewritten: the same file, not a new one renamed over it.
        #expect(try FileManager.default.attributesOfItem(atPath: tidyFile)[.systemFileNumber] as? Int == before)
        // A second run finds nothing to do.
        #expect(CommandRunner.run(["fmt", "."], in: folder.path).stdout == "0 files formatted, 3 already formatted.\n")
    }

    @Test func theWriteIsAtomicAndKeepsPermissions() throws {
        let folder = try CommandRunner.folder(["kaart.vsm": FmtCommandTests.messy, "script.vsm": FmtCommandTests.messy])
        let kaart = folder.appendingPathComponent("kaart.vsm").path
        let script = folder.appendingPathComponent("script.vsm").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: kaart)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let inode = try FileManager.default.attributesOfItem(atPath: kaart)[.systemFileNumber] as? Int
        #expect(CommandRunner.run(["fmt", "kaart.vsm", "script.vsm"], in: folder.path).exitCode == 0)
        #expect(FmtCommandTests.read(folder, "kaart.vsm") == FmtCommandTests.tidy)
        #expect(try FileManager.default.attributesOfItem(atPath: kaart)[.posixPermissions] as? Int == 0o640)
        #expect(try FileManager.default.attributesOfItem(atPath: script)[.posixPermissions] as? Int == 0o755)
        // A new file was renamed over the old one, and no temporary file is left behind.
        #expect(try FileManager.default.attributesOfItem(atPath: kaart)[.systemFileNumber] as? Int != inode)
        #expect(try FmtCommandTests.entries(folder) == ["kaart.vsm", "script.vsm"])
    }

    @Test func aSymbolicLinkStaysALink() throws {
        let folder = try CommandRunner.folder(["echt/kaart.vsm": FmtCommandTests.messy])
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.vsm").path,
                                                   withDestinationPath: "echt/kaart.vsm")
        #expect(CommandRunner.run(["fmt", "link.vsm"], in: folder.path).exitCode == 0)
        let link = folder.appendingPathComponent("link.vsm").path
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "echt/kaart.vsm")
        #expect(FmtCommandTests.read(folder, "echt/kaart.vsm") == FmtCommandTests.tidy)
        #expect(try FmtCommandTests.entries(folder.appendingPathComponent("echt")) == ["kaart.vsm"])
    }

    @Test func checkChangesNothingAndSaysWhichFilesWouldChange() throws {
        let folder = try CommandRunner.folder(["kaart.vsm": FmtCommandTests.messy, "netjes.vsm": FmtCommandTests.tidy])
        let failing = CommandRunner.run(["fmt", "--check"], in: folder.path)
        #expect(failing.exitCode == 1)
        #expect(failing.stdout == "kaart.vsm\n1 file would change, 1 already formatted; stroom fmt formats them.\n")
        #expect(FmtCommandTests.read(folder, "kaart.vsm") == FmtCommandTests.messy)
        let passing = CommandRunner.run(["fmt", "--check", "netjes.vsm"], in: folder.path)
        #expect(passing.exitCode == 0)
        #expect(passing.stdout == "1 file already formatted.\n")
        let dutch = CommandRunner.run(["fmt", "--check", "--lang", "nl"], in: folder.path)
        #expect(dutch.stdout.hasSuffix("1 bestand zou veranderen, 1 al in orde; stroom fmt maakt ze op.\n"))
    }

    @Test func theSamplesAreFormatted() {
        let output = CommandRunner.run(["fmt", "--check", "Samples"])
        #expect(output.exitCode == 0, "\(output.stdout)")
        #expect(output.stdout == "9 files already formatted.\n")
    }

    @Test func theBuiltBinaryAgrees() throws {
        let output = try CommandRunner.execute(["fmt", "--check", "Samples"])
        #expect(output.exitCode == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout == "9 files already formatted.\n")
        let help = try CommandRunner.execute(["fmt", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("EXIT CODES:"))
        #expect(try CommandRunner.execute(["fmt", "--version"]).stdout == "stroom 0.1.0\n")
    }

    @Test func diffPrintsAUnifiedDiffAndChangesNothing() throws {
        let folder = try CommandRunner.folder(["kaart.vsm": FmtCommandTests.messy, "netjes.vsm": FmtCommandTests.tidy])
        let output = CommandRunner.run(["fmt", "--diff"], in: folder.path)
        #expect(output.exitCode == 1)
        #expect(output.stdout == [
            "--- a/kaart.vsm",
            "+++ b/kaart.vsm",
            "@@ -1,6 +1,5 @@",
            " proces p \"P\" {",
            "-    stap a \"A\" {door:x   tijd:2u}",
            "+  stap a \"A\" { door: x  tijd: 2u }",
            " ",
            "-",
            "-    a->b   # pijl",
            "-}",
            "\\ No newline at end of file",
            "+  a -> b  # pijl",
            "+}",
        ].joined(separator: "\n") + "\n")
        #expect(output.stderr == "1 file would change, 1 already formatted; stroom fmt formats them.\n")
        #expect(FmtCommandTests.read(folder, "kaart.vsm") == FmtCommandTests.messy)
        let clean = CommandRunner.run(["fmt", "--diff", "netjes.vsm"], in: folder.path)
        #expect(clean.exitCode == 0)
        #expect(clean.stdout.isEmpty)
    }

    @Test func distantChangesAreSeparateHunks() throws {
        var lines = ["proces p {"]
        for index in 1...20 { lines.append("  stap s\(index)") }
        lines.append("}")
        var messy = lines
        messy[2] = "      stap s2"
        messy[18] = "stap s18"
        let folder = try CommandRunner.folder(["p.vsm": messy.joined(separator: "\n") + "\n"])
        let output = CommandRunner.run(["fmt", "--diff", "p.vsm"], in: folder.path)
        let headers = output.stdout.split(separator: "\n").filter { $0.hasPrefix("@@") }
        #expect(headers == ["@@ -1,6 +1,6 @@", "@@ -16,7 +16,7 @@"])
        #expect(output.stdout.contains("-      stap s2\n+  stap s2\n"))
        #expect(output.stdout.contains("-stap s18\n+  stap s18\n"))
    }
}
