import StroomModel
import StroomSyntax

/// The manual page `stroom(1)` in roff (`man -l`), one section per command with its usage,
/// description, options and exit codes.
enum ManPage {
    static func render(_ commands: [Command], language: Language) -> String {
        let nl = language == .nl
        var text = ".TH STROOM 1 \"\" \"stroom \(StroomVersion.current)\" \"\(nl ? "Opdrachten" : "User Commands")\"\n"
        text += ".SH \(nl ? "NAAM" : "NAME")\nstroom \\- " + escape(nl
            ? "controleer value stream maps (.vsm) en batenlogica's (.batenlogica)"
            : "check value stream maps (.vsm) and benefit logics (.batenlogica)") + "\n"
        text += ".SH \(nl ? "OVERZICHT" : "SYNOPSIS")\n.B stroom\n\\fI\(nl ? "opdracht" : "command")\\fR [\\fI\(nl ? "opties" : "options")\\fR]\n"
        text += ".br\n.B stroom\n\\-\\-help | \\-V | \\-\\-version | version\n"
        text += ".SH \(nl ? "OPDRACHTEN" : "COMMANDS")\n"
        for command in commands {
            text += ".SS \"stroom \(command.name)\"\n" + escape(command.abstract[language]) + "\n"
            text += ".PP\n.B stroom \(command.name)\n" + escape(command.usage) + "\n"
            text += ".PP\n" + escape(command.discussion[language]) + "\n"
            for option in command.options + ArgumentParser.common {
                var label = option.short.map { "\\fB\\-\($0)\\fR, " } ?? ""
                label += "\\fB\\-\\-" + escape(option.long) + "\\fR"
                if let value = option.valueName { label += " \\fI" + escape(value) + "\\fR" }
                text += ".TP\n" + label + "\n" + escape(option.help[language]) + "\n"
            }
            text += ".PP\n\(nl ? "Afsluitcodes:" : "Exit codes:")\n"
            for line in command.exitCodes[language].split(separator: "\n") {
                let trimmed = line.drop { $0 == " " }
                let code = trimmed.prefix { $0 != " " }
                let meaning = trimmed.dropFirst(code.count).drop { $0 == " " }
                text += ".TP\n.B \(code)\n" + escape(String(meaning)) + "\n"
            }
        }
        text += ".SH \(nl ? "ZIE OOK" : "SEE ALSO")\ndocs/cli.md, docs/checks.md, docs/language.md; " + escape(ProjectInfo.homeURL) + "\n"
        return text
    }

    /// Text for roff: backslashes and hyphens escaped, a line never starting with `.` or `'`.
    static func escape(_ text: String) -> String {
        let escaped = text.replacingCharacters(["\\": "\\e", "-": "\\-"])
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
