import ArtefactReading
import Foundation
import RubricEngine

/// The client report as Markdown for pandoc and GitHub: the verdict first, the lenses at a glance, findings
/// backed by what stakeholders said (attributed only as far as confidentiality allows), the outcome
/// statements and owners as given, and the method. Pure: the same content and date give the same bytes.
public struct ClientReport: Sendable {
  public let content: ReportContent
  /// The report's date, `YYYY-MM-DD`.
  public let date: String
  /// The chart's file name, as the Markdown links it (beside the report).
  public let chartFile: String
  /// Whether the report is a draft written from too little evidence, marked so at the top of page one.
  public let draft: Bool
  /// The file name of each artefact's chart, by the artefact's id.
  public let artefactCharts: [String: String]
  /// The file names of the outcome chain's diagram (one, or one per part), as written beside the report.
  public let chainCharts: [String]

  /// Creates the report of `content`, dated `date`, showing the chart stored as `chartFile`, each
  /// artefact's as `artefactCharts` names it, and the outcome chain's diagram as `chainCharts`.
  public init(
    content: ReportContent, date: String, chartFile: String, draft: Bool = false,
    artefactCharts: [String: String] = [:], chainCharts: [String] = []
  ) {
    self.chainCharts = chainCharts
    self.content = content
    self.date = date
    self.chartFile = chartFile
    self.draft = draft
    self.artefactCharts = artefactCharts
  }

  /// The words that mark a draft, at the top of page one.
  public static let draftMarker = "Draft: insufficient evidence"

  /// The Markdown document.
  public func markdown() -> String {
    var lines: [String] = []
    lines += metadata()
    if draft { lines += draftNotice() }
    lines += executiveSummary()
    lines += scorecardSection()
    lines += findingsSection()
    lines += workSection()
    lines += chainSection()
    lines += outcomeSection()
    lines += appendix()
    return lines.joined(separator: "\n") + "\n"
  }

  var review: Review { content.review }
  var rubric: Rubric { content.rubric }
  var scorecard: Scorecard { content.scorecard }

  // MARK: Sections

  func metadata() -> [String] {
    var lines = ["---"]
    lines.append("title: " + MarkdownText.yaml("Decision Integrity Review: " + review.program))
    lines.append("subtitle: " + MarkdownText.yaml(review.client))
    if review.consultants.isEmpty {
      lines.append("author: []")
    } else {
      lines.append("author:")
      lines += review.consultants.map { "  - " + MarkdownText.yaml($0) }
    }
    lines.append("date: '\(date)'")
    lines.append("lang: en-GB")
    lines.append("---")
    lines.append("")
    return lines
  }

  func draftNotice() -> [String] {
    ["> **\(Self.draftMarker).** " + ReportWords.draftReason(scorecard.method), ""]
  }

  func executiveSummary() -> [String] {
    var lines = ["# Executive summary", ""]
    lines.append(ReportWords.deliveryConfidence(scorecard))
    lines.append("")
    lines.append("**Decision under review.** " + MarkdownText.inline(review.decision))
    lines.append("")
    for line in ReportWords.decision(review, today: date, method: scorecard.method) {
      lines.append(line)
      lines.append("")
    }
    lines.append("**Verdict: \(scorecard.verdict.words).** " + ReportWords.verdictExplanation(scorecard))
    lines.append("")
    let headlines = content.headlines
    if headlines.isEmpty {
      lines.append(
        "No question \(ReportWords.noFinding(scorecard.method)), and the stakeholders agree on the owner and "
          + "the outcome.")
      lines.append("")
    } else {
      lines.append("## Most severe findings")
      lines.append("")
      for (index, headline) in headlines.enumerated() {
        let title = headline.title.hasSuffix(".") ? String(headline.title.dropLast()) : headline.title
        lines.append(
          "\(index + 1). **\(MarkdownText.inline(title))** (\(MarkdownText.inline(headline.lens))). "
            + MarkdownText.inline(headline.detail))
      }
      lines.append("")
    }
    let conditions = content.conditions
    if !conditions.isEmpty {
      lines.append("## What must become true before the commitment")
      lines.append("")
      lines += conditions.enumerated().map { "\($0.offset + 1). \(MarkdownText.inline($0.element))" }
      lines.append("")
    }
    if let change = ReasonWords.verdictChange(scorecard) {
      lines.append("## What would change the verdict")
      lines.append("")
      lines.append(
        MarkdownText.inline(change)
          + ". The smallest change in the scores that would lift each lens one band:")
      lines.append("")
      lines += scorecard.lifts.map { "- " + MarkdownText.inline(ReasonWords.lift($0, in: scorecard)) + "." }
      if scorecard.lifts.isEmpty {
        lines.append("- No change in the scores alone lifts a lens: it needs evidence.")
      }
      lines.append("")
    }
    return lines
  }

