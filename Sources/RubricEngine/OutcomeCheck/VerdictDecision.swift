/// The verdict on one read statement, with the reasons in words and the statement's words that decided
/// it. The decision table, tried in this order, over the elements the finder phases found:
///
/// | found                                                           | verdict      |
/// |-----------------------------------------------------------------|--------------|
/// | no words                                                        | `vague`      |
/// | an output measure (story points, tickets closed, test coverage) | `output`     |
/// |   (led by an output verb, the verb is the reason given)         |              |
/// | parity or compliance work named in the first clause             | `output`     |
/// | an undefined top-line total ("revenue", "costs") with a number  | `vague`      |
/// | a change, a metric and a target                                 | `measurable` |
/// | a leading output verb, parity or compliance work, a new product | `output`     |
/// | no change, and a word naming a deliverable ("go-live")          | `output`     |
/// | anything else                                                   | `vague`      |
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
    } else if let verb = reading.leadingOutputVerb, evidence[.outputMeasure] != nil {
      verdict = .output
      output(reading, verb: verb)
    } else if let measure = evidence[.outputMeasure] {
      verdict = .output
      let words = reading.words(measure)
      reasons.append(
        "\"\(words)\" counts what the team produces or does: doing the work guarantees it, so it is an output, "
          + "not a change the customer experiences")
      decidedBy.append(words)
    } else if let verb = reading.strongDeliverable,
      Vocabulary.parityWords.contains(reading.tokens[verb].lower)
        || Vocabulary.grantWords.contains(reading.tokens[verb].lower),
      reading.isInFirstClause(verb)
    {
      // Parity or compliance work stated first, with its bet after it: output-driven work (seed 004).
      verdict = .output
      output(reading, verb: reading.leadingOutputVerb ?? verb)
    } else if let total = evidence[.undefinedMeasure],
      reading.leadingOutputVerb.map({ Vocabulary.totalVerbs.contains(reading.tokens[$0].lower) }) ?? true
    {
      verdict = .vague
      let words = reading.words(total)
      reasons.append(
        "\"\(words)\" is a top-line total with no defined measure: which \(words), counted how, for which "
          + "customers or channel, and from what baseline?")
      decidedBy.append(words)
    } else if evidence[.change] != nil, evidence[.metric] != nil, evidence[.target] != nil {
      verdict = .measurable
      measurable(reading)
    } else if let verb = reading.leadingOutputVerb
      ?? (evidence[.change] == nil ? reading.deliverableWord : nil) ?? reading.strongDeliverable
    {
      verdict = .output
      output(reading, verb: verb)
    } else {
      verdict = .vague
      vague(reading)
    }
    if evidence[.falsifier] == nil, reading.bet != nil {
      reasons.append("no falsifier: say what result would make you change course")
    }
    decidedBy.removeAll { $0.isEmpty }
  }

  private mutating func measurable(_ reading: StatementReading) {
    let evidence = reading.evidence
    reasons.append(
      evidence[.metric] == evidence[.target]
        ? "a change (\(reading.quoted(.change))) with a target that is its own measure "
          + "(\(reading.quoted(.target)))"
        : "a change (\(reading.quoted(.change))) in a measure (\(reading.quoted(.metric))) "
          + "with a target (\(reading.quoted(.target)))")
    decidedBy = [.change, .metric, .target].compactMap { evidence[$0].map(reading.words) }
    if evidence[.baseline] == nil {
      reasons.append("no baseline: measure today's value so progress can be shown")
    }
    if evidence[.timeframe] == nil { reasons.append("no timeframe: say by when") }
    if evidence[.who] == nil, !reading.businessLevel {
      reasons.append("no customer, user or business actor is named: say who changes")
    }
  }

  private mutating func output(_ reading: StatementReading, verb: Int) {
    let tokens = reading.tokens
    // A phrasal verb is quoted with its particle ("Roll out").
    let particle = Vocabulary.phrasalParticles[tokens[verb].lower]
    let word =
      particle != nil && reading.lower(verb + 1) == particle
      ? reading.words(verb...(verb + 1)) : tokens[verb].text
    let phrase =
      reading.leadingOutputVerb == verb
      ? "\"\(word)\" leads a deliverable"
      : reading.strongDeliverable == verb && word.lowercased() == Vocabulary.productOpener
        ? "\"\(word)\" names a new product" : "\"\(word)\" names a deliverable"
    reasons.append("\(phrase) the team controls, not a change the customer experiences")
    decidedBy.append(word)
    let counts = tokens.indices.filter { reading.isQuantity($0) && !reading.claimed.contains($0) }
    if let count = counts.first {
      // The number with its unit ("1.2 million"), not cut at its first word.
      let words = reading.words(count...reading.extendOverUnit(from: count))
      reasons.append("\"\(words)\" counts what will be produced, not a change in a measure")
      decidedBy.append(words)
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
          "a change (\(reading.quoted(.change))) in a measure (\(reading.quoted(.metric))) with no target: say "
            + "from what to what")
        decidedBy.append(evidence[.metric].map(reading.words) ?? "")
      }
    } else if reading.judgementWords.isEmpty {
      reasons.append("no change in a measure is stated: say what will be different, by how much")
    }
  }
}
