import Foundation
import IntegrityCLI
import RubricEngine
import TestSupport
import Testing

/// Every output a client may see (`score`, `score --json`, `score --explain`, the Markdown report and
/// `report --format json`), read back as a reader would: each label found beside a quote, a score or a
/// statement must stand for at least two of the interviewees the question was put to.
@Suite("Attribution: no output pairs one person's role with what they said or scored")
struct AttributionOutputTests {
  /// A label found beside an answer to a question, in one output.
  struct Sighting: CustomStringConvertible {
    var question: String
    var label: String
    var output: String
    var description: String { "\(output): \(question) beside '\(label)'" }
  }

  /// Everything a client may be shown of one review.
  struct Outputs {
    var texts: [String: String] = [:]
    var sightings: [Sighting] = []
    var scoreJSON: [String: Any] = [:]
  }

  static let names = ["Person A", "Person B", "Person C", "Person D", "Person E", "Person F"]
  static let statements = [
    "Cut claim time from 5 days to 1 by 2027", "Go live on the new platform", "Happier customers",
  ]

  // MARK: - Building a review

  /// A review of `people` (name, role), each answering every question put to their role with `answer`.
  static func review(
    _ people: [(name: String, role: String)], rubric: Rubric,
    answer: (_ person: Int, _ question: Question) -> String
  ) throws -> InMemoryFileSystem {
    var sheet = "name,role,question,answer,evidence\n"
    for (index, person) in people.enumerated() {
      for question in rubric.questions where question.applies(toRole: person.role) {
        let value = answer(index, question)
        let evidence = question.kind == .scale && !value.isEmpty ? "Heard on \(question.id) \(index)" : ""
        sheet += "\(person.name),\(person.role),\(question.id),\(value),\(evidence)\n"
      }
    }
    let files = InMemoryFileSystem.withStandardRubric()
    try CommandRun.succeeding(
      ["init", "r", "--client", "Acme", "--program", "Claims", "--decision", "Sign"], fileSystem: files)
    files.add("a.csv", bytes: Array(sheet.utf8))
    let imported = CommandRun(["import", "r", "a.csv"], fileSystem: files)
    #expect(imported.exitCode == .success, "\(imported.standardError)")
    return files
  }

  // MARK: - Reading every output

  static func outputs(_ files: InMemoryFileSystem, rubric: Rubric) throws -> Outputs {
    var outputs = Outputs()
    let date = ["--date", "2026-11-23"]
    var runs = [
      "score": ["score", "r"], "score --json": ["score", "r", "--json"],
      "report": ["report", "r", "--draft", "-o", "-"] + date,
      "report --format json": ["report", "r", "--draft", "--format", "json", "-o", "-"] + date,
    ]
    for lens in rubric.lenses { runs["score --explain \(lens.id)"] = ["score", "r", "--explain", lens.id] }
    for (output, arguments) in runs {
      // Wide enough that no line of a screen wraps: the lines are read one by one below.
      let run = CommandRun(arguments, fileSystem: files, screenWidth: 10_000)
      #expect(run.exitCode == .success, "\(output): \(run.standardError)")
      outputs.texts[output] = run.standardOutput
    }
    let roleWords = ["a stakeholder"] + rubric.roles.map(\.id)
    let owner = rubric.questions.filter { $0.check == .owner }.map(\.id)
    let outcome = rubric.questions.filter { $0.check == .outcome }.map(\.id)
    try #require(owner.count == 1 && outcome.count == 1)

    // score --json
    let card = try #require(
      try JSONSerialization.jsonObject(with: Data((outputs.texts["score --json"] ?? "").utf8))
        as? [String: Any])
    outputs.scoreJSON = card
    func see(_ question: String, _ label: Any?, _ output: String) {
      if let label = label as? String {
        outputs.sightings.append(Sighting(question: question, label: label, output: output))
      }
    }
    for lens in card["lenses"] as? [[String: Any]] ?? [] {
      for question in lens["questions"] as? [[String: Any]] ?? [] {
        for score in question["scores"] as? [[String: Any]] ?? [] {
          see(question["id"] as? String ?? "", score["role"], "score --json scores")
        }
      }
      for contested in lens["contested"] as? [[String: Any]] ?? [] {
        for label in (contested["minRoles"] as? [String] ?? []) + (contested["maxRoles"] as? [String] ?? []) {
          see(contested["question"] as? String ?? "", label, "score --json contested")
        }
      }
    }
    for name in (card["owners"] as? [String: Any])?["names"] as? [[String: Any]] ?? [] {
      for label in name["roles"] as? [String] ?? [] { see(owner[0], label, "score --json owners") }
    }
    for statement in (card["outcomes"] as? [String: Any])?["statements"] as? [[String: Any]] ?? [] {
      see(outcome[0], statement["role"], "score --json statements")
    }

