export const EXTENSION_DIRS: { chromium: string; firefox: string };
export function launchBrowser(
  kind: 'chromium' | 'firefox',
  opts: { hosts: string[]; headless?: boolean; windowSize?: [number, number]; extensionDir?: string; profileDir?: string },
): Promise<{ kind: string; browser: unknown; extensionId: string; extensionDir: string; close(): Promise<void> }>;
