import StroomSyntax

/// W603 — a file that is not UTF-8.
///
/// Stroom reads every file as UTF-8 (with or without a BOM). A file saved in another encoding
/// (Windows-1252, Latin-1) shows its accented letters as broken bytes. The whole file is still
/// read; the diagnostic points at the first byte that is not UTF-8.
enum InvalidUTF8 {
    static let info = RuleInfo(
        code: "W603", severity: .error,
        title: LocalizedText(nl: "Bestand is geen UTF-8", en: "File is not UTF-8"),
        explanation: LocalizedText(
            nl: "Stroom leest bestanden als UTF-8. Dit bestand bevat bytes die geen UTF-8 zijn, meestal omdat het in een andere codering (zoals Windows-1252) is opgeslagen; letters als ë en é komen dan verkeerd door. Sla het bestand op als UTF-8 (in de meeste editors: ‘Opslaan met codering’). De melding wijst de eerste foute byte aan.",
            en: "Stroom reads files as UTF-8. This file holds bytes that are not UTF-8, usually because it was saved in another encoding (such as Windows-1252); letters such as ë and é then come through wrong. Save the file as UTF-8 (in most editors: ‘Save with encoding’). The diagnostic points at the first bad byte."),
        example: "# een bestand opgeslagen als Windows-1252: ideeën wordt id\\xEBen",
        canBeSilenced: false)

    static func diagnostic(at offset: Int, in source: SourceFile) -> Diagnostic {
        Diagnostic(code: info.code, severity: info.severity, range: TextRange(utf8Start: offset, utf8End: offset + 1),
                   message: LocalizedText(
                    nl: "Dit bestand is geen geldige UTF-8: de byte op positie \(offset) (0x\(hex(source.bytes[offset]))) hoort niet bij UTF-8. Sla het bestand op als UTF-8.",
                    en: "This file is not valid UTF-8: the byte at offset \(offset) (0x\(hex(source.bytes[offset]))) is not UTF-8. Save the file as UTF-8."))
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
