import StroomLSP
import StroomModel
@testable import StroomServer
import Testing

/// `initializationOptions.today` takes a day of the calendar and nothing else: a date that is
/// not one (or whose parts would not fit) is logged and the clock is used.
@Suite struct InitializationOptionsTests {
    @Test(arguments: ["2026-06-01", "2024-02-29"])
    func aCalendarDayIsTaken(text: String) {
        var problems: [String] = []
        let options = InitializationOptions(["today": .string(text)], problems: &problems)
        #expect(options.today?.description == text)
        #expect(problems.isEmpty)
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "2026-300-01", "99999-01-01", "0-01-01", "morgen"])
    func anythingElseIsLoggedAndLeftOut(text: String) {
        var problems: [String] = []
        let options = InitializationOptions(["today": .string(text)], problems: &problems)
        #expect(options.today == nil)
        #expect(problems == ["initializationOptions.today must be a date like \"2026-06-01\""])
    }
}
