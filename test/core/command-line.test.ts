/** The root action's `args`: split like shell words, expanded never. */
import { CommandLineError, splitCommandLine } from '../../src/core/command-line.js';
import { shellCommand } from '../../src/core/deploy/shell-quote.js';

describe('splitCommandLine', () => {
  it.each([
    [
      'deploy catalog --env staging --version 1.4.0',
      ['deploy', 'catalog', '--env', 'staging', '--version', '1.4.0'],
    ],
    ['  status \t catalog\n  --json  ', ['status', 'catalog', '--json']],
    ["promote web --reason 'two words'", ['promote', 'web', '--reason', 'two words']],
    ['promote web --reason "two words"', ['promote', 'web', '--reason', 'two words']],
    ['--reason="a b"c', ['--reason=a bc']],
    ["a '' b", ['a', '', 'b']],
    ['a "" b', ['a', '', 'b']],
    ['a\\ b', ['a b']],
    ["it\\'s", ["it's"]],
    ['"say \\"hi\\" \\\\ \\$x \\`y\\`"', ['say "hi" \\ $x `y`']],
    // In double quotes a \ before any other character stays, as in sh.
    ['"a\\nb \\d"', ['a\\nb \\d']],
    // In single quotes nothing is special, not even \.
    ['\'a\\b "c" $d\'', ['a\\b "c" $d']],
    ['one \\\ntwo', ['one', 'two']],
    ['"one \\\ntwo"', ['one two']],
    ['', []],
    [' \n\t ', []],
  ])('%j', (text, expected) => {
    expect(splitCommandLine(text)).toEqual(expected);
  });

  it('never expands variables, commands, globs, tildes, or treats ; | & > # as special', () => {
    const text = 'status $HOME ${PATH} $(id) `id` * ?.ts [ab] ~ ~/x a;b c|d e&f >out #no-comment';
    expect(splitCommandLine(text)).toEqual([
      'status',
      '$HOME',
      '${PATH}',
      '$(id)',
      '`id`',
      '*',
      '?.ts',
      '[ab]',
      '~',
      '~/x',
      'a;b',
      'c|d',
      'e&f',
      '>out',
      '#no-comment',
    ]);
  });

  it.each([
    ["promote 'web", 1, 9, "'"],
    ['status "catalog', 1, 8, '"'],
    ['a\nb "c \\" d', 2, 3, '"'],
    ['status \\', 1, 8, '\\'],
  ])('refuses %j, naming line %i column %i', (text, line, column, what) => {
    let error: unknown;
    try {
      splitCommandLine(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CommandLineError);
    const e = error as CommandLineError;
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.message).toContain(what);
    expect(e.message).toMatch(/add the closing|remove it/);
  });

  it('reads back every argument list written with the shell quoting function', () => {
    const samples = [
      ['deploy', 'catalog', '--reason', 'it\'s "done"\n$(rm -rf /) `x` *'],
      ['', ' ', '\\', "'", '"', '\t', 'ünïcødé ✓'],
      ['--version', '1.4.57+abc1234', '--to=sha256:' + 'a'.repeat(64)],
    ];
    // And random ones: every printable ASCII character and line breaks.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 200; n++) {
      const args: string[] = [];
      for (let a = Math.floor(random() * 5); a >= 0; a--) {
        let arg = '';
        for (let c = Math.floor(random() * 12); c > 0; c--) {
          const code = Math.floor(random() * 97);
          arg += code === 96 ? '\n' : String.fromCharCode(32 + code);
        }
        args.push(arg);
      }
      samples.push(args);
    }
    for (const args of samples) expect(splitCommandLine(shellCommand(args))).toEqual(args);
  });
});
