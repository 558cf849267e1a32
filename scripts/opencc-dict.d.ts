// opencc-js ships its dictionaries without types: each is a string "繁 简|…". Used by Node-side
// tooling only (scripts/gen-fold.ts and the data test); the runtime extractor never imports it.
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
