import { useQuery } from "@tanstack/react-query";
import { listTags } from "../api/tags.js";
import { queryKeys } from "./query-keys.js";

/** Every tag in use, with how many contacts carry it. */
export function useTags() {
  return useQuery({
    queryKey: queryKeys.tags,
    queryFn: ({ signal }) => listTags(signal).then((result) => result.items),
    staleTime: 60_000,
  });
}
