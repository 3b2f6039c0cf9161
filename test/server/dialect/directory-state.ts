import { expect } from "vitest";
import type { PlaceholderValues, ProviderSequence } from "../../../src/providers/index.js";
import { send, type Exchange } from "./replay.js";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/** A live server to check: its URL and token, and the bystander a test put in the group. */
export interface Live {
  url: string;
  token: string;
  bystander?: string;
}

/** Create a user who is not part of the sequence and put them in the group: no step may remove them by accident. */
export async function addBystander(live: Live, groupId: string, userName: string): Promise<void> {
  const created = await send(live.url, live.token, "POST", "/Users", { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName });
  expect(created.status).toBe(201);
  live.bystander = created.body.id as string;
  const added = await send(live.url, live.token, "PATCH", `/Groups/${groupId}`, {
    schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
    Operations: [{ op: "add", path: "members", value: [{ value: live.bystander }] }],
  });
  expect(added.status).toBe(200);
}

async function members(live: Live, groupId: string): Promise<string[]> {
  const group = await send(live.url, live.token, "GET", `/Groups/${groupId}`);
  return ((group.body.members ?? []) as { value: string }[]).map((member) => member.value).sort();
}

/**
 * Check the directory after a step of a provider's sequence: what the step
 * was documented to do happened, and nothing else (the bystander stays in
 * the group unless the step replaces the whole member list).
 */
export async function checkState(live: Live, sequence: ProviderSequence, exchange: Exchange, values: PlaceholderValues): Promise<void> {
  const { step } = exchange;
  expect(exchange.status, `${step.id}: ${JSON.stringify(exchange.body)}`).toBeLessThan(500);
  if (!step.expectStatus.includes(exchange.status)) return; // The caller asserts the status.
  const userId = values.userId!;
  const groupId = values.groupId!;
  const user = async () => (await send(live.url, live.token, "GET", `/Users/${userId}`)).body;
  const okta = sequence.provider === "Okta";
  const both = [userId, live.bystander!].sort();
  switch (step.id) {
    case "get-user-by-work-email":
      expect(exchange.body.totalResults).toBe(1);
      break;
    case "update-user": {
      const now = await user();
      if (okta) expect(now.name.middleName).toBe("Excited");
      else {
        expect(now.name.familyName).toBe(sequence.variant === "default" ? "Pkqf" : "Unua");
        expect(now[ENTERPRISE].employeeNumber).toBe(sequence.variant === "default" ? "Eqpj" : "Aklq");
        expect(now.emails.find((email: { type: string }) => email.type === "work").value).toBe(`${values.userName}.updated@example.com`);
      }
      break;
    }
    case "add-attribute":
      expect((await user()).nickName).toBe("Babs");
      break;
    case "deactivate-user":
      expect((await user()).active).toBe(false);
      break;
    case "rename-group":
      expect((await send(live.url, live.token, "GET", `/Groups/${groupId}`)).body.displayName).toBe(`${values.userName} team (renamed)`);
      break;
    case "add-member":
      expect(await members(live, groupId)).toEqual(sequence.variant === "App Integration Wizard app" ? [userId] : both);
      break;
    case "remove-member":
      expect(await members(live, groupId)).toEqual(sequence.variant === "App Integration Wizard app" ? [] : [live.bystander]);
      break;
    case "push-members":
      expect(await members(live, groupId)).toEqual([userId]);
      break;
    case "push-no-members":
      expect(await members(live, groupId)).toEqual([]);
      break;
    case "delete-group":
      expect((await send(live.url, live.token, "GET", `/Groups/${groupId}`)).status).toBe(404);
      break;
    case "delete-user":
      expect((await send(live.url, live.token, "GET", `/Users/${userId}`)).status).toBe(404);
      break;
  }
}
