import { describe, expect, it } from "vitest";
import { membershipGraphBundle, syncPlanBundle } from "../../src/notebook/index.js";
import type { SyncPlan } from "../../src/sync/index.js";

const plan: SyncPlan = {
  creates: [{ entryUUID: "e-erin", userName: "ehannon", user: { userName: "ehannon" } }],
  updates: [
    { entryUUID: "e-pam", userName: "pbeesly", id: "u-pam", changes: [{ attribute: "title", from: "Receptionist", to: "Sales Representative" }] },
    { entryUUID: "e-michael", userName: "mscott", id: "u-michael", changes: [{ attribute: "active", from: false, to: true }] },
    { entryUUID: "e-angela", userName: "alipton", id: "u-angela", changes: [{ attribute: "userName", from: "amartin", to: "alipton" }] },
  ],
  deactivations: [{ entryUUID: "e-charles", userName: "cminer", id: "u-charles" }],
  memberships: [{ group: "Dunder <Mifflin>", groupId: "g", add: [{ entryUUID: "e-pam", userName: "pbeesly", id: "u-pam" }], remove: [{ entryUUID: "e-charles", userName: "cminer", id: "u-charles" }] }],
  problems: [],
};
const empty: SyncPlan = { creates: [], updates: [], deactivations: [], memberships: [], problems: [] };

describe("the sync plan as a picture and a table (issue 10: rendered as pictures, checked on MIME type and content)", () => {
  it("is an SVG with one lane per kind of change and a chip per change, names escaped", () => {
    const bundle = syncPlanBundle(plan);
    expect(Object.keys(bundle).sort()).toEqual(["image/svg+xml", "text/html", "text/plain"]);
    const svg = bundle["image/svg+xml"] as string;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox=/);
    expect(svg).toMatch(/<\/svg>$/);
    for (const lane of ["Creates (1)", "Updates (3)", "Deactivations (1)", "Memberships (2)"]) expect(svg).toContain(lane);
    for (const chip of ["create ehannon", "update pbeesly", "re-activate mscott", "rename alipton", "deactivate cminer", "+ pbeesly → Dunder &lt;Mifflin&gt;", "− cminer ✕ Dunder &lt;Mifflin&gt;"]) {
      expect(svg).toContain(chip);
    }
    expect(svg).not.toContain("<Mifflin>");
  });

  it("is an HTML table, one row per change, the attributes with their old and new values", () => {
    const html = syncPlanBundle(plan)["text/html"] as string;
    expect(html).toMatch(/^<table class="scimlab-sync-plan"><thead><tr><th>change<\/th><th>who<\/th><th>what<\/th>/);
    expect(html.match(/<tr>/g)).toHaveLength(1 + 7);
    expect(html).toContain("title: &quot;Receptionist&quot; → &quot;Sales Representative&quot;");
    expect(syncPlanBundle(plan)["text/plain"]).toMatch(/^Sync plan \(7 changes\):\n {2}create/);
  });

  it("says so when the plan is empty", () => {
    const bundle = syncPlanBundle(empty);
    expect(bundle["text/html"]).toContain("Empty plan");
    expect(bundle["image/svg+xml"]).toContain("Creates (0)");
    expect(bundle["text/plain"]).toBe("Empty plan: the server already matches the export.");
  });
});

describe("the membership graph (users ↔ groups)", () => {
  const users = [
    { id: "u1", userName: "mscott", active: true },
    { id: "u2", userName: "cminer", active: false },
    { id: "u3", userName: "<script>" },
  ];
  const groups = [
    { id: "g1", displayName: "Dunder Mifflin", members: [{ value: "u1" }, { value: "u3" }, { value: "someone-else" }] },
    { id: "g2", displayName: "Michael Scott Paper Company", members: [] },
  ];

  it("is an SVG: a box per user (the inactive dashed), a box per group, a line per membership", () => {
    const bundle = membershipGraphBundle(users, groups);
    expect(Object.keys(bundle).sort()).toEqual(["image/svg+xml", "text/plain"]);
    const svg = bundle["image/svg+xml"] as string;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain("cminer (inactive)");
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toContain("Dunder Mifflin (3) +1 not shown");
    expect(svg).toContain("Michael Scott Paper Company (0)");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).not.toContain("<script>");
  });

  it("reads as text too", () => {
    expect(membershipGraphBundle(users, groups)["text/plain"]).toBe(
      "Dunder Mifflin: mscott, <script>, someone-else\nMichael Scott Paper Company: (no members)",
    );
  });
});
