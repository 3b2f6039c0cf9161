import { describe, expect, it } from "vitest";
import { filterProblem, patchProblem } from "../../../src/notebook/exercises/answer-validity.js";
import { renderCheckHtml, renderCheckText } from "../../../src/notebook/render-check.js";
import { patch } from "../../../src/scim/patch.js";

const E = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

describe("whether an answer is valid SCIM on attributes the schema defines (a refusal of it is then the server's limitation)", () => {
  it.each([
    ['groups.value eq "x"', "User"],
    ['groups[value eq "x"]', "User"],
    [`not (${E}:manager.value pr)`, "User"],
    [`${E}:manager eq null`, "User"],
    ['emails co "@example.com"', "User"],
    ['meta.lastModified gt "2011-05-13T04:42:34Z"', "User"],
    ['displayName eq "Michael Scott Paper Company"', "Group"],
  ] as const)("accepts the filter %s on %s", (text, type) => {
    expect(filterProblem(text, type)).toBeUndefined();
  });

  it.each([
    ['groups.value = "x"', /./],
    ['groups.id eq "x"', /User has no attribute groups\.id/],
    ['manager.value eq "x"', /User has no attribute manager/],
    [`${E}:manager gt "x"`, /cannot be ordered/],
    ["active gt true", /cannot be ordered/],
    ["title gt null", /null/],
    ['emails[type eq "work" and phoneNumbers[type eq "x"]]', /value/], // the parser refuses nested value paths
    ['meta.lastModified gt "yesterday"', /not a date/],
  ])("refuses the filter %s", (text, problem) => {
    expect(filterProblem(text, "User")).toMatch(problem);
  });

  it("accepts PATCH paths and path-less values on known attributes, and names what is unknown", () => {
    expect(patchProblem(patch().replace('emails[type eq "work"].value', "x").build(), "User")).toBeUndefined();
    expect(patchProblem(patch().remove('members[value eq "x"]').build(), "Group")).toBeUndefined();
    expect(patchProblem(patch().replace({ active: false, [E]: { department: "Sales" } }).build(), "User")).toBeUndefined();
    expect(patchProblem(patch().replace('emails[type eq "work"].address', "x").build(), "User")).toMatch(/no sub-attribute "address"/);
    expect(patchProblem(patch().remove('members[id eq "x"]').build(), "Group")).toMatch(/no attribute id/);
    expect(patchProblem(patch().replace({ nickname2: "x" }).build(), "User")).toMatch(/no attribute nickname2/);
  });
});

describe("the look of a server limitation", () => {
  it("is neither the correct green nor the incorrect red, and says Server limitation", () => {
    const result = { exercise: "chapter03.q2", outcome: "server-limitation" as const, message: "The server answered 400 `invalidPath`." };
    const html = renderCheckHtml(result, "Who works there?");
    expect(html).toContain("Server limitation");
    expect(html).not.toMatch(/#1a7f37|#cf222e/);
    expect(html).toContain("<code>invalidPath</code>");
    expect(renderCheckText(result)).toBe("Server limitation (chapter03.q2): The server answered 400 `invalidPath`.");
  });
});
