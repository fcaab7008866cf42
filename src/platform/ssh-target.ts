/**
 * The `ssh` driver's DeployTarget: the release layout of release-layout.ts on one remote host,
 *
 *   <base>/<dir>/current -> releases/<name>, releases/<name>/{artifact/, <config>, .msdeploy-release.json}
 *
 * made by the same steps (staging directory renamed whole, `current` replaced by renaming a new
 * link over it, deploy order kept as a counter in the release record), with coreutils and GNU tar.
 *
 * Each method is ONE ssh session running one of the fixed scripts below, all of a target's
 * sessions on one shared connection (see runRemote's controlPath; close() ends it). Nothing is ever spliced
 * into them: every value is a positional argument quoted by runRemote. The artifact (and the
 * config, which holds secrets and so never goes in a command line, where `ps` would show it)
 * travels on the same session's stdin and is checked on the host: byte count, then the
 * artifact's sha256, before tar sees a byte. Requires on the host: a POSIX sh, GNU coreutils
 * (head -c, mv -T, realpath -m, sha256sum, timeout), GNU tar and gzip, and bash for run().
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDigest } from '../core/artifact/digest.js';
import { releaseName } from '../core/deploy/rules.js';
import { MsdeployError } from '../core/errors.js';
import type { SshHostSpec } from '../core/manifest/types.js';
import type { DeployTarget, ReleaseFiles, ScriptResult } from '../core/ports.js';
import { parseReleaseName } from './release-layout.js';
import {
  closeMaster,
  runRemote,
  usableControlPath,
  type RemoteResult,
  type RemoteRun,
} from './ssh.js';

export interface SshTargetOptions {
  host: SshHostSpec;
  /** The environment's base directory on the host (absolute). */
  base: string;
  /** A private key (0600) to use alone; otherwise the agent's and ~/.ssh's keys. */
  identityFile?: string;
  /** The resolved config's file name inside a release (default `config.yml`). */
  configFile?: string;
  /** Longest a prepare (transfer, check, unpack) may take (default 10 min). */
  prepareTimeoutMs?: number;
  /** Longest any other step may take, a run's own timeout aside (default 60 s). */
  stepTimeoutMs?: number;
  connectTimeoutSeconds?: number;
  /** Where runRemote writes its private known_hosts file. */
  tempDir?: string;
  /** Each chunk of remote output (a run's script output included), as it arrives. */
  onOutput?: (chunk: string) => void;
}

/** A step on the host refused or failed; `reason` says which check, for callers and tests. */
export class SshTargetError extends MsdeployError {
  constructor(
    message: string,
    readonly reason: SshTargetFailure,
    detail: readonly string[] = [],
  ) {
    super(message, { detail });
  }
}

export type SshTargetFailure =
  | 'bad-argument'
  | 'name-taken'
  | 'digest-mismatch'
  | 'unsafe-archive'
  | 'short-payload'
  | 'not-a-link'
  | 'not-a-release'
  | 'nothing-live'
  | 'failed';

/** The scripts' exit codes for each refusal (anything else is `failed`). */
const FAILURES: Record<number, SshTargetFailure> = {
  64: 'bad-argument',
  65: 'name-taken',
  66: 'digest-mismatch',
  67: 'unsafe-archive',
  68: 'short-payload',
  69: 'not-a-link',
  70: 'not-a-release',
  71: 'nothing-live',
};

/** A service directory: relative, plain components, never `.` or `..`. */
const DIR_RE = /^[0-9A-Za-z][0-9A-Za-z._-]*(\/[0-9A-Za-z][0-9A-Za-z._-]*)*$/;
const CONFIG_FILE_RE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,127}$/;
const ENV_NAME_RE = /^MSDEPLOY_[A-Z0-9_]+$/;

// ---------------------------------------------------------------------------------------------
// The remote scripts. Reviewed as written; values only ever arrive as "$1"… (see runRemote).
// Every path is quoted, every command that takes paths gets `--`, names are re-checked on the
// host (a second line of defence behind the checks in this module).
// ---------------------------------------------------------------------------------------------

