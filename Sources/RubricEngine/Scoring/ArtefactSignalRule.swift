/// The score an artefact measure shows a question at: the number of the signal's levels its share reaches,
/// on the method's scale (levels, one fewer than the scale's points: 0.05, 0.2, 0.5, 0.8 give 0 below 5%, 1
/// from 5%, ... 4 from 80% on 0-4).
public enum ArtefactSignalRule {
  /// The score `share` shows under `signal`.
  public static func score(share: Double, signal: ArtefactSignal, method: Method) -> Int {
    score(share: share, levels: signal.levels, method: method)
  }

  /// The score `share` shows against four rising `levels` (an artefact signal's, or a chain signal's).
  public static func score(share: Double, levels: [Double], method: Method) -> Int {
    let reached = levels.filter { share + method.bandTolerance >= $0 }.count
    return min(method.scale.upperBound, method.scale.lowerBound + reached)
  }
}
