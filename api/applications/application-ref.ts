// An application named by its id (a uuid) or its number (ZB-2025-000001), as every route takes it.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^ZB-\d{4}-\d{6}$/;

/** The unique key to look the application up by, or null for text that can name none. */
export function applicationKey(idOrNumber: string): { id: string } | { number: string } | null {
  if (UUID.test(idOrNumber)) return { id: idOrNumber.toLowerCase() };
  if (NUMBER.test(idOrNumber)) return { number: idOrNumber };
  return null;
}

/** Text that is a uuid (an id of any row), lower-cased; null otherwise. */
export const uuidOf = (text: string): string | null => (UUID.test(text) ? text.toLowerCase() : null);
