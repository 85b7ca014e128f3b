import ReviewStore
import RubricEngine
import TerminalInterview

extension Command {
  /// `integrity adjust DIR --lens ID --rating RATING --why TEXT [--despite-critical]` (or `--clear`): a
  /// reviewer's judgement.
  static let adjust = Command(
    name: "adjust",
    summary: "Record (or clear) a reviewer's adjustment of a lens rating or of the delivery confidence",
    usage: "integrity adjust DIR --lens ID (--rating RATING --why TEXT [--despite-critical] | --clear)",
    arguments: [.reviewFolder],
    options: [
      .value("lens", "ID", .lens, help: "The lens to adjust: its id, its title or the start of either"),
      .value(
        "rating", "RATING", .choices(Rating.allCases.map(\.rawValue)),
        help: Rating.allCases.map(\.rawValue).joined(separator: ", ")),
      .value("why", "TEXT", .text, help: "The reason, in words the report can quote"),
      .flag(
        "despite-critical",
        help: "Rate the lens above what a critical question below the at-risk band allows, knowingly"),
      .flag("clear", help: "Remove the lens's adjustment"),
      .value(
        "confidence", "LEVEL", .choices(DeliveryConfidence.allCases.map(\.rawValue)),
        help: "Set the delivery confidence over the computed one: "
          + DeliveryConfidence.allCases.map(\.rawValue).joined(separator: ", ")),
      .flag("clear-confidence", help: "Remove the adjustment of the delivery confidence"),
    ],
    details: """
      The adjustment is recorded in review.json with the date. The verdict uses the adjusted rating;
      integrity score and the report show both the computed and the adjusted rating, and the reason.
      Adjusting a lens again keeps the earlier adjustment in its history (integrity score --explain).

      A critical question below the at-risk band makes its lens unsound. Rating such a lens sound or
      at-risk is refused unless given --despite-critical; the report and integrity score --explain then
      say "adjusted despite critical question ID scoring N", with the reason.

      The delivery confidence (Green, Amber/Green, Amber, Amber/Red, Red) is worked out from the verdict
      and the lens ratings. integrity adjust DIR --confidence LEVEL --why TEXT sets it otherwise, and
      every output shows both; integrity adjust DIR --clear-confidence removes that.

      Example:
        integrity adjust acme-review --lens lock-in --rating at-risk \\
          --why "Counsel confirmed the exit terms after the interviews"
        integrity adjust acme-review --confidence amber-red \\
          --why "The board has agreed to a paid pilot before the full contract"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let lensName = try arguments.option("lens")
    let ratingText = try arguments.option("rating")
    let why = try arguments.option("why").map { text throws(CommandError) in
      try acceptedText(text, rule: .reason, option: "--why", command: "adjust")
    }
    let despiteCritical = try arguments.flag("despite-critical")
    let clear = try arguments.flag("clear")
    let confidenceText = try arguments.option("confidence")
    let clearConfidence = try arguments.flag("clear-confidence")
    // A value outside an option's choices is named first, whatever else is wrong.
    if let ratingText, Rating(rawValue: ratingText) == nil {
      throw .usage(
        "unknown rating '\(TerminalText.visible(ratingText))'; use \(Rating.allCases.map(\.rawValue).joined(separator: ", "))",
        command: "adjust")
    }
    if let confidenceText, DeliveryConfidence(named: confidenceText) == nil {
      throw .usage(
        "unknown delivery confidence '\(TerminalText.visible(confidenceText))'; use "
          + DeliveryConfidence.allCases.map(\.rawValue).joined(separator: ", "), command: "adjust")
    }
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    if confidenceText != nil || clearConfidence {
      guard lensName == nil, ratingText == nil, !clear, !despiteCritical else {
        throw .usage(
          "--confidence and --clear-confidence take no --lens, --rating, --clear or --despite-critical",
          command: "adjust")
      }
      return try adjustConfidence(
        confidenceText, clear: clearConfidence, why: why, directory: directory, context: context)
    }
    guard let lensName else { throw .usage("--lens is required: which lens to adjust", command: "adjust") }
    if clear && (ratingText != nil || why != nil || despiteCritical) {
      throw .usage("--clear takes no --rating, --why or --despite-critical", command: "adjust")
    }
    let opened = try OpenReview(directory, context: context)
    let lens = try LensName.resolve(lensName, in: opened.rubric, option: "--lens", command: "adjust")
    let (lensID, title) = (lens.id, lens.title)
    var rating: Rating?
    if !clear {
      guard let ratingText else { throw .usage("--rating is required (or --clear)", command: "adjust") }
      rating = Rating(rawValue: ratingText)
      guard rating != nil else {
        throw .usage(
          "unknown rating '\(TerminalText.visible(ratingText))'; use \(Rating.allCases.map(\.rawValue).joined(separator: ", "))",
          command: "adjust")
      }
      guard let why, !why.isEmpty else {
        throw .usage(
          "--why is required: the reason for the adjustment, in words the report can quote", command: "adjust"
        )
      }
    }
    // Everything the new verdict needs is read first: a review that cannot be scored is not changed.
    let interviews = try opened.readableInterviews()
    let before = try opened.scorecard(interviews: interviews)
    if let rating, let computed = before.lens(lensID) {
      let overridden = CriticalRule.overridden(by: rating, criticalBelow: computed.criticalBelow)
      if !overridden.isEmpty && !despiteCritical {
        let scores = overridden.map { id in
          "\(id) scores \(computed.question(id)?.mean.map(ScorecardText.number) ?? "-")"
        }
        throw .failure(
          "\(title) has \(overridden.count == 1 ? "a critical question" : "critical questions") below the at-risk band "
            + "(\(scores.joined(separator: ", "))), so its rating is \(Rating.unsound.rawValue); nothing was "
            + "changed. To rate it \(rating.rawValue) knowingly, add --despite-critical: the report and "
            + "integrity score --explain will say so, with your reason")
      }
      if despiteCritical && overridden.isEmpty {
        throw .usage(
          "--despite-critical is for a rating above what a critical question allows; \(title) has no "
            + "critical question below the at-risk band at \(rating.rawValue)", command: "adjust")
      }
    }
    let adjustments: [Adjustment]
    let changed: Bool
    do throws(ReviewStoreError) {
      (adjustments, changed) = try opened.folder.updateReview(holder: "an adjustment") {
        review throws(ReviewStoreError) in
        if let rating, let why {
          let earlier = review.adjustments.first { $0.lens == lensID }
          review.adjustments.removeAll { $0.lens == lensID }
          review.adjustments.append(
            Adjustment(
              lens: lensID, rating: rating, reason: why, date: context.timestamp(),
              despiteCritical: despiteCritical,
              history: earlier.map { $0.history + [$0.record] } ?? []))
          review.adjustments.sort { $0.lens < $1.lens }
          return (review.adjustments, true)
        }
        let had = review.adjustments.contains { $0.lens == lensID }
        review.adjustments.removeAll { $0.lens == lensID }
        return (review.adjustments, had)
      }
    } catch {
      throw CommandError(error)
    }
    guard changed else {
      context.say("\(title) has no adjustment; nothing to clear.")
      return .success
    }
    let card = try opened.scorecard(interviews: interviews, adjustments: adjustments)
    if let lens = card.lens(lensID) {
      context.say(
        clear
          ? "Cleared the adjustment of \(title): its rating is the computed \(lens.computedRating.rawValue)."
          : "\(title): adjusted to \(lens.rating.rawValue) (computed \(lens.computedRating.rawValue)).")
    }
    context.say("Verdict: \(card.verdict.words) (\(card.verdict.rawValue)).")
    context.say("Saved in \(opened.folder.reviewPath).")
    context.say("Next: integrity score \(shellQuoted(directory))")
    return .success
  }

  /// `adjust DIR --confidence LEVEL --why TEXT` or `--clear-confidence`: the reviewers' delivery confidence.
  static func adjustConfidence(
    _ levelText: String?, clear: Bool, why: String?, directory: String, context: CommandContext
  ) throws(CommandError) -> ExitCode {
    if clear && (levelText != nil || why != nil) {
      throw .usage("--clear-confidence takes no --confidence or --why", command: "adjust")
    }
    var level: DeliveryConfidence?
    if let levelText {
      level = DeliveryConfidence(named: levelText)
      guard level != nil else {
        throw .usage(
          "unknown delivery confidence '\(TerminalText.visible(levelText))'; use "
            + DeliveryConfidence.allCases.map(\.rawValue).joined(separator: ", "), command: "adjust")
      }
      guard let why, !why.isEmpty else {
        throw .usage("--why is required: the reason, in words the report can quote", command: "adjust")
      }
    }
    let opened = try OpenReview(directory, context: context)
    let interviews = try opened.readableInterviews()
    _ = try opened.scorecard(interviews: interviews)
    let changed: Bool
    do throws(ReviewStoreError) {
      changed = try opened.folder.updateReview(holder: "an adjustment") { review throws(ReviewStoreError) in
        let had = review.confidenceAdjustment != nil
        review.confidenceAdjustment = level.map { level in
          ConfidenceAdjustment(level: level, reason: why ?? "", date: context.timestamp())
        }
        return level != nil || had
      }
    } catch {
      throw CommandError(error)
    }
    guard changed else {
      context.say("The delivery confidence has no adjustment; nothing to clear.")
      return .success
    }
    let reopened = try OpenReview(directory, context: context)
    let card = try reopened.scorecard(interviews: interviews)
    context.say(
      level == nil
        ? "Cleared the adjustment of the delivery confidence: it is the computed "
          + "\(card.computedDeliveryConfidence.words)."
        : "Delivery confidence: adjusted to \(card.deliveryConfidence.words) (computed "
          + "\(card.computedDeliveryConfidence.words)).")
    context.say("Saved in \(opened.folder.reviewPath).")
    context.say("Next: integrity score \(shellQuoted(directory))")
    return .success
  }
}
