/** decap-cms-locales ships no types: the phrase tables are nested objects of strings. */
declare module 'decap-cms-locales' {
  type Phrases = { [key: string]: string | Phrases };
  export const zh_Hans: Phrases;
}
