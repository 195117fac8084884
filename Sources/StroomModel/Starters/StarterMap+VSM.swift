import StroomSyntax

/// Value Stream Mapping: the step plan "Verbetering in beeld" of OBS Akkrum (seed 000:810-829,
/// step 4 "Proces tekenen" 000:1138-1158).
extension StarterMap {
    static func vsm(id: String, label: String, _ language: Language) -> String {
        switch language {
        case .nl:
            """
            # Startkaart voor Value Stream Mapping, volgens het stappenplan ‘Verbetering in beeld’
            # (OBS Akkrum). Vul hem stap voor stap in; `stroom check` zegt wat er nog ontbreekt.
            #
            # Het stappenplan:
            #   1. Brainstorm (60-90 min): waar is het team wel en niet blij mee? Kies één proces.
            #   2. Observatie (30-60 min per observatie): kijk hoe het proces nu echt gaat.
            #   3. Interpretatie (60-120 min per observatie): welke processtappen zag je?
            #   4. Value Stream Mapping (60-90 min per proces): teken het proces. Eerst leverancier,
            #      klant, andere deelnemers en ICT-systemen; dan de stappen in volgorde, met pijlen;
            #      dan de problemen (sterren) bij hun stap en de oplossingen (wolken); tot slot
            #      de tijden, waar je ze weet (tijd: 30min).
            #   5. Verandering (60-120 min per proces): deel de problemen in per fase, maak er
            #      ideeën van (per kwadrant) en van de ideeën actiepunten met een eigenaar.
            # Zet stadium: op de stap waar het team nu is. Regels van een latere stap zijn tot dan hints.

            proces \(id) "\(label)" {
              methode: vsm
              stadium: brainstorm
              school: "Naam van de school"

              # Stap 4: wie levert het werk aan, voor wie is het resultaat, wie doet het, met welke ICT?
              leverancier leverancier "Wie levert het werk aan?"
              klant klant "Voor wie is het resultaat?"
              persoon leraar "Leraar"
              ict systeem "Naam van het ICT-systeem"

              # De stappen in de volgorde van het werk. Schrijf de tijd erbij zodra je die weet.
              stap eerste "Eerste stap" { door: leraar  ict: systeem }
              stap tweede "Tweede stap" { door: leraar }
              eerste -> tweede

              # Stap 5: een probleem bij zijn stap, in een fase (voorbereiding, uitvoering, evaluatie).
              probleem probleem "Wat gaat er mis?" { bij: eerste  fase: uitvoering }
            }

            """
        case .en:
            """
            # Starter map for Value Stream Mapping, following the step plan ‘Verbetering in beeld’
            # (OBS Akkrum). Fill it in step by step; `stroom check` says what is still missing.
            #
            # The step plan:
            #   1. Brainstorm (60-90 min): what is the team happy and unhappy with? Choose one process.
            #   2. Observation (30-60 min per observation): watch how the process really goes now.
            #   3. Interpretation (60-120 min per observation): which process steps did you see?
            #   4. Value Stream Mapping (60-90 min per process): draw the process. First supplier,
            #      customer, other participants and ICT systems; then the steps in order, with
            #      arrows; then the problems (stars) at their step and the solutions (clouds);
            #      finally the times, where you know them (time: 30min).
            #   5. Change (60-120 min per process): sort the problems by phase, turn them into
            #      ideas (per quadrant) and the ideas into action points with an owner.
            # Set stage: to the step the team is at now. Rules of a later step are hints until then.

            process \(id) "\(label)" {
              method: vsm
              stage: brainstorm
              school: "Name of the school"

              # Step 4: who delivers the work, who is the result for, who does it, with which ICT?
              supplier supplier "Who delivers the work?"
              customer customer "Who is the result for?"
              person teacher "Teacher"
              ict system "Name of the ICT system"

              # The steps in the order of the work. Add the time as soon as you know it.
              step first "First step" { by: teacher  ict: system }
              step second "Second step" { by: teacher }
              first -> second

              # Step 5: a problem at its step, in a phase (preparation, execution, evaluation).
              problem problem "What goes wrong?" { at: first  phase: execution }
            }

            """
        }
    }
}
