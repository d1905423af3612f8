/**
 * Every cycle in a forest given as child → parent links, each once, as the ids along it starting
 * from the smallest id and ending where it started: `a → b → a`, or `a → a` for an entry that is
 * its own parent.
 */
export function findCycles(parentOf: ReadonlyMap<string, string>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  for (const start of [...parentOf.keys()].sort()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let id: string | undefined = start;
    while (id !== undefined && !done.has(id) && !onPath.has(id)) {
      onPath.set(id, path.length);
      path.push(id);
      id = parentOf.get(id);
    }
    if (id !== undefined && onPath.has(id)) {
      const cycle = path.slice(onPath.get(id));
      const first = cycle.indexOf([...cycle].sort()[0]!);
      const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
      cycles.push([...rotated, rotated[0]!]);
    }
    for (const visited of path) done.add(visited);
  }
  return cycles;
}
