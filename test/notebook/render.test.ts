import { describe, expect, it } from "vitest";
import type { Exchange } from "../../src/client/exchange-log.js";
import { escapeHtml } from "../../src/notebook/escape-html.js";
import { renderCheckHtml, renderHint, renderSolution } from "../../src/notebook/render-check.js";
import { renderConnection, renderConnectionText } from "../../src/notebook/render-connection.js";
import { exchangeText, renderExchanges } from "../../src/notebook/render-exchanges.js";
import { renderGroup, renderGroupText } from "../../src/notebook/render-group.js";
import { renderJson } from "../../src/notebook/render-json.js";
import { renderProgress, renderProgressText } from "../../src/notebook/progress.js";
import { renderUsers } from "../../src/notebook/render-users.js";

const evil = `<script>alert("x")</script>&'`;
const token = "scimlab-dev-SECRETTOKEN123";

/** No raw markup from data survives: the only `<script` would come from the payload. */
function expectEscaped(html: string): void {
  expect(html).not.toContain("<script>");
  expect(html).toContain("&lt;script&gt;");
}

describe("escapeHtml", () => {
  it("escapes the five HTML special characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("renderUsers", () => {
  it("shows userName, displayName, department, primary email and active, escaped", () => {
    const html = renderUsers([
      {
        id: "1",
        userName: "mscott",
        displayName: evil,
        active: false,
        emails: [
          { value: "home@example.com", primary: false },
          { value: "michael.scott@dundermifflin.com", primary: true },
        ],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: "Management" },
      },
    ]);
    expectEscaped(html);
    expect(html).toContain("michael.scott@dundermifflin.com");
    expect(html).not.toContain("home@example.com");
    expect(html).toContain("Management");
    expect(html).toContain("inactive");
    expect(html).toContain("1 user<");
  });

  it("says so when there are no users", () => {
    expect(renderUsers([])).toContain("No users.");
  });
});

describe("renderGroup", () => {
  it("draws one box per member as SVG, labels escaped", () => {
    const svg = renderGroup({
      displayName: `Dunder Mifflin ${evil}`,
      members: [
        { value: "id-1", display: "Michael Scott" },
        { value: "id-2", display: evil },
        { value: "id-3", type: "Group" },
      ],
    });
    expect(svg.startsWith("<svg")).toBe(true);
    expectEscaped(svg);
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain("Michael Scott");
    expect(svg).toContain("stroke-dasharray");
    expect(renderGroupText({ displayName: "DM", members: [{ value: "a" }] })).toBe("DM (1 members)\n  - a");
  });
});

