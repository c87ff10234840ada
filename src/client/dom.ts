/**
 * Makes an element with its properties and children. The search scripts build what they show
 * with it, as text and elements, never from HTML, so no name or text can inject markup.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string | false | undefined)[]): HTMLElementTagNameMap[K] {
	const element = Object.assign(document.createElement(tag), props);
	for (const child of children) if (child !== false && child !== undefined) element.append(child);
	return element;
}
