import type { ScimClient } from "../client/index.js";
import { captureValues, stepRequest, type FormId, type PlaceholderValues, type ProviderSequence } from "../providers/index.js";

/** A dialect profile of scimlab's embedded server, asked per request with the `Scimlab-Dialect` header. */
export type ReplayDialect = "strict" | "entra" | "okta" | "lenient";

/** One step of a replay: what was sent, what came back, and whether the answer is one the step expects. */
export interface ReplayRow {
  /** The step's id, e.g. `"deactivate-user"`. */
  step: string;
  title: string;
  /** The method and the path as documented, placeholders unfilled: `PATCH /Users/{userId}`. */
  request: string;
  /** The non-RFC forms the step uses (the catalogue's ids). */
  forms: FormId[];
  /** The answer's status; `undefined` when the step could not be sent (a value it needs was never captured). */
  status: number | undefined;
  /** Whether the status is one the step expects. */
  ok: boolean;
  /** The SCIM error's `scimType` and `detail` when the server refused, or why the step was not sent. */
  detail?: string;
}

/** A provider's sequence replayed against one server in one dialect (or as the server is). */
export interface ReplayReport {
  provider: string;
  variant: string;
  /** The provider's documentation the steps come from. */
  source: string;
  /** The dialect asked for, or `"as it is"` (no header: the server's own profile). */
  dialect: ReplayDialect | "as it is";
  rows: ReplayRow[];
}

/** Options of {@link replayProvider}. */
export interface ReplayOptions {
  /**
   * The dialect profile to ask the embedded server for; other servers ignore the header.
   * @default undefined (no header: the server as it is)
   */
  dialect?: ReplayDialect;
  /**
   * The scratch `userName` the sequence's `{userName}` becomes (its group is "<userName> team").
   * @default "scimlab-replay-<provider>-<dialect>"
   */
  userName?: string;
}

/**
 * Replay a provider's documented request sequence (src/providers) against `client`'s server, step by
 * step with `client.raw()`, and report each answer. Values a step captures (`userId`, `groupId`) feed
 * later steps; a step that needs a value never captured is not sent. Only scratch resources are
 * touched: leftovers of an earlier replay with the same `userName` are deleted first, and the user
 * and group the replay created are deleted at the end, whatever happened.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export async function replayProvider(client: ScimClient, sequence: ProviderSequence, options: ReplayOptions = {}): Promise<ReplayReport> {
  const dialect = options.dialect ?? "as it is";
  const slug = `${sequence.provider.split(" ").pop()}-${sequence.variant}`.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const userName = options.userName ?? `scimlab-replay-${slug}-${dialect.replace(/ /g, "-")}`;
  const headers: Record<string, string> = options.dialect === undefined ? {} : { "scimlab-dialect": options.dialect };
  await deleteLeftovers(client, userName);
  let values: PlaceholderValues = { userName };
  const created: PlaceholderValues = {};
  const rows: ReplayRow[] = [];
  try {
    for (const step of sequence.steps) {
      const row = { step: step.id, title: step.title, request: `${step.method} ${step.path}`, forms: step.forms };
      let request: ReturnType<typeof stepRequest>;
      try {
        request = stepRequest(step, values);
      } catch {
        const needs = [...`${step.path}${JSON.stringify(step.body ?? "")}`.matchAll(/\{(userId|groupId)\}/g)].map((match) => match[1]);
        const missing = [...new Set(needs)].filter((name) => values[name as "userId" | "groupId"] === undefined);
        rows.push({ ...row, status: undefined, ok: false, detail: `needs {${missing.join("}, {")}}, which the step that creates it did not return` });
        continue;
      }
      const answer = await client.raw({ ...request, headers });
      values = captureValues(step, answer.body, values);
      if (values.userId !== undefined) created.userId = values.userId;
      if (values.groupId !== undefined) created.groupId = values.groupId;
      const ok = step.expectStatus.includes(answer.status);
      rows.push({ ...row, status: answer.status, ok, ...(ok ? {} : { detail: errorDetail(answer.body) }) });
    }
  } finally {
    await cleanUp(client, created);
  }
  return { provider: sequence.provider, variant: sequence.variant, source: sequence.source, dialect, rows };
}

/** "invalidSyntax: …" from a SCIM Error body, or a short description of another body. */
function errorDetail(body: unknown): string {
  if (body !== null && typeof body === "object") {
    const { scimType, detail } = body as { scimType?: unknown; detail?: unknown };
    if (typeof detail === "string") return typeof scimType === "string" ? `${scimType}: ${detail}` : detail;
  }
  return body === undefined ? "no body" : JSON.stringify(body).slice(0, 200);
}

/** Delete the users and groups an earlier replay with this userName left (an interrupted run). */
async function deleteLeftovers(client: ScimClient, userName: string): Promise<void> {
  const users = await client.users.list({ filter: `userName eq "${userName}"`, attributes: ["id"] });
  const groups = await client.groups.list({ filter: `displayName sw "${userName} team"`, attributes: ["id"] });
  await Promise.all([
    ...users.Resources.map((user) => quietly(() => client.users.delete(user.id as string))),
    ...groups.Resources.map((group) => quietly(() => client.groups.delete(group.id as string))),
  ]);
}

async function cleanUp(client: ScimClient, created: PlaceholderValues): Promise<void> {
  if (created.groupId !== undefined) await quietly(() => client.groups.delete(created.groupId as string));
  if (created.userId !== undefined) await quietly(() => client.users.delete(created.userId as string));
}

async function quietly(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch {
    // Already deleted by the sequence itself (its last steps delete), or refused: nothing to undo.
  }
}
