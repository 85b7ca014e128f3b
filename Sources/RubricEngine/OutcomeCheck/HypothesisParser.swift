import Foundation

/// Reads a statement against the hypothesis form "We believe that if we X, then Y will Z, measured by M
/// within T. We will know we are wrong if A." by the form's own marker words.
struct HypothesisParser {
  typealias Vocabulary = OutcomeVocabulary

  let text: String

  /// The slots, or `nil` when the statement is not written as a hypothesis.
  func reading() -> HypothesisReading? {
    let lower = text.lowercased()
    guard
      lower.contains(Vocabulary.beliefMarker)
        || Vocabulary.betOpeners.contains(where: { lower.hasPrefix($0) })
    else {
      return nil
    }
    var values: [HypothesisSlot: String] = [:]
    let sentences = split(lower: lower)
    let main = sentences.main
    values[.bet] = segment(main, after: Vocabulary.betOpeners, before: Vocabulary.betEnds)
    let consequence =
      segment(main, after: Vocabulary.consequenceOpeners, before: [])
      ?? segment(main, after: Vocabulary.consequenceFallbackOpeners, before: [])
    if let consequence {
      let lowerConsequence = consequence.lowercased()
      if let will = lowerConsequence.firstRange(ofBytes: Vocabulary.willMarker) {
        let who = String(consequence[..<will.lowerBound]).trimmingCharacters(in: .whitespaces)
        values[.who] = who.isEmpty ? nil : who
        let rest = String(consequence[will.upperBound...])
        values[.behaviour] = cut(rest, before: Vocabulary.behaviourEnds)
      }
    }
    values[.measure] = segment(
      main, after: Vocabulary.hypothesisMeasureOpeners, before: Vocabulary.hypothesisMeasureEnds)
    if let timeframe = segment(
      main, after: Vocabulary.hypothesisTimeframeOpeners, before: Vocabulary.hypothesisTimeframeEnds)
    {
      values[.timeframe] = timeframe
    }
    values[.signal] = sentences.signal
    let slots = HypothesisSlot.allCases.map { slot in
      HypothesisReading.Slot(slot: slot, words: values[slot].flatMap { $0.isEmpty ? nil : $0 })
    }
    return HypothesisReading(slots: slots)
  }

  /// The statement before "We will know we are wrong if", and the signal after it.
  private func split(lower: String) -> (main: String, signal: String?) {
    for marker in Vocabulary.signalMarkers {
      if let range = lower.firstRange(ofBytes: marker) {
        let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
        let end = lower.distance(from: lower.startIndex, to: range.upperBound)
        let main = String(text.prefix(offset))
        let signal = String(text.dropFirst(end)).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return (main, signal.isEmpty ? nil : signal)
      }
    }
    return (text, nil)
  }

  /// The text of `source` after the first of `starts` up to the first of `ends` that follows it.
  private func segment(_ source: String, after starts: [String], before ends: [String]) -> String? {
    let lower = source.lowercased()
    guard
      let start = starts.compactMap({ lower.firstRange(ofBytes: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      })
    else {
      return nil
    }
    let offset = lower.distance(from: lower.startIndex, to: start.upperBound)
    let rest = String(source.dropFirst(offset))
    return cut(rest, before: ends)
  }

  /// `source` up to the first of `ends`, trimmed; `nil` when nothing is left.
  private func cut(_ source: String, before ends: [String]) -> String? {
    let lower = source.lowercased()
    let end = ends.compactMap { lower.firstRange(ofBytes: $0)?.lowerBound }.min() ?? lower.endIndex
    let length = lower.distance(from: lower.startIndex, to: end)
    let value = String(source.prefix(length)).trimmingCharacters(in: CharacterSet(charactersIn: " ,."))
    return value.isEmpty ? nil : value
  }
}
