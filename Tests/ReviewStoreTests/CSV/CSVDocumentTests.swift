import ReviewStore
import Testing

@Suite("CSV text written and parsed")
struct CSVDocumentTests {
  static let fields = [
    "a\r\nb", "\"\u{301}", ",\u{301}", "\r\n", "say \"hi\"", " padded ", "plain", "", "\u{2028}", "é",
  ]

  @Test("every field parses back as written, line breaks and quotes under accents too", arguments: fields)
  func roundTrip(field: String) throws {
    let document = CSVDocument(records: [CSVDocument.Record(fields: [field, "next"], line: 1)])
    let parsed = try CSVDocument.parse(Array(document.text().utf8))
    #expect(parsed.records.map(\.fields) == [[field, "next"]])
  }
}