  func scorecardSection() -> [String] {
    var lines = ["# Scorecard", ""]
    // Five columns, so that Word keeps every header word whole on a portrait page; respondents and
    // coverage are in each lens's paragraph and the appendix. The dashes give pandoc the relative widths.
    lines.append("| Lens | Score | Rating | Contested | Evidence |")
    lines.append("|:----------------------|-------:|:----------------|-------------:|:---------------|")
    var adjusted: [String] = []
    for lens in scorecard.lenses {
      let title = MarkdownText.cell(lens.title) + (lens.gate ? " (gate)" : "")
      let score = lens.score.map { String(format: "%.1f", $0) } ?? "n/a"
      var rating = ReportWords.rating(lens.rating)
      if lens.adjustment != nil, lens.rating != lens.computedRating {
        rating += "\\*"
        adjusted.append(
          "\(MarkdownText.inline(lens.title)): \(ReportWords.rating(lens.rating).lowercased()), computed "
            + ReportWords.rating(lens.computedRating).lowercased())
      }
      lines.append(
        "| \(title) | \(score) | \(rating) | \(lens.contested.count) | \(ReasonWords.evidenceStrength(of: lens)) |"
      )
    }
    lines.append("")
    if !adjusted.isEmpty {
      lines.append(
        "\\* Adjusted by the reviewers (the reasons are under each lens): " + adjusted.joined(separator: "; ")
          + ".")
      lines.append("")
    }
    let scale = scorecard.method.scaleText
    lines.append(
      "Scores are on the \(scale) scale; \(ReportWords.bands(rubric.bands)). Contested counts the questions "
        + "whose scores are \(scorecard.method.contestedSpread) or more apart. Evidence is the share of each "
        + "lens's weight scored from documents or observation rather than from what was said; \"assertion "
        + "only\" where none. Respondents and coverage are under each lens and in the appendix.")
    lines.append("")
    lines.append("![Lens scores on the \(scale) scale](\(chartFile))")
    lines.append("")
    return lines
  }

