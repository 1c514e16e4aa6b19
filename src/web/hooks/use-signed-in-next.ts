// After signing in or up: forget what was cached as nobody, and go back to where the person was.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { safeNext } from "../lib/auth-errors.js";

export function useSignedInNext(): { next: string; arrive: () => Promise<void> } {
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const client = useQueryClient();
  const navigate = useNavigate();
  const arrive = useCallback(async () => {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== "service" });
    navigate(next, { replace: true });
  }, [client, navigate, next]);
  return { next, arrive };
}
