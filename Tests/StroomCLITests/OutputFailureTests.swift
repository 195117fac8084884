import Foundation
import StroomTestSupport
import Testing

/// Output that cannot be written — stdout or stderr on a full device — ends a command with
/// exit code 2 and a message where one can still be written, never with a crash.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full (Linux)"))
struct OutputFailureTests {
    static func run(_ arguments: [String], in folder: URL, stdout: FileHandle, stderr: FileHandle) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["LANG": "en_US.UTF-8"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return process
    }

    @Test func stdoutOnAFullDevice() throws {
        let folder = try CommandRunner.folder(["kaart.vsm": "proces p \"P\" {\n  stap a \"A\" { door: niemand }\n}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let errors = Pipe()
        let process = try Self.run(["check", "kaart.vsm"], in: folder, stdout: full, stderr: errors.fileHandleForWriting)
        try errors.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2)
        #expect(message == "stroom: cannot write the output: No space left on device.\n")
    }

    @Test func stderrOnAFullDevice() throws {
        let folder = try CommandRunner.folder(["kaart.vsm": "proces p \"P\" {\n}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let bad = try Self.run(["lsp", "--log", "/nergens/log.txt"], in: folder, stdout: FileHandle.nullDevice, stderr: full)
        #expect(bad.terminationReason == .exit)
        #expect(bad.terminationStatus == 2)
        let missing = try Self.run(["fmt", "weg.vsm"], in: folder, stdout: FileHandle.nullDevice, stderr: full)
        #expect(missing.terminationReason == .exit)
        #expect(missing.terminationStatus == 2)
    }
}
