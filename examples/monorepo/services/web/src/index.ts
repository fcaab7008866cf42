export const web = () => "<html>";
