// TanStack Query hook for what works for me.
import { useQuery } from "@tanstack/react-query";
import { api, call, init } from "../api/client.js";

/** My figures: the funnel, reply rates and the rest of GET /api/analytics. */
export function useAnalytics() {
  return useQuery({
    queryKey: ["analytics"],
    queryFn: ({ signal }) => call(api.analytics.$get({}, init(signal))),
  });
}
