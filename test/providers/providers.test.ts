import { describe, expect, it } from "vitest";
import { captureValues, providerForm, providerForms, providerSequences, stepRequest } from "../../src/providers/index.js";

describe("provider forms catalogue", () => {
  it("has unique ids, an RFC section and an RFC-valid counterpart for each form", () => {
    const ids = providerForms.map((form) => form.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const form of providerForms) {
      expect(form.rfc).toMatch(/^RFC 764[34] §\d+(\.\d+)*$/);
      expect(form.description.length).toBeGreaterThan(20);
      expect(form.rfcForm.length).toBeGreaterThan(0);
    }
  });

  it("throws a TypeError for an unknown form", () => {
    expect(() => providerForm("nope" as never)).toThrow(TypeError);
  });
});

describe.each(providerSequences.map((sequence) => [`${sequence.provider} (${sequence.variant})`, sequence] as const))(
  "sequence %s",
  (_name, sequence) => {
    it("cites the provider's documentation", () => {
      const host = sequence.provider === "Okta" ? "https://developer.okta.com/" : "https://learn.microsoft.com/";
      expect(sequence.source.startsWith(host)).toBe(true);
    });

    it("has well-formed steps with unique ids and titles", () => {
      const ids = sequence.steps.map((step) => step.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const step of sequence.steps) {
        expect(step.title.length).toBeGreaterThan(5);
        expect(step.path.startsWith("/")).toBe(true);
        expect(step.expectStatus.length).toBeGreaterThan(0);
        expect(["GET", "POST", "PUT", "PATCH", "DELETE"]).toContain(step.method);
        if (step.method === "GET" || step.method === "DELETE") expect(step.body).toBeUndefined();
        else expect(step.body).toBeTypeOf("object");
      }
    });

    it("uses only catalogued forms, each sent by this provider (or anyone)", () => {
      for (const step of sequence.steps) {
        for (const id of step.forms) {
          const form = providerForm(id);
          expect([sequence.provider, "others"]).toContain(form.provider);
        }
      }
    });

    it("captures each placeholder before a step uses it", () => {
      let values = { userName: "pbeesly" } as Record<string, string>;
      for (const step of sequence.steps) {
        const request = stepRequest(step, values); // throws on a placeholder with no value
        expect(JSON.stringify(request)).not.toMatch(/\{(userId|groupId|userName)\}/);
        const fake = { id: `${step.id}-id`, Resources: [{ id: "listed" }] };
        values = captureValues(step, fake, values) as Record<string, string>;
      }
    });
  },
);

describe("stepRequest", () => {
  it("percent-encodes the query and fills the body", () => {
    const step = providerSequences[0]!.steps.find((s) => s.id === "get-user-by-username")!;
    expect(stepRequest(step, { userName: "p b" }).path).toBe(`/Users?filter=${encodeURIComponent('userName eq "p b"')}`);
  });

  it("names a placeholder that has no value yet", () => {
    const step = providerSequences[0]!.steps.find((s) => s.id === "get-user")!;
    expect(() => stepRequest(step, {})).toThrow(/\{userId\}/);
  });
});
