/// The bytes of one file as the user wrote them, with the line table that converts offsets.
///
/// The bytes are never changed: a BOM, CRLF line ends and even invalid UTF-8 stay as they are,
/// so that printing the syntax tree gives back exactly these bytes.
public struct SourceFile: Sendable {
    /// The path as the user gave it (or a URI for editor buffers); used in messages only.
    public let path: String
    public let bytes: [UInt8]
    public let lineTable: LineTable
    /// The offset of the first byte that is not valid UTF-8, if any (reported as W603).
    public let firstInvalidUTF8Offset: Int?
    /// Set for a file that was not read because it is larger than the limit (W607); its bytes
    /// are then empty.
    public let notRead: SizeLimit?

    /// A file's size on disk and the limit it exceeds, both in bytes.
    public struct SizeLimit: Sendable, Equatable {
        public let size: Int
        public let limit: Int

        public init(size: Int, limit: Int) {
            self.size = size
            self.limit = limit
        }
    }

    /// The largest file a token's 32-bit offsets can address (4 GiB); a larger one is treated
    /// as a file too large to read (W607).
    public static let maximumSize = Int(UInt32.max)

    public init(path: String, bytes: [UInt8]) {
        if bytes.count > SourceFile.maximumSize {
            self.init(path: path, notRead: SizeLimit(size: bytes.count, limit: SourceFile.maximumSize))
        } else {
            self.init(path: path, readBytes: bytes)
        }
    }

    private init(path: String, readBytes bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.lineTable = LineTable(bytes: bytes)
        self.firstInvalidUTF8Offset = UTF8Scanner.firstInvalidOffset(in: bytes)
        self.notRead = nil
    }

    /// A file too large to read: empty, with what W607 says about it.
    public init(path: String, notRead: SizeLimit) {
        self.path = path
        self.bytes = []
        self.lineTable = LineTable(bytes: [])
        self.firstInvalidUTF8Offset = nil
        self.notRead = notRead
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The file type, decided by the extension.
    public var fileType: FileType { FileType(path: path) }

    public var utf8Length: Int { bytes.count }

    /// The text of a range (invalid UTF-8 shows as U+FFFD).
    public func text(in range: TextRange) -> String {
        let lower = max(0, min(range.utf8Start, bytes.count))
        let upper = max(lower, min(range.utf8End, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The whole text (invalid UTF-8 shows as U+FFFD).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Which language a file holds, from its extension.
public enum FileType: String, Sendable, CaseIterable {
    case valueStreamMap = "vsm"
    case benefitLogic = "batenlogica"
    case other

    public init(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".vsm") {
            self = .valueStreamMap
        } else if lowered.hasSuffix(".batenlogica") {
            self = .benefitLogic
        } else {
            self = .other
        }
    }

    /// The extensions Stroom reads when it walks a folder.
    public static let knownExtensions = ["vsm", "batenlogica"]
}
