/// The value sets of strategic HRM (VO-raad, seed 004), and the general building blocks.
extension EnumSets {
    /// The four phases of the VO-raad guide (004:1396-1407), in order. Written as a benefit
    /// logic's `fase:` when it follows `methode: shrm`.
    public static let shrmPhase = EnumSet("fase", [
        EnumValue("ontdek", "discover"), EnumValue("kies", "choose"), EnumValue("doe", "do"),
        EnumValue("ga_door", "continue"),
    ], nearMisses: [
        // The verbs written in full, as a teacher says them.
        "ontdekken": "ontdek", "kiezen": "kies", "doen": "doe", "doorgaan": "ga_door", "gadoor": "ga_door", "ga": "ga_door",
        "discovering": "discover", "choosing": "choose", "doing": "do", "continuing": "continue",
    ])
    /// Large or small, as the guide scores impact and chance of success (004:1999-2000), the
    /// gap between current and desired (004:1560-1572), and a stakeholder's interest and
    /// influence (004:1857-1858); `middel` for what lies between.
    public static let size = EnumSet("grootte", [
        EnumValue("klein", "small"), EnumValue("middel", "medium"), EnumValue("groot", "large"),
    ])
    /// Inside or outside the school (Tabel 3, 004:1598-1643; knelpunten 004:1734-1735).
    public static let shrmContext = EnumSet("context", [
        EnumValue("intern", "internal"), EnumValue("extern", "external"),
    ])
    /// Ability, Motivation, Opportunity — kunnen, willen, mogen (004:527-530).
    public static let amo = EnumSet("amo", [
        EnumValue("kunnen", "ability", aliases: ["a"]), EnumValue("willen", "motivation", aliases: ["m"]),
        EnumValue("mogen", "opportunity", aliases: ["o"]),
    ])
    /// The four building blocks of "Vier in balans" (004:1065-1113; also seed 002:582-599).
    public static let buildingBlock = EnumSet("bouwsteen", [
        EnumValue("visie", "vision"), EnumValue("deskundigheid", "expertise"),
        EnumValue("inhoud", "content", aliases: ["informatie", "information"]),
        EnumValue("infrastructuur", "infrastructure"),
    ])
    /// The three levels of goals (004:459-462, 591-592).
    public static let goalLevel = EnumSet("niveau", [
        EnumValue("organisatie", "organisation", aliases: ["organization"]),
        EnumValue("leerlingen", "pupils", aliases: ["samenleving", "society"]),
        EnumValue("medewerkers", "staff"),
    ])
}
