import StroomLSP
import StroomModel
import StroomSyntax

/// Places and changes of the editor queries (`TextLocation`, `SourceChange`: UTF-8 ranges and
/// file indexes) as LSP locations and workspace edits, in the negotiated encoding.
extension FileContext {
    func location(_ place: TextLocation) -> Location {
        location(inFile: place.fileIndex, place.range)
    }

    /// Edits of one file of the workspace, in that file's positions.
    func textEdits(_ edits: [StroomSyntax.TextEdit], inFile index: Int) -> [StroomLSP.TextEdit] {
        let source = analysis.files[index].source
        return edits.map { edit in
            let whole = edit.wholeLineBreaks(in: source.bytes)
            return StroomLSP.TextEdit(range: source.lineTable.range(of: whole.range, in: encoding), newText: whole.newText)
        }
    }

    /// A change across files as `changes` (URI → edits), which every client takes. Nil when
    /// nothing changes.
    func workspaceEdit(_ change: SourceChange) -> WorkspaceEdit? {
        var changes: [DocumentURI: [StroomLSP.TextEdit]] = [:]
        for file in change.files where !file.edits.isEmpty {
            changes[uri(ofFile: file.fileIndex), default: []] += textEdits(file.edits, inFile: file.fileIndex)
        }
        return changes.isEmpty ? nil : WorkspaceEdit(changes: changes)
    }
}

extension AnalyzedWorkspace {
    /// A place in this workspace as an LSP location (for requests that span workspaces).
    func location(_ place: TextLocation, encoding: PositionEncoding, uri: (DocumentKey) -> DocumentURI) -> Location {
        let lines = analysis.files[place.fileIndex].source.lineTable
        return Location(uri: uri(keys[place.fileIndex]), range: lines.range(of: place.range, in: encoding))
    }
}

extension StroomSyntax.TextEdit {
    /// The same edit with no end between the `\r` and the `\n` of a CR LF: an LSP position
    /// cannot stand there (a client reads it as the end of the line, before the `\r`). An end
    /// that does is moved over the `\r` or the `\n`, which the new text then writes again.
    func wholeLineBreaks(in bytes: [UInt8]) -> StroomSyntax.TextEdit {
        func splitsCRLF(_ offset: Int) -> Bool {
            offset > 0 && offset < bytes.count && bytes[offset - 1] == 0x0D && bytes[offset] == 0x0A
        }
        var start = range.utf8Start
        var end = range.utf8End
        var text = newText
        if splitsCRLF(start) {
            start -= 1
            text = "\r" + text
        }
        if splitsCRLF(end) {
            end += 1
            text += "\n"
        }
        return StroomSyntax.TextEdit(range: TextRange(utf8Start: start, utf8End: end), newText: text)
    }
}
