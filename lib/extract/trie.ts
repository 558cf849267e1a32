// A character trie keyed on UTF-16 code units, used both forward (units after a number) and
// backward (tokens ending at a position, for the walk left from a head word).

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  length: number;
  values: readonly T[];
}

export function createTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}

export function addToTrie<T>(root: TrieNode<T>, key: string, value: T): void {
  let node = root;
  for (const ch of key) {
    for (let i = 0; i < ch.length; i++) {
      const unit = ch[i] ?? '';
      let child = node.next.get(unit);
      if (!child) {
        child = createTrie<T>();
        node.next.set(unit, child);
      }
      node = child;
    }
  }
  node.values.push(value);
}

/** Keys are inserted reversed so that `matchesEndingAt` can read the text right to left. */
export function addReversed<T>(root: TrieNode<T>, key: string, value: T): void {
  addToTrie(root, key.split('').reverse().join(''), value);
}

/** Every key that starts at `start` in `text`, shortest first. */
export function matchesStartingAt<T>(root: TrieNode<T>, text: string, start: number): TrieMatch<T>[] {
  const found: TrieMatch<T>[] = [];
  let node: TrieNode<T> | undefined = root;
  for (let i = start; i < text.length && node; i++) {
    node = node.next.get(text[i] ?? '');
    if (node && node.values.length > 0) found.push({ length: i - start + 1, values: node.values });
  }
  return found;
}

/** Every key (inserted with `addReversed`) that ends right before `end` in `text`, shortest first. */
export function matchesEndingAt<T>(root: TrieNode<T>, text: string, end: number): TrieMatch<T>[] {
  const found: TrieMatch<T>[] = [];
  let node: TrieNode<T> | undefined = root;
  for (let i = end - 1; i >= 0 && node; i--) {
    node = node.next.get(text[i] ?? '');
    if (node && node.values.length > 0) found.push({ length: end - i, values: node.values });
  }
  return found;
}

export function longestStartingAt<T>(root: TrieNode<T>, text: string, start: number): TrieMatch<T> | null {
  const all = matchesStartingAt(root, text, start);
  return all[all.length - 1] ?? null;
}
