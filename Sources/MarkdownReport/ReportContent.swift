import ArtefactReading
import Foundation
import RubricEngine

/// What a client report says, worked out once from the scorecard and the interviews, and then written as
/// Markdown or JSON: findings ranked by severity, evidence quotes attributed as the confidentiality rule
/// allows, contested questions, outcome statements and owners.
public struct ReportContent: Sendable {
  /// A quote from an interview, with its source as the attribution rule shows it (`nil`: unattributed).
  public struct Quote: Sendable, Equatable, Encodable {
    public var text: String
    public var source: String?
  }

  /// What a document or an observation showed the reviewers on a finding's question.
  public struct Shown: Sendable, Equatable, Encodable {
    public var source: EvidenceSource
    /// The document's title, for document evidence (or observed evidence that names one).
    public var document: String?
    public var version: String?
    public var documentDate: String?
    public var score: Int?
    public var note: String
    /// The title of the imported artefact whose measure it is, for observed evidence an artefact gave.
    public var artefact: String?
  }

  /// The two ends of a critical question whose accounts conflict (`ConflictRule`): the scores and what
  /// was said at each, attributed as the report is.
  public struct Conflict: Sendable, Equatable, Encodable {
    public var low: Int
    public var high: Int
    public var lowQuotes: [Quote]
    public var highQuotes: [Quote]
  }

  /// A question that is a finding (`FindingRule`: below the threshold, said vs shown, or accounts in
  /// conflict), with the rubric's finding and recommendation, the evidence heard and the evidence shown.
  public struct Finding: Sendable, Equatable, Encodable {
    public var lens: String
    public var lensTitle: String
    public var question: String
    public var prompt: String
    public var critical: Bool
    /// The question's score: what was shown when there is any, otherwise what was said.
    public var score: Double
    public var finding: String
    public var recommendation: String
    public var evidence: [Quote]
    /// The interviews' mean.
    public var said: Double?
    /// The mean of the reviewer evidence scores, when any carries a score.
    public var shown: Double?
    /// Where the score comes from: `said`, `document` or `observed`.
    public var source: EvidenceSource
    /// How many interviewees scored it.
    public var saidBy: Int
    public var saidVsShown: Bool
    public var accountsConflict: Bool
    /// Whether the reviewer evidence's own scores are the contested spread or more apart.
    public var shownDisagrees: Bool
    /// What the reviewer evidence on the question shows.
    public var shownBy: [Shown]
    /// Who said what at each end, when accounts conflict.
    public var conflict: Conflict?
  }

  /// A contested question (`ContestedRule`), with who stood at each end.
  public struct Disagreement: Sendable, Equatable, Encodable {
    public var lens: String
    public var question: String
    public var prompt: String
    public var min: Int
    public var max: Int
    public var minSources: [String]
    public var maxSources: [String]
    /// Every score given, lowest first.
    public var scores: [Int]
  }

  /// An outcome statement as given, with its source and the checker's reading.
  public struct Statement: Sendable, Equatable {
    public var text: String
    public var source: String?
    public var assessment: OutcomeAssessment
  }

  public let review: Review
  public let rubric: Rubric
  public let scorecard: Scorecard
  public let interviews: [Interview]
  public let attribution: Attribution
  /// Findings of every lens, each lens's critical questions first, then the lowest scores.
  public let findingsByLens: [String: [Finding]]
  public let disagreementsByLens: [String: [Disagreement]]
  public let statements: [Statement]
  /// The programme's work imported as evidence (`integrity artefact import`), in id order.
  public let artefacts: [StoredArtefact]
  /// The review's outcome chain (`integrity chain`), empty when none was drafted, and its problems.
  public let chain: OutcomeChain
  public let chainProblems: [ChainProblem]

  /// `problems` numbered as the chain is read: the chain's own first, then by the node as
  /// `OutcomeChain.readingOrder` reaches it, each node's in the order the check found them.
  static func inReadingOrder(_ problems: [ChainProblem], chain: OutcomeChain) -> [ChainProblem] {
    let order = chain.readingOrder()
    let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return problems.enumerated().sorted { left, right in
      let a = left.element.node.map { position[$0] ?? order.count } ?? -1
      let b = right.element.node.map { position[$0] ?? order.count } ?? -1
      return a != b ? a < b : left.offset < right.offset
    }.map(\.element)
  }

