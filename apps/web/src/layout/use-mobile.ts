import { useSyncExternalStore } from 'react';

/** Below antd's `md` breakpoint (768 px) the shell is laid out for a phone: drawer menu, compact header. */
export const MOBILE_QUERY = '(max-width: 767.98px)';

function subscribe(onChange: () => void) {
  const list = window.matchMedia(MOBILE_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/**
 * Whether the screen is phone-sized. Read from matchMedia on the first render (antd's useBreakpoint starts empty
 * and would draw the desktop layout for a frame), and kept in step when the window is resized or rotated.
 */
export function useIsMobile(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(MOBILE_QUERY).matches,
    () => false,
  );
}