  func findingsSection() -> [String] {
    var lines = ["# Findings by lens", ""]
    for (index, lens) in scorecard.lenses.enumerated() {
      let number = index + 1
      lines.append("## \(number). \(MarkdownText.inline(lens.title))" + (lens.gate ? " (the gate)" : ""))
      lines.append("")
      if let summary = rubric.lens(id: lens.id)?.summary {
        lines.append("*\(MarkdownText.inline(summary))*")
        lines.append("")
      }
      lines.append(ratingParagraph(lens))
      lines.append("")
      let findings = content.findingsByLens[lens.id] ?? []
      if findings.isEmpty {
        lines.append("No question in this lens \(ReportWords.noFinding(scorecard.method)).")
        lines.append("")
      }
      for (findingIndex, finding) in findings.enumerated() {
        lines.append("### \(number).\(findingIndex + 1) \(MarkdownText.inline(finding.finding))")
        lines.append("")
        lines.append(
          "*" + (finding.critical ? "Critical question. " : "")
            + "Scored \(ReportWords.score(finding.score, of: scorecard.method))"
            + (finding.shown != nil
              ? " from what was shown; stakeholders said "
                + (finding.said.map { ReportWords.score($0, of: scorecard.method) } ?? "nothing")
              : "")
            + ": " + MarkdownText.inline(finding.prompt) + "*")
        lines.append("")
        lines += shownParagraphs(finding)
        if let conflict = finding.conflict {
          lines.append(
            "**Accounts conflict.** Stakeholders' scores ran from \(conflict.low) to \(conflict.high); the "
              + "mean hides the disagreement on a critical question.")
          lines.append("")
          for (score, quoted) in [(conflict.low, conflict.lowQuotes), (conflict.high, conflict.highQuotes)]
          where !quoted.isEmpty {
            lines.append("*Scoring it \(score) of \(scorecard.method.scale.upperBound):*")
            lines.append("")
            lines += quotes(quoted)
          }
        } else {
          lines += quotes(finding.evidence)
        }
        let recommendation = ReportWords.recommendation(finding)
        if !recommendation.isEmpty {
          lines.append("**Recommendation.** " + MarkdownText.inline(recommendation))
          lines.append("")
        }
      }
      let disagreements = content.disagreementsByLens[lens.id] ?? []
      if !disagreements.isEmpty {
        lines.append("### Where stakeholders disagree")
        lines.append("")
        for disagreement in disagreements {
          let low = ends(disagreement.minSources)
          let high = ends(disagreement.maxSources)
          lines.append(
            "- *\(MarkdownText.inline(disagreement.prompt))* Scores ran from \(disagreement.min)\(low) to "
              + "\(disagreement.max)\(high); all scores: \(disagreement.scores.map(String.init).joined(separator: ", "))."
          )
        }
        lines.append("")
      }
    }
    return lines
  }

  /// What the documents and observation showed on a finding's question: the said-vs-shown pattern first
  /// (never attributed), then each piece of reviewer evidence.
  func shownParagraphs(_ finding: ReportContent.Finding) -> [String] {
    var lines: [String] = []
    if finding.shownDisagrees {
      let scores = finding.shownBy.compactMap(\.score)
      lines.append(
        "**The evidence disagrees.** What the reviewers read and saw scores this from \(scores.min() ?? 0) to "
          + "\(scores.max() ?? 0); the score is the mean, until the reviewers settle which holds.")
      lines.append("")
    }
    if finding.saidVsShown {
      lines.append(
        "**What was said and what was shown.** "
          + MarkdownText.inline(ReportWords.saidVsShownDetail(finding, scorecard.method)))
      lines.append("")
      return lines
    }
    for shown in finding.shownBy {
      let subject = ReportWords.shownSubject(shown)
      var text = subject.prefix(1).uppercased() + subject.dropFirst()
      text +=
        shown.score.map { " shows \(ReportWords.score(Double($0), of: scorecard.method))" } ?? " informs it"
      text += ": " + ReportWords.withoutFinalStop(shown.note) + "."
      lines.append("**Shown.** " + MarkdownText.inline(text))
      lines.append("")
    }
    return lines
  }

  /// Whether `source` says who spoke: a role or a name, not the pool that says nothing ("a stakeholder"),
  /// which the report leaves out (the method says once that such quotes are not attributed).
  static func informs(_ source: String?) -> Bool {
    guard let source else { return false }
    return source != Attributor.pooledLabel
  }

  /// Quotes, each with its source as the attribution rule shows it, when it says who spoke.
  func quotes(_ quotes: [ReportContent.Quote]) -> [String] {
    var lines: [String] = []
    for quote in quotes {
      lines += MarkdownText.quote(quote.text)
      if let source = quote.source, Self.informs(source) {
        lines.append(">")
        lines.append("> — " + MarkdownText.inline(source))
      }
      lines.append("")
    }
    return lines
  }

