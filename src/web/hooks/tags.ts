import { useQuery } from "@tanstack/react-query";
import { api, call, init } from "../api/client.js";
import { queryKeys } from "./query-keys.js";

/** Every tag in use, with how many contacts carry it. */
export function useTags() {
  return useQuery({
    queryKey: queryKeys.tags,
    queryFn: ({ signal }) => call(api.tags.$get(undefined, init(signal))).then((result) => result.items),
    staleTime: 60_000,
  });
}
