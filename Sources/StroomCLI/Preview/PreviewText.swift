import StroomSyntax

/// The words of the preview page and command, in Dutch and English.
enum PreviewText {
    static func title(_ language: Language) -> String {
        LocalizedText(nl: "Stroom: voorbeeld", en: "Stroom: preview")[language]
    }

    static func intro(_ path: String, _ language: Language) -> String {
        LocalizedText(nl: "De kaarten in \(path). Deze pagina werkt zichzelf bij zodra je een bestand bewaart.",
                      en: "The maps in \(path). This page updates itself as soon as you save a file.")[language]
    }

    static func noFiles(_ language: Language) -> String {
        LocalizedText(nl: "Nog geen .vsm- of .batenlogica-bestanden gevonden.",
                      en: "No .vsm or .batenlogica files found yet.")[language]
    }

    static func findings(_ count: Int, _ language: Language) -> String {
        LocalizedText(nl: count == 1 ? "1 bevinding" : "\(count) bevindingen",
                      en: count == 1 ? "1 finding" : "\(count) findings")[language]
    }

    static func line(_ language: Language) -> String {
        LocalizedText(nl: "regel", en: "line")[language]
    }

    static func keptPicture(hasPicture: Bool, _ language: Language) -> String {
        hasPicture
            ? LocalizedText(nl: "Het bestand heeft fouten: hieronder staat de laatste versie zonder fouten.",
                            en: "The file has errors: below is its last version without errors.")[language]
            : LocalizedText(nl: "Het bestand heeft fouten: er is nog geen versie zonder fouten om te tonen.",
                            en: "The file has errors: there is no version without errors to show yet.")[language]
    }

    static func diagramLabel(mapID: String, view: String, _ language: Language) -> String {
        LocalizedText(nl: "Diagram van kaart \(mapID), weergave \(view)", en: "Diagram of map \(mapID), view \(view)")[language]
    }

    static func graphvizFailed(_ language: Language) -> String {
        LocalizedText(nl: "Graphviz kon deze kaart niet tekenen; hier is de DOT-tekst.",
                      en: "Graphviz could not draw this map; here is the DOT text.")[language]
    }

    static func live(_ language: Language) -> String {
        LocalizedText(nl: "Bijgewerkt", en: "Updated")[language]
    }
}
