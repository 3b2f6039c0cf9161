import type { CheckContext } from "../check-context.js";
import type { Check, CheckSuite } from "../check.js";
import { listPath, userNamesOf } from "../query.js";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";

/** Three users to search: ann (active, work mail, Sales), bob (inactive, home mail), cy (no title). */
interface People {
  tag: string;
  ann: string;
  bob: string;
  cy: string;
}

function people(c: CheckContext): Promise<People> {
  return c.fixture("filters", async () => {
    const tag = `${c.prefix}-flt`;
    const [ann, bob, cy] = [`${tag}-ann`, `${tag}-bob`, `${tag}-cy`];
    await c.createUser(ann, {
      name: { familyName: "Anderson", givenName: "Ann" },
      title: "Manager",
      active: true,
      emails: [{ type: "work", value: `${ann}@example.com`, primary: true }],
      [ENTERPRISE]: { department: "Sales", employeeNumber: "701" },
    });
    await c.createUser(bob, {
      name: { familyName: "Bernard", givenName: "Bob" },
      title: "Clerk",
      active: false,
      emails: [{ type: "home", value: `${bob}@example.org` }],
      [ENTERPRISE]: { department: "Accounting", employeeNumber: "702" },
    });
    await c.createUser(cy, { name: { familyName: "Cyrus", givenName: "Cy" }, active: true });
    return { tag, ann, bob, cy };
  });
}

/** A filter check: `filter` (given the fixture) finds exactly the users `expect` names. */
function finds(name: string, title: string, rfc: string, filter: (p: People) => string, expect: (p: People) => string[], fix: string): Check {
  return {
    name,
    title,
    rfc,
    async run(c) {
      const p = await people(c);
      const text = `(${filter(p)}) and userName sw "${p.tag}-"`;
      const answer = await c.send({ method: "GET", path: listPath("/Users", { filter: text }) });
      c.expectStatus(answer, [200], `Support this filter (RFC 7644 §3.4.2.2): ${fix}`);
      const found = userNamesOf(answer);
      const wanted = expect(p).sort();
      c.expect(JSON.stringify(found) === JSON.stringify(wanted), `filter ${text} to find [${wanted.join(", ")}], found [${found.join(", ")}]`, fix);
    },
  };
}

const S = "RFC 7644 §3.4.2.2";

