import StroomSyntax

/// `file:` URIs (RFC 8089) to paths and back: the one place the language server converts them.
/// Pure functions of their text, parameterised by the path style, so Windows spellings
/// (`file:///c%3A/…`, `file:///C:/…`, `file://server/share/…`) are tested on every platform.
public enum FileURI {
    /// The path a `file:` URI names, or nil when it is no `file:` URI, is not valid
    /// percent-encoded UTF-8, or names another machine on POSIX.
    public static func path(fromURI uri: String, style: PathStyle = .native) -> String? {
        guard uri.count > 5, uri.prefix(5).lowercased() == "file:" else { return nil }
        var rest = Substring(uri.dropFirst(5))
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        var host = ""
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let slash = rest.firstIndex(of: "/") ?? rest.endIndex
            host = String(rest[..<slash])
            rest = rest[slash...]
        }
        guard let decodedHost = percentDecoded(host), let path = percentDecoded(rest) else { return nil }
        let isLocal = decodedHost.isEmpty || decodedHost.lowercased() == "localhost"
        switch style {
        case .posix:
            guard isLocal, path.hasPrefix("/") else { return nil }
            return path
        case .windows:
            let backslashed = path.replacingAll("/", with: "\\")
            if !isLocal { return "\\\\" + decodedHost + backslashed }
            // `/c:/Users` → `C:\Users`: drop the slash before a drive letter, write it in capitals.
            let body = backslashed.hasPrefix("\\") && hasDrive(backslashed.dropFirst()) ? String(backslashed.dropFirst()) : backslashed
            guard hasDrive(Substring(body)) else { return body.isEmpty ? nil : body }
            return body.prefix(1).uppercased() + body.dropFirst()
        }
    }

    /// The `file:` URI of an absolute path: `/tmp/a b.vsm` → `file:///tmp/a%20b.vsm`,
    /// `C:\Users\a.vsm` → `file:///C:/Users/a.vsm`, `\\server\share\a.vsm` → `file://server/share/a.vsm`.
    public static func uri(fromPath path: String, style: PathStyle = .native) -> String {
        switch style {
        case .posix:
            return "file://" + percentEncoded(path)
        case .windows:
            var slashed = path.replacingAll("\\", with: "/")
            if slashed.hasPrefix("//?/UNC/") {
                slashed = "//" + slashed.dropFirst(8)
            } else if slashed.hasPrefix("//?/") {
                slashed = String(slashed.dropFirst(4))
            }
            if slashed.hasPrefix("//") {
                let afterHost = slashed.dropFirst(2)
                let slash = afterHost.firstIndex(of: "/") ?? afterHost.endIndex
                return "file://" + percentEncoded(afterHost[..<slash]) + percentEncoded(afterHost[slash...])
            }
            if hasDrive(Substring(slashed)) {
                return "file:///" + slashed.prefix(1).uppercased() + ":" + percentEncoded(slashed.dropFirst(2))
            }
            return "file://" + percentEncoded(slashed)
        }
    }

    /// Whether the text starts with a drive: a letter and a colon, then the end or a separator.
    private static func hasDrive(_ text: Substring) -> Bool {
        let characters = Array(text.prefix(3))
        guard characters.count >= 2, characters[0].isASCII, characters[0].isLetter, characters[1] == ":" else { return false }
        return characters.count == 2 || characters[2] == "\\" || characters[2] == "/"
    }

    /// Bytes that stay as they are in a path: RFC 3986's unreserved characters, `/`, and the
    /// sub-delimiters, `:` and `@` of a path segment. Everything else (space, `#`, `?`, `%`,
    /// non-ASCII) is written as `%XX` of its UTF-8 bytes.
    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~/!$&'()*+,;=:@".utf8.contains(byte)
        }
    }

    private static func percentEncoded<S: StringProtocol>(_ text: S) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if isKept(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `%XX` escapes decoded; nil for a broken escape or bytes that are not UTF-8.
    private static func percentDecoded<S: StringProtocol>(_ text: S) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces broken UTF-8 with U+FFFD, so different bytes mean it was not UTF-8.
        return text.utf8.elementsEqual(bytes) ? text : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

private extension String {
    func replacingAll(_ old: Character, with new: Character) -> String {
        String(map { $0 == old ? new : $0 })
    }
}
