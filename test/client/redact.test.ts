import { describe, expect, it } from "vitest";
import { REDACTED, redactHeaders, redactValue } from "../../src/client/redact.js";

describe("redaction", () => {
  it("keeps the Authorization scheme and hides the credentials", () => {
    expect(redactHeaders({ authorization: "Bearer abc", accept: "application/scim+json" }, ["abc"])).toEqual({
      authorization: `Bearer ${REDACTED}`,
      accept: "application/scim+json",
    });
  });

  it("hides password attributes at any depth, whatever their case", () => {
    const body = { userName: "bjensen", password: "t1meMa$heen", nested: [{ Password: "x" }] };
    expect(redactValue(body, [])).toEqual({ userName: "bjensen", password: REDACTED, nested: [{ Password: REDACTED }] });
  });

  it("hides the value of a PATCH operation on the password", () => {
    const patch = { Operations: [{ op: "replace", path: "password", value: "n3w" }, { op: "add", path: "title", value: "x" }] };
    expect(redactValue(patch, [])).toEqual({
      Operations: [{ op: "replace", path: "password", value: REDACTED }, { op: "add", path: "title", value: "x" }],
    });
  });

  it("hides every occurrence of a secret inside strings", () => {
    expect(redactValue({ detail: "token abc is invalid" }, ["abc"])).toEqual({ detail: `token ${REDACTED} is invalid` });
  });

  it("hides a short secret only where it stands alone, so that a one-letter token leaves the body readable", () => {
    const body = { detail: 'userName "test" is taken; token t refused', note: "t" };
    expect(redactValue(body, ["t"])).toEqual({ detail: `userName "test" is taken; token ${REDACTED} refused`, note: REDACTED });
    expect(redactValue({ detail: "Bearer s3cr3t-token-value, again s3cr3t-token-value" }, ["s3cr3t-token-value"])).toEqual({
      detail: `Bearer ${REDACTED}, again ${REDACTED}`,
    });
  });

  it("does not change the input", () => {
    const body = { password: "p" };
    redactValue(body, []);
    expect(body.password).toBe("p");
  });
});
