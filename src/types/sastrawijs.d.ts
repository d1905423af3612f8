// sastrawijs ships type declarations, but its package.json "exports" hides them from TypeScript.
declare module 'sastrawijs' {
  export class Stemmer {
    constructor(dictionary?: string[]);
    /** The root of an Indonesian word. */
    stem(word: string): string;
    /** Whether a word is in Sastrawi's root-word dictionary. */
    find(word: string): boolean;
  }
  export class Tokenizer {
    /** Lowercase words of a text, without punctuation. */
    tokenize(text: string): string[];
  }
}
