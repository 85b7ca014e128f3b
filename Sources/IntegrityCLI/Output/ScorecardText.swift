import Foundation
import RubricEngine
import TerminalInterview

/// The text of `integrity score`: the lens table with bars, the contested questions, the owners and outcome
/// statements named, and the verdict; and the arithmetic of one lens for `--explain`.
enum ScorecardText {
  /// The widest the score bars are drawn; narrower screens get shorter bars, or none below `minimumBarWidth`.
  static let barWidth = 16
  static let minimumBarWidth = 4

  /// - Parameter folder: the review's folder as given on the command line, quoted for the shell.
  static func render(
    _ card: Scorecard, review: Review, rubric: Rubric, folder: String = "DIR",
    width: Int = ScreenText.defaultWidth
  ) -> String {
    var lines: [String] = []
    lines.append("\(TerminalText.visible(review.client)) · \(TerminalText.visible(review.program))")
    lines.append("Decision: \(TerminalText.visible(review.decision))")
    lines.append(
      "\(card.interviewCount) \(card.interviewCount == 1 ? "interview" : "interviews") · rubric \(rubric.id) \(rubric.version)"
    )
    lines.append("")
    let adjusted = card.lenses.filter { $0.adjustment != nil }
    lines += lensTable(card, width: width)
    lines.append("")
    lines += idLines(card.lenses.map(\.id), folder: folder)
    if !adjusted.isEmpty {
      lines.append("")
      lines.append("* Adjusted by the reviewers:")
      for lens in adjusted {
        guard let adjustment = lens.adjustment else { continue }
        lines.append(
          "  \(lens.title): \(adjustment.rating.rawValue), computed \(lens.computedRating.rawValue) "
            + "(\(adjustment.date.prefix(10))): \(TerminalText.visible(adjustment.reason))")
        lines += ReasonWords.adjustedDespiteCritical(of: lens).map { "    " + $0 }
        if lens.adjustmentUnconfirmed {
          lines.append(
            "    not confirmed: recorded before the critical question fell below the at-risk band; confirm it "
              + "with --despite-critical, or clear it:")
          lines.append(
            "    integrity adjust \(folder) --lens \(lens.id) --rating \(adjustment.rating.rawValue) --why TEXT "
              + "--despite-critical")
        }
      }
    }
    let gaps = card.lenses.flatMap { lens in lens.questions.filter(\.saidVsShown).map { (lens, $0) } }
    if !gaps.isEmpty {
      lines.append("")
      lines.append(
        "Said vs shown (\(card.method.contestedSpread) or more apart; the score is what was shown): \(gaps.count)"
      )
      for (lens, question) in gaps {
        let place = ReasonWords.shownWhere(question, documents: card.documents)
        lines.append(
          "  \(question.id) (\(lens.title)): \(ReasonWords.saidAndShown(question))"
            + (place.map { " " + TerminalText.visible($0) } ?? ""))
      }
    }
    let evidenced = card.lenses.flatMap { lens in lens.questions.filter { $0.shown != nil }.map { (lens, $0) }
    }
    if !evidenced.isEmpty {
      lines.append("")
      lines.append("Shown by reviewer evidence (the score is what was shown): \(evidenced.count)")
      for (lens, question) in evidenced {
        lines.append(
          "  \(question.id) (\(lens.title)): \(ReasonWords.saidAndShown(question)), \(question.source.rawValue)"
        )
      }
    }
    let split = card.lenses.flatMap { lens in lens.questions.filter(\.shownDisagrees).map { (lens, $0) } }
    if !split.isEmpty {
      lines.append("")
      lines.append(
        "Shown evidence disagrees (\(card.method.contestedSpread) or more apart; the score is its mean): \(split.count)"
      )
      for (lens, question) in split {
        let scores = question.evidence.compactMap(\.score).sorted().map(String.init).joined(separator: ", ")
        lines.append("  \(question.id) (\(lens.title)): shown \(scores)")
      }
    }
    let conflicts = card.lenses.flatMap { lens in lens.questions.filter(\.accountsConflict).map { (lens, $0) }
    }
    if !conflicts.isEmpty {
      lines.append("")
      lines.append("Accounts conflict on critical questions: \(conflicts.count)")
      for (lens, question) in conflicts {
        let contested = lens.contested.first { $0.question == question.id }
        let ends = contested.map {
          "\($0.min) from \($0.minRoles.joined(separator: ", ")); \($0.max) from \($0.maxRoles.joined(separator: ", "))"
        }
        lines.append("  \(question.id) (\(lens.title)): \(ends ?? "contested")")
        lines.append("    establish the fact from a document (integrity evidence add)")
      }
    }
    let contested = card.lenses.flatMap { lens in lens.contested.map { (lens, $0) } }
    if !contested.isEmpty {
      lines.append("")
      lines.append(
        "Contested questions (scores \(card.method.contestedSpread) or more apart): \(contested.count)")
      for (lens, question) in contested {
        lines.append(
          "  \(question.question) (\(lens.title)): \(question.min) from \(question.minRoles.joined(separator: ", ")); "
            + "\(question.max) from \(question.maxRoles.joined(separator: ", "))")
      }
    }
    lines.append("")
    lines += ownerLines(card.owners)
    lines += outcomeLines(card.outcomes)
    lines.append("")
    lines.append("Verdict: \(card.verdict.words.uppercased()) (\(card.verdict.rawValue))")
    lines += ReasonWords.verdictReasons(of: card).map { "  " + $0 }
    lines.append(
      "Delivery confidence: \(card.deliveryConfidence.words.uppercased())"
        + (card.confidenceAdjustment == nil
          ? "" : " (adjusted; computed \(card.computedDeliveryConfidence.words))"))
    if let adjustment = card.confidenceAdjustment {
      lines.append("  Why: " + TerminalText.visible(adjustment.reason))
    }
    lines.append("  " + card.deliveryConfidence.meaning)
    return ScreenText.fit(lines, width: width).joined(separator: "\n") + "\n"
  }

