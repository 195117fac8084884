import StroomSyntax

/// Work observation: 't Blokhuus's expert method (seed 000:2646-2653, 2763-2799, 2858-2884,
/// 3106-3142). There is deliberately no step plan; the comments give the order the case follows.
extension StarterMap {
    static func workObservation(id: String, label: String, _ language: Language) -> String {
        switch language {
        case .nl:
            """
            # Startkaart voor werkobservaties, zoals bij ’t Blokhuus. Vul hem stap voor stap in;
            # `stroom check` zegt wat er nog ontbreekt.
            #
            # De aanpak (een expertmethode, bewust zonder stappenplan):
            #   1. Schets de ICT-situatie: welke systemen gebruikt de school, waarvoor?
            #   2. Volg een leraar een dag lang het rooster. Noteer bij elk moment de begintijd,
            #      of er ICT gebruikt werd en of dat een probleem of werkdruk gaf.
            #   3. Orden de knelpunten: welke obstakels komen vaak voor, wat zijn de
            #      hoofdobservaties (conclusie) en welke oplossing hoort bij elke observatie?
            #   4. Geef adviezen per termijn: kort, middellang en lang.

            onderzoek \(id) "\(label)" {
              methode: werkobservatie
              school: "Naam van de school"

              # Stap 1: wie wordt geobserveerd, wie observeert, en met welke ICT-systemen?
              persoon leraar "Leraar die geobserveerd wordt"
              persoon observator "Wie observeert"
              ict systeem "Naam van het ICT-systeem"

              # Stap 2: een dag volgens het rooster, moment voor moment.
              observatie dag "Een dag bij groep …" {
                wie: leraar
                door: observator
                moment begin "Begin van de dag" { om: 08:30 }
                moment les "Les met ICT" { om: 09:00  ict: systeem }
              }
            }

            """
        case .en:
            """
            # Starter map for work observations, as at ’t Blokhuus. Fill it in step by step;
            # `stroom check` says what is still missing.
            #
            # The approach (an expert method, deliberately without a step plan):
            #   1. Sketch the ICT situation: which systems does the school use, for what?
            #   2. Follow a teacher's timetable for a day. For each moment write down the start
            #      time, whether ICT was used and whether that caused a problem or workload.
            #   3. Sort the bottlenecks: which obstacles are common, what are the main
            #      observations (finding) and which solution goes with each observation?
            #   4. Give advice by term: short, medium and long.

            study \(id) "\(label)" {
              method: werkobservatie
              school: "Name of the school"

              # Step 1: who is observed, who observes, and with which ICT systems?
              person teacher "Teacher who is observed"
              person observer "Who observes"
              ict system "Name of the ICT system"

              # Step 2: a day following the timetable, moment by moment.
              observation day "A day in group …" {
                who: teacher
                by: observer
                moment start "Start of the day" { at: 08:30 }
                moment lesson "Lesson with ICT" { at: 09:00  ict: system }
              }
            }

            """
        }
    }
}
