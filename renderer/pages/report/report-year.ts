// The report is written in January–March about the year just ended; later in the year people look
// at the current year's draft while the log grows.
export function defaultReportYear(now: Date = new Date()): number {
  const y = now.getFullYear();
  return now.getMonth() <= 2 ? y - 1 : y;
}

export function yearChoices(now: Date = new Date()): number[] {
  const y = now.getFullYear();
  return [y + 1, y, y - 1, y - 2, y - 3, y - 4];
}
