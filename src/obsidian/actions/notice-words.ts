/** Small phrases the actions' notices share, so every notice counts people and touches the same way. */

/** "Ana", "Ana and Sam", "Ana, Sam and Noor". */
export function namesOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

/** "1 person", "3 people". */
export function people(n: number): string {
  return `${n} ${n === 1 ? "person" : "people"}`;
}

/** "1 touch", "1,204 touches". */
export function touchCount(n: number): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "touch" : "touches"}`;
}
