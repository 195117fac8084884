import StroomModel
import StroomSyntax
import Testing

/// Figures computed by the model, against numbers worked out by hand (in the comments).
@Suite struct MetricsTests {
    static let process = """
    proces m "Metrics" {
      werkdag: 8u
      persoon a "A"
      persoon b "B"
      ict x "X"
      ict y "Y"
      stap s1 "S1" { door: a  ict: x  tijd: 30min  waarde: ja  ca: 90% }
      wacht w1 "W1" { duur: 1d }
      stap s2 "S2" { door: a  ict: y  tijd: 1u  waarde: nodig  ca: 50% }
      stap s3 "S3" { door: b  ict: y  tijd: 2u  waarde: ja }
      stap s4 "S4" { door: b  ict: x, y  tijd: 15min  waarde: nee }
      data d "D" { bij: s2  in: x, y, papier }
      probleem p1 "P1" { fase: voorbereiding  aspect: inhoud  frequentie: wekelijks }
      probleem p2 "P2" { fase: uitvoering  aspect: inhoud  frequentie: 3x per week }
      probleem p3 "P3"
      idee i1 "I1" { categorie: ict  lost_op: p1 }
      idee i2 "I2" { categorie: organisatie  lost_op: p2 }
      idee i3 "I3" { lost_op: p3 }
      actie a1 "A1" { uit: i1  status: klaar }
      actie a2 "A2" { uit: i2 }
      s1 -> w1 -> s2 -> s4
      s1 -> s3 -> s4
    }
    """

    func metrics() -> (Analysis, ProcessMetrics) {
        let analysis = Analysis(sources: [SourceFile(path: "m.vsm", text: MetricsTests.process)])
        return (analysis, analysis.processMetrics(analysis.maps[0]))
    }

    func names(_ analysis: Analysis, _ ids: [DeclarationID]) -> [String] {
        ids.compactMap { analysis[$0].name }
    }

    @Test func times() {
        let (analysis, m) = metrics()
        #expect(m.processMinutes == 225)            // 30 + 60 + 120 + 15
        #expect(m.waitMinutes == 480)               // 1 working day of 8 hours
        #expect(m.leadMinutes == 585)               // s1 30 + w1 480 + s2 60 + s4 15 (the other branch: 165)
        #expect(names(analysis, m.criticalPath) == ["s1", "w1", "s2", "s4"])
        #expect(abs(m.activityRatio! - 225.0 / 585.0) < 1e-9)
        #expect(m.valueAddingMinutes == 150)        // s1 30 + s3 120
        #expect(abs(m.rolledCompleteAccurate! - 0.45) < 1e-9) // 90% × 50%
        #expect(m.stepsWithoutTime == 0)
    }

    @Test func switchesAndHandOffs() {
        let (_, m) = metrics()
        // Consecutive steps: s1→s2 (through the wait), s1→s3, s2→s4, s3→s4.
        // ICT {x}→{y}, {x}→{y}, {y}→{x,y}, {y}→{x,y}: four switches.
        #expect(m.systemSwitches == 4)
        // People {a}→{a}, {a}→{b}, {a}→{b}, {b}→{b}: two hand-offs.
        #expect(m.handOffs == 2)
        // d is kept in three places: two more than one.
        #expect(m.manualRegistrations == 2)
    }

    /// `handmatig: ja` on a step is a manual registration (issue 10, item 8): each such step
    /// counts once, on top of the extra places a data item is kept; `handmatig: nee` does not.
    @Test func manualStepsCountAsManualRegistrations() {
        let text = MetricsTests.process
            .replacingOccurrences(of: "tijd: 2u  waarde: ja }", with: "tijd: 2u  waarde: ja  handmatig: ja }")
            .replacingOccurrences(of: "tijd: 15min  waarde: nee }", with: "tijd: 15min  waarde: nee  handmatig: nee }")
        let analysis = Analysis(sources: [SourceFile(path: "m.vsm", text: text)])
        let figures = analysis.processFigures(analysis.maps[0])
        // d kept in three places (2) + s3 by hand (1); s4 says nee.
        #expect(figures.metrics.manualRegistrations == 3)
        #expect(figures.value(.manualRegistrations) == 3)
    }

    @Test func counts() {
        let (analysis, m) = metrics()
        #expect(m.problemsPerPhase == ["voorbereiding": 1, "uitvoering": 1, "": 1])
        #expect(m.ideasPerQuadrant == ["ict": 1, "organisatie": 1, "": 1])
        #expect(names(analysis, m.openActions) == ["a2"])
        // Both weekly (once, and three times a week) problems are about content.
        #expect(m.workloadFrequency == ["inhoud": ["wekelijks": 2], "": ["": 1]])
    }

