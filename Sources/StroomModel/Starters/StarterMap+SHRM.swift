import StroomSyntax

/// Strategic HRM: the VO-raad guide (seed 004:1392-1420, 2391-2394, 2513-2527), its four
/// phases Ontdek, Kies, Doe and Ga door.
///
/// PLACEHOLDER (the only one, agreed with the coordinator): this starter uses only what the
/// language has before the shrm branch is merged — `methode: shrm` on a benefit logic with
/// stakeholders, a purpose, a theme, an initiative and an action. After merging the shrm branch
/// the coordinator extends it with the method's own kinds and attributes (`doel` with `meting:`
/// and `termijn:`, `situatie` with `huidig:`/`gewenst:`, knelpunten with `amo:`/`bouwsteen:`,
/// `impact:`/`slagingskans:` on initiatives, `belang:`/`invloed:` on stakeholders, `fase: ontdek`);
/// `StarterMapTests` then checks that it still gives only hints.
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

              # Ontdek: de stakeholders en het doel.
              stakeholder docenten "Docenten"
              stakeholder schoolleiding "Schoolleiding"
              bedoeling doel "Welk doel willen we bereiken? (concreet, met een termijn)" { wie: docenten }

              # Kies en Doe: het thema, een gekozen interventie en een actiepunt.
              thema thema "Naam van het thema" {
                initiatief interventie "Welke interventie kiezen we?" {
                  actie actie "Wat gaan we doen?"
                }
              }
              interventie -> doel
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

              # Discover: the stakeholders and the goal.
              stakeholder teachers "Teachers"
              stakeholder leadership "School leadership"
              purpose goal "Which goal do we want to reach? (concrete, with a term)" { who: teachers }

              # Choose and Do: the theme, a chosen intervention and an action point.
              theme theme "Name of the theme" {
                initiative intervention "Which intervention do we choose?" {
                  action action "What are we going to do?"
                }
              }
              intervention -> goal
            }

            """
        }
    }
}
