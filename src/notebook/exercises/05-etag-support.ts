import type { ScimClient } from "../../client/index.js";
import type { User } from "../../scim/user.js";
import { ServerLimitation } from "../check-errors.js";

/**
 * Throw a {@link ServerLimitation} unless the server versions resources: its
 * ServiceProviderConfig says `etag.supported` and `user` (read from it) has a
 * `meta.version`. Without ETags there is no If-Match nor If-None-Match.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.14
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-5
 */
export async function requireEtags(client: ScimClient, user: User): Promise<void> {
  const supported = (await client.serviceProviderConfig()).etag.supported;
  if (supported && typeof user.meta?.version === "string") return;
  throw new ServerLimitation(
    supported
      ? "This server says it supports ETags, but its users carry no `meta.version` (RFC 7644 §3.14): the check cannot judge a conditional request here."
      : "This server does not version resources (ServiceProviderConfig `etag.supported` is false, RFC 7643 §5): there is no If-Match or If-None-Match to judge here. Run the chapter on the embedded server to try it.",
  );
}
