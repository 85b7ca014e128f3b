import RubricEngine

/// An interviewee's interview file, claimed for writing: its slug, its lock (held until released), and the
/// interview as stored when the lock was taken (read under the lock).
public struct InterviewClaim {
  public let slug: String
  public let lock: any HeldLock
  /// `nil` for a new interviewee.
  public let stored: Interview?
}

/// What an import did.
public struct ImportOutcome: Equatable, Sendable {
  /// The interviewees in the sheet, in its order.
  public var names: [String]
  /// How many of them are new to the review.
  public var newCount: Int
  /// Answers to questions the person had not answered (or had skipped).
  public var newAnswers = 0
  /// Answers that replaced a different answer on disk (only with `replace`).
  public var changedAnswers = 0
  /// Answers identical to those on disk (times aside): left as they were.
  public var unchangedAnswers = 0
}

/// An answer on disk that an import would replace with a different one.
public struct AnswerChange: Equatable, Sendable {
  public var name: String
  public var question: String
  public var old: Answer
  public var new: Answer

  /// Whether two answers say the same: the same status, score and text, whenever they were recorded.
  public static func same(_ lhs: Answer, _ rhs: Answer) -> Bool {
    lhs.status == rhs.status && lhs.score == rhs.score && lhs.text == rhs.text
  }
}

extension ReviewFolder {
  /// The lock held while interview files are matched to names and created, and for a whole import.
  var folderLockPath: String { interviewsPath + "/.folder.lock" }
  /// The list of files an import is renaming into place, so that a crash in the middle is finished later.
  var importJournalPath: String { interviewsPath + "/.import.journal" }

  // MARK: One interviewee

  /// Claims the interview of `name` for writing: their file if they have one, otherwise a new slug that no
  /// other interviewee's file holds, with its lock taken and the stored interview read under it.
  /// - Throws: `ReviewStoreError.locked` naming the person and what holds them; the problems of a file under
  ///   the name's slug that cannot be read (such a file is never overwritten).
  public func claimInterview(name: String, rubric: Rubric, holder: String) throws(ReviewStoreError)
    -> InterviewClaim
  {
    let folderLock = try lockInterviewsFolder(holder: holder)
    defer { folderLock.release() }
    var resolver = SlugResolver(folder: self, decoder: InterviewDecoder(rubric: rubric))
    return try resolver.claim(name: name, holder: holder)
  }

  /// Takes the interviews folder's lock, then finishes an interrupted import and removes the temporary
  /// files of writers that are gone: what every writer of interview files does first.
  func lockInterviewsFolder(holder: String) throws(ReviewStoreError) -> any HeldLock {
    let lock = try takeLock(
      folderLockPath, what: "the review's interviews folder", holder: holder, waiting: true)
    finishInterruptedImport()
    removeStrayTemporaries()
    return lock
  }

