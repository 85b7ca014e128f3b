import Foundation

/// The hypothesis-form rewrite suggested for an output or a vague statement: "We believe that if we X,
/// then Y will Z, measured by M from B to T by when. We will know we are wrong if A.", each slot
/// filled with the statement's own words where the reading found them and a bracketed prompt where it
/// is missing, so that a consultant can read it aloud as one sentence.
///
/// An output's deliverable, with its own date, is the bet (X); its counts are the work's, never the
/// outcome's baseline or target; and the outcome is dated after the output ("by when, after June").
/// A statement already in the hypothesis form keeps the parts it stated.
struct RewriteSkeleton {
  typealias Vocabulary = OutcomeVocabulary

  /// The rewrite in full.
  let text: String

  init(_ reading: StatementReading, verdict: OutcomeVerdict, hypothesis: HypothesisReading? = nil) {
    let evidence = reading.evidence
    let stated = { (slot: HypothesisSlot) in
      hypothesis?.slots.first { $0.slot == slot }?.words.map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,; "))
      }
    }
    let own = Self.deliverable(reading, from: 0)
    // The work from its verb; a new product given to people, from its article ("a new booking app").
    var workStart = reading.leadingOutputVerb ?? 0
    if reading.leadingOutputVerb == nil, let new = reading.strongDeliverable,
      reading.tokens[new].lower == Vocabulary.productOpener
    {
      workStart =
        new > 0 && Vocabulary.subjectArticles.contains(reading.tokens[new - 1].lower) ? new - 1 : new
    }
    let work = Self.deliverable(reading, from: workStart)
    // A capital that only starts the sentence goes; an acronym's ("ISO 27001") stays.
    let lowered =
      work.dropFirst().first?.isUppercase == true ? work : work.prefix(1).lowercased() + work.dropFirst()
    // The bet is something "we" do: a statement that names only the thing delivered gets a verb.
    // The bet is something "we" do: a statement that starts with the thing delivered (an article, a number,
    // a person, a new product) gets a verb; one that starts with its own verb keeps it.
    let first = reading.tokens.indices.contains(workStart) ? reading.tokens[workStart] : nil
    let leadsWithVerb =
      reading.leadingOutputVerb != nil
      || (workStart == 0 && first.map { !Self.startsNounPhrase($0) } ?? true)
    let bet =
      stated(.bet)
      ?? (verdict == .output
        ? (leadsWithVerb ? lowered : Self.workVerb + " " + lowered) : "[the change you will make]")
    let who = stated(.who) ?? evidence[.who].map { Self.subject(reading, $0) } ?? "[which customers or users]"
    let behaviour =
      stated(.behaviour)
      ?? (verdict == .vague && !own.isEmpty
        ? "[do or experience what differently, to show \"\(own)\"]" : "[do or experience what differently]")
    let outcomeAmounts = verdict != .output
    let metric =
      stated(.measure) ?? (outcomeAmounts ? evidence[.metric].map(reading.words) : nil) ?? "[which measure]"
    let baseline = outcomeAmounts ? evidence[.baseline].map { Self.amount(reading, $0) } : nil
    // "by 15%" is a change from today's value, not a value to reach.
    let target =
      outcomeAmounts
      ? evidence[.target].map { range in
        reading.tokens[range.lowerBound].lower == "by"
          ? "[today's value changed \(reading.words(range))]" : Self.amount(reading, range)
      } : nil
    let timeframe: String
    if let stated = stated(.timeframe) {
      timeframe = "within " + stated
    } else if verdict == .output, let date = evidence[.timeframe].map(reading.words) {
      timeframe = "[by when, after the work is done \(date)]"
    } else {
      timeframe = evidence[.timeframe].map(reading.words) ?? "[by when]"
    }
    let signal = stated(.signal) ?? "[the result that would make you change course]"
    text =
      "We believe that if we \(bet), then \(who) will \(behaviour), measured by \(metric) "
      + "from \(baseline ?? "[today's value]") to \(target ?? "[target]") \(timeframe). "
      + "We will know we are wrong if \(signal)."
  }

  /// The statement's own words for the work: without a closing stop, and without any bet it states after
  /// the work ("..., so that ...", "...; we bet that ...").
  static func deliverable(_ reading: StatementReading, from start: Int) -> String {
    var end = reading.tokens.count - 1
    if let cue = reading.tokens.indices.first(where: { index in
      index > 0 && Vocabulary.betCues.contains { reading.matches($0, at: index) }
    }) {
      end = cue - 1
    }
    while end >= start, reading.tokens[end].isPunctuation { end -= 1 }
    return end >= start ? reading.words(start...end) : ""
  }

  /// Whether a statement starting with `token` names a thing rather than an action ("A new portal", "40
  /// staff trained", "Patients will have ...", "ISO 27001 certification").
  static func startsNounPhrase(_ token: StatementToken) -> Bool {
    token.isNumber || Vocabulary.subjectArticles.contains(token.lower)
      || Vocabulary.actors.contains(token.lower)
      || token.lower == Vocabulary.productOpener || Vocabulary.parityWords.contains(token.lower)
      || Vocabulary.grantWords.contains(token.lower)
      || Vocabulary.outputMeasurePhrases.contains { $0.first == token.lower }
      || (token.text.count >= 2 && token.text.allSatisfy { $0.isUppercase || $0.isNumber })
  }

  /// The verb put before a deliverable named without one ("A new portal live by Q3").
  static let workVerb = "deliver"

  /// Who changes, as the subject of "will": a singular actor gets its article ("the patient").
  static func subject(_ reading: StatementReading, _ range: ClosedRange<Int>) -> String {
    var words = reading.words(range)
    // The statement's first word keeps no capital in the middle of the sentence, unless it is a name.
    if range.lowerBound == 0, words.first?.isUppercase == true, words.dropFirst().first?.isLowercase == true {
      words = words.prefix(1).lowercased() + words.dropFirst()
    }
    let word = reading.tokens[range.lowerBound].lower
    let hasArticle =
      range.lowerBound > 0 && Vocabulary.subjectArticles.contains(reading.tokens[range.lowerBound - 1].lower)
    if hasArticle { return reading.words((range.lowerBound - 1)...range.upperBound) }
    return Vocabulary.actors.contains(word) && !word.hasSuffix("s") && !word.hasSuffix("'s")
      && !Vocabulary.massActors.contains(word) ? "the " + words : words
  }

  /// A baseline's or target's amount, from its first number to its end ("rather than waiting on the phone
  /// for twenty" gives "twenty"; "to under 30" gives "under 30").
  static func amount(_ reading: StatementReading, _ range: ClosedRange<Int>) -> String {
    let tokens = reading.tokens
    var start = range.lowerBound
    while start < range.upperBound,
      Vocabulary.amountOpeners.contains(tokens[start].lower)
        || Vocabulary.directions.contains(tokens[start].lower)
    {
      start += 1
    }
    if let number = (start...range.upperBound).first(where: { tokens[$0].isNumber }),
      !(start..<number).allSatisfy({ Vocabulary.boundWords.contains(tokens[$0].lower) })
    {
      start = number
    }
    return reading.words(start...range.upperBound)
  }
}
