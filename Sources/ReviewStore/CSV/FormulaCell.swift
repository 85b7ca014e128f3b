/// The OWASP defence against CSV injection: a cell that a spreadsheet would run as a formula, one starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return, is written with a leading `'`, which spreadsheets
/// show as text. A cell made of quotes before such a character gets one more quote too, and reading takes
/// off exactly one quote from a cell of that shape, so every cell reads back exactly as it was written:
/// `restored(neutralised(cell)) == cell` for every cell.
public enum FormulaCell {
  /// The first characters that make a spreadsheet evaluate a cell.
  public static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// `cell` safe to open in a spreadsheet: with one more leading `'` when it matches `^'*[=+\-@\t\r]`.
  public static func neutralised(_ cell: String) -> String {
    startsWithTrigger(afterQuotes: cell, minimumQuotes: 0) ? "'" + cell : cell
  }

  /// `cell` as it was before `neutralised`: one leading `'` removed when it matches `^'+[=+\-@\t\r]`.
  public static func restored(_ cell: String) -> String {
    startsWithTrigger(afterQuotes: cell, minimumQuotes: 1) ? String(cell.unicodeScalars.dropFirst()) : cell
  }

  /// Whether `cell` is at least `minimumQuotes` quotes followed by a trigger. Scalars, not characters:
  /// a spreadsheet sees the `\r` of `\r\n` and the `=` under a combining accent.
  static func startsWithTrigger(afterQuotes cell: String, minimumQuotes: Int) -> Bool {
    var quotes = 0
    for scalar in cell.unicodeScalars {
      if scalar == "'" {
        quotes += 1
        continue
      }
      return quotes >= minimumQuotes && triggers.contains(scalar)
    }
    return false
  }
}
