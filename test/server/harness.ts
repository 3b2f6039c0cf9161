import { Directory } from "../../src/server/directory.js";
import { createHandler, type HandlerOptions } from "../../src/server/handler.js";
import { RequestLog } from "../../src/server/request-log.js";
import { SqliteStore } from "../../src/server/store/sqlite.js";

export const token = "test-token";
export const base = "/scim/v2";

/** A parsed answer of the in-process handler. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/**
 * A server with no socket: an in-memory store behind `createHandler`, and a
 * `call` that sends JSON with the bearer token. Unexpected exceptions are
 * collected in `internalErrors` (tests assert it stays empty).
 */
export function harness(options: Partial<HandlerOptions> = {}) {
  const store = new SqliteStore(":memory:");
  const requestLog = new RequestLog(100);
  const internalErrors: unknown[] = [];
  const handler = createHandler({
    store,
    token,
    baseUrl: "http://localhost/scim/v2",
    requestLog,
    onInternalError: (error) => internalErrors.push(error),
    ...options,
  });
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string | undefined> = {}): Promise<Answer> {
    const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
    const response = await handler({
      method,
      url: path.startsWith("/scim") ? path : `${base}${path}`,
      headers: {
        authorization: `Bearer ${token}`,
        ...(text === "" ? {} : { "content-type": "application/scim+json" }),
        ...headers,
      },
      body: text,
    });
    return { ...response, json: response.body === "" ? undefined : JSON.parse(response.body) };
  }
  async function createUser(userName: string, extra: Record<string, unknown> = {}) {
    const answer = await call("POST", "/Users", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName, ...extra });
    if (answer.status !== 201) throw new Error(`createUser ${userName}: ${answer.status} ${answer.body}`);
    return answer.json as { id: string; [key: string]: unknown };
  }
  async function createGroup(displayName: string, memberIds: string[] = []) {
    const answer = await call("POST", "/Groups", {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
      displayName,
      ...(memberIds.length > 0 ? { members: memberIds.map((value) => ({ value })) } : {}),
    });
    if (answer.status !== 201) throw new Error(`createGroup ${displayName}: ${answer.status} ${answer.body}`);
    return answer.json as { id: string; [key: string]: unknown };
  }
  const directory = new Directory(store, "http://localhost/scim/v2");
  return { store, directory, handler, requestLog, internalErrors, call, createUser, createGroup };
}
