import Foundation
import StroomTestSupport

/// A real editor run by a test: a temporary workspace (`stroom.json` that asks for Dutch, and
/// `rooster.vsm` with one known mistake), a temporary HOME and XDG folders so that nothing of
/// the user's is read, stdin closed or silent, output to a file, and a deadline.
struct EditorSession {
    /// The sample: `door: leeraar` on line 4 (column 33, 0-based) is misspelt (N102).
    static let sample = """
    # Rooster: een voorbeeld met een fout
    proces rooster "Rooster maken" {
      persoon leraar "Leraar"
      stap plannen "Plannen" { door: leeraar  tijd: 45min }
      stap delen "Delen" {
        door: leraar
      }
      plannen -> delen
      idee samen "Samen plannen" { categorie: ict }
    }

    """
    static let expectedCode = "N102"
    static let expectedMessage = "‘leeraar’ is nergens gedeclareerd. Bedoel je ‘leraar’?"
    static let expectedLine = 4
    static let expectedColumn = 33

    let base: URL
    let workspace: URL
    let file: URL
    var environment: [String: String]

    init(name: String) throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-\(name)-\(UUID().uuidString)")
        workspace = base.appendingPathComponent("werkruimte")
        // The file is one folder below the workspace, so the root must be found upwards.
        file = workspace.appendingPathComponent("plannen/rooster.vsm")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ \"taal\": \"nl\" }\n".utf8).write(to: workspace.appendingPathComponent("stroom.json"))
        try Data(Self.sample.utf8).write(to: file)
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": base.path,
            "LANG": "C.UTF-8",
            "TERM": "dumb",
            "STROOM_BINARY": CommandRunner.binary.path,
        ]
        for name in ["CONFIG", "DATA", "STATE", "CACHE", "RUNTIME"] {
            let folder = base.appendingPathComponent("xdg-" + name.lowercased())
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            environment["XDG_\(name)_" + (name == "RUNTIME" ? "DIR" : "HOME")] = folder.path
        }
    }

    var output: URL { base.appendingPathComponent("received.json") }

    /// Runs the editor until it quits (or `seconds` pass), and returns its exit status and what
    /// it printed. With `silentInput`, stdin is a pipe that stays open and empty (a real Vim
    /// quits at the end of its input); otherwise /dev/null.
    func run(_ executable: String, _ arguments: [String], seconds: Double = 120, silentInput: Bool = false) throws -> (status: Int32, printed: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = workspace
        process.environment = environment
        let input = Pipe()
        process.standardInput = silentInput ? input : FileHandle.nullDevice
        // To a file, not a pipe: nothing the editor prints can fill a pipe and stop it.
        let printedFile = base.appendingPathComponent("printed.txt")
        _ = FileManager.default.createFile(atPath: printedFile.path, contents: nil)
        let printed = try FileHandle(forWritingTo: printedFile)
        defer { try? printed.close() }
        process.standardOutput = printed
        process.standardError = printed
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        return (process.terminationStatus, (try? String(contentsOf: printedFile, encoding: .utf8)) ?? "")
    }

    /// What the editor's probe wrote.
    func received<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: Data(contentsOf: output))
    }

    func same(_ path: String?, _ url: URL) -> Bool {
        guard let path else { return false }
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        return URL(fileURLWithPath: trimmed).resolvingSymlinksInPath().path == url.resolvingSymlinksInPath().path
    }

    func remove() { try? FileManager.default.removeItem(at: base) }
}
