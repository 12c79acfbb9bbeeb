import Testing
@testable import ParityKit

@Suite struct CivilDateTests {
    @Test func parsesOnlyRealISODates() {
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2023-02-29") == nil)
        #expect(CivilDate(iso: "2024-02-30") == nil)
        #expect(CivilDate(iso: "31/03/2024") == nil)
        #expect(CivilDate(iso: "March 2024") == nil)
        #expect(CivilDate(iso: "2024-3-31") == nil)
        #expect(CivilDate(iso: "2024-13-01") == nil)
    }

    @Test func dayNumbersRoundTrip() {
        let start = CivilDate(iso: "1999-12-25")!
        for offset in stride(from: 0, to: 20_000, by: 37) {
            let date = start.adding(days: offset)
            #expect(CivilDate(dayNumber: date.dayNumber) == date)
            #expect(CivilDate(iso: date.description) == date)
        }
        #expect(CivilDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CivilDate(iso: "2024-03-01")!.adding(days: -1) == CivilDate(iso: "2024-02-29"))
    }

    @Test func monthsClampToTheMonthsLength() {
        #expect(CivilDate(iso: "2024-01-31")!.adding(months: 1) == CivilDate(iso: "2024-02-29"))
        #expect(CivilDate(iso: "2023-01-31")!.adding(months: 1) == CivilDate(iso: "2023-02-28"))
        #expect(CivilDate(iso: "2024-03-31")!.adding(months: -1) == CivilDate(iso: "2024-02-29"))
        #expect(CivilDate(iso: "2024-02-29")!.adding(months: 12) == CivilDate(iso: "2025-02-28"))
    }

    @Test func periodsParseAndCountBack() {
        #expect(Period(iso: "P12M")!.before(CivilDate(iso: "2025-01-31")!) == CivilDate(iso: "2024-01-31"))
        #expect(Period(iso: "P12M")!.before(CivilDate(iso: "2024-02-29")!) == CivilDate(iso: "2023-02-28"))
        #expect(Period(iso: "P1M")!.before(CivilDate(iso: "2024-03-31")!) == CivilDate(iso: "2024-02-29"))
        #expect(Period(iso: "P1Y6M")!.before(CivilDate(iso: "2024-06-30")!) == CivilDate(iso: "2022-12-30"))
        #expect(Period(iso: "P2W")!.before(CivilDate(iso: "2024-03-01")!) == CivilDate(iso: "2024-02-16"))
        #expect(Period(iso: "P90D")!.days == 90)
        #expect(Period(iso: "PT1H") == nil)
        #expect(Period(iso: "P") == nil)
        #expect(Period(iso: "P1M1Y") == nil)
        #expect(Period(iso: "12M") == nil)
        #expect(Period(iso: "P1Y6M")!.words == "1 year 6 months")
    }

    @Test func planMonthsCountFromTheStart() {
        let plan = PlanCalendar(start: CivilDate(iso: "2023-09-01")!)
        #expect(plan.lastDay(ofMonth: 2) == CivilDate(iso: "2023-10-31"))
        #expect(plan.firstDay(ofMonth: 3) == CivilDate(iso: "2023-11-01"))
        #expect(plan.lastDay(ofMonth: 6) == CivilDate(iso: "2024-02-29"))
        #expect(plan.lastDay(ofMonth: 12) == CivilDate(iso: "2024-08-31"))
        #expect(plan.month(of: CivilDate(iso: "2024-04-15")!) == 8)
        #expect(plan.month(of: CivilDate(iso: "2023-08-31")!) == 0)
        #expect(plan.month(of: CivilDate(iso: "2023-09-01")!) == 1)
    }
}