  /// What the work shows: each imported artefact's measures, chart, the gaps it opened against what was
  /// said, and a few example items of each class. No section when no artefact was imported.
  func workSection() -> [String] {
    guard !content.artefacts.isEmpty else { return [] }
    let method = scorecard.method
    var lines = ["# What the work shows", ""]
    lines.append(
      "Besides the interviews, the reviewers read the programme's own work. Each item's title was checked as "
        + "an outcome statement, and its description searched for the five fields every piece of work should "
        + "carry: an outcome objective, a hypothesis, success criteria, guardrails and an experiment plan. "
        + "Only titles and what was found were kept.")
    lines.append("")
    for (index, artefact) in content.artefacts.enumerated() {
      let measures = artefact.measures
      let counts = measures.counts
      let items = counts.itemCount
      lines.append("## \(index + 1). \(MarkdownText.inline(artefact.title))")
      lines.append("")
      lines.append(
        "*\(artefact.kind.title), read from "
          + "\(MarkdownText.inline(artefact.source)) (\(ArtefactEvidence.formatName(artefact.format))) on "
          + "\(artefact.imported): \(items) \(items == 1 ? "item" : "items").*")
      lines.append("")
      lines.append("| Measure | Items | Share |")
      // Longer than pandoc's 72 columns, so that Word gives the measure its room.
      lines.append(
        "|:------------------------------------------------------------|-------------:|---------:|")
      func row(_ label: String, _ count: Int, of total: Int) {
        let share = total == 0 ? "-" : ReasonWords.share(Double(count) / Double(total))
        lines.append("| \(label) | \(count) of \(total) | \(share) |")
      }
      row("Titles that are outputs", counts.count(.output), of: items)
      row("Titles that are vague", counts.count(.vague), of: items)
      row("Titles that are measurable outcomes", counts.count(.measurable), of: items)
      // Ticket fields are a backlog's: a roadmap or an OKR sheet has no descriptions to carry them.
      if artefact.kind == .backlog {
        for field in TicketField.allCases {
          row(ReportWords.itemsWith(field), counts.count(field), of: items)
        }
        row("Items with all five", counts.allFive, of: items)
      }
      if counts.count(.done) > 0 {
        row("Done items with no metric plan", counts.doneWithoutMetric, of: counts.count(.done))
      }
      if artefact.kind == .okrs, measures.keyResults > 0 {
        row("Key results that are outputs", measures.outputKeyResults, of: measures.keyResults)
      }
      lines.append("")
      if let chart = artefactCharts[artefact.id] {
        lines.append("![\(MarkdownText.inline(artefact.title)): what the work shows](\(chart))")
        lines.append("")
      }
      let questions = content.artefactQuestions(artefact)
      let gaps = questions.filter(\.saidVsShown)
      if !gaps.isEmpty {
        lines.append(
          "**Against what was said.** Where stakeholders' account and the work are \(method.contestedSpread) or "
            + "more apart:")
        lines.append("")
        for question in gaps {
          let prompt = rubric.question(id: question.id)?.prompt ?? question.id
          let said = question.said.map { ReportWords.score($0, of: method) } ?? "-"
          let shown = question.shown.map { ReportWords.score($0, of: method) } ?? "-"
          lines.append(
            "- *\(MarkdownText.inline(prompt))* Stakeholders described this at \(said); what was shown puts it at \(shown)."
          )
        }
        if !gaps.isEmpty { lines.append("") }
      }
      let classes: [(String, (ArtefactItem) -> Bool)] = [
        ("Outputs", { $0.verdict == .output }), ("Done with no metric plan", { $0.doneWithoutMetric }),
        ("Measurable outcomes", { $0.verdict == .measurable }),
      ]
      var examples: [String] = []
      for (name, include) in classes {
        let found = content.examples(artefact, where: include)
        guard !found.isEmpty else { continue }
        examples.append(
          "- \(name): "
            + found.map { "\(MarkdownText.inline($0.key)) *\(MarkdownText.inline($0.title))*" }.joined(
              separator: "; "))
      }
      if !examples.isEmpty {
        lines.append("**Examples**, the first of each kind in the export:")
        lines.append("")
        lines += examples
        lines.append("")
      }
    }
    return lines
  }

