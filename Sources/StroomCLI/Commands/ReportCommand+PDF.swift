import StroomPlatform
import StroomSyntax

/// `stroom report --format pdf -o FILE`: the HTML report printed by a headless Chromium
/// (``Chromium``). A PDF goes to a file only: bytes of a PDF on a terminal help nobody.
extension ReportCommand {
    static let pdf = "pdf"

    /// Exit 2 with a message when `--format pdf` has no `-o FILE` (or `-o -`), checked before
    /// any file is read.
    static func pdfRefusal(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode? {
        guard let path = arguments.value("output"), path != "-" else {
            let language = context.language(flag: arguments.value("lang"))
            let message = arguments.value("output") == "-"
                ? LocalizedText(
                    nl: "een PDF kan niet naar het scherm (de uitvoer, -o -); kies een bestand met -o, bijvoorbeeld: stroom report --format pdf -o rapport.pdf",
                    en: "a PDF cannot be written to the screen (standard output, -o -); choose a file with -o, for example: stroom report --format pdf -o report.pdf")
                : LocalizedText(
                    nl: "--format pdf schrijft naar een bestand; geef er een met -o, bijvoorbeeld: stroom report --format pdf -o rapport.pdf",
                    en: "--format pdf writes to a file; name one with -o, for example: stroom report --format pdf -o report.pdf")
            context.writeError("stroom report: " + message[language] + "\n")
            return .usageOrIOError
        }
        return nil
    }

    /// Prints the HTML report to the file of `-o`; exit 2 when no browser is found or it fails.
    static func deliverPDF(_ html: String, arguments: ParsedArguments, context: CommandContext, language: Language) -> ExitCode {
        guard let path = arguments.value("output") else { return .usageOrIOError }
        guard let browser = Chromium.find(environment: context.environment) else {
            context.writeError("stroom report: " + Chromium.notInstalled()[language] + "\n")
            return .usageOrIOError
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-report-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let printed = folder.appendingPathComponent("report.pdf")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let failure = Chromium.printPDF(browser, html: html, output: printed.path) {
            context.writeError("stroom report: " + LocalizedText(
                nl: "de browser (\(browser)) kon de PDF niet maken: \(failure)",
                en: "the browser (\(browser)) could not make the PDF: \(failure)")[language].trimmingWhitespace() + "\n")
            return .usageOrIOError
        }
        guard let bytes = FileManager.default.contents(atPath: printed.path) else { return .usageOrIOError }
        // Written as every -o file is: a file that exists is replaced whole or not at all.
        return OutputFile.write(Array(bytes), to: path, command: name, context: context, language: language)
    }
}
