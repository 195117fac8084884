import Foundation
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The outline of every sample, compared with a golden file (`Fixtures/queries/outline`),
/// plus the properties an editor relies on.
@Suite struct OutlineTests {
    static let samples = RepositoryPaths.files(under: RepositoryPaths.samples, extensions: ["vsm", "batenlogica"])
    static let goldenFolder = RepositoryPaths.tests.appendingPathComponent("StroomModelTests/Fixtures/queries/outline")

    /// One line per item: label, kind, detail, and the ranges as line:column (1-based).
    static func dump(_ items: [OutlineItem], _ source: SourceFile, depth: Int = 0) -> String {
        var text = ""
        for item in items {
            let kind = item.kind.map { $0.dutch } ?? "—"
            let detail = item.detail.map { " \"\($0)\"" } ?? ""
            text += String(repeating: "  ", count: depth) + "\(kind) \(item.label)\(detail) "
                + "\(position(item.fullRange, source)) name \(position(item.nameRange, source))\n"
            text += dump(item.children, source, depth: depth + 1)
        }
        return text
    }

    static func position(_ range: TextRange, _ source: SourceFile) -> String {
        let start = source.lineTable.humanPosition(of: range.utf8Start)
        let end = source.lineTable.humanPosition(of: range.utf8End)
        return "\(start.line):\(start.column)-\(end.line):\(end.column)"
    }

    @Test(arguments: samples.map(\.lastPathComponent))
    func outlineMatchesGolden(name: String) throws {
        let analysis = SamplesTests.analysis
        let index = try #require(analysis.files.firstIndex { $0.source.path.hasSuffix("/" + name) })
        let outline = analysis.outline(ofFile: index, language: .nl)
        Golden.check(OutlineTests.dump(outline, analysis.files[index].source),
                     against: OutlineTests.goldenFolder.appendingPathComponent(name + ".outline"))
        checkInvariants(outline, analysis.files[index].source)
    }

    /// Every declaration of the file appears (stakeholders' purposes may appear more than
    /// once); name ranges lie inside full ranges, and children inside their parent.
    func checkInvariants(_ items: [OutlineItem], _ source: SourceFile) {
        var seen: Set<DeclarationID> = []
        func walk(_ item: OutlineItem) {
            #expect(item.fullRange.contains(item.nameRange), "\(item.label)")
            #expect(!item.label.isEmpty)
            if let id = item.declaration { seen.insert(id) }
            for child in item.children {
                #expect(item.fullRange.contains(child.fullRange), "\(child.label) sticks out of \(item.label)")
                walk(child)
            }
        }
        items.forEach(walk)
        let analysis = SamplesTests.analysis
        let fileIndex = analysis.files.firstIndex { $0.source.path == source.path }!
        #expect(Set(analysis.declarations(inFile: fileIndex)) == seen)
    }

    @Test func sidesOfAProcessInEnglish() throws {
        let analysis = Analysis(sources: [SourceFile(path: "p.vsm", text: """
        process p "P" {
          step a "A" {
            problem x "X"
          }
          person t "T"
          action z "Z"
          supplier s "S"
          idea i "I" { solves: x }
          customer c "C"
        }
        """)])
        let outline = analysis.outline(ofFile: 0, language: .en)
        let process = try #require(outline.first)
        #expect(process.label == "p" && process.kind == .process)
        #expect(process.children.map(\.label) == ["Input", "Control", "Process", "Data", "Output", "Action points"])
        #expect(process.children.map { $0.children.map(\.label) } == [["s"], ["t"], ["a"], ["i"], ["c"], ["z"]])
        // The problem stays under the step it is nested in.
        #expect(process.children[2].children[0].children.map(\.label) == ["x"])
        #expect(analysis.outline(ofFile: 0, language: .nl).first?.children.map(\.label)
                == ["Input", "Besturing", "Proces", "Data", "Output", "Actiepunten"])
    }

    @Test func benefitLogicPurposePerStakeholderAndThemes() throws {
        let analysis = Analysis(sources: [SourceFile(path: "b.batenlogica", text: """
        batenlogica b "B" {
          stakeholder leerlingen "Leerlingen" {
            bedoeling samen "samenwerken"
          }
          stakeholder ouders "Ouders"
          bedoeling blij "blij naar school" { wie: ouders, leerlingen }
          bedoeling los "van niemand"
          thema t "T" {
            activiteit a "A"
          }
          initiatief i "I" { thema: t }
          initiatief vrij "Vrij"
          werkdruk w "W" { bron: organisatie }
          kans k "K" { vermindert: w }
          principe p "P"
        }
        """)])
        let logic = try #require(analysis.outline(ofFile: 0, language: .nl).first)
        #expect(logic.children.map(\.label) == ["Bedoeling", "Thema's", "Initiatieven", "Principes", "Werkdruk", "Kansen"])
        let purpose = logic.children[0]
        #expect(purpose.children.map(\.label) == ["leerlingen", "ouders", "los"])
        #expect(purpose.children[0].children.map(\.label) == ["samen", "blij"])
        #expect(purpose.children[1].children.map(\.label) == ["blij"])
        #expect(logic.children[1].children[0].children.map(\.label) == ["a", "i"])
        #expect(logic.children[2].children.map(\.label) == ["vrij"])
    }

    @Test func brokenFilesStillHaveAnOutline() {
        let analysis = Analysis(sources: [SourceFile(path: "x.vsm", text: """
        proces p "P" {
          stap a "A" {
            tijd: 5min
          stap b "B" { door: x
        """)])
        let outline = analysis.outline(ofFile: 0, language: .nl)
        #expect(outline.first?.children.first?.children.map(\.label) == ["a", "b"])
    }
}
