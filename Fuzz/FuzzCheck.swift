// libFuzzer entry point: any bytes go through the parser and the whole check of a workspace.
// What must hold for every input: no crash, no hang, the tree prints back the input, and every
// diagnostic lies inside the file. Build and run with Fuzz/run.sh.
import StroomModel
import StroomSyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let source = SourceFile(path: "fuzz.vsm", bytes: bytes)
    let tree = SyntaxTree.parse(source)
    if tree.printedBytes() != bytes { fatalError("round trip failed") }
    // The same bytes as a benefit logic, next to a small map they can refer to.
    let other = SourceFile(path: "other.batenlogica", bytes: bytes)
    let companion = SourceFile(path: "g.vsm", text: "proces groepsplannen \"G\" {\n  idee koppeling \"K\"\n}\n")
    let analysis = Analysis(sources: [source, other, companion], options: AnalysisOptions(today: DayDate(year: 2026, month: 6, day: 1)))
    for (index, file) in analysis.files.enumerated() {
        for diagnostic in analysis.diagnosticsByFile[index] where diagnostic.range.utf8End > file.source.utf8Length {
            fatalError("diagnostic \(diagnostic.code) outside the file")
        }
        _ = analysis.maps.map { analysis.processMetrics($0) }
    }
    return 0
}
