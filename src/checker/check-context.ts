import { CheckFailure } from "./check-failure.js";
import { exchange, type CheckRequest, type Exchange, type Target } from "./exchange.js";
import type { DeclaredFeatures } from "./features.js";
import { ResourceTracker } from "./resource-tracker.js";

/** A resource as the checker reads it: a JSON object. */
export type Json = Record<string, unknown>;

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

/**
 * What a check works with: the target, the server's declared features, a prefix for every resource it creates
 * (tracked and deleted at the end), the last exchange, and expectations that throw a {@link CheckFailure}.
 */
export class CheckContext {
  readonly target: Target;
  readonly prefix: string;
  readonly features: DeclaredFeatures;
  readonly tracker = new ResourceTracker();
  /** The last exchange of the running check (shown when a check fails without naming one). */
  last: Exchange | undefined;
  private readonly fixtures = new Map<string, Promise<unknown>>();
  private counter = 0;

  constructor(target: Target, prefix: string, features: DeclaredFeatures) {
    this.target = target;
    this.prefix = prefix;
    this.features = features;
  }

  /** Send a request; remembers it as the last exchange and tracks what it creates. */
  async send(request: CheckRequest): Promise<Exchange> {
    const answer = await exchange(this.target, request);
    this.last = answer;
    this.tracker.observe(answer, this.target.baseUrl);
    return answer;
  }

  /** A fresh name with the checker's prefix: `scimlab-check-ab12cd-<tag>-<n>`. */
  name(tag: string): string {
    this.counter += 1;
    return `${this.prefix}-${tag}-${this.counter}`;
  }

  /** Compute a fixture once per run (e.g. the users the filter checks search). */
  fixture<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.fixtures.has(key)) this.fixtures.set(key, make());
    return this.fixtures.get(key) as Promise<T>;
  }

  /** POST a User named `userName` with extra attributes; fails the check unless it is created (201). */
  async createUser(userName: string, extra: Json = {}): Promise<Json> {
    const schemas = extra["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]
      ? [USER, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]
      : [USER];
    const created = await this.send({ method: "POST", path: "/Users", json: { schemas, userName, ...extra } });
    this.expectStatus(created, [201], "Create a User with POST /Users and answer 201 Created with the resource (RFC 7644 §3.3).");
    return this.resource(created);
  }

  /** POST a Group with members (user ids); fails the check unless it is created (201). */
  async createGroup(displayName: string, memberIds: string[] = []): Promise<Json> {
    const members = memberIds.map((value) => ({ value }));
    const created = await this.send({ method: "POST", path: "/Groups", json: { schemas: [GROUP], displayName, members } });
    this.expectStatus(created, [201], "Create a Group with POST /Groups and answer 201 Created with the resource (RFC 7644 §3.3).");
    return this.resource(created);
  }

  /** GET a resource by path (e.g. `/Users/ID`), expecting 200. */
  async read(path: string): Promise<Json> {
    const answer = await this.send({ method: "GET", path });
    this.expectStatus(answer, [200], "Answer GET of an existing resource with 200 and the resource (RFC 7644 §3.4.1).");
    return this.resource(answer);
  }

  /** The JSON object body of an exchange, failing the check when there is none. */
  resource(answer: Exchange): Json {
    const body = answer.body;
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      throw new CheckFailure("a JSON object body", "Answer with the resource as a JSON object (RFC 7644 §3.1).", answer);
    }
    return body as Json;
  }

  /** Fail unless the status is one of `statuses`. */
  expectStatus(answer: Exchange, statuses: number[], fix: string): void {
    if (!statuses.includes(answer.status)) {
      throw new CheckFailure(`HTTP ${statuses.join(" or ")}, got ${answer.status}`, fix, answer);
    }
  }

  /** Fail with `expected` and `fix` unless `condition` holds; shows `answer` (or the last exchange). */
  expect(condition: unknown, expected: string, fix: string, answer: Exchange | undefined = this.last): void {
    if (!condition) throw new CheckFailure(expected, fix, answer);
  }

  /**
   * Fail unless the answer is a SCIM Error with `status` (and `scimType` when given): the status line and the
   * body's `status` agree, the body declares the Error schema.
   * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
   */
  expectError(answer: Exchange, status: number, scimType: string | undefined, fix: string): void {
    const wanted = `HTTP ${status} with a SCIM Error${scimType ? ` whose scimType is "${scimType}"` : ""}`;
    const body = answer.body as { schemas?: unknown; scimType?: unknown; status?: unknown } | undefined;
    const isError =
      answer.status === status &&
      Array.isArray(body?.schemas) &&
      body?.schemas.includes("urn:ietf:params:scim:api:messages:2.0:Error") === true &&
      String(body?.status) === String(status);
    if (!isError) throw new CheckFailure(`${wanted}, got HTTP ${answer.status}`, fix, answer);
    if (scimType !== undefined && body?.scimType !== scimType) {
      throw new CheckFailure(`${wanted}, got scimType ${JSON.stringify(body?.scimType)}`, fix, answer);
    }
  }

  /** Fail on any 5xx: malformed input is the client's fault, answered with a 4xx (RFC 7644 §3.12). */
  expectNo5xx(answer: Exchange, fix: string): void {
    if (answer.status >= 500) {
      throw new CheckFailure(`a 4xx SCIM Error (the client's mistake), not HTTP ${answer.status}`, fix, answer);
    }
  }
}
