import StroomSyntax

/// Design Thinking and Lean: De Borgstee's project (seed 000:3305-3375, 4274-4281, 4299-4367).
extension StarterMap {
    static func designThinking(id: String, label: String, _ language: Language) -> String {
        switch language {
        case .nl:
            """
            # Startkaart voor Design Thinking en Lean, zoals bij De Borgstee. Vul hem stap voor stap
            # in; `stroom check` zegt wat er nog ontbreekt.
            #
            # Het project in drie fasen (zet stadium: op de fase waar het team nu is):
            #   voorbereiding — breng de processen met werkdruk in kaart, en hun oorzaken; kies
            #                   één proces om uit te werken en kies de methode.
            #   uitvoering    — werk het proces uit met de vijf stappen van Design Thinking:
            #                   1. inleven (begrijp de situatie), 2. definiëren (stel de vraag
            #                   scherp), 3. ideeën bedenken en kiezen, 4. prototype (schets
            #                   voorbeelden), 5. testen (experimenteer). Lean: houd alleen de
            #                   stappen over die echt waarde hebben voor de leerling (waarde: ja).
            #   afronding     — evalueer de methode; maak een verbeterplan met actiepunten
            #                   (wat te doen, tijdpad, impact en werkbelasting).

            proces \(id) "\(label)" {
              methode: design_thinking
              stadium: voorbereiding
              school: "Naam van de school"

              # Voor wie doe je het, wie doet het werk, met welke ICT?
              klant leerling "Leerling"
              persoon leraar "Leraar"
              ict systeem "Naam van het ICT-systeem"

              # Het proces zoals het nu gaat, stap voor stap. Heeft de stap waarde voor de leerling?
              stap eerste "Eerste stap" { door: leraar  ict: systeem }
              stap tweede "Tweede stap" { door: leraar }
              eerste -> tweede

              # Waar zit de werkdruk, en waardoor?
              probleem probleem "Wat kost te veel tijd of energie?" { bij: eerste }
            }

            """
        case .en:
            """
            # Starter map for Design Thinking and Lean, as at De Borgstee. Fill it in step by
            # step; `stroom check` says what is still missing.
            #
            # The project in three phases (set stage: to the phase the team is in now):
            #   preparation — list the processes with workload, and their causes; choose one
            #                 process to work out and choose the method.
            #   execution   — work the process out with the five steps of Design Thinking:
            #                 1. empathize (understand the situation), 2. define (sharpen the
            #                 question), 3. ideate (think of ideas and choose), 4. prototype
            #                 (sketch examples), 5. test (experiment). Lean: keep only the steps
            #                 that really add value for the pupil (value: yes).
            #   completion  — evaluate the method; make an improvement plan with action points
            #                 (what to do, time path, impact and workload).

            process \(id) "\(label)" {
              method: design_thinking
              stage: preparation
              school: "Name of the school"

              # Who is it for, who does the work, with which ICT?
              customer pupil "Pupil"
              person teacher "Teacher"
              ict system "Name of the ICT system"

              # The process as it goes now, step by step. Does the step add value for the pupil?
              step first "First step" { by: teacher  ict: system }
              step second "Second step" { by: teacher }
              first -> second

              # Where is the workload, and what causes it?
              problem problem "What takes too much time or energy?" { at: first }
            }

            """
        }
    }
}