const PRELUDE = `set -eu
umask 022
export LC_ALL=C
rec=.msdeploy-release.json
die() { printf 'msdeploy: %s\\n' "$1" >&2; exit "\${2:-1}"; }
# readlink, keeping a trailing newline a name might end with ($() strips them).
link_of() { t=$(readlink -- "$1" && echo .) || return 1; printf '%s' "\${t%?.}"; }
is_release() {
  case $1 in
    *[!0-9A-Za-z.+_-]* | [!0-9A-Za-z]*) return 1 ;;
    *-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]) return 0 ;;
  esac
  return 1
}
check_base() {
  case $1 in /*) ;; *) die "base directory $1 is not absolute" 64 ;; esac
  case /$2/ in */../* | */./* | *//*) die "service directory $2 is not a plain relative path" 64 ;; esac
}
order_of() { sed -n 's/^  "order": \\([0-9][0-9]*\\),\\{0,1\\}$/\\1/p' "$1" | head -n 1; }
# Deploy order: one more than any release's record says (a counter, not a clock).
next_order() {
  max=-1
  for r in "$1"/*/"$rec"; do
    [ -f "$r" ] || continue
    o=$(order_of "$r")
    if [ -n "$o" ] && [ "$o" -gt "$max" ]; then max=$o; fi
  done
  echo $((max + 1))
}
now() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }
# sha256:<hex> of a file: openssl where the host has it (it uses the CPU's SHA extensions: a
# third of sha256sum's CPU time on 100 MiB), else sha256sum. A wrong sum can only refuse.
sha256_of() {
  sum=
  if command -v openssl >/dev/null 2>&1; then sum=$(openssl dgst -sha256 -r <"$1" 2>/dev/null) || sum=; fi
  [ -n "$sum" ] || sum=$(sha256sum <"$1")
  printf 'sha256:%s' "\${sum%% *}"
}
`;

/**
 * prepare: base dir name version artifact-digest config-digest config-file config-size
 * artifact-size tag; stdin: the config bytes, then the artifact bytes. Prints created|exists.
 */
