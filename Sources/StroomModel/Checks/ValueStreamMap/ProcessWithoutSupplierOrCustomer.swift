import StroomSyntax

/// V305 — a process without a supplier, a customer, or both (one diagnostic that says which).
///
/// The step plan says "bepaal wie de klant, de leverancier … zijn": the input and the output
/// sides of the schema frame the process.
enum ProcessWithoutSupplierOrCustomer: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V305", severity: .warning,
        title: LocalizedText(nl: "Proces zonder leverancier of klant", en: "Process without supplier or customer"),
        explanation: LocalizedText(
            nl: "Het stappenplan zegt: ‘bepaal wie de klant, de leverancier … zijn’. De leverancier levert wat het proces nodig heeft (bijvoorbeeld de leraar van vorig jaar), de klant ontvangt het resultaat (bijvoorbeeld de leerlingen). Zonder die twee is niet duidelijk waar het proces begint en voor wie het is.",
            en: "The step plan says: ‘determine who the customer, the supplier … are’. The supplier delivers what the process needs (for example last year's teacher), the customer receives the result (for example the pupils). Without both it is unclear where the process starts and whom it is for."),
        example: "proces groepsplannen \"Groepsplannen\" {   # V305: geen leverancier\n  klant groep \"Leerlingen van de groep\"\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            guard analysis[map].name != nil else { continue }
            let noSupplier = analysis.members(of: map, .supplier).isEmpty
            let noCustomer = analysis.members(of: map, .customer).isEmpty
            let subject = MessageParts.subject(analysis[map])
            let message: LocalizedText
            switch (noSupplier, noCustomer) {
            case (true, true):
                message = LocalizedText(
                    nl: "\(subject.nl) heeft geen leverancier en geen klant. Bepaal wie de input levert en wie het resultaat ontvangt (leverancier …, klant …).",
                    en: "\(subject.en) has no supplier and no customer. Decide who delivers the input and who receives the result (supplier …, customer …).")
            case (true, false):
                message = LocalizedText(
                    nl: "\(subject.nl) heeft geen leverancier. Bepaal wie de input levert (leverancier …).",
                    en: "\(subject.en) has no supplier. Decide who delivers the input (supplier …).")
            case (false, true):
                message = LocalizedText(
                    nl: "\(subject.nl) heeft geen klant. Bepaal wie het resultaat ontvangt (klant …).",
                    en: "\(subject.en) has no customer. Decide who receives the result (customer …).")
            case (false, false):
                continue
            }
            context.report(on: map, message: message)
        }
    }
}
