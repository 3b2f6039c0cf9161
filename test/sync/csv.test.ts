import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvObjects } from "../../src/sync/csv.js";

describe("parseCsv (RFC 4180 §2)", () => {
  it.each([
    ["CRLF records", "a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]],
    ["LF records, no final line break", "a,b\nc,d", [["a", "b"], ["c", "d"]]],
    ["a quoted field holding a comma", 'x,"Vice President, Sales"\r\n', [["x", "Vice President, Sales"]]],
    ["a quote inside a quoted field, written twice", '"say ""hi""",2\r\n', [['say "hi"', "2"]]],
    ["a line break inside a quoted field", '"two\r\nlines",b\r\n', [["two\r\nlines", "b"]]],
    ["empty fields, also the last one", "a,,\r\n,b,\r\n", [["a", "", ""], ["", "b", ""]]],
    ["an empty quoted field", '"",x', [["", "x"]]],
    ["a byte-order mark", "\ufeffa,b", [["a", "b"]]],
    ["nothing", "", []],
  ])("%s", (_label, text, records) => {
    expect(parseCsv(text)).toEqual(records);
  });

  it("says which RFC 4180 rule is broken, and where: a quoted field never closed, text after a closing quote", () => {
    expect(() => parseCsv('a\r\n"open,b\r\n')).toThrow(/CSV line \d+: a quoted field is never closed/);
    expect(() => parseCsv('"a"b,c')).toThrow(/line 1.*after a closing quote/);
  });

  it("reads objects by the header's names, and refuses a record of another width", () => {
    expect(parseCsvObjects("id,name\r\n1,Pam\r\n2,Jim\r\n")).toEqual([
      { id: "1", name: "Pam" },
      { id: "2", name: "Jim" },
    ]);
    expect(() => parseCsvObjects("id,name\r\n1\r\n")).toThrow(/line 2.*another number of fields than the header/);
  });
});