  /// The outcome chain as a nested list, business results down to bets, each problem numbered where it
  /// stands and said below; when there is none, that none was agreed and the first step.
  func chainSection() -> [String] {
    var lines = ["# The outcome chain", ""]
    let chain = content.chain
    guard !chain.nodes.isEmpty else {
      lines.append(
        "No outcome chain was agreed: nothing written links the program's work to a customer outcome and a "
          + "business result. The first step is to write the business result the commitment serves, the customer "
          + "outcome that would move it, and the bets each team makes on that outcome, each with the signal that "
          + "would show it working.")
      lines.append("")
      return lines
    }
    let problems = content.chainProblems
    var numbers: [String: [Int]] = [:]
    for (index, problem) in problems.enumerated() {
      numbers[problem.node ?? "", default: []].append(index + 1)
    }
    let drafted = chain.nodes.contains { $0.draft == true }
    lines.append(
      "The chain from business result to customer outcome to the teams' bets, as the reviewers recorded it"
        + (drafted
          ? " (nodes marked draft were proposed from the interviews and the work, and are not yet agreed)"
          : "")
        + ": each business result, the customer outcomes that support it, and the bets that support those. "
        + (problems.isEmpty ? "" : "Each number marks something the chain lacks, explained after the list."))
    lines.append("")
    for (index, file) in chainCharts.enumerated() {
      let part = chainCharts.count > 1 ? ", part \(index + 1) of \(chainCharts.count)" : ""
      lines.append("![The outcome chain\(part): business results, customer outcomes and bets](\(file))")
      lines.append("")
    }
    let levelNames: [ChainLevel: String] = [
      .business: "Business result", .customer: "Customer outcome", .bet: "Bet",
    ]
    var shown: Set<String> = []
    func item(_ node: ChainNode, depth: Int) {
      var text =
        String(repeating: "    ", count: depth) + "- **\(levelNames[node.level] ?? node.level.rawValue):** "
        + MarkdownText.inline(node.statement)
      if let owner = node.owner { text += " *Owner: \(MarkdownText.inline(content.ownerName(owner))).*" }
      if node.draft == true { text += " *(Draft.)*" }
      if let marks = numbers[node.id] { text += " [" + marks.map(String.init).joined(separator: ", ") + "]" }
      lines.append(text)
      guard shown.insert(node.id).inserted else { return }
      for child in chain.supporters(of: node.id) { item(child, depth: depth + 1) }
    }
    if let marks = numbers[""] {
      lines.append("- **The chain as a whole** [" + marks.map(String.init).joined(separator: ", ") + "]")
    }
    for node in chain.nodes where node.level == .business { item(node, depth: 0) }
    for node in chain.nodes where !shown.contains(node.id) { item(node, depth: 0) }
    lines.append("")
    if problems.isEmpty {
      lines.append("The chain has no problem.")
    } else {
      lines.append("**What the chain lacks**, by the numbers marked above:")
      lines.append("")
      for (index, problem) in problems.enumerated() {
        lines.append(
          "\(index + 1). "
            + MarkdownText.inline(
              problem.severity == .warning
                ? "Warning: " + problem.message
                : problem.message.prefix(1).uppercased() + problem.message.dropFirst()) + ".")
      }
    }
    lines.append("")
    return lines
  }

