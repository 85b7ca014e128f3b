import RubricEngine

/// An interviewee's interview file, claimed for writing: its slug, its lock (held until released), and the
/// interview as stored when the lock was taken (read under the lock).
public struct InterviewClaim {
  public let slug: String
  public let lock: any HeldLock
  /// `nil` for a new interviewee.
  public let stored: Interview?
}

extension ReviewFolder {
  /// The lock held while interview files are matched to names and created, and for a whole import.
  var folderLockPath: String { interviewsPath + "/.folder.lock" }

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