const PREPARE = `${PRELUDE}
base=$1 dir=$2 name=$3 version=$4 adig=$5 cdig=$6 cfile=$7 csize=$8 asize=$9
shift 9
tag=$1
check_base "$base" "$dir"
is_release "$name" || die "$name is not a release name" 64
case $version$cfile$tag in *[!0-9A-Za-z.+_-]*) die "bad version, config file or tag" 64 ;; esac
case \${adig#sha256:}\${cdig#sha256:} in *[!0-9a-f]*) die "bad digest" 64 ;; esac
[ \${#adig} -eq 71 ] && [ \${#cdig} -eq 71 ] || die "bad digest" 64
svc=$base/$dir
rel=$svc/releases
mkdir -p -- "$rel"
# What killed deployers left: trash, and staging directories and links older than 15 min.
find "$rel" -mindepth 1 -maxdepth 1 \\( -name '.trash-*' -o -name '.staging-*' -mmin +15 \\) \\
  -exec rm -rf -- {} + 2>/dev/null || :
find "$svc" -mindepth 1 -maxdepth 1 -type l -name 'current.*.tmp' -mmin +15 \\
  -exec rm -f -- {} + 2>/dev/null || :

# A release only ever appears complete: if the name exists it must be this very release.
existing() {
  if [ ! -d "$rel/$name" ] || [ -L "$rel/$name" ]; then
    die "$rel/$name exists and is not a release directory: move it away and deploy again." 65
  fi
  [ -f "$rel/$name/$rec" ] ||
    die "$rel/$name exists without a readable $rec: msdeploy did not make it. Move it away and deploy again." 65
  if ! grep -qxF "  \\"artifactDigest\\": \\"$adig\\"," "$rel/$name/$rec" ||
    ! grep -qxF "  \\"configDigest\\": \\"$cdig\\"," "$rel/$name/$rec"; then
    die "release $name in $rel is not artifact $adig with config $cdig: a release name never changes content. Remove the old release on purpose, or deploy a new version." 65
  fi
}
if [ -e "$rel/$name" ] || [ -L "$rel/$name" ]; then
  existing
  echo exists
  exit 0
fi

stg=$rel/.staging-$tag
mkdir -- "$stg"
trap 'rm -rf -- "$stg"' EXIT
trap 'exit 1' HUP INT TERM PIPE

# The config holds secrets: 0600 from its first byte.
umask 077
head -c "$csize" >"$stg/$cfile"
umask 022
[ "$(wc -c <"$stg/$cfile")" -eq "$csize" ] ||
  die "the connection ended before the whole config arrived" 68
tgz=$stg/.artifact.tar.gz
head -c "$asize" >"$tgz"
[ "$(wc -c <"$tgz")" -eq "$asize" ] ||
  die "the connection ended before the whole artifact arrived ($(wc -c <"$tgz") of $asize bytes)" 68
sum=$(sha256_of "$tgz")
[ "$sum" = "$adig" ] ||
  die "the artifact that arrived is $sum, not $adig: refusing to unpack it (changed in transit or on this host)" 66

# Decompressed once, verified bytes only: tar lists a plain tar by seeking past the contents, so
# the three listings below and the extraction cost one gunzip, not four (on 100 MiB, ~1 s of CPU
# per host saved).
tarf=$stg/.artifact.tar
gzip -dc <"$tgz" >"$tarf" 2>/dev/null || die "the artifact is not a readable tar.gz" 67
rm -f -- "$tgz"
# Refuse before extracting: names are listed one per line (tar escapes newlines in them).
tar -tPf "$tarf" >"$stg/.names" 2>/dev/null || die "the artifact is not a readable tar.gz" 67
bad=$(grep -m 1 -e '^/' -e '^\\.\\.$' -e '^\\.\\./' -e '/\\.\\.$' -e '/\\.\\./' "$stg/.names" || :)
[ -z "$bad" ] || die "refusing to unpack: entry $bad is an absolute path or has a .. component" 67
bad=$(tar -tvf "$tarf" 2>/dev/null | grep -m 1 -v '^[-dlh]' || :)
[ -z "$bad" ] || die "refusing to unpack: entry '$bad' is not a file, directory or link" 67
# tar would strip a hard link target's leading / or ../ and carry on: refuse it instead (-P lists
# targets as the archive spells them). Matching the whole line may refuse an odd name too, but
# never lets a bad target through.
bad=$(tar -tvPf "$tarf" 2>/dev/null | grep -m 1 -e '^h.* link to /' -e '^h.*[ /]\\.\\./' -e '^h.*[ /]\\.\\.$' || :)
[ -z "$bad" ] || die "refusing to unpack: hard link '$bad' has an absolute target or one with a .. component" 67
mkdir -- "$stg/artifact"
# GNU tar creates a symlink that points out (absolute, or with ..) only at the end, after every
# file, so nothing is written through one; owners and modes are ours, not the archive's.
tar -xf "$tarf" -C "$stg/artifact" --no-same-owner --no-same-permissions 2>"$stg/.tar-errors" ||
  die "refusing to unpack: tar said: $(head -c 600 "$stg/.tar-errors")" 67
# Every symlink must resolve, as the kernel would, inside artifact/.
art=$(cd -- "$stg/artifact" && pwd -P)
find "$stg/artifact" -type l -exec sh -c '
  art=$1
  shift
  for l do
    t=$(readlink -- "$l" && echo .) || exit 1
    t=\${t%?.}
    case $t in /*)
      printf "msdeploy: refusing to unpack: symlink %s points at the absolute path %s\\n" "\${l#*/artifact/}" "$t" >&2
      exit 1 ;;
    esac
    r=$(realpath -m -- "$l" && echo .) || {
      printf "msdeploy: refusing to unpack: symlink %s does not resolve\\n" "\${l#*/artifact/}" >&2
      exit 1
    }
    r=\${r%?.}
    case $r in "$art" | "$art"/*) ;; *)
      printf "msdeploy: refusing to unpack: symlink %s -> %s points outside the artifact\\n" "\${l#*/artifact/}" "$t" >&2
      exit 1 ;;
    esac
  done' sh "$art" {} + || exit 67
rm -f -- "$tarf" "$stg/.names" "$stg/.tar-errors"

order=$(next_order "$rel")
printf '{\\n  "name": "%s",\\n  "version": "%s",\\n  "artifactDigest": "%s",\\n  "configDigest": "%s",\\n  "configFile": "%s",\\n  "preparedAt": "%s",\\n  "order": %s\\n}\\n' \\
  "$name" "$version" "$adig" "$cdig" "$cfile" "$(now)" "$order" >"$stg/$rec"
sync -- "$stg/$cfile" "$stg/$rec" 2>/dev/null || :
if ! mv -T -- "$stg" "$rel/$name" 2>/dev/null; then
  [ -e "$rel/$name" ] || die "cannot rename $stg to $rel/$name"
  existing # another preparer of this release finished first: theirs is complete
  echo exists
  exit 0
fi
trap - EXIT
sync -f -- "$rel" 2>/dev/null || :
echo created
`;

