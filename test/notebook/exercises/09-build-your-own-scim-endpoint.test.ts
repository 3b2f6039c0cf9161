import { describe, expect, it } from "vitest";
import { chapter09 } from "../../../src/notebook/exercises/09-build-your-own-scim-endpoint.js";
import { ownServerScope, referenceParts } from "../../../src/notebook/exercises/09-own-server.js";
import type { Filter } from "../../../src/scim/filter/ast.js";
import { InvalidFilterError, NoTargetError } from "../../../src/scim/errors.js";
import type { FilterMatcher, PatchApplier, ScimContext, ScimHandler } from "../../../src/notebook/serve/scim-app.js";
import type { ScimReply, ScimRequest } from "../../../src/notebook/serve/scim-exchange.js";
import { runSolution } from "./run-solution.js";

const reference = referenceParts();

/** Each exercise: the solution and other right answers pass; each wrong answer fails without giving the solution away. */
function table(name: keyof typeof chapter09, key: string, right: [string, unknown][], wrong: [string, unknown, RegExp?][]) {
  const exercise = chapter09[name];
  describe(`chapter 09 ${name}: ${exercise.title}`, () => {
    it("the solution passes, and the solution code holds the key text the messages must not give away", async () => {
      expect(exercise.solutionCode).toContain(key);
      const result = await exercise.evaluate(runSolution(exercise as never, ownServerScope) as never);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(right)("right: %s", async (_label, answer) => {
      const result = await exercise.evaluate(answer as never);
      expect(result, result.message).toMatchObject({ outcome: "correct" });
    });
    it.each(wrong.map(([label, answer, says]) => [label, answer, says] as const))("wrong: %s", async (label, answer, says) => {
      const result = await exercise.evaluate(answer as never);
      if (process.env.SHOW_MESSAGES) console.log(`${name} ${label}: ${result.message}`);
      expect(result, result.message).toMatchObject({ outcome: "incorrect" });
      expect(result.message).not.toContain(key);
      if (says) expect(result.message).toMatch(says);
    });
  });
}

/** A handler that passes the reference's reply through `change` (a learner's slip, or another right form). */
const bent =
  (handler: ScimHandler, change: (reply: ScimReply, req: ScimRequest) => ScimReply): ScimHandler =>
  async (req, ctx) =>
    change(await handler(req, ctx), req);
const withoutHeader = (reply: ScimReply, header: string): ScimReply => {
  const headers = { ...(reply.headers ?? {}) };
  delete headers[header];
  return { ...reply, headers };
};
const lowerCaseHeaders = (reply: ScimReply): ScimReply => ({
  ...reply,
  headers: Object.fromEntries(Object.entries(reply.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])),
});
const created200 = (reply: ScimReply): ScimReply => (reply.status === 201 ? { ...reply, status: 200 } : reply);

table(
  "q1",
  "{ Location: user.meta.location }",
  [
    ["an async handler", async (req: ScimRequest, ctx: ScimContext) => reference.users(req, ctx)],
    ["header names in lower case (HTTP header names are case-insensitive)", bent(reference.users, lowerCaseHeaders)],
    ["an extra Cache-Control header", bent(reference.users, (reply) => ({ ...reply, headers: { ...reply.headers, "Cache-Control": "no-store" } }))],
  ],
  [
    ["forgets Location on 201", bent(reference.users, (reply) => withoutHeader(reply, "Location")), /Location/i],
    ["answers 200 to a create", bent(reference.users, created200), /201/],
    ["no ETag", bent(reference.users, (reply) => withoutHeader(reply, "ETag")), /ETag/i],
    [
      "application/json instead of application/scim+json",
      bent(reference.users, (reply) => ({ ...reply, headers: { ...reply.headers, "Content-Type": "application/json" } })),
      /scim\+json/,
    ],
    [
      "crashes on an unknown id (a 500)",
      (req: ScimRequest, ctx: ScimContext) => (req.id !== undefined && !ctx.users.has(req.id) ? { status: 200, body: ctx.users.get(req.id).meta } : reference.users(req, ctx)),
      /threw TypeError/,
    ],
    ["not a function", { POST: "201" }, /function/],
  ],
);

/** The filter with every node changed by `change` (applied bottom-up). */
function mapFilter(filter: Filter, change: (node: Filter) => Filter): Filter {
  const inner: Filter =
    filter.kind === "logical"
      ? { ...filter, left: mapFilter(filter.left, change), right: mapFilter(filter.right, change) }
      : filter.kind === "not" || filter.kind === "valuePath"
        ? { ...filter, filter: mapFilter(filter.filter, change) }
        : filter;
  return change(inner);
}

/**
 * Another matchesFilter, written independently: values flattened, strings lower-cased (unless `caseSensitive`,
 * a learner's slip), one table of operators.
 */
const matcherWith = (caseSensitive: boolean): FilterMatcher => {
  const compactMatcher: FilterMatcher = (resource, filter) => {
  const get = (object: any, name: string) =>
    object && typeof object === "object" ? object[Object.keys(object).find((key) => key.toLowerCase() === name.toLowerCase()) ?? ""] : undefined;
  const values = (path: { schema?: string; name: string; subAttribute?: string }): unknown[] => {
    const holder = path.schema && !/:core:/i.test(path.schema) ? get(resource, path.schema) : resource;
    const top = [get(holder, path.name)].flat();
    return (path.subAttribute ? top.flatMap((value) => [get(value, path.subAttribute!)].flat()) : top).filter((value) => value != null);
  };
  const norm = (value: unknown, exact: boolean) => (typeof value === "string" && !exact ? value.toLowerCase() : value);
  const ops: Record<string, (a: any, b: any) => boolean> = {
    eq: (a, b) => a === b,
    co: (a, b) => String(a).includes(String(b)),
    sw: (a, b) => String(a).startsWith(String(b)),
    ew: (a, b) => String(a).endsWith(String(b)),
    gt: (a, b) => a > b,
    ge: (a, b) => a >= b,
    lt: (a, b) => a < b,
    le: (a, b) => a <= b,
  };
  switch (filter.kind) {
    case "logical":
      return filter.operator === "and"
        ? compactMatcher(resource, filter.left) && compactMatcher(resource, filter.right)
        : compactMatcher(resource, filter.left) || compactMatcher(resource, filter.right);
    case "not":
      return !compactMatcher(resource, filter.filter);
    case "present":
      return values(filter.path).some((value) => value !== "");
    case "valuePath":
      return values(filter.path).some((item) => compactMatcher(item, filter.filter));
    case "comparison": {
      const exact = caseSensitive || (!filter.path.subAttribute && /^(id|externalId)$/i.test(filter.path.name));
      const expected = norm(filter.value, exact);
      if ((typeof filter.value === "boolean") && !["eq", "ne"].includes(filter.operator)) {
        throw new InvalidFilterError(`${filter.operator} does not compare booleans`);
      }
      const found = values(filter.path).map((value) => norm(value && typeof value === "object" ? get(value, "value") : value, exact));
      if (filter.operator === "ne") return !found.some((value) => value === expected);
      return found.some((value) => value != null && ops[filter.operator]!(value, expected));
    }
  }
  };
  return compactMatcher;
};

table(
  "q2",
  "valuesOf(filter.path).some((item) => matchesFilter(item, filter.filter))",
  [
    ["written another way", matcherWith(false)],
    ["attribute names lower-cased first", (resource: any, filter: Filter) => reference.matchesFilter(lowerKeys(resource), filter)],
    [
      "not (a or b) evaluated as (not a) and (not b)",
      (resource: any, filter: Filter) =>
        reference.matchesFilter(
          resource,
          mapFilter(filter, (node) =>
            node.kind === "not" && node.filter.kind === "logical" && node.filter.operator === "or"
              ? { kind: "logical", operator: "and", left: { kind: "not", filter: node.filter.left }, right: { kind: "not", filter: node.filter.right } }
              : node,
          ),
        ),
    ],
  ],
  [
    ["case-sensitive on userName", matcherWith(true), /case/i],
    ["or read as and", (resource: any, filter: Filter) => reference.matchesFilter(resource, mapFilter(filter, (node) => (node.kind === "logical" ? { ...node, operator: "and" } : node)))],
    ["not ignored", (resource: any, filter: Filter) => reference.matchesFilter(resource, mapFilter(filter, (node) => (node.kind === "not" ? node.filter : node)))],
    ["every resource matches", () => true],
  ],
);

function lowerKeys(value: any): any {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.toLowerCase(), lowerKeys(inner)]));
}