  /// The words shown for an owner: the title of the rubric's role with that id, or the owner as written.
  public func ownerName(_ owner: String) -> String { rubric.role(id: owner)?.title ?? owner }

  /// Quotes shown under one finding at most.
  public static let quotesPerFinding = 3

  /// Whether no lens has the respondents the method needs to judge it (`EvidenceRule`): a report of such a
  /// review is only a draft.
  public var lacksRespondentsEverywhere: Bool {
    scorecard.lenses.allSatisfy { !EvidenceRule.hasEnoughRespondents($0, method: scorecard.method) }
  }

  /// Works out the report's content from the review's scorecard (`Scoring.scorecard` of the same rubric,
  /// interviews and adjustments): the report renders the scorecard and never scores.
  public init(
    review: Review, rubric: Rubric, scorecard: Scorecard, interviews: [Interview], attribution: Attribution,
    artefacts: [StoredArtefact] = [], chain: OutcomeChain = OutcomeChain()
  ) {
    self.artefacts = artefacts
    self.chain = chain
    chainProblems = Self.inReadingOrder(ChainCheck.problems(chain), chain: chain)
    self.review = review
    self.rubric = rubric
    let sorted = Interview.sortedByName(interviews)
    self.interviews = sorted
    self.attribution = attribution
    self.scorecard = scorecard
    let attributor = attribution.attributor(rubric: rubric, interviews: sorted)
    var findings: [String: [Finding]] = [:]
    var disagreements: [String: [Disagreement]] = [:]
    let quotes = Self.quotes(
      for: Set(scorecard.lenses.flatMap { $0.questions.filter(\.isFinding).map(\.id) }), interviews: sorted,
      attributor: attributor)
    let conflicts = Self.conflicts(
      scorecard.lenses.flatMap { $0.questions.filter(\.accountsConflict) }, interviews: sorted,
      attributor: attributor)
    for lens in scorecard.lenses {
      guard let rubricLens = rubric.lens(id: lens.id) else { continue }
      var lensFindings: [Finding] = []
      for question in lens.questions {
        guard question.isFinding, let mean = question.mean,
          let rubricQuestion = rubricLens.questions.first(where: { $0.id == question.id })
        else { continue }
        lensFindings.append(
          Finding(
            lens: lens.id, lensTitle: lens.title, question: question.id, prompt: rubricQuestion.prompt,
            critical: question.critical, score: mean,
            finding: rubricQuestion.finding ?? rubricQuestion.prompt,
            recommendation: rubricQuestion.recommendation ?? "",
            evidence: quotes[question.id] ?? [], said: question.said, shown: question.shown,
            source: question.source, saidBy: question.scores.count, saidVsShown: question.saidVsShown,
            accountsConflict: question.accountsConflict, shownDisagrees: question.shownDisagrees,
            shownBy: Self.shown(question, documents: scorecard.documents, artefacts: artefacts),
            conflict: conflicts[question.id]))
      }
      findings[lens.id] = lensFindings.enumerated().sorted { lhs, rhs in
        let left = (lhs.element.critical ? 0 : 1, lhs.element.score, lhs.offset)
        let right = (rhs.element.critical ? 0 : 1, rhs.element.score, rhs.offset)
        return left < right
      }.map(\.element)
      disagreements[lens.id] = lens.contested.compactMap { contested in
        guard let question = lens.questions.first(where: { $0.id == contested.question }),
          let prompt = rubricLens.questions.first(where: { $0.id == contested.question })?.prompt
        else { return nil }
        let ends = { (score: Int) in
          Self.unique(
            question.scores.filter { $0.score == score }.compactMap {
              attributor.source(name: $0.name, role: $0.role, question: question.id)
            })
        }
        return Disagreement(
          lens: lens.id, question: contested.question, prompt: prompt, min: contested.min, max: contested.max,
          minSources: ends(contested.min), maxSources: ends(contested.max),
          scores: question.scores.map(\.score).sorted())
      }
    }
    findingsByLens = findings
    disagreementsByLens = disagreements
    statements = scorecard.outcomes.statements.map { statement in
      Statement(
        text: statement.text,
        source: attributor.source(name: statement.name, role: statement.role, question: statement.question),
        assessment: statement.assessment)
    }
  }

