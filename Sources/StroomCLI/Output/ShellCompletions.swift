import StroomSyntax

/// Completion scripts for bash, zsh and fish, generated from the commands' option tables, so
/// they cannot drift from what `stroom` accepts. An option with choices completes its choices;
/// another option with a value completes file names, as do positional arguments unless the
/// command lists their words (codes for `explain`, shells for `completions`).
enum ShellCompletions {
    static func allOptions(_ command: Command) -> [OptionSpec] { command.options + ArgumentParser.common }

    static func bash(_ commands: [Command]) -> String {
        var text = "# bash completion for stroom (made by: stroom completions bash)\n_stroom() {\n"
        text += "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        text += "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
        text += "        COMPREPLY=($(compgen -W \"\((commands.map(\.name) + ["help", "version", "--help", "--version"]).joined(separator: " "))\" -- \"$cur\"))\n"
        text += "        return\n    fi\n    case \"${COMP_WORDS[1]}\" in\n"
        for command in commands {
            text += "        \(command.name))\n            case \"$prev\" in\n"
            for option in allOptions(command) where option.valueName != nil {
                let names = (["--\(option.long)"] + (option.short.map { ["-\($0)"] } ?? [])).joined(separator: "|")
                let values = option.choices.isEmpty ? "-f" : "-W \"\(option.choices.joined(separator: " "))\""
                text += "                \(names)) COMPREPLY=($(compgen \(values) -- \"$cur\")); return ;;\n"
            }
            text += "            esac\n"
            let flags = allOptions(command).map { "--\($0.long)" }.joined(separator: " ")
            let choices = command.positionalChoices()
            let positionals = choices.isEmpty ? "$(compgen -f -- \"$cur\")" : "$(compgen -W \"\(choices.joined(separator: " "))\" -- \"$cur\")"
            text += "            COMPREPLY=($(compgen -W \"\(flags)\" -- \"$cur\") \(positionals))\n            ;;\n"
        }
        text += "    esac\n}\ncomplete -o filenames -F _stroom stroom\n"
        return text
    }

    static func zsh(_ commands: [Command], language: Language) -> String {
        func describe(_ text: String) -> String {
            quoteZsh(text.replacingCharacters(["[": "(", "]": ")", ":": ";", "\n": " "]))
        }
        var text = "#compdef stroom\n# zsh completion for stroom (made by: stroom completions zsh)\n_stroom() {\n"
        text += "  local -a commands\n  commands=(\n"
        for command in commands {
            text += "    \(quoteZsh(command.name + ":" + command.abstract[language].replacingCharacters(["\n": " "])))\n"
        }
        text += "  )\n  if (( CURRENT == 2 )); then\n    _describe -t commands 'stroom command' commands\n    return\n  fi\n"
        text += "  local command=${words[2]}\n  shift words\n  (( CURRENT-- ))\n  case $command in\n"
        for command in commands {
            text += "    \(command.name))\n      _arguments -s"
            for option in allOptions(command) {
                let help = "[" + String(describe(option.help[language]).dropFirst().dropLast()) + "]"
                var value = ""
                if let name = option.valueName {
                    let action = option.choices.isEmpty ? "_files" : "(\(option.choices.joined(separator: " ")))"
                    value = ":" + name.replacingCharacters([":": ";"]) + ":" + action
                }
                let equals = option.valueName == nil ? "" : "="
                if let short = option.short {
                    let plus = option.valueName == nil ? "" : "+"
                    text += " \\\n        '(-\(short) --\(option.long))'{-\(short)\(plus),--\(option.long)\(equals)}'\(help)\(value)'"
                } else {
                    text += " \\\n        '--\(option.long)\(equals)\(help)\(value)'"
                }
            }
            let choices = command.positionalChoices()
            text += choices.isEmpty ? " \\\n        '*:file:_files'\n" : " \\\n        '*:word:(\(choices.joined(separator: " ")))'\n"
            text += "      ;;\n"
        }
        text += "  esac\n}\n_stroom \"$@\"\n"
        return text
    }

    static func fish(_ commands: [Command], language: Language) -> String {
        var text = "# fish completion for stroom (made by: stroom completions fish)\ncomplete -c stroom -f\n"
        for command in commands {
            text += "complete -c stroom -n __fish_use_subcommand -a \(command.name) -d \(quoteFish(command.abstract[language]))\n"
        }
        for command in commands {
            let condition = "-n '__fish_seen_subcommand_from \(command.name)'"
            for option in allOptions(command) {
                var line = "complete -c stroom \(condition)"
                if let short = option.short { line += " -s \(short)" }
                line += " -l \(option.long)"
                if option.valueName != nil {
                    line += option.choices.isEmpty ? " -r -F" : " -x -a \(quoteFish(option.choices.joined(separator: " ")))"
                }
                text += line + " -d \(quoteFish(option.help[language]))\n"
            }
            let choices = command.positionalChoices()
            text += choices.isEmpty
                ? "complete -c stroom \(condition) -F\n"
                : "complete -c stroom \(condition) -a \(quoteFish(choices.joined(separator: " ")))\n"
        }
        return text
    }

    /// A single-quoted zsh or bash word.
    static func quoteZsh(_ text: String) -> String {
        "'" + text.replacingCharacters(["'": "'\\''"]) + "'"
    }

    /// A single-quoted fish word (fish knows `\'` and `\\` inside quotes).
    static func quoteFish(_ text: String) -> String {
        "'" + text.replacingCharacters(["\\": "\\\\", "'": "\\'", "\n": " "]) + "'"
    }
}

extension String {
    /// Replaces each character that is a key by its value, in one pass.
    func replacingCharacters(_ table: [Character: String]) -> String {
        var result = ""
        for character in self {
            if let replacement = table[character] { result += replacement } else { result.append(character) }
        }
        return result
    }
}
