import { defineExercise } from "../exercise.js";
import { gradePart } from "./09-grade.js";
import { applyPatchSolution, handleGroupsSolution, handleUsersSolution, matchesFilterSolution } from "./09-solutions.js";

/**
 * Chapter 09, question 1: `handleUsers`, the `/Users` endpoint, graded by the
 * checker's discovery and CRUD checks with the learner's handler in place.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.3
 */
const q1 = defineExercise<unknown>({
  id: "chapter09.q1",
  title: "Users: create, read, replace, delete",
  hints: [
    "Branch on `req.method` and on whether `req.id` is set: `POST` and `GET` on `/Users`, then `GET`, `PUT`, `PATCH` and `DELETE` on `/Users/{id}`. Throw `new NotFoundError(…)` for an id you do not have: the server sends it as a SCIM Error.",
    "A create answers `201` with the new resource, a `Location` header holding its URL (RFC 7644 §3.3) and an `ETag` holding `meta.version` (§3.14); `withMeta(resource, \"User\", req)` fills in `meta`. `userName` is unique regardless of case: a second `bjensen` is `409` `uniqueness`.",
    "Store `withMeta({ ...body, id: randomUUID() }, \"User\", req)` in `ctx.users`, answer `scimJson(201, user, { Location: …, ETag: … })`; a list is `scimJson(200, listOf(users, req))`, filtered with `ctx.matchesFilter(user, parseFilter(text))`; a PATCH calls `ctx.applyPatch(structuredClone(user), req.body.Operations, ctx)`; a delete answers `{ status: 204 }`.",
  ],
  solution: handleUsersSolution,
  check: (answer) => gradePart({ part: "users", name: "handleUsers", groups: ["discovery", "crud"], answer }),
});

/**
 * Chapter 09, question 2: `matchesFilter`, graded by the checker's filter
 * checks with the learner's function in place.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
const q2 = defineExercise<unknown>({
  id: "chapter09.q2",
  title: "Filters",
  hints: [
    "`filter` is a tree from `parseFilter`: switch on `filter.kind` (`comparison`, `present`, `logical`, `not`, `valuePath`); `and`, `or` and `not` call `matchesFilter` again on their parts.",
    "Attribute names are case-insensitive (RFC 7643 §2.1), and so are the values of attributes that are not caseExact, such as `userName` (§4.1.1): `userName eq \"BJensen\"` finds `bjensen`. An extension's attribute sits under its schema URN in the resource (RFC 7644 §3.10).",
    "Find the values the path names (`path.name`, then `path.subAttribute`, looked up without case), lower-case both sides for strings, and compare: `eq`, `ne`, `co`, `sw`, `ew`, `gt`, `ge`, `lt`, `le`; `pr` is \"has a value\"; a `valuePath` matches when one item of the attribute matches the inner filter. `gt` on a boolean is `new InvalidFilterError(…)`.",
  ],
  solution: matchesFilterSolution,
  check: (answer) => gradePart({ part: "matchesFilter", name: "matchesFilter", groups: ["filters"], answer }),
});

/**
 * Chapter 09, question 3: `applyPatch`, graded by the checker's PATCH checks
 * with the learner's function in place.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
const q3 = defineExercise<unknown>({
  id: "chapter09.q3",
  title: "PATCH",
  hints: [
    "Apply the operations in order to the copy you get, and return it; throw a SCIM error (`NoTargetError`, `InvalidPathError`, `InvalidValueError`) to refuse the whole PATCH: the handler then stores nothing (RFC 7644 §3.5.2).",
    "`parsePatchPath(op.path)` gives `attribute` (with `subAttribute` and `schema`), `valueFilter` and `subAttribute`. `add` appends to a multi-valued attribute, `replace` sets, `remove` deletes; without a path, `add` and `replace` take an object of attributes, and `remove` is `noTarget` (§3.5.2.2).",
    "For a value path such as `emails[type eq \"work\"].value`, select the items with `ctx.matchesFilter(item, path.valueFilter)`; if none matches, throw `new NoTargetError(…)`; otherwise change the sub-attribute of each selected item, or remove or replace the items themselves.",
  ],
  solution: applyPatchSolution,
  check: (answer) => gradePart({ part: "applyPatch", name: "applyPatch", groups: ["patch"], answer }),
});

/**
 * Chapter 09, question 4: `handleGroups`, graded by the checker's group and
 * membership checks with the learner's handler in place.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.2
 */
const q4 = defineExercise<unknown>({
  id: "chapter09.q4",
  title: "Groups and members",
  hints: [
    "`/Groups` works like `/Users`: the same five operations, `201` with `Location` and `ETag`, `404` for an unknown id; `displayName` is required, and not unique.",
    "Each member's `value` is the `id` of a User (or a Group) you store: refuse an unknown one with `400` `invalidValue`, and fill in `type` (`\"User\"`), `display` and `$ref` yourself (RFC 7643 §4.2). A PATCH of `members` goes through `ctx.applyPatch`, then the members are checked again.",
    "Write a `build(body, id, created)` that checks `displayName`, rebuilds `members` from `ctx.users`, and returns `withMeta({ ...body, schemas: [SchemaUrn.Group], id, members }, \"Group\", req, created)`; use it for POST, PUT and after `ctx.applyPatch`. Deleting a group (or a user) removes it from the other groups' members.",
  ],
  solution: handleGroupsSolution,
  check: (answer) => gradePart({ part: "groups", name: "handleGroups", groups: ["groups"], answer }),
});

/**
 * The exercises of chapter 09, *Build your own SCIM endpoint*:
 * `const { q1, q2, q3, q4 } = chapter09;`. Each puts the learner's part in a
 * server run inside the kernel and grades it with the checker.
 * @see https://www.rfc-editor.org/rfc/rfc7644
 */
export const chapter09 = { q1, q2, q3, q4 };
