export const catalog = ["book"];
