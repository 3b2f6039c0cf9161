import { q1 } from "./06-classify-error.js";
import { q2 } from "./06-ensure-user.js";
import { q3 } from "./06-retry-politely.js";

/**
 * The exercises of chapter 06, *When things go wrong*: `const { q1, q2, q3 } = chapter06;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export const chapter06 = { q1, q2, q3 };
