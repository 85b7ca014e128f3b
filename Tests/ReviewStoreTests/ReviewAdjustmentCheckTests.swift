import ReviewStore
import RubricEngine
import TestSupport
import Testing

@Suite("Reading a review checks its adjustments against the rubric snapshot")
struct ReviewAdjustmentCheckTests {
  static func adjustment(_ lens: String) -> Adjustment {
    Adjustment(lens: lens, rating: .atRisk, reason: "Counsel said so", date: "2026-11-23T09:00:00Z")
  }

  /// A review in memory whose `review.json` holds `adjustments`, as the workbench writes them.
  static func folder(_ adjustments: [Adjustment], rubric: Rubric) throws -> (ReviewFolder, InMemoryFileSystem)
  {
    let files = InMemoryFileSystem()
    var review = Fixtures.review(rubric)
    review.adjustments = adjustments
    return (try ReviewFolder.create(at: "r", review: review, rubric: rubric, using: files), files)
  }

  static let unknown = JSONProblem(
    path: JSONPath.root.appending("adjustments").appending(0).appending("lens"),
    position: SourcePosition(line: 5, column: 16),
    message:
      #"no lens "decision-basys" in the review's rubric (rubric.json); did you mean "decision-basis"? "#
      + "Correct the lens, or remove the adjustment")

  @Test("an adjustment of a lens the snapshot lacks is refused with its path, line and column")
  func unknownLens() throws {
    let rubric = try Fixtures.standardRubric()
    let (folder, _) = try Self.folder([Self.adjustment("decision-basys")], rubric: rubric)
    let refused = ReviewStoreError.invalidFile(.invalid(file: "r/review.json", problems: [Self.unknown]))
    #expect(throws: refused) { try folder.reviewAndRubric() }
    #expect(throws: refused) { try folder.review() }
    #expect(
      refused.description
        == "r/review.json:5:16: $.adjustments[0].lens: no lens \"decision-basys\" in the review's rubric "
        + "(rubric.json); did you mean \"decision-basis\"? Correct the lens, or remove the adjustment")
  }

  @Test("the lenses the snapshot has are read back, in order")
  func knownLenses() throws {
    let rubric = try Fixtures.standardRubric()
    let adjustments = [Self.adjustment("decision-basis"), Self.adjustment("lock-in")]
    let (folder, _) = try Self.folder(adjustments, rubric: rubric)
    let (review, snapshot) = try folder.reviewAndRubric()
    #expect(review.adjustments == adjustments)
    #expect(snapshot == rubric)
  }

  @Test("a change made under the lock is refused too, and nothing is written")
  func updateRefuses() throws {
    let rubric = try Fixtures.standardRubric()
    let (folder, files) = try Self.folder([Self.adjustment("decision-basys")], rubric: rubric)
    let before = files.text(at: "r/review.json")
    #expect(throws: ReviewStoreError.invalidFile(.invalid(file: "r/review.json", problems: [Self.unknown]))) {
      try folder.updateReview(holder: "a test") { review throws(ReviewStoreError) in review.client = "Other" }
    }
    #expect(files.text(at: "r/review.json") == before)
  }

  @Test("a snapshot of another rubric is the mismatch, not a lens problem measured against the wrong rubric")
  func mismatchFirst() throws {
    let rubric = try Fixtures.standardRubric()
    let (folder, files) = try Self.folder([Self.adjustment("decision-basys")], rubric: rubric)
    var other = rubric
    other.version = "9.9.9"
    files.add("r/rubric.json", bytes: try DataFileEncoder.encode(other))
    #expect(
      throws: ReviewStoreError.rubricMismatch(
        path: "r/rubric.json", expected: RubricReference(rubric), found: RubricReference(other))
    ) { try folder.reviewAndRubric() }
  }
}
