// "/" searches: a page with its own search box (contacts, organisations) registers it here and "/"
// focuses it; on every other page "/" opens the command palette.
import { type RefObject, useEffect } from "react";

let pageSearch: RefObject<HTMLInputElement | null> | null = null;

/** Makes "/" focus this page's search box while the page is shown. */
export function usePageSearchShortcut(ref: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    pageSearch = ref;
    return () => {
      if (pageSearch === ref) pageSearch = null;
    };
  }, [ref]);
}

/** Focuses the shown page's search box; false when the page has none. */
export function focusPageSearch(): boolean {
  const input = pageSearch?.current;
  if (!input?.isConnected) return false;
  input.focus();
  input.select();
  return true;
}
