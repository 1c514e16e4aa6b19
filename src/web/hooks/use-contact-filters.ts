// The contact list's filters, kept in the URL query string so a reload or a shared link keeps them.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { CONTACT_SORTS, type ContactSort } from "../../core/contact.schema.js";
import type { ArchivedFilter, ContactListParams } from "../api/types.js";

export interface ContactFilters {
  q: string;
  tag: string;
  source: string;
  organizationId: string;
  archived: ArchivedFilter;
  sort: ContactSort;
}

const DEFAULTS: ContactFilters = {
  q: "",
  tag: "",
  source: "",
  organizationId: "",
  archived: "false",
  sort: "name",
};

/** Filter name -> URL parameter name. */
const PARAM: Record<keyof ContactFilters, string> = {
  q: "q",
  tag: "tag",
  source: "source",
  organizationId: "org",
  archived: "archived",
  sort: "sort",
};

function readFilters(params: URLSearchParams): ContactFilters {
  const archived = params.get(PARAM.archived);
  const sort = params.get(PARAM.sort);
  return {
    q: params.get(PARAM.q) ?? "",
    tag: params.get(PARAM.tag) ?? "",
    source: params.get(PARAM.source) ?? "",
    organizationId: params.get(PARAM.organizationId) ?? "",
    archived: archived === "true" || archived === "all" ? archived : "false",
    sort: (CONTACT_SORTS as readonly string[]).includes(sort ?? "") ? (sort as ContactSort) : "name",
  };
}

/** The API parameters for the filters: defaults and blanks left out. */
export function toListParams(filters: ContactFilters): Omit<ContactListParams, "cursor" | "limit"> {
  return {
    q: filters.q.trim() || undefined,
    tag: filters.tag || undefined,
    source: filters.source || undefined,
    organizationId: filters.organizationId || undefined,
    archived: filters.archived,
    sort: filters.sort,
  };
}

export function useContactFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);

  const setFilters = useCallback(
    (patch: Partial<ContactFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch) as [keyof ContactFilters, string][]) {
            if (value === "" || value === DEFAULTS[key]) next.delete(PARAM[key]);
            else next.set(PARAM[key], value);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const clearFilters = useCallback(
    () => setFilters({ q: "", tag: "", source: "", organizationId: "", archived: "false" }),
    [setFilters],
  );

  const hasFilters = Boolean(filters.q.trim() || filters.tag || filters.source || filters.organizationId);
  return { filters, setFilters, clearFilters, hasFilters };
}
