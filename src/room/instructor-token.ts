import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newToken } from "./secrets.js";

/**
 * The instructor's token, from `instructor-token` in the room's data folder,
 * created on first use (readable by its owner only). Kept in clear, unlike
 * learners' tokens, because `scimlab room` prints it again on every start:
 * whoever can read the data folder is the instructor.
 */
export function readOrCreateInstructorToken(folder: string): string {
  const file = join(folder, "instructor-token");
  if (existsSync(file)) {
    const token = readFileSync(file, "utf8").trim();
    if (token !== "") return token;
  }
  mkdirSync(folder, { recursive: true });
  const token = newToken();
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}
