import { q1 } from "./08-translate-entra.js";
import { q2 } from "./08-normalise.js";
import { q3 } from "./08-empty-group.js";

export { entraPamUpdate } from "./08-translate-entra.js";
export { emptyGroupCandidates } from "./08-empty-group.js";

/**
 * The exercises of chapter 08, *Real providers and their dialects*: `const { q1, q2, q3 } = chapter08;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.5.2
 */
export const chapter08 = { q1, q2, q3 };