  func outcomeSection() -> [String] {
    var lines = ["# Outcome statements as given", ""]
    let outcomes = scorecard.outcomes
    if content.statements.isEmpty {
      lines.append("No stakeholder stated the outcome.")
      lines.append("")
    } else {
      lines.append(
        "Each stakeholder was asked what will be different for the customer when the program has succeeded. "
          + ReportWords.counted(outcomes.statements.count, "statement", "statements")
          + " \(outcomes.statements.count == 1 ? "was" : "were") given, \(outcomes.distinct) of them different; "
          + (outcomes.measurable == 0
            ? "none is measurable."
            : "\(outcomes.measurable) \(outcomes.measurable == 1 ? "is" : "are") measurable."))
      lines.append("")
      let attributed = content.statements.contains { Self.informs($0.source) }
      lines.append(
        attributed ? "| Statement | Given by | Check | Missing |" : "| Statement | Check | Missing |")
      lines.append(
        attributed ? "|:----------|:---------|:------|:--------|" : "|:----------|:------|:--------|")
      for statement in content.statements {
        let check = ReportWords.verdict(statement.assessment.verdict)
        let missing = statement.assessment.missing.map(\.title).joined(separator: ", ")
        let source = statement.source.flatMap { Self.informs($0) ? MarkdownText.cell($0) : nil } ?? ""
        lines.append(
          "| " + MarkdownText.cell(statement.text) + (attributed ? " | \(source)" : "") + " | \(check) | "
            + (missing.isEmpty ? "nothing" : missing) + " |")
      }
      lines.append("")
    }
    let owners = scorecard.owners
    if !owners.questions.isEmpty {
      let unknown = ReportWords.unnamedOwners(owners)
      if owners.names.isEmpty {
        lines.append(
          "**Accountable owner.** Nobody named a person accountable for the outcome"
            + (unknown.isEmpty ? "." : ": " + ReportWords.sentence(unknown) + "."))
      } else if owners.agreed {
        let owner = owners.names[0]
        lines.append(
          "**Accountable owner.** Everyone who answered named the same owner: \(MarkdownText.inline(owner.name))."
        )
      } else {
        let list = owners.names.map {
          "\(MarkdownText.inline($0.name)) (named \(ReportWords.times($0.mentions)))"
        }
        let named =
          owners.distinct == 1
          ? "one owner was named, \(list[0])"
          : "\(owners.distinct) different owners were named: \(ReportWords.sentence(list))"
        lines.append(
          "**Accountable owner.** " + named.prefix(1).uppercased() + named.dropFirst()
            + (unknown.isEmpty ? "" : "; and " + ReportWords.sentence(unknown))
            + ". There is no single person accountable for the outcome.")
      }
      lines.append("")
    }
    return lines
  }

  func appendix() -> [String] {
    var lines = ["# Appendix", "", "## Method", ""]
    lines.append(
      "The review used the rubric *\(MarkdownText.inline(rubric.title))* (`\(rubric.id)`, version \(rubric.version)): "
        + "\(rubric.lenses.count) lenses, \(rubric.questions.count) questions. Each stakeholder was interviewed on the "
        + "questions for their role; the reviewers scored each answer on this scale, against the rubric's "
        + "description of the evidence at each level:"
    )
    lines.append("")
    let described = rubric.scale.contains { $0.description != nil }
    lines.append(described ? "| Score | Level | In brief |" : "| Score | Level |")
    lines.append(described ? "|------:|:------|:---------|" : "|------:|:------|")
    for level in rubric.scale {
      let brief = described ? " \(MarkdownText.cell(level.description ?? "")) |" : ""
      lines.append("| \(level.value) | \(MarkdownText.cell(level.label)) |" + brief)
    }
    lines.append("")
    lines.append(ReportWords.rules(rubric: rubric, method: scorecard.method))
    lines.append("")
    lines.append(ReportWords.evidenceRules(scorecard.method))
    lines.append("")
    lines.append(ReportWords.deliveryConfidenceRule(scorecard.method))
    lines.append("")
    if leavesOutPooledSources {
      lines.append(ReportWords.unattributedQuotes)
      lines.append("")
    }
    lines.append("## Documents examined")
    lines.append("")
    if scorecard.documents.isEmpty {
      lines.append("No document was registered: every score rests on what stakeholders said.")
    } else {
      lines.append("| Document | Version | Date |")
      lines.append("|:---------|:--------|:-----|")
      for document in scorecard.documents {
        lines.append(
          "| \(MarkdownText.cell(document.title)) | \(document.version.map(MarkdownText.cell) ?? "") | "
            + "\(document.date) |")
      }
    }
    lines.append("")
    lines.append("## Interviews held")
    lines.append("")
    let named = content.attribution == .names
    lines.append(named ? "| Name | Role | Date |" : "| Role | Date |")
    lines.append(named ? "|:-----|:-----|:-----|" : "|:-----|:-----|")
    let held = content.interviews.map { interview in
      (
        name: interview.name, role: rubric.role(id: interview.role)?.title ?? interview.role,
        date: String(interview.started.prefix(10))
      )
    }.sorted { ($0.role, $0.date, $0.name) < ($1.role, $1.date, $1.name) }
    for interview in held {
      lines.append(
        named
          ? "| \(MarkdownText.cell(interview.name)) | \(MarkdownText.cell(interview.role)) | \(interview.date) |"
          : "| \(MarkdownText.cell(interview.role)) | \(interview.date) |")
    }
    lines.append("")
    lines.append("## Coverage")
    lines.append("")
    lines.append("| Lens | Answered | Asked | Coverage | Respondents |")
    lines.append("|:------------------------|-----------:|--------:|-----------:|--------------:|")
    for lens in scorecard.lenses {
      lines.append(
        "| \(MarkdownText.cell(lens.title)) | \(lens.answeredCount) | \(lens.askedCount) | "
          + "\(Scoring.percent(lens.coverage)) | \(lens.respondents) |")
    }
    lines.append("")
    lines.append(
      "Answered counts scored and not-applicable answers to scored questions; asked counts the scored questions put "
        + "to each interviewee's role.")
    lines.append("")
    lines += evidenceBase()
    lines += shownQuestions()
    lines += assertedCritical()
    return lines
  }

