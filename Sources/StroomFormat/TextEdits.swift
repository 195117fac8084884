import StroomSyntax

/// The smallest edit that replaces one range of trivia.
enum TextEdits {
    /// An edit that turns `bytes[range]` into `replacement`, shrunk to the part that differs
    /// (the common start and end are left out, never splitting a UTF-8 character); nil when
    /// nothing differs.
    static func replacing(_ range: TextRange, in bytes: [UInt8], with replacement: [UInt8]) -> TextEdit? {
        let old = bytes[range.utf8Start..<range.utf8End]
        guard !old.elementsEqual(replacement) else { return nil }
        var prefix = 0
        let limit = min(old.count, replacement.count)
        while prefix < limit, old[old.startIndex + prefix] == replacement[prefix] { prefix += 1 }
        // Back off to a character boundary: a continuation byte (10xxxxxx) never starts one.
        while prefix > 0, (prefix < old.count && isContinuation(old[old.startIndex + prefix]))
                || (prefix < replacement.count && isContinuation(replacement[prefix])) {
            prefix -= 1
        }
        var suffix = 0
        while suffix < limit - prefix,
              old[old.endIndex - 1 - suffix] == replacement[replacement.count - 1 - suffix] {
            suffix += 1
        }
        while suffix > 0, isContinuation(replacement[replacement.count - suffix]) || isContinuation(old[old.endIndex - suffix]) {
            suffix -= 1
        }
        let newText = replacement[prefix..<(replacement.count - suffix)]
        return TextEdit(range: TextRange(utf8Start: range.utf8Start + prefix, utf8End: range.utf8End - suffix),
                        newText: String(decoding: newText, as: UTF8.self))
    }

    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
