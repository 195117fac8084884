/// The catalog of syntax messages (S0xx), sorted by code. Every syntax diagnostic the lexer
/// pass or the parser gives is built here, so wording lives in one place.
public enum SyntaxMessages {
    static func quoted(_ text: String) -> String { "‘\(text)’" }

    /// S001 unexpected character.
    static func unexpectedCharacter(_ text: String) -> LocalizedText {
        LocalizedText(
            nl: "Onverwacht teken \(quoted(text)). Namen bestaan uit letters, cijfers en _; tekst staat tussen \"aanhalingstekens\".",
            en: "Unexpected character \(quoted(text)). Names consist of letters, digits and _; text goes between \"quotes\".")
    }

    /// S001 for typographic quotes.
    static let curlyQuotes = LocalizedText(
        nl: "Gekrulde aanhalingstekens (“…”) komen meestal uit een tekstverwerker. Gebruik rechte: \"…\".",
        en: "Curly quotes (“…”) usually come from a word processor. Use straight ones: \"…\".")

    /// S002 unterminated string.
    static let unterminatedString = LocalizedText(
        nl: "Deze tekst heeft geen sluitend aanhalingsteken. Zet een \" aan het eind.",
        en: "This text has no closing quote. Put a \" at its end.")
    static let unterminatedMultilineString = LocalizedText(
        nl: "Deze tekst over meerdere regels heeft geen sluitende \"\"\".",
        en: "This multi-line text has no closing \"\"\".")

    /// S003 missing `}`, named by what the block belongs to (see `blockOwner`), or "->" for
    /// the block of an arrow and "{" for a block that belongs to nothing.
    static func missingCloseBrace(_ owner: String) -> LocalizedText {
        switch owner {
        case "->":
            return LocalizedText(
                nl: "Hier sluit waarschijnlijk het blok van de pijl: zet er een } om het te sluiten.",
                en: "The block of the arrow most likely ends here: put a } to close it.")
        case "{":
            return LocalizedText(
                nl: "Hier sluit waarschijnlijk het blok dat met { begon: zet er een } om het te sluiten.",
                en: "The block that began with { most likely ends here: put a } to close it.")
        default:
            return LocalizedText(
                nl: "Hier sluit waarschijnlijk het blok van \(owner): zet er een } om het te sluiten.",
                en: "The block of \(owner) most likely ends here: put a } to close it.")
        }
    }

    /// `stap ‘Groepsplan schrijven’ (schrijven)`: the keyword as written, the label, the id.
    static func blockOwner(keyword: String, name: String?, label: String?) -> String {
        switch (name, label) {
        case let (name?, label?) where label != name: "\(keyword) \(quoted(label)) (\(name))"
        case let (name?, _): "\(keyword) \(quoted(name))"
        case let (nil, label?): "\(keyword) \(quoted(label))"
        case (nil, nil): quoted(keyword)
        }
    }

    /// The text of a simple one-line label token without its quotes; nil when it holds escapes
    /// or is not closed (the message then names the id alone).
    static func plainLabel(_ token: String) -> String? {
        guard token.count >= 2, token.hasPrefix("\""), token.hasSuffix("\""), !token.hasPrefix("\"\"\""),
              !token.contains("\\") else { return nil }
        let inner = String(token.dropFirst().dropLast())
        return inner.isEmpty || inner.contains("\n") ? nil : inner
    }
    static let openedHere = LocalizedText(nl: "het blok opent hier", en: "the block opens here")

    /// S004 expected an id after a kind keyword.
    static func missingName(_ keyword: String) -> LocalizedText {
        LocalizedText(
            nl: "Na \(quoted(keyword)) hoort een naam, bijvoorbeeld: \(keyword) mijn_naam \"Omschrijving\".",
            en: "\(quoted(keyword)) must be followed by a name, for example: \(keyword) my_name \"Label\".")
    }

    /// S005 expected `:` after an attribute name.
    static func missingColon(_ name: String) -> LocalizedText {
        LocalizedText(
            nl: "Na \(quoted(name)) hoort een dubbele punt: \(name): …",
            en: "\(quoted(name)) must be followed by a colon: \(name): …")
    }

    /// S006 unknown keyword.
    static func unknownKeyword(_ word: String, suggestion: String?) -> LocalizedText {
        let nlHint = suggestion.map { " Bedoel je \(quoted($0))?" } ?? " Begin een regel met een soort (zoals stap, probleem, idee) of een eigenschap met een dubbele punt."
        let enHint = suggestion.map { " Did you mean \(quoted($0))?" } ?? " Start a line with a kind (such as step, problem, idea) or an attribute with a colon."
        return LocalizedText(
            nl: "\(quoted(word)) is geen bekend woord voor een soort.\(nlHint)",
            en: "\(quoted(word)) is not a known kind.\(enHint)")
    }

