/// Finds the output verb a statement leads with, after any lead-in ("We will launch the portal"):
/// the sign of a deliverable the team controls.
enum LeadingOutputVerbFinder: FinderPhase {
  typealias Vocabulary = OutcomeVocabulary

  static func find(in reading: inout StatementReading) {
    let tokens = reading.tokens
    var index = 0
    var skipped = true
    while skipped {
      skipped = false
      for leadIn in Vocabulary.leadIns where reading.matches(leadIn, at: index) {
        index += leadIn.count
        skipped = true
        break
      }
    }
    guard index < tokens.count, Vocabulary.outputVerbs.contains(tokens[index].lower) else { return }
    // Phrasal verbs lead a deliverable only with their particle: "put in place", "set up", "stand up".
    if let particle = Vocabulary.phrasalParticles[tokens[index].lower] {
      let window = tokens[(index + 1)..<min(tokens.count, index + 8)].map(\.lower)
      guard window.contains(particle) else { return }
    }
    // "Deliver sustainable growth", "deliver £20m of savings": the object is a result, not a deliverable.
    if Vocabulary.totalVerbs.contains(tokens[index].lower) {
      let object = (index + 1)..<min(tokens.count, index + 1 + Vocabulary.resultObjectReach)
      if object.contains(where: {
        Vocabulary.changeNouns.contains(tokens[$0].lower) || Vocabulary.resultNouns.contains(tokens[$0].lower)
      }) {
        return
      }
    }
    reading.leadingOutputVerb = index
  }
}