  /// The lens table, with score bars as wide as the screen leaves room for (at most `barWidth`).
  static func lensTable(_ card: Scorecard, width: Int) -> [String] {
    func table(bar: Int) -> TextTable {
      var rows = [["Lens", "Score"] + (bar > 0 ? [""] : []) + ["Rating", "Coverage", "People", "Evidence"]]
      for lens in card.lenses {
        rows.append(
          [lens.title + (lens.gate ? " (gate)" : ""), lens.score.map { String(format: "%.1f", $0) } ?? "-"]
            + (bar > 0 ? [Self.bar(lens.score, of: card.method, width: bar)] : [])
            + [
              ratingText(lens), Scoring.percent(lens.coverage), String(lens.respondents),
              ReasonWords.evidenceStrength(of: lens),
            ])
      }
      return TextTable(rows: rows, rightAligned: bar > 0 ? [1, 4, 5] : [1, 3, 4])
    }
    let plain = table(bar: 0).render(width: .max)
    let room = width - (plain.map { DisplayWidth.of($0) }.max() ?? 0) - 2
    let bar = min(barWidth, room)
    return table(bar: bar >= minimumBarWidth ? bar : 0).render(width: width)
  }

  /// The lens ids, for `--explain`, wrapped to 80 columns.
  static func idLines(_ ids: [String], folder: String) -> [String] {
    [
      "To see how a lens was scored: integrity score \(folder) --explain ID",
      "  where ID is one of " + ids.joined(separator: ", "),
    ]
  }

  static func ownerLines(_ owners: OwnerAgreement) -> [String] {
    guard !owners.questions.isEmpty else { return [] }
    let unknown = owners.unnamed.reduce(0) { $0 + $1.mentions }
    let unsure =
      unknown == 0
      ? ""
      : " \(unknown) named no owner (\""
        + owners.unnamed.map { TerminalText.visible($0.name) }.joined(separator: "\", \"") + "\")."
    guard !owners.names.isEmpty else { return ["Accountable owner: nobody named one." + unsure] }
    let list = owners.names.map { "\(TerminalText.visible($0.name)) (\($0.mentions))" }.joined(
      separator: ", ")
    if owners.agreed { return ["Accountable owner: \(list), named by everyone who answered."] }
    return [
      "Accountable owner: \(owners.distinct) different \(owners.distinct == 1 ? "person" : "people") named: \(list)."
        + unsure + " No single owner."
    ]
  }

  static func outcomeLines(_ outcomes: OutcomeAgreement) -> [String] {
    guard !outcomes.questions.isEmpty else { return [] }
    let given = outcomes.statements.count
    return [
      "Outcome statements: \(given) given, \(outcomes.distinct) different, \(outcomes.measurable) of them measurable."
    ]
  }

  /// The rating, marked `*` when the reviewers adjusted it (the adjustments are listed under the table).
  static func ratingText(_ lens: LensScore) -> String {
    lens.rating.rawValue + (lens.adjustment != nil ? "*" : "")
  }

