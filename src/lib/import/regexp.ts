/** `value` with the characters a regular expression reads as syntax escaped, to match it as written. */
export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
