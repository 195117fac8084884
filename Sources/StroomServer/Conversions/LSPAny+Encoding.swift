import StroomPlatform
import StroomLSP

extension LSPAny {
    /// Any encodable value as generic JSON (for `registerOptions` and other open fields).
    init(encoding value: some Encodable) throws {
        self = try JSONDecoder().decode(LSPAny.self, from: JSONEncoder().encode(value))
    }
}
