import StroomModel

/// The strategic-HRM tables in the JSON report (canonical Dutch words, as everywhere in it).
extension JSONReportRenderer {
    static func shrm(_ report: SHRMReport) -> JSONValue {
        .object([
            ("phase", .string(report.phase)),
            ("situations", .array(report.situations.map { situation in
                .object([
                    ("item", item(situation.item)),
                    ("context", .string(situation.context)),
                    ("current", .string(situation.current)),
                    ("desired", .string(situation.desired)),
                    ("gap", .string(situation.gap)),
                    ("actionNeeded", .string(situation.actionNeeded)),
                    ("addressedBy", items(situation.addressedBy)),
                ])
            })),
            ("amoCoverage", .array(report.coverage.map { row in
                .object([
                    ("buildingBlock", .string(row.buildingBlock)),
                    ("kunnen", items(row.cells[0])),
                    ("willen", items(row.cells[1])),
                    ("mogen", items(row.cells[2])),
                ])
            })),
            ("goals", .array(report.goals.map { goal in
                .object([
                    ("item", item(goal.item)),
                    ("who", items(goal.who)),
                    ("level", .string(goal.level)),
                    ("measure", .string(goal.measure)),
                    ("horizon", .string(goal.horizon)),
                    ("due", .string(goal.due)),
                    ("realised", .string(goal.realised)),
                    ("contributors", items(goal.contributors)),
                ])
            })),
        ])
    }
}
