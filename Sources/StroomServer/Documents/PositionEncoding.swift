import StroomLSP
import StroomSyntax

/// The position encoding agreed in `initialize`: how `Position.codeUnitColumn` counts.
enum PositionEncoding: Sendable {
    case utf8
    case utf16

    /// `utf-8` when the client lists it (it saves converting), else the mandatory `utf-16`.
    static func negotiate(_ offered: [PositionEncodingKind]?) -> PositionEncoding {
        (offered ?? []).contains(.utf8) ? .utf8 : .utf16
    }

    var kind: PositionEncodingKind {
        switch self {
        case .utf8: .utf8
        case .utf16: .utf16
        }
    }
}

/// LSP positions ⇄ UTF-8 offsets, on top of the conversions in `LineTable+Columns`. A byte
/// order mark is a character here: the editor's text holds it (U+FEFF, one UTF-16 unit, three
/// UTF-8 units), so the first real character of line 0 is at column 1 (`docs/language-server.md`).
extension LineTable {
    func position(of utf8Offset: Int, in encoding: PositionEncoding) -> Position {
        switch encoding {
        case .utf8:
            let (line, column) = utf8Column(of: utf8Offset, countingBOM: true)
            return Position(line: line, codeUnitColumn: column)
        case .utf16:
            let (line, column) = utf16Column(of: utf8Offset, countingBOM: true)
            return Position(line: line, codeUnitColumn: column)
        }
    }

    func range(of textRange: TextRange, in encoding: PositionEncoding) -> LSPRange {
        LSPRange(start: position(of: textRange.utf8Start, in: encoding), end: position(of: textRange.utf8End, in: encoding))
    }

    /// The offset of a position, clamped into the file; `clamped` tells whether it had to be.
    func utf8Offset(of position: Position, in encoding: PositionEncoding) -> (utf8Offset: Int, clamped: Bool) {
        switch encoding {
        case .utf8: utf8Offset(line: position.line, utf8Column: position.codeUnitColumn, countingBOM: true)
        case .utf16: utf8Offset(line: position.line, utf16Column: position.codeUnitColumn, countingBOM: true)
        }
    }

    /// The UTF-8 range of an LSP range, clamped into the file; a reversed range is put in order.
    func textRange(of range: LSPRange, in encoding: PositionEncoding) -> (range: TextRange, clamped: Bool) {
        let start = utf8Offset(of: range.start, in: encoding)
        let end = utf8Offset(of: range.end, in: encoding)
        let reversed = end.utf8Offset < start.utf8Offset
        let lower = min(start.utf8Offset, end.utf8Offset)
        let upper = max(start.utf8Offset, end.utf8Offset)
        return (TextRange(utf8Start: lower, utf8End: upper), start.clamped || end.clamped || reversed)
    }
}
