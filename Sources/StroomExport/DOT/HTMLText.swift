import StroomModel
/// The markup of an HTML-like Graphviz label, built so that user text can only enter through
/// ``DotEscaping/escape(_:for:)``: `text` escapes, the tag helpers take Stroom's own values.
struct HTMLText {
    private(set) var markup = ""

    init() {}

    /// User text (escaped; line breaks become `<BR/>`).
    static func text(_ text: String) -> HTMLText {
        var html = HTMLText()
        html.markup = DotEscaping.escape(text, for: .html)
        return html
    }

    /// Lines of user text joined by `<BR/>` (the last line ends at `align`).
    static func lines(_ lines: [String], align: String? = nil) -> HTMLText {
        var html = HTMLText()
        let breakTag = align.map { "<BR ALIGN=\"\($0)\"/>" } ?? "<BR/>"
        html.markup = lines.map { DotEscaping.escape($0, for: .html) }.joined(separator: breakTag)
        if align != nil, !lines.isEmpty { html.markup += breakTag }
        return html
    }

    /// Markup Stroom writes itself (tags, attribute values it chose).
    static func tag(_ markup: String) -> HTMLText {
        var html = HTMLText()
        html.markup = markup
        return html
    }

    static func + (lhs: HTMLText, rhs: HTMLText) -> HTMLText {
        var html = lhs
        html.markup += rhs.markup
        return html
    }

    static func += (lhs: inout HTMLText, rhs: HTMLText) {
        lhs.markup += rhs.markup
    }

    var isEmpty: Bool { markup.isEmpty }

    static let lineBreak = HTMLText.tag("<BR/>")

    // An empty element (`<B></B>`, `<FONT …></FONT>`) is an error to Graphviz: nothing is
    // wrapped around nothing.
    func bold() -> HTMLText { isEmpty ? self : .tag("<B>") + self + .tag("</B>") }
    func italic() -> HTMLText { isEmpty ? self : .tag("<I>") + self + .tag("</I>") }

    /// `<FONT …>` with a point size and colour chosen by Stroom.
    func font(size: Double? = nil, color: String? = nil) -> HTMLText {
        var attributes = ""
        if let size { attributes += " POINT-SIZE=\"\(FigureText.decimal(size, .en))\"" }
        if let color { attributes += " COLOR=\"\(color)\"" }
        return attributes.isEmpty || isEmpty ? self : .tag("<FONT\(attributes)>") + self + .tag("</FONT>")
    }

    /// A table cell: `<TD …>content</TD>`.
    static func cell(_ content: HTMLText, _ attributes: String = "") -> HTMLText {
        .tag("<TD\(attributes.isEmpty ? "" : " " + attributes)>") + (content.isEmpty ? .tag(" ") : content) + .tag("</TD>")
    }

    /// A table row of cells.
    static func row(_ cells: [HTMLText]) -> HTMLText {
        cells.reduce(HTMLText.tag("<TR>"), +) + .tag("</TR>")
    }

    /// A table around rows.
    static func table(_ rows: [HTMLText], _ attributes: String) -> HTMLText {
        rows.reduce(HTMLText.tag("<TABLE \(attributes)>"), +) + .tag("</TABLE>")
    }
}
