import Foundation
import StroomTestSupport
import Testing

/// A real editor: Vim 9 with Debian's ALE (vim-ale) and the shipped `editors/vim` runtime,
/// set up as its README says, opens a file with a known mistake and writes out what ALE
/// received from `stroom lsp`, and the file type, colours, settings and indenting (the driver
/// is `Tests/Tools/vim_probe.vim`). Vim runs without a terminal (`--not-a-term`) on an open,
/// silent stdin. Enabled when `vim` is found, or with STROOM_REQUIRE_TOOLS=1.
@Suite struct VimTests {
    struct Received: Decodable {
        struct Diagnostic: Decodable {
            let lnum: Int
            let col: Int
            let type: String
            let text: String
            let code: String
            let linter: String
        }

        let filetype: String?
        let linters: [String]?
        let diagnostics: [Diagnostic]?
        let commentstring: String?
        let shiftwidth: Int?
        let expandtab: Int?
        let groups: [String: String]?
        let root: String?
        let indented: [String]?
        let error: String?
    }

    func run(_ sample: EditorSession.Sample, language: String? = nil) throws -> (Received, EditorSession) {
        let vim = try #require(ExternalTools.vim, "vim is required (apt-get install vim-ale)")
        var session = try EditorSession(name: "vim", sample: sample)
        session.environment["STROOM_VIM_RUNTIME"] = RepositoryPaths.root.appendingPathComponent("editors/vim").path
        session.environment["STROOM_VIM_OUT"] = session.output.path
        if let language { session.environment["STROOM_VIM_LANGUAGE"] = language }
        let (status, printed) = try session.run(vim, ["-N", "-u", RepositoryPaths.tests.appendingPathComponent("Tools/vim_probe.vim").path,
                                                      "-i", "NONE", "-n", "--not-a-term", session.file.path],
                                                silentInput: true)
        #expect(status == 0, "vim exited with \(status):\n\(printed)")
        let received = try session.received(Received.self)
        #expect(received.error == nil, "\(received.error ?? "")")
        return (received, session)
    }

    @Test(.enabled(if: ExternalTools.vimEnabled, "needs vim and vim-ale (see .ci/run)"), arguments: EditorSession.samples)
    func aleShowsTheDiagnosticAndTheRuntimeWorks(_ sample: EditorSession.Sample) throws {
        let (received, session) = try run(sample)
        #expect(received.filetype == sample.fileType)
        // The linter is there without being listed in g:ale_linters.
        #expect(received.linters == ["stroom"])
        let errors = (received.diagnostics ?? []).filter { $0.type == "E" }
        #expect(errors.count == 1, "\(received.diagnostics.map { "\($0)" } ?? "none")")
        let error = errors.first
        #expect(error?.code == sample.code)
        #expect(error?.text == sample.message)
        #expect(error?.lnum == sample.line)
        #expect(error?.col == sample.column + 1)
        #expect(error?.linter == "stroom")
        #expect(session.same(received.root, session.workspace), "\(received.root ?? "nil")")
        #expect(received.commentstring == "# %s")
        #expect(received.shiftwidth == 2)
        #expect(received.expandtab == 1)
        if sample.fileType == "vsm" {
            #expect(received.groups == [
                "kind": "stroomKind", "declared": "stroomDeclared", "attribute": "stroomAttribute",
                "duration": "stroomDuration", "string": "stroomString", "comment": "stroomComment",
                "arrow": "stroomArrow",
                // `ict` after `categorie:` is a value, not the kind.
                "value_ict": "", "text_block": "",
            ])
        } else {
            #expect(received.groups?["kind"] == "stroomKind", "\(received.groups ?? [:])")
            #expect(received.groups?["arrow"] == "stroomArrow", "\(received.groups ?? [:])")
            // `#` inside a """…""" text is text.
            #expect(received.groups?["text_block"] == "stroomString", "\(received.groups ?? [:])")
        }
        // Flattened and indented again (=G), the sample comes back as written.
        #expect(received.indented.map { $0.joined(separator: "\n") + "\n" } == sample.text)
        session.remove()
    }

    /// g:stroom_lsp_options reaches the server as initializationOptions: English asked for,
    /// English given (stroom.json says Dutch).
    @Test(.enabled(if: ExternalTools.vimEnabled, "needs vim and vim-ale (see .ci/run)"))
    func theOptionsReachTheServer() throws {
        let (received, session) = try run(EditorSession.vsm, language: "en")
        let errors = (received.diagnostics ?? []).filter { $0.type == "E" }
        #expect(errors.map(\.text) == [EditorSession.vsm.english])
        session.remove()
    }
}
