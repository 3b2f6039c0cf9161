import { describe, expect, it } from "vitest";
import { harness } from "./harness.js";

const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const patch = (...Operations: unknown[]) => ({ schemas: [PatchOp], Operations });

describe("PATCH add of one bare value to a multi-valued attribute (RFC 7644 §3.5.2.1)", () => {
  it("adds a member given as an object with path members", async () => {
    const { call, createUser, createGroup } = harness();
    const [a, b] = [await createUser("a"), await createUser("b")];
    const group = await createGroup("Team", [a.id]);
    const answer = await call("PATCH", `/Groups/${group.id}`, patch({ op: "add", path: "members", value: { value: b.id } }));
    expect(answer.status).toBe(200);
    expect(answer.json.members.map((m: { value: string }) => m.value).sort()).toEqual([a.id, b.id].sort());
  });

  it("adds a member given as an object without path", async () => {
    const { call, createUser, createGroup } = harness();
    const [a, b] = [await createUser("a"), await createUser("b")];
    const group = await createGroup("Team", [a.id]);
    const answer = await call("PATCH", `/Groups/${group.id}`, patch({ op: "add", value: { members: { value: b.id } } }));
    expect(answer.status).toBe(200);
    expect(answer.json.members.map((m: { value: string }) => m.value).sort()).toEqual([a.id, b.id].sort());
  });

  it("adds an email given as an object, with or without path, keeping the others", async () => {
    const { call, createUser } = harness();
    const user = await createUser("mail", { emails: [{ value: "home@example.com", type: "home" }] });
    const withPath = await call("PATCH", `/Users/${user.id}`, patch({ op: "add", path: "emails", value: { value: "work@example.com", type: "work" } }));
    expect(withPath.status).toBe(200);
    const withoutPath = await call("PATCH", `/Users/${user.id}`, patch({ op: "add", value: { emails: { value: "other@example.com", type: "other" } } }));
    expect(withoutPath.status).toBe(200);
    expect(withoutPath.json.emails.map((e: { value: string }) => e.value)).toEqual(["home@example.com", "work@example.com", "other@example.com"]);
  });

  it("does not add a value already there twice", async () => {
    const { call, createUser, createGroup } = harness();
    const a = await createUser("a");
    const group = await createGroup("Team", [a.id]);
    const answer = await call("PATCH", `/Groups/${group.id}`, patch({ op: "add", path: "members", value: { value: a.id } }));
    expect(answer.status).toBe(200);
    expect(answer.json.members).toHaveLength(1);
  });

  it("still answers 400 invalidValue to a bare string for a multi-valued complex attribute, saying to send an array", async () => {
    const { call, createUser } = harness();
    const user = await createUser("string");
    const answer = await call("PATCH", `/Users/${user.id}`, patch({ op: "add", path: "emails", value: "x@example.com" }));
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidValue");
    expect(answer.json.detail).toMatch(/emails is multi-valued, so its value must be a JSON array/);
  });

  it("answers 400 invalidValue for a bare member that does not exist, like the array form", async () => {
    const { call, createGroup } = harness();
    const group = await createGroup("Team");
    const answer = await call("PATCH", `/Groups/${group.id}`, patch({ op: "add", path: "members", value: { value: "ghost" } }));
    expect(answer.status).toBe(400);
    expect(answer.json.scimType).toBe("invalidValue");
    expect(answer.json.detail).toContain("ghost");
  });
});
