import StroomModel
import StroomSyntax

/// A piece of text with a little markup. Each renderer escapes the strings for its format;
/// nothing here is ever markup already.
enum Inline: Equatable {
    case text(String)
    /// An id as written in the files (`speciale_aandacht`).
    case code(String)
    case strong(String)
    /// Something a reader must not miss (an overdue date, "nothing contributes").
    case warning(String)
    case lineBreak
}

typealias Line = [Inline]

/// A block of the report, in the order it is read.
enum Block {
    case heading(level: Int, Line)
    case paragraph(Line)
    /// A remark that explains why a number is missing, or a warning about the file.
    case note(Line)
    case bullets([Line])
    case table(Table)
    /// Where the diagram of a map goes (HTML only).
    case diagram(Diagram)
    /// Labelled facts, each with one or more lines (the summary of a map).
    case facts([Fact])
    /// A line in small print (where the map's file is).
    case small(Line)
}

/// One labelled fact of a summary: "Doorlooptijd" and its value, or "Open actiepunten" and
/// one line per action point.
struct Fact {
    let label: String
    let lines: [Line]
}

/// A map's diagram: which map, the caption under it, and the same picture told in words for
/// readers who cannot see it (screen readers, a text-only copy).
struct Diagram {
    let mapID: String
    let caption: String
    let description: String
}

struct Table {
    var header: [Line]
    var rows: [[Line]]
    /// Columns whose cells are numbers (right-aligned).
    var numericColumns: Set<Int> = []
    /// A board (phase columns, quadrant): columns of equal width.
    var isBoard = false
}
