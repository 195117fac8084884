import Foundation
import StroomCLI
import StroomTestSupport
import Testing

/// `stroom check -` and `stroom fmt -`, with and without `--stdin-filename`.
@Suite struct StandardInputTests {
    @Test func checkReadsStdinAsStdinWithoutAName() throws {
        let folder = try CommandRunner.folder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = Array("proces p \"P\" {\n  stap s \"S\" { door: niemand }\n}\n".utf8)
        let output = CommandRunner.run(["check", "--format", "gcc", "-"], in: folder.path, input: input)
        #expect(output.exitCode == 1)
        #expect(output.stdout.contains("<stdin>:2:22: error: ‘niemand’ is not the name of anything"))
        // Without a name either kind of map is fine: a benefit logic is no W601.
        let logic = CommandRunner.run(["check", "--format", "gcc", "-"], in: folder.path,
                                      input: Array("batenlogica b \"B\" {\n}\n".utf8))
        #expect(!logic.stdout.contains("[W601]"))
    }

    @Test func invalidUTF8OnStdinIsW603() throws {
        let folder = try CommandRunner.folder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = Array("proces p \"P\" { methode: vsm  frequentie: maandelijks\n  stap s \"".utf8) + [0xFF] + Array("\"\n}\n".utf8)
        let output = CommandRunner.run(["check", "--format", "gcc", "-"], in: folder.path, input: input)
        #expect(output.exitCode == 1)
        #expect(output.stdout.contains("<stdin>:2:11: error: This file is not valid UTF-8"))
        #expect(output.stdout.contains("[W603]"))
        // Through the real binary and a real pipe too, and for fmt.
        let binary = try CommandRunner.execute(["check", "--quiet", "-"], in: folder.path, input: input)
        #expect(binary.exitCode == 1)
        #expect(binary.stdout == "1 error, 2 warnings, 2 hints in 1 file.\n")
        let fmt = try CommandRunner.execute(["fmt", "-"], in: folder.path, input: input)
        #expect(fmt.exitCode == 1)
        #expect(fmt.stdout.isEmpty)
        #expect(fmt.stderr.contains("<stdin>: Not formatted: the file is not valid UTF-8"))
        #expect(fmt.stderr.contains("[W603]"))
    }

    @Test func theFilenameNamesTheFileAndPlacesItInItsWorkspace() throws {
        let folder = try CommandRunner.folder([
            "stroom.json": "{ \"taal\": \"nl\" }",
            "team/personen.vsm": "proces personen \"P\" {\n  persoon leraar \"L\"\n}\n",
            "team/kaart.vsm": "proces kaart \"Op schijf\" {\n}\n",
        ])
        // The buffer replaces the file on disk; the other files of the workspace resolve.
        let input = Array("proces kaart \"K\" {\n  stap s \"S\" { door: personen.leraar  tijd: 5min }\n  stap t \"T\" { door: niemand }\n}\n".utf8)
        let output = CommandRunner.run(["check", "--format", "gcc", "--stdin-filename", "team/kaart.vsm", "-"],
                                       in: folder.path, input: input)
        #expect(output.stdout.contains("team/kaart.vsm:3:22: error: ‘niemand’ komt nergens voor als naam van iets"), "\(output.stdout)")
        #expect(!output.stdout.contains("personen.leraar"))
        #expect(!output.stdout.contains("personen.vsm"))
        #expect(!output.stdout.contains("[N104]"), "the file on disk is replaced, not a second map")
        // The extension decides the type.
        let wrongType = CommandRunner.run(["check", "--format", "gcc", "--stdin-filename", "team/kaart.batenlogica", "-"],
                                          in: folder.path, input: input)
        #expect(wrongType.stdout.contains("team/kaart.batenlogica:1:1: error: ") && wrongType.stdout.contains("[W601]"))
    }

    @Test func stdinGoesAlone() throws {
        let folder = try CommandRunner.folder(["p.vsm": CheckCommandTests.clean])
        let mixed = CommandRunner.run(["check", "-", "p.vsm"], in: folder.path)
        #expect(mixed.exitCode == 2)
        #expect(mixed.stderr == "stroom check: - (stdin) cannot be combined with other paths.\n")
        #expect(CommandRunner.run(["check", "--stdin-filename", "x.vsm", "p.vsm"], in: folder.path).exitCode == 2)
        #expect(CommandRunner.run(["fmt", "--stdin-filename", "x.vsm", "p.vsm"], in: folder.path).exitCode == 2)
    }

    @Test func fmtFormatsStdinToStdout() throws {
        let folder = try CommandRunner.folder(["p.vsm": FmtCommandTests.messy])
        let output = CommandRunner.run(["fmt", "-", "--stdin-filename", "p.vsm"], in: folder.path, input: Array(FmtCommandTests.messy.utf8))
        #expect(output.exitCode == 0)
        #expect(output.stdout == FmtCommandTests.tidy)
        #expect(FmtCommandTests.read(folder, "p.vsm") == FmtCommandTests.messy, "the file on disk is not touched")
        let tidy = CommandRunner.run(["fmt", "-"], in: folder.path, input: Array(FmtCommandTests.tidy.utf8))
        #expect(tidy.stdout == FmtCommandTests.tidy)
        let check = CommandRunner.run(["fmt", "--check", "-"], in: folder.path, input: Array(FmtCommandTests.messy.utf8))
        #expect(check.exitCode == 1)
        #expect(check.stdout.isEmpty)
        let diff = CommandRunner.run(["fmt", "--diff", "-"], in: folder.path, input: Array(FmtCommandTests.messy.utf8))
        #expect(diff.exitCode == 1)
        #expect(diff.stdout.hasPrefix("--- a/<stdin>\n+++ b/<stdin>\n@@ "))
    }
}