/**
 * The filter grammar of RFC 7644 §3.4.2.2, each operator and form on three users of the run's own.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export const filterChecks: CheckSuite = {
  group: "filters",
  needs: ["filter"],
  checks: [
    finds("eq", "eq on userName", S, (p) => `userName eq "${p.ann}"`, (p) => [p.ann], "Implement eq: the attribute equals the value."),
    finds("eq-case-insensitive", "userName eq ignores case (caseExact false)", "RFC 7643 §4.1.1", (p) => `userName eq "${p.ann.toUpperCase()}"`, (p) => [p.ann], "userName has caseExact false (RFC 7643 §4.1.1): compare it case-insensitively in filters (RFC 7644 §3.4.2.2), e.g. with COLLATE NOCASE or lower() on both sides."),
    finds("ne", "ne", S, (p) => `userName ne "${p.ann}"`, (p) => [p.bob, p.cy], "Implement ne: the attribute does not equal the value."),
    finds("co", "co", S, () => `userName co "-bo"`, (p) => [p.bob], "Implement co: the value is a substring of the attribute."),
    finds("sw", "sw", S, (p) => `userName sw "${p.tag}-c"`, (p) => [p.cy], "Implement sw: the attribute starts with the value."),
    finds("ew", "ew", S, () => `userName ew "-ann"`, (p) => [p.ann], "Implement ew: the attribute ends with the value."),
    finds("pr", "pr (present)", S, () => "title pr", (p) => [p.ann, p.bob], "Implement pr: the attribute has a non-empty value."),
    finds("gt-lt", "gt and lt on strings", S, (p) => `userName gt "${p.ann}" and userName lt "${p.cy}"`, (p) => [p.bob], "Implement gt/lt: lexical order for strings."),
    finds("ge-le", "ge and le on strings", S, (p) => `userName ge "${p.bob}" and userName le "${p.cy}"`, (p) => [p.bob, p.cy], "Implement ge/le: lexical order for strings, including equality."),
    finds("datetime", "gt on a dateTime (meta.created)", S, () => 'meta.created gt "2000-01-01T00:00:00Z"', (p) => [p.ann, p.bob, p.cy], "Compare dateTime attributes as instants (RFC 7643 §2.3.5)."),
    finds("boolean", "eq on a boolean", S, () => "active eq false", (p) => [p.bob], "Compare booleans with the JSON literals true/false."),
    finds("or", "or", S, (p) => `userName eq "${p.ann}" or userName eq "${p.cy}"`, (p) => [p.ann, p.cy], "Implement the logical or."),
    finds("not", "not ( … )", S, (p) => `not (userName eq "${p.ann}")`, (p) => [p.bob, p.cy], "Implement not(): the negation of the filter in parentheses."),
    finds("precedence", "parentheses and precedence (and binds tighter than or)", S, (p) => `userName eq "${p.cy}" or title eq "Manager" and active eq false`, (p) => [p.cy], "Give and a higher precedence than or (RFC 7644 §3.4.2.2, Figure 1)."),
    finds("sub-attribute", "a sub-attribute (name.familyName)", S, () => 'name.familyName eq "Bernard"', (p) => [p.bob], "Resolve attribute paths with a sub-attribute (attrPath = ATTRNAME [subAttr])."),
    finds("multi-valued", "a multi-valued sub-attribute (emails.value)", S, () => 'emails.value ew "@example.org"', (p) => [p.bob], "Match a multi-valued attribute when any of its values matches."),
    finds("value-path", "a value path: emails[type eq \"work\" and value co \"@example.com\"]", S, () => 'emails[type eq "work" and value co "@example.com"]', (p) => [p.ann], "Implement valuePath filters: one value of the multi-valued attribute must match the inner filter."),
    finds("attribute-case", "attribute names and operators ignore case", S, (p) => `USERNAME EQ "${p.bob}"`, (p) => [p.bob], "Attribute names and operators in filters are case-insensitive (RFC 7644 §3.4.2.2)."),
    finds("urn-core", "a URN-qualified core attribute", S, (p) => `${USER}:userName eq "${p.ann}"`, (p) => [p.ann], "Accept attribute paths qualified by their schema URN (RFC 7644 §3.10)."),
    finds("urn-extension", "a URN-qualified extension attribute (enterprise department)", "RFC 7644 §3.10", () => `${ENTERPRISE}:department eq "Accounting"`, (p) => [p.bob], "Resolve extension attributes by their full URN path, e.g. urn:…:enterprise:2.0:User:department (RFC 7644 §3.10)."),
    finds("no-match", "a filter that matches nothing answers an empty list", S, (p) => `userName eq "${p.tag}-nobody"`, () => [], "Answer 200 with totalResults 0 when nothing matches (RFC 7644 §3.4.2)."),
    {
      name: "list-response",
      title: "A search answers a ListResponse with schemas, totalResults and Resources",
      rfc: "RFC 7644 §3.4.2",
      async run(c) {
        const p = await people(c);
        const answer = await c.send({ method: "GET", path: listPath("/Users", { filter: `userName sw "${p.tag}-"` }) });
        c.expectStatus(answer, [200], "Answer a search with 200 and a ListResponse (RFC 7644 §3.4.2).");
        const body = c.resource(answer);
        const isList = Array.isArray(body.schemas) && body.schemas.includes("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        c.expect(isList && body.totalResults === 3 && Array.isArray(body.Resources), 'schemas ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults 3 and Resources', "Answer searches with a ListResponse (RFC 7644 §3.4.2).");
      },
    },
    {
      name: "search-post",
      title: "POST /Users/.search with a filter answers the same as GET",
      rfc: "RFC 7644 §3.4.3",
      async run(c) {
        const p = await people(c);
        const json = { schemas: ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], filter: `userName eq "${p.bob}"` };
        const answer = await c.send({ method: "POST", path: "/Users/.search", json });
        c.expectStatus(answer, [200], "Serve POST /{endpoint}/.search with a SearchRequest body (RFC 7644 §3.4.3).");
        c.expect(JSON.stringify(userNamesOf(answer)) === JSON.stringify([p.bob]), `[${p.bob}]`, "Apply the SearchRequest's filter as GET would (RFC 7644 §3.4.3).");
      },
    },
    {
      name: "invalid-filter",
      title: "An invalid filter is refused with 400 invalidFilter",
      rfc: "RFC 7644 §3.4.2.2",
      async run(c) {
        const answer = await c.send({ method: "GET", path: listPath("/Users", { filter: 'userName eq "unterminated' }) });
        c.expectError(answer, 400, "invalidFilter", 'Refuse a filter that does not parse with 400 and scimType "invalidFilter" (RFC 7644 §3.4.2.2, §3.12).');
      },
    },
  ],
};
