/** Charts are plain SVG drawn with theme colours from styles.css: no chart library, no inline styles. */
const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element under a parent; attributes are set one by one, never parsed from text. */
export function svgEl<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attrs: Record<string, string | number> = {}, cls?: string): SVGElementTagNameMap[K] {
  const el = parent.ownerDocument.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (cls) el.setAttribute("class", cls);
  parent.appendChild(el);
  return el;
}

/** A tooltip that both a hover (SVG `<title>`) and a screen reader find. */
export function svgTitle(el: SVGElement, text: string): void {
  const title = svgEl(el, "title");
  title.textContent = text;
}
