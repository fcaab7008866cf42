/** A command line the CLI cannot run: exit code 2 with the message. */
export class UsageError extends Error {}
