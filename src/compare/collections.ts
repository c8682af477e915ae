import type { Binding } from '../model/types.js';

/** A captured collection's last part (`acmeCo/users` -> `users`): the binding's recommended name. */
export const collectionName = (collection: string): string => collection.slice(collection.lastIndexOf('/') + 1);

/** Each side's bindings by recommended name (the first of equal names): a catalog looks up a thousand collections. */
const byName = new WeakMap<Binding[], Map<string, Binding>>();

/** The binding whose documents a collection holds, by its recommended name. */
export function bindingOf(collection: string, bindings: Binding[] | undefined): Binding | undefined {
  if (!bindings) return undefined;
  let index = byName.get(bindings);
  if (!index) {
    index = new Map();
    for (const b of bindings) if (!index.has(b.recommendedName)) index.set(b.recommendedName, b);
    byName.set(bindings, index);
  }
  return index.get(collectionName(collection));
}

/** A collection's key on one side, when its binding has one. */
export const keyOf = (collection: string, bindings: Binding[] | undefined): string[] | undefined => {
  const key = bindingOf(collection, bindings)?.key;
  return key && key.length > 0 ? key : undefined;
};
