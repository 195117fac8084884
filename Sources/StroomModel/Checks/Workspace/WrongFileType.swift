import StroomSyntax

/// W601 — content in the wrong file type: a `proces` in a `.batenlogica`, a `batenlogica`
/// in a `.vsm`, or a file Stroom was asked to check that is neither.
public enum WrongFileType: CheckRule {
    public static let info = RuleInfo(
        code: "W601", severity: .error,
        title: LocalizedText(nl: "Verkeerd bestandstype", en: "Wrong file type"),
        explanation: LocalizedText(
            nl: "Een .vsm-bestand bevat value stream maps (proces, onderzoek); een .batenlogica-bestand bevat een batenlogica. Een kaart in het verkeerde soort bestand wordt wel gecontroleerd, maar hernoem het bestand of verplaats de kaart. Andere bestanden leest Stroom niet.",
            en: "A .vsm file holds value stream maps (process, study); a .batenlogica file holds a benefit logic. A map in the wrong kind of file is still checked, but rename the file or move the map. Stroom does not read other files."),
        example: "# in sws.vsm:\nbatenlogica sws \"SWS\" { … }   # W601: hernoem naar sws.batenlogica")

    public static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for file in analysis.files where file.source.fileType != .other {
            for map in file.maps {
                guard let kind = analysis.kind(map), let expected = Schema.fileType(ofMap: kind),
                      expected != file.source.fileType else { continue }
                context.report(fileIndex: analysis[map].fileIndex, range: analysis[map].keywordRange, message: LocalizedText(
                    nl: "Een \(MessageParts.noun(kind, .nl)) hoort in een .\(expected.rawValue)-bestand, niet in een .\(file.source.fileType.rawValue)-bestand.",
                    en: "\(MessageParts.kindList([kind], .en).capitalizedFirst) belongs in a .\(expected.rawValue) file, not in a .\(file.source.fileType.rawValue) file."))
            }
        }
    }

    /// For a file given on the command line that is neither `.vsm` nor `.batenlogica`.
    public static func diagnosticForUnknownFile() -> Diagnostic {
        Diagnostic(code: info.code, severity: info.severity, range: .empty(at: 0), message: LocalizedText(
            nl: "Stroom leest alleen .vsm- en .batenlogica-bestanden; dit bestand is overgeslagen.",
            en: "Stroom reads .vsm and .batenlogica files only; this file was skipped."))
    }
}
