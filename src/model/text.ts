/** A count with its noun: "1 document", "2 documents". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