  /// Which findings rest on documents, on observation, or on interviews alone.
  func evidenceBase() -> [String] {
    var lines = ["## What each finding rests on", ""]
    let findings = scorecard.lenses.flatMap { content.findingsByLens[$0.id] ?? [] }
    guard !findings.isEmpty else {
      lines.append("There is no finding.")
      return lines
    }
    lines.append("| Finding | Lens | Rests on |")
    lines.append("|:--------------------------------------------|:------------------|:---------------------|")
    for finding in findings {
      lines.append(
        "| \(MarkdownText.cell(finding.finding)) | \(MarkdownText.cell(finding.lensTitle)) | "
          + "\(MarkdownText.cell(ReportWords.restsOn(finding))) |")
    }
    let alone = findings.filter { $0.shown == nil }.count
    lines.append("")
    if alone == 0 {
      lines.append("Every finding rests on documents or observation, beside what stakeholders said.")
    } else if alone == findings.count {
      lines.append(
        "Every finding rests on interviews alone: no document or observation was recorded for the questions "
          + "found wanting.")
    } else {
      lines.append(
        "\(ReportWords.count(findings.count - alone)) of \(findings.count) "
          + "\(findings.count == 1 ? "finding rests" : "findings rest") on documents or observation; "
          + "\(ReportWords.number(alone)) on interviews alone.")
    }
    return lines
  }

  /// Every question reviewer evidence scored: what was said, what was shown and where it was shown.
  func shownQuestions() -> [String] {
    let method = scorecard.method
    let shown = scorecard.lenses.flatMap { lens in
      lens.questions.filter { $0.shown != nil }.map { (lens, $0) }
    }
    guard !shown.isEmpty else { return [] }
    var lines = ["", "## What was said and what was shown, question by question", ""]
    lines.append("| Question | Lens | Said | Shown | Source |")
    lines.append("|:---------------------------------|:----------------|------:|-------:|:---------------|")
    for (lens, question) in shown {
      let prompt = rubric.question(id: question.id)?.prompt ?? question.id
      let said = question.said.map { ReportWords.oneDecimal($0) } ?? "-"
      let shownScore = question.shown.map { ReportWords.oneDecimal($0) } ?? "-"
      let source = ReportWords.restsOn(
        ReportContent.shown(question, documents: scorecard.documents, artefacts: content.artefacts))
      lines.append(
        "| \(MarkdownText.cell(prompt)) | \(MarkdownText.cell(lens.title)) | \(said) | \(shownScore) | "
          + "\(MarkdownText.cell(source)) |")
    }
    lines.append("")
    lines.append(
      "Scores are on the \(method.scaleText) scale; a question with reviewer evidence is scored from it.")
    return lines
  }

