import StroomSyntax

/// Vernieuwend werken: SWS Balans's trajectory and its step plan (seed 001:559-732), the six
/// questions of the method (001:114-258, 466-491).
extension StarterMap {
    static func vernieuwendWerken(id: String, label: String, _ language: Language) -> String {
        switch language {
        case .nl:
            """
            # Startkaart voor Vernieuwend werken (batenlogica), zoals bij SWS Balans. Vul hem stap
            # voor stap in; `stroom check` zegt wat er nog ontbreekt.
            #
            # Het stappenplan (zet fase: op de sessie of stap waar het team nu is):
            #   1. Wat is de bedoeling, en waar worden de stakeholders (leerlingen, ouders, leraren,
            #      directie en intern begeleider, bestuur) blij van? Schrijf per stakeholder
            #      ‘blij als …’-zinnen op: dat zijn de bedoelingen.
            #   2. Wat draagt bij aan de bedoeling? Hoe ziet de batenlogica eruit? Zet wat de
            #      school al doet (activiteiten) met pijlen naar de bedoeling.
            #   3. Waar ervaren medewerkers werkdruk: in het werken aan de bedoeling, of in de
            #      organisatie en de manier van werken? (werkdruk … { bron: … })
            #   4. Wat is nodig om de bedoeling te realiseren? Welke beleidsthema’s?
            #   5. Hoe willen we werken aan de bedoeling? Volgens welke organisatieprincipes?
            #   6. Wat zijn de vernieuwende initiatieven en concrete acties? Kies per thema
            #      de initiatieven (gekozen: ja) en geef elke actie een eigenaar.

            batenlogica \(id) "\(label)" {
              methode: vernieuwend_werken
              fase: sessie1
              school: "Naam van de school"
              facilitator: "Wie begeleidt de sessies?"

              # Stap 1: de stakeholders en hun ‘blij als …’.
              stakeholder leerlingen "Leerlingen"
              stakeholder leraren "Leraren"
              bedoeling blij_als "Blij als … (schrijf op waar leerlingen blij van worden)" { wie: leerlingen }
              bedoeling leraren_blij_als "Blij als … (schrijf op waar leraren blij van worden)" { wie: leraren }

              # Stap 2 en 4: een beleidsthema met wat de school al doet, en de pijl naar de bedoeling.
              thema thema "Naam van het beleidsthema" {
                activiteit wat_we_al_doen "Wat doen we al?"
              }
              wat_we_al_doen -> blij_als
            }

            """
        case .en:
            """
            # Starter map for Vernieuwend werken (a benefit logic), as at SWS Balans. Fill it in
            # step by step; `stroom check` says what is still missing.
            #
            # The step plan (set phase: to the session or step the team is at now):
            #   1. What is the purpose, and what makes the stakeholders (pupils, parents, teachers,
            #      management and internal care coordinator, board) happy? Write ‘happy when …’
            #      sentences per stakeholder: those are the purposes.
            #   2. What contributes to the purpose? What does the benefit logic look like? Draw
            #      what the school already does (activities) with arrows to the purpose.
            #   3. Where do staff experience workload: in working on the purpose, or in the
            #      organisation and the way of working? (workload … { source: … })
            #   4. What is needed to realise the purpose? Which policy themes?
            #   5. How do we want to work on the purpose? By which organising principles?
            #   6. What are the innovative initiatives and concrete actions? Choose the
            #      initiatives per theme (selected: yes) and give every action an owner.

            benefits \(id) "\(label)" {
              method: vernieuwend_werken
              phase: session1
              school: "Name of the school"
              facilitator: "Who leads the sessions?"

              # Step 1: the stakeholders and their ‘happy when …’.
              stakeholder pupils "Pupils"
              stakeholder teachers "Teachers"
              purpose happy_when "Happy when … (write down what makes pupils happy)" { who: pupils }
              purpose teachers_happy_when "Happy when … (write down what makes teachers happy)" { who: teachers }

              # Steps 2 and 4: a policy theme with what the school already does, and the arrow to the purpose.
              theme theme "Name of the policy theme" {
                activity what_we_do "What do we already do?"
              }
              what_we_do -> happy_when
            }

            """
        }
    }
}
