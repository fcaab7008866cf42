export const log = (m: string) => console.log(m);
