import Foundation
import StroomSyntax
import StroomTestSupport
import Testing

/// The editor files in `editors/` list the words of the language themselves (Vim's syntax and
/// Emacs's font-lock cannot ask the server). These tests keep their lists equal to the
/// keyword tables of StroomSyntax, both ways: a new kind or attribute fails here until the
/// editors know it, and so does a word the language does not have.
@Suite struct EditorFilesTests {
    static let kinds = Set(DeclarationKind.allKeywords)
    static let attributes = AttributeName.allSpellings

    static func text(_ path: String) throws -> String {
        try String(contentsOf: RepositoryPaths.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The words between `\<\%(` and `\)\>` of the Vim match whose name is given.
    static func vimWords(_ syntax: String, group: String) -> Set<String> {
        guard let start = syntax.range(of: "syntax match \(group)\n") else { return [] }
        let rest = syntax[start.upperBound...]
        guard let open = rest.range(of: "\\<\\%("), let close = rest.range(of: "\\)\\>", range: open.upperBound..<rest.endIndex) else {
            return []
        }
        return Set(rest[open.upperBound..<close.lowerBound].components(separatedBy: "\\|"))
    }

    /// The quoted words of an Emacs Lisp constant `(defconst NAME '( … )`.
    static func lispWords(_ lisp: String, constant: String) -> Set<String> {
        guard let start = lisp.range(of: "(defconst \(constant)\n  '("),
              let end = lisp.range(of: ")", range: start.upperBound..<lisp.endIndex) else { return [] }
        let body = lisp[start.upperBound..<end.lowerBound]
        return Set(body.components(separatedBy: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
    }

    @Test func vimSyntaxKnowsEveryKindAndAttribute() throws {
        let syntax = try Self.text("editors/vim/syntax/stroom.vim")
        #expect(Self.vimWords(syntax, group: "stroomKind") == Self.kinds)
        #expect(Self.vimWords(syntax, group: "stroomAttribute") == Self.attributes)
    }

    @Test func emacsModeKnowsEveryKindAndAttribute() throws {
        let lisp = try Self.text("editors/emacs/stroom-mode.el")
        #expect(Self.lispWords(lisp, constant: "stroom-kinds") == Self.kinds)
        #expect(Self.lispWords(lisp, constant: "stroom-attributes") == Self.attributes)
    }
}
