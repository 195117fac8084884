extension KeyedDecodingContainer {
    /// The value for `key`, or nil when it is missing, null, or not of the expected shape.
    ///
    /// Client capabilities grow with every release of every editor; a field this package reads
    /// that some client sends in another shape must cost that one field, never `initialize`.
    func lenient<T: Decodable>(_ type: T.Type, forKey key: Key) -> T? {
        (try? decodeIfPresent(type, forKey: key)) ?? nil
    }
}
