import { randomBytes } from "node:crypto";
import { CheckContext } from "./check-context.js";
import { isCheckFailure, isCheckSkipped } from "./check-failure.js";
import type { Check, CheckSuite } from "./check.js";
import { cleanUp } from "./cleanup.js";
import { exchange, type Target } from "./exchange.js";
import { declaredFeatures, skipReason } from "./features.js";
import { providerSuite, type ProviderName } from "./providers/provider-suite.js";
import { redact, requestText, responseText } from "./redact.js";
import { checkGroups, reportOf, type CheckGroup, type CheckResultLine, type CheckerReport } from "./report.js";
import { suites } from "./suites.js";

/** Options of {@link runChecker}. */
export interface CheckerOptions {
  /** The SCIM base URL, e.g. `http://127.0.0.1:8880/scim/v2`. */
  baseUrl: string;
  /** The bearer token; never printed. */
  token?: string;
  /** Run only these groups. @default every group */
  only?: string[];
  /** Leave these groups out. */
  skip?: string[];
  /** Also replay an identity provider's documented request sequences. */
  as?: ProviderName;
  /** Prefix of every resource the run creates (and deletes). @default `scimlab-check-<random>` */
  prefix?: string;
  /** Called with each result as soon as it is known (for live output). */
  onResult?: (line: CheckResultLine) => void;
}

/** Names accepted by `only`/`skip`. */
export const selectableGroups: readonly CheckGroup[] = [...checkGroups, "entra", "okta"];

function validate(names: string[] | undefined, option: string): void {
  const unknown = (names ?? []).filter((name) => !selectableGroups.includes(name as CheckGroup));
  if (unknown.length > 0) throw new TypeError(`${option}: unknown group ${unknown.map((name) => `"${name}"`).join(", ")}; the groups are ${selectableGroups.join(", ")}`);
}

async function runOne(context: CheckContext, suite: CheckSuite, check: Check): Promise<CheckResultLine> {
  const line: CheckResultLine = { id: `${suite.group}/${check.name}`, group: suite.group, title: check.title, rfc: check.rfc, status: "passed" };
  const reason = skipReason(context.features, [...(suite.needs ?? []), ...(check.needs ?? [])]);
  if (reason !== undefined) return { ...line, status: "skipped", reason };
  const { baseUrl, token } = context.target;
  context.last = undefined;
  try {
    await check.run(context);
    return line;
  } catch (error) {
    if (isCheckSkipped(error)) return { ...line, status: "skipped", reason: redact(error.message, token) };
    const shown = isCheckFailure(error) ? (error.exchange ?? context.last) : context.last;
    const exchangeText = shown ? { request: requestText(shown, baseUrl, token), response: responseText(shown, token) } : {};
    if (isCheckFailure(error)) return { ...line, status: "failed", ...exchangeText, expected: error.expected, fix: error.fix };
    const message = redact(error instanceof Error ? error.message : String(error), token);
    return { ...line, status: "failed", ...exchangeText, expected: "the check to run to its end", fix: `The check stopped with an error: ${message}. Make sure the server is reachable at ${baseUrl} and answers every request.` };
  }
}

/**
 * Check a SCIM 2.0 service provider against RFC 7643/7644: discovery, CRUD, filters, paging, sorting,
 * projection, PATCH, groups, ETags, Bulk and robustness (and, with `as`, an identity provider's replay).
 * What /ServiceProviderConfig declares unsupported is skipped with the reason. Creates resources named with
 * `prefix` only, and deletes them at the end, even after failures.
 *
 * @example
 * const report = await runChecker({ baseUrl: "http://127.0.0.1:8880/scim/v2", token: process.env.SCIM_TOKEN });
 * console.log(`${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export async function runChecker(options: CheckerOptions): Promise<CheckerReport> {
  validate(options.only, "only");
  validate(options.skip, "skip");
  const target: Target = { baseUrl: options.baseUrl.replace(/\/+$/, ""), ...(options.token !== undefined ? { token: options.token } : {}) };
  const prefix = options.prefix ?? `scimlab-check-${randomBytes(3).toString("hex")}`;
  const config = await exchange(target, { method: "GET", path: "/ServiceProviderConfig" }).catch((error: unknown) => {
    throw new Error(`could not reach ${target.baseUrl}/ServiceProviderConfig: ${redact(error instanceof Error ? error.message : String(error), target.token)}`);
  });
  const context = new CheckContext(target, prefix, declaredFeatures(config.status === 200 ? config.body : undefined));
  // A provider's replay runs with `as`, or when `only` names it.
  const providers = options.as ? [options.as] : (options.only ?? []).filter((group): group is ProviderName => group === "entra" || group === "okta");
  const selected = [...suites, ...providers.map(providerSuite)].filter(
    (suite) => (options.only === undefined || options.only.length === 0 || options.only.includes(suite.group) || suite.group === options.as) && !(options.skip ?? []).includes(suite.group),
  );
  const results: CheckResultLine[] = [];
  try {
    for (const suite of selected) {
      for (const check of suite.checks) {
        const line = await runOne(context, suite, check);
        results.push(line);
        options.onResult?.(line);
      }
    }
  } finally {
    await cleanUp(context);
  }
  return reportOf(target.baseUrl, results);
}
