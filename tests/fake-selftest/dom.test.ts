import { describe, expect, it } from "vitest";

describe("Obsidian DOM helpers on happy-dom", () => {
  it("createEl/createDiv/createSpan honour DomElementInfo", () => {
    const root = createDiv({ cls: ["a", "b"], attr: { "data-x": 1, hidden: null } });
    const input = root.createEl("input", { type: "number", value: "3", placeholder: "n", title: "t" });
    const link = root.createEl("a", { href: "https://example.com/", text: "go" });
    const first = root.createSpan({ text: "first", prepend: true });
    let seen: HTMLElement | null = null;
    const div = root.createDiv("c", (el) => (seen = el));

    expect(root.className).toBe("a b");
    expect(root.getAttribute("data-x")).toBe("1");
    expect(input.type).toBe("number");
    expect(input.value).toBe("3");
    expect(input.placeholder).toBe("n");
    expect(input.title).toBe("t");
    expect(link.href).toBe("https://example.com/");
    expect(link.getText()).toBe("go");
    expect(root.firstChild).toBe(first);
    expect(seen).toBe(div);
    expect(div.hasClass("c")).toBe(true);
  });

  it("class, attribute, text and tree helpers", () => {
    const el = createDiv();
    el.addClass("x", "y");
    el.addClasses(["z"]);
    el.removeClass("y");
    el.toggleClass("w", true);
    el.toggleClass("x", false);
    expect(el.className.split(" ").sort()).toEqual(["w", "z"]);
    el.setAttr("aria-label", "hi");
    el.setAttrs({ "data-a": true, "data-b": null });
    expect(el.getAttr("aria-label")).toBe("hi");
    expect(el.getAttribute("data-a")).toBe("true");
    el.setText("plain");
    expect(el.getText()).toBe("plain");
    el.setText(createFragment((f) => f.createEl("b", { text: "bold" })));
    expect(el.innerHTML).toBe("<b>bold</b>");
    el.empty();
    expect(el.childNodes.length).toBe(0);
    const child = el.createDiv();
    child.detach();
    expect(el.childNodes.length).toBe(0);
    expect(el.instanceOf(HTMLDivElement)).toBe(true);
    expect(el.doc).toBe(document);
    expect(el.win).toBe(window);
    expect(activeDocument).toBe(document);
    expect(activeWindow).toBe(window);
  });

  it("onClickEvent, show/hide and delegated on()", () => {
    const el = createDiv();
    document.body.appendChild(el);
    let clicks = 0;
    el.onClickEvent(() => clicks++);
    el.click();
    expect(clicks).toBe(1);
    el.hide();
    expect(el.isShown()).toBe(false);
    el.show();
    expect(el.isShown()).toBe(true);
    const btn = el.createEl("button", { cls: "go" });
    const hits: HTMLElement[] = [];
    el.on("click", ".go", (_ev, target) => hits.push(target));
    btn.click();
    expect(hits).toEqual([btn]);
  });

  it("DocumentFragment.createEl and JS globals", () => {
    const frag = createFragment();
    frag.createEl("p", { text: "x" });
    frag.createDiv({ text: "y" });
    expect(frag.childNodes.length).toBe(2);
    expect([1, 2, 3].last()).toBe(3);
    expect([1, 2].first()).toBe(1);
    expect([1, 2].contains(2)).toBe(true);
    expect("abc".contains("b")).toBe(true);
    expect(Math.clamp(5, 0, 3)).toBe(3);
    const arr = [1, 2, 1];
    arr.remove(1);
    expect(arr).toEqual([2]);
    expect(Object.keys([1]).length).toBe(1); // extensions are not enumerable
  });
});
