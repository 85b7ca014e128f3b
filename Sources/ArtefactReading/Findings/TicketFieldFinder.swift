import RubricEngine

/// Finds seed 003's ticket fields in an item's description (plain text, see `MarkupText`): by their labels
/// and headings ("Hypothesis:", "Success criteria", "Guardrails", ...) and by content (a measurable statement
/// with a timeframe is success criteria; "We believe that if we ..." is a hypothesis; "behind a feature flag"
/// is an experiment plan). A hypothesis or success criteria counts only when it names a metric, and then
/// the item names its outcome objective too.
public struct TicketFieldFinder: Sendable {
  /// The labels of each field, lower-case, as teams write them at the start of a line.
  static let labels: [(field: TicketField, words: [String])] = [
    (
      .outcomeObjective,
      [
        "outcome objective", "outcome", "objective", "target outcome", "desired outcome", "goal metric",
        "product metric", "metric", "metrics", "north star", "target metric", "kpi", "kpis", "okr",
      ]
    ),
    (.hypothesis, ["hypothesis", "outcome hypothesis", "hypotheses", "we believe"]),
    (
      .successCriteria,
      [
        "success criteria", "success criterion", "success metrics", "success metric", "success measures",
        "definition of success", "measure of success", "acceptance criteria", "success",
      ]
    ),
    (
      .guardrails,
      [
        "guardrails", "guardrail", "guardrail metrics", "guard rails", "constraints",
        "non-functional requirements",
      ]
    ),
    (
      .experimentPlan,
      [
        "experiment plan", "experiment", "experiment design", "rollout plan", "rollout", "roll-out",
        "rollback plan", "release plan", "measurement plan", "test plan",
      ]
    ),
  ]

  /// Words that make a sentence an experiment plan.
  static let experimentWords = [
    "feature flag", "feature-flag", "feature toggle", "canary", "a/b test", "ab test", "a/b-test",
    "split test",
    "holdout", "hold-out", "control group", "dark launch", "staged rollout", "phased rollout",
    "percentage rollout",
    "roll back", "rollback", "telemetry", "cohort",
  ]

  static let experimentSet = KeywordSet(experimentWords)

  /// Words that may make a sentence guardrail-shaped.
  static let guardrailWords = [
    "without ", "must not", "no more than", "not degrade", "no regression", "stay below", "stays below",
    "remain below", "remains below", "not exceed",
  ]
  static let guardrailSet = KeywordSet(guardrailWords)
  static let hypothesisSet = KeywordSet(["we believe", "if we "])
  static let believeThatSet = KeywordSet(["we believe that"])

  /// Words a placeholder section is made of: a label with nothing under it says nothing.
  static let placeholders: Set<String> = [
    "", "tbd", "tbc", "n/a", "na", "none", "-", "--", "todo", "to do", "?", "...", "…", "pending",
  ]

  /// The longest stretch of a description read; the rest is left unread (and the reading says so).
  public static let maximumDescriptionLength = 200_000

  let checker = OutcomeChecker()

  /// Creates a finder.
  public init() {}

  /// The fields found in `description`, each with the words that showed it, in `TicketField` order.
  public func fields(in description: String) -> [ArtefactItem.FoundField] {
    guard !description.isEmpty else { return [] }
    var found: [TicketField: String] = [:]
    let sections = Self.sections(of: String(description.prefix(Self.maximumDescriptionLength)))
    for section in sections {
      guard let field = section.field else {
        findByContent(section.text, into: &found)
        continue
      }
      let text = section.text
      guard !Self.isPlaceholder(text) else { continue }
      switch field {
      case .hypothesis, .successCriteria:
        // Only when it names a metric: a hypothesis without a measure is a wish.
        let reading = checker.check(Self.firstSentences(text), rewriting: false)
        guard
          let metric = reading.words(for: .metric)
            ?? reading.hypothesis?.slots.first(where: { $0.slot == .measure })?.words
        else { continue }
        found[field] = found[field] ?? Self.excerpt(text)
        found[.outcomeObjective] = found[.outcomeObjective] ?? metric
      case .outcomeObjective:
        // An objective names the metric the work expects to move: a label over words that name none is
        // not one.
        let reading = checker.check(Self.firstSentences(text), rewriting: false)
        if let metric = reading.words(for: .metric) { found[field] = found[field] ?? metric }
      case .guardrails, .experimentPlan:
        found[field] = found[field] ?? Self.excerpt(text)
      }
      // A labelled section may also hold sentences of other fields.
      findByContent(text, into: &found)
    }
    return TicketField.allCases.compactMap { field in
      found[field].map { ArtefactItem.FoundField(field: field, words: $0) }
    }
  }