  /// The evidence for each finding's question: what those who scored it lowest said, then the others. Among
  /// equal scores, by names the interviewees come in name order; otherwise by source and text, so that the
  /// order cannot be matched against a list of who was interviewed. One pass over the interviews.
  static func quotes(for questions: Set<String>, interviews: [Interview], attributor: Attributor) -> [String:
    [Quote]]
  {
    var answers: [String: [(score: Int, quote: Quote)]] = [:]
    for interview in interviews {
      for question in questions {
        guard let answer = interview.answers[question], answer.status == .scored, let text = answer.text,
          !text.allSatisfy(\.isWhitespace)
        else { continue }
        let source = attributor.source(name: interview.name, role: interview.role, question: question)
        answers[question, default: []].append((answer.score ?? 0, Quote(text: text, source: source)))
      }
    }
    let byName = attributor.attribution == .names
    let key = { (item: (offset: Int, element: (score: Int, quote: Quote))) in
      byName
        ? (item.element.score, "", "", item.offset)
        : (item.element.score, item.element.quote.source ?? "", item.element.quote.text, item.offset)
    }
    return answers.mapValues { given in
      given.enumerated().smallest(quotesPerFinding) { key($0) < key($1) }.map(\.element.quote)
    }
  }

  /// What the reviewer evidence on `question` shows, scored entries first, with the documents' titles.
  static func shown(_ question: QuestionScore, documents: [ReviewDocument], artefacts: [StoredArtefact])
    -> [Shown]
  {
    let ordered = question.evidence.filter { $0.score != nil } + question.evidence.filter { $0.score == nil }
    return ordered.map { entry in
      let document = entry.document.flatMap { id in documents.first { $0.id == id } }
      let artefact = entry.artefact.map { id in artefacts.first { $0.id == id }?.title ?? id }
      return Shown(
        source: entry.source, document: document?.title ?? entry.document, version: document?.version,
        documentDate: document?.date, score: entry.score, note: entry.note, artefact: artefact)
    }
  }

  /// The ends of each question whose accounts conflict: the lowest and highest scores, with up to
  /// `quotesPerEnd` quotes from those who gave each, ordered as `quotes(for:)` orders them.
  static func conflicts(_ questions: [QuestionScore], interviews: [Interview], attributor: Attributor)
    -> [String: Conflict]
  {
    var found: [String: Conflict] = [:]
    for question in questions {
      let given = question.scores.map(\.score)
      guard let low = given.min(), let high = given.max() else { continue }
      var ends: [Int: [(offset: Int, quote: Quote)]] = [:]
      for (offset, interview) in interviews.enumerated() {
        guard let answer = interview.answers[question.id], answer.status == .scored,
          let score = answer.score, score == low || score == high, let text = answer.text,
          !text.allSatisfy(\.isWhitespace)
        else { continue }
        let source = attributor.source(name: interview.name, role: interview.role, question: question.id)
        ends[score, default: []].append((offset, Quote(text: text, source: source)))
      }
      let byName = attributor.attribution == .names
      let pick = { (score: Int) -> [Quote] in
        (ends[score] ?? []).smallest(quotesPerEnd) { lhs, rhs in
          byName
            ? lhs.offset < rhs.offset
            : (lhs.quote.source ?? "", lhs.quote.text, lhs.offset) < (
              rhs.quote.source ?? "", rhs.quote.text, rhs.offset
            )
        }.map(\.quote)
      }
      found[question.id] = Conflict(low: low, high: high, lowQuotes: pick(low), highQuotes: pick(high))
    }
    return found
  }

  /// Quotes shown at each end of conflicting accounts.
  public static let quotesPerEnd = 2

  /// `values` without repeats, in the order they first come.
  static func unique(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
  }

  // MARK: Summary

  /// One line of the executive summary's most severe findings.
  public struct Headline: Sendable, Equatable, Encodable {
    public var title: String
    public var lens: String
    public var detail: String
    public var recommendation: String
  }

