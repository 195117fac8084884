// libFuzzer entry point: any bytes go through everything a user can run on a file — parse,
// check, format, every DOT and Mermaid view, the report in every format. Build and run with
// Fuzz/run.sh. What must hold for every input:
// - no crash and no hang (libFuzzer's -timeout);
// - the tree prints back the input, byte for byte;
// - every diagnostic lies inside its file;
// - the formatter changes whitespace only, and formatting its result changes nothing;
// - every export of a file without errors gives text.
import StroomExport
import StroomFormat
import StroomModel
import StroomSyntax

/// A small map the fuzzed files can refer to (`groepsplannen.koppeling`).
private let companion = SourceFile(path: "g.vsm", text: "proces groepsplannen \"G\" {\n  idee koppeling \"K\"\n}\n")
private let options = AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The last byte picks how the same bytes are read, so that one corpus covers both kinds
    // of file and both languages without doubling the work per input.
    let selector = bytes.last ?? 0
    let path = selector & 1 == 0 ? "fuzz.vsm" : "fuzz.batenlogica"
    let language: Language = selector & 2 == 0 ? .nl : .en
    let source = SourceFile(path: path, bytes: bytes)

    let tree = SyntaxTree.parse(source)
    if tree.printedBytes() != bytes { fatalError("round trip failed") }
    checkFormatter(tree, bytes)

    let analysis = Analysis(sources: [source, companion], options: options)
    for (index, file) in analysis.files.enumerated() {
        for diagnostic in analysis.diagnosticsByFile[index] where diagnostic.range.utf8End > file.source.utf8Length {
            fatalError("diagnostic \(diagnostic.code) outside the file")
        }
    }
    checkExports(analysis, path: path, language: language)
    return 0
}

/// The formatter's promise: only spaces, tabs and line breaks change, and its output is a
/// fixed point.
private func checkFormatter(_ tree: SyntaxTree, _ bytes: [UInt8]) {
    guard let formatted = Formatter.format(tree).formatted else { return }
    if withoutWhitespace(formatted.bytes) != withoutWhitespace(bytes) {
        fatalError("the formatter changed more than whitespace")
    }
    let again = Formatter.format(SourceFile(path: tree.source.path, bytes: formatted.bytes))
    guard let second = again.formatted else { fatalError("the formatter refused its own output") }
    if second.isChanged { fatalError("formatting is not idempotent") }
}

/// The text without white space as Unicode defines it: the formatter turns the Unicode spaces
/// between tokens (U+00A0, U+2003, …) into plain spaces (docs/formatting.md, rule 1), so they
/// count as white space here too; zero-width characters (U+200B, U+FEFF) are not white space
/// and must stay. The formatter refuses text that is not UTF-8, so decoding loses nothing.
private func withoutWhitespace(_ bytes: [UInt8]) -> [Unicode.Scalar] {
    String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { !$0.properties.isWhitespace }
}

/// Every view of the file's maps in DOT and Mermaid, and the report in every format. A view
/// may refuse (no map of its kind); a file whose maps have a view must give text for it.
private func checkExports(_ analysis: Analysis, path: String, language: Language) {
    let hasErrors = analysis.diagnosticsByFile[0].contains { $0.severity == .error }
    for view in ExportView.allCases {
        let exportOptions = ExportOptions(view: view, language: language)
        if case .success(let output) = DotExporter.export(analysis, path: path, options: exportOptions) {
            if output.text.isEmpty { fatalError("empty DOT for \(view)") }
        }
        if view.hasMermaid, case .success(let output) = MermaidExporter.export(analysis, path: path, options: exportOptions) {
            if output.text.isEmpty { fatalError("empty Mermaid for \(view)") }
        }
    }
    if hasErrors { return }
    let report = ReportBuilder(analysis: analysis).build(paths: [path])
    for format in ReportOutputFormat.allCases where format.render(report, language: language).isEmpty {
        fatalError("empty \(format) report")
    }
}