    // score and --explain: the contested lines, and each row's scores
    let contestedLine = /^  ([a-z0-9-]+)(?: \([^)]*\))?: \d from (.*); \d from (.*)$/
    let scoreLabel = try Regex("(" + roleWords.joined(separator: "|") + ") [0-4]")
    let scaleIDs = Set(rubric.questions.filter { $0.kind == .scale }.map(\.id))
    for (output, text) in outputs.texts where output.hasPrefix("score") && output != "score --json" {
      for line in text.split(separator: "\n").map(String.init) {
        if let match = line.wholeMatch(of: contestedLine) {
          for label in (match.2 + ", " + match.3).split(separator: ", ") {
            see(String(match.1), String(label), output + " contested")
          }
        } else if let id = line.split(separator: " ").first.map(String.init), scaleIDs.contains(id) {
          for match in line.matches(of: scoreLabel) {
            see(id, String(line[match.range].dropLast(2)), output + " row")
          }
        }
      }
    }

    // The Markdown report: quotes under a finding, the disagreements, the statements' table
    let prompts = rubric.questions.map { ($0.id, $0.prompt) }
    func question(in line: String) -> String? {
      let plain = line.replacingOccurrences(of: "\\", with: "")
      return prompts.first { plain.contains($0.1) }?.0
    }
    let ends = /Scores ran from \d(?: \(([^)]*)\))? to \d(?: \(([^)]*)\))?;/
    var current: String?
    var inStatements = false
    for line in (outputs.texts["report"] ?? "").split(separator: "\n").map(String.init) {
      if line.hasPrefix("#") { inStatements = line == "# Outcome statements as given" }
      if line.hasPrefix("*") && line.contains("Scored ") { current = question(in: line) }
      if line.hasPrefix("> — "), let current { see(current, String(line.dropFirst(4)), "report quote") }
      if line.hasPrefix("- *"), let id = question(in: line), let match = line.firstMatch(of: ends) {
        for part in [match.1, match.2].compactMap({ $0 }) {
          // "others" stands for the pool the report leaves unnamed.
          for label in part.replacing(" and ", with: ", ").split(separator: ", ") {
            see(id, label == "others" ? Attributor.pooledLabel : String(label), "report disagreement")
          }
        }
      }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if inStatements, cells.count == 6, !cells[2].hasPrefix(":-"), cells[2] != "Given by", !cells[2].isEmpty
      {
        see(outcome[0], cells[2], "report statements")
      }
    }

    // report --format json
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data((outputs.texts["report --format json"] ?? "").utf8))
        as? [String: Any])
    for lens in report["lenses"] as? [[String: Any]] ?? [] {
      for finding in lens["findings"] as? [[String: Any]] ?? [] {
        for quote in finding["evidence"] as? [[String: Any]] ?? [] {
          see(finding["question"] as? String ?? "", quote["source"], "report json evidence")
        }
      }
      for disagreement in lens["disagreements"] as? [[String: Any]] ?? [] {
        let sources =
          (disagreement["minSources"] as? [String] ?? []) + (disagreement["maxSources"] as? [String] ?? [])
        for label in sources {
          see(disagreement["question"] as? String ?? "", label, "report json disagreement")
        }
      }
    }
    for statement in report["statements"] as? [[String: Any]] ?? [] {
      see(outcome[0], statement["source"], "report json statements")
    }
    return outputs
  }

  // MARK: - What a reader can work out

  /// Checks every sighting as a reader with the rubric and the method's list of interviews by role would:
  /// a role shown must have two holders among those asked; "a stakeholder" must leave two or more people
  /// who could be it once the roles shown beside that question are taken out.
  static func expectUntraceable(
    _ outputs: Outputs, people: [(name: String, role: String)], rubric: Rubric, _ context: String
  ) {
    let roleOfLabel = Dictionary(
      rubric.roles.flatMap { [($0.id, $0.id), ($0.title, $0.id)] }, uniquingKeysWith: { first, _ in first })
    let byQuestion = Dictionary(grouping: outputs.sightings, by: \.question)
    for (id, sightings) in byQuestion {
      guard let question = rubric.question(id: id) else {
        Issue.record("\(context): unknown question \(id)")
        continue
      }
      let asked = people.filter { question.applies(toRole: $0.role) }
      let shownRoles = Set(sightings.compactMap { roleOfLabel[$0.label] })
      for sighting in sightings {
        if let role = roleOfLabel[sighting.label] {
          #expect(asked.filter { $0.role == role }.count >= 2, "\(context): \(sighting)")
        } else if sighting.label == Attributor.pooledLabel {
          let candidates = asked.filter { !shownRoles.contains($0.role) }
          #expect(candidates.count >= 2, "\(context): \(sighting), could only be \(candidates.map(\.name))")
        } else {
          Issue.record("\(context): \(sighting) is neither a role nor the pool")
        }
      }
    }
    for (output, text) in outputs.texts {
      #expect(!text.contains("Person "), "\(context): \(output) names an interviewee")
    }
    // Lists of every answer come by label and score, never in name order.
    for lens in outputs.scoreJSON["lenses"] as? [[String: Any]] ?? [] {
      for question in lens["questions"] as? [[String: Any]] ?? [] {
        let keys = (question["scores"] as? [[String: Any]] ?? []).map {
          "\($0["role"] as? String ?? "")|\($0["score"] as? Int ?? 0)"
        }
        #expect(keys == keys.sorted(), "\(context): scores of \(question["id"] ?? "") in name order?")
      }
    }
  }

  // MARK: - Tests

  @Test("over random small reviews, every label beside a quote or a score stands for two people or more")
  func randomReviews() throws {
    let rubric = try Fixtures.standardRubric()
    var random = SeededGenerator(seed: 20_261_123)
    for round in 0..<40 {
      let count = Int.random(in: 1...6, using: &random)
      let people = (0..<count).map { index in
        (name: Self.names[index], role: rubric.roles.randomElement(using: &random)?.id ?? "sponsor")
      }
      var answers: [String: String] = [:]
      for (index, _) in people.enumerated() {
        for question in rubric.questions {
          let key = "\(index) \(question.id)"
          switch (question.kind, question.check) {
          case (.text, .owner?): answers[key] = ["Dana", "The board", "Sam"].randomElement(using: &random)
          case (.text, .outcome?): answers[key] = Self.statements.randomElement(using: &random)
          case (.text, _): answers[key] = "Said \(index)"
          case (.scale, _): answers[key] = ["0", "1", "2", "3", "4", "n/a", ""].randomElement(using: &random)
          }
        }
      }
      let files = try Self.review(people, rubric: rubric) { answers["\($0) \($1.id)"] ?? "" }
      let outputs = try Self.outputs(files, rubric: rubric)
      Self.expectUntraceable(outputs, people: people, rubric: rubric, "round \(round), \(people.map(\.role))")
    }
  }

  /// Scores that differ from person to person, so that every question is contested and a finding.
  static func spread(_ person: Int, _ question: Question) -> String {
    switch question.check {
    case .owner?: return ["Dana", "The board"][person % 2]
    case .outcome?: return statements[person % statements.count]
    default: return question.kind == .scale ? ["0", "1", "4"][person % 3] : "Said \(person)"
    }
  }

  @Test(
    "two sponsors and one finance partner: finance is never named beside an answer; the sponsors pool with it"
  )
  func twoSponsorsAndFinance() throws {
    let rubric = try Fixtures.standardRubric()
    let people = [("Person A", "sponsor"), ("Person B", "sponsor"), ("Person C", "finance")].map {
      (name: $0.0, role: $0.1)
    }
    let outputs = try Self.outputs(
      try Self.review(people, rubric: rubric, answer: Self.spread), rubric: rubric)
    Self.expectUntraceable(outputs, people: people, rubric: rubric, "two sponsors and finance")
    #expect(!outputs.sightings.isEmpty)
    #expect(!outputs.sightings.contains { ["finance", "Finance partner"].contains($0.label) })
    // Where finance was asked, everyone is "a stakeholder"; where it was not, the two sponsors show.
    for sighting in outputs.sightings {
      let financeAsked = rubric.question(id: sighting.question)?.applies(toRole: "finance") ?? true
      #expect(
        (sighting.label == Attributor.pooledLabel) == financeAsked, "\(sighting)")
    }
    let report = outputs.texts["report"] ?? ""
    // "a stakeholder" says nothing: such a quote has no attribution line, the sponsors' have theirs.
    #expect(!report.contains("> — a stakeholder") && report.contains("> — Executive sponsor"))
    #expect(!report.contains("> — Finance partner") && !report.contains("(Finance partner"))
    // The method still lists the interviews by role: the labels cannot be narrowed with it (checked above).
    #expect(report.components(separatedBy: "| Executive sponsor | ").count == 3)
    #expect(report.components(separatedBy: "| Finance partner | ").count == 2)
  }

  @Test("every role held once: every label is the one pool of everyone")
  func allSingleRoles() throws {
    let rubric = try Fixtures.standardRubric()
    let people = rubric.roles.enumerated().map { (name: Self.names[$0.offset], role: $0.element.id) }
    let outputs = try Self.outputs(
      try Self.review(people, rubric: rubric, answer: Self.spread), rubric: rubric)
    Self.expectUntraceable(outputs, people: people, rubric: rubric, "all single roles")
    #expect(!outputs.sightings.isEmpty)
    #expect(outputs.sightings.allSatisfy { $0.label == Attributor.pooledLabel })
  }

  @Test("one interviewee: their words and scores are shown with no role beside them")
  func oneInterviewee() throws {
    let rubric = try Fixtures.standardRubric()
    let people = [(name: "Person A", role: "finance")]
    let outputs = try Self.outputs(
      try Self.review(people, rubric: rubric, answer: Self.spread), rubric: rubric)
    #expect(outputs.sightings.map(\.description) == [])
    let report = outputs.texts["report"] ?? ""
    #expect(report.contains("> Heard on"))
    #expect(!report.contains("> — "))
    #expect(outputs.texts["score --json"]?.contains(#""role" : null"#) == true)
    #expect(outputs.texts["score --json"]?.contains("finance") == false)
  }
}
