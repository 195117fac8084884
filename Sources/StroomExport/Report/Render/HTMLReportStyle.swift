/// The style sheet of the HTML report on screen: plain, readable, black on white. Table cells
/// wrap only at spaces (no word is ever broken), diagrams keep their own size in a box that
/// scrolls sideways. The rules for paper are in ``ReportPrintStyle``.
public enum HTMLReportStyle {
    public static let css = screen + ReportPrintStyle.css

    static let screen = """
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
      word-break: normal; overflow-wrap: normal; hyphens: manual; }
    th { background: #eef2f7; font-weight: 600; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    tr { break-inside: avoid; }
    thead { display: table-header-group; }
    .note { border-left: 4px solid #c77700; background: #fff7e6; padding: .4rem .7rem; }
    .warning { color: #8a3100; }
    .small, footer { font-size: .85rem; color: #4a4f57; }
    nav ul { columns: 2; }
    section.summary h3 { margin-top: 1.2rem; border-bottom: 1px solid #c8ccd2; }
    dl.facts { margin: .3rem 0 1rem; display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: .25rem 1rem; }
    dl.facts > div { display: contents; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    dl.facts dd ul { margin: 0; padding-left: 1.1rem; }
    figure.diagram { margin: 1rem 0; }
    figure.diagram .scroll { overflow-x: auto; border: 1px solid #e3e6ea; }
    figure.diagram svg { max-width: 100%; height: auto; }
    figure.diagram .scroll > svg { display: block; max-width: none; margin: 0 auto; }
    .tiles { display: none; }
    figure.diagram figcaption { font-size: .9rem; color: #4a4f57; margin-top: .3rem; }
    :focus-visible { outline: 3px solid #1f4e79; outline-offset: 2px; }

    """
}
