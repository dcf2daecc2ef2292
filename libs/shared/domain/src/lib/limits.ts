/** Field limits shared by API validation and dashboard forms so both reject the same input. */
export const TEXT_LIMITS = {
  title: 300,
  description: 4000,
  commentary: 4000,
  name: 200,
  email: 254,
  reference: 12,
} as const;

export const PAGE_SIZE = { default: 25, max: 100 } as const;
