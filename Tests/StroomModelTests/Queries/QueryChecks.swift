import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Helpers shared by the query tests.
enum QueryChecks {
    /// Applies text edits to one file's text (edits must not overlap).
    static func apply(_ edits: [TextEdit], to text: String) -> String {
        var bytes = Array(text.utf8)
        for edit in edits.sorted(by: { $0.range.utf8Start > $1.range.utf8Start }) {
            bytes.replaceSubrange(edit.range.utf8Start..<edit.range.utf8End, with: Array(edit.newText.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The texts of all files after a workspace edit.
    static func apply(_ edit: SourceChange, to workspace: MarkedWorkspace) -> [String] {
        workspace.files.enumerated().map { index, file in
            apply(edit.files.first { $0.fileIndex == index }?.edits ?? [], to: file.text)
        }
    }

    /// The text of a range of a file of the analysis.
    static func text(_ analysis: Analysis, _ location: TextLocation) -> String {
        analysis.files[location.fileIndex].source.text(in: location.range)
    }
}
