import Foundation
import ReviewStore
import RubricEngine

/// The time to save one answer durably: temporary file, fsync, rename, fsync of the folder.
struct SaveMeasure {
  var rubric: Rubric
  var path: String
  var rounds = 50

  func run() throws {
    let folder = try SyntheticReview.folder(size: 1, rubric: rubric, at: path)
    var interview = try folder.interview(slug: "interviewee-0", rubric: rubric)
    let total = try Figures.time {
      for round in 0..<rounds {
        interview.answers["oc-measurable"] = .scored(
          round % 5, evidence: "round \(round)", at: "2026-11-23T09:00:00Z")
        try folder.save(interview, slug: "interviewee-0")
      }
    }
    print(
      "Saving one answer (temporary file, fsync, rename, fsync of the folder): "
        + "\(Figures.format(total / Double(rounds))) ms on average over \(rounds) saves")
  }
}