  static func bar(_ score: Double?, of method: Method, width: Int = barWidth) -> String {
    guard let score else { return String(repeating: "·", count: width) }
    let filled = min(width, max(0, Int((score / method.maximumScore * Double(width)).rounded())))
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
  }

  /// The reviewer's evidence of the lens, question by question, its evidence strength, and the
  /// said-vs-shown gaps and conflicting accounts.
  static func evidenceLines(_ lens: LensScore, method: Method, documents: [ReviewDocument]) -> [String] {
    var lines = [
      "Evidence strength = the weight of questions scored from documents or observation / the weight of "
        + "every scale question = \(ReasonWords.evidenceStrength(of: lens))."
    ]
    let evidenced = lens.questions.filter { !$0.evidence.isEmpty }
    if !evidenced.isEmpty {
      lines.append("Reviewer evidence (not a respondent: it never counts toward respondents or coverage):")
      for question in evidenced {
        for entry in question.evidence {
          let place =
            entry.document.map { id in documents.first { $0.id == id }?.title ?? id }.map { " (\($0))" } ?? ""
          lines.append(
            "  \(question.id) · \(entry.id == ChainShown.evidenceID ? "the outcome chain" : "\(entry.id).") \(entry.source.rawValue)\(TerminalText.visible(place)) · "
              + (entry.score.map { "score \($0)" } ?? "no score") + " · \(entry.date): "
              + TerminalText.visible(entry.note))
        }
      }
    }
    for question in lens.questions where question.saidVsShown {
      lines.append(
        "Said vs shown on \(question.id): \(ReasonWords.saidAndShown(question)), \(method.contestedSpread) or "
          + "more apart; the question is scored from what was shown.")
    }
    for question in lens.questions where question.shownDisagrees {
      let scores = question.evidence.compactMap(\.score).sorted().map(String.init).joined(separator: ", ")
      lines.append(
        "Shown evidence disagrees on \(question.id): \(scores), \(method.contestedSpread) or more apart; the "
          + "score is their mean until the reviewers settle it.")
    }
    for question in lens.questions where question.accountsConflict {
      lines.append(
        "Accounts conflict on \(question.id), a critical question: a finding whatever its mean, until a "
          + "document or an observation with a score establishes the fact.")
    }
    return lines
  }

  /// A score with two decimals, "-" for none.
  static func twoDecimals(_ value: Double?) -> String {
    value.map { String(format: "%.2f", $0) } ?? "-"
  }

  static func number(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(format: "%.2f", value)
  }

  // MARK: - Explain