    @Test func writtenOrderIsTheFlowWithoutArrows() {
        let text = """
        proces m "M" {
          werkdag: 7.5u
          stap a "A" { tijd: 45min }
          wacht w "W" { duur: 3d }
          stap b "B" { tijd: 2u }
        }
        """
        let analysis = Analysis(sources: [SourceFile(path: "m.vsm", text: text)])
        let m = analysis.processMetrics(analysis.maps[0])
        #expect(m.waitMinutes == 1350)      // 3 × 7.5 h
        #expect(m.leadMinutes == 1515)      // 45 + 1350 + 120
        #expect(m.processMinutes == 165)
    }

    @Test func reworkLoopsDoNotHang() {
        let text = """
        proces m "M" {
          stap a "A" { tijd: 10min }
          stap b "B" { tijd: 20min }
          stap c "C" { tijd: 5min }
          a -> b -> c
          c -> b
        }
        """
        let analysis = Analysis(sources: [SourceFile(path: "m.vsm", text: text)])
        let m = analysis.processMetrics(analysis.maps[0])
        #expect(m.leadMinutes == 35)
    }

    @Test func observationFigures() throws {
        let text = """
        onderzoek o "O" {
          persoon leraar "Leraar"
          ict bord "Digibord"
          probleem traag "Traag"
          observatie dag "Dag" {
            wie: leraar
            moment m1 "Voorbereiden" { om: 08:00 }
            moment m2 "Instructie" { om: 08:30  ict: bord }
            moment m3 "Zelfstandig" { om: 09:15 }
            moment m4 "Digibord hapert" { om: 10:00  ict: bord  probleem: traag }
          }
        }
        """
        let analysis = Analysis(sources: [SourceFile(path: "o.vsm", text: text)])
        let observation = try #require(analysis.members(of: analysis.maps[0], .observation).first)
        let m = analysis.observationMetrics(observation)
        #expect(m.observedMinutes == 120)          // 08:00 → 10:00
        #expect(m.moments.map(\.minutes) == [30, 45, 45, nil])
        #expect(m.ictMinutes == 45)                // m2; the length of the last moment is unknown
        #expect(m.ictShare == 45.0 / 120.0)
        #expect(m.ictMomentsWithProblem == 1)
    }

    @Test func contributionFollowsArrowsAndNesting() {
        let text = """
        batenlogica b "B" {
          stakeholder leraren "Leraren"
          bedoeling talent "Talent" { wie: leraren }
          thema t "T" {
            activiteit a1 "A1"
            activiteit a2 "A2"
            initiatief i "I" {
              actie x "X"
            }
          }
          thema u "U" {
            activiteit a3 "A3"
            initiatief j "J"
          }
          u -> talent
          a1 -> talent
          i -> a1
        }
        """
        let analysis = Analysis(sources: [SourceFile(path: "b.batenlogica", text: text)])
        let map = analysis.maps[0]
        let contribution = analysis.contribution(map)
        let contributing = Set(contribution.contributing.compactMap { analysis[$0].name })
        // a1 by its arrow, i through a1, x through i, t through a1, u by its arrow, j (an
        // initiative) through u's own arrow. a2 has no arrow and its theme t has none of its own;
        // a3 is an activity, existing work, which its theme's arrow does not carry (001:49, 001:162).
        #expect(contributing == ["a1", "i", "x", "t", "u", "j"])
        let purpose = analysis.members(of: map, .purpose)[0]
        #expect(names(analysis, contribution.contributorsByPurpose[purpose] ?? []) == ["a1", "i", "u"])
    }

    @Test func feedbackLoopsAndTheirKind() {
        let text = """
        proces p "P" {
          oorzaak a "A"
          oorzaak b "B"
          probleem c "C"
          a -> b -> c { polariteit: - }
          c -> a
        }
        """
        let analysis = Analysis(sources: [SourceFile(path: "p.vsm", text: text)])
        let loops = analysis.feedbackLoops(in: analysis.maps[0])
        #expect(loops.count == 1)
        #expect(names(analysis, loops[0].members) == ["a", "b", "c"])
        // a→b and b→c carry `-` (the block applies to each arrow of the chain): even → reinforcing.
        #expect(loops[0].isReinforcing)
        #expect(loops[0].hasAnyPolarity)
    }
}
