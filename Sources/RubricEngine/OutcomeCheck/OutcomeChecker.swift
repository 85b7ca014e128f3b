import Foundation

/// Reads an outcome statement and says whether it is an output in disguise, too vague to measure, or a
/// measurable change, which parts it has and lacks, and how to rewrite it.
///
/// Deterministic rules over words and numbers, so that every verdict can be explained by quoting the
/// words that decided it: a statement is `measurable` when it names a change in a measure with a
/// target; otherwise `output` when it leads with a deliverable, and `vague` when it does not.
///
/// The work is done in parts: the finder phases (`FinderPhase`) each find one element of the statement,
/// in the order of `phases`; `VerdictDecision` decides the verdict from what they found;
/// `RewriteSkeleton` suggests the hypothesis form for a statement that falls short; every word they
/// read by is in `OutcomeVocabulary`.
public struct OutcomeChecker: Sendable {
  /// Creates a checker.
  public init() {}

  /// The finder phases in the order they run: each may use what the earlier ones claimed, so the
  /// order is part of the rules (a timeframe's words are never read as a target's, for example).
  static var phases: [any FinderPhase.Type] {
    [
      BetFinder.self, LeadingOutputVerbFinder.self, FalsifierFinder.self, TimeframeFinder.self,
      GuardrailFinder.self, BaselineFinder.self, TargetFinder.self, ChangeFinder.self, MetricFinder.self,
      OutputMeasureFinder.self, AggregateFinder.self, WhoFinder.self, DeliverableWordFinder.self,
      JudgementWordFinder.self,
    ]
  }

  /// The assessment of one statement. With `allowOutput`, an output statement (parity, compliance or
  /// like-for-like work, seed 004) is also judged on whether it states its bet (`AllowedOutput`). Without
  /// `rewriting`, no rewrite is suggested: what a reader of many items (an artefact's) needs is the rest.
  public func check(_ statement: String, allowOutput: Bool = false, rewriting: Bool = true)
    -> OutcomeAssessment
  {
    let text = statement.trimmingWhiteSpace()
    // One tokenizing: the label's tokens are dropped, the rest keep their places in the text.
    let tokens = StatementLabel.bodyTokens(StatementToken.tokens(of: text))
    let body = tokens.first.map { String(text[$0.range.lowerBound...]) } ?? text
    var reading = StatementReading(text: text, tokens: tokens)
    if !reading.tokens.isEmpty {
      for phase in Self.phases { phase.find(in: &reading) }
    }
    let decision = VerdictDecision(reading)
    let hypothesis = HypothesisParser(text: body).reading()
    var assessment = OutcomeAssessment(
      statement: text, verdict: decision.verdict, found: reading.found, missing: reading.missing,
      reasons: decision.reasons, decidedBy: decision.decidedBy,
      hypothesis: hypothesis,
      rewrite: decision.verdict == .measurable || !rewriting
        ? nil : RewriteSkeleton(reading, verdict: decision.verdict, hypothesis: hypothesis).text)
    if allowOutput, decision.verdict == .output {
      let bet = BetStatementFinder.bet(in: reading)
      assessment.allowedOutput = AllowedOutput(betStated: bet != nil, bet: bet)
      assessment.reasons.append(
        bet.map { "allowed as output-driven work: it states its bet (\"\($0)\")" }
          ?? "allowed as output-driven work only with its bet: say what it should change, and how you will "
          + "know (seed 004)")
    }
    return assessment
  }
}
