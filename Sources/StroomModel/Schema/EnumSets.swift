/// Every enumerated value set of the language.
public enum EnumSets {
    public static let yesNo = EnumSet("ja/nee", [EnumValue("ja", "yes"), EnumValue("nee", "no")])
    public static let valueAdding = EnumSet("waarde", [
        EnumValue("ja", "yes"), EnumValue("nodig", "needed"), EnumValue("nee", "no"),
    ])
    /// The Akkrum problem columns. Akkrum's first column read "voorbereiding/instructie" and the
    /// last is also called reflection, so those words are accepted silently.
    public static let phase = EnumSet("fase", [
        EnumValue("voorbereiding", "preparation", aliases: ["instructie", "instruction"]),
        EnumValue("uitvoering", "execution"),
        EnumValue("evaluatie", "evaluation", aliases: ["reflectie", "reflection"]),
    ], nearMisses: ["inspectie": "evaluatie", "inspection": "evaluation"])
    public static let aspect = EnumSet("aspect", [
        EnumValue("afhankelijkheid", "dependency"), EnumValue("inhoud", "content"), EnumValue("autonomie", "autonomy"),
    ])
    public static let level = EnumSet("niveau", [
        EnumValue("laag", "low"), EnumValue("middel", "medium"), EnumValue("hoog", "high"),
    ])
    public static let obstacleEffect = EnumSet("effect", [
        EnumValue("wachten", "waiting"), EnumValue("omweg", "workaround"), EnumValue("administratie", "administration"),
    ])
    public static let evidence = EnumSet("bron", [EnumValue("waarneming", "observed"), EnumValue("interview")])
    public static let quadrant = EnumSet("categorie", [
        EnumValue("organisatie", "organisation", aliases: ["organization"]),
        EnumValue("ict"),
        EnumValue("persoonlijk", "personal"),
        EnumValue("samenwerking", "collaboration", aliases: ["samenwerken"]),
    ])
    public static let horizon = EnumSet("termijn", [
        EnumValue("kort", "short"), EnumValue("middellang", "medium"), EnumValue("lang", "long"),
    ])
    public static let status = EnumSet("status", [
        EnumValue("open"), EnumValue("bezig", "doing"), EnumValue("klaar", "done", aliases: ["gereed"]),
    ])
    public static let workloadEffect = EnumSet("werkbelasting", [
        EnumValue("lichter", "lighter"), EnumValue("gelijk", "same"), EnumValue("zwaarder", "heavier"),
        EnumValue("eerst_zwaarder", "heavier_first"),
    ])
    public static let state = EnumSet("toestand", [
        EnumValue("huidig", "current"), EnumValue("gewenst", "future"), EnumValue("nieuw", "new"),
    ])
    public static let method = EnumSet("methode", [
        EnumValue("vsm"), EnumValue("werkobservatie", "work_observation"), EnumValue("design_thinking"),
        EnumValue("vernieuwend_werken"), EnumValue("shrm"),
    ])
    /// The step plan "Verbetering in beeld" (Akkrum): the default method.
    public static let vsmStage = EnumSet("stadium", [
        EnumValue("brainstorm"), EnumValue("observatie", "observation"), EnumValue("interpretatie", "interpretation"),
        EnumValue("vsm"), EnumValue("verandering", "change"),
    ])
    /// De Borgstee's project phases.
    public static let designThinkingStage = EnumSet("stadium", [
        EnumValue("voorbereiding", "preparation"), EnumValue("uitvoering", "execution"), EnumValue("afronding", "completion"),
    ])
    public static let frequencyWord = EnumSet("frequentie", [
        EnumValue("dagelijks", "daily"), EnumValue("wekelijks", "weekly"), EnumValue("maandelijks", "monthly"),
        EnumValue("jaarlijks", "yearly"),
    ])
    public static let amount = EnumSet("veel/weinig", [EnumValue("veel", "much"), EnumValue("weinig", "little")])
    public static let energy = EnumSet("energie", [EnumValue("geeft", "gives"), EnumValue("kost", "costs")])
    public static let required = EnumSet("verplicht", [
        EnumValue("wet", "law"), EnumValue("inspectie", "inspection"), EnumValue("school"), EnumValue("nee", "no"),
    ])
    public static let momentContext = EnumSet("context", [
        EnumValue("lesvoorbereiding", "lesson_preparation"), EnumValue("les", "lesson"),
        EnumValue("buiten_les", "outside_lesson"), EnumValue("ondersteunend", "supporting"),
    ])
    /// The trajectory of "Vernieuwend werken", in order.
    public static let benefitPhase = EnumSet("fase", [
        EnumValue("stap1", "step1"),
        EnumValue("sessie1", "session1"), EnumValue("stap3", "step3"),
        EnumValue("stap4", "step4"),
        EnumValue("sessie2", "session2"),
        EnumValue("stap6", "step6"),
    ])
    /// Richten, inrichten, verrichten (002:154-170): direction, how the work is organised, doing it.
    public static let workLevel = EnumSet("werkniveau", [
        EnumValue("richten", "directing"), EnumValue("inrichten", "organising"), EnumValue("verrichten", "performing"),
    ])
    /// The three groups of improvement activities in the final report (002:381-388, 495-504, 541-544).
    public static let improvementArea = EnumSet("verbetergebied", [
        EnumValue("werkproces", "work_process"), EnumValue("informatievoorziening", "information"), EnumValue("ict"),
    ])
    public static let workloadSource = EnumSet("bron", [
        EnumValue("bedoeling", "purpose"), EnumValue("organisatie", "organisation", aliases: ["organization"]),
    ])
    public static let opportunityKind = EnumSet("soort", [
        EnumValue("ict_bedoeling", "ict_purpose"), EnumValue("ict_werkdruk", "ict_workload"), EnumValue("overig", "other"),
    ])
    public static let paper = EnumSet("papier", [EnumValue("papier", "paper")])
    public static let open = EnumSet("open", [EnumValue("open")])
    public static let yes = EnumSet("ja", [EnumValue("ja", "yes")])
    public static let period = EnumSet("periode", [
        EnumValue("dag", "day"), EnumValue("week"), EnumValue("maand", "month"), EnumValue("jaar", "year"),
    ])
}
