import StroomModel
import StroomSyntax

/// The `summary` of a map in the JSON report: what the Markdown and HTML summaries add to the
/// rest of the map's data (the heaviest problems and the method's next step).
extension JSONReportRenderer {
    static func summary(_ summary: MapSummary) -> JSONValue {
        .object([
            ("topProblems", .array(summary.topProblems.map { problem in
                .object([
                    ("item", item(problem.item)),
                    ("impact", .string(problem.impact)),
                    ("frequency", .string(problem.frequency)),
                    ("occurrences", .int(problem.occurrences)),
                ])
            })),
            ("problemCount", .int(summary.problemCount)),
            ("method", summary.method.map(method) ?? .null),
        ])
    }

    static func method(_ step: MapSummary.MethodStep) -> JSONValue {
        .object([
            ("method", .string(step.method)),
            ("stage", .string(step.stage)),
            ("nextStage", .string(step.nextStage)),
            ("hasStages", .bool(step.hasStages)),
            ("asks", .array(step.asks.map { ask in
                .object([("code", .string(ask.code.rawValue)), ("count", .int(ask.count)), ("stageDependent", .bool(ask.stageDependent))])
            })),
            ("askTotal", .int(step.askTotal)),
        ])
    }
}
