#if canImport(Glibc)
import Glibc
#endif
import Foundation
import StroomTestSupport
import Testing

/// `stroom fmt` writes only what it was given and may write, and the file stays the same file:
/// links out of the folder are not followed, read-only files are refused (also for root),
/// owner, group, mode and hard links are kept, and no temporary file is left behind, not on an
/// error and not when the process is stopped. CI runs these as root.
@Suite struct FmtFileSafetyTests {
    static let messy = FmtCommandTests.messy
    static let tidy = FmtCommandTests.tidy

    static func status(_ url: URL) -> stat {
        var result = stat()
        #expect(lstat(url.path, &result) == 0, "cannot stat \(url.path)")
        return result
    }

    static func temporaryFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.contains(".stroom-fmt-") }
    }

    @Test func aLinkOutOfTheFolderIsNotFollowed() throws {
        let base = try CommandRunner.folder(["outside/geheim.txt": Self.messy, "outside/kaart.vsm": Self.messy,
                                             "werk/echt.vsm": Self.messy])
        defer { try? FileManager.default.removeItem(at: base) }
        let work = base.appendingPathComponent("werk")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: work.appendingPathComponent("geheim.vsm").path, withDestinationPath: "../outside/geheim.txt")
        try manager.createSymbolicLink(atPath: work.appendingPathComponent("ander.vsm").path, withDestinationPath: "../outside/kaart.vsm")
        try manager.createSymbolicLink(atPath: work.appendingPathComponent("binnen.vsm").path, withDestinationPath: "echt.vsm")
        try manager.createSymbolicLink(atPath: work.appendingPathComponent("map").path, withDestinationPath: "../outside")
        try "notities".write(to: work.appendingPathComponent("notities.txt"), atomically: false, encoding: .utf8)
        try manager.createSymbolicLink(atPath: work.appendingPathComponent("notities.vsm").path, withDestinationPath: "notities.txt")
        let output = CommandRunner.run(["fmt", "werk"], in: base.path)
        #expect(output.exitCode == 0, "\(output.stderr)")
        // Nothing outside the folder changed, not even through a linked folder.
        #expect(FmtCommandTests.read(base, "outside/geheim.txt") == Self.messy)
        #expect(FmtCommandTests.read(base, "outside/kaart.vsm") == Self.messy)
        #expect(output.stderr.contains("‘werk/geheim.vsm’ is a symbolic link to a place outside"), "\(output.stderr)")
        #expect(output.stderr.contains("‘werk/ander.vsm’ is a symbolic link to a place outside"), "\(output.stderr)")
        // A link inside the folder to a file that is not a Stroom file is skipped too.
        #expect(output.stderr.contains("‘werk/notities.vsm’ is a symbolic link to a file that is not a Stroom file; skipped."), "\(output.stderr)")
        #expect(FmtCommandTests.read(work, "notities.txt") == "notities")
        // A link inside the folder leads to its file, which is formatted once; the link stays.
        #expect(FmtCommandTests.read(work, "echt.vsm") == Self.tidy)
        #expect(try manager.destinationOfSymbolicLink(atPath: work.appendingPathComponent("binnen.vsm").path) == "echt.vsm")
        #expect(output.stdout.hasSuffix("1 file formatted, 0 already formatted.\n"), "\(output.stdout)")
        // A link given by name that leads out of its own folder is skipped too.
        let named = CommandRunner.run(["fmt", "werk/ander.vsm"], in: base.path)
        #expect(named.stderr.contains("is a symbolic link to a place outside"))
        #expect(FmtCommandTests.read(base, "outside/kaart.vsm") == Self.messy)
    }

    @Test func aReadOnlyFileIsNotWrittenEvenByRoot() throws {
        let folder = try CommandRunner.folder(["kaart.vsm": Self.messy])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kaart.vsm")
        #expect(chmod(file.path, 0o444) == 0)
        let output = CommandRunner.run(["fmt", "kaart.vsm"], in: folder.path)
        #expect(output.exitCode == 2)
        #expect(output.stderr == "stroom fmt: cannot write ‘kaart.vsm’: the file is read-only; stroom fmt does not write it\n")
        #expect(FmtCommandTests.read(folder, "kaart.vsm") == Self.messy)
        #expect(Self.status(file).st_mode & 0o7777 == 0o444)
        let dutch = CommandRunner.run(["fmt", "--lang", "nl", "kaart.vsm"], in: folder.path)
        #expect(dutch.stderr.contains("het bestand is alleen-lezen"))
        #expect(Self.temporaryFiles(in: folder).isEmpty)
    }

    @Test(.enabled(if: geteuid() == 0, "changing a file's owner needs root (CI runs as root)"))
    func ownerGroupAndModeAreKept() throws {
        let folder = try CommandRunner.folder(["kaart.vsm": Self.messy])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kaart.vsm")
        #expect(chown(file.path, 1234, 5678) == 0)
        #expect(chmod(file.path, 0o640) == 0)
        let before = Self.status(file)
        let output = CommandRunner.run(["fmt", "kaart.vsm"], in: folder.path)
        #expect(output.exitCode == 0, "\(output.stderr)")
        #expect(FmtCommandTests.read(folder, "kaart.vsm") == Self.tidy)
        let after = Self.status(file)
        #expect(after.st_uid == 1234)
        #expect(after.st_gid == 5678)
        #expect(after.st_mode == before.st_mode)
        #expect(Self.temporaryFiles(in: folder).isEmpty)
    }

    @Test func hardLinksStayOneFile() throws {
        let folder = try CommandRunner.folder(["kaart.vsm": Self.messy])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kaart.vsm")
        let other = folder.appendingPathComponent("kopie.txt")
        #expect(link(file.path, other.path) == 0)
        let before = Self.status(file)
        let output = CommandRunner.run(["fmt", "kaart.vsm"], in: folder.path)
        #expect(output.exitCode == 0, "\(output.stderr)")
        let after = Self.status(file)
        #expect(after.st_ino == before.st_ino)
        #expect(after.st_nlink == 2)
        #expect(Self.status(other).st_ino == before.st_ino)
        #expect(FmtCommandTests.read(folder, "kopie.txt") == Self.tidy)
        #expect(Self.temporaryFiles(in: folder).isEmpty)
    }

    @Test func zeroWidthCharactersBetweenTokensAreKept() throws {
        for character in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"] {
            let text = "proces p \"P\" {\n    stap a \"A\" {door:x\(character)  tijd:2u}\n}\n"
            let folder = try CommandRunner.folder(["kaart.vsm": text])
            defer { try? FileManager.default.removeItem(at: folder) }
            _ = CommandRunner.run(["fmt", "kaart.vsm"], in: folder.path)
            let after = FmtCommandTests.read(folder, "kaart.vsm")
            let scalar = character.unicodeScalars.first!
            #expect(after.unicodeScalars.filter { $0 == scalar }.count == 1, "U+\(String(scalar.value, radix: 16)) was deleted: \(after.debugDescription)")
            // Only layout changed: the same characters apart from spaces, tabs and line breaks.
            func visible(_ text: String) -> String { String(text.unicodeScalars.filter { ![" ", "\t", "\n", "\r"].contains($0) }.map(Character.init)) }
            #expect(visible(after) == visible(text))
        }
    }

    /// Runs the built binary with the temporary file held for a while; `during` acts while it
    /// waits. Returns the process after it ended.
    static func runPaused(in folder: URL, _ arguments: [String], during: (Process) throws -> Void) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["LANG": "en_US.UTF-8", "STROOM_TEST_FMT_PAUSE_MS": "4000"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date(timeIntervalSinceNow: 20)
        while temporaryFiles(in: folder).isEmpty, Date() < deadline, process.isRunning { usleep(10_000) }
        #expect(!temporaryFiles(in: folder).isEmpty, "no temporary file appeared")
        try during(process)
        process.waitUntilExit()
        return process
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aStoppedRunLeavesNoTemporaryFile(_ signal: Int32) throws {
        let folder = try CommandRunner.folder(["kaart.vsm": Self.messy])
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = try Self.runPaused(in: folder, ["fmt", "kaart.vsm"]) { process in
            kill(process.processIdentifier, signal)
        }
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(Self.temporaryFiles(in: folder).isEmpty, "\(Self.temporaryFiles(in: folder))")
        #expect(FmtCommandTests.read(folder, "kaart.vsm") == Self.messy)
    }

    /// The file is replaced by a folder while the temporary file waits: renaming (one link) or
    /// writing in place (two links) fails, the error is reported, the temporary file goes.
    @Test(arguments: [false, true])
    func aFailedWriteLeavesNoTemporaryFile(hardLinked: Bool) throws {
        let folder = try CommandRunner.folder(["kaart.vsm": Self.messy])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kaart.vsm")
        if hardLinked { #expect(link(file.path, folder.appendingPathComponent("kopie.txt").path) == 0) }
        let process = try Self.runPaused(in: folder, ["fmt", "kaart.vsm"]) { _ in
            try FileManager.default.removeItem(at: file)
            try FileManager.default.createDirectory(at: file.appendingPathComponent("in-de-weg"), withIntermediateDirectories: true)
        }
        #expect(process.terminationStatus == 2)
        #expect(Self.temporaryFiles(in: folder).isEmpty, "\(Self.temporaryFiles(in: folder))")
    }
}
