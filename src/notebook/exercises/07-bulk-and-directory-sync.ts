import { q1 } from "./07-bulk-interns.js";
import { q2 } from "./07-diff-export.js";
import { q3 } from "./07-ensure-user.js";

export type { JoinerRecord } from "./07-ensure-user.js";
export type { SmallDiff, SmallRecord, SmallUser } from "./07-diff-export.js";

/**
 * The exercises of chapter 07, *Bulk and directory sync*:
 * `const { q1, q2, q3 } = chapter07;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.7
 */
export const chapter07 = { q1, q2, q3 };
