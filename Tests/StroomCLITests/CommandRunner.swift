import Foundation
import StroomCLI
import StroomModel
import StroomTestSupport

/// Runs `stroom` two ways: in-process through `StroomCommand.run`, and as the built binary
/// over real pipes (end to end).
enum CommandRunner {
    struct Output {
        let stdout: String
        let stderr: String
        let exitCode: Int32
    }

    /// In-process, with a fixed date and environment; `input` is stdin, `terminal` whether
    /// stdout is a terminal.
    static func run(_ arguments: [String], in directory: String = RepositoryPaths.root.path, environment: [String: String] = ["LANG": "en_US.UTF-8"],
                    input: [UInt8] = [], terminal: Bool = false, systemLanguages: [String] = []) -> Output {
        var out = ""
        var err = ""
        let context = CommandContext(writeOut: { out += $0 }, writeError: { err += $0 }, currentDirectory: directory,
                                     environment: environment, today: DayDate(year: 2026, month: 6, day: 1),
                                     outputIsTerminal: terminal, readInput: { input },
                                     systemLanguages: systemLanguages)
        let code = StroomCommand.run(arguments, context: context)
        return Output(stdout: out, stderr: err, exitCode: code.rawValue)
    }

    /// The built executable, next to the test bundle.
    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("stroom"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("stroom"),
            RepositoryPaths.root.appendingPathComponent(".build/debug/stroom"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// As a separate process, with stdin closed (or holding `input`).
    static func execute(_ arguments: [String], in directory: String = RepositoryPaths.root.path, environment: [String: String] = ["LANG": "en_US.UTF-8"],
                        input: [UInt8]? = nil) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]) { a, _ in a }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input))
            try stdin.fileHandleForWriting.close()
        }
        // Read before waiting, so a large output cannot fill the pipe and block the child.
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                      exitCode: process.terminationStatus)
    }

    /// A fresh temporary folder with the given files.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-cli-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }
}
