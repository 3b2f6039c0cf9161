import { summaryLine, type CheckResultLine, type CheckerReport } from "./report.js";
import { escapeXml } from "./xml-escape.js";

/** The body of a failure element: expected, fix, request, response. */
function failureText(line: CheckResultLine): string {
  return [`${line.rfc}`, `expected: ${line.expected ?? ""}`, `fix: ${line.fix ?? ""}`, "", "request:", line.request ?? "", "", "response:", line.response ?? ""].join("\n");
}

function testcase(line: CheckResultLine): string {
  const open = `    <testcase classname="scimlab.${escapeXml(line.group)}" name="${escapeXml(`${line.rfc}: ${line.title}`)}" time="0"`;
  if (line.status === "passed") return `${open}/>`;
  if (line.status === "skipped") return `${open}>\n      <skipped message="${escapeXml(line.reason ?? "")}"/>\n    </testcase>`;
  return `${open}>\n      <failure message="${escapeXml(line.expected ?? "failed")}" type="${escapeXml(line.rfc)}">${escapeXml(failureText(line))}</failure>\n    </testcase>`;
}

/**
 * The report as JUnit XML for CI: `<testsuites>` with a `<testsuite>` per check group, a `<testcase>` per
 * check (classname `scimlab.<group>`, name `RFC section: title`), `<failure>` with the request, response,
 * expectation and fix, `<skipped>` with the reason. Counts on every suite, text escaped.
 * @see https://github.com/testmoapp/junitxml
 */
export function renderJunit(report: CheckerReport): string {
  const groups = new Map<string, CheckResultLine[]>();
  for (const line of report.results) groups.set(line.group, [...(groups.get(line.group) ?? []), line]);
  const suites = [...groups.entries()].map(([group, lines]) => {
    const count = (status: string) => lines.filter((line) => line.status === status).length;
    const head = `  <testsuite name="${escapeXml(group)}" tests="${lines.length}" failures="${count("failed")}" errors="0" skipped="${count("skipped")}" time="0">`;
    return [head, ...lines.map(testcase), "  </testsuite>"].join("\n");
  });
  const root = `<testsuites name="${escapeXml(`scimlab test ${report.target}: ${summaryLine(report)}`)}" tests="${report.results.length}" failures="${report.failed}" errors="0" skipped="${report.skipped}" time="0">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...suites, "</testsuites>", ""].join("\n");
}
