import StroomSyntax

/// Which methods each rule belongs to. A rule not of every method is listed with its methods;
/// a general rule (syntax, names, attributes, workspace, and the checks of plain consistency
/// such as negative times or arrows in a circle) with none. A test fails when a registered rule
/// is missing here, and `docs/checks.md` has the same table (checked by `DocsTests`).
///
/// Why each rule sits where it does (source extracts in the design's `source-material/`):
/// Akkrum's step plan gives the VSM rules; ’t Blokhuus's observations and process questions
/// (‘Staan de gegevens op meerdere plekken?’) the work-observation ones; De Borgstee's Lean value
/// criterion and action table (impact on workload) the design-thinking ones; SWS Balans and the
/// step plan Vernieuwend werken all benefit-logic rules; the VO-raad guide on strategic HRM the
/// H7xx rules.
public enum RuleMethods {
    static let process: Set<Method> = [.vsm, .werkobservatie, .designThinking]
    /// The four cases of "Meer ict, minder werkdruk?", whose final report (002) gives advice to all.
    static let report002: Set<Method> = [.vsm, .werkobservatie, .designThinking, .vernieuwendWerken]

    /// Code → the methods the rule belongs to; an empty set means general.
    public static let table: [DiagnosticCode: Set<Method>] = [
        "N101": [], "N102": [], "N103": [], "N104": [], "N105": [],
        "A201": [], "A202": [], "A203": [], "A204": [], "A205": [], "A206": [], "A207": [],
        "V301": process,                        // ‘voor elk probleem ten minste één oplossing’; knelpunt ↔ oplossing
        "V302": [.vsm, .designThinking],        // leaders per action point; Borgstee's to-dos
        "V303": process,                        // actors per step (Akkrum, leesdossier, rapportageproces)
        "V304": [.vsm],                         // ‘kwantificeer processtappen’
        "V305": [.vsm],                         // supplier and customer
        "V306": [.vsm],                         // Akkrum's problem phases
        "V307": [.vsm],                         // Akkrum's idea quadrant
        "V308": [.vsm, .designThinking],        // ideas become action points
        "V309": [],                             // a flow that hangs together
        "V310": [.vsm],                         // problems stuck on the steps of the map
        "V311": process,                        // an idea answers a problem
        "V312": [],                             // arrows between kinds that flow
        "V313": [.vsm, .designThinking],        // due dates of action points
        "V314": [.vsm],                         // disruptions on steps
        "V315": [], "V316": [],                 // consistent numbers
        "V317": [.vsm],                         // the map is there to find problems
        "V318": [.vsm],                         // ‘bepaal welke te realiseren zijn’
        "V319": [.vsm],                         // ‘link actoren en ict aan de activiteiten’
        "V320": [.vsm, .werkobservatie],        // missing links, data in several places
        "V321": [.vsm],                         // the process matrix
        "V322": [],                             // moments in time order
        "V323": [.werkobservatie],              // did the ICT moment cause a problem?
        "V324": [.werkobservatie],              // ‘Staan de gegevens op meerdere plekken?’
        "V325": [.werkobservatie, .designThinking], // ‘Zijn bepaalde gegevens überhaupt nodig?’; Ruimte in regels
        "V326": [.designThinking],              // Lean: only activities with value for the pupil
        "V327": [.werkobservatie, .designThinking], // horizon (Blokhuus), impact on workload (Borgstee)
        "V328": [.werkobservatie],              // workarounds and their risk
        "V329": [.werkobservatie, .designThinking], // old and new way of working; current and desired
        "B401": [.vernieuwendWerken], "B402": [.vernieuwendWerken], "B403": [.vernieuwendWerken],
        "B404": [.vernieuwendWerken], "B405": [], "B406": [], "B407": [.vernieuwendWerken],
        "B408": [.vernieuwendWerken], "B409": [.vernieuwendWerken], "B410": [.vernieuwendWerken],
        "B411": [.vernieuwendWerken], "B412": [.vernieuwendWerken], "B413": [.vernieuwendWerken],
        "B414": [.vernieuwendWerken], "B415": [.vernieuwendWerken], "B416": [.vernieuwendWerken],
        "B417": [.vernieuwendWerken], "B418": [],
        // Strategic HRM (VO-raad, seed 004): the guide's phases, tables and AMO advice.
        "H701": [.shrm], "H702": [.shrm], "H703": [.shrm], "H704": [.shrm], "H705": [.shrm], "H706": [.shrm],
        "H707": [.shrm], "H708": [.shrm], "H709": [.shrm], "H710": [.shrm], "H711": [.shrm], "H712": [.shrm],
        "C501": [], "C502": [], "C503": [],
        "W601": [], "W602": [], "W604": [], "W605": [],
        "A208": [],
        "A209": [],
        // The step plans completed and every stated rule (issue 10, items 3 and 4):
        "V330": report002,                      // 002:616-625 use and maintenance of new ICT
        "V331": [.vsm, .werkobservatie, .designThinking], // 002:315-321, 000:1228-1230 agree on the problems first
        "V332": [.vsm],                         // 000:590-591, 1288-1289 action points from ideas
        "V333": [.vsm, .werkobservatie],        // 000:969 an observer per observation; Blokhuus's researchers
        "V334": [.vsm],                         // 000:392-398 every work process in the werkdruk-frequentiematrix
        "B419": [.vernieuwendWerken],           // 001:224-226, 679 step 4 validates session 1
        "B420": [.vernieuwendWerken],           // 001:104-108, 569-579 facilitator and support group
        "B421": [.vernieuwendWerken],           // 001:107, 575 representatives of all involved
        "B422": [.vernieuwendWerken],           // 001:243, 696 opportunities per theme
        "B423": [.vernieuwendWerken],           // 001:704-706 three lists of opportunities
        "A210": [],                             // a part of one method in another's map
    ]

    /// The methods of a code; empty (general) for codes not in the table, such as syntax codes.
    public static func methods(of code: DiagnosticCode) -> Set<Method> {
        table[code] ?? []
    }

    /// Whether a rule of `code` applies to a map that follows `method`.
    static func applies(_ code: DiagnosticCode, to method: Method) -> Bool {
        let methods = methods(of: code)
        return methods.isEmpty || methods.contains(method)
    }
}