describe("renderExchanges", () => {
  const exchange: Exchange = {
    method: "POST",
    url: `http://127.0.0.1:1234/scim/v2/Users?note=${evil}`,
    status: 201,
    requestHeaders: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
    requestBody: { userName: "mscott", displayName: evil, note: `token is ${token}` },
    responseHeaders: { location: "http://127.0.0.1:1234/scim/v2/Users/1" },
    responseBody: { id: "1", userName: "mscott" },
    durationMs: 3.4,
    startedAt: "2026-11-23T07:00:00.000Z",
  };

  it("shows method, URL, status, duration and pretty-printed JSON bodies, escaped", () => {
    const html = renderExchanges([exchange], { secrets: [token] });
    expectEscaped(html);
    expect(html).toContain("<strong>POST</strong>");
    expect(html).toContain(">201<");
    expect(html).toContain("3 ms");
    expect(html).toContain("&quot;userName&quot;: &quot;mscott&quot;");
  });

  it("never contains the token, neither from the Authorization header nor from a body", () => {
    expect(renderExchanges([exchange], { secrets: [token] })).not.toContain(token);
    expect(exchangeText(exchange, [token])).not.toContain(token);
    expect(renderExchanges([exchange])).not.toContain(`Bearer ${token}`);
    expect(exchangeText(exchange)).toContain("authorization: Bearer [hidden]");
  });

  it.each([
    ["location", "Location", "http://127.0.0.1:1234/scim/v2/Users/1"],
    ["etag", "ETag", 'W/"3"'],
    ["content-type", "Content-Type", "application/scim+json"],
    ["retry-after", "Retry-After", "2"],
    ["www-authenticate", "WWW-Authenticate", 'Bearer realm="scimlab", error="invalid_token"'],
  ])("shows the response header %s as %s, in the HTML (escaped) and the text", (wire, shown, value) => {
    const answered: Exchange = { ...exchange, responseHeaders: { [wire]: value } };
    expect(exchangeText(answered)).toContain(`HTTP 201  3 ms\n${shown}: ${value}\n\n{`);
    expect(renderExchanges([answered])).toContain(escapeHtml(`${shown}: ${value}`));
  });

  it("shows the response headers that matter in a fixed order, and no others", () => {
    const answered: Exchange = {
      ...exchange,
      responseHeaders: {
        "WWW-Authenticate": "Bearer",
        "retry-after": "5",
        "x-powered-by": "scimlab",
        "content-type": "application/scim+json",
        etag: 'W/"1"',
        Location: "http://127.0.0.1:1234/scim/v2/Users/1",
        date: "Mon, 23 Nov 2026 07:00:00 GMT",
      },
    };
    const text = exchangeText(answered);
    const names = text.split("\n").filter((line) => /^[A-Za-z-]+: /.test(line)).map((line) => line.split(":")[0]);
    expect(names).toEqual(["authorization", "content-type", "Location", "ETag", "Content-Type", "Retry-After", "WWW-Authenticate"]);
    expect(text).not.toMatch(/x-powered-by|date:/i);
  });

  it("shows the headers of a response without a body (a 204 or 304 with its ETag)", () => {
    const notModified: Exchange = { ...exchange, method: "GET", status: 304, requestBody: undefined, responseHeaders: { etag: 'W/"2"' }, responseBody: undefined };
    expect(exchangeText(notModified)).toMatch(/HTTP 304 {2}3 ms\nETag: W\/"2"$/);
    expect(renderExchanges([notModified])).toContain("<small>Response</small>");
    const bare: Exchange = { ...notModified, responseHeaders: {} };
    expect(renderExchanges([bare])).not.toContain("<small>Response</small>");
    expect(exchangeText(bare)).toMatch(/HTTP 304 {2}3 ms$/);
  });

  it("escapes response header values and hides the token in them", () => {
    const answered: Exchange = { ...exchange, status: 401, responseHeaders: { "www-authenticate": `Bearer error="${evil}", token="${token}"` } };
    const html = renderExchanges([answered], { secrets: [token] });
    expectEscaped(html);
    expect(html).not.toContain(token);
    expect(exchangeText(answered, [token])).not.toContain(token);
    expect(exchangeText(answered, [token])).toContain('token="[hidden]"');
  });

  it("shows a request that got no response", () => {
    const failed: Exchange = { ...exchange, status: undefined, responseBody: undefined, error: "connect ECONNREFUSED" };
    expect(renderExchanges([failed])).toContain("no response (connect ECONNREFUSED)");
    expect(renderExchanges([])).toContain("No HTTP exchanges yet");
  });
});

describe("renderJson, renderConnection, renderProgress and check outcomes", () => {
  it("escape their content", () => {
    expectEscaped(renderJson({ displayName: evil }));
    expectEscaped(renderCheckHtml({ exercise: "chapter01.q1", outcome: "incorrect", message: `got ${evil}` }, evil));
    expectEscaped(renderHint([`use \`${evil}\``], 1).html);
    expectEscaped(renderSolution(`const x = "${evil}";`));
    expectEscaped(renderConnection({ baseUrl: evil, source: "SCIM_BASE_URL", embedded: false, tokenSet: true }));
  });

  it("show the token as set (hidden), never its value", () => {
    const info = { baseUrl: "http://127.0.0.1:8880/scim/v2", source: "SCIM_BASE_URL", embedded: false, tokenSet: true } as const;
    expect(renderConnectionText(info)).toContain("Token: set (hidden)");
    expect(renderConnection({ ...info, tokenSet: false })).toContain("not set");
  });

  it("draw progress as a bar", () => {
    expect(renderProgressText({ phase: "users", done: 50, total: 100 })).toBe("users  [##########..........] 50/100 (50%)");
    expect(renderProgress({ phase: "groups", done: 0, total: 0 })).toContain("100%");
  });
});
