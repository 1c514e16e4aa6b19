// Every open conversation for the board: pages are followed until the last one (the board groups them itself).
import { useEffect, useMemo } from "react";
import type { Conversation } from "../api/types.js";
import { useConversationsInfinite } from "./conversations.js";

const PAGE = 200;
/** Enough for years of weekly conversations; beyond it the list view pages on. */
const MAX_PAGES = 10;

export function useAllConversations() {
  const query = useConversationsInfinite({ limit: PAGE });
  const pages = query.data?.pages.length ?? 0;
  useEffect(() => {
    if (query.hasNextPage && !query.isFetchingNextPage && !query.isError && pages < MAX_PAGES) {
      void query.fetchNextPage();
    }
  }, [query.hasNextPage, query.isFetchingNextPage, query.isError, pages, query.fetchNextPage]);
  const conversations = useMemo<Conversation[]>(
    () => query.data?.pages.flatMap((page) => page.items) ?? [],
    [query.data],
  );
  return {
    query,
    conversations,
    total: query.data?.pages[0]?.total ?? 0,
    complete: !query.hasNextPage,
  };
}
