/** A scenario field that names one thing or several (`when: greeting` or `when: [greeting, thanks]`), as a list. */
export function refList(refs: string | readonly string[] | undefined): readonly string[] {
  return refs === undefined ? [] : typeof refs === 'string' ? [refs] : refs;
}
