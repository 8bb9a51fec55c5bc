/** Rounds to `digits` decimals, as the results report figures. */
export const round = (value: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
