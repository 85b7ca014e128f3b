import Foundation
import ReviewStore
import RubricEngine
import TestSupport

/// Synthetic reviews of a rubric: every question of each interviewee's role answered, with about 200
/// characters of evidence, the same for the same size.
enum SyntheticReview {
  /// A review folder at `path` with `size` interviews saved one by one.
  static func folder(size: Int, rubric: Rubric, at path: String) throws -> ReviewFolder {
    let folder = try empty(rubric: rubric, at: path)
    for (index, interview) in interviews(size: size, rubric: rubric).enumerated() {
      try folder.save(interview, slug: "interviewee-\(index)")
    }
    return folder
  }

  /// A review folder at `path` with no interviews.
  static func empty(rubric: Rubric, at path: String) throws -> ReviewFolder {
    let review = Review(
      client: "Benchmark Ltd", program: "Scale", decision: "Commit to the benchmark", consultants: ["Bench"],
      created: "2026-11-23T09:00:00Z", rubric: RubricReference(rubric))
    return try ReviewFolder.create(at: path, review: review, rubric: rubric, using: LocalFileSystem())
  }

  /// `size` interviewees in turn in each role, every question of their role answered.
  static func interviews(size: Int, rubric: Rubric) -> [Interview] {
    var generator = SeededGenerator(seed: UInt64(size))
    var interviews: [Interview] = []
    let evidence =
      "They said the steering group reviews milestones monthly, but nobody could show a measure of what "
      + "customers experience; the last report was green although the pilot slipped twice and two teams wait."
    for index in 0..<size {
      let role = rubric.roles[index % rubric.roles.count].id
      var interview = Interview(
        name: "Interviewee \(index)", role: role, started: "2026-11-23T09:00:00Z",
        updated: "2026-11-23T09:00:00Z")
      for question in rubric.questions where question.applies(toRole: role) {
        switch question.kind {
        case .scale:
          interview.answers[question.id] = .scored(
            Int(generator.next() % 5), evidence: evidence + " (\(index))", at: "2026-11-23T09:00:00Z")
        case .text:
          interview.answers[question.id] = .text(
            "Cut claim time from \(5 + index % 3) days to 1 by 2027 without raising complaints",
            at: "2026-11-23T09:00:00Z")
        }
      }
      interviews.append(interview)
    }
    return interviews
  }
}
