import StroomModel
import StroomSyntax

/// The report as JSON for other tools: the same data as the Markdown and HTML reports, with
/// stable English keys in a fixed order and `null` where a value is not known. Durations are
/// minutes of working time (keys end in `Minutes`), ratios are fractions (0.45 for 45%), dates
/// are `YYYY-MM-DD`, enumeration values are the canonical Dutch words of the language, and
/// "not placed" (no phase, no quadrant, …) is `null`. The output does not depend on `--lang`.
public enum JSONReportRenderer {
    /// Raised when the shape of the output changes in a way that breaks readers.
    public static let formatVersion = 1

    public static func render(_ report: Report) -> String {
        let document: JSONValue = .object([
            ("format", .string("stroom-report")),
            ("formatVersion", .int(formatVersion)),
            ("asOf", .string(report.asOf?.description)),
            ("files", .array(report.files.map { .string($0) })),
            ("maps", .array(report.maps.map(map))),
        ])
        return document.written() + "\n"
    }

    static func map(_ map: MapReport) -> JSONValue {
        .object([
            ("kind", .string(map.kind.rawValue)),
            ("id", .string(map.item.id)),
            ("label", .string(map.item.label)),
            ("path", .string(map.path)),
            ("fileHasErrors", .bool(map.fileHasErrors)),
            ("details", details(map.details)),
            ("flow", map.flow.map(flow) ?? .null),
            ("comparison", map.comparison.map(comparison) ?? .null),
            ("board", map.board.map(board) ?? .null),
            ("actions", .array(map.actions.map(action))),
            ("observations", .array(map.observations.map(observation))),
            ("benefits", map.benefits.map(benefits) ?? .null),
            ("feedbackLoops", .array(map.feedbackLoops.map { loop in
                .object([
                    ("members", items(loop.members)),
                    ("reinforcing", .bool(loop.isReinforcing)),
                    ("polarityStated", .bool(loop.hasAnyPolarity)),
                ])
            })),
            ("summary", summary(map.summary)),
        ])
    }

    static func item(_ item: ReportItem) -> JSONValue {
        .object([("id", .string(item.id)), ("label", .string(item.label)), ("kind", .string(item.kind))])
    }

    static func items(_ list: [ReportItem]) -> JSONValue { .array(list.map(item)) }

    /// `""` (not placed) as null.
    static func key(_ key: String) -> JSONValue { key.isEmpty ? .null : .string(key) }

    static func details(_ details: MapDetails) -> JSONValue {
        .object([
            ("school", .string(details.school)),
            ("description", .string(details.description)),
            ("state", .string(details.state)),
            ("method", .string(details.method)),
            ("stage", .string(details.stage)),
            ("phase", .string(details.phase)),
            ("replaces", details.replaces.map(item) ?? .null),
            ("minutesPerDay", .number(details.minutesPerDay)),
        ])
    }

    /// `leadTimeMinutes`, `activityRatio`, `handOffs` …
    static func name(_ figure: ProcessFigures.Figure) -> String {
        figure.isDuration ? figure.rawValue + "Minutes" : figure.rawValue
    }

    static func flow(_ flow: FlowReport) -> JSONValue {
        .object([
            ("figures", .object(flow.figures.map { (name($0.figure), .number($0.value)) }
                + [("openActions", .int(flow.openActionCount))])),
            ("stepCount", .int(flow.stepCount)),
            ("waitCount", .int(flow.waitCount)),
            ("stepsWithoutTime", items(flow.stepsWithoutTime)),
            ("waitsWithoutDuration", items(flow.waitsWithoutDuration)),
            ("stepsWithoutCompleteAccurate", items(flow.stepsWithoutCompleteAccurate)),
            ("stepsWithoutValue", items(flow.stepsWithoutValue)),
            ("criticalPath", items(flow.criticalPath)),
            ("flowIsExplicit", .bool(flow.flowIsExplicit)),
            ("ladder", .array(flow.ladder.map { row in
                .object([
                    ("item", item(row.item)),
                    ("minutes", .number(row.minutes)),
                    ("by", items(row.people)),
                    ("ict", items(row.systems)),
                    ("valueAdding", .string(row.valueAdding)),
                ])
            })),
        ])
    }