  // MARK: An import

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
  /// lock; when another command holds that lock, the import is its own and still running.
  func finishInterruptedImport() {
    guard fileSystem.itemKind(at: importJournalPath, followingLinks: false) == .file else { return }
    guard case .acquired(let lock) = try? fileSystem.lock(folderLockPath, holder: "recovery", waiting: false)
    else {
      // This process already holds the folder lock (flock locks are per open file, so a second attempt
      // from the same process is refused): it is the one recovering.
      recoverJournal()
      return
    }
    defer { lock.release() }
    recoverJournal()
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

/// Matches names to interview files under the folder lock: a name finds its own file (same person: case,
/// accents as typed and white space aside), or the first free slug made from it. Each file is read at most
/// once, and each name normalised once.
struct SlugResolver {
  let folder: ReviewFolder
  let decoder: InterviewDecoder
  /// The name held in each slug's file, as stored and normalised.
  private var namesBySlug: [String: (stored: String, key: String)] = [:]
  /// Slugs given to new interviewees in this batch.
  private var reserved: Set<String> = []
  /// Slugs whose files hold someone else, so that a long run of namesakes is walked cheaply.
  private var othersSlugs: Set<String> = []

  init(folder: ReviewFolder, decoder: InterviewDecoder) {
    self.folder = folder
    self.decoder = decoder
  }

  /// - Parameter underFolderLock: the caller holds the folder lock for as long as it holds the claim (an
  ///   import): a new interviewee's file can then be created by no one else, so no lock file is made for
  ///   them; one that exists is still taken, since someone may be creating that person's file.
  mutating func claim(name: String, holder: String, underFolderLock: Bool = false) throws(ReviewStoreError)
    -> InterviewClaim
  {
    let key = Interview.normalisedName(name)
    let base = IntervieweeSlug.make(from: name)
    var number = 1
    while true {
      let slug = IntervieweeSlug.numbered(base, number)
      number += 1
      if reserved.contains(slug) || othersSlugs.contains(slug) { continue }
      let path = folder.interviewPath(slug: slug)
      switch folder.fileSystem.itemKind(at: path, followingLinks: false) {
      case nil:
        if underFolderLock, folder.fileSystem.itemKind(at: lockPath(slug), followingLinks: false) == nil {
          reserved.insert(slug)
          return InterviewClaim(slug: slug, lock: CoveredLock(), stored: nil)
        }
        guard case .acquired(let lock) = try lockAttempt(slug: slug, key: key, holder: holder) else {
          // Someone is creating this file. Another namesake's: try the next number. This person's, or
          // someone's the lock does not say: refused, rather than risk two files for one person.
          if let other = lastHeld.key, other != key {
            othersSlugs.insert(slug)
            continue
          }
          throw heldError(slug: slug, name: name)
        }
        reserved.insert(slug)
        return InterviewClaim(slug: slug, lock: lock, stored: nil)
      case .file:
        let stored = try storedName(slug: slug)
        guard stored.key == key else {
          othersSlugs.insert(slug)
          continue
        }
        guard case .acquired(let lock) = try lockAttempt(slug: slug, key: key, holder: holder) else {
          throw heldError(slug: slug, name: stored.stored)
        }
        // Read again under the lock: what was read before it may have changed since.
        do throws(ReviewStoreError) {
          let interview = try folder.interview(slug: slug, decoder: decoder)
          reserved.insert(slug)
          return InterviewClaim(slug: slug, lock: lock, stored: interview)
        } catch {
          lock.release()
          throw error
        }
      case .symbolicLink:
        throw .fileSystem(.symbolicLink(path: path))
      case .directory, .special:
        throw .unexpectedFile(
          path: path, reason: "is not an interview file; move it out of the interviews folder")
      }
    }
  }

  /// What the holder of the last lock refused said: its pid, what it is doing, and whose interview it holds.
  private var lastHeld: (pid: Int32?, holder: String?, key: String?) = (nil, nil, nil)

  /// A lock's record names the holder's activity, then the person it holds (`person: KEY`), so that a
  /// namesake being created can be told from the same person.
  mutating func lockAttempt(slug: String, key: String, holder: String) throws(ReviewStoreError)
    -> LockAttempt
  {
    let record = TextRule.sentence.cleaned(holder) + "\n" + Self.personPrefix + key
    let attempt = try ReviewFolder.wrap { () throws(FileSystemError) in
      try folder.fileSystem.lock(
        folder.interviewsPath + "/." + slug + ".lock", holder: record, waiting: false)
    }
    if case .heldByOther(let pid, let other) = attempt {
      let lines = (other ?? "").split(separator: "\n").map(String.init)
      let person = lines.first { $0.hasPrefix(Self.personPrefix) }.map {
        String($0.dropFirst(Self.personPrefix.count))
      }
      let said = lines.first { !$0.hasPrefix(Self.personPrefix) }
      lastHeld = (pid, said, person)
    }
    return attempt
  }

  static let personPrefix = "person: "

  func lockPath(_ slug: String) -> String { folder.interviewsPath + "/." + slug + ".lock" }

  /// Takes the lock of the interview file `slug`, which holds `name`, without waiting.
  /// - Throws: `ReviewStoreError.locked` naming the person and what holds them.
  mutating func lockFile(slug: String, name: String, holder: String) throws(ReviewStoreError) -> any HeldLock
  {
    guard
      case .acquired(let lock) = try lockAttempt(
        slug: slug, key: Interview.normalisedName(name), holder: holder)
    else { throw heldError(slug: slug, name: name) }
    return lock
  }

  /// Whether the lock of `slug` is free (it is then taken and returned), for a file about to be created.
  mutating func lockIfFree(slug: String, name: String, holder: String) throws(ReviewStoreError)
    -> (any HeldLock)?
  {
    guard
      case .acquired(let lock) = try lockAttempt(
        slug: slug, key: Interview.normalisedName(name), holder: holder)
    else { return nil }
    return lock
  }

  private func heldError(slug: String, name: String) -> ReviewStoreError {
    .locked(what: "the interview of \(name)", pid: lastHeld.pid, holder: lastHeld.holder)
  }

  private mutating func storedName(slug: String) throws(ReviewStoreError) -> (stored: String, key: String) {
    if let known = namesBySlug[slug] { return known }
    let interview = try folder.interview(slug: slug, decoder: decoder)
    let name = (stored: interview.name, key: Interview.normalisedName(interview.name))
    namesBySlug[slug] = name
    return name
  }
}

/// The lock of a new interviewee whose file only the folder lock's holder can create: nothing to release.
final class CoveredLock: HeldLock {
  func release() {}
}
