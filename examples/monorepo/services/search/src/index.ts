export const search = (q: string) => [q];
