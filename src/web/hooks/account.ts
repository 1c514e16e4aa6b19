// TanStack Query hooks for who is signed in (hosted mode), how people sign in, the personal API
// token and deleting the account.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, call, init } from "../api/client.js";

export const accountKeys = {
  service: ["service"] as const,
  account: ["account"] as const,
  token: ["account", "token"] as const,
};

/** The server's mode and sign-in options (GET /api/health; answers without a session). */
export const serviceQuery = queryOptions({
  queryKey: accountKeys.service,
  queryFn: ({ signal }) => call(api.health.$get(undefined, init(signal))),
  staleTime: Number.POSITIVE_INFINITY,
});

/** The server's mode and sign-in options: every page waits for it, so main.tsx asks at once. */
export function useService() {
  return useQuery(serviceQuery);
}

/** Who is signed in; an ApiError 401 when no one is (hosted mode). */
export function useAccount(enabled = true) {
  return useQuery({
    queryKey: accountKeys.account,
    queryFn: ({ signal }) => call(api.account.$get(undefined, init(signal))),
    enabled,
    staleTime: 60_000,
  });
}

export function useTokenStatus() {
  return useQuery({
    queryKey: accountKeys.token,
    queryFn: ({ signal }) => call(api.account.token.$get(undefined, init(signal))),
  });
}

/** Makes a new personal API token (any earlier one stops working); the answer holds it, once. */
export function useMakeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.account.token.$post()),
    onSuccess: (made) => client.setQueryData(accountKeys.token, { active: true, createdAt: made.createdAt }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.account.token.$delete()),
    onSuccess: () => client.setQueryData(accountKeys.token, { active: false, createdAt: null }),
  });
}

export function useDeleteAccount() {
  return useMutation({
    mutationFn: () => call(api.account.$delete({ json: { confirm: true } })),
  });
}