  /// - Parameter documents: the review's register, for the titles of the documents evidence cites.
  static func explain(
    _ lens: LensScore, method: Method, rubric: Rubric, documents: [ReviewDocument] = [], lift: String? = nil,
    width: Int = ScreenText.defaultWidth
  ) -> String {
    var lines: [String] = []
    lines.append("\(lens.title) (\(lens.id))" + (lens.gate ? " · the gate lens" : ""))
    lines.append("")
    let shows = lens.questions.contains { !$0.evidence.isEmpty }
    var table = [
      ["Question", "Weight", "Critical", "Scores (role)", "N/A", "Skipped", shows ? "Said" : "Mean"]
    ]
    for question in lens.questions {
      // By role as the attribution rule allows (`RespondentScore.shownRole`); a score nobody may be named for
      // stands alone, and so does a pooled one ("a stakeholder 1, a stakeholder 2" says nothing more).
      let scores = question.scores.map {
        [$0.shownRole.flatMap { $0 == Attributor.pooledLabel ? nil : $0 }, String($0.score)].compactMap { $0 }
          .joined(separator: " ")
      }
      .joined(separator: ", ")
      table.append([
        question.id, number(question.weight), question.critical ? "yes" : "",
        scores.isEmpty ? "none" : scores,
        String(question.notApplicable), String(question.skipped),
        twoDecimals(question.said),
      ])
    }
    lines += TextTable(rows: table, rightAligned: [1, 4, 5, 6], wrapping: 3).render(width: width)
    if shows {
      // What was said beside what was shown, for the questions with reviewer evidence.
      var scored = [["Question", "Said", "Shown", "Score", "Source"]]
      for question in lens.questions where !question.evidence.isEmpty {
        scored.append([
          question.id, twoDecimals(question.said), twoDecimals(question.shown), twoDecimals(question.mean),
          question.source.rawValue,
        ])
      }
      lines.append("")
      lines += TextTable(rows: scored, rightAligned: [1, 2, 3]).render(width: width)
    }
    lines.append("")
    lines.append(
      "Question score: the mean of the \(method.scaleText) scores given; not applicable and skipped "
        + "answers are left out."
        + (shows
          ? " Where reviewer evidence carries a score, the question is scored from it (shown), the mean of "
            + "its scores; what the interviewees said is kept beside it."
          : ""))
    lines += evidenceLines(lens, method: method, documents: documents)
    let scored = lens.questions.filter { $0.mean != nil }
    if let score = lens.score {
      let terms = scored.map { "\(number($0.weight)) × \(String(format: "%.2f", $0.mean ?? 0))" }.joined(
        separator: " + ")
      let weights = scored.map { number($0.weight) }.joined(separator: " + ")
      let sum = scored.reduce(0) { $0 + $1.weight * ($1.mean ?? 0) }
      let total = scored.reduce(0) { $0 + $1.weight }
      lines.append("Lens score = (\(terms)) / (\(weights))")
      lines.append(
        "           = \(String(format: "%.2f", sum)) / \(number(total)) = \(String(format: "%.2f", score))")
    } else {
      lines.append("Lens score: none; no question has a score.")
    }
    let bands = rubric.bands.map { "\($0.rating.rawValue) from \(String(format: "%.1f", $0.min))" }.joined(
      separator: ", ")
    if let band = lens.bandRating, let score = lens.score {
      lines.append(
        "Band: \(band.rawValue), the first band whose minimum is at or below \(String(format: "%.2f", score)) (\(bands))."
      )
    }
    let atRisk = BandRule.atRiskMinimum(rubric.bands)
    let critical = lens.questions.filter(\.critical)
    if !critical.isEmpty {
      let list = critical.map { "\($0.id) \($0.mean.map { String(format: "%.2f", $0) } ?? "-")" }.joined(
        separator: ", ")
      lines.append(
        "Critical questions (a mean below \(String(format: "%.1f", atRisk)), the at-risk minimum, makes the lens unsound): \(list)"
          + (lens.criticalBelow.isEmpty
            ? "; none below." : "; below: \(lens.criticalBelow.joined(separator: ", ")).")
      )
    }
    lines.append(
      "Coverage = \(lens.answeredCount) scale answers scored or n/a / \(lens.askedCount) asked = "
        + "\(String(format: "%.2f", lens.coverage)) (at least \(String(format: "%.2f", method.minimumCoverage)) needed)"
    )
    lines.append(
      "Respondents with a score: \(lens.respondents) (at least \(method.minimumRespondents) needed)")
    if !lens.insufficientBecause.isEmpty {
      lines.append(
        "Insufficient evidence, which comes before every other rating: "
          + ReasonWords.insufficiency(of: lens).joined(separator: "; ") + ".")
    }
    lines.append("Computed rating: \(lens.computedRating.rawValue)")
    if let adjustment = lens.adjustment {
      lines.append(
        "Adjusted rating: \(adjustment.rating.rawValue), recorded \(adjustment.date.prefix(10)): "
          + "\"\(TerminalText.visible(adjustment.reason))\"")
      lines += ReasonWords.adjustedDespiteCritical(of: lens).map { "  " + $0 }
      if lens.adjustmentUnconfirmed {
        lines.append(
          "  Not confirmed: recorded before the critical question fell below the at-risk band; record it again "
            + "with --despite-critical, or clear it.")
      }
      if !adjustment.history.isEmpty {
        lines.append("Earlier adjustments of the lens, oldest first:")
        for record in adjustment.history {
          lines.append(
            "  \(record.rating.rawValue), recorded \(record.date.prefix(10))"
              + (record.despiteCritical ? ", despite a critical question" : "")
              + ": \"\(TerminalText.visible(record.reason))\"")
        }
      }
    }
    lines.append("Rating used for the verdict: \(lens.rating.rawValue)")
    if let lift { lines.append("What would lift it: " + TerminalText.visible(lift) + ".") }
    if !lens.contested.isEmpty {
      lines.append("")
      lines.append("Contested:")
      for question in lens.contested {
        lines.append(
          "  \(question.question): \(question.min) from \(question.minRoles.joined(separator: ", ")); "
            + "\(question.max) from \(question.maxRoles.joined(separator: ", "))")
      }
    }
    return ScreenText.fit(lines, width: width).joined(separator: "\n") + "\n"
  }
}
