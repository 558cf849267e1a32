// Publication dates as written on Chinese pages, normalized to ISO 8601.

const DATE_RE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[（(]星期.[）)])?(?:[T\s\u3000]*(?:香港[時时][間间]|澳[門门][時时][間间]|HKT)?\s*(\d{1,2})\s*[:：时時]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?/;

const pad = (n: string | number): string => String(n).padStart(2, '0');

/**
 * "2023-09-12 10:30", "2023年09月12日", "2024-09-09T08:00:00+00:00" → ISO 8601. With a time and no offset,
 * `defaultOffset` is appended (the detector passes "+08:00" for Chinese-language pages: mainland China,
 * Taiwan, Hong Kong and Macau all keep UTC+8). A date without time stays a date ("2023-09-12").
 */
export function normalizeDate(raw: string, defaultOffset: string | null = null): string | null {
  const m = DATE_RE.exec(raw);
  if (!m) return null;
  const [, y = '', mo = '', d = '', h, mi, s, off] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined || Number(h) > 23 || Number(mi) > 59) return date;
  const time = `${pad(h)}:${mi}:${s ?? '00'}`;
  let offset = off ?? defaultOffset;
  if (offset && /^[+-]\d{4}$/.test(offset)) offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
  return `${date}T${time}${offset ?? ''}`;
}

/** The first date in `text`, normalized, or null. */
export function findDate(text: string, defaultOffset: string | null = null): string | null {
  return normalizeDate(text, defaultOffset);
}
