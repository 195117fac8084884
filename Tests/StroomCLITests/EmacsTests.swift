import Foundation
import StroomTestSupport
import Testing

/// A real editor: `emacs --batch` with Debian's eglot (elpa-eglot) or lsp-mode (elpa-lsp-mode)
/// and only the shipped `editors/emacs/stroom-mode.el`, set up as its README says, opens a file
/// with a known mistake and writes out what it received from `stroom lsp` (the driver is
/// `Tests/Tools/emacs_probe.el`). Enabled when `emacs` is found, or with STROOM_REQUIRE_TOOLS=1.
@Suite struct EmacsTests {
    struct Received: Decodable {
        struct Diagnostic: Decodable {
            let line: Int
            let column: Int
            let text: String
            let code: String?
            let type: String?
            let severity: Int?
        }

        let mode: String?
        let comment_start: String?
        let faces: [String: String]?
        let imenu: [String]?
        let indented: String?
        let project_root: String?
        let server_root: String?
        let language_id: String?
        let diagnostics: [Diagnostic]?
        let error: String?
    }

    static let mode = RepositoryPaths.root.appendingPathComponent("editors/emacs/stroom-mode.el")

    func run(client: String, sample: EditorSession.Sample = EditorSession.vsm, language: String? = nil) throws -> (Received, EditorSession) {
        let emacs = try #require(ExternalTools.emacs, "emacs is required (apt-get install emacs-nox)")
        var session = try EditorSession(name: "emacs-\(client)", sample: sample)
        session.environment["STROOM_EMACS_MODE"] = Self.mode.path
        session.environment["STROOM_EMACS_CLIENT"] = client
        session.environment["STROOM_EMACS_FILE"] = session.file.path
        session.environment["STROOM_EMACS_OUT"] = session.output.path
        if let language { session.environment["STROOM_EMACS_LANGUAGE"] = language }
        let (status, printed) = try session.run(emacs, ["--batch", "-Q", "-l", RepositoryPaths.tests.appendingPathComponent("Tools/emacs_probe.el").path])
        #expect(status == 0, "emacs exited with \(status):\n\(printed)")
        let received = try session.received(Received.self)
        #expect(received.error == nil, "\(received.error ?? "")\n\(printed)")
        #expect(received.mode == "stroom-mode")
        // project.el finds the folder with stroom.json, above the file's own folder.
        #expect(session.same(received.project_root, session.workspace), "\(received.project_root ?? "nil")")
        return (received, session)
    }

    @Test(.enabled(if: ExternalTools.emacsEnabled, "needs emacs and elpa-eglot (see .ci/run)"), arguments: EditorSession.samples)
    func eglotShowsTheDiagnostic(_ sample: EditorSession.Sample) throws {
        let (received, session) = try run(client: "eglot", sample: sample)
        // eglot 1.9 writes a flymake text "SOURCE [CODE]: MESSAGE".
        let errors = (received.diagnostics ?? []).filter { $0.type == "eglot-error" }
        #expect(errors.count == 1, "\(received.diagnostics ?? [])")
        #expect(errors.first?.text == "stroom [\(sample.code)]: \(sample.message)")
        #expect(errors.first?.line == sample.line)
        #expect(errors.first?.column == sample.column)
        #expect(session.same(received.server_root, session.workspace), "\(received.server_root ?? "nil")")
        session.remove()
    }

    @Test(.enabled(if: ExternalTools.emacsEnabled, "needs emacs and elpa-lsp-mode (see .ci/run)"), arguments: EditorSession.samples)
    func lspModeShowsTheDiagnostic(_ sample: EditorSession.Sample) throws {
        let (received, session) = try run(client: "lsp-mode", sample: sample)
        // The language id from the file's extension.
        #expect(received.language_id == sample.fileType)
        let errors = (received.diagnostics ?? []).filter { $0.severity == 1 }
        #expect(errors.count == 1, "\(received.diagnostics ?? [])")
        #expect(errors.first?.code == sample.code)
        #expect(errors.first?.text == sample.message)
        #expect(errors.first?.line == sample.line)
        #expect(errors.first?.column == sample.column)
        #expect(session.same(received.server_root, session.workspace), "\(received.server_root ?? "nil")")
        session.remove()
    }

    /// `stroom-lsp-initialization-options' reaches the server through both clients: English
    /// asked for, English given (stroom.json says Dutch).
    @Test(.enabled(if: ExternalTools.emacsEnabled, "needs emacs, elpa-eglot and elpa-lsp-mode (see .ci/run)"),
          arguments: ["eglot", "lsp-mode"])
    func theOptionsReachTheServer(_ client: String) throws {
        let (received, session) = try run(client: client, language: "en")
        let texts = (received.diagnostics ?? []).map(\.text)
        let english = EditorSession.vsm.english
        #expect(texts.contains(english) || texts.contains("stroom [N102]: \(english)"), "\(texts)")
        session.remove()
    }

    /// Without a client: colours, comments, imenu and indenting of the mode itself.
    @Test(.enabled(if: ExternalTools.emacsEnabled, "needs emacs (apt-get install emacs-nox)"), arguments: EditorSession.samples)
    func theModeColoursListsAndIndents(_ sample: EditorSession.Sample) throws {
        let (received, session) = try run(client: "none", sample: sample)
        #expect(received.comment_start == "# ")
        // Flattened and indented again, the sample comes back as written.
        #expect(received.indented == sample.text)
        guard sample.fileType == "vsm" else {
            // `#` inside a """…""" text is text.
            #expect(received.faces?["text_block"] == "font-lock-string-face", "\(received.faces ?? [:])")
            #expect(received.imenu == ["batenlogica visie", "stakeholder leerlingen", "bedoeling samenwerken", "baat meer_samen"])
            session.remove()
            return
        }
        #expect(received.faces == [
            "kind": "font-lock-keyword-face",
            "declared": "font-lock-function-name-face",
            "attribute": "font-lock-builtin-face",
            "duration": "stroom-value-face",
            "string": "font-lock-string-face",
            "comment": "font-lock-comment-delimiter-face",
            "arrow": "stroom-arrow-face",
            "chain": "font-lock-variable-name-face",
            // `ict` after `categorie:` is a value, not the kind.
            "value_ict": "nil",
            "text_block": "not found",
        ])
        #expect(received.imenu == ["proces rooster", "persoon leraar", "stap plannen", "stap delen", "idee samen"])
        session.remove()
    }

    /// The mode byte-compiles without a warning (warnings are errors here).
    @Test(.enabled(if: ExternalTools.emacsEnabled, "needs emacs (apt-get install emacs-nox)"))
    func theModeByteCompilesWithoutWarnings() throws {
        let emacs = try #require(ExternalTools.emacs, "emacs is required (apt-get install emacs-nox)")
        let session = try EditorSession(name: "emacs-compile")
        let copy = session.base.appendingPathComponent("stroom-mode.el")
        try FileManager.default.copyItem(at: Self.mode, to: copy)
        let (status, printed) = try session.run(emacs, ["--batch", "-Q", "--eval", "(setq byte-compile-error-on-warn t)",
                                                        "-f", "batch-byte-compile", copy.path])
        #expect(status == 0, "byte-compile failed:\n\(printed)")
        #expect(FileManager.default.fileExists(atPath: copy.path + "c"))
        #expect(!printed.contains("Warning"), "\(printed)")
        session.remove()
    }
}
