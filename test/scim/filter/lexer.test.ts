import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/scim/filter/lexer.js";
import { FilterSyntaxError } from "../../../src/scim/filter/syntax-error.js";

function kinds(text: string): string[] {
  return tokenize(text).map((token) => `${token.kind}@${token.position}`);
}

function failure(text: string): FilterSyntaxError {
  try {
    tokenize(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} not to tokenize`);
}

describe("tokenize", () => {
  it("gives every token its 0-based position and ends with an end token", () => {
    expect(kinds('userName eq "bjensen"')).toEqual(["word@0", "word@9", "string@12", "end@21"]);
  });

  it("reads a URN attribute path with colons and dots as one word", () => {
    const [token] = tokenize("urn:ietf:params:scim:schemas:core:2.0:User:name.familyName pr");
    expect(token).toMatchObject({ kind: "word", text: "urn:ietf:params:scim:schemas:core:2.0:User:name.familyName" });
  });

  it("splits brackets and parentheses from words", () => {
    expect(kinds('not(emails[type eq "work"])')).toEqual([
      "word@0",
      "(@3",
      "word@4",
      "[@10",
      "word@11",
      "word@16",
      "string@19",
      "]@25",
      ")@26",
      "end@27",
    ]);
  });

  it("decodes JSON string escapes", () => {
    const [, , value] = tokenize(String.raw`a eq "say \"hi\" \\ \u00e9\n"`);
    expect(value).toMatchObject({ kind: "string", value: 'say "hi" \\ é\n' });
  });

  it.each([
    ["42", 42],
    ["-7", -7],
    ["3.25", 3.25],
    ["-1.5e3", -1500],
    ["2E-2", 0.02],
    ["0", 0],
  ])("reads the number %s", (text, value) => {
    expect(tokenize(`a eq ${text}`)[2]).toMatchObject({ kind: "number", value, text });
  });

  it("reports an unterminated string at its opening quote", () => {
    expect(failure('userName eq "bjensen').position).toBe(12);
  });

  it("reports a bad escape at its backslash", () => {
    expect(failure(String.raw`a eq "x\qy"`).position).toBe(7);
    expect(failure('a eq "\\u12"').position).toBe(6);
  });

  it("rejects single quotes, objects and numbers glued to words", () => {
    expect(failure("a eq 'x'")).toMatchObject({ position: 5 });
    expect(failure('a eq {"b": 1}').problem).toMatch(/never an object/);
    expect(failure("a eq 12abc")).toMatchObject({ position: 5 });
    expect(failure("a eq -")).toMatchObject({ position: 5 });
  });
});
