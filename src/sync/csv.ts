import { CsvError, parse } from "csv-parse/sync";

/**
 * Parse CSV text as RFC 4180 defines it — records separated by CRLF (a lone
 * LF too), fields by commas, a field holding a comma, quote or line break
 * enclosed in double quotes, a quote inside one written twice — with
 * csv-parse (adaltas), strict about quotes and record widths.
 * @throws SyntaxError naming the line and the RFC rule when the text is not CSV
 * @see https://www.rfc-editor.org/rfc/rfc4180#section-2
 */
export function parseCsv(text: string): string[][] {
  return readCsv(text, false) as string[][];
}

/**
 * CSV text (RFC 4180) as objects keyed by the header record's names.
 * @throws SyntaxError when a record has more or fewer fields than the header
 * @see https://www.rfc-editor.org/rfc/rfc4180#section-2
 */
export function parseCsvObjects(text: string): Record<string, string>[] {
  return readCsv(text, true) as Record<string, string>[];
}

/** What each csv-parse error breaks of RFC 4180 §2, for the message. */
const ruleOf: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed (RFC 4180 §2, rule 5)",
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote; write a quote inside a quoted field as "" (RFC 4180 §2, rule 7)',
  CSV_RECORD_INCONSISTENT_COLUMNS: "a record has another number of fields than the header (RFC 4180 §2, rule 4)",
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: "a record has another number of fields than the first one (RFC 4180 §2, rule 4)",
};

function readCsv(text: string, columns: boolean): unknown[] {
  try {
    return parse(text, { bom: true, columns, skip_empty_lines: true, relax_column_count: false });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw new SyntaxError(`CSV line ${line ?? "?"}: ${ruleOf[error.code] ?? error.message}.`, { cause: error });
  }
}
