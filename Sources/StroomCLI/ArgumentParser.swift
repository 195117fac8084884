import StroomSyntax

/// One option a command accepts.
public struct OptionSpec: Sendable {
    public let long: String
    public let short: Character?
    /// The name of the value (`FORMAT`), or nil for a flag.
    public let valueName: String?
    /// Allowed values, if the option takes one of a list.
    public let choices: [String]
    public let help: LocalizedText

    public init(_ long: String, short: Character? = nil, value: String? = nil, choices: [String] = [], help: LocalizedText) {
        self.long = long
        self.short = short
        self.valueName = value
        self.choices = choices
        self.help = help
    }
}

/// A command line taken apart by a command's option specs.
public struct ParsedArguments {
    public var flags: Set<String> = []
    public var values: [String: String] = [:]
    public var positionals: [String] = []

    public func value(_ long: String) -> String? { values[long] }
    public func has(_ long: String) -> Bool { flags.contains(long) }
}

/// What went wrong on the command line (exit code 2).
public struct UsageError: Error {
    public let message: LocalizedText
}

/// A hand-written parser: `--name value`, `--name=value`, `-x`, `--` ends options.
public enum ArgumentParser {
    /// Options every command has.
    public static let common: [OptionSpec] = [
        OptionSpec("help", short: "h", help: LocalizedText(nl: "Toon deze hulp.", en: "Show this help.")),
        OptionSpec("version", short: "V", help: LocalizedText(nl: "Toon de versie.", en: "Show the version.")),
    ]

    public static func parse(_ arguments: [String], options: [OptionSpec]) -> Result<ParsedArguments, UsageError> {
        let all = options + common
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else {
                guard argument.count == 2, let spec = all.first(where: { $0.short == argument.last }) else {
                    return .failure(UsageError(message: unknownOption(argument, all)))
                }
                name = spec.long
            }
            guard let spec = all.first(where: { $0.long == name }) else {
                return .failure(UsageError(message: unknownOption(argument, all)))
            }
            guard let valueName = spec.valueName else {
                if inlineValue != nil {
                    return .failure(UsageError(message: LocalizedText(built: "--\(name) neemt geen waarde.", en: "--\(name) takes no value.")))
                }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                return .failure(UsageError(message: LocalizedText(built: "--\(name) heeft een waarde nodig (\(valueName)).", en: "--\(name) needs a value (\(valueName)).")))
            }
            if parsed.values[name] != nil {
                return .failure(UsageError(message: LocalizedText(
                    built: "--\(name) staat er twee keer; geef het één keer.",
                    en: "--\(name) is given twice; give it once.")))
            }
            if !spec.choices.isEmpty, !spec.choices.contains(value) {
                let list = spec.choices.joined(separator: ", ")
                return .failure(UsageError(message: LocalizedText(
                    built: "‘\(value)’ kan niet bij --\(name); kies uit: \(list).",
                    en: "‘\(value)’ is not allowed for --\(name); choose from: \(list).")))
            }
            parsed.values[name] = value
        }
        return .success(parsed)
    }

    static func unknownOption(_ argument: String, _ options: [OptionSpec]) -> LocalizedText {
        let suggestion = Suggestions.nearest(to: argument.drop { $0 == "-" }.description, in: options.map(\.long))
        return LocalizedText(
            nl: "Onbekende optie ‘\(argument)’.\(suggestion.map { " Bedoel je --\($0)?" } ?? "")",
            en: "Unknown option ‘\(argument)’.\(suggestion.map { " Did you mean --\($0)?" } ?? "")")
    }
}
