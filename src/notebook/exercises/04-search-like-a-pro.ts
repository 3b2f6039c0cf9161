import { q1 } from "./04-active-sales.js";
import { q2 } from "./04-page-by-name.js";
import { q3 } from "./04-search-by-email.js";

/**
 * The exercises of chapter 04, *Search like a pro*: `const { q1, q2, q3 } = chapter04;`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2
 */
export const chapter04 = { q1, q2, q3 };