    /// S007 invalid duration unit.
    /// `writtenOut`: the duration with the short unit, for a unit written out in full (`10min`).
    static func invalidUnit(_ unit: String, writtenOut: String? = nil) -> LocalizedText {
        let units = DurationUnit.allSpellings.joined(separator: ", ")
        if let writtenOut {
            return LocalizedText(
                nl: "Schrijf de eenheid kort: \(writtenOut). Tijdseenheden zijn: \(units).",
                en: "Write the unit short: \(writtenOut). The units of time are: \(units).")
        }
        return LocalizedText(
            nl: "\(quoted(unit)) is geen tijdseenheid. Gebruik een van: \(units) (zonder spatie, bijvoorbeeld 45min).",
            en: "\(quoted(unit)) is not a unit of time. Use one of: \(units) (no space, for example 45min).")
    }

    /// S008 invalid date.
    /// S010 for `gereed: 15-02-2027`: a date written day first.
    static func dayMonthYear(_ written: String, date: String) -> LocalizedText {
        LocalizedText(
            nl: "Schrijf een datum als jaar-maand-dag: \(date) in plaats van \(written).",
            en: "Write a date as year-month-day: \(date) instead of \(written).")
    }

    static func invalidDate(_ text: String) -> LocalizedText {
        LocalizedText(
            nl: "\(quoted(text)) is geen bestaande datum. Schrijf jaar-maand-dag, bijvoorbeeld 2026-03-01.",
            en: "\(quoted(text)) is not a real date. Write year-month-day, for example 2026-03-01.")
    }

    static func invalidClockTime(_ text: String) -> LocalizedText {
        LocalizedText(
            nl: "\(quoted(text)) is geen bestaande kloktijd. Schrijf uu:mm, bijvoorbeeld 08:45.",
            en: "\(quoted(text)) is not a real clock time. Write hh:mm, for example 08:45.")
    }

    /// S009 value missing after `:`.
    static func missingValue(_ name: String) -> LocalizedText {
        LocalizedText(
            nl: "Na \(quoted(name + ":")) ontbreekt de waarde.",
            en: "The value after \(quoted(name + ":")) is missing.")
    }
    static let missingValueAfterComma = LocalizedText(
        nl: "Na de komma ontbreekt nog een waarde. Haal de komma weg of vul de waarde aan.",
        en: "A value is missing after the comma. Remove the comma or add the value.")
    static let missingFrequencyPeriod = LocalizedText(
        nl: "Een frequentie schrijf je als 3x per week (of dag, maand, jaar).",
        en: "Write a frequency as 3x per week (or day, month, year).")

    /// S010 stray token.
    static func strayToken(_ text: String) -> LocalizedText {
        LocalizedText(
            nl: "\(quoted(text)) staat hier los; de rest van de regel is overgeslagen.",
            en: "\(quoted(text)) does not belong here; the rest of the line was skipped.")
    }
    static func strayValue(_ text: String) -> LocalizedText {
        LocalizedText(
            nl: "\(quoted(text)) staat los na de waarde. Scheid waarden met een komma (a, b) of zet het op een nieuwe regel.",
            en: "\(quoted(text)) stands alone after the value. Separate values with a comma (a, b) or start a new line.")
    }
    /// S010 for `oorzaak x -> y`: a kind word before a chain.
    static func kindBeforeChain(_ keyword: String, _ id: String) -> LocalizedText {
        LocalizedText(
            nl: "Een pijl schrijf je zonder soort ervoor: \(id) -> …. Wil je \(quoted(id)) ook beschrijven, zet dan \(keyword) \(id) \"…\" op een eigen regel.",
            en: "Write an arrow without a kind before it: \(id) -> …. To describe \(quoted(id)) as well, write \(keyword) \(id) \"…\" on a line of its own.")
    }
    static func splitChainFix(_ keyword: String, _ id: String) -> LocalizedText {
        LocalizedText(nl: "Zet \(keyword) \(id) op een eigen regel en de pijl eronder",
                      en: "Put \(keyword) \(id) on a line of its own and the arrow below it")
    }

    /// S010 for `stap schrijven Groepsplan schrijven`: a label without quotes.
    static func unquotedLabel(keyword: String, id: String, words: String) -> LocalizedText {
        LocalizedText(
            nl: "Zet de omschrijving tussen aanhalingstekens: \(keyword) \(id) \"\(words)\".",
            en: "Put the label between quotes: \(keyword) \(id) \"\(words)\".")
    }
    static func quoteLabelFix(_ words: String) -> LocalizedText {
        LocalizedText(nl: "Zet \(quoted(words)) tussen aanhalingstekens", en: "Put \(quoted(words)) between quotes")
    }