/** current: base dir. Prints the link's target (nothing when there is no `current`). */
const CURRENT = `${PRELUDE}
check_base "$1" "$2"
l=$1/$2/current
if [ -L "$l" ]; then
  link_of "$l"
elif [ -e "$l" ]; then
  die "$l is not a symlink: msdeploy manages it as one. Move it away and deploy again." 69
fi
`;

/** activate: base dir name tag. Prints the target `current` had before. */
const ACTIVATE = `${PRELUDE}
base=$1 dir=$2 name=$3 tag=$4
check_base "$base" "$dir"
is_release "$name" || die "$name is not a release name" 64
case $tag in *[!0-9a-f]*) die "bad tag" 64 ;; esac
svc=$base/$dir
rd=$svc/releases/$name
l=$svc/current
if [ ! -d "$rd" ] || [ -L "$rd" ]; then
  die "cannot switch $l to $name: $rd is not a release directory" 70
fi
prev=
if [ -L "$l" ]; then
  prev=$(link_of "$l" && echo .)
  prev=\${prev%.}
  # Checked before the switch, as the local driver does: a hand-made link is not replaced.
  case $prev in releases/*) ;; *) prev=/ ;; esac
  is_release "\${prev#releases/}" ||
    die "$l points elsewhere than a release inside releases/: it was changed by hand. Point it back at a release or deploy one." 69
elif [ -e "$l" ]; then
  die "$l is not a symlink: msdeploy manages it as one. Move it away and deploy again." 69
fi
tmp=$svc/current.$tag.tmp
# Relative, like the local driver's; renamed over the old link, so readers never see none.
ln -s -- "releases/$name" "$tmp"
if ! mv -T -- "$tmp" "$l"; then
  rm -f -- "$tmp"
  die "cannot rename $tmp over $l" 69
fi
sync -f -- "$svc" 2>/dev/null || :
# After the switch: a kill before this only leaves the order one deploy behind.
r=$rd/$rec
if [ -f "$r" ]; then
  field() { sed -n 's/^  "'"$1"'": "\\([^"]*\\)",\\{0,1\\}$/\\1/p' "$r" | head -n 1; }
  order=$(next_order "$svc/releases")
  printf '{\\n  "name": "%s",\\n  "version": "%s",\\n  "artifactDigest": "%s",\\n  "configDigest": "%s",\\n  "configFile": "%s",\\n  "preparedAt": "%s",\\n  "deployedAt": "%s",\\n  "order": %s\\n}\\n' \\
    "$(field name)" "$(field version)" "$(field artifactDigest)" "$(field configDigest)" \\
    "$(field configFile)" "$(field preparedAt)" "$(now)" "$order" >"$r.$tag.tmp"
  mv -f -- "$r.$tag.tmp" "$r"
fi
printf '%s' "$prev"
`;

