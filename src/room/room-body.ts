import { z } from "zod";
import { InvalidSyntaxError, InvalidValueError } from "../scim/errors.js";
import { checkpoints, type CheckpointId } from "../setup/storyline.js";

/** `POST /room/join`: the room code, and the name the instructor will see. */
export const JoinBodySchema = z.object({
  code: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(60).regex(/^[^\p{Cc}]*$/u, "no control characters").optional(),
});

/**
 * `POST /room/checks`: what a `check()` reports. Strict: a body with any
 * other member (an answer) is refused, so answers never reach the room.
 */
export const CheckBodySchema = z
  .object({
    exercise: z.string().regex(/^[\w.:-]{1,100}$/, "letters, digits and . _ : - only, at most 100"),
    outcome: z.string().regex(/^[\w-]{1,40}$/, "a word such as correct, incorrect, not-attempted"),
    attempts: z.number().int().min(0).max(1_000_000),
    hintsAsked: z.number().int().min(0).max(1_000_000),
  })
  .strict();

const checkpointIds = checkpoints.map((point) => point.id) as [CheckpointId, ...CheckpointId[]];

/** `POST /room/learners/{id}/checkpoint`: one of the storyline's checkpoints. */
export const CheckpointBodySchema = z.object({ checkpoint: z.enum(checkpointIds) });

/** `POST /room/tokens`: how many learners to issue for a printed sheet. */
export const TokensBodySchema = z.object({ count: z.number().int().min(1).max(500) });

/**
 * Parse a /room request body as JSON and check it against `schema`: bad JSON
 * is 400 `invalidSyntax`, a body of the wrong shape 400 `invalidValue`, each
 * with a detail that names what is wrong (RFC 7644 §3.12).
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export function readBody<T extends z.ZodTypeAny>(body: string, schema: T, example: string): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new InvalidSyntaxError(`The request body is not JSON. Send a JSON object such as ${example}.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");
    throw new InvalidValueError(`The request body is not as expected (${issues}). Send a JSON object such as ${example}.`);
  }
  return parsed.data as z.infer<T>;
}
