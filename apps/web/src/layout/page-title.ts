import { useEffect } from 'react';

/** "页面名 · 城市 · 基层": the parts that are known, most specific first, joined for the browser tab. */
export const titleOf = (parts: readonly (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');

/** Names the browser tab (nothing to name: left as it is) (and what a screen reader announces on navigating) after the page shown. */
export function useDocumentTitle(parts: readonly (string | null | undefined)[]) {
  const title = titleOf(parts);
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
