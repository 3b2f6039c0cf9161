/** The section that defines each body the client reads, by the name messages give it. */
const sections: Readonly<Record<string, string>> = {
  User: "RFC 7643 §4.1",
  Group: "RFC 7643 §4.2",
  ServiceProviderConfig: "RFC 7643 §5",
  "ResourceType list": "RFC 7643 §6",
  "Schema list": "RFC 7643 §7",
  ListResponse: "RFC 7644 §3.4.2",
  BulkResponse: "RFC 7644 §3.7.3",
};

/**
 * The RFC section that defines a body the client read (`User` → `RFC 7643 §4.1`), cited when it could
 * not be used; any other resource falls back to RFC 7643 §3, which defines every resource.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3
 */
export function sectionOf(what: string): string {
  return sections[what] ?? "RFC 7643 §3";
}

/** The rfc-editor.org link of a section string such as `RFC 7644 §3.4.2`. */
export function sectionLink(section: string): string {
  const match = /^RFC (\d+) §([\d.]+)$/.exec(section);
  return match ? `https://www.rfc-editor.org/rfc/rfc${match[1]}#section-${match[2]}` : "https://www.rfc-editor.org/rfc/rfc7643";
}