  /// The critical questions that rest on what was said alone, with their lens.
  func assertedCritical() -> [String] {
    let ids = scorecard.criticalAssertedOnly
    guard !ids.isEmpty else { return [] }
    var lines = ["", "## Critical questions resting on what was said alone", ""]
    lines.append(
      "No document or observation with a score was recorded for these critical questions; what is known of "
        + "them is what stakeholders said:")
    lines.append("")
    for lens in scorecard.lenses {
      for question in lens.questions where ids.contains(question.id) {
        let prompt = rubric.question(id: question.id)?.prompt ?? question.id
        lines.append("- *\(MarkdownText.inline(prompt))* (\(MarkdownText.inline(lens.title)))")
      }
    }
    return lines
  }

  // MARK: Words

  func ratingParagraph(_ lens: LensScore) -> String {
    let method = scorecard.method
    let score = lens.score.map { "Score \(ReportWords.score($0, of: method))" } ?? "No score"
    var text =
      "**Rating: \(ReportWords.rating(lens.rating).lowercased()).** \(score) from \(lens.respondents) "
      + "\(lens.respondents == 1 ? "respondent" : "respondents"); coverage \(Scoring.percent(lens.coverage))."
    if !lens.criticalBelow.isEmpty, lens.computedRating == .unsound {
      text += " A critical question scored below the at-risk band."
    }
    if !lens.insufficientBecause.isEmpty {
      text +=
        " Too little evidence to judge: "
        + ReasonWords.insufficiency(of: lens).joined(separator: "; ") + "."
    }
    text += " " + ReportWords.evidenceStrength(lens)
    if let adjustment = lens.adjustment {
      text +=
        " The reviewers adjusted the rating on \(adjustment.date.prefix(10)) from "
        + "\(ReportWords.rating(lens.computedRating).lowercased()) (computed) to "
        + "\(ReportWords.rating(adjustment.rating).lowercased()): \(MarkdownText.inline(adjustment.reason))"
      // The words of the method, with the question each id stands for.
      let despite = zip(ReasonWords.adjustedDespiteCritical(of: lens), lens.adjustedDespiteCritical).map {
        words, id in
        MarkdownText.inline(words)
          + (rubric.question(id: id).map { " (*\(MarkdownText.inline($0.prompt))*)" } ?? "")
      }
      if !despite.isEmpty {
        let sentenceText = ReportWords.sentence(despite)
        text +=
          (text.hasSuffix(".") ? " " : ". ") + sentenceText.prefix(1).uppercased()
          + sentenceText.dropFirst() + "."
      }
      if lens.adjustmentUnconfirmed {
        text +=
          " The adjustment was recorded before that question fell below the at-risk band, and the reviewers "
          + "have not confirmed it since."
      }
    }
    return text
  }

  func ends(_ sources: [String]) -> String {
    let told = sources.filter { Self.informs($0) }.map(MarkdownText.inline)
    guard !told.isEmpty else { return "" }
    // A role shown beside others left unnamed must not read as the whole end.
    let others = told.count < sources.count ? ["others"] : []
    return " (" + ReportWords.sentence(told + others) + ")"
  }

  /// Whether the report leaves out some source because it would only say "a stakeholder".
  var leavesOutPooledSources: Bool {
    let pooled = { (source: String?) in source == Attributor.pooledLabel }
    let findings = content.findingsByLens.values.joined()
    let disagreements = content.disagreementsByLens.values.joined()
    let quoted = { (finding: ReportContent.Finding) in
      finding.evidence + (finding.conflict.map { $0.lowQuotes + $0.highQuotes } ?? [])
    }
    return findings.contains { quoted($0).contains { pooled($0.source) } }
      || disagreements.contains { ($0.minSources + $0.maxSources).contains(where: pooled) }
      || content.statements.contains { pooled($0.source) }
  }
}
