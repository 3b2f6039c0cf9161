import { readFileSync } from "node:fs";
import { parseCsvObjects } from "./csv.js";

/**
 * One person in an HR export: who they are, keyed by the directory's
 * immutable `entryUUID` (sent to SCIM as `externalId`, RFC 7643 §3.1), and
 * what the sync owns about them.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 */
export interface HrRecord {
  /** The immutable source key: it never changes, even when the name, the userName or the department does. */
  entryUUID: string;
  userName: string;
  givenName: string;
  familyName: string;
  displayName: string;
  title: string;
  /** The Enterprise User `department` (RFC 7643 §4.3). */
  department: string;
  /** The Enterprise User `employeeNumber` (RFC 7643 §4.3). */
  employeeNumber: string;
  /** The work email address. */
  email: string;
  /** `Active`, or `Terminated` for a leaver. */
  status: "Active" | "Terminated";
  /** The displayNames of the groups the person belongs to. */
  groups: string[];
}

/** The columns an HR export has, in order. `groups` holds displayNames separated by `;`. */
export const hrExportColumns = [
  "entryUUID",
  "userName",
  "givenName",
  "familyName",
  "displayName",
  "title",
  "department",
  "employeeNumber",
  "email",
  "status",
  "groups",
] as const;

/**
 * Parse an HR export (CSV, RFC 4180, with the header {@link hrExportColumns})
 * into records.
 * @throws SyntaxError naming the record and column of a missing column, an empty key or an unknown status
 */
export function parseHrExport(csv: string): HrRecord[] {
  const rows = parseCsvObjects(csv);
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const at = `HR export record ${index + 2}`;
    for (const column of hrExportColumns) {
      if (row[column] === undefined) throw new SyntaxError(`${at}: no column "${column}"; the export needs ${hrExportColumns.join(", ")}.`);
    }
    const entryUUID = (row.entryUUID as string).trim();
    if (entryUUID === "") throw new SyntaxError(`${at}: an empty entryUUID; every person needs their immutable key.`);
    if (seen.has(entryUUID)) throw new SyntaxError(`${at}: entryUUID ${entryUUID} appears twice.`);
    seen.add(entryUUID);
    const status = row.status as string;
    if (status !== "Active" && status !== "Terminated") throw new SyntaxError(`${at}: status must be Active or Terminated, not ${JSON.stringify(status)}.`);
    return {
      entryUUID,
      userName: row.userName as string,
      givenName: row.givenName as string,
      familyName: row.familyName as string,
      displayName: row.displayName as string,
      title: row.title as string,
      department: row.department as string,
      employeeNumber: row.employeeNumber as string,
      email: row.email as string,
      status,
      groups: (row.groups as string).split(";").map((name) => name.trim()).filter((name) => name !== ""),
    };
  });
}

/**
 * Read an HR export from a file; by default the course's, `fixtures/hr-export.csv`
 * (Dunder Mifflin after it buys the Michael Scott Paper Company back).
 */
export function readHrExport(path: string | URL = new URL("../../fixtures/hr-export.csv", import.meta.url)): HrRecord[] {
  return parseHrExport(readFileSync(path, "utf8"));
}
