/** The reader's languages in preference order (`navigator.languages`, else `navigator.language`). */
export function browserLanguages(nav: Pick<Navigator, 'language' | 'languages'>): readonly string[] {
  if (nav.languages && nav.languages.length > 0) return nav.languages;
  return nav.language ? [nav.language] : [];
}
