import Foundation
import StroomCLI
import StroomTestSupport
import Testing

/// `stroom fmt` on what it must not touch, on paths it cannot use, and its help; and the diff
/// checked by GNU patch.
@Suite struct FmtCommandRefusalTests {
    static let broken = "proces p \"P\" {\n  stap a \"A\" {\n      door: x\n  stap b\n}\n"

    @Test func aFileWithSyntaxErrorsIsRefusedWithItsErrors() throws {
        let folder = try CommandRunner.folder(["kapot.vsm": FmtCommandRefusalTests.broken, "goed.vsm": FmtCommandTests.messy])
        let output = CommandRunner.run(["fmt"], in: folder.path)
        #expect(output.exitCode == 1)
        // The errors in the line format of `stroom check`: the very same lines.
        let check = CommandRunner.run(["check", "kapot.vsm"], in: folder.path)
        var syntaxLines: [Substring] = []
        var inSyntaxError = false
        for line in check.stdout.split(separator: "\n") {
            if !line.hasPrefix("  ") { inSyntaxError = line.contains("[S0") }
            if inSyntaxError { syntaxLines.append(line) }
        }
        // The error, its source line with carets (three lines), and its note.
        #expect(syntaxLines.count == 5)
        #expect(output.stderr == "kapot.vsm: Not formatted: the file has a syntax error. Fix it first.\n"
                + syntaxLines.joined(separator: "\n") + "\n")
        #expect(output.stderr.contains("kapot.vsm:3:14: error: The block of"))
        #expect(output.stdout == "goed.vsm\n1 file formatted, 0 already formatted, 1 not formatted because of errors.\n")
        // The broken file is untouched; the good one was formatted anyway.
        #expect(FmtCommandTests.read(folder, "kapot.vsm") == FmtCommandRefusalTests.broken)
        #expect(FmtCommandTests.read(folder, "goed.vsm") == FmtCommandTests.tidy)
        let checkMode = CommandRunner.run(["fmt", "--check", "kapot.vsm"], in: folder.path)
        #expect(checkMode.exitCode == 1)
        #expect(checkMode.stdout == "0 files already formatted, 1 not formatted because of errors.\n")
        let dutch = CommandRunner.run(["fmt", "--lang", "nl", "kapot.vsm"], in: folder.path)
        #expect(dutch.stderr.hasPrefix("kapot.vsm: Niet opgemaakt: het bestand heeft een syntaxfout. Los die eerst op.\nkapot.vsm:3:14: fout: "))
    }

    @Test func aFileThatIsNotUTF8IsRefusedWithW603() throws {
        let folder = try CommandRunner.folder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bytes = Array("proces p \"Ide".utf8) + [0xEB] + Array("en\" {\n}\n".utf8)
        try Data(bytes).write(to: folder.appendingPathComponent("oud.vsm"))
        let output = CommandRunner.run(["fmt", "oud.vsm"], in: folder.path)
        #expect(output.exitCode == 1)
        #expect(output.stderr.hasPrefix("oud.vsm: Not formatted: the file is not valid UTF-8. Save it as UTF-8.\noud.vsm:1:"))
        #expect(output.stderr.contains("[W603]"))
        #expect(RepositoryPaths.read(folder.appendingPathComponent("oud.vsm")) == bytes)
    }

    @Test func pathsThatCannotBeUsedGiveExitCode2() throws {
        let folder = try CommandRunner.folder(["kaart.vsm": FmtCommandTests.messy, "notities.txt": "hallo"])
        let missing = CommandRunner.run(["fmt", "nergens", "kaart.vsm"], in: folder.path)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr == "stroom fmt: ‘nergens’ does not exist.\n")
        // The files that could be read were still formatted.
        #expect(FmtCommandTests.read(folder, "kaart.vsm") == FmtCommandTests.tidy)
        let other = CommandRunner.run(["fmt", "--check", "notities.txt"], in: folder.path)
        #expect(other.exitCode == 2)
        #expect(other.stderr.contains("‘notities.txt’ is not a Stroom file"))
        #expect(CommandRunner.run(["fmt", "--diff", "--formaat"], in: folder.path).exitCode == 2)
    }

    @Test func aFileThatCannotBeReadGivesExitCode2() throws {
        // A dangling symbolic link in a folder: found by the walk, but there is nothing to read.
        let folder = try CommandRunner.folder(["map/kaart.vsm": FmtCommandTests.tidy])
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("map/weg.vsm").path,
                                                   withDestinationPath: "bestaat-niet.vsm")
        let output = CommandRunner.run(["fmt", "--check", "map"], in: folder.path)
        #expect(output.exitCode == 2)
        #expect(output.stderr == "stroom fmt: cannot read ‘map/weg.vsm’.\n")
        #expect(output.stdout == "1 file already formatted.\n")
    }

    @Test func crlfAndTheBOMSurviveOnDisk() throws {
        let folder = try CommandRunner.folder([:])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = Array("\u{FEFF}proces p {\r\n      stap a  \r\n\r\n\r\n}".utf8)
        try Data(input).write(to: folder.appendingPathComponent("windows.vsm"))
        #expect(CommandRunner.run(["fmt"], in: folder.path).exitCode == 0)
        #expect(RepositoryPaths.read(folder.appendingPathComponent("windows.vsm")) == Array("\u{FEFF}proces p {\r\n  stap a\r\n}\r\n".utf8))
    }

    @Test func hiddenFoldersAreSkipped() throws {
        let folder = try CommandRunner.folder([".verborgen/kaart.vsm": FmtCommandTests.messy, "zichtbaar/kaart.vsm": FmtCommandTests.tidy])
        let output = CommandRunner.run(["fmt", "--check"], in: folder.path)
        #expect(output.exitCode == 0)
        #expect(output.stdout == "1 file already formatted.\n")
    }

    @Test func helpDocumentsTheExitCodes() {
        let english = CommandRunner.run(["fmt", "--help"])
        #expect(english.exitCode == 0)
        #expect(english.stdout.contains("USAGE: stroom fmt [--check] [--diff] [--lang nl|en] [PATH... | - [--stdin-filename PATH]]"))
        #expect(english.stdout.contains("EXIT CODES:\n  0  everything is formatted (with --check or --diff: nothing would change)\n  1  with --check or --diff: a file would change; or a file has syntax errors"))
        let dutch = CommandRunner.run(["fmt", "--help"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.stdout.contains("AFSLUITCODES:\n  0  alles is opgemaakt"))
        #expect(CommandRunner.run(["--help"]).stdout.contains("  fmt "))
    }

    /// GNU patch, to apply the diff; on CI (STROOM_REQUIRE_TOOLS=1) a missing patch fails.
    static var patch: String? {
        ["/usr/bin/patch", "/bin/patch", "/usr/local/bin/patch"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
    static var patchAvailable: Bool { patch != nil || ProcessInfo.processInfo.environment["STROOM_REQUIRE_TOOLS"] == "1" }

    @Test(.enabled(if: patchAvailable, "needs GNU patch (see .ci/run)"))
    func theDiffAppliesWithPatch() throws {
        let patch = try #require(FmtCommandRefusalTests.patch, "GNU patch is not installed")
        let messyCRLF = FmtCommandTests.messy.replacingOccurrences(of: "\n", with: "\r\n")
        let files = ["a/kaart.vsm": FmtCommandTests.messy, "b/windows.vsm": messyCRLF, "c/netjes.vsm": FmtCommandTests.tidy]
        let folder = try CommandRunner.folder(files)
        let diff = CommandRunner.run(["fmt", "--diff"], in: folder.path).stdout
        let process = Process()
        process.executableURL = URL(fileURLWithPath: patch)
        process.arguments = ["-p1", "--quiet", "--binary"]
        process.currentDirectoryURL = folder
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(diff.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // Patched files are what `stroom fmt` writes.
        let formatted = try CommandRunner.folder(files)
        #expect(CommandRunner.run(["fmt"], in: formatted.path).exitCode == 0)
        for name in files.keys {
            #expect(FmtCommandTests.read(folder, name) == FmtCommandTests.read(formatted, name), "\(name)")
        }
    }
}