  /// Fields shown by what sentences say rather than by a label.
  func findByContent(_ text: String, into found: inout [TicketField: String]) {
    // The words that make a sentence one of the fields are looked for in the whole text once; a sentence
    // is read only when the text has them, or has a digit.
    let mayExperiment = found[.experimentPlan] == nil && Self.experimentSet.occurs(in: text)
    let mayHypothesis = Self.hypothesisSet.occurs(in: text)
    let mayGuardrail = Self.guardrailSet.occurs(in: text)
    let hasDigits = text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    guard mayExperiment || mayHypothesis || mayGuardrail || hasDigits else { return }
    for sentence in Self.sentences(of: text) {
      if mayExperiment, found[.experimentPlan] == nil, Self.experimentSet.occurs(in: sentence) {
        found[.experimentPlan] = Self.excerpt(sentence)
      }
      let hypothesisShaped =
        mayHypothesis
        && (KeywordSet.starts(sentence, with: "we believe") || Self.believeThatSet.occurs(in: sentence)
          || KeywordSet.starts(sentence, with: "if we "))
      let hasDigit = hasDigits && sentence.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
      let guardrailShaped = mayGuardrail && Self.guardrailSet.occurs(in: sentence)
      guard hypothesisShaped || hasDigit || guardrailShaped else { continue }
      let reading = checker.check(sentence, rewriting: false)
      let metric = reading.words(for: .metric)
      if hypothesisShaped, found[.hypothesis] == nil,
        let measure = metric ?? reading.hypothesis?.slots.first(where: { $0.slot == .measure })?.words
      {
        found[.hypothesis] = Self.excerpt(sentence)
        found[.outcomeObjective] = found[.outcomeObjective] ?? measure
      }
      if found[.successCriteria] == nil, reading.verdict == .measurable, let metric,
        reading.words(for: .timeframe) != nil
      {
        found[.successCriteria] = Self.excerpt(sentence)
        found[.outcomeObjective] = found[.outcomeObjective] ?? metric
      }
      if found[.guardrails] == nil, let guardrail = reading.words(for: .guardrail) {
        found[.guardrails] = guardrail
      }
      if found[.outcomeObjective] == nil, let metric, reading.words(for: .change) != nil,
        reading.verdict != .output
      {
        found[.outcomeObjective] = metric
      }
    }
  }

  // MARK: Text

  /// One stretch of a description: under a label (with the label's field), or not.
  struct Section {
    var field: TicketField?
    var text: String
  }

  /// The description cut at its labels: a line that starts with a field's label, alone or followed by a
  /// colon (the text after the colon belongs to the label), opens that field's section, which runs to the
  /// next label or to a line that is some other heading.
  static func sections(of description: String) -> [Section] {
    var sections: [Section] = [Section(field: nil, text: "")]
    for rawLine in description.lineSlices() {
      let line = rawLine.trimmingSpaces()
      if let (field, rest) = label(of: line) {
        sections.append(Section(field: field, text: rest))
      } else if isHeading(line), sections.last?.field != nil {
        sections.append(Section(field: nil, text: ""))
      } else {
        sections[sections.count - 1].text += (sections[sections.count - 1].text.isEmpty ? "" : "\n") + line
      }
    }
    return sections.filter { !$0.text.isEmpty || $0.field != nil }
  }

  /// The field whose label starts `line`, and the text after it; `nil` when it starts with none.
  static func label(of line: String) -> (TicketField, String)? {
    // A label stands alone on a short line, or is followed soon by its mark: prose is never one.
    let head = line.utf8.prefix(48)
    guard
      line.utf8.count <= 48 || head.contains(UInt8(ascii: ":")) || head.contains(UInt8(ascii: "-"))
        || KeywordSet.starts(line, with: "we believe")
    else { return nil }
    let lower = line.lowercased()
    var best: (field: TicketField, length: Int)?
    for (field, words) in labels {
      for word in words where lower.hasPrefix(word) && word.count > (best?.length ?? 0) {
        let after = lower.dropFirst(word.count).first
        // A label ends the line or is followed by a colon, a dash or a bracketed note.
        guard after == nil || after == ":" || after == " " || after == "(" || after == "-" || after == "–"
        else {
          continue
        }
        let rest = line.dropFirst(word.count).drop { $0 == " " }
        let marked =
          rest.isEmpty || rest.first == ":" || rest.first == "-" || rest.first == "–" || rest.first == "("
        // "We believe" is a label that is also the start of the sentence.
        if word == "we believe" {
          best = (field, 0)
          continue
        }
        if marked { best = (field, word.count) }
      }
    }
    guard let best else { return nil }
    if best.length == 0 { return (best.field, line) }
    var rest = Substring(line.dropFirst(best.length))
    if rest.first == " " { rest = rest.drop { $0 == " " } }
    if rest.first == "(", let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
    rest = rest.drop { $0 == ":" || $0 == "-" || $0 == "–" || $0 == " " }
    return (best.field, String(rest))
  }

  /// Whether `line` reads as a heading of something else: short, and ending in a colon.
  static func isHeading(_ line: String) -> Bool {
    line.hasSuffix(":") && line.count <= 40
  }

  /// The sentences of `text`: at line breaks, and after a full stop, question or exclamation mark followed
  /// by a space.
  static func sentences(of text: String) -> [String] {
    var result: [String] = []
    for line in text.lineSlices(omittingEmpty: true) {
      var current = ""
      var previous: Character?
      for character in line {
        if character == " ", let previous, previous == "." || previous == "?" || previous == "!" {
          result.append(current)
          current = ""
        } else {
          current.append(character)
        }
        previous = character
      }
      result.append(current)
    }
    return result.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
  }

  /// The first two sentences of a section, as the checker reads a statement.
  static func firstSentences(_ text: String) -> String {
    sentences(of: text).prefix(2).joined(separator: " ")
  }

  /// A section's words as the reading keeps them: its first sentence, at most 200 characters.
  static func excerpt(_ text: String) -> String {
    let first = sentences(of: text).first ?? text
    return first.count > 200 ? String(first.prefix(199)) + "…" : first
  }

  /// Whether a section's text is only a placeholder ("TBD", "n/a"): a short one, so a long text is never
  /// simplified to be compared.
  static func isPlaceholder(_ text: String) -> Bool {
    text.utf8.count <= 24 && placeholders.contains(simplified(text))
  }

  static func simplified(_ text: String) -> String {
    text.lowercased().trimmingSpaces().trimmingCharacters(in: ".")
  }
}

extension String {
  /// The string without `characters` at either end.
  func trimmingCharacters(in characters: String) -> String {
    let set = Set(characters)
    return String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
  }
}
