/// The verdict on one read statement, with the reasons in words and the statement's words that decided
/// it: `measurable` with a change, a measure and a target; otherwise `output` when it leads with (or,
/// stating no change, names) a deliverable; otherwise `vague`.
struct VerdictDecision {
  typealias Vocabulary = OutcomeVocabulary

  var verdict: OutcomeVerdict
  /// Why the verdict is what it is, each reason quoting the words that decided it.
  var reasons: [String] = []
  /// The statement's words that decided the verdict.
  var decidedBy: [String] = []

  init(_ reading: StatementReading) {
    let evidence = reading.evidence
    if reading.tokens.isEmpty {
      verdict = .vague
      reasons.append("the statement is empty")
    } else if evidence[.change] != nil, evidence[.metric] != nil, evidence[.target] != nil {
      verdict = .measurable
      measurable(reading)
    } else if let verb = reading.leadingOutputVerb
      ?? (evidence[.change] == nil ? reading.deliverableWord : nil)
    {
      verdict = .output
      output(reading, verb: verb)
    } else {
      verdict = .vague
      vague(reading)
    }
    decidedBy.removeAll { $0.isEmpty }
  }

  private mutating func measurable(_ reading: StatementReading) {
    let evidence = reading.evidence
    reasons.append(
      "a change (\(reading.quoted(.change))) in a measure (\(reading.quoted(.metric))) "
        + "with a target (\(reading.quoted(.target)))")
    decidedBy = [.change, .metric, .target].compactMap { evidence[$0].map(reading.words) }
    if evidence[.baseline] == nil {
      reasons.append("no baseline: measure today's value so progress can be shown")
    }
    if evidence[.timeframe] == nil { reasons.append("no timeframe: say by when") }
    if evidence[.who] == nil {
      reasons.append("no customer, user or business actor is named: say who changes")
    }
  }

  private mutating func output(_ reading: StatementReading, verb: Int) {
    let tokens = reading.tokens
    let word = tokens[verb].text
    let phrase =
      reading.leadingOutputVerb == verb
      ? "\"\(word)\" leads a deliverable" : "\"\(word)\" names a deliverable"
    reasons.append("\(phrase) the team controls, not a change the customer experiences")
    decidedBy.append(word)
    let counts = tokens.indices.filter { reading.isQuantity($0) && !reading.claimed.contains($0) }
    if let count = counts.first {
      reasons.append("\"\(tokens[count].text)\" counts what will be produced, not a change in a measure")
      decidedBy.append(tokens[count].text)
    }
    if reading.evidence[.change] != nil {
      reasons.append(
        "it gives a purpose (\(reading.quoted(.change))) but no measure with a target that would show it "
          + "was reached")
    }
  }

  private mutating func vague(_ reading: StatementReading) {
    let evidence = reading.evidence
    for index in reading.judgementWords {
      reasons.append("\"\(reading.tokens[index].text)\" judges rather than measures")
      decidedBy.append(reading.tokens[index].text)
    }
    if let change = evidence[.change] {
      decidedBy.append(reading.words(change))
      if evidence[.metric] == nil, let target = evidence[.target] {
        let amount = StatementReading.dropping(Vocabulary.amountPrefixes, from: reading.words(target))
        reasons.append(
          "a change (\(reading.quoted(.change))) with a target (\(reading.quoted(.target))) but no "
            + "measure: \(amount) of what?")
        decidedBy.append(reading.words(target))
      } else if evidence[.metric] == nil {
        reasons.append("\(reading.quoted(.change)) names a change but not the measure that would show it")
      } else {
        reasons.append(
          "\(reading.quoted(.change)) \(reading.quoted(.metric)) has no target: say from what to what")
        decidedBy.append(evidence[.metric].map(reading.words) ?? "")
      }
    } else if reading.judgementWords.isEmpty {
      reasons.append("no change in a measure is stated: say what will be different, by how much")
    }
  }
}
