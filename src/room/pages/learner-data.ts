import type { ScimHttpRequest } from "../../server/index.js";
import type { Learner } from "../registry.js";
import type { Room } from "../room.js";

/** A user as the learner's page lists it. */
export interface PageUser {
  readonly id: string;
  readonly userName: string;
  readonly displayName: string;
  readonly active: boolean;
  readonly email: string;
}

/** A group with its members' userNames (or the member id, for an unknown member). */
export interface PageGroup {
  readonly id: string;
  readonly displayName: string;
  readonly members: readonly { readonly value: string; readonly userName: string }[];
}

/** One exchange of the learner's request log, as the page shows it: no headers at all. */
export interface PageRequest {
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly requestBody: string;
  readonly responseBody: string;
}

/** Everything `GET /room/learner` shows, and `GET /room/learner.json` answers. No token. */
export interface LearnerPageData {
  readonly room: string;
  readonly learner: { readonly id: string; readonly name: string };
  readonly users: readonly PageUser[];
  readonly groups: readonly PageGroup[];
  /** The newest first. */
  readonly requests: readonly PageRequest[];
}

/** How many exchanges the page shows. */
const shownRequests = 20;

/**
 * Read a learner's directory (in process, not in their request log) and
 * their recent exchanges (the log already redacts Authorization and
 * passwords; the page drops headers altogether).
 */
export async function learnerPageData(room: Room, learner: Learner): Promise<LearnerPageData> {
  type Resource = Record<string, unknown>;
  const users = (await list(room, learner.id, "Users")).map((user: Resource) => ({
    id: String(user.id ?? ""),
    userName: String(user.userName ?? ""),
    displayName: String(user.displayName ?? (user.name as Resource | undefined)?.formatted ?? ""),
    active: user.active !== false,
    email: String((user.emails as Resource[] | undefined)?.find((email) => email.primary === true)?.value ?? (user.emails as Resource[] | undefined)?.[0]?.value ?? ""),
  }));
  const userNames = new Map(users.map((user) => [user.id, user.userName]));
  const groups = (await list(room, learner.id, "Groups")).map((group: Resource) => ({
    id: String(group.id ?? ""),
    displayName: String(group.displayName ?? ""),
    members: ((group.members as Resource[] | undefined) ?? []).map((member) => {
      const value = String(member.value ?? "");
      return { value, userName: userNames.get(value) ?? String(member.display ?? value) };
    }),
  }));
  const log = room.tenants.peek(learner.id)?.requestLog.entries(shownRequests) ?? [];
  const requests = log.reverse().map(({ at, method, path, status, durationMs, requestBody, responseBody }) => ({ at, method, path, status, durationMs: Math.round(durationMs * 10) / 10, requestBody, responseBody }));
  return { room: room.registry.name, learner: { id: learner.id, name: learner.name }, users, groups, requests };
}

async function list(room: Room, learnerId: string, type: "Users" | "Groups"): Promise<Record<string, unknown>[]> {
  const request: ScimHttpRequest = { method: "GET", url: `/scim/v2/${type}?startIndex=1&count=1000`, headers: { accept: "application/scim+json" }, body: "" };
  const response = await room.scim(learnerId, request, "instructor");
  if (response.status !== 200) return [];
  const body = JSON.parse(response.body) as { Resources?: Record<string, unknown>[] };
  const resources = body.Resources ?? [];
  return resources.sort((a, b) => String(a.userName ?? a.displayName ?? "").localeCompare(String(b.userName ?? b.displayName ?? "")));
}
