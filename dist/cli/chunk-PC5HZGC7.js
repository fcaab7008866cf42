import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);

// src/core/manifest/spec.ts
function discriminatorSpec(union) {
  const values = Object.keys(union.variants);
  return {
    kind: "enum",
    values,
    title: `a ${union.discriminator}`,
    description: `One of ${values.join(", ")}: it selects which other keys apply.`
  };
}
function variantSpec(union, value) {
  const variant = union.variants[value];
  const key = union.discriminator;
  if (variant === void 0) throw new Error(`internal: no variant \`${key}: ${value}\``);
  if (Object.hasOwn(variant.fields, key)) {
    throw new Error(`internal: variant \`${key}: ${value}\` declares \`${key}\` itself`);
  }
  const tag = {
    kind: "const",
    value,
    title: variant.title,
    description: variant.description
  };
  return {
    ...variant,
    fields: { [key]: tag, ...variant.fields },
    required: [key, ...variant.required ?? []],
    ...variant.examples && {
      examples: variant.examples.map((e) => ({ [key]: value, ...e }))
    }
  };
}
var NAME_PATTERN = "^[a-z0-9][a-z0-9-]{0,62}$";
var NAME_RE = new RegExp(NAME_PATTERN);
var nameDocText = "1\u201363 lowercase letters, digits and `-`, starting with a letter or digit.";
var LEDGER_REF_PATTERN = "^(?!.*\\.\\.)(?!.*\\.lock(?:/|$))(?:[A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*$";
var INSIDE_REPO_PATTERN = "^(?!!?(?:[/~]|[A-Za-z]:))(?!!?(?:.*/)?\\.\\.(?:/|$))[^\\\\]+$";
var string = (format, doc) => ({
  kind: "string",
  ...format ? { format } : {},
  ...doc
});
var patternList = (doc) => ({
  kind: "list",
  items: string("pattern", {
    title: "a glob pattern",
    description: "A repo-root-relative glob (`*`, `**`, `?`, `[a-z]`, `{a,b}`); a leading `!` excludes.",
    examples: ["proto/common/**", "!docs/**"]
  }),
  ...doc
});
var dependsOn = (of) => {
  const targets = of === "library" ? "libraries" : "libraries or services";
  const declared = of === "library" ? "`libraries`" : "`libraries` or `services`";
  return {
    kind: "list",
    title: "a list of names",
    description: `Names of the ${targets} this ${of} builds on: when one of them changes, this ${of} is affected too.`,
    examples: [of === "library" ? ["money"] : ["common", "payments"]],
    unique: true,
    items: string("ref", {
      title: of === "library" ? "a library name" : "a library or service name",
      description: `A name declared under ${declared}.`,
      examples: [of === "library" ? "money" : "common"]
    })
  };
};
function component(what, fields) {
  return {
    kind: "object",
    title: `a ${what}`,
    description: what === "service" ? "A deployable unit: a directory of the repository (or `.` for all of it)." : "Shared code that services depend on; never deployed on its own.",
    required: ["path"],
    fields: {
      path: string("dir", {
        title: "a directory",
        description: `The ${what}'s directory, relative to the repository root; \`.\` is the whole repository. Every file under it belongs to the ` + what + ".",
        examples: [what === "service" ? "services/catalog" : "libs/common", "."]
      }),
      include: patternList({
        title: "a list of glob patterns",
        description: `More files that belong to the ${what}, after its \`path\`: ordered, repo-root-relative globs; a leading \`!\` excludes, and the last matching pattern wins.`,
        examples: [
          [
            "proto/common/**",
            `!${what === "service" ? "services/catalog" : "libs/common"}/**/*.md`
          ]
        ]
      }),
      ...fields
    }
  };
}
var VERSION_PATTERN = "^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(\\.(0|[1-9]\\d*))?([-+].*)?$";
var ENV_NAME_PATTERN = "^[A-Za-z_][A-Za-z0-9_]*$";
var DEB_PACKAGE_PATTERN = "^[a-z0-9][a-z0-9+.-]+$";
var DEB_RELATION = "[a-z0-9][a-z0-9+.-]+(?::[a-z0-9-]+)?(?: *\\( *(?:<<|<=|=|>=|>>) *[0-9][A-Za-z0-9.+~:-]* *\\))?";
var DEB_DEPENDS_PATTERN = `^${DEB_RELATION}(?: *\\| *${DEB_RELATION})*$`;
var DEB_MAINTAINER_PATTERN = "^[^<>\\r\\n]*[^<>\\s] <[^<>\\s@]+@[^<>\\s]+>$";
var ONE_LINE_PATTERN = "^[^\\r\\n]*\\S[^\\r\\n]*$";
var ABSOLUTE_DIR_PATTERN = "^/(?!(?:.*/)?\\.\\.(?:/|$))[^\\s\\\\]*$";
var deb = {
  kind: "object",
  title: "a Debian package description",
  description: "The Debian package to build (only with `kind: deb`): its control fields and where it installs the build output on the target.",
  examples: [{ maintainer: "Shop Team <ops@example.com>", depends: ["nodejs (>= 20)"] }],
  required: ["maintainer"],
  fields: {
    maintainer: string(void 0, {
      title: "a maintainer",
      description: "Who maintains the package, as `Name <email>` (the control `Maintainer` field).",
      examples: ["Shop Team <ops@example.com>"],
      pattern: DEB_MAINTAINER_PATTERN,
      patternHint: "is not `Name <email>` on one line: write e.g. `Shop Team <ops@example.com>`"
    }),
    package: string(void 0, {
      title: "a Debian package name",
      description: "The package name. Default: the service name. At least two lowercase letters, digits, `+`, `-` or `.`, starting with a letter or digit (Debian policy).",
      examples: ["shop-catalog"],
      pattern: DEB_PACKAGE_PATTERN,
      patternHint: "is not a Debian package name: use at least two lowercase letters, digits, `+`, `-` or `.`, starting with a letter or digit, e.g. `shop-catalog`"
    }),
    description: string(void 0, {
      title: "a one-line description",
      description: "The package synopsis. Default: `<service> service (built by msdeploy)`.",
      examples: ["Catalog API"],
      pattern: ONE_LINE_PATTERN,
      patternHint: "must be one non-blank line (the package synopsis): shorten it, e.g. `Catalog API`"
    }),
    depends: {
      kind: "list",
      title: "a list of Debian dependencies",
      description: "Packages this one needs on the target (the control `Depends` field), one per entry.",
      examples: [["nodejs (>= 20)"]],
      unique: true,
      items: string(void 0, {
        title: "a Debian dependency",
        description: "A package name with an optional version restriction and `|` alternatives, e.g. `nodejs (>= 20)` or `default-jre | openjdk-17-jre`.",
        examples: ["nodejs (>= 20)"],
        pattern: DEB_DEPENDS_PATTERN,
        patternHint: "is not one Debian dependency: write a package name with an optional version, e.g. `nodejs (>= 20)`, and give each dependency its own entry"
      })
    },
    architecture: string(void 0, {
      title: "a Debian architecture",
      description: "The package architecture. Default: `all` (runs on any machine, e.g. scripts or JavaScript); use e.g. `amd64` for compiled code.",
      examples: ["all"],
      pattern: "^[a-z0-9][a-z0-9-]*$",
      patternHint: "is not a Debian architecture: write `all` for files that run anywhere, or one such as `amd64` or `arm64`"
    }),
    prefix: string(void 0, {
      title: "an absolute directory",
      description: "Where the package installs the contents of `output` on the target. Default: `/opt/<service>`.",
      examples: ["/opt/catalog"],
      pattern: ABSOLUTE_DIR_PATTERN,
      patternHint: "is not an absolute directory: write where the package installs its files on the target, starting with `/` and without spaces or `..`, e.g. `/opt/catalog`"
    })
  }
};
function envNames(what) {
  return {
    kind: "list",
    title: "a list of environment variable names",
    description: `Names of environment variables to pass to ${what} beyond the ones it always gets (PATH, HOME, locale, TZ, TMPDIR, CI, the GitHub context, RUNNER_*, MSDEPLOY_*); set their values in the workflow step's \`env:\`. Never action inputs (\`INPUT_*\`), \`ACTIONS_*\` or the runner file commands (\`GITHUB_OUTPUT\`, \`GITHUB_ENV\`, \`GITHUB_PATH\`, \`GITHUB_STATE\`, \`GITHUB_STEP_SUMMARY\`).`,
    examples: [["NPM_TOKEN", "NODE_OPTIONS"]],
    unique: true,
    items: string(void 0, {
      title: "an environment variable name",
      description: "A variable name: letters, digits and `_`, not starting with a digit.",
      examples: ["NPM_TOKEN"],
      pattern: ENV_NAME_PATTERN,
      patternHint: "is not an environment variable name: use letters, digits and `_`, not starting with a digit, e.g. `NPM_TOKEN`"
    })
  };
}
var build = {
  kind: "object",
  title: "a build",
  description: "How to build the service's artifact: a bash script run in the service's directory, and the directory it writes whose contents become the artifact.",
  examples: [{ run: "npm ci && npm run build", output: "dist" }],
  required: ["run", "output"],
  fields: {
    run: string(void 0, {
      title: "a bash script",
      description: "The commands that build the service, run by bash in the service's directory (like a workflow `run:` step); a failing command fails the build.",
      examples: ["npm ci && npm run build"],
      pattern: "\\S",
      patternHint: "has no commands: write the script that builds the service, e.g. `npm ci && npm run build`"
    }),
    output: string("dir", {
      title: "a directory",
      description: "The directory the build writes, relative to the service's directory; its contents become the artifact.",
      examples: ["dist"],
      base: "service"
    }),
    kind: {
      kind: "enum",
      values: ["archive", "deb"],
      title: "an artifact kind",
      description: "What the output is packed into: `archive` (default), a reproducible `.tar.gz`; or `deb`, a Debian package described by `deb`.",
      examples: ["archive"]
    },
    version: string(void 0, {
      title: "a base version",
      description: "MAJOR.MINOR (or a SemVer, whose MAJOR.MINOR are kept) of the service's builds; the build counter becomes the patch number. Quote it. Default: the service's package.json version, else `0.1`.",
      examples: ["1.4"],
      pattern: VERSION_PATTERN,
      patternHint: "is not a base version: write MAJOR.MINOR or a SemVer without leading zeros, e.g. `'1.4'` or `1.4.0`"
    }),
    tests: {
      kind: "list",
      title: "a list of glob patterns",
      description: "JUnit XML reports the build writes, as globs relative to the service's directory; the reports found are recorded in the provenance.",
      examples: [["reports/junit*.xml"]],
      unique: true,
      items: string("pattern", {
        title: "a glob pattern",
        description: "A glob relative to the service's directory (`*`, `**`, `?`, `[a-z]`, `{a,b}`); a leading `!` excludes.",
        examples: ["reports/junit*.xml"],
        base: "service"
      })
    },
    env: envNames("the build"),
    deb
  }
};
var APPROVER_PATTERN = "^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})$";
var stageSettings = {
  environment: string("name", {
    entry: "environment",
    title: "an environment name",
    description: "The environment this stage deploys to (see `environments`). Optional: a stage without one records the promotion and deploys nowhere.",
    examples: ["staging"]
  }),
  promote: {
    kind: "enum",
    values: ["auto", "manual"],
    title: "a promotion mode",
    description: "`auto`: the pipeline promotes into this stage by itself once the stage before passed. `manual`: a person must promote (a `workflow_dispatch` run, or the CLI). Default: `auto`, except for a stage named `production`, which defaults to `manual`.",
    examples: ["manual"]
  },
  approvers: {
    kind: "list",
    title: "a list of GitHub logins or teams",
    description: "Who may promote into this manual stage: GitHub logins, or teams as `@org/team-slug` (checked when the token can read the team). Empty or absent: anyone with write access who is not a bot.",
    examples: [["alice", "@acme/release-managers"]],
    unique: true,
    items: string(void 0, {
      title: "a GitHub login or team",
      description: "A GitHub login, e.g. `alice`, or a team, e.g. `@acme/release-managers`.",
      examples: ["alice"],
      pattern: APPROVER_PATTERN,
      patternHint: "is not a GitHub login or team: write a login such as `alice` (letters, digits and single hyphens, at most 39) or a team as `@org/team-slug`"
    })
  },
  "allow-self-approval": {
    kind: "boolean",
    title: "whether the commit author may approve",
    description: "May the author of the artifact's commit promote it into this manual stage? Default: false (four eyes).",
    default: false
  }
};
var stage = {
  kind: "object",
  title: "a stage",
  description: "One step of the value stream. An artifact enters it only after it entered the stage before.",
  examples: [
    { name: "uat", environment: "staging" },
    { name: "production", promote: "manual" }
  ],
  required: ["name"],
  fields: {
    name: string("name", {
      entry: "stage",
      title: "a stage name",
      description: nameDocText,
      examples: ["uat"]
    }),
    ...stageSettings
  }
};
var stageList = {
  kind: "list",
  title: "a list of stages",
  description: "The stages in promotion order. Default: `commit`, `acceptance`, `uat`, `performance`, `production`.",
  examples: [[{ name: "commit" }, { name: "uat", environment: "staging" }, { name: "production" }]],
  minItems: 1,
  minItemsHint: "an artifact needs at least one stage to enter, e.g. `- name: commit`; remove `stages` to use the default pipeline",
  items: stage
};
var ledger = {
  kind: "object",
  title: "a ledger",
  description: "Where promotions are recorded: an append-only history of commits on a git ref.",
  examples: [{ ref: "msdeploy/ledger", push: true }],
  fields: {
    ref: string(void 0, {
      title: "a git ref",
      description: "The ref holding the ledger: a branch name (`msdeploy/ledger`, the default) or a full ref such as `refs/msdeploy/ledger`.",
      examples: ["msdeploy/ledger", "refs/msdeploy/ledger"],
      pattern: LEDGER_REF_PATTERN,
      patternHint: "is not a ref name msdeploy writes: use segments of letters, digits, `.`, `_` and `-` joined by `/`, e.g. `msdeploy/ledger` or `refs/msdeploy/ledger`"
    }),
    push: {
      kind: "boolean",
      title: "whether the CLI pushes the ledger",
      description: "Make the CLI read and write the ledger on `origin`, as the actions always do. Default: false (the CLI keeps the ledger in the local repository unless given `--push`).",
      default: false
    }
  }
};
var pipeline = {
  kind: "object",
  title: "a pipeline",
  description: "The stages every service's artifacts are promoted through, in order, and where the promotions are recorded.",
  examples: [{ stages: [{ name: "commit" }, { name: "production" }] }],
  fields: { stages: stageList, ledger }
};
var servicePipeline = {
  kind: "object",
  title: "a service's pipeline",
  description: "This service's own stages (replacing the default list), or changes to some stages of the list it uses.",
  examples: [{ override: { production: { approvers: ["alice"] } } }],
  fields: {
    stages: stageList,
    override: {
      kind: "map",
      entry: "stage",
      title: "a map of stage settings",
      description: "Settings that replace those of the named stages for this service only, e.g. other `approvers` for `production`. Every name must be a stage of the pipeline.",
      values: {
        kind: "object",
        title: "stage settings",
        description: "Any of `environment`, `promote`, `approvers`, `allow-self-approval`.",
        examples: [{ approvers: ["alice"] }],
        fields: stageSettings
      }
    }
  }
};
var port = (title, description) => ({
  kind: "number",
  integer: true,
  min: 1,
  max: 65535,
  rangeHint: "use a TCP port between 1 and 65535, e.g. `8080`",
  title,
  description,
  examples: [8080]
});
var seconds = (title, description, dflt, max) => ({
  kind: "number",
  min: 0.1,
  max,
  rangeHint: `use a number of seconds between 0.1 and ${max}, e.g. \`${dflt}\``,
  title,
  description,
  examples: [dflt],
  default: dflt
});
var KNOWN_HOSTS_PATTERN = "^[^\\s#][^\\s]*\\s+(?:ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com)\\s+[A-Za-z0-9+/]+={0,3}(?:\\s+[^\\r\\n]*)?$";
var script = (title, description, example) => string(void 0, {
  title,
  description,
  examples: [example],
  pattern: "\\S",
  patternHint: `has no commands: write the script, e.g. \`${example}\``
});
var health = {
  kind: "object",
  title: "a health check",
  description: "How to tell the new release works, after it started: an HTTP `url` answering `status`, or a `command` exiting 0; tried every `interval-seconds` up to `retries` times.",
  examples: [{ url: "http://127.0.0.1:8080/health" }, { command: "systemctl is-active catalog" }],
  requireOneOf: {
    keys: ["url", "command"],
    hint: "add `url: http://127.0.0.1:8080/health` or `command: ./healthy.sh`"
  },
  fields: {
    url: string(void 0, {
      title: "an http(s) URL",
      description: "Fetched with GET; healthy when it answers `status`.",
      examples: ["http://127.0.0.1:8080/health"],
      pattern: "^https?://[^\\s]+$",
      patternHint: "is not an http(s) URL: write e.g. `http://127.0.0.1:8080/health`"
    }),
    status: {
      kind: "number",
      integer: true,
      min: 100,
      max: 599,
      rangeHint: "use an HTTP status code, e.g. `200`",
      title: "an HTTP status",
      description: "The status a healthy `url` answers. Default: 200.",
      examples: [200],
      default: 200
    },
    command: script(
      "a bash script",
      "Healthy when it exits 0.",
      "curl -fsS http://127.0.0.1:8080/health"
    ),
    "timeout-seconds": seconds("a timeout", "How long one try may take.", 5, 300),
    "interval-seconds": seconds("an interval", "How long to wait between tries.", 2, 300),
    retries: {
      kind: "number",
      integer: true,
      min: 1,
      max: 1e3,
      rangeHint: "try at least once, e.g. `retries: 10`",
      title: "a number of tries",
      description: "How many tries before the release is declared unhealthy. Default: 10.",
      examples: [10],
      default: 10
    }
  }
};
var environmentFields = {
  stage: string("name", {
    entry: "stage",
    title: "a stage name",
    description: "The pipeline stage that feeds this environment: only a digest the ledger shows has entered that stage, and is not rejected, may be deployed here. Absent: a sandbox that accepts any built artifact.",
    examples: ["uat"]
  }),
  start: script(
    "a bash script",
    "Starts or restarts a service after its release became current, with MSDEPLOY_* variables (docs/deploy.md). A service may override it.",
    'systemctl restart "$MSDEPLOY_SERVICE"'
  ),
  health,
  secrets: {
    kind: "list",
    title: "a list of secret names",
    description: "Names of the secrets this environment may use in configuration (`${secret:NAME}`). Values come from the runner's environment (GitHub secrets mapped in `env:`), never from the repository.",
    examples: [["DB_PASSWORD"]],
    unique: true,
    items: string(void 0, {
      title: "a secret name",
      description: "An environment variable name.",
      examples: ["DB_PASSWORD"],
      pattern: ENV_NAME_PATTERN,
      patternHint: "is not a secret name: use letters, digits and `_`, not starting with a digit, e.g. `DB_PASSWORD`"
    })
  },
  keep: {
    kind: "number",
    integer: true,
    min: 1,
    max: 100,
    rangeHint: "keep at least one release to roll back to, e.g. `keep: 5`",
    title: "a number of releases",
    description: "How many releases of each service to keep on a target. Default: 5.",
    examples: [5],
    default: 5
  }
};
var placement = (withHosts) => ({
  kind: "object",
  title: "a service placement",
  description: "Where and how the service runs in this environment: its directory, port and unit, its configuration files, and a start script or health check of its own.",
  examples: [{ port: 8080, config: ["config/catalog/base.yml", "config/catalog/staging.yml"] }],
  fields: {
    ...withHosts && {
      hosts: {
        kind: "list",
        title: "a list of host names",
        description: "The hosts (keys of `hosts`) the service is deployed to. Default: every host.",
        examples: [["web-1", "web-2"]],
        unique: true,
        minItems: 1,
        minItemsHint: "name at least one host, or remove `hosts` to deploy to every host",
        items: string("ref", {
          title: "a host name",
          description: "A key of the environment's `hosts`.",
          examples: ["web-1"]
        })
      }
    },
    dir: string("name", {
      entry: "directory",
      title: "a directory name",
      description: "The directory under the base that holds the service's releases. Default: the service name.",
      examples: ["catalog"]
    }),
    port: port("a port", "The port the service listens on (MSDEPLOY_PORT for the start script)."),
    unit: string(void 0, {
      title: "a unit name",
      description: "A service manager unit (MSDEPLOY_UNIT for the start script), e.g. `catalog.service`.",
      examples: ["catalog.service"],
      pattern: "^[A-Za-z0-9@_.:-]{1,200}$",
      patternHint: "is not a unit name: use letters, digits, `@`, `_`, `.`, `:` and `-`"
    }),
    config: {
      kind: "list",
      title: "a list of configuration files",
      description: "The configuration files merged for this service, in order (later files win). Default: `config/<service>/base.yml` then `config/<service>/<environment>.yml`, those that exist.",
      examples: [["config/catalog/base.yml", "config/catalog/staging.yml"]],
      unique: true,
      items: string(void 0, {
        title: "a file in the repository",
        description: "A repo-relative path.",
        examples: ["config/catalog/base.yml"],
        pattern: INSIDE_REPO_PATTERN,
        patternHint: "must be a path inside the repository, e.g. `config/catalog/base.yml`"
      })
    },
    start: environmentFields.start,
    health
  }
});
var absoluteDir = (description) => string(void 0, {
  title: "an absolute directory",
  description,
  examples: ["/srv/shop"],
  pattern: ABSOLUTE_DIR_PATTERN,
  patternHint: "is not an absolute directory: write e.g. `/srv/shop`, without spaces or `..`"
});
var servicesMap = (withHosts) => ({
  kind: "map",
  entry: "service",
  title: "a map of services",
  description: "The services deployed to this environment, by name, and how each is placed.",
  minEntries: 1,
  minEntriesHint: "place at least one service, e.g. `services: {catalog: {}}`",
  values: placement(withHosts)
});
var environment = {
  kind: "union",
  discriminator: "driver",
  title: "an environment",
  description: "Where releases go and how: `local` (this machine's filesystem), `ssh` (remote hosts, the same layout) or `command` (a script of yours: Kubernetes, a PaaS, a cloud CLI).",
  variants: {
    local: {
      kind: "object",
      title: "the local driver",
      description: "Releases on this machine's filesystem, under `base`.",
      examples: [{ base: "/tmp/shop", services: { web: {} } }],
      required: ["base", "services"],
      fields: {
        base: absoluteDir("Where the services' releases go: `<base>/<service>/releases/\u2026`."),
        "dpkg-root": absoluteDir(
          "For `deb` artifacts: the root directory `dpkg -i --root` installs the live release into (kept with the release, so a rollback installs the earlier package again)."
        ),
        services: servicesMap(false),
        ...environmentFields
      }
    },
    ssh: {
      kind: "object",
      title: "the ssh driver",
      description: "Releases on remote hosts over the system OpenSSH client, with the same layout under `base`.",
      examples: [
        {
          base: "/srv/shop",
          hosts: {
            "web-1": {
              address: "10.0.0.5",
              user: "deploy",
              "known-hosts": "10.0.0.5 ssh-ed25519 AAAAC3Nza\u2026"
            }
          },
          services: { catalog: {} }
        }
      ],
      required: ["base", "hosts", "services"],
      fields: {
        base: absoluteDir("Where the services' releases go on each host."),
        hosts: {
          kind: "map",
          entry: "host",
          title: "a map of hosts",
          description: "The hosts of this environment, by a name of your choice.",
          minEntries: 1,
          minEntriesHint: "declare at least one host",
          values: {
            kind: "object",
            title: "a host",
            description: "How to reach one host.",
            examples: [
              {
                address: "10.0.0.5",
                user: "deploy",
                "known-hosts": "10.0.0.5 ssh-ed25519 AAAAC3Nza\u2026"
              }
            ],
            required: ["address", "user", "known-hosts"],
            fields: {
              address: string(void 0, {
                title: "a host address",
                description: "A DNS name or IP address (an ssh config `Host` alias works too).",
                examples: ["10.0.0.5"],
                pattern: "^[A-Za-z0-9][A-Za-z0-9.:_-]{0,252}$",
                patternHint: "is not a host address: write a DNS name or an IP address, e.g. `10.0.0.5`"
              }),
              user: string(void 0, {
                title: "a user name",
                description: "The account to log in as.",
                examples: ["deploy"],
                pattern: "^[a-z_][a-z0-9_.-]{0,31}$",
                patternHint: "is not a user name: use lowercase letters, digits, `_`, `.` and `-`, e.g. `deploy`"
              }),
              port: port("an ssh port", "The ssh port. Default: 22."),
              "known-hosts": {
                kind: "list",
                title: "a list of known_hosts lines",
                description: "The host's keys as OpenSSH known_hosts lines (`ssh-keyscan -t ed25519 <host>`, checked out of band): the connection is refused when the host shows another key.",
                examples: [["10.0.0.5 ssh-ed25519 AAAAC3Nza\u2026"]],
                minItems: 1,
                minItemsHint: "add the host's key, e.g. the output of `ssh-keyscan -t ed25519 10.0.0.5`",
                items: string(void 0, {
                  title: "a known_hosts line",
                  description: "`<host> <key type> <base64 key>`.",
                  examples: ["10.0.0.5 ssh-ed25519 AAAAC3Nza\u2026"],
                  pattern: KNOWN_HOSTS_PATTERN,
                  patternHint: "is not a known_hosts line: write `<host> <key type> <base64 key>`, e.g. the output of `ssh-keyscan -t ed25519 <host>`"
                })
              }
            }
          }
        },
        parallel: {
          kind: "number",
          integer: true,
          min: 1,
          max: 256,
          rangeHint: "deploy to at least one host at a time, e.g. `parallel: 4`",
          title: "a number of hosts",
          description: "How many hosts are deployed to at once. Default: 4.",
          examples: [4],
          default: 4
        },
        services: servicesMap(true),
        ...environmentFields
      }
    },
    command: {
      kind: "object",
      title: "the command driver",
      description: "Deploys by running `run` with the verified artifact and the resolved config as files (MSDEPLOY_ARTIFACT, MSDEPLOY_CONFIG\u2026): the way to Kubernetes, a PaaS or a cloud CLI.",
      examples: [{ run: "./deploy/k8s.sh", services: { catalog: {} } }],
      required: ["run", "services"],
      fields: {
        run: script(
          "a bash script",
          "Deploys one service; a failing command fails the deploy.",
          "./deploy/k8s.sh"
        ),
        env: envNames("`run`, `start` and `health` (e.g. `KUBECONFIG`, a cloud CLI profile)"),
        services: servicesMap(false),
        ...environmentFields
      }
    }
  }
};
var library = component("library", { "depends-on": dependsOn("library") });
var service = component("service", {
  "depends-on": dependsOn("service"),
  build,
  pipeline: servicePipeline
});
var nameDoc = (entry) => ({
  title: `${/^[aeiou]/.test(entry) ? "an" : "a"} ${entry} name`,
  description: `1\u201363 lowercase letters, digits and \`-\`, starting with a letter or digit.`,
  examples: [entry === "release group" ? "storefront" : "catalog"]
});
var manifestSpec = {
  kind: "object",
  title: "msdeploy manifest",
  description: "msdeploy.yml at the repository root: the services and libraries of the repository, the files that affect every service, and the services that ship together.",
  requireOneOf: {
    keys: ["services", "name"],
    hint: "add a `services` map, or add `name: <service>` to make the whole repository one service with that name"
  },
  fields: {
    version: {
      kind: "const",
      value: 1,
      title: "the manifest format version 1",
      description: "The manifest format version. Optional; only `1` exists.",
      examples: [1]
    },
    name: string("name", {
      title: "a project name",
      description: "The project name. Required when there is no `services` map: the repository is then one service with this name and path `.`. " + nameDoc("project").description,
      examples: ["shop"]
    }),
    build: {
      ...build,
      description: "How to build the artifact of a single-service repository (one without `services`); with `services`, each service has its own `build`. " + build.description
    },
    global: patternList({
      title: "a list of glob patterns",
      description: "Files whose change affects every service (lock files, CI workflows). The manifest itself is always included.",
      examples: [["package-lock.json", ".github/workflows/**"]]
    }),
    libraries: {
      kind: "map",
      entry: "library",
      title: "a map of libraries",
      description: "Shared code, by library name. Libraries may depend on other libraries only.",
      values: library
    },
    services: {
      kind: "map",
      entry: "service",
      title: "a map of services",
      description: "The deployable units, by service name.",
      minEntries: 1,
      minEntriesHint: "declare at least one service, or remove `services` and set `name` to make the whole repository one service",
      values: service
    },
    pipeline,
    environments: {
      kind: "map",
      entry: "environment",
      title: "a map of environments",
      description: "Where services are deployed, by environment name: the driver, the targets, how each service is placed, configured, started and checked. See docs/deploy.md.",
      values: environment
    },
    "release-groups": {
      kind: "map",
      entry: "release group",
      title: "a map of release groups",
      description: "Services that ship together, by group name: when one member is affected, all are. A service belongs to at most one group.",
      values: {
        kind: "list",
        title: "a list of service names",
        description: "The services in this group (at least two).",
        examples: [["web", "catalog"]],
        unique: true,
        minItems: 2,
        minItemsHint: "a group ships several services together, so add another service or delete the group",
        items: string("ref", {
          title: "a service name",
          description: "A name declared under `services`.",
          examples: ["web"]
        })
      }
    }
  }
};

export {
  discriminatorSpec,
  variantSpec,
  NAME_PATTERN,
  NAME_RE,
  LEDGER_REF_PATTERN,
  DEB_PACKAGE_PATTERN,
  nameDoc,
  manifestSpec
};
