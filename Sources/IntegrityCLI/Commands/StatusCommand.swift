import ReviewStore
import RubricEngine

extension Command {
  /// `integrity status DIR`: who was interviewed and how complete each lens is.
  static let status = Command(
    name: "status",
    summary: "Show who was interviewed, how much each answered, and lenses with too few respondents",
    usage: "integrity status DIR [--json]",
    arguments: [.reviewFolder],
    options: [.flag("json", help: "Print the same as JSON for other tools (fields in the README)")],
    details: """
      Lists each interviewee (role, last update, answered, skipped, not applicable, asked), a table of lenses
      by interviewee, and a warning for each lens with fewer than two respondents. A file that cannot be read
      (an interview, documents.json, evidence.json) is reported with its problems, the others still listed;
      the exit code is then 1.

      Example:
        integrity status acme-review
      """
  ) { (arguments: inout ArgumentScanner, context: CommandContext) throws(CommandError) -> ExitCode in
    let json = try arguments.flag("json")
    let directory = try arguments.positionals(minimum: 1, maximum: 1, names: "DIR: name the review's folder")[
      0]
    let opened = try OpenReview(directory, context: context)
    let results: [(slug: String, result: Result<Interview, ReviewStoreError>)]
    do throws(ReviewStoreError) {
      let reading = context.progress("Reading interviews")
      defer { reading.finish() }
      results = try opened.folder.interviews(rubric: opened.rubric, progress: reading.update)
    } catch {
      throw CommandError(error)
    }
    var interviews: [Interview] = []
    var files: [String] = []
    var unreadable: [StatusText.Unreadable] = []
    for (slug, result) in results {
      switch result {
      case .success(let interview):
        interviews.append(interview)
        files.append(opened.folder.interviewPath(slug: slug))
      case .failure(let error):
        let file = IntervieweeSlug.isValid(slug) ? "interviews/\(slug).json" : "interviews/\(slug)"
        unreadable.append(StatusText.Unreadable(file: file, problem: error.description))
      }
    }
    let strays = opened.folder.strayTemporaries()
    // The register and the evidence are listed when they can be read, reported like an interview file
    // when they cannot.
    var register: DocumentRegister?
    var log = EvidenceLog()
    do throws(ReviewStoreError) {
      register = try opened.folder.documents()
    } catch {
      unreadable.append(StatusText.Unreadable(file: "documents.json", problem: error.description))
    }
    do throws(ReviewStoreError) {
      // Citations are checked only against a register that could be read.
      log = try opened.folder.evidence(rubric: opened.rubric, documents: register)
    } catch {
      unreadable.append(StatusText.Unreadable(file: "evidence.json", problem: error.description))
    }
    let card = Scoring.scorecard(
      rubric: opened.rubric, interviews: interviews, adjustments: opened.review.adjustments,
      evidence: log.evidence, documents: register?.documents ?? [])
    if json {
      let value = StatusJSON(
        folder: opened.folder.path, review: opened.review, rubric: opened.rubric,
        interviews: Array(zip(files, interviews)), scorecard: card, unreadable: unreadable, strays: strays)
      do {
        context.standardOutput.write(String(decoding: try DataFileEncoder.encode(value), as: UTF8.self))
      } catch {
        throw .failure("cannot write the status as JSON: \(error)")
      }
      return unreadable.isEmpty ? .success : .failure
    }
    context.standardOutput.write(
      StatusText.render(
        review: opened.review, rubric: opened.rubric, interviews: interviews, scorecard: card,
        unreadable: unreadable, artefacts: (try? opened.folder.artefactIDs()) ?? [],
        folder: shellQuoted(directory), width: context.screenWidth))
    if !strays.isEmpty {
      let bytes = strays.reduce(0) { $0 + $1.size }
      context.say(
        "\nLeft by interrupted writes: \(strays.count) temporary \(strays.count == 1 ? "file" : "files") "
          + "(\(bytes) bytes), never read as answers; the next command that writes to the review removes them."
      )
    }
    if unreadable.isEmpty, !interviews.isEmpty {
      let folder = shellQuoted(directory)
      context.say(
        card.lenses.contains { !EvidenceRule.hasEnoughRespondents($0, method: card.method) }
          ? "\nSome lenses need more respondents. Next: integrity interview \(folder) --name NAME --role ROLE"
          : "\nNext: integrity score \(folder)\nThen: integrity report \(folder)")
    }
    return unreadable.isEmpty ? .success : .failure
  }
}
