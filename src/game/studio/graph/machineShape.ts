/** A way a state can be left: to another state, or by ending the chat. */
export interface Exit {
  goto?: string | undefined;
  outcome?: string | undefined;
}

export interface StateShape {
  /** The state has an outcome: the chat ends on entering it, whatever else it says. */
  terminal: boolean;
  /** Its own reactions and timers, the `anytime` reactions and `defaults.silence` where they apply. */
  exits: readonly Exit[];
}

export interface MachineShape {
  reachable: ReadonlySet<string>;
  deadEnds: ReadonlySet<string>;
  neverEnding: ReadonlySet<string>;
}

/**
 * Which states the chat can reach from the start, which have no way out, and which can never lead
 * to an outcome: the same walk as the engine's machine check (`checkScenario`), made here on what
 * the trainer has typed so far, since that check only runs once the whole scenario validates.
 * A goto to an unknown state is flagged on its own (drawn red), so it does not also count as never ending.
 */
export function machineShape(states: ReadonlyMap<string, StateShape>, start: string | undefined): MachineShape {
  const exitsOf = (name: string) => {
    const state = states.get(name);
    return !state || state.terminal ? [] : state.exits;
  };

  const reachable = new Set<string>(start === undefined ? states.keys() : [start]);
  const queue = start === undefined ? [] : [start];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    for (const { goto } of exitsOf(name)) {
      if (goto !== undefined && states.has(goto) && !reachable.has(goto)) {
        reachable.add(goto);
        queue.push(goto);
      }
    }
  }

  const deadEnds = new Set<string>();
  for (const [name, state] of states) {
    const leaves = state.exits.some((exit) => exit.outcome !== undefined || (exit.goto !== undefined && exit.goto !== name));
    if (!state.terminal && !leaves) deadEnds.add(name);
  }

  const ends = new Set<string>();
  for (const [name, state] of states) {
    if (state.terminal || state.exits.some((exit) => exit.outcome !== undefined || (exit.goto !== undefined && !states.has(exit.goto)))) ends.add(name);
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const name of states.keys()) {
      if (!ends.has(name) && exitsOf(name).some((exit) => exit.goto !== undefined && ends.has(exit.goto))) {
        ends.add(name);
        grew = true;
      }
    }
  }
  const neverEnding = new Set([...states.keys()].filter((name) => !ends.has(name) && !deadEnds.has(name)));
  return { reachable, deadEnds, neverEnding };
}
