import ArtefactReading
import Foundation
import RubricEngine
import TestSupport
import Testing

/// The sample exports in `Samples/`, written after each tool's documented export (Jira's repeated columns
/// and custom fields, Azure DevOps' HTML and tags, Linear's columns, `gh issue list --json`), read and
/// counted by hand.
@Suite("Artefacts: the sample exports of each format, counted by hand")
struct ArtefactSampleTests {
  static var samples: URL {
    RepositoryPaths.root.appendingPathComponent("Tests/ArtefactReadingTests/Samples")
  }

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: samples.appendingPathComponent(name)))
  }

  /// `name` read whole, in `kind`.
  static func read(_ name: String, kind: ArtefactKind = .backlog, format: ArtefactFormat = .auto) throws
    -> ArtefactReading
  {
    var reader = ArtefactReader(kind: kind, format: format)
    try reader.feed(try bytes(name))
    return try reader.finish()
  }

  static func item(_ reading: ArtefactReading, _ key: String) throws -> ArtefactItem {
    try #require(reading.items.first { $0.key == key }, "no item \(key)")
  }

  @Test("Jira: repeated Labels columns, a Hypothesis custom field, wiki headings, an unknown state")
  func jira() throws {
    let reading = try Self.read("jira.csv")
    #expect(reading.format == .jira)
    let counts = reading.measures.counts
    #expect(counts.itemCount == 8)
    // CLM-1 carries all five: the custom field's hypothesis, and h2. sections for the rest.
    let epic = try Self.item(reading, "CLM-1")
    #expect(epic.hasAllFields)
    #expect(epic.type == "epic")
    #expect(epic.verdict == .measurable)
    #expect(epic.statusClass == .inProgress)
    #expect(epic.fields.first { $0.field == .experimentPlan }?.words.contains("feature flag") == true)
    // Done with no metric plan: CLM-2, CLM-3 and CLM-5; CLM-4 is done with success criteria.
    #expect(reading.items.filter(\.doneWithoutMetric).map(\.key) == ["CLM-2", "CLM-3", "CLM-5"])
    #expect(try Self.item(reading, "CLM-4").has(.successCriteria))
    #expect(counts.count(.done) == 4 && counts.doneWithoutMetric == 3)
    #expect(counts.count(.successCriteria) == 2)
    // CLM-7's "Outcome: more claims submitted with photos" names no metric, so it is no objective.
    #expect(counts.count(.outcomeObjective) == 2)
    #expect(counts.allFive == 1)
    // "Parked" is no state a class knows: not started, and listed.
    #expect(reading.unknownStates == ["Parked"])
    #expect(try Self.item(reading, "CLM-6").statusClass == .notStarted)
    #expect(try Self.item(reading, "CLM-8").statusClass == .cancelled)
    // Both Labels columns are read; the parent from Epic Link.
    let story = try Self.item(reading, "CLM-7")
    #expect(story.labels == ["mobile", "q3"])
    #expect(story.parent == "CLM-1")
    #expect(reading.measures.byType["story"]?.itemCount == 5)
    #expect(reading.measures.byType["epic"]?.count(.hypothesis) == 1)
  }

  @Test("Azure DevOps: HTML and entities in Description and Acceptance Criteria, tags, removed items")
  func azureDevOps() throws {
    let reading = try Self.read("azure-devops.csv")
    #expect(reading.format == .azureDevOps)
    #expect(reading.items.count == 6)
    let epic = try Self.item(reading, "4101")
    #expect(epic.labels == ["outcome", "claims"])
    #expect(epic.has(.hypothesis) && epic.has(.guardrails) && epic.has(.successCriteria))
    #expect(epic.fields.first { $0.field == .successCriteria }?.words.contains("<") == false)
    let counts = reading.measures.counts
    #expect(counts.count(.done) == 2 && counts.count(.inProgress) == 2)
    #expect(counts.count(.cancelled) == 1 && counts.count(.notStarted) == 1)
    #expect(try Self.item(reading, "4104").has(.experimentPlan))
    #expect(try Self.item(reading, "4103").parent == "4102")
    #expect(counts.doneWithoutMetric == 2)
    #expect(reading.measures.byType["user story"]?.itemCount == 2)
  }

  @Test("Linear: Markdown headings and bold labels, comma-separated labels, no item types")
  func linear() throws {
    let reading = try Self.read("linear.csv")
    #expect(reading.format == .linear)
    #expect(reading.items.count == 5)
    let first = try Self.item(reading, "CLM-21")
    #expect(first.has(.hypothesis) && first.has(.experimentPlan) && first.has(.outcomeObjective))
    #expect(try Self.item(reading, "CLM-25").has(.successCriteria))
    #expect(try Self.item(reading, "CLM-22").labels == ["feature", "agents"])
    #expect(try Self.item(reading, "CLM-24").statusClass == .cancelled)
    #expect(reading.measures.byType.isEmpty)
    #expect(reading.measures.counts.doneWithoutMetric == 2)
  }

  @Test("GitHub: gh's JSON with stateReason and label objects; NOT_PLANNED is cancelled")
  func github() throws {
    let reading = try Self.read("github.json")
    #expect(reading.format == .github)
    #expect(reading.items.map(\.key) == ["#87", "#88", "#89", "#90"])
    #expect(try Self.item(reading, "#87").type == "epic")
    #expect(try Self.item(reading, "#87").has(.successCriteria))
    #expect(try Self.item(reading, "#87").has(.experimentPlan))
    #expect(try Self.item(reading, "#88").statusClass == .done)
    #expect(try Self.item(reading, "#89").statusClass == .cancelled)
    #expect(try Self.item(reading, "#90").type == "bug")
    #expect(reading.measures.counts.doneWithoutMetric == 2)
  }

  @Test("line lists: a Markdown roadmap grouped by its headings, and an OKR sheet's key results")
  func lines() throws {
    let roadmap = try Self.read("roadmap.md", kind: .roadmap)
    #expect(roadmap.format == .lines)
    #expect(
      roadmap.items.map(\.title) == [
        "Launch the new claims portal", "Migrate to Halcyon ClaimsCloud",
        "Decommission the legacy intake system",
        "Cut claim handling time from 10 days to 5 by June 2027", "Mobile app v2", "AI triage",
      ])
    #expect(roadmap.items.map(\.group) == ["Now", "Now", "Now", "Next", "Next", "Later"])
    #expect(roadmap.items[2].statusClass == .done)
    #expect(roadmap.items[3].verdict == .measurable)
    #expect(roadmap.measures.counts.count(.measurable) == 1)
    let okrs = try Self.read("okrs.txt", kind: .okrs)
    #expect(
      okrs.items.map(\.type) == [
        "objective", "key result", "key result", "key result", "objective", "key result",
      ])
    #expect(okrs.items[1].title == "Median decision time falls from 8 days to 4 by July 2027")
    #expect(okrs.measures.keyResults == 4)
    // "Launch the self-service tracker" and "Deliver 12 features to production" are outputs.
    #expect(okrs.measures.outputKeyResults == 2)
  }

  @Test("another CSV: its title, description and state found by their usual names; owners never read")
  func plainCSV() throws {
    let reading = try Self.read("initiatives.csv", kind: .roadmap)
    #expect(reading.format == .csv)
    #expect(reading.items.count == 3)
    #expect(reading.items[0].has(.hypothesis))
    #expect(reading.unknownStates == ["Paused indefinitely"])
    #expect(reading.items[0].statusClass == .inProgress)
  }

  @Test("no person named in any people column of any sample reaches the reading")
  func noPeople() throws {
    let encoder = JSONEncoder()
    for (name, kind) in [
      ("jira.csv", ArtefactKind.backlog), ("azure-devops.csv", .backlog), ("linear.csv", .backlog),
      ("github.json", .backlog), ("initiatives.csv", .roadmap),
    ] {
      let reading = try Self.read(name, kind: kind)
      let text = String(decoding: try encoder.encode(reading.items), as: UTF8.self)
      for person in [
        "Zebediah", "Quarrington", "Philippa", "Vantongeren", "Octavian", "Brightwater", "zquarrington",
      ] {
        #expect(!text.contains(person), "\(name) leaks \(person)")
      }
      #expect(!text.contains("5b10ac8d82e05b22cc7d4ef5"), "\(name) leaks a commenter's account id")
    }
  }

  @Test("read in pieces of any size, an export gives exactly the reading of the whole file (property)")
  func pieces() throws {
    var generator = SeededGenerator(seed: 15)
    for name in ["jira.csv", "azure-devops.csv", "linear.csv", "github.json", "roadmap.md"] {
      let whole = try Self.read(name, kind: name == "roadmap.md" ? .roadmap : .backlog)
      let bytes = try Self.bytes(name)
      for _ in 0..<20 {
        var reader = ArtefactReader(kind: name == "roadmap.md" ? .roadmap : .backlog)
        var index = 0
        while index < bytes.count {
          let size = Int.random(in: 1...40, using: &generator)
          try reader.feed(Array(bytes[index..<min(bytes.count, index + size)]))
          index += size
        }
        #expect(try reader.finish() == whole, "\(name)")
      }
    }
  }
}
