import ArtefactReading
import Foundation
import RubricEngine

/// An artefact's measures as an SVG of horizontal stacked bars: the titles by the outcome checker's verdict,
/// the items carrying each ticket field, and the done items with and without a metric plan. Each part is a
/// grey of its own with its share written on it, so the chart reads in greyscale; a title and a
/// description serve screen readers. The report's table stays the canonical data.
public enum ArtefactChart {
  static let width = 760.0
  static let labelWidth = 210.0
  static let barWidth = 500.0
  static let rowHeight = 34.0
  static let barHeight = 22.0

  /// A bar: its label, and its parts (a name, a count, a grey, whether its share is written on it) of
  /// `total`.
  struct Bar {
    var label: String
    var total: Int
    var parts: [(name: String, count: Int, fill: String, labelled: Bool)]
  }

  /// The SVG document.
  public static func svg(_ artefact: StoredArtefact) -> String {
    let measures = artefact.measures
    let counts = measures.counts
    let items = counts.itemCount
    let done = counts.count(.done)
    var bars = [
      Bar(
        label: "Titles (\(items))", total: items,
        parts: [
          ("output", counts.count(.output), "#404040", true),
          ("vague", counts.count(.vague), "#9A9A9A", true),
          ("measurable", counts.count(.measurable), "#E0E0E0", true),
        ])
    ]
    // Ticket fields are a backlog's: a roadmap or an OKR sheet has no descriptions to carry them. Each bar
    // writes the share that has the field, on the light part; the dark rest is the items without it.
    if artefact.kind == .backlog {
      for field in TicketField.allCases {
        bars.append(
          Bar(
            label: ReportWords.itemsWith(field).replacingOccurrences(of: "Items with", with: "With"),
            total: items,
            parts: [
              ("with", counts.count(field), "#E0E0E0", true),
              ("without", items - counts.count(field), "#404040", false),
            ]))
      }
    }
    if artefact.kind == .okrs, measures.keyResults > 0 {
      bars.append(
        Bar(
          label: "Key results (\(measures.keyResults))", total: measures.keyResults,
          parts: [
            ("outputs", measures.outputKeyResults, "#404040", true),
            ("outcomes", measures.keyResults - measures.outputKeyResults, "#E0E0E0", true),
          ]))
    }
    if done > 0 {
      bars.append(
        Bar(
          label: "Done, no metric plan", total: done,
          parts: [
            ("no metric plan", counts.doneWithoutMetric, "#404040", true),
            ("with a metric plan", done - counts.doneWithoutMetric, "#E0E0E0", false),
          ]))
    }
    let height = 70 + Double(bars.count) * rowHeight + 40
    func format(_ value: Double) -> String { String(format: "%.1f", value) }
    var svg: [String] = []
    svg.append(##"<?xml version="1.0" encoding="UTF-8"?>"##)
    svg.append(
      ##"<svg xmlns="http://www.w3.org/2000/svg" width="\##(Int(width))" height="\##(Int(height))" "##
        + ##"viewBox="0 0 \##(Int(width)) \##(Int(height))" role="img" aria-labelledby="artefact-title artefact-desc" "##
        + ##"font-family="Helvetica, Arial, sans-serif">"##)
    svg.append(
      ##"  <title id="artefact-title">What the work shows: \##(LensChart.xml(artefact.title))</title>"##)
    let description = bars.map { bar in
      bar.label + ": " + bar.parts.map { "\($0.count) \($0.name)" }.joined(separator: ", ")
    }.joined(separator: "; ")
    svg.append(##"  <desc id="artefact-desc">\##(LensChart.xml(description)).</desc>"##)
    svg.append(##"  <rect width="100%" height="100%" fill="#FFFFFF"/>"##)
    svg.append(
      ##"  <text x="20" y="32" font-size="16" fill="#000000">\##(LensChart.xml(artefact.title)) (\##(items) \##(items == 1 ? "item" : "items"))</text>"##
    )
    for (index, bar) in bars.enumerated() {
      let y = 56 + Double(index) * rowHeight
      svg.append(
        ##"  <text x="20" y="\##(format(y + barHeight * 0.7))" font-size="13" fill="#000000">\##(LensChart.xml(bar.label))</text>"##
      )
      var x = labelWidth
      // A two-part bar's share (the one its label names) is written after the bar, where it is read
      // whatever its size; the titles' three parts carry their own.
      if bar.parts.count == 2, let labelled = bar.parts.first(where: \.labelled), bar.total > 0 {
        svg.append(
          ##"  <text x="\##(format(labelWidth + barWidth + 8))" y="\##(format(y + barHeight * 0.7))" "##
            + ##"font-size="12" fill="#000000">\##(ReasonWords.share(Double(labelled.count) / Double(bar.total)))</text>"##
        )
      }
      for part in bar.parts where part.count > 0 && bar.total > 0 {
        let length = barWidth * Double(part.count) / Double(bar.total)
        svg.append(
          ##"  <rect x="\##(format(x))" y="\##(format(y))" width="\##(format(length))" height="\##(format(barHeight))" "##
            + ##"fill="\##(part.fill)" stroke="#000000" stroke-width="0.8"/>"##)
        if length >= 38, part.labelled, bar.parts.count > 2 {
          let dark = part.fill == "#404040"
          svg.append(
            ##"  <text x="\##(format(x + length / 2))" y="\##(format(y + barHeight * 0.7))" font-size="11" "##
              + ##"text-anchor="middle" fill="\##(dark ? "#FFFFFF" : "#000000")">\##(ReasonWords.share(Double(part.count) / Double(bar.total)))</text>"##
          )
        }
        x += length
      }
    }
    let legendY = 56 + Double(bars.count) * rowHeight + 18
    svg.append(
      ##"  <text x="20" y="\##(format(legendY))" font-size="11" fill="#666666">Titles: dark output, mid grey vague, "##
        + ##"light measurable. Other bars: the share written is the bar's label; the dark rest is the other items.</text>"##
    )
    svg.append("</svg>")
    return svg.joined(separator: "\n") + "\n"
  }
}
