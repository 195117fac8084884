import StroomPlatform
import StroomModel
import StroomSyntax

/// `stroom new METHOD NAME [--lang nl|en] [-o FILE|DIR]`: a starter map for one of the five
/// methods (`StarterMap`, StroomModel), written to `NAME.vsm` or `NAME.batenlogica`, never over
/// an existing file.
enum NewCommand {
    static let name = "new"
    static let abstract = LocalizedText(nl: "Begin een nieuwe kaart volgens een methode (vsm, werkobservatie, design_thinking, vernieuwend_werken, shrm).",
                                        en: "Start a new map following a method (vsm, werkobservatie, design_thinking, vernieuwend_werken, shrm).")
    static let discussion = LocalizedText(
        nl: "Schrijft een startkaart: het stappenplan van de methode als commentaar, de soorten die de methode gebruikt met iets om in te vullen, en methode: ingevuld. De naam wordt een geldige id (mijn-proces wordt mijn_proces); het bestand heet NAAM.vsm of NAAM.batenlogica, in de huidige map, of waar -o zegt (een bestand of een map; - is de uitvoer). Een bestaand bestand wordt nooit overschreven. stroom check op de startkaart geeft alleen hints: wat je als volgende invult.",
        en: "Writes a starter map: the method's step plan as comments, the kinds the method uses with placeholders, and method: set. The name becomes a valid id (mijn-proces becomes mijn_proces); the file is NAME.vsm or NAME.batenlogica, in the current folder, or where -o says (a file or a folder; - is standard output). An existing file is never overwritten. stroom check on the starter map gives only hints: what to fill in next.")
    static let usage = "[--lang nl|en] [-o FILE|DIR] METHOD NAME"
    static let options = [
        OptionSpec.language(LocalizedText(nl: "Taal van de startkaart", en: "Language of the starter map")),
        OptionSpec("output", short: "o", value: "FILE|DIR", help: LocalizedText(
            nl: "Schrijf naar dit bestand, of in deze map (- is de uitvoer).",
            en: "Write to this file, or into this folder (- is standard output).")),
    ]
    static let exitCodes = LocalizedText(
        nl: "  0  de startkaart is geschreven\n  2  verkeerde opdrachtregel, onbekende methode, het bestand bestaat al of kon niet geschreven worden\n",
        en: "  0  the starter map was written\n  2  wrong command line, unknown method, the file exists already or could not be written\n")

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage, options: options,
                                    exitCodes: exitCodes, positionalChoices: { Method.allCases.map(\.word) },
                                    run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let loader = WorkspaceLoader(currentDirectory: context.currentDirectory)
        let output = arguments.value("output")
        let outputPath = output.flatMap { $0 == "-" ? nil : loader.absolutePath($0) }
        let outputIsFolder = output.map { $0.hasSuffix("/") || isFolder(loader.absolutePath($0)) } ?? false
        // The language of the folder the map goes to (its `stroom.json`), before the current folder's.
        let targetFolder = outputPath.map { outputIsFolder ? $0 : (PathStyle.native.parent(of: $0) ?? $0) }
        let language = context.language(flag: arguments.value("lang"), near: targetFolder)
        func fail(_ message: LocalizedText) -> ExitCode {
            context.writeError("stroom new: " + TerminalText.escaped(message[language]) + "\n")
            return .usageOrIOError
        }
        let methods = Method.allCases.map(\.word).joined(separator: ", ")
        guard arguments.positionals.count >= 2 else {
            return fail(LocalizedText(nl: "geef een methode en een naam, bijvoorbeeld: stroom new vsm mijn-proces. Methoden: \(methods).",
                                      en: "give a method and a name, for example: stroom new vsm my-process. Methods: \(methods)."))
        }
        // `stroom new vsm Rapportage groep 8`: the words after the method are the name.
        let word = arguments.positionals[0], name = arguments.positionals.dropFirst().joined(separator: " ")
        guard let method = StarterMap.method(named: word) else {
            return fail(LocalizedText(nl: "‘\(word)’ is geen methode van Stroom. Kies uit: \(methods).",
                                      en: "‘\(word)’ is not a Stroom method. Choose from: \(methods)."))
        }
        let text = StarterMap.text(for: method, name: name, language: language)
        let id = StarterMap.validID(name, language)
        let fileExtension = StarterMap.fileExtension(for: method)
        let fileName = id + "." + fileExtension
        var target = loader.absolutePath(fileName)
        if let output {
            if output == "-" {
                context.writeOut(text)
                return .success
            }
            let absolute = loader.absolutePath(output)
            if outputIsFolder {
                target = (absolute.hasSuffix("/") ? absolute : absolute + "/") + fileName
            } else {
                target = absolute
                if let problem = wrongExtension(of: output, method: method, expected: fileExtension) { return fail(problem) }
            }
        }
        let shown = loader.displayPath(target)
        if FileManager.default.fileExists(atPath: target) {
            return fail(LocalizedText(nl: "‘\(shown)’ bestaat al; Stroom overschrijft het niet. Kies een andere naam of een andere plek (-o).",
                                      en: "‘\(shown)’ exists already; Stroom does not overwrite it. Choose another name or another place (-o)."))
        }
        if let problem = existingMap(id, near: target, context: context) { return fail(problem) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
        } catch {
            return fail(LocalizedText(nl: "kan ‘\(shown)’ niet schrijven: ", en: "cannot write ‘\(shown)’: ")
                        + OutputFile.writeFailure(error, path: target))
        }
        context.writeOut(LocalizedText(
            nl: "\(shown) geschreven (\(method.name[.nl])). Volgende stap: stroom check \(shown)\n",
            en: "Wrote \(shown) (\(method.name[.en])). Next: stroom check \(shown)\n")[language])
        return .success
    }
}
