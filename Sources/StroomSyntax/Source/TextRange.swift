/// A half-open range of UTF-8 byte offsets into one source file.
///
/// Every position inside Stroom is a UTF-8 offset; line/column pairs and UTF-16 columns only
/// appear at the edges (CLI output, LSP), through ``LineTable``.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Stored in 32 bits, as a token's offsets are (no file is larger than
    // `SourceFile.maximumSize`): ranges are in every declaration, attribute, value and finding,
    // and halving them takes a tenth off the model's memory.
    private var storedStart: UInt32
    private var storedEnd: UInt32

    public var utf8Start: Int {
        get { Int(storedStart) }
        set { storedStart = UInt32(clamping: newValue) }
    }
    public var utf8End: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(clamping: newValue) }
    }

    public init(utf8Start: Int, utf8End: Int) {
        precondition(utf8Start <= utf8End, "a range must not end before it starts")
        storedStart = UInt32(clamping: utf8Start)
        storedEnd = UInt32(clamping: utf8End)
    }

    /// An empty range at one offset (for example where a missing `}` belongs).
    public static func empty(at utf8Offset: Int) -> TextRange {
        TextRange(utf8Start: utf8Offset, utf8End: utf8Offset)
    }

    public var utf8Length: Int { utf8End - utf8Start }
    public var isEmpty: Bool { utf8Start == utf8End }

    public func contains(_ utf8Offset: Int) -> Bool {
        utf8Offset >= utf8Start && utf8Offset < utf8End
    }

    /// True when `utf8Offset` lies inside or at either end of the range (a cursor touching it).
    public func touches(_ utf8Offset: Int) -> Bool {
        utf8Offset >= utf8Start && utf8Offset <= utf8End
    }

    public func contains(_ other: TextRange) -> Bool {
        other.utf8Start >= utf8Start && other.utf8End <= utf8End
    }

    /// The smallest range that covers both.
    public func union(_ other: TextRange) -> TextRange {
        TextRange(utf8Start: min(utf8Start, other.utf8Start), utf8End: max(utf8End, other.utf8End))
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.utf8Start, lhs.utf8End) < (rhs.utf8Start, rhs.utf8End)
    }

    public var description: String { "\(utf8Start)..<\(utf8End)" }
}
