export const BROWSERS: { chromium: string; firefox: string };
export function ensureNodeModules(): void;
export function ensureBrowsers(opts?: { required?: boolean }): boolean;
