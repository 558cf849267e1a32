import { onMessage } from '@/lib/messaging/protocol';
import { copyWithCommand } from '@/lib/background/copy-command';

// Chrome's offscreen document for the clipboard (lib/background/clipboard.ts): a service worker has
// no document to copy from. Created for one copy and closed after it.
onMessage('writeClipboard', ({ data }) => copyWithCommand(document, data.text));
