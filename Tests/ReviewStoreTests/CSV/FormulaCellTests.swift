import ReviewStore
import TestSupport
import Testing

@Suite("Formula cells are neutralised on export and restored on import")
struct FormulaCellTests {
  static let neutralising: [(cell: String, written: String)] = [
    ("=1+1", "'=1+1"),
    ("+44 20 7946 0000", "'+44 20 7946 0000"),
    ("-2 points since May", "'-2 points since May"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\tindented", "'\tindented"),
    ("\rreturn", "'\rreturn"),
    ("\r\nline", "'\r\nline"),
    ("=\u{301}", "'=\u{301}"),
    ("=HYPERLINK(\"http://x.example\",\"open\")", "'=HYPERLINK(\"http://x.example\",\"open\")"),
    ("'=already", "''=already"),
    ("''+twice", "'''+twice"),
    ("'", "'"),
    ("''", "''"),
    ("'quoted", "'quoted"),
    ("", ""),
    ("plain", "plain"),
    ("a=b", "a=b"),
    (" =spaced", " =spaced"),
    ("\n=after a line feed", "\n=after a line feed"),
  ]

  @Test(
    "export adds one quote exactly when a cell is quotes and then = + - @ tab or CR", arguments: neutralising)
  func neutralised(cell: String, written: String) {
    #expect(FormulaCell.neutralised(cell) == written)
    #expect(FormulaCell.restored(written) == cell)
  }

  static let restoring: [(cell: String, read: String)] = [
    ("'=1+1", "=1+1"),
    ("''-1", "'-1"),
    ("'@x", "@x"),
    ("'\t", "\t"),
    ("'\r\n", "\r\n"),
    ("=1+1", "=1+1"),
    ("'3", "'3"),
    ("'", "'"),
    ("' =x", "' =x"),
    ("x'=y", "x'=y"),
  ]

  @Test("import removes one quote only from quotes followed by a formula character", arguments: restoring)
  func restored(cell: String, read: String) {
    #expect(FormulaCell.restored(cell) == read)
  }

  @Test("every cell comes back as it was, and no written cell starts a formula")
  func roundTrip() {
    var generator = SeededGenerator(seed: 9)
    let pieces = [
      "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", "''", "a", " ", ",", "\"", "é", "\u{301}",
    ]
    for _ in 0..<5000 {
      let length = Int(generator.next() % 7)
      let cell = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      let written = FormulaCell.neutralised(cell)
      #expect(FormulaCell.restored(written) == cell, "\(cell.debugDescription)")
      #expect(written == cell || written == "'" + cell)
      #expect(
        written.unicodeScalars.first.map { !FormulaCell.triggers.contains($0) } ?? true,
        "\(written.debugDescription) starts a formula")
    }
  }
}
