import StroomSyntax

/// The code reference of `docs/checks.md`, generated from the catalog so that every code is
/// documented exactly as `stroom explain` explains it (a test compares them). `messages` holds,
/// per code, messages the checks really give (the test takes them from the check fixtures), so
/// that the reference shows each message in both languages as a teacher will see it.
extension CodeCatalog {
    public static func referenceMarkdown(messages: [DiagnosticCode: [LocalizedText]] = [:]) -> String {
        let families: [(Character, String)] = [
            ("S", "Syntax — S0xx"), ("N", "Names — N1xx"), ("A", "Attributes — A2xx"),
            ("V", "Value stream map — V3xx"), ("B", "Benefit logic — B4xx"), ("H", "Strategic HRM — H7xx"),
            ("C", "Cause and effect — C5xx"),
            ("W", "Workspace — W6xx"),
        ]
        var text = ""
        for (family, title) in families {
            let entries = all.filter { $0.code.family == family }
            guard !entries.isEmpty else { continue }
            text += "## \(title)\n\n"
            for info in entries {
                text += "### \(info.code) \(info.title.en)\n\n"
                var facts = ["default: **\(info.severity.name)**"]
                if info.stageDependent { facts.append("a hint until the map reaches its change stage") }
                if let phase = info.hintBeforePhase { facts.append("a hint before the phase `\(phase)`") }
                if !info.canBeSilenced { facts.append("cannot be turned off") }
                if !info.enabledByDefault { facts.append("off unless turned on") }
                text += "*\(info.title.nl)* — " + facts.joined(separator: "; ") + ".\n\n"
                text += info.explanation.en + "\n\n"
                text += "> " + info.explanation.nl + "\n\n"
                text += "```\n" + info.example + "\n```\n\n"
                if let shown = messages[info.code], !shown.isEmpty {
                    text += shown.count == 1 ? "Message:\n\n" : "Messages:\n\n"
                    for message in shown {
                        text += "- " + message.nl + "\n  <br>*" + message.en + "*\n"
                    }
                    text += "\n"
                }
            }
        }
        return text
    }
}