/**
 * run: base dir seconds script NAME=value…; runs the script with bash in `current`, with only
 * PATH, HOME, USER, LOGNAME, LANG and the given MSDEPLOY_* variables, all output on stderr.
 * Prints `ready` on stdout just before: without it, a failure is the wrapper's refusal, not
 * the script's exit code (a script may exit 64 too).
 */
const RUN = `${PRELUDE}
base=$1 dir=$2 secs=$3 script=$4
shift 4
check_base "$base" "$dir"
case $secs in '' | *[!0-9]*) die "bad timeout" 64 ;; esac
for kv do
  case $kv in MSDEPLOY_*=*) ;; *) die "only MSDEPLOY_* variables may be passed" 64 ;; esac
  case \${kv%%=*} in *[!A-Z0-9_]*) die "bad variable name" 64 ;; esac
done
cd -- "$base/$dir/current" 2>/dev/null ||
  die "$base/$dir/current does not lead to a release: nothing is deployed there yet" 71
command -v bash >/dev/null 2>&1 || die "bash is not installed on this host: the manifest's scripts run with bash" 127
echo ready
# --verbose: when the time is up, timeout says so (exit 124 alone could be the script's own).
exec timeout --verbose -k 5 "$secs" env -i PATH="\${PATH:-/usr/local/bin:/usr/bin:/bin}" HOME="\${HOME:-/}" \\
  USER="\${USER:-}" LOGNAME="\${LOGNAME:-}" LANG=C.UTF-8 "$@" bash -c "$script" msdeploy 1>&2
`;

/** prune: base dir keep tag protected…. Prints each release it removed. */
const PRUNE = `${PRELUDE}
base=$1 dir=$2 keep=$3 tag=$4
shift 4
check_base "$base" "$dir"
case $keep in '' | *[!0-9]* | 0) die "bad keep" 64 ;; esac
case $tag in *[!0-9a-f]*) die "bad tag" 64 ;; esac
svc=$base/$dir
rel=$svc/releases
live=
if [ -L "$svc/current" ]; then
  live=$(link_of "$svc/current")
  live=\${live#releases/}
elif [ -e "$svc/current" ]; then
  die "$svc/current is not a symlink: msdeploy manages it as one. Move it away and deploy again." 69
fi
# Newest deploy first; a release without a record (msdeploy did not finish it) sorts last.
names=$(
  for d in "$rel"/*; do
    n=\${d##*/}
    is_release "$n" || continue
    if [ ! -d "$d" ] || [ -L "$d" ]; then continue; fi
    o=
    if [ -f "$d/$rec" ]; then o=$(order_of "$d/$rec"); fi
    printf '%s %s\\n' "\${o:--1}" "$n"
  done | sort -k1,1nr -k2,2r | cut -d ' ' -f 2
)
i=0
# Release names hold no blanks or glob characters: splitting the list is safe.
for n in $names; do
  i=$((i + 1))
  if [ "$i" -le "$keep" ] || [ "$n" = "$live" ]; then continue; fi
  for p do
    if [ "$n" = "$p" ]; then continue 2; fi
  done
  # Renamed away first: a kill mid-delete never leaves a partial tree under a release name.
  mv -T -- "$rel/$n" "$rel/.trash-$tag-$i"
  rm -rf -- "$rel/.trash-$tag-$i"
  printf '%s\\n' "$n"
done
`;

export const REMOTE_SCRIPTS = { PREPARE, CURRENT, ACTIVATE, RUN, PRUNE } as const;

/** The deploy layout on one ssh host. */
export class SshTarget implements DeployTarget {
  readonly name: string;
  private readonly configFile: string;
  /** The private directory of this target's shared connection, made on first use. */
  private connectionDir: Promise<string> | undefined;

