import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import { listen } from "../server/index.js";
import { Room, type RoomOptions } from "./room.js";

/** Options of {@link startRoom}. */
export interface StartRoomOptions extends Omit<RoomOptions, "baseUrl"> {
  /** The interface to listen on; `0.0.0.0` for a classroom network. @default "127.0.0.1" */
  host?: string;
  /** The port; 0 picks a free one. @default 0 */
  port?: number;
}

/** A room started with {@link startRoom}. */
export interface RunningRoom {
  /** Where learners reach the room, e.g. `http://192.168.1.20:8890`. */
  readonly url: string;
  readonly room: Room;
  /** Stop listening, end open connections, close every database. */
  close(): Promise<void>;
}

/**
 * Open the room in `options.folder` and serve it over HTTP: the SCIM API at
 * `/scim/v2` for every learner, the room's API under `/room/`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 */
export async function startRoom(options: StartRoomOptions): Promise<RunningRoom> {
  const host = options.host ?? "127.0.0.1";
  let room: Room | undefined;
  const server = await listen((request) => (room as Room).handle(request), { host, port: options.port ?? 0 });
  const { port } = server.address() as AddressInfo;
  const shown = publicHost(host);
  const url = `http://${shown.includes(":") ? `[${shown}]` : shown}:${port}`;
  try {
    room = new Room({ ...options, baseUrl: `${url}/scim/v2` });
  } catch (error) {
    server.close();
    throw error;
  }
  const opened = room;
  let closing: Promise<void> | undefined;
  return {
    url,
    room: opened,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          opened.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** The address to print for `host`: for a wildcard, this machine's first external IPv4 address. */
function publicHost(host: string): string {
  if (host !== "0.0.0.0" && host !== "::") return host;
  for (const addresses of Object.values(networkInterfaces())) {
    const external = addresses?.find((address) => address.family === "IPv4" && !address.internal);
    if (external !== undefined) return external.address;
  }
  return "127.0.0.1";
}
