import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An element of a parsed XML document. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A node as fast-xml-parser gives it with `preserveOrder`: `{ tag: [children], ":@": { attributes } }` or `{ "#text": … }`. */
type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

/**
 * Parse an XML document with fast-xml-parser after its validator proved it
 * well-formed (tags nest and close, attributes quoted and unique, "<" and "&"
 * escaped, one root), and return its root element.
 * @throws SyntaxError naming the problem and its line
 * @see https://www.w3.org/TR/xml/#sec-well-formed
 */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new SyntaxError(`${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", parseTagValue: false, parseAttributeValue: false, trimValues: false });
  const roots = (parser.parse(xml) as OrderedNode[]).map(element).filter((node): node is XmlElement => node !== undefined && node.name !== "?xml");
  if (roots.length !== 1) throw new SyntaxError(`an XML document has one root element, not ${roots.length}`);
  return roots[0]!;
}

function element(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text");
  if (name === undefined) return undefined;
  const content = node[name] as OrderedNode[];
  return {
    name,
    attributes: { ...node[":@"] },
    children: content.map(element).filter((child): child is XmlElement => child !== undefined),
    text: content.map((child) => (typeof child["#text"] === "string" ? child["#text"] : "")).join(""),
  };
}
