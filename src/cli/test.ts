import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { renderHtmlReport } from "../checker/html-report.js";
import { renderJunit } from "../checker/junit.js";
import { runChecker, selectableGroups } from "../checker/run-checker.js";
import { renderTerminal } from "../checker/terminal.js";
import { usageError } from "./arguments.js";

const usage = `Usage: scimlab test --base URL [--token TOKEN] [--junit FILE] [--html FILE] [--only G,G] [--skip G,G] [--as entra|okta]

Check a SCIM 2.0 server against RFC 7643/7644. Prints the results grouped by RFC section; the last line is
"N passed, M failed, K skipped". Exits 0 when nothing failed, 1 otherwise, 2 on bad usage.

Options:
  --base URL      the server's SCIM base URL, e.g. http://127.0.0.1:8880/scim/v2   (default: $SCIM_BASE_URL)
  --token TOKEN   bearer token. Prefer the SCIM_TOKEN environment variable, which keeps the token
                  out of your shell history: SCIM_TOKEN=… scimlab test --base URL   (default: $SCIM_TOKEN)
  --junit FILE    also write JUnit XML (for CI)
  --html FILE     also write a self-contained HTML report
  --only G,G      run only these groups
  --skip G,G      leave these groups out
  --as NAME       also replay an identity provider's provisioning: entra or okta
  --prefix TEXT   prefix of the resources the run creates and deletes (default scimlab-check-<random>)

Groups: ${selectableGroups.join(", ")}.
Features /ServiceProviderConfig declares unsupported are skipped with the reason. The token is never printed.`;

const list = (text: string | undefined) => (text === undefined ? undefined : text.split(",").map((name) => name.trim()).filter(Boolean));

/**
 * `scimlab test`: run {@link runChecker} against a server and print its report (and write JUnit XML and HTML
 * when asked). Resolves to the exit code: 0 nothing failed, 1 a check failed or the server could not be
 * reached, 2 bad usage.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export async function runTest(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: "string" },
        token: { type: "string" },
        junit: { type: "string" },
        html: { type: "string" },
        only: { type: "string" },
        skip: { type: "string" },
        as: { type: "string" },
        prefix: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return usageError("test", (error as Error).message, usage);
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const baseUrl = values.base ?? process.env.SCIM_BASE_URL;
  if (!baseUrl) return usageError("test", "--base URL is required (or set SCIM_BASE_URL)", usage);
  if (!/^https?:\/\//.test(baseUrl)) return usageError("test", `--base must be an http(s) URL, got "${baseUrl}"`, usage);
  if (values.as !== undefined && values.as !== "entra" && values.as !== "okta") return usageError("test", `--as must be entra or okta, got "${values.as}"`, usage);
  const token = values.token ?? process.env.SCIM_TOKEN;
  const only = list(values.only);
  const skip = list(values.skip);
  for (const [option, names] of [["--only", only], ["--skip", skip]] as const) {
    const unknown = (names ?? []).filter((name) => !selectableGroups.includes(name as never));
    if (unknown.length > 0) return usageError("test", `${option}: unknown group ${unknown.join(", ")}`, usage);
  }
  let report;
  try {
    report = await runChecker({
      baseUrl,
      ...(token ? { token } : {}),
      ...(only ? { only } : {}),
      ...(skip ? { skip } : {}),
      ...(values.as ? { as: values.as } : {}),
      ...(values.prefix ? { prefix: values.prefix } : {}),
    });
  } catch (error) {
    const message = (error as Error).message;
    console.error(`scimlab test: ${token ? message.split(token).join("[redacted]") : message}`);
    return 1;
  }
  if (values.junit) writeFileSync(values.junit, renderJunit(report));
  if (values.html) writeFileSync(values.html, renderHtmlReport(report));
  console.log(renderTerminal(report));
  return report.failed === 0 ? 0 : 1;
}
