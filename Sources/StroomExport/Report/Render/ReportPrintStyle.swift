/// The style sheet of the HTML report on paper (a browser's print, `stroom report --format
/// pdf`): A4 with margins, the summary on the first page, each map from a new page, headings
/// kept with what follows them, and a diagram wider than the portrait page on a landscape page
/// of its own, scaled to that page.
enum ReportPrintStyle {
    static let css = """
    @page { size: A4; margin: 15mm 15mm 18mm; }
    @page wide { size: A4 landscape; margin: 12mm; }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
      nav { display: none; }
      section.map { break-before: page; }
      h1, h2, h3, h4 { break-after: avoid; break-inside: avoid; }
      dl.facts > div, tr, figure.diagram { break-inside: avoid; }
      section.summary h3 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
      .note, th, code { background: none; }
      figure.diagram .scroll { overflow: visible; border: none; }
      figure.diagram .scroll > svg { max-width: 100%; max-height: 240mm; width: auto; }
      figure.diagram.wide { page: wide; }
      figure.diagram.wide .scroll > svg { max-height: 168mm; }
      figure.diagram.split { break-inside: auto; }
      figure.diagram.split > .scroll { display: none; }
      .tiles { display: block; }
      .tile { break-before: page; }
      .tile.wide { page: wide; }
      .tile svg { display: block; width: 100%; height: auto; max-height: 245mm; }
      .tile.wide svg { max-height: 168mm; }
      .tile p { font-size: 9pt; color: #4a4f57; margin: .2rem 0 0; }
      figure.diagram.split figcaption { display: none; }
    }

    """
}
