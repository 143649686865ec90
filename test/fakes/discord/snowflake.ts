/** Discord snowflakes: milliseconds since the Discord epoch in the top 42 bits, a counter in the low 12. */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/** Makes increasing snowflake strings, so ids created later sort later, as on Discord. */
export class SnowflakeSource {
  #lastMs = 0n;
  #increment = 0n;

  next(now: number = Date.now()): string {
    const ms = BigInt(now) - DISCORD_EPOCH_MS;
    if (ms > this.#lastMs) {
      this.#lastMs = ms;
      this.#increment = 0n;
    } else if (this.#increment < 0xfffn) {
      this.#increment += 1n;
    } else {
      // 4,096 ids in one millisecond: borrow the next millisecond rather than repeat an id.
      this.#lastMs += 1n;
      this.#increment = 0n;
    }
    // Worker and process ids (bits 12–21) stay 0: nothing reads them.
    return ((this.#lastMs << 22n) | this.#increment).toString();
  }
}

/** The creation time encoded in a snowflake, in ms since the Unix epoch. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
}
