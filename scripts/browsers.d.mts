export const EXTENSION_DIRS: { chromium: string; firefox: string };
export function launchBrowser(
  kind: 'chromium' | 'firefox',
  opts: { hosts: string[]; headless?: boolean; windowSize?: [number, number]; extensionDir?: string },
): Promise<{ kind: string; browser: unknown; extensionId: string; close(): Promise<void> }>;
