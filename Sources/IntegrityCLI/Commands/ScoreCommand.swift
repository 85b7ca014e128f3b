import Foundation
import ReviewStore
import RubricEngine

extension Command {
  /// `integrity score DIR [--json] [--explain LENS]`: lens scores, disagreement, and the verdict.
  static let score = Command(
    name: "score",
    summary: "Score the review: lens scores and ratings, contested questions, owners, outcomes, the verdict",
    usage: "integrity score DIR [--json] [--explain LENS]",
    arguments: [.reviewFolder],
    options: [
      .flag(
        "json",
        help: "Print the scorecard as JSON: verdict, and per lens id, title, score, rating, "
          + "computedRating, coverage, respondents, contested, and more"),
      .value(
        "explain", "LENS", .lens,
        help: "Show every question of one lens with each respondent's score (by role), the means, the "
          + "weights and the arithmetic behind the lens score and its rating. LENS is the lens's id, its "
          + "title or the start of either: lock, \"Lock-in points\" and lock-in are the same lens"),
    ],
    details: """
      Rules: a question's score is the mean of its \(Method.standard.scaleText) scores (n/a and skipped left out); a lens's score
      is the weighted mean of its question scores; its rating is the first band at or below the score,
      unsound when a critical question scores below the at-risk band, and insufficient-evidence (before
      all else) with fewer than \(Method.standard.minimumRespondents) respondents or coverage below \(Method.standard.minimumCoverage). The verdict is not-ready if a lens is
      unsound or the gate lens is not sound; else insufficient-evidence if a lens is; else conditional if
      a lens is at-risk; else ready. Adjustments made with integrity adjust take the place of the
      computed rating. Exits 1 when an interview file cannot be read.

      Examples:
        integrity score acme-review
        integrity score acme-review --explain outcome-clarity
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let json = try arguments.flag("json")
    let explain = try arguments.option("explain")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    let explained = try explain.map { name throws(CommandError) in
      try LensName.resolve(name, in: opened.rubric, option: "--explain", command: "score")
    }
    let interviews = try opened.readableInterviews()
    let card = try opened.scorecard(interviews: interviews)
    if json {
      do {
        context.standardOutput.write(String(decoding: try DataFileEncoder.encode(card), as: UTF8.self))
      } catch {
        throw .failure("cannot write the scorecard as JSON: \(error)")
      }
    } else if let explained, let lens = card.lens(explained.id) {
      context.standardOutput.write(
        ScorecardText.explain(
          lens, method: card.method, rubric: opened.rubric, documents: card.documents,
          lift: card.lifts.first { $0.lens == lens.id }.map { ReasonWords.lift($0, in: card) },
          width: context.screenWidth))
    } else {
      context.standardOutput.write(
        ScorecardText.render(
          card, review: opened.review, rubric: opened.rubric, folder: shellQuoted(directory),
          width: context.screenWidth))
    }
    return .success
  }
}
