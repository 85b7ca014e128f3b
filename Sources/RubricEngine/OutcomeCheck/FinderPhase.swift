/// One phase of reading an outcome statement: it finds one element (or one kind of telling word) and
/// records it in the reading, with the token range that shows it.
///
/// The phases run in `OutcomeChecker.phases` order on a statement with at least one token; a phase
/// may read what earlier phases found or claimed, never what later ones will.
protocol FinderPhase {
  /// Finds what this phase looks for in `reading` and records it there.
  static func find(in reading: inout StatementReading)
}