  constructor(private readonly opts: SshTargetOptions) {
    this.name = opts.host.name;
    this.configFile = opts.configFile ?? 'config.yml';
    if (!opts.base.startsWith('/') || /[\r\n]/.test(opts.base)) {
      throw new MsdeployError(
        `Host ${this.name}: base directory ${JSON.stringify(opts.base)} must be an absolute path on one line.`,
      );
    }
    if (!CONFIG_FILE_RE.test(this.configFile) || this.configFile === 'artifact') {
      throw new MsdeployError(
        `Config file name ${JSON.stringify(this.configFile)} is not a plain file name (letters, digits, . _ -, not starting with a dot, not "artifact").`,
      );
    }
  }

  async prepare(files: ReleaseFiles): Promise<{ created: boolean }> {
    const dir = checkDir(files.dir);
    if (!isDigest(files.artifactDigest)) {
      throw new MsdeployError(
        `Artifact digest ${JSON.stringify(files.artifactDigest)} is not sha256:<64 hex>.`,
      );
    }
    if (files.kind !== 'archive') {
      throw new MsdeployError(
        `Host ${this.name}: the ssh driver unpacks archive artifacts; a ${files.kind} artifact is installed by the command driver.`,
      );
    }
    const name = releaseName(files.version, files.configDigest);
    if (name !== files.release) {
      throw new MsdeployError(
        `Release ${JSON.stringify(files.release)} does not match version ${files.version} and config ${files.configDigest} (expected ${name}).`,
      );
    }
    const config = Buffer.from(files.config, 'utf8');
    const { size } = await stat(files.artifactFile);
    const r = await this.remote(
      PREPARE,
      [
        this.opts.base,
        dir,
        name,
        files.version,
        files.artifactDigest,
        files.configDigest,
        this.configFile,
        String(config.length),
        String(size),
        tag(),
      ],
      this.opts.prepareTimeoutMs ?? 600_000,
      [config, { file: files.artifactFile }],
    );
    this.check(r, `prepare release ${name} in ${dir}`);
    const said = r.stdout.toString('utf8').trim();
    if (said !== 'created' && said !== 'exists') {
      throw new SshTargetError(
        `Host ${this.name}: preparing ${name} ended without saying so (${JSON.stringify(said.slice(0, 200))}).`,
        'failed',
        r.tail,
      );
    }
    return { created: said === 'created' };
  }

  async current(dir: string): Promise<string | undefined> {
    const r = await this.remote(CURRENT, [this.opts.base, checkDir(dir)]);
    this.check(r, `read ${dir}/current`);
    return this.releaseOf(r.stdout.toString('utf8'), dir);
  }

  readonly keepsReleases = true;

  async activate(dir: string, release: string): Promise<string | undefined> {
    if (parseReleaseName(release) === undefined) {
      throw new MsdeployError(`${JSON.stringify(release.slice(0, 200))} is not a release name.`);
    }
    const r = await this.remote(ACTIVATE, [this.opts.base, checkDir(dir), release, tag()]);
    this.check(r, `switch ${dir}/current to ${release}`);
    return this.releaseOf(r.stdout.toString('utf8'), dir);
  }

  async run(
    script: string,
    dir: string,
    env: Readonly<Record<string, string>>,
    timeoutMs: number,
  ): Promise<ScriptResult> {
    const pairs = Object.entries(env).map(([k, v]) => {
      if (!ENV_NAME_RE.test(k)) {
        throw new MsdeployError(
          `Environment variable ${JSON.stringify(k)} cannot be passed to a host: only MSDEPLOY_[A-Z0-9_]+ names are.`,
        );
      }
      return `${k}=${v}`;
    });
    const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
    // The host's `timeout` stops the script; ssh gets a margin to bring the news back.
    const r = await this.remote(
      RUN,
      [this.opts.base, checkDir(dir), String(seconds), script, ...pairs],
      seconds * 1000 + (this.opts.stepTimeoutMs ?? 60_000),
    );
    if (r.stdout.toString('utf8') !== 'ready\n') {
      this.check(r, `run a script in ${dir}`);
      throw new SshTargetError(
        `Host ${this.name}: the script in ${dir} did not start.`,
        'failed',
        r.tail,
      );
    }
    return { exitCode: r.exitCode, tail: r.tail };
  }

