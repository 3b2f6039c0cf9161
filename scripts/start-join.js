// `npm start -- --join ROOM_URL CODE [--name NAME]`: the arguments of scripts/start.js, and joining a
// workshop room (POST ROOM_URL/room/join, as `scimlab join` does) so Jupyter's kernel works in the room.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { root } from "./prepare.js";

/** The built kit's `scimlab join` module (src/cli/join.ts): `npm start` builds the kit before it joins. */
const builtJoin = join(root, "dist", "cli", "join.js");

/**
 * Parse `npm start`'s arguments. With `--join ROOM_URL CODE`, `join` holds the room URL, the code and the
 * optional `--name`; without it, no positional argument is allowed. Throws an Error that says what to type.
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 */
export function parseStartArguments(argv, env = process.env) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "no-browser": { type: "boolean", default: Boolean(env.CI) },
      "jupyter-port": { type: "string", default: "8888" },
      "scim-port": { type: "string", default: "8880" },
      notebook: { type: "boolean", default: false },
      data: { type: "string" },
      join: { type: "string" },
      name: { type: "string" },
    },
  });
  const usage = "npm start -- --join ROOM_URL CODE [--name NAME]";
  if (values.join === undefined) {
    if (positionals.length > 0 || values.name !== undefined) throw new Error(`Unexpected ${positionals[0] ?? "--name"}: to join a room, use ${usage}`);
    return { flags: values, join: undefined };
  }
  const [code, ...extra] = positionals;
  if (code === undefined || extra.length > 0) throw new Error(`Give the room URL and the room code: ${usage}`);
  let roomUrl;
  try {
    roomUrl = new URL(values.join).origin;
  } catch {
    throw new Error(`"${values.join}" is not a URL (e.g. http://192.168.1.20:8890): ${usage}`);
  }
  if (values.data !== undefined) throw new Error("--data is for the embedded server; a room keeps your directory itself.");
  return { flags: values, join: { roomUrl, code, name: values.name } };
}

/**
 * Join the room with the built kit's `joinRoom` (src/cli/join.ts; `npm start` builds before it joins): resolves
 * to `{ baseUrl, token, room, name }`, or throws an Error with the room's detail (never the token).
 * @param {{ roomUrl: string, code: string, name?: string }} room
 */
export async function joinRoom(room) {
  const kit = await import(pathToFileURL(builtJoin).href);
  return kit.joinRoom(room);
}

/**
 * The variables Jupyter's kernel needs to work in the room: `connect()` reads them.
 * @param {{ baseUrl: string, token: string }} joined
 */
export function roomKernelEnv(joined) {
  return { SCIM_BASE_URL: joined.baseUrl, SCIM_TOKEN: joined.token };
}
