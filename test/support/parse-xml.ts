/** An element of a parsed XML document. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string, at: number): string {
  return text.replace(/&([^;]*);|&/g, (_whole, entity: string | undefined) => {
    if (entity === undefined) throw new SyntaxError(`bare "&" near offset ${at}`);
    if (entity in ENTITIES) return ENTITIES[entity] as string;
    const code = /^#x([0-9a-f]+)$/i.exec(entity)?.[1] ?? /^#(\d+)$/.exec(entity)?.[1];
    if (code === undefined) throw new SyntaxError(`unknown entity &${entity}; near offset ${at}`);
    return String.fromCodePoint(entity.startsWith("#x") ? parseInt(code, 16) : Number(code));
  });
}

/**
 * Parse an XML 1.0 document strictly enough to prove it well-formed (tags nest and close, attributes are
 * quoted and unique, entities known, "<" and "&" escaped, one root, XML characters only) and return its root.
 * Throws a SyntaxError naming the problem. No DTDs, no namespaces: what JUnit XML needs.
 * @see https://www.w3.org/TR/xml/#sec-well-formed
 */
export function parseXml(xml: string): XmlElement {
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) throw new SyntaxError("a character XML cannot hold");
  let at = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const skipSpace = () => {
    while (at < xml.length && /\s/.test(xml[at] as string)) at += 1;
  };
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) throw new SyntaxError("unclosed XML declaration");
    at = end + 2;
  }
  while (at < xml.length) {
    const next = xml.indexOf("<", at);
    const text = xml.slice(at, next < 0 ? xml.length : next);
    if (stack.length === 0 && text.trim() !== "") throw new SyntaxError(`text outside the root near offset ${at}`);
    if (stack.length > 0) (stack[stack.length - 1] as XmlElement).text += decode(text, at);
    if (next < 0) break;
    at = next;
    if (xml.startsWith("<!--", at)) {
      const end = xml.indexOf("-->", at);
      if (end < 0) throw new SyntaxError("unclosed comment");
      at = end + 3;
      continue;
    }
    if (xml.startsWith("</", at)) {
      at += 2;
      const name = NAME.exec(xml.slice(at))?.[0];
      const open = stack.pop();
      if (!name || open?.name !== name) throw new SyntaxError(`</${name ?? ""}> closes <${open?.name ?? "nothing"}> near offset ${at}`);
      at += name.length;
      skipSpace();
      if (xml[at] !== ">") throw new SyntaxError(`malformed end tag near offset ${at}`);
      at += 1;
      continue;
    }
    at += 1;
    const name = NAME.exec(xml.slice(at))?.[0];
    if (!name) throw new SyntaxError(`bad tag name near offset ${at}`);
    at += name.length;
    const element: XmlElement = { name, attributes: {}, children: [], text: "" };
    for (;;) {
      skipSpace();
      if (xml.startsWith("/>", at) || xml[at] === ">") break;
      const attribute = NAME.exec(xml.slice(at))?.[0];
      if (!attribute) throw new SyntaxError(`bad attribute near offset ${at}`);
      at += attribute.length;
      skipSpace();
      if (xml[at] !== "=") throw new SyntaxError(`attribute ${attribute} without "=" near offset ${at}`);
      at += 1;
      skipSpace();
      const quote = xml[at];
      if (quote !== '"' && quote !== "'") throw new SyntaxError(`unquoted attribute ${attribute} near offset ${at}`);
      const end = xml.indexOf(quote, at + 1);
      if (end < 0) throw new SyntaxError(`unclosed attribute ${attribute}`);
      const value = xml.slice(at + 1, end);
      if (value.includes("<")) throw new SyntaxError(`"<" in attribute ${attribute}`);
      if (attribute in element.attributes) throw new SyntaxError(`attribute ${attribute} twice on <${name}>`);
      element.attributes[attribute] = decode(value, at);
      at = end + 1;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new SyntaxError(`a second root <${name}>`);
    else root = element;
    if (xml.startsWith("/>", at)) at += 2;
    else {
      at += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new SyntaxError(`<${(stack[stack.length - 1] as XmlElement).name}> is never closed`);
  if (!root) throw new SyntaxError("no root element");
  return root;
}
