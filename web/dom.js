// Builds DOM nodes from data without ever parsing HTML, so untrusted text (titles, summaries, commentaries,
// source names) is always inserted as text. The only place HTML is parsed is the Markdown preview, whose HTML
// comes sanitised from the server (see markdown-preview.js).

const PROPERTIES = new Set(['value', 'checked', 'disabled', 'selected', 'hidden', 'required', 'readOnly',
  'multiple', 'autofocus', 'open']);

/**
 * el('a', {class: 'x', href: url, text: title, onclick: fn}, child, 'text', [more]) → the element.
 * "text" sets textContent, "class" the class list, "dataset" data-* attributes, "on…" functions listeners;
 * null, undefined and false values are skipped. Children may be nodes, strings (as text) or arrays.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (PROPERTIES.has(key)) node[key] = value;
    else if (key === 'style') throw new Error('no style attributes: the CSP forbids them, use a class');
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends nodes, strings (as text nodes) and nested arrays; skips null, undefined and false. */
export function append(parent, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces every child of parent. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** The URL when it is http(s), else null: feed links never become javascript: or data: hrefs. */
export function safeHref(url) {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An anchor to an external page, opened in a new tab without giving it a handle on ours. */
export function externalLink(url, text, props = {}) {
  const href = safeHref(url);
  if (!href) return el('span', { ...props, text: text || url || '' });
  return el('a', { ...props, href, target: '_blank', rel: 'noopener noreferrer', text: text || url });
}

/** The host of a URL without "www.", for compact display; the URL itself when it does not parse. */
export function hostOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url ?? '';
  }
}

/** A <select> with options [{value, label}], the given one selected. */
export function select(props, options, selected) {
  const node = el('select', props);
  for (const option of options) {
    node.append(el('option', { value: option.value, text: option.label, selected: option.value === selected }));
  }
  return node;
}

/** A labelled form field: <label class="field"><span>label</span>control</label>. */
export function field(label, control, hint) {
  return el('label', { class: 'field' }, el('span', { class: 'field-label', text: label }), control,
    hint ? el('span', { class: 'field-hint', text: hint }) : null);
}

/** Calls fn once no call came for `ms` milliseconds; .flush() runs a pending call now, .cancel() drops it. */
export function debounce(fn, ms) {
  let timer = null;
  let pendingArgs = null;
  const debounced = (...args) => {
    pendingArgs = args;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const argsNow = pendingArgs;
      pendingArgs = null;
      fn(...argsNow);
    }, ms);
  };
  debounced.flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    const argsNow = pendingArgs;
    pendingArgs = null;
    fn(...argsNow);
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = null;
    pendingArgs = null;
  };
  debounced.pending = () => timer !== null;
  return debounced;
}