    /// S010 for `tijd: 1 week`: a space between a number and its unit.
    static func spacedDuration(_ number: String, _ unit: String, glued: String) -> LocalizedText {
        // `45 min` → `45min` once; `1 week` → `1w (of 1week)`.
        // `10 minuten`: `10minuten` is no duration either, so only the short form is named.
        let same = number + unit == glued || DurationUnit(spelling: unit) == nil
        let other = same ? "" : " (of \(number)\(unit))"
        let otherEN = same ? "" : " (or \(number)\(unit))"
        return LocalizedText(
            nl: "Schrijf een tijdsduur zonder spatie tussen getal en eenheid: \(glued)\(other) in plaats van \(number) \(unit).",
            en: "Write a duration without a space between number and unit: \(glued)\(otherEN) instead of \(number) \(unit).")
    }

    /// `Juf Anja` → `juf_anja`: what an id for these words could look like.
    public static func idLike(_ words: String) -> String {
        words.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "_")
    }

    /// S010 for `eigenaar: Juf Anja`: a name of several words without quotes.
    static func unquotedName(_ words: String) -> LocalizedText {
        LocalizedText(
            nl: "Een naam van meer woorden zet je tussen aanhalingstekens: \"\(words)\". Of gebruik de naam (id) van een persoon uit de kaart, zoals \(idLike(words)).",
            en: "Put a name of several words between quotes: \"\(words)\". Or use the name (id) of a person in the map, such as \(idLike(words)).")
    }

    /// S010 for `door: leraar ib`: names without a comma between them.
    static func missingComma(_ words: String, listed: String) -> LocalizedText {
        LocalizedText(
            // `fase: ga door` means the word ga_door; `leraar ib` two names.
            nl: "Zet een komma tussen namen: \(listed). Is \(quoted(words)) één woord, schrijf het dan met liggende streepjes: \(idLike(words)); een omschrijving zet je tussen aanhalingstekens: \"\(words)\".",
            en: "Put a comma between names: \(listed). If \(quoted(words)) is one word, write it with underscores: \(idLike(words)); put a description between quotes: \"\(words)\".")
    }

    static let strayCloseBrace = LocalizedText(
        nl: "Deze } sluit niets: er is geen blok open.",
        en: "This } closes nothing: no block is open.")

    /// S011 expected a name.
    static let missingArrowTarget = LocalizedText(
        nl: "Na -> hoort de naam van waar de pijl naartoe gaat.",
        en: "-> must be followed by the name the arrow points to.")
    static let missingReferencePart = LocalizedText(
        nl: "Na de punt hoort een naam: kaart.naam.",
        en: "A name must follow the dot: map.name.")

    /// S012 outside a map.
    static func outsideMap(_ what: String) -> LocalizedText {
        LocalizedText(
            nl: "\(quoted(what)) staat buiten een kaart. Zet het binnen proces naam { … }, onderzoek naam { … } of batenlogica naam { … }.",
            en: "\(quoted(what)) is outside a map. Put it inside process name { … }, study name { … } or benefits name { … }.")
    }

    /// S013 invalid escape.
    static let invalidEscape = LocalizedText(
        nl: "Onbekende \\-code in deze tekst. Toegestaan zijn \\\" \\\\ \\n \\t en \\u{…}; schrijf \\\\ voor een gewone backslash.",
        en: "Unknown \\ escape in this text. Allowed are \\\" \\\\ \\n \\t and \\u{…}; write \\\\ for a plain backslash.")

    /// S014 nested too deep.
    static func nestedTooDeep(limit: Int) -> LocalizedText {
        LocalizedText(
            nl: "Dit blok ligt dieper dan \(limit) niveaus genest. Stroom leest het niet, tot en met zijn }. Haal niveaus weg of zet de inhoud in een eigen kaart.",
            en: "This block is nested deeper than \(limit) levels. Stroom does not read it, up to and including its }. Remove levels or move the content into a map of its own.")
    }

    static let replaceQuotesFix = LocalizedText(nl: "Vervang door rechte aanhalingstekens", en: "Replace with straight quotes")
    static func replaceFix(_ text: String) -> LocalizedText {
        LocalizedText(nl: "Vervang door \(quoted(text))", en: "Replace with \(quoted(text))")
    }
    static let insertColonFix = LocalizedText(nl: "Voeg een dubbele punt toe", en: "Insert a colon")
    static let insertBraceFix = LocalizedText(nl: "Voeg } toe", en: "Insert }")
}
