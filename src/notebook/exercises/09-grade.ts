import { runChecker, type CheckerReport, type CheckResultLine } from "../../checker/index.js";
import { IncorrectAnswer } from "../check-errors.js";
import { scimApp, type ScimParts } from "../serve/scim-app.js";
import { serveInKernel } from "../serve/serve-in-kernel.js";
import { describe } from "./answers.js";
import { referenceParts } from "./09-own-server.js";

/** What a chapter 09 check grades: the learner's part, where it goes in the server, and the checker's groups that judge it. */
export interface GradedPart {
  /** The part of the server the answer replaces, e.g. `"users"`. */
  part: keyof ScimParts;
  /** The answer's name in the notebook, e.g. `"handleUsers"`. */
  name: string;
  /** The checker's groups for this step, e.g. `["discovery", "crud"]`. */
  groups: string[];
  /** The answer. */
  answer: unknown;
}

/** At most this many failures are spelled out in a message. */
const shownFailures = 3;

/**
 * Grade one part of the learner's server with the checker: put the answer in
 * place of that part of the reference server (the chapter's other
 * solutions), serve it in the kernel on a port of its own, run
 * `runChecker({ baseUrl, only: groups })`, and stop it again. Returns the
 * congratulation when every check of those groups passes; otherwise throws
 * an `IncorrectAnswer` quoting the checker's failures (RFC section, what was
 * expected, what to fix) and the exceptions the answer threw: never the
 * solution.
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export async function gradePart(graded: GradedPart): Promise<string> {
  const { part, name, groups, answer } = graded;
  if (typeof answer !== "function") {
    throw new IncorrectAnswer(`Expected \`${name}\` to be a function, as the answer cell declares it; got ${describe(answer)}.`);
  }
  const server = await serveInKernel(scimApp({ ...referenceParts(), [part]: answer }), { name: `chapter09 ${name} check` });
  let report: CheckerReport;
  try {
    report = await runChecker({ baseUrl: server.url, token: "chapter09", only: groups });
  } finally {
    await server.close();
  }
  const failed = report.results.filter((line) => line.status === "failed");
  const which = `the checker's ${groups.map((group) => `"${group}"`).join(" and ")} checks`;
  if (failed.length > 0) {
    const lines = failed.slice(0, shownFailures).map(describeFailure);
    const more = failed.length > shownFailures ? `\n…and ${failed.length - shownFailures} more.` : "";
    const threw = server.failures
      .slice(0, 2)
      .map((failure) => `\nYour \`${name}\` threw ${failure.error} on ${failure.request} (answered 500).`)
      .join("");
    throw new IncorrectAnswer(
      `With your \`${name}\`, the server fails ${failed.length} of ${report.passed + report.failed} of ${which}:\n${lines.join("\n")}${more}${threw}`,
    );
  }
  if (report.passed === 0) {
    const reasons = [...new Set(report.results.map((line) => line.reason).filter((reason) => reason !== undefined))];
    throw new IncorrectAnswer(`None of ${which} ran${reasons.length > 0 ? `: ${reasons.join("; ")}` : ""}.`);
  }
  return `Right: with your \`${name}\`, the server passes all ${report.passed} of ${which}.`;
}

/** One failed check for a learner: its title and RFC section, what was expected, what came back, and what to fix. */
function describeFailure(line: CheckResultLine): string {
  const parts = [`• ${line.title} (${line.rfc})`];
  if (line.expected) parts.push(`expected ${line.expected}`);
  if (line.response) parts.push(`got ${shorten(line.response)}`);
  if (line.fix) parts.push(`fix: ${line.fix}`);
  return parts.join("; ");
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}
