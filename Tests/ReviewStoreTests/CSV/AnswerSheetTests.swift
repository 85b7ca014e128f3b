import ReviewStore
import RubricEngine
import TestSupport
import Testing

@Suite("The answer sheet: export and import of answers as CSV")
struct AnswerSheetTests {
  static let recorded = "2026-11-23T09:00:00Z"

  /// Random cells made of every formula trigger, quotes, line breaks and CSV's own special characters.
  static func cell(_ generator: inout SeededGenerator) -> String {
    let pieces = [
      "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", "''", "a", "Z", " ", ",", "\"", "é", "\u{301}",
    ]
    let length = Int(generator.next() % 7)
    return (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
  }

  /// A sheet as a person might write it: random names, evidence and text answers, every row valid.
  static func sheet(_ generator: inout SeededGenerator, rubric: Rubric, people: Int) -> CSVDocument {
    var records = [CSVDocument.Record(fields: AnswerSheet.header, line: 1)]
    for person in 0..<people {
      // `#` and digits are not among the pieces, so the suffix keeps every name a different person.
      let name = cell(&generator) + "#\(person)"
      let role = rubric.roles[Int(generator.next() % UInt64(rubric.roles.count))].id
      for question in rubric.questions where question.applies(toRole: role) && generator.next() % 3 == 0 {
        let answer: [String]
        switch question.kind {
        case .text: answer = [cell(&generator), ""]
        case .scale:
          let choice = ["0", "1", "2", "3", "4", "n/a"][Int(generator.next() % 6)]
          answer = [choice, cell(&generator)]
        }
        records.append(
          CSVDocument.Record(fields: [name, role, question.id] + answer, line: records.count + 1))
      }
    }
    return CSVDocument(records: records)
  }

  /// What a read sheet holds: each person's role and answers by question.
  static func contents(_ people: [AnswerSheet.Interviewee]) -> [String: [String: String]] {
    var contents: [String: [String: String]] = [:]
    for person in people {
      var answers = ["": person.role]
      for (question, answer) in person.answers {
        answers[question] = "\(answer.status) \(answer.score.map(String.init) ?? "-") \(answer.text ?? "-")"
      }
      contents[person.name] = answers
    }
    return contents
  }

  @Test(
    "whatever import accepts, export then import gives back exactly, and no exported cell starts a formula")
  func roundTrip() throws {
    let rubric = try Fixtures.standardRubric()
    var generator = SeededGenerator(seed: 10)
    for round in 0..<40 {
      let written = Self.sheet(&generator, rubric: rubric, people: 8)
      let parsed = try CSVDocument.parse(Array(written.text().utf8))
      let first = try AnswerSheet.read(parsed, rubric: rubric, existing: [], recorded: Self.recorded).get()
      let interviews = first.map { person in
        Interview(
          name: person.name, role: person.role, started: Self.recorded, updated: Self.recorded,
          answers: Dictionary(person.answers, uniquingKeysWith: { _, last in last }))
      }
      let exported = AnswerSheet.document(of: interviews, rubric: rubric).text()
      let reread = try CSVDocument.parse(Array(exported.utf8))
      for record in reread.records {
        for field in record.fields {
          #expect(
            field.unicodeScalars.first.map { !FormulaCell.triggers.contains($0) } ?? true,
            "round \(round), line \(record.line): \(field.debugDescription)")
        }
      }
      let second = try AnswerSheet.read(reread, rubric: rubric, existing: [], recorded: Self.recorded).get()
      #expect(Self.contents(second) == Self.contents(first), "round \(round)")
      #expect(AnswerSheet.document(of: interviews, rubric: rubric).text() == exported)
    }
  }

  @Test("a neutralised cell in every column is read without its quote")
  func readsNeutralised() throws {
    let rubric = try Fixtures.standardRubric()
    let text = """
      name,role,question,answer,evidence
      '=Ana,sponsor,oc-measurable,3,'-2 points
      '=Ana,sponsor,oc-outcome-statement,'+1 day,
      ''@Bo,finance,oc-measurable,n/a,"'\t= tabbed"
      =Cy,finance,oc-measurable,1,@raw

      """
    let document = try CSVDocument.parse(Array(text.utf8))
    let people = try AnswerSheet.read(document, rubric: rubric, existing: [], recorded: Self.recorded).get()
    #expect(people.map(\.name) == ["=Ana", "'@Bo", "=Cy"])
    #expect(people[0].answers[0].answer == .scored(3, evidence: "-2 points", at: Self.recorded))
    #expect(people[0].answers[1].answer == .text("+1 day", at: Self.recorded))
    // Restored, then held to the text rule: the leading tab goes like any leading space.
    #expect(people[1].answers[0].answer == .notApplicable(evidence: "= tabbed", at: Self.recorded))
    #expect(people[2].answers[0].answer == .scored(1, evidence: "@raw", at: Self.recorded))
  }

  @Test(
    "cells are trimmed of every kind of space, and evidence of line breaks too, as Foundation's sets hold them"
  )
  func trimming() throws {
    let rubric = try Fixtures.standardRubric()
    let text =
      "name,role,question,answer,evidence\n"
      + "\u{3000}Ana\u{A0},\tsponsor\u{200B},oc-measurable ,\"\u{2003}3\r\n\",\"\u{2009}\u{2028}memo\u{85}\r\n\"\n"
    let document = try CSVDocument.parse(Array(text.utf8))
    let people = try AnswerSheet.read(document, rubric: rubric, existing: [], recorded: Self.recorded).get()
    #expect(people.map(\.name) == ["Ana"])
    #expect(people.map(\.role) == ["sponsor"])
    #expect(people.first?.answers.first?.answer == .scored(3, evidence: "memo", at: Self.recorded))
  }

  @Test("a neutralised score is still not a score")
  func neutralisedScore() throws {
    let rubric = try Fixtures.standardRubric()
    let text = """
      name,role,question,answer,evidence
      Ana,sponsor,oc-measurable,'-1,
      Ana,sponsor,oc-shared-definition,'+3,

      """
    let document = try CSVDocument.parse(Array(text.utf8))
    let result = AnswerSheet.read(document, rubric: rubric, existing: [], recorded: Self.recorded)
    guard case .failure(let problems) = result else {
      Issue.record("a neutralised score was read as a score")
      return
    }
    #expect(
      problems.rows.map(\.description) == [
        "line 2: answer \"-1\" to scale question \"oc-measurable\" is not 0-4 or n/a",
        "line 3: answer \"+3\" to scale question \"oc-shared-definition\" is not 0-4 or n/a",
      ])
  }

  @Test("thousands of interviewees, with answers spread across the sheet, are gathered by name")
  func manyPeople() throws {
    let rubric = try Fixtures.standardRubric()
    let people = 3000
    var text = "name,role,question,answer,evidence\n"
    for question in ["oc-measurable", "oc-shared-definition"] {
      for person in 0..<people { text += "Person \(person),sponsor,\(question),\(person % 5),\n" }
    }
    // The same people, spelt differently, as they are in the review already.
    let existing = (0..<people).map {
      Interview(name: "  PERSON   \($0)", role: "sponsor", started: Self.recorded, updated: Self.recorded)
    }
    let document = try CSVDocument.parse(Array(text.utf8))
    let read = try AnswerSheet.read(document, rubric: rubric, existing: existing, recorded: Self.recorded)
      .get()
    #expect(read.count == people)
    #expect(read.allSatisfy { $0.answers.map(\.question) == ["oc-measurable", "oc-shared-definition"] })
    #expect(read[1234].name == "Person 1234")
  }
}
