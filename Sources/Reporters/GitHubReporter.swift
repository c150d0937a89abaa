import Checks
import Rules
import TextModel

/// GitHub Actions workflow commands: an annotation per finding on the pull request's diff.
public struct GitHubReporter: Sendable {
  public init() {}

  public func render(_ report: CheckReport) -> String {
    var out = ""
    for file in report.files {
      for f in report.shown(file) {
        let start = file.lines.position(ofUTF8: f.span.lowerBound)
        let end = file.lines.position(ofUTF8: f.span.upperBound)
        let command: String
        switch f.status {
        case .contradicts:
          command = f.severity == .error ? "error" : f.severity == .warning ? "warning" : "notice"
        case .holds, .undetermined: command = "notice"
        }
        var properties = [
          "file=\(Escaping.githubProperty(file.path))", "line=\(start.line)", "col=\(start.column)",
        ]
        if end.line != start.line { properties.append("endLine=\(end.line)") } else { properties.append("endColumn=\(end.column)") }
        let title = f.status == .contradicts ? f.ruleID : "\(f.ruleID) (\(f.status.name))"
        properties.append("title=\(Escaping.githubProperty(title))")
        var message = report.message(f, in: file)
        if !f.explanation.isEmpty { message += "\n" + f.explanation }
        out += "::\(command) \(properties.joined(separator: ","))::\(Escaping.githubData(message))\n"
      }
      for n in file.notices {
        let p = file.lines.position(ofUTF8: n.span.lowerBound)
        out += "::notice file=\(Escaping.githubProperty(file.path)),line=\(p.line),col=\(p.column),title=\(n.id)::\(Escaping.githubData(n.message))\n"
      }
    }
    return out
  }
}