    static func comparison(_ comparison: ComparisonReport) -> JSONValue {
        .object([
            ("replaces", item(comparison.old)),
            ("replacesPath", .string(comparison.oldPath)),
            ("rows", .array(comparison.rows.map { row in
                .object([
                    ("figure", .string(name(row.figure))),
                    ("before", .number(row.before)),
                    ("after", .number(row.after)),
                    ("change", .number(row.change)),
                    ("improvement", row.isImprovement.map { .bool($0) } ?? .null),
                ])
            })),
        ])
    }

    static func board(_ board: BoardReport) -> JSONValue {
        func columns(_ columns: [BoardReport.Column]) -> JSONValue {
            .array(columns.map { .object([("key", key($0.key)), ("count", .int($0.count)), ("items", items($0.items))]) })
        }
        let matrix = board.matrix
        return .object([
            ("problemCount", .int(board.problemCount)),
            ("ideaCount", .int(board.ideaCount)),
            ("problemsByPhase", columns(board.problemsByPhase)),
            ("ideasByQuadrant", columns(board.ideasByQuadrant)),
            ("workloadFrequency", .object([
                ("aspects", .array(matrix.aspects.map(key))),
                ("frequencies", .array(matrix.frequencies.map(key))),
                ("counts", .array(matrix.counts.map { .array($0.map { .int($0) }) })),
                ("placed", .int(matrix.placedCount)),
            ])),
        ])
    }

    static func action(_ action: ActionRow) -> JSONValue {
        let owner: JSONValue = switch action.owner {
        case .none: .null
        case .open: .object([("kind", .string("open"))])
        case .named(let person): .object([("kind", .string("named")), ("item", item(person))])
        case .text(let text): .object([("kind", .string("text")), ("text", .string(text))])
        }
        return .object([
            ("item", item(action.item)),
            ("owner", owner),
            ("due", .string(action.due?.description)),
            ("status", .string(action.status)),
            ("open", .bool(action.isOpen)),
            ("overdue", .bool(action.isOverdue)),
            ("from", items(action.from)),
            ("timeline", .string(action.timeline)),
            ("horizon", .string(action.horizon)),
            ("workloadEffect", .string(action.workloadEffect)),
            ("partOf", action.parent.map(item) ?? .null),
        ])
    }

    static func observation(_ observation: ObservationReport) -> JSONValue {
        .object([
            ("item", item(observation.item)),
            ("who", observation.who.map(item) ?? .null),
            ("observer", .string(observation.observer)),
            ("date", .string(observation.date?.description)),
            ("derivedFromStartTimes", .bool(true)),
            ("observedMinutes", .int(observation.observedMinutes)),
            ("ictMinutes", .int(observation.ictMinutes)),
            ("ictShare", .number(observation.ictShare)),
            ("ictMomentsWithProblem", .int(observation.ictMomentsWithProblem)),
            ("moments", .array(observation.moments.map { moment in
                .object([
                    ("item", item(moment.item)),
                    ("start", .string(moment.start.map(WorkingTimeText.clock))),
                    ("minutes", .int(moment.minutes)),
                    ("context", .string(moment.context)),
                    ("usesICT", .bool(moment.usesICT)),
                    ("ict", items(moment.systems)),
                    ("problems", items(moment.problems)),
                ])
            })),
        ])
    }

    static func benefits(_ benefits: BenefitReport) -> JSONValue {
        .object([
            ("stakeholders", .array(benefits.stakeholders.map { group in
                .object([
                    ("stakeholder", group.stakeholder.map(item) ?? .null),
                    ("purposes", .array(group.purposes.map { purpose in
                        .object([("item", item(purpose.item)), ("contributors", items(purpose.contributors))])
                    })),
                ])
            })),
            ("notContributing", items(benefits.notContributing)),
            ("workloadBySource", .array(benefits.workload.map { group in
                .object([
                    ("source", key(group.source)),
                    ("items", .array(group.items.map { workload in
                        .object([
                            ("item", item(workload.item)),
                            ("at", items(workload.at)),
                            ("reportedBy", items(workload.reportedBy)),
                            ("reducedBy", items(workload.reducedBy)),
                        ])
                    })),
                ])
            })),
            ("principles", items(benefits.principles)),
            ("themePrinciples", .array(benefits.themeRows.map { row in
                .object([
                    ("theme", row.theme.map(item) ?? .null),
                    ("letter", .string(row.letter)),
                    ("initiativesPerPrinciple", .array(row.cells.map(items))),
                ])
            })),
            ("shrm", benefits.shrm.map(shrm) ?? .null),
        ])
    }
}
