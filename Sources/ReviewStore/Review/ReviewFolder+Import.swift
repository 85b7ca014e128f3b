import RubricEngine

/// How far an import has got, for progress lines: the interviews read before the sheet is checked, the
/// moment the check passed (the transaction begins), then the people matched and written.
public enum ImportStep: Equatable, Sendable {
  /// `done` of `total` interview files read, to check the sheet against.
  case reading(done: Int, total: Int)
  /// Every row of the sheet is good: the locks are about to be taken.
  case checked
  /// `done` of `total` people in the sheet matched to their files and written (each is half a step of
  /// each).
  case importing(done: Int, total: Int)
}

/// Why an import imported nothing. Whatever the case, no file of the review was changed.
public enum ImportError: Error, Equatable, Sendable {
  /// An interview already in the review cannot be read (or the interviews folder cannot be listed): the
  /// sheet is checked against every interview, so nothing is imported until that file is fixed or moved
  /// aside.
  case unreadableInterview(ReviewStoreError)
  /// Rows of the sheet are bad; every one is listed with its line.
  case badRows(AnswerSheet.Problems)
  /// The transaction was refused or failed: `.locked` when another command holds the folder or a person,
  /// naming them; `.wouldReplaceAnswers` when answers would change without `replace`; a file that could not
  /// be read or written.
  case refused(ReviewStoreError)
}

extension ReviewFolder {
  /// The list of files an import is renaming into place, so that a crash in the middle is finished later.
  var importJournalPath: String { interviewsPath + "/.import.journal" }

  // MARK: A sheet

  /// Imports an answer sheet, all or nothing: reads every interview, checks every row of `document` against
  /// `rubric` and them (reporting every bad row), then runs the transaction of `importAnswers`, which locks
  /// everyone it writes, reads them again under the locks, and writes every file or none.
  /// - Parameters:
  ///   - recorded: the time recorded in the new answers.
  ///   - holder: what the import tells other commands it is doing ("an import"), in their lock refusals.
  ///   - replace: whether answers may replace different ones already in the review.
  ///   - progress: told each step, for progress lines.
  /// - Throws: `ImportError`; nothing is written whatever it says.
  public func importSheet(
    _ document: CSVDocument, rubric: Rubric, recorded: String, holder: String, replace: Bool = false,
    progress: ((ImportStep) -> Void)? = nil
  ) throws(ImportError) -> ImportOutcome {
    var existing: [Interview] = []
    do throws(ReviewStoreError) {
      let read = try interviews(rubric: rubric) { progress?(.reading(done: $0, total: $1)) }
      for (_, result) in read { existing.append(try result.get()) }
    } catch {
      throw .unreadableInterview(error)
    }
    // The rows are checked against the interviews as they are now; the transaction reads them again under
    // the locks.
    let people: [AnswerSheet.Interviewee]
    switch AnswerSheet.read(document, rubric: rubric, existing: existing, recorded: recorded) {
    case .success(let read): people = read
    case .failure(let problems): throw .badRows(problems)
    }
    progress?(.checked)
    do throws(ReviewStoreError) {
      return try importAnswers(
        people, rubric: rubric, recorded: recorded, holder: holder, replace: replace
      ) { progress?(.importing(done: $0, total: $1)) }
    } catch {
      throw .refused(error)
    }
  }

  // MARK: The transaction