const patchWith =
  (change: (operations: any[]) => any[]): PatchApplier =>
  (resource, operations, ctx) =>
    reference.applyPatch(resource, change(operations), ctx);

table(
  "q3",
  "ctx.matchesFilter(item, path.valueFilter)",
  [
    ["one operation at a time", (resource: any, operations: any[], ctx: ScimContext) => operations.reduce((done, operation) => reference.applyPatch(done, [operation], ctx), resource)],
    ["on a copy of its own", (resource: any, operations: any[], ctx: ScimContext) => reference.applyPatch(structuredClone(resource), operations, ctx)],
    ["op names lower-cased first", patchWith((operations) => operations.map((operation) => ({ ...operation, op: String(operation.op).toLowerCase() })))],
  ],
  [
    [
      "ignores noTarget",
      (resource: any, operations: any[], ctx: ScimContext) => {
        try {
          return reference.applyPatch(resource, operations, ctx);
        } catch (error) {
          if (error instanceof NoTargetError) return resource;
          throw error;
        }
      },
      /noTarget/,
    ],
    ["remove without a path quietly ignored", patchWith((operations) => operations.filter((operation) => operation.op !== "remove" || operation.path)), /noTarget/],
    ["a change of id quietly ignored", patchWith((operations) => operations.filter((operation) => String(operation.path).toLowerCase() !== "id")), /mutability/],
    ["remove ignored", patchWith((operations) => operations.filter((operation) => String(operation.op).toLowerCase() !== "remove"))],
    [
      "value filters dropped from paths",
      patchWith((operations) => operations.map((operation) => (typeof operation.path === "string" ? { ...operation, path: operation.path.replace(/\[[^\]]*\]/, "") } : operation))),
    ],
  ],
);

