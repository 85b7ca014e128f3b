import Foundation

/// The hypothesis-form rewrite suggested for an output or a vague statement: "We believe that if we X,
/// then Y will Z, measured by M from B to T by when. We will know we are wrong if A.", each slot
/// filled with the statement's own words where the reading found them and a bracketed prompt where it
/// is missing.
struct RewriteSkeleton {
  typealias Vocabulary = OutcomeVocabulary

  /// The rewrite in full.
  let text: String

  init(_ reading: StatementReading, verdict: OutcomeVerdict) {
    let evidence = reading.evidence
    let own = reading.text.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    let lowered = own.prefix(1).lowercased() + own.dropFirst()
    let bet = verdict == .output ? lowered : "[the change you will make]"
    let who = evidence[.who].map(reading.words) ?? "[which customers or users]"
    let behaviour =
      verdict == .vague && !own.isEmpty
      ? "[do or experience what differently, to show \"\(own)\"]" : "[do or experience what differently]"
    let metric = evidence[.metric].map(reading.words) ?? "[which measure]"
    let baseline = evidence[.baseline].map {
      StatementReading.dropping(Vocabulary.baselinePrefixes, from: reading.words($0))
    }
    let target = evidence[.target].map {
      StatementReading.dropping(Vocabulary.targetPrefixes, from: reading.words($0))
    }
    let timeframe = evidence[.timeframe].map(reading.words) ?? "[by when]"
    text =
      "We believe that if we \(bet), then \(who) will \(behaviour), measured by \(metric) "
      + "from \(baseline ?? "[today's value]") to \(target ?? "[target]") \(timeframe). "
      + "We will know we are wrong if [the result that would make you change course]."
  }
}
