// A page's filters, sort and page kept in the address's query string, so a reload or a shared link
// shows the same page; changing one replaces the query (and so reloads the page's data).

import { computed } from "vue";
import { useRoute, useRouter, type LocationQueryRaw } from "vue-router";

export function useUrlState() {
  const route = useRoute();
  const router = useRouter();
  const get = (k: string): string => {
    const v = route.query[k];
    return typeof v === "string" ? v : "";
  };
  const num = (k: string, fallback: number): number => {
    const n = Number(get(k));
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  /** Sets keys (empty values drop them); `page` goes back to 1 unless given. */
  function set(changes: Record<string, string | number | null | undefined>) {
    const next: LocationQueryRaw = { ...route.query };
    if (!("page" in changes)) delete next.page;
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === "") delete next[k];
      else next[k] = String(v);
    }
    return router.push({ path: route.path, query: next });
  }
  return { get, num, set, query: computed(() => route.query) };
}
