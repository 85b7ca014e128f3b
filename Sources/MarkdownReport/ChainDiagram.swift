import Foundation
import RubricEngine

/// The outcome chain as an SVG: three columns of boxes (business results, customer outcomes, bets), an arrow
/// from each node to what it supports, each problem's number on its node as the report's list numbers it.
/// Black, white and greys only, so it reads in greyscale; every word is inside the picture, and a title and
/// description serve screen readers. The report's nested list stays the canonical text.
public enum ChainDiagram {
  /// The SVG documents of `chain`, with `problems` (`ChainCheck.problems`, in the report's order) marked;
  /// `owner` gives the words shown for an owner. One document, or one per part where the chain is too tall
  /// for a page (`ChainPages`).
  public static func svgs(
    _ chain: OutcomeChain, problems: [ChainProblem], owner: (String) -> String = { $0 }
  ) -> [String] {
    ChainPages.layouts(chain, problems: problems, owner: owner).map(svg)
  }

  static func svg(_ layout: ChainLayout) -> String {
    func format(_ value: Double) -> String { String(format: "%.1f", value) }
    let width = Int(ChainLayout.width)
    let height = Int(layout.height.rounded(.up))
    var svg: [String] = []
    svg.append(##"<?xml version="1.0" encoding="UTF-8"?>"##)
    svg.append(
      ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(width)" height="\##(height)" "##
        + ##"viewBox="0 0 \##(width) \##(height)" role="img" aria-labelledby="chain-title chain-desc" "##
        + ##"font-family="Helvetica, Arial, sans-serif">"##)
    let counts =
      layout.part.totals
      ?? layout.headings.indices.map { column in
        layout.boxes.filter { $0.node.level == ChainLayout.levels[column] }.count
      }
    let part = layout.part.count > 1 ? ", part \(layout.part.number) of \(layout.part.count)" : ""
    svg.append(
      ##"  <title id="chain-title">The outcome chain\##(part): \##(counts[0]) business \##(counts[0] == 1 ? "result" : "results"), "##
        + ##"\##(counts[1]) customer \##(counts[1] == 1 ? "outcome" : "outcomes"), \##(counts[2]) \##(counts[2] == 1 ? "bet" : "bets")</title>"##
    )
    svg.append(##"  <desc id="chain-desc">\##(LensChart.xml(description(layout)))</desc>"##)
    svg.append(
      ##"  <defs><marker id="chain-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" "##
        + ##"orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#333333"/></marker></defs>"##)
    svg.append(##"  <rect width="100%" height="100%" fill="#FFFFFF"/>"##)
    func text(_ label: ChainLayout.Label, fill: String = "#000000") -> String {
      let baseline = label.frame.y + label.frame.height / 2 + label.fontSize * 0.35
      return
        ##"  <text x="\##(format(label.frame.x))" y="\##(format(baseline))" font-size="\##(label.fontSize)""##
        + (label.bold ? ##" font-weight="bold""## : "") + (label.italic ? ##" font-style="italic""## : "")
        + ##" fill="\##(fill)">\##(LensChart.xml(label.text))</text>"##
    }
    func mark(_ mark: ChainLayout.Mark) -> [String] {
      let frame = mark.frame
      let problem = mark.severity == .problem
      return [
        ##"  <rect x="\##(format(frame.x))" y="\##(format(frame.y))" width="\##(format(frame.width))" "##
          + ##"height="\##(format(frame.height))" rx="\##(format(frame.height / 2))" "##
          + ##"fill="\##(problem ? "#000000" : "#FFFFFF")" stroke="#000000" stroke-width="1.2"/>"##,
        ##"  <text x="\##(format(frame.x + frame.width / 2))" y="\##(format(frame.y + frame.height / 2 + ChainLayout.markSize * 0.36))" "##
          + ##"font-size="\##(ChainLayout.markSize)" font-weight="bold" text-anchor="middle" "##
          + ##"fill="\##(problem ? "#FFFFFF" : "#000000")">\##(LensChart.xml(mark.number))</text>"##,
      ]
    }
    if let label = layout.partLabel { svg.append(text(label)) }
    if let label = layout.chainLabel { svg.append(text(label)) }
    for item in layout.chainMarks { svg += mark(item) }
    for heading in layout.headings { svg.append(text(heading, fill: "#333333")) }
    for arrow in layout.arrows {
      let middle = (arrow.start.x + arrow.end.x) / 2
      svg.append(
        ##"  <path d="M \##(format(arrow.start.x)) \##(format(arrow.start.y)) C \##(format(middle)) \##(format(arrow.start.y)), "##
          + ##"\##(format(middle)) \##(format(arrow.end.y)), \##(format(arrow.end.x + 1)) \##(format(arrow.end.y))" "##
          + ##"fill="none" stroke="#555555" stroke-width="1.3" marker-end="url(#chain-arrow)"/>"##)
    }
    for box in layout.boxes {
      let frame = box.frame
      let draft = box.node.draft == true
      let flawed = box.marks.contains { $0.severity == .problem }
      svg.append(
        ##"  <rect x="\##(format(frame.x))" y="\##(format(frame.y))" width="\##(format(frame.width))" "##
          + ##"height="\##(format(frame.height))" rx="4" fill="\##(flawed ? "#F0F0F0" : "#FFFFFF")" "##
          + ##"stroke="#000000" stroke-width="\##(flawed ? "1.6" : "1")""##
          + (draft ? ##" stroke-dasharray="5 3""## : "") + "/>")
      for (index, label) in box.labels.enumerated() {
        svg.append(text(label, fill: index == 0 || label.italic ? "#333333" : "#000000"))
      }
      for item in box.marks { svg += mark(item) }
    }
    for item in layout.legendMarks { svg += mark(item) }
    if let sample = layout.legendDraft {
      svg.append(
        ##"  <rect x="\##(format(sample.x))" y="\##(format(sample.y))" width="\##(format(sample.width))" "##
          + ##"height="\##(format(sample.height))" rx="3" fill="#FFFFFF" stroke="#000000" stroke-dasharray="5 3"/>"##
      )
    }
    for label in layout.legendLabels { svg.append(text(label, fill: "#444444")) }
    svg.append("</svg>")
    return svg.joined(separator: "\n") + "\n"
  }

  /// The diagram in words for a screen reader: each node, what it supports, and its problems' numbers.
  static func description(_ layout: ChainLayout) -> String {
    let names: [ChainLevel: String] = [
      .business: "Business result", .customer: "Customer outcome", .bet: "Bet",
    ]
    var parts: [String] = []
    func numbered(_ marks: [ChainLayout.Mark]) -> String {
      (marks.count == 1 ? "problem " : "problems ") + marks.map(\.number).joined(separator: ", ")
    }
    if !layout.chainMarks.isEmpty { parts.append("The chain as a whole has " + numbered(layout.chainMarks)) }
    for box in layout.boxes {
      var statement = box.node.statement
      while statement.last == "." { statement.removeLast() }
      var part = (names[box.node.level] ?? box.node.level.rawValue) + " " + box.node.id + ": " + statement
      if !box.node.supports.isEmpty { part += "; supports " + box.node.supports.joined(separator: ", ") }
      if !box.marks.isEmpty { part += "; " + numbered(box.marks) }
      parts.append(part)
    }
    return parts.joined(separator: ". ") + "."
  }
}
