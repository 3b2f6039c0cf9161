/**
 * Parse CSV text as RFC 4180 defines it: records separated by CRLF (a lone
 * LF is accepted too), fields separated by commas, a field that holds a
 * comma, a quote or a line break enclosed in double quotes, and a quote
 * inside such a field written twice (`""`).
 *
 * 1. Read fields character by character; outside quotes, `,` ends a field
 *    and a line break ends a record.
 * 2. A field that starts with `"` is quoted: it runs to the next `"` not
 *    followed by another `"`; after it only `,`, a line break or the end may come.
 * 3. A final line break does not start an empty record.
 *
 * @throws SyntaxError naming the line when a quoted field is not closed or text follows its closing quote
 * @see https://www.rfc-editor.org/rfc/rfc4180#section-2
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not data
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"' && field === "") {
      const start = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new SyntaxError(`CSV line ${start}: a quoted field is never closed (RFC 4180 §2, rule 5).`);
        const inside = text[i] as string;
        if (inside === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (inside === '"') {
          i++;
          break;
        } else {
          if (inside === "\n") line++;
          field += inside;
          i++;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
        throw new SyntaxError(`CSV line ${line}: text after a closing quote; write a quote inside a quoted field as "" (RFC 4180 §2, rule 7).`);
      }
      if (i >= text.length) endRecord();
      continue;
    }
    if (char === ",") {
      endField();
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
    } else {
      field += char;
    }
    i++;
    if (i >= text.length && (char !== "\r" && char !== "\n")) endRecord();
  }
  return records;
}

/**
 * CSV text (RFC 4180) as objects keyed by the header record's names.
 * @throws SyntaxError when a record has more or fewer fields than the header
 * @see https://www.rfc-editor.org/rfc/rfc4180#section-2
 */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  return rows
    .filter((row) => !(row.length === 1 && row[0] === ""))
    .map((row, index) => {
      if (row.length !== header.length) {
        throw new SyntaxError(`CSV record ${index + 2} has ${row.length} fields; the header has ${header.length} (RFC 4180 §2, rule 4).`);
      }
      return Object.fromEntries(header.map((name, column) => [name, row[column] as string]));
    });
}