  /// Merges `people`'s answers into their interviews, all or nothing: every interviewee's lock is taken and
  /// their file read under it before anything is written; then every file is written under a temporary
  /// name, and all are renamed into place. A crash before the renames leaves the review as it was; a crash
  /// during them is finished by the next command that opens the review.
  /// Answers identical to those on disk are left as they were; an answer that would replace a different
  /// one is written only with `replace`.
  /// - Throws: `ReviewStoreError.locked` naming the person held; `.wouldReplaceAnswers` listing every
  ///   answer that would change when `replace` is false. Nothing is written either way.
  public func importAnswers(
    _ people: [AnswerSheet.Interviewee], rubric: Rubric, recorded: String, holder: String,
    replace: Bool = false, progress: ((Int, Int) -> Void)? = nil
  ) throws(ReviewStoreError) -> ImportOutcome {
    let folderLock = try lockInterviewsFolder(holder: holder)
    defer { folderLock.release() }
    var resolver = SlugResolver(folder: self, decoder: InterviewDecoder(rubric: rubric))
    var claims: [(person: AnswerSheet.Interviewee, claim: InterviewClaim)] = []
    defer { for (_, claim) in claims { claim.lock.release() } }
    // Matching a person's file is half their step on the progress line, writing it the other half.
    for person in people {
      claims.append((person, try resolver.claim(name: person.name, holder: holder, underFolderLock: true)))
      progress?(claims.count / 2, people.count)
    }
    var staged: [StagedWrite] = []
    var outcome = ImportOutcome(names: [], newCount: 0)
    var changes: [AnswerChange] = []
    do throws(ReviewStoreError) {
      for (person, claim) in claims {
        var interview =
          claim.stored
          ?? Interview(name: person.name, role: person.role, started: recorded, updated: recorded)
        guard interview.role == person.role else {
          throw .unexpectedFile(
            path: interviewPath(slug: claim.slug),
            reason: "records \(interview.name) as \(interview.role), not \(person.role); nothing was imported"
          )
        }
        var written = claim.stored == nil
        for (question, answer) in person.answers {
          if let old = interview.answers[question], AnswerChange.same(old, answer) {
            outcome.unchangedAnswers += 1
            continue
          }
          // A skipped question was never answered: answering it replaces nothing.
          if let old = interview.answers[question], old.status != .skipped {
            changes.append(AnswerChange(name: interview.name, question: question, old: old, new: answer))
            outcome.changedAnswers += 1
          } else {
            outcome.newAnswers += 1
          }
          interview.answers[question] = answer
          written = true
        }
        outcome.names.append(interview.name)
        if claim.stored == nil { outcome.newCount += 1 }
        progress?((people.count + outcome.names.count) / 2, people.count)
        guard written else { continue }
        interview.updated = recorded
        let path = interviewPath(slug: claim.slug)
        try refuseLink(at: path)
        let bytes = try Self.encoded(interview, for: path)
        staged.append(
          try Self.wrap { () throws(FileSystemError) in try fileSystem.stage(bytes, for: path, synced: false)
          })
      }
      if !changes.isEmpty && !replace { throw .wouldReplaceAnswers(changes) }
      try Self.wrap { () throws(FileSystemError) in try fileSystem.sync(staged) }
      try commitWithJournal(staged)
    } catch {
      fileSystem.discard(staged)
      throw error
    }
    return outcome
  }

  /// Renames every staged file into place, recording the list first so that a crash part-way is finished
  /// by `finishInterruptedImport`.
  func commitWithJournal(_ staged: [StagedWrite]) throws(ReviewStoreError) {
    guard staged.count > 1 else {
      try Self.wrap { () throws(FileSystemError) in try fileSystem.commit(staged) }
      return
    }
    let journal = staged.map { Self.name(of: $0.temporaryPath) + "\t" + Self.name(of: $0.path) + "\n" }
      .joined()
    try Self.wrap { () throws(FileSystemError) in
      try fileSystem.write(Array(journal.utf8), to: importJournalPath)
      try fileSystem.commit(staged)
      try fileSystem.removeFile(at: importJournalPath)
    }
  }

  /// Finishes the renames of an import that was killed after it recorded its journal. Runs under the folder
  /// lock; when another command holds that lock, the import is its own and still running, and is left to
  /// finish (renaming its files from here would make its own renames fail).
  func finishInterruptedImport() {
    guard fileSystem.itemKind(at: importJournalPath, followingLinks: false) == .file,
      let attempt = try? fileSystem.lock(folderLockPath, holder: "recovery", waiting: false)
    else { return }
    switch attempt {
    case .acquired(let lock):
      defer { lock.release() }
      recoverJournal()
    case .heldByOther(let pid, _):
      // Held by this process (flock locks are per open file, so a second attempt from the same process is
      // refused): it took the lock to write, and recovers first.
      if pid == fileSystem.currentProcess { recoverJournal() }
    }
  }

  private func recoverJournal() {
    guard fileSystem.itemKind(at: importJournalPath, followingLinks: false) == .file,
      let bytes = try? fileSystem.readFile(
        at: importJournalPath, limit: DataFile.maximumSize, followingLinks: false)
    else { return }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: "\t")
      guard parts.count == 2, !parts[0].contains("/"), !parts[1].contains("/"), parts[0].hasPrefix("."),
        parts[1].hasSuffix(".json")
      else { continue }
      let temporary = interviewsPath + "/" + parts[0]
      if fileSystem.itemKind(at: temporary, followingLinks: false) == .file {
        try? fileSystem.moveItem(from: temporary, to: interviewsPath + "/" + parts[1])
      }
    }
    try? fileSystem.removeFile(at: importJournalPath)
  }

  static func name(of path: String) -> String {
    String(path.split(separator: "/").last ?? Substring(path))
  }
}
