import { useDocumentTitle } from "@mantine/hooks";

/** Sets `<title>` to "Page · coffeechat" (or just the product name). */
export function usePageTitle(page?: string | null): void {
  useDocumentTitle(page ? `${page} · coffeechat` : "coffeechat");
}
