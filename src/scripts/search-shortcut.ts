import { loadPagefind } from './pagefind-loader';

/** True when a key press belongs to a field the user is typing in. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Moves focus to the header search box when "/" is pressed outside a text field. */
export function focusSearchOnSlash(input: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

/**
 * Loads search-as-you-type when the header box first gets focus, and not before: pages cost nothing
 * extra until a visitor starts to search. Until it has loaded, the box is a plain form to /cari/.
 */
export function loadOnFirstFocus(input: HTMLInputElement): void {
  const start = () => {
    // Pagefind starts (worker, WebAssembly, metadata) while the search code that will use it downloads.
    void loadPagefind().catch(() => undefined);
    void import('./header-search').then(({ startHeaderSearch }) => startHeaderSearch(input));
  };
  if (document.activeElement === input) start();
  else input.addEventListener('focus', start, { once: true });
}
