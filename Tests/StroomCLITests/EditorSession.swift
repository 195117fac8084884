import Foundation
import StroomTestSupport
import Testing

/// A real editor run by a test: a temporary workspace (`stroom.json` that asks for Dutch, and
/// a `.vsm` and a `.batenlogica` file with one known mistake each), a temporary HOME and XDG folders so that nothing of
/// the user's is read, stdin closed or silent, output to a file, and a deadline.
struct EditorSession {
    /// A file with one known mistake (a misspelt name, N102) and what the server says about it.
    struct Sample: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        let message: String
        /// 1-based.
        let line: Int
        /// 0-based, in characters (all ASCII before it).
        let column: Int
        /// The message in English (when the editor asks for `language: en`).
        var english: String = ""
        var code: String { "N102" }
        var fileType: String { String(name.split(separator: ".").last ?? "") }
        var description: String { name }
    }

    /// `door: leeraar` on line 4 is misspelt.
    static let vsm = Sample(name: "rooster.vsm", text: """
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

    """, message: "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?", line: 4, column: 33,
                            english: "‘leeraar’ is not the name of anything. Did you mean ‘leraar’?")

    /// `wie: leerlingn` on line 4 is misspelt. The text block's lines start at column 0, where
    /// the editors leave them when they indent.
    static let batenlogica = Sample(name: "visie.batenlogica", text: [
        "# Visie: een voorbeeld met een fout",
        "batenlogica visie \"Onze visie\" {",
        "  stakeholder leerlingen \"Leerlingen\"",
        "  bedoeling samenwerken \"we meer samenwerken\" { wie: leerlingn }",
        "  baat meer_samen \"Meer samenwerking\" {",
        "    meting: \"aantal groepsopdrachten\"",
        "    omschrijving: \"\"\"",
        "Meer opdrachten in groepjes, # geen commentaar",
        "en samen nakijken.",
        "\"\"\"",
        "  }",
        "  meer_samen -> samenwerken { polariteit: + }",
        "}",
    ].joined(separator: "\n") + "\n", message: "‘leerlingn’ komt nergens voor als naam van iets. Bedoel je ‘leerlingen’?", line: 4, column: 53)

    static let samples = [vsm, batenlogica]

    let base: URL
    let workspace: URL
    let file: URL
    var environment: [String: String]

    /// A workspace with both samples; `file` is the one of `sample`.
    init(name: String, sample: Sample = EditorSession.vsm) throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-\(name)-\(UUID().uuidString)")
        workspace = base.appendingPathComponent("werkruimte")
        // The files are one folder below the workspace, so the root must be found upwards.
        file = workspace.appendingPathComponent("plannen/" + sample.name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ \"taal\": \"nl\" }\n".utf8).write(to: workspace.appendingPathComponent("stroom.json"))
        for each in Self.samples {
            try Data(each.text.utf8).write(to: workspace.appendingPathComponent("plannen/" + each.name))
        }
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

/// The editors' indenting is checked by flattening a sample and indenting it again; that is
/// only worth something if the sample is indented as `stroom fmt` writes it.
@Suite struct EditorSampleTests {
    @Test(arguments: EditorSession.samples)
    func theSampleIsAsStroomFmtWritesIt(_ sample: EditorSession.Sample) throws {
        let folder = try CommandRunner.folder([sample.name: sample.text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = CommandRunner.run(["fmt", "--check", sample.name], in: folder.path)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    }
}
