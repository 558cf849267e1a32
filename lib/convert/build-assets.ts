// Placeholder until the conversion engine lands: the build hook writes no dictionaries yet.
export function buildDictionaryAssets(): { relativeDest: string; contents: string }[] {
  return [];
}