  async prune(dir: string, keep: number, protect: readonly string[]): Promise<string[]> {
    if (!Number.isSafeInteger(keep) || keep < 1) {
      throw new MsdeployError(`keep must be a whole number ≥ 1, got ${keep}.`);
    }
    const r = await this.remote(PRUNE, [
      this.opts.base,
      checkDir(dir),
      String(keep),
      tag(),
      ...protect,
    ]);
    this.check(r, `prune ${dir}`);
    return r.stdout
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '');
  }

  /**
   * Ends the connection this target's steps share (it would otherwise idle out after
   * MASTER_IDLE_SECONDS). The target stays usable: a later step connects anew.
   */
  async close(): Promise<void> {
    const dir = this.connectionDir;
    if (dir === undefined) return;
    this.connectionDir = undefined;
    const { host } = this.opts;
    const controlPath = join(await dir, 'c');
    try {
      await closeMaster({ host: host.address, port: host.port, user: host.user, controlPath });
    } finally {
      await rm(await dir, { recursive: true, force: true });
    }
  }

  /** Where this target's shared connection listens; undefined where ssh could not use the path. */
  private async controlPath(): Promise<string | undefined> {
    this.connectionDir ??= mkdtemp(join(this.opts.tempDir ?? tmpdir(), 'msdeploy-mux-')); // 0700
    const path = join(await this.connectionDir, 'c');
    return usableControlPath(path) ? path : undefined;
  }

  private async remote(
    script: string,
    args: string[],
    timeoutMs = this.opts.stepTimeoutMs ?? 60_000,
    payload?: RemoteRun['payload'],
  ): Promise<RemoteResult> {
    const { host } = this.opts;
    const controlPath = await this.controlPath();
    return runRemote({
      host: host.address,
      port: host.port,
      user: host.user,
      knownHosts: host.knownHosts,
      identityFile: this.opts.identityFile,
      script,
      args,
      timeoutMs,
      connectTimeoutSeconds: this.opts.connectTimeoutSeconds,
      tempDir: this.opts.tempDir,
      onOutput: this.opts.onOutput,
      payload,
      ...(controlPath !== undefined && { controlPath }),
    });
  }

  /** A non-zero exit of a step is a refusal or failure, worded by the script itself. */
  private check(r: RemoteResult, what: string): void {
    if (r.exitCode === 0) return;
    const said = r.tail.filter((l) => l.startsWith('msdeploy: ')).map((l) => l.slice(10));
    const reason = FAILURES[r.exitCode] ?? 'failed';
    const why = said.length ? said.join('; ') : `exit ${r.exitCode}: ${r.tail.slice(-3).join(' ')}`;
    throw new SshTargetError(`Host ${this.name}: cannot ${what}: ${why}`, reason, r.tail);
  }

  /** `releases/<name>` as the scripts print it, validated; empty is "no current yet". */
  private releaseOf(target: string, dir: string): string | undefined {
    if (target === '') return undefined;
    const name = target.startsWith('releases/') ? target.slice('releases/'.length) : '';
    if (parseReleaseName(name) === undefined) {
      throw new SshTargetError(
        `Host ${this.name}: ${this.opts.base}/${dir}/current points at ${JSON.stringify(target.slice(0, 200))}, not at a release inside releases/: it was changed by hand. Point it back at a release or deploy one.`,
        'not-a-link',
      );
    }
    return name;
  }
}

function checkDir(dir: string): string {
  if (!DIR_RE.test(dir) || dir.split('/').some((c) => c === '.' || c === '..')) {
    throw new MsdeployError(
      `Service directory ${JSON.stringify(dir.slice(0, 200))} is not a plain relative path (letters, digits, . _ - components).`,
    );
  }
  return dir;
}

function tag(): string {
  return randomBytes(6).toString('hex');
}
