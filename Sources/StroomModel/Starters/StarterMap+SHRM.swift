import StroomSyntax

/// Strategic HRM: the VO-raad guide (seed 004:1392-1420, 2391-2394, 2513-2527), its four
/// phases Ontdek, Kies, Doe and Ga door.
///
/// The method's own kinds are in it with placeholders — a goal (`doel`), a situation, a
/// knelpunt, a scored intervention with its A/M/O and building block — and the map starts in
/// `fase: ontdek`, so that what it still lacks are hints that name the next thing to fill in.
extension StarterMap {
    static func shrm(id: String, label: String, _ language: Language) -> String {
        switch language {
        case .nl:
            """
            # Startkaart voor strategisch HRM, volgens de handreiking van de VO-raad. Vul hem fase
            # voor fase in; `stroom check` zegt wat er nog ontbreekt. De volgorde is vrij.
            #
            # De vier fasen:
            #   Ontdek  — 1A visie en doelen (voor de organisatie, de leerlingen en de medewerkers;
            #             concreet, met een termijn); 1B de huidige en de gewenste situatie, en
            #             het verschil: is er actie nodig?; 1C prioriteiten en nieuwe doelen.
            #             Welke knelpunten spelen er, hoe urgent? Wie zijn de stakeholders
            #             (belang en invloed)?
            #   Kies    — 2A uitgangspunten; 2B interventies die Ability, Motivation en
            #             Opportunity samen raken, met de vier bouwstenen in balans (visie,
            #             deskundigheid, inhoud en toepassingen, infrastructuur). Kies wat veel
            #             impact en een grote slagingskans heeft.
            #   Doe     — 3A een implementatieplan: interventies in de tijd, met rollen, een
            #             eigenaar en een datum; 3B uitvoeren en volgen.
            #   Ga door — wat is er gerealiseerd van de doelen? Wanneer komt het thema terug?

            batenlogica \(id) "\(label)" {
              methode: shrm
              school: "Naam van de school"

              fase: ontdek

              # Ontdek: de stakeholders (belang en invloed), het doel, de huidige en de gewenste
              # situatie en de knelpunten.
              stakeholder docenten "Docenten" { belang: groot  invloed: groot }
              stakeholder schoolleiding "Schoolleiding" { belang: groot  invloed: groot }
              doel doel "Welk doel willen we bereiken?" {
                niveau: medewerkers  meting: "Hoe meten we het?"  termijn: lang  wie: docenten
              }
              situatie situatie "Waar gaat het over?" {
                context: intern  huidig: "Hoe is het nu?"  gewenst: "Hoe willen we het?"
                verschil: middel  actie_nodig: ja
              }
              probleem knelpunt "Welk knelpunt speelt er?" { urgentie: middel  amo: kunnen  bouwsteen: deskundigheid }

              # Kies en Doe: het thema, een interventie (A/M/O, bouwsteen, impact, slagingskans)
              # en een actiepunt met eigenaar en datum.
              thema thema "Naam van het thema" {
                initiatief interventie "Welke interventie kiezen we?" {
                  amo: kunnen, willen, mogen  bouwsteen: deskundigheid
                  impact: middel  slagingskans: middel  lost_op: knelpunt
                  actie actie "Wat gaan we doen?"
                }
              }
              interventie -> situatie -> doel
            }

            """
        case .en:
            """
            # Starter map for strategic HRM, following the VO-raad guide. Fill it in phase by
            # phase; `stroom check` says what is still missing. The order is free.
            #
            # The four phases:
            #   Discover — 1A vision and goals (for the organisation, the pupils and the staff;
            #              concrete, with a term); 1B the current and the desired situation,
            #              and the difference: is action needed?; 1C priorities and new goals.
            #              Which bottlenecks are there, how urgent? Who are the stakeholders
            #              (interest and influence)?
            #   Choose   — 2A starting points; 2B interventions that touch Ability, Motivation
            #              and Opportunity together, with the four building blocks in balance
            #              (vision, expertise, content and applications, infrastructure). Choose
            #              what has a large impact and a good chance of success.
            #   Do       — 3A an implementation plan: interventions over time, with roles, an
            #              owner and a date; 3B carry it out and follow it.
            #   Continue — what of the goals has been realised? When does the theme come back?

            benefits \(id) "\(label)" {
              method: shrm
              school: "Name of the school"

              phase: discover

              # Discover: the stakeholders (interest and influence), the goal, the current and
              # the desired situation and the bottlenecks.
              stakeholder teachers "Teachers" { interest: large  influence: large }
              stakeholder leadership "School leadership" { interest: large  influence: large }
              goal goal "Which goal do we want to reach?" {
                level: staff  measure: "How do we measure it?"  horizon: long  who: teachers
              }
              situation situation "What is it about?" {
                context: internal  current: "How is it now?"  desired: "How do we want it?"
                gap: medium  action_needed: yes
              }
              problem bottleneck "Which bottleneck is there?" { urgency: medium  amo: ability  building_block: expertise }

              # Choose and Do: the theme, an intervention (A/M/O, building block, impact, chance
              # of success) and an action point with an owner and a date.
              theme theme "Name of the theme" {
                initiative intervention "Which intervention do we choose?" {
                  amo: ability, motivation, opportunity  building_block: expertise
                  impact: medium  chance_of_success: medium  solves: bottleneck
                  action action "What are we going to do?"
                }
              }
              intervention -> situation -> goal
            }

            """
        }
    }
}
