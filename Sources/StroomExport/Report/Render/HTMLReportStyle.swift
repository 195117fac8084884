/// The style sheet of the HTML report: plain, readable, and kind to printers (black on white,
/// tables that do not split a row, one map per page).
public enum HTMLReportStyle {
    public static let css = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      line-height: 1.45; color: #1b1b1b; background: #fff; max-width: 64rem; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
    h2 { font-size: 1.45rem; margin: 2.5rem 0 .4rem; border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; color: #1f4e79; }
    h3 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; }
    h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em;
      background: #f2f4f7; padding: 0 .25em; border-radius: 3px; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .92rem; }
    th, td { border: 1px solid #c8ccd2; padding: .3rem .5rem; text-align: left; vertical-align: top;
      overflow-wrap: anywhere; }
    th { background: #eef2f7; font-weight: 600; }
    td.num, th.num { text-align: right; }
    table.board { table-layout: fixed; }
    tr { break-inside: avoid; }
    thead { display: table-header-group; }
    .note { border-left: 4px solid #c77700; background: #fff7e6; padding: .4rem .7rem; }
    .warning { color: #a33a00; }
    nav ul { columns: 2; }
    figure.diagram { margin: 1rem 0; text-align: center; }
    figure.diagram svg { max-width: 100%; height: auto; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      nav { display: none; }
      section.map { break-before: page; }
      h2, h3, h4 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
      .note { background: none; }
      th { background: none; }
    }

    """
}
