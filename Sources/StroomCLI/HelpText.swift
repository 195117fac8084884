import StroomSyntax

/// Help generated from the command declarations.
enum HelpText {
    static func overview(_ language: Language) -> String {
        let nl = language == .nl
        var text = nl
            ? "stroom \(StroomVersion.current) — controleer value stream maps (.vsm) en batenlogica's (.batenlogica)\n\n"
            : "stroom \(StroomVersion.current) — check value stream maps (.vsm) and benefit logics (.batenlogica)\n\n"
        text += nl ? "GEBRUIK: stroom <opdracht> [opties]\n\nOPDRACHTEN:\n" : "USAGE: stroom <command> [options]\n\nCOMMANDS:\n"
        let visible = StroomCommand.commands.filter { !$0.isHidden }
        let width = (visible.map(\.name.count).max() ?? 0) + 2
        for command in visible {
            text += "  " + command.name.padding(width) + command.abstract[language] + "\n"
        }
        text += nl
            ? "\nOPTIES:\n  -h, --help       Toon hulp (ook: stroom <opdracht> --help).\n  -V, --version    Toon de versie (ook: stroom version).\n"
            : "\nOPTIONS:\n  -h, --help       Show help (also: stroom <command> --help).\n  -V, --version    Show the version (also: stroom version).\n"
        text += nl
            ? "\nElke opdracht noemt haar afsluitcodes in stroom <opdracht> --help; 2 is altijd een verkeerde opdrachtregel.\n"
            : "\nEach command lists its exit codes in stroom <command> --help; 2 is always a wrong command line.\n"
        return text
    }

    static func usageLine(for command: Command, _ language: Language) -> String {
        (language == .nl ? "GEBRUIK: " : "USAGE: ") + "stroom \(command.name) \(command.usage)\n"
    }

    static func help(for command: Command, _ language: Language) -> String {
        var text = "stroom \(command.name) — \(command.abstract[language])\n\n"
        text += usageLine(for: command, language) + "\n"
        text += wrap(command.discussion[language], width: 78) + "\n"
        let options = command.options + ArgumentParser.common
        text += language == .nl ? "\nOPTIES:\n" : "\nOPTIONS:\n"
        let labels = options.map { option -> String in
            var label = option.short.map { "-\($0), " } ?? "    "
            label += "--\(option.long)"
            if let value = option.valueName { label += " \(value)" }
            return label
        }
        let width = (labels.map(\.count).max() ?? 0) + 2
        for (label, option) in zip(labels, options) {
            text += "  " + label.padding(width) + option.help[language] + "\n"
        }
        text += (language == .nl ? "\nAFSLUITCODES:\n" : "\nEXIT CODES:\n") + command.exitCodes[language]
        return text
    }

    /// Wraps a paragraph at word boundaries.
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph -> String in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
