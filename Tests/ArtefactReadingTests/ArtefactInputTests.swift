import ArtefactReading
import CSVParsing
import Foundation
import RubricEngine
import TestSupport
import Testing

@Suite("Artefacts: bad input, markup, states and ticket fields")
struct ArtefactInputTests {
  static func read(
    _ text: String, kind: ArtefactKind = .backlog, format: ArtefactFormat = .auto, skip: Bool = false
  )
    throws(ArtefactError) -> ArtefactReading
  {
    var reader = ArtefactReader(kind: kind, format: format, skipBadRows: skip)
    try reader.feed(Array(text.utf8))
    return try reader.finish()
  }

  static func error(_ text: String, format: ArtefactFormat = .auto) -> ArtefactError? {
    do {
      _ = try read(text, format: format)
      return nil
    } catch {
      return error
    }
  }

  @Test("malformed exports: line-numbered errors, nothing read; --skip-bad-rows reads the rest")
  func malformed() throws {
    let header = "Summary,Issue key,Issue Type,Status\n"
    #expect(Self.error("") == .empty)
    #expect(Self.error("  \n\n") == .empty)
    #expect(
      Self.error(header + "\"Open quote,CLM-1,Story,Done\n")
        == .syntax(line: 2, message: "a quoted field is not closed before the end of the file"))
    var binary = Array(header.utf8)
    binary += [0x42, 0x61, 0x64, 0xFF, 0xFE, 0x2C, 0x43, 0x0A]
    var reader = ArtefactReader(kind: .backlog)
    #expect(
      throws: ArtefactError.syntax(line: 2, message: "the file is not valid UTF-8 text; save it as CSV UTF-8")
    ) {
      try reader.feed(binary)
      _ = try reader.finish()
    }
    let wide = header + "Fine,CLM-1,Story,Done\nToo,many,fields,here,and,more\nNo title,,,\n"
    #expect(
      Self.error(wide)
        == .badRows([
          ArtefactRowProblem(line: 3, message: "6 fields, more than the header's 4; a quote may be missing")
        ]))
    let skipped = try Self.read(wide, skip: true)
    // The row with no key is named by its line.
    #expect(skipped.items.map(\.key) == ["CLM-1", "row 4"])
    #expect(skipped.skippedRows.map(\.line) == [3])
    // A named column the header lacks.
    var named = ArtefactReader(kind: .roadmap, format: .csv, columns: ColumnChoice(title: "Initiative"))
    #expect(throws: ArtefactError.self) {
      try named.feed(Array("Name,Owner\nA,B\n".utf8))
      _ = try named.finish()
    }
    // JSON that is not a list of issues.
    #expect(Self.error("{\"title\": \"x\"}") == .notIssues(message: "the file is JSON but not a list"))
    if case .json(let line, _, _) = Self.error("[{\"title\": \"x\",]\n") {
      #expect(line == 1)
    } else {
      Issue.record("expected a JSON error")
    }
  }

  @Test("markup never reaches a title or the words found: HTML, entities, Jira wiki, Markdown")
  func markup() throws {
    let text =
      "Summary,Issue key,Issue Type,Status,Description\n"
      + "\"<b>Cut</b> wait &amp; <script>alert(1)</script> time\",CLM-1,Story,Done,\"h2. Success criteria\n*Wait time* falls from 10 to 5 days by [June 2027|https://x.example]\"\n"
    let reading = try Self.read(text)
    let item = try #require(reading.items.first)
    #expect(item.title == "Cut wait & alert(1) time")
    let words = item.fields.first { $0.field == .successCriteria }?.words ?? ""
    #expect(words == "Wait time falls from 10 to 5 days by June 2027")
    let blocks = MarkupText.plain("<p>a&lt;b</p><ul><li>one</li><li>two</li></ul>").split(separator: "\n")
    #expect(blocks == ["a<b", "one", "two"])
    #expect(MarkupText.plainLine("## **Hypothesis**: we believe") == "Hypothesis: we believe")
    #expect(MarkupText.plainLine("1. [text](https://x) and `code`") == "text and code")
    #expect(MarkupText.plainLine("x < 5 and y > 3") == "x < 5 and y > 3")
  }

  @Test("a description past the limit is read up to it and reported, never refused")
  func longDescription() throws {
    let long = String(repeating: "filler words ", count: ArtefactReader.maximumFieldLength / 13 + 10)
    let text =
      "Summary,Issue key,Issue Type,Status,Description\nBig,CLM-1,Story,Done,\"" + long
      + "\"\nNext,CLM-2,Story,Done,\n"
    let reading = try Self.read(text)
    #expect(reading.items.map(\.key) == ["CLM-1", "CLM-2"])
    #expect(reading.cutDescriptions == [2])
  }

  @Test("states: each tool's words, in any case and with any marks; the unknown ones counted as not started")
  func states() {
    let cases: [(String?, StatusClass, Bool)] = [
      ("Done", .done, true), ("CLOSED", .done, true), ("Resolved", .done, true), ("✅ Shipped", .done, true),
      ("Won’t Do", .cancelled, true), ("WONT_DO", .cancelled, true), ("Removed", .cancelled, true),
      ("In Progress", .inProgress, true), ("in-review", .inProgress, true), ("Active", .inProgress, true),
      ("To Do", .notStarted, true), ("New", .notStarted, true), ("Backlog", .notStarted, true),
      (nil, .notStarted, true),
      ("Parked", .notStarted, false), ("Someday maybe", .notStarted, false),
    ]
    for (state, expected, known) in cases {
      let classified = StatusClassifier.classify(state)
      #expect(classified.status == expected && classified.known == known, "\(state ?? "nil")")
    }
  }

  @Test("ticket fields: by label and by content; a hypothesis or success criteria needs a metric")
  func fields() {
    let finder = TicketFieldFinder()
    func found(_ text: String) -> [TicketField] { finder.fields(in: text).map(\.field) }
    #expect(found("") == [])
    #expect(found("Hypothesis: it will be better") == [])
    #expect(
      found("Hypothesis: we believe that if we add reminders, then renewal rate will rise within 3 months")
        == [.outcomeObjective, .hypothesis])
    #expect(
      found("We believe that if we add reminders, then renewal rate will rise") == [
        .outcomeObjective, .hypothesis,
      ])
    #expect(
      found("Success criteria\nConversion rises from 2% to 3% within 6 weeks") == [
        .outcomeObjective, .successCriteria,
      ])
    #expect(found("Conversion rises from 2% to 3% within 6 weeks.") == [.outcomeObjective, .successCriteria])
    #expect(found("Guardrails: TBD\nExperiment plan: -") == [])
    #expect(found("Guardrails: p95 latency stays under 300 ms") == [.guardrails])
    #expect(found("We will ship it behind a feature flag and watch the telemetry.") == [.experimentPlan])
    // An objective names the metric it expects to move; one that names none is not counted.
    #expect(found("Outcome objective: raise the quote conversion rate") == [.outcomeObjective])
    #expect(found("Outcome: managers see numbers") == [])
    #expect(found("As a user I want a button so that I can click it.") == [])
    #expect(found("Success: the page is live") == [])
  }

  @Test("a table is never read as lines: no title column, semicolons or tabs are refused; binary is refused")
  func tablesAndBinary() throws {
    if case .missingColumn(let name, let option, _) = Self.error(
      "Ref,Thing,Owner\n1,Launch API,Quentin Marlowe\n")
    {
      #expect(name == "title" && option == "--title-column")
    } else {
      Issue.record("a three-column CSV without a title column was read")
    }
    for text in [
      "\u{FEFF}Summary;Status;Assignee\r\nA;Done;Quentin Marlowe\r\n", "Summary\tStatus\tOwner\nA\tDone\tQ\n",
    ] {
      if case .syntax(let line, let message) = Self.error(text) {
        #expect(line == 1 && message.contains("not commas"), "\(message)")
      } else {
        Issue.record("a semicolon or tab table was read: \(text)")
      }
    }
    if case .syntax(_, let message) = Self.error(String(repeating: "\u{0}", count: 100)) {
      #expect(message.contains("binary"))
    } else {
      Issue.record("a file of NUL bytes was read")
    }
    if case .syntax(_, let message) = Self.error(
      "Summary,Issue key,Issue Type,Status\nA\u{0},CLM-1,Story,Done\n")
    {
      #expect(message.contains("binary"))
    } else {
      Issue.record("a CSV with a NUL byte was read")
    }
  }

  @Test("Jira's Resolution: a closed item resolved Won't Do or Duplicate is cancelled, not done")
  func resolution() throws {
    let text =
      "Summary,Issue key,Issue Type,Status,Resolution\n" + "A,CLM-1,Story,Closed,Won't Do\n"
      + "B,CLM-2,Story,Closed,Duplicate\n" + "C,CLM-3,Story,Closed,Done\n" + "D,CLM-4,Story,In Progress,\n"
    let reading = try Self.read(text)
    #expect(reading.items.map(\.statusClass) == [.cancelled, .cancelled, .done, .inProgress])
    #expect(reading.measures.counts.doneWithoutMetric == 1)
  }

  @Test(
    "line lists leave out tables, quotes, rules and lines about the document, and the people named in them")
  func linesWithoutPeople() throws {
    let text = """
      # Roadmap 2026 — prepared by Saoirse Vandenbroucke
      Owner: Ottoline Fairweather
      | Item | Owner |
      |------|-------|
      > A note for the board
      ---
      - Launch the portal (lead: Barnaby Quillfeather)
      - Cut claim time from 10 days to 5 by June 2027
      ```
      code that is no item
      ```
      """
    let reading = try Self.read(text, kind: .roadmap, format: .lines)
    #expect(
      reading.items.map(\.title) == ["Launch the portal", "Cut claim time from 10 days to 5 by June 2027"])
    #expect(reading.items.first?.group == "Roadmap 2026")
    let encoded = String(decoding: try JSONEncoder().encode(reading.items), as: UTF8.self)
    for name in ["Saoirse", "Ottoline", "Barnaby"] { #expect(!encoded.contains(name), "\(name)") }
  }
}
