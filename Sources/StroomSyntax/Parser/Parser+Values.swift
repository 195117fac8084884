/// Values: literals, references, frequencies and signs.
extension Parser {
    /// Whether the current token can start a value (an identifier followed by `:` is the next
    /// attribute, not a value).
    var atValueStart: Bool {
        switch current.kind {
        case .identifier: nth(1).kind != .colon
        case .string, .number, .duration, .percent, .date, .time, .count, .plus, .minus: true
        default: false
        }
    }

    // values = value { "," value } ;   (a line break ends the list, except right after a comma)
    mutating func parseValueList(attributeName: String, into children: inout [SyntaxElement]) {
        let skippedError = skipErrorTokens(into: &children, sameLineOnly: true)
        guard atValueStart, !current.startsLine else {
            // An error token where the value should be already has its diagnostic.
            if skippedError { return }
            report("S009", TextRange.empty(at: endOfPrevious), SyntaxMessages.missingValue(attributeName))
            return
        }
        var lastValue = current
        children.append(.node(parseValue()))
        while at(.comma) {
            let comma = current
            children.append(bump())
            skipErrorTokens(into: &children, sameLineOnly: true)
            guard atValueStart else {
                report("S009", comma.range, SyntaxMessages.missingValueAfterComma)
                return
            }
            lastValue = current
            children.append(.node(parseValue()))
        }
        skipErrorTokens(into: &children, sameLineOnly: true)
        // Something else on the same line that does not start the next attribute.
        if !current.startsLine, !at(.eof), !at(.rBrace), !(at(.identifier) && nth(1).kind == .colon) {
            let (message, fixes) = strayValueAdvice(after: lastValue)
            let word = text(current)
            let spacedDuration = lastValue.kind == .number && at(.identifier)
                && (DurationUnit(spelling: word) ?? DurationUnit(writtenOut: word)) != nil
            // `1 week`, `15-02-2027`: the error covers the number too, as its fix rewrites both.
            let widened = spacedDuration || writtenDate(after: lastValue) != nil
            children.append(.node(skipStrayLine(message: message, fixes: fixes, from: widened ? lastValue.start : nil)))
        }
    }

    /// What to say of a word after a value: `1 week` wants `1w`, `Juf Anja` wants quotes.
    func strayValueAdvice(after value: Token) -> (LocalizedText, [Fix]) {
        let word = text(current)
        if let (range, date) = writtenDate(after: value) {
            let written = source.text(in: range)
            return (SyntaxMessages.dayMonthYear(written, date: date),
                    [Fix(title: SyntaxMessages.replaceFix(date), edits: [TextEdit(range: range, newText: date)])])
        }
        if value.kind == .number, at(.identifier), let unit = DurationUnit(spelling: word) ?? DurationUnit(writtenOut: word) {
            let glued = text(value) + unit.spellings[0]
            let range = TextRange(utf8Start: value.start, utf8End: current.end)
            return (SyntaxMessages.spacedDuration(text(value), word, glued: glued),
                    [Fix(title: SyntaxMessages.replaceFix(glued), edits: [TextEdit(range: range, newText: glued)])])
        }
        if value.kind == .identifier, at(.identifier), nth(-1).end == value.end {
            var last = current
            var index = position
            while index + 1 < tokens.count, tokens[index + 1].kind == .identifier, !tokens[index + 1].startsLine,
                  index + 2 >= tokens.count || tokens[index + 2].kind != .colon {
                index += 1
                last = tokens[index]
            }
            let range = TextRange(utf8Start: value.start, utf8End: last.end)
            let words = source.text(in: range)
            // `Juf Anja` is one person's name; `leraar ib` is more likely two ids without a comma.
            if words.first?.isUppercase == true {
                return (SyntaxMessages.unquotedName(words),
                        [Fix(title: SyntaxMessages.replaceFix("\"\(words)\""), edits: [TextEdit(range: range, newText: "\"\(words)\"")])])
            }
            let listed = words.split(separator: " ", omittingEmptySubsequences: true).joined(separator: ", ")
            return (SyntaxMessages.missingComma(words, listed: listed),
                    [Fix(title: SyntaxMessages.replaceFix(listed), edits: [TextEdit(range: range, newText: listed)])])
        }
        return (SyntaxMessages.strayValue(word), [])
    }

    /// `15-02-2027` or `15 februari 2027` from the number to the end of the line: its range and
    /// the same date as year-month-day.
    func writtenDate(after value: Token) -> (TextRange, String)? {
        guard value.kind == .number else { return nil }
        var index = position
        var last = value
        while index < tokens.count, !tokens[index].startsLine, tokens[index].kind != .eof,
              tokens[index].kind != .rBrace, tokens[index].kind != .comma,
              !(tokens[index].kind == .identifier && index + 1 < tokens.count && tokens[index + 1].kind == .colon) {
            last = tokens[index]
            index += 1
        }
        let range = TextRange(utf8Start: value.start, utf8End: last.end)
        guard let date = WrittenDate.yearMonthDay(source.text(in: range)) else { return nil }
        return (range, date)
    }

    // value = STRING | NUMBER | DURATION | PERCENT | DATE | TIME | frequency | reference | sign ;
    mutating func parseValue() -> SyntaxNode {
        switch current.kind {
        case .identifier:
            return parseReference()
        case .count:
            return parseFrequency()
        case .plus, .minus:
            return SyntaxNode(kind: .sign, children: [bump()])
        default:
            return SyntaxNode(kind: .literal, children: [bump()])
        }
    }

    // frequency = COUNT "per" ID ;   e.g. 3x per week
    mutating func parseFrequency() -> SyntaxNode {
        var children: [SyntaxElement] = [bump()]
        if at(.identifier), !current.startsLine, text(current) == "per" {
            children.append(bump())
            if at(.identifier), !current.startsLine, nth(1).kind != .colon {
                children.append(bump())
                return SyntaxNode(kind: .frequency, children: children)
            }
        }
        report("S009", TextRange(utf8Start: children.first.flatMap(\.fullRange)?.utf8End ?? endOfPrevious, utf8End: endOfPrevious),
               SyntaxMessages.missingFrequencyPeriod)
        return SyntaxNode(kind: .frequency, children: children)
    }

    // reference = ID [ "." ID ] ;
    mutating func parseReference() -> SyntaxNode {
        var children: [SyntaxElement] = [bump()]
        if at(.dot), !current.startsLine {
            children.append(bump())
            if at(.identifier), !current.startsLine {
                children.append(bump())
            } else {
                report("S011", TextRange.empty(at: endOfPrevious), SyntaxMessages.missingReferencePart)
                children.append(.token(.missing(.identifier, at: endOfPrevious)))
            }
        }
        return SyntaxNode(kind: .reference, children: children)
    }
}
