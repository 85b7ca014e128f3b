import ArtefactReading
import Foundation
import ReviewStore
import RubricEngine

/// A review folder opened for a command: the folder, its record and its rubric snapshot.
struct OpenReview {
  var folder: ReviewFolder
  var review: Review
  var rubric: Rubric
  /// Makes the progress line shown while the interviews are read (on a terminal, after about a second).
  var progress: (String) -> ProgressLine
  /// The clock: what the outcome chain shows is dated by the day it is scored.
  var now: () -> Date

  /// Opens the review in `path`.
  /// - Throws: a failure naming the file and every problem when the folder is not a usable review.
  init(_ path: String, context: CommandContext) throws(CommandError) {
    progress = context.progress
    now = context.now
    do throws(ReviewStoreError) {
      folder = try ReviewFolder.open(at: path, using: context.fileSystem)
      (review, rubric) = try folder.reviewAndRubric()
    } catch {
      throw CommandError(error)
    }
  }
}

extension OpenReview {
  /// Every interview of the review.
  /// - Throws: a failure listing every interview file that cannot be read: scores are never computed from
  ///   part of a review without saying so.
  func readableInterviews() throws(CommandError) -> [Interview] {
    let results: [(slug: String, result: Result<Interview, ReviewStoreError>)]
    let reading = progress("Reading interviews")
    defer { reading.finish() }
    do throws(ReviewStoreError) {
      results = try folder.interviews(rubric: rubric, progress: reading.update)
    } catch {
      throw CommandError(error)
    }
    var interviews: [Interview] = []
    var problems: [String] = []
    for (_, result) in results {
      switch result {
      case .success(let interview): interviews.append(interview)
      case .failure(let error): problems.append(error.description)
      }
    }
    guard problems.isEmpty else {
      throw .failure(
        problems.joined(separator: "\n")
          + "\nFix or move aside the interview files above; nothing was scored.")
    }
    return interviews
  }
}

extension OpenReview {
  /// The document register and the reviewer's evidence.
  /// - Throws: a failure listing the problems of both files: a review is never scored without the evidence
  ///   it records.
  func shownEvidence() throws(CommandError) -> (documents: DocumentRegister, evidence: EvidenceLog) {
    let register = Result { () throws(ReviewStoreError) in try folder.documents() }
    let log = Result { () throws(ReviewStoreError) in
      try folder.evidence(rubric: rubric, documents: try? register.get())
    }
    switch (register, log) {
    case (.success(let register), .success(let log)): return (register, log)
    default:
      let problems = [register.error, log.error].compactMap { $0?.description }
      throw .failure(
        problems.joined(separator: "\n")
          + "\nFix the \(problems.count == 1 ? "file" : "files") above, or move it aside; nothing was scored."
      )
    }
  }

  /// The review's scorecard: its interviews, adjustments, documents and reviewer evidence.
  /// - Parameter adjustments: the adjustments to score with, when not the review's own.
  func scorecard(interviews: [Interview], adjustments: [Adjustment]? = nil) throws(CommandError) -> Scorecard
  {
    let (register, log) = try shownEvidence()
    // What the outcome chain shows is worked out from it now, never stored, so it is never stale.
    let chainEvidence = ChainShown.entries(try chain(), rubric: rubric, date: ReportWriter.day(of: now()))
    return Scoring.scorecard(
      rubric: rubric, interviews: interviews, adjustments: adjustments ?? review.adjustments,
      evidence: log.evidence + chainEvidence,
      documents: register.documents, confidenceAdjustment: review.confidenceAdjustment)
  }
}

extension Result {
  /// The error, when this is a failure.
  var error: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}

extension OpenReview {
  /// The imported artefacts, in id order.
  /// - Throws: a failure listing every artefact file that cannot be read: a report never leaves one out
  ///   without saying so.
  func artefacts() throws(CommandError) -> [StoredArtefact] {
    var artefacts: [StoredArtefact] = []
    var problems: [String] = []
    do throws(ReviewStoreError) {
      for id in try folder.artefactIDs() {
        do throws(ReviewStoreError) {
          artefacts.append(try folder.artefact(id: id))
        } catch {
          problems.append(error.description)
        }
      }
    } catch {
      throw CommandError(error)
    }
    guard problems.isEmpty else {
      throw .failure(
        problems.joined(separator: "\n")
          + "\nFix or move aside the artefact files above (or remove them with "
          + "integrity artefact remove); nothing was written.")
    }
    return artefacts
  }
}

extension OpenReview {
  /// The review's outcome chain; an empty one when it has none.
  func chain() throws(CommandError) -> OutcomeChain {
    do throws(ReviewStoreError) { return try folder.chain() } catch { throw CommandError(error) }
  }
}

extension Command {
  /// Prints `value` as the workbench's JSON (sorted keys, pretty-printed); `what` names it in an error.
  static func printJSON(_ value: some Encodable, what: String, context: CommandContext) throws(CommandError) {
    do {
      context.standardOutput.write(String(decoding: try DataFileEncoder.encode(value), as: UTF8.self))
    } catch {
      throw .failure("cannot write \(what) as JSON: \(error)")
    }
  }
}
