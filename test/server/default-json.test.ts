import { describe, expect, it } from "vitest";
import { defaultJson } from "../../src/server/default-json.js";
import { project } from "../../src/server/projection.js";
import { harness } from "./harness.js";

const PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

describe("defaultJson (GET by id without parsing)", () => {
  it("gives exactly the materialized, projected resource, or declines", async () => {
    const h = harness();
    const plain = await h.createUser("plain", { displayName: "Brace } and \"meta\":{ inside", name: { givenName: "Zoë" } });
    const enterprise = await h.createUser("ent", {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: "R&D" },
    });
    const secret = await h.createUser("secret", { password: "hunter2" });
    const member = await h.createUser("member");
    const lonely = await h.createGroup("Lonely");
    const team = await h.createGroup("Team", [member.id]);
    await h.createGroup("Branch", [team.id]); // member is in Branch indirectly, through Team
    await h.call("PATCH", `/Users/${plain.id}`, { schemas: [PatchOp], Operations: [{ op: "replace", path: "title", value: "Tester" }] });
    const cases: [string, "User" | "Group", boolean][] = [
      [plain.id, "User", true],
      [enterprise.id, "User", true],
      [lonely.id, "Group", true],
      [secret.id, "User", false],
      [member.id, "User", true],
      [team.id, "Group", false],
    ];
    for (const [id, type, fast] of cases) {
      const row = h.directory.row(type, id);
      const text = defaultJson(h.directory, row);
      expect(text !== undefined, id).toBe(fast);
      if (text !== undefined) expect(text).toBe(JSON.stringify(project(h.directory.materialize(row), {}, type)));
      const answer = await h.call("GET", `/${type}s/${id}`);
      expect(answer.json).toEqual(project(h.directory.materialize(row), {}, type));
      expect(answer.json.password).toBeUndefined();
    }
    const groups = (await h.call("GET", `/Users/${member.id}`)).json.groups as { display: string; type: string }[];
    expect(groups.map((group) => [group.display, group.type])).toEqual([["Team", "direct"], ["Branch", "indirect"]]);
  });
});
