@testable import StroomModel
import StroomSyntax
import Testing

/// ``RawValues`` keeps one value inline and several in an array; either way it reads like the
/// array of its values.
@Suite struct RawValuesTests {
    static func value(_ number: Double) -> RawValue {
        RawValue(range: TextRange(utf8Start: Int(number), utf8End: Int(number) + 1), content: .number(number), decimalComma: false)
    }

    @Test func readsLikeTheArrayOfItsValues() {
        for count in 0..<5 {
            let array = (0..<count).map { Self.value(Double($0)) }
            var appended = RawValues()
            for value in array { appended.append(value) }
            #expect(Array(appended) == array, "\(count)")
            #expect(appended == RawValues(array), "\(count): stored alike, so equal")
            #expect(appended.count == count && appended.first == array.first && appended.last == array.last)
            guard count > 0 else { continue }
            var replaced = appended
            replaced.replaceLast(with: Self.value(99))
            #expect(Array(replaced) == array.dropLast() + [Self.value(99)])
            // Mapped, each value changes and the storage stays as it is.
            let shifted = appended.mapped { RawValue(range: $0.range, content: .number(-1), decimalComma: true) }
            #expect(Array(shifted) == array.map { RawValue(range: $0.range, content: .number(-1), decimalComma: true) })
            #expect(shifted == RawValues(Array(shifted)))
            // A copy is a value: changing one leaves the other as it was.
            #expect(Array(appended) == array)
        }
    }
}