  /// The most severe findings, at most `headlineLimit`: where what was shown contradicts what was said
  /// first (critical questions, then the widest gaps), then no measurable outcome and disagreement on the
  /// owner (outcome clarity is the gate), then critical questions, then the lowest scores, gate lens first
  /// on ties.
  public var headlines: [Headline] {
    var lines: [Headline] = []
    // What was shown contradicting what was said comes first: seed 000's green status reports.
    let gaps = scorecard.lenses.flatMap { findingsByLens[$0.id] ?? [] }.filter(\.saidVsShown)
    let rankedGaps = gaps.enumerated().sorted { lhs, rhs in
      let gap = { (finding: Finding) in abs((finding.said ?? 0) - (finding.shown ?? 0)) }
      return (lhs.element.critical ? 0 : 1, -gap(lhs.element), lhs.offset)
        < (rhs.element.critical ? 0 : 1, -gap(rhs.element), rhs.offset)
    }.map(\.element)
    for finding in rankedGaps.prefix(Self.headlineLimit) {
      lines.append(
        Headline(
          title: finding.finding, lens: finding.lensTitle,
          detail: ReportWords.saidVsShownDetail(finding, scorecard.method),
          recommendation: finding.recommendation))
    }
    let gateTitle = rubric.gateLens?.title ?? "Outcome clarity"
    let outcomes = scorecard.outcomes
    if !outcomes.questions.isEmpty, outcomes.measurable == 0 {
      lines.append(
        Headline(
          title: ReportWords.noMeasurableOutcomeTitle, lens: gateTitle,
          detail: ReportWords.noMeasurableOutcomeDetail(outcomes),
          recommendation: recommendation(of: outcomes.questions)))
    }
    let owners = scorecard.owners
    if !owners.questions.isEmpty, !owners.agreed {
      lines.append(
        Headline(
          title: ReportWords.ownerTitle(owners), lens: gateTitle, detail: ReportWords.ownerDetail(owners),
          recommendation: recommendation(of: owners.questions)))
    }
    let gateID = rubric.gateLens?.id
    let ranked = scorecard.lenses.flatMap { findingsByLens[$0.id] ?? [] }.enumerated().sorted { lhs, rhs in
      let left = (
        lhs.element.critical ? 0 : 1, lhs.element.score, lhs.element.lens == gateID ? 0 : 1, lhs.offset
      )
      let right = (
        rhs.element.critical ? 0 : 1, rhs.element.score, rhs.element.lens == gateID ? 0 : 1, rhs.offset
      )
      return left < right
    }.map(\.element)
    for finding in ranked where lines.count < Self.headlineLimit && !finding.saidVsShown {
      lines.append(
        Headline(
          title: finding.finding, lens: finding.lensTitle,
          detail: ReportWords.findingDetail(finding, scorecard.method),
          recommendation: ReportWords.recommendation(finding)))
    }
    return lines
  }

  /// The questions an artefact's evidence bears on, with what was said and what it shows: those where
  /// the two are the contested spread or more apart first.
  public func artefactQuestions(_ artefact: StoredArtefact) -> [QuestionScore] {
    let questions = scorecard.lenses.flatMap(\.questions).filter { question in
      question.evidence.contains { $0.artefact == artefact.id }
    }
    return questions.filter(\.saidVsShown) + questions.filter { !$0.saidVsShown }
  }

  /// Items of `artefact` to show as examples of a class: the first `examplesPerClass` in the export's order.
  public func examples(_ artefact: StoredArtefact, where include: (ArtefactItem) -> Bool) -> [ArtefactItem] {
    Array(artefact.items.lazy.filter(include).prefix(Self.examplesPerClass))
  }

  /// How many example items the report shows of each class.
  public static let examplesPerClass = 5

  /// The most findings the executive summary leads with.
  public static let headlineLimit = 5

  /// The rubric's recommendation for what the first of `questions` that has one found: the words are the
  /// rubric's, so a firm's rubric owns them.
  func recommendation(of questions: [String]) -> String {
    questions.lazy.compactMap { self.rubric.question(id: $0)?.recommendation }.first ?? ""
  }

  /// What must become true before the commitment: the recommendations of the headlines, then evidence to
  /// gather for lenses that cannot be judged.
  public var conditions: [String] {
    var items = headlines.map(\.recommendation).filter { !$0.isEmpty }
    for lens in scorecard.lenses where lens.rating == .insufficientEvidence {
      items.append(ReportWords.evidenceToGather(lens, method: scorecard.method))
    }
    return items
  }
}
