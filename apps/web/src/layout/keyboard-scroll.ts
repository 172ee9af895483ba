/** The boxes antd scrolls a wide table in (and the shell's own scrolling panes). */
const SCROLLERS = '.ant-table-content, .ant-table-body';

/** Makes every scrolling box on the page that has nothing focusable inside reachable with Tab, so arrows scroll it. */
function markScrollers(root: ParentNode) {
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
    const scrolls = el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight;
    if (scrolls && !el.hasAttribute('tabindex')) el.tabIndex = 0;
  }
}

/**
 * A wide table scrolls sideways inside its own box; a keyboard user could not reach the columns past the edge when
 * the rows hold no link or button (WCAG 2.1.1, axe's scrollable-region-focusable). Watches the page and gives each
 * such box a tab stop, for the shell's pages and every model's. Returns the function that stops watching.
 */
export function keepScrollersFocusable(root: HTMLElement = document.body): () => void {
  let pending = 0;
  const schedule = () => {
    if (!pending)
      pending = requestAnimationFrame(() => {
        pending = 0;
        markScrollers(root);
      });
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true });
  window.addEventListener('resize', schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', schedule);
    if (pending) cancelAnimationFrame(pending);
  };
}
