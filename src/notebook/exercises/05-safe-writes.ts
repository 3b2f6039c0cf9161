import { q1 } from "./05-change-title.js";
import { q2 } from "./05-save-with-retry.js";
import { q3 } from "./05-refresh.js";

/**
 * The exercises of chapter 05, *Safe writes*: `const { q1, q2, q3 } = chapter05;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 */
export const chapter05 = { q1, q2, q3 };