table(
  "q4",
  "members.push({ value: target.id",
  [
    ["an async handler", async (req: ScimRequest, ctx: ScimContext) => reference.groups(req, ctx)],
    ["header names in lower case", bent(reference.groups, lowerCaseHeaders)],
    ["an extra Cache-Control header", bent(reference.groups, (reply) => ({ ...reply, headers: { ...reply.headers, "Cache-Control": "no-store" } }))],
  ],
  [
    ["answers 200 to a create", bent(reference.groups, created200), /201/],
    [
      "excludedAttributes=members ignored",
      (req: ScimRequest, ctx: ScimContext) => reference.groups({ ...req, query: new URLSearchParams([...req.query].filter(([name]) => name !== "excludedAttributes")) }, ctx),
      /excludedAttributes/,
    ],
    [
      "ignores PATCH (answers the group unchanged)",
      (req: ScimRequest, ctx: ScimContext) =>
        req.method === "PATCH" && ctx.groups.has(req.id as string)
          ? reference.groups({ ...req, method: "GET", body: undefined }, ctx)
          : reference.groups(req, ctx),
    ],
    ["drops every member", (req: ScimRequest, ctx: ScimContext) => reference.groups(req.body?.members ? { ...req, body: { ...req.body, members: [] } } : req, ctx)],
  ],
);
