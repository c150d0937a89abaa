import Checks
import Rules
import TextModel

/// JUnit XML: a test suite per file and a test case per rule, failing with its findings.
public struct JUnitReporter: Sendable {
  public init() {}

  public func render(_ report: CheckReport) -> String {
    var body = ""
    var totalTests = 0
    var totalFailures = 0
    for file in report.files {
      var cases = ""
      var failures = 0
      for rule in report.rules {
        let found = file.findings.filter { $0.ruleID == rule.id }
        cases += "    <testcase classname=\"\(Escaping.xml(file.path))\" name=\"\(Escaping.xml(rule.id))\""
        if found.isEmpty {
          cases += "/>\n"
          continue
        }
        failures += 1
        cases += ">\n"
        for f in found {
          let p = file.lines.position(ofUTF8: f.span.lowerBound)
          let message = report.message(f, in: file)
          cases += "      <failure type=\"\(f.severity.rawValue)\" message=\"\(Escaping.xml(message))\">"
          cases += Escaping.xml("\(file.path):\(p.line):\(p.column): \(message)\n\(f.explanation)")
          cases += "</failure>\n"
        }
        cases += "    </testcase>\n"
      }
      totalTests += report.rules.count
      totalFailures += failures
      body += "  <testsuite name=\"\(Escaping.xml(file.path))\" tests=\"\(report.rules.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
      body += cases
      body += "  </testsuite>\n"
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"claimcheck\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\">\n" + body + "</testsuites>\n"
  }
}
