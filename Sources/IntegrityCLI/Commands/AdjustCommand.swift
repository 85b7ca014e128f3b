import ReviewStore
import RubricEngine
import TerminalInterview

extension Command {
  /// `integrity adjust DIR --lens ID --rating RATING --why TEXT` (or `--clear`): a reviewer's judgement.
  static let adjust = Command(
    name: "adjust",
    summary: "Record (or clear) a reviewer's adjustment of a lens rating, with the reason",
    usage: "integrity adjust DIR --lens ID (--rating RATING --why TEXT | --clear)",
    arguments: [.reviewFolder],
    options: [
      .value("lens", "ID", .lens, help: "The lens to adjust: its id, its title or the start of either"),
      .value(
        "rating", "RATING", .choices(Rating.allCases.map(\.rawValue)),
        help: Rating.allCases.map(\.rawValue).joined(separator: ", ")),
      .value("why", "TEXT", .text, help: "The reason, in words the report can quote"),
      .flag("clear", help: "Remove the lens's adjustment"),
    ],
    details: """
      The adjustment is recorded in review.json with the date. The verdict uses the adjusted rating;
      integrity score and the report show both the computed and the adjusted rating, and the reason.

      Example:
        integrity adjust acme-review --lens lock-in --rating at-risk \\
          --why "Counsel confirmed the exit terms after the interviews"
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let lensName = try arguments.option("lens")
    let ratingText = try arguments.option("rating")
    let why = try arguments.option("why").map { text throws(CommandError) in
      try acceptedText(text, rule: .reason, option: "--why", command: "adjust")
    }
    let clear = try arguments.flag("clear")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    guard let lensName else { throw .usage("--lens is required: which lens to adjust", command: "adjust") }
    if clear && (ratingText != nil || why != nil) {
      throw .usage("--clear takes no --rating or --why", command: "adjust")
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
    let adjustments: [Adjustment]
    let changed: Bool
    do throws(ReviewStoreError) {
      (adjustments, changed) = try opened.folder.updateReview(holder: "an adjustment") {
        review throws(ReviewStoreError) in
        if let rating, let why {
          review.adjustments.removeAll { $0.lens == lensID }
          review.adjustments.append(
            Adjustment(lens: lensID, rating: rating, reason: why, date: context.timestamp()))
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
    let card = Scoring.scorecard(rubric: opened.rubric, interviews: interviews, adjustments: adjustments)
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
}
