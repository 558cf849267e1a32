/**
 * Stands in for linkedom's CSS parser (@acemir/cssom, aliased in wxt.config.ts). linkedom parses a
 * <style> only when its `sheet` is read, which detection never does; the parser would add 210 KB
 * to the background for nothing (and its CommonJS build does not bundle as linkedom imports it).
 */
export function parse(): never {
  throw new Error('Style sheets are not parsed in the extension');
}
