import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  DEB_PACKAGE_PATTERN,
  NAME_PATTERN,
  NAME_RE,
  checkProvenanceSubject,
  discriminatorSpec,
  manifestSpec,
  nameDoc,
  provenanceBytes,
  provenanceStatement,
  readJUnit,
  totals,
  variantSpec
} from "./chunk-3DOSKEWN.js";
import {
  ArtifactNotFoundError,
  DigestMismatchError,
  DigestStream,
  artifactFileName,
  digestFile,
  isDigest,
  verifyFile
} from "./chunk-TG2BZXXB.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-GLYJZRA3.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName2, tags) {
      if (tagName2) {
        const match = tags.filter((t) => t.tag === tagName2);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName2} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName2, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName2?.startsWith("!!"))
        tagName2 = defaultTagPrefix + tagName2.slice(2);
      let tagObj = findTagObject(value, tagName2, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName2)
        node.tag = tagName2;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold2 === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text[fold2]}\\`;
          res += `
${indent}${text.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName2 = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName2}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName2, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName2 === "!" || tagName2 === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName2)
        coll.tag = tagName2;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName2 = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName2 || tagName2 === "!" || tagName2 === YAMLMap.YAMLMap.tagName && expType === "map" || tagName2 === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName2);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName2 && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName2];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName2}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName2);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName2, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName2;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName2 = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName2)
        tag = findScalarTagByName(ctx.schema, value, tagName2, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName2)
        scalar.tag = tagName2;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName2, tagToken, onError) {
      if (tagName2 === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName2) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName2];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName2}`, tagName2 !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/app/build.ts
import { mkdir as mkdir3, mkdtemp } from "node:fs/promises";
import { join as join7 } from "node:path";

// src/core/artifact/build.ts
import { lstat, readdir, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative as relative2, sep as sep2 } from "node:path";

// src/core/errors.ts
var ExitCode = { ok: 0, failure: 1, usage: 2, manifest: 3, refused: 4 };
var MsdeployError = class extends Error {
  exitCode;
  annotations;
  summary;
  detail;
  worded;
  constructor(message, details = {}) {
    super(
      typeof message === "string" ? message : message("action"),
      details.cause === void 0 ? void 0 : { cause: details.cause }
    );
    this.name = new.target.name;
    if (typeof message !== "string") this.worded = message;
    this.exitCode = details.exitCode ?? ExitCode.failure;
    this.annotations = details.annotations ?? [];
    this.summary = details.summary;
    this.detail = details.detail ?? [];
  }
  /** The message worded for where it is shown. */
  messageFor(audience) {
    return this.worded ? this.worded(audience) : this.message;
  }
};
function settingLabel(name, audience) {
  return audience === "action" ? `input \`${name}\`` : `option --${name}`;
}
var SettingError = class extends MsdeployError {
  constructor(setting, explain) {
    super((audience) => explain(settingLabel(setting, audience)), { exitCode: ExitCode.usage });
    this.setting = setting;
  }
  setting;
};
var ManifestProblem = class extends MsdeployError {
  constructor(message, annotations = []) {
    super(message, { exitCode: ExitCode.manifest, annotations });
  }
};
function asMsdeployError(e) {
  if (e instanceof MsdeployError) return e;
  return new MsdeployError(e instanceof Error ? e.message : String(e), { cause: e });
}

// src/core/paths/glob.ts
var GlobSyntaxError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GlobSyntaxError";
  }
};
function globSyntaxError(pattern) {
  try {
    parseGlob(splitNegation(pattern).glob);
    return void 0;
  } catch (err) {
    if (err instanceof GlobSyntaxError) return err.message;
    throw err;
  }
}
function splitNegation(pattern) {
  if (!pattern.startsWith("!")) return { negated: false, glob: pattern };
  const glob = pattern.slice(1);
  if (glob === "") {
    throw new GlobSyntaxError(
      'The pattern "!" excludes nothing: write the path to exclude after the `!`, e.g. "!docs/**".'
    );
  }
  if (glob.startsWith("!")) {
    throw new GlobSyntaxError(
      `The pattern ${quote(pattern)} starts with more than one \`!\`: use a single \`!\` to exclude, and write \`\\!\` to match a name that begins with \`!\`.`
    );
  }
  return { negated: true, glob };
}
function compilePatternList(patterns2) {
  const compiled2 = patterns2.map((pattern, i) => {
    try {
      const { negated, glob } = splitNegation(pattern);
      return { negated, re: globRegExp(parseGlob(glob)) };
    } catch (err) {
      if (err instanceof GlobSyntaxError) {
        throw new GlobSyntaxError(`Pattern ${i + 1} ${quote(pattern)}: ${err.message}`);
      }
      throw err;
    }
  });
  return (path) => {
    for (let i = compiled2.length - 1; i >= 0; i--) {
      const { negated, re } = compiled2[i];
      if (re.test(path)) return !negated;
    }
    return false;
  };
}
function literalDirectory(nodes) {
  const first = nodes[0];
  if (first?.kind !== "literal") return "";
  const text = first.text;
  const slash = text.lastIndexOf("/");
  return slash < 0 ? "" : text.slice(0, slash);
}
function parseGlob(pattern) {
  checkShape(pattern);
  const nodes = new Parser(pattern).parseAll();
  if (pattern.endsWith("/")) nodes.push({ kind: "globstar" });
  return mergeLiterals(nodes);
}
function globRegExp(nodes) {
  return new RegExp(`^${regExpSource(nodes)}$`, "su");
}
function expandAlternations(nodes, limit = 64) {
  let results = [[]];
  for (const node of nodes) {
    if (node.kind !== "alternation") {
      for (const r of results) r.push(node);
      continue;
    }
    const options = [];
    for (const branch of node.branches) {
      const expanded = expandAlternations(branch, limit);
      if (!expanded) return void 0;
      options.push(...expanded);
    }
    if (results.length * options.length > limit) return void 0;
    results = results.flatMap((r) => options.map((o) => [...r, ...o]));
  }
  return results.map(mergeLiterals);
}
function regExpSource(nodes) {
  let src = "";
  for (const node of nodes) {
    switch (node.kind) {
      case "literal":
        src += node.text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
        break;
      case "star":
        src += "[^/]*";
        break;
      case "globstar":
        src += ".*";
        break;
      case "dirs":
        src += "(?:.*/)?";
        break;
      case "one":
        src += "[^/]";
        break;
      case "class":
        src += node.negated ? `[^/${node.body}]` : `[${node.body}]`;
        break;
      case "alternation":
        src += `(?:${node.branches.map(regExpSource).join("|")})`;
        break;
    }
  }
  return src;
}
function mergeLiterals(nodes) {
  const out = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.kind === "literal" && last?.kind === "literal") {
      out[out.length - 1] = { kind: "literal", text: last.text + node.text };
    } else if (node.kind !== "literal" || node.text !== "") {
      out.push(node);
    }
  }
  return out;
}
function checkShape(pattern) {
  if (pattern === "") {
    throw new GlobSyntaxError(
      'The pattern is empty: write a repository-relative path or glob such as "src/**".'
    );
  }
  if (pattern.startsWith("!")) {
    throw new GlobSyntaxError(
      `The glob ${quote(pattern)} still has its leading \`!\`: strip it with splitNegation() first, or write \`\\!\` to match a name that begins with \`!\`.`
    );
  }
  if (pattern.startsWith("/")) {
    throw new GlobSyntaxError(
      `The pattern ${quote(pattern)} starts with \`/\`: patterns are relative to the repository root, so write ${quote(pattern.replace(/^\/+/, "") || "**")}.`
    );
  }
  const segments = pattern.split("/");
  if (segments.includes("..")) {
    let depth = 0;
    let leaves = false;
    for (const segment of segments) {
      depth += segment === ".." ? -1 : 1;
      if (depth < 0) leaves = true;
    }
    throw new GlobSyntaxError(
      leaves ? `The pattern ${quote(pattern)} uses \`..\` to leave the repository: patterns only match files inside it, so remove the \`..\` segment.` : `The pattern ${quote(pattern)} contains a \`..\` segment, which never matches because changed paths are normalised: write the path without it.`
    );
  }
  segments.forEach((segment, i) => {
    if (segment === ".") {
      throw new GlobSyntaxError(
        `The pattern ${quote(pattern)} contains a \`.\` segment, which never matches because changed paths are normalised: remove the \`./\`.`
      );
    }
    if (segment === "" && i < segments.length - 1) {
      throw new GlobSyntaxError(
        `The pattern ${quote(pattern)} contains an empty segment \`//\`, which never matches: use a single \`/\`.`
      );
    }
  });
}
var Parser = class {
  constructor(pattern) {
    this.pattern = pattern;
    this.chars = Array.from(pattern);
  }
  pattern;
  chars;
  pos = 0;
  parseAll() {
    return this.parseSequence(0, true);
  }
  fail(what, fix) {
    throw new GlobSyntaxError(`${what} in ${quote(this.pattern)}: ${fix}.`);
  }
  /** Parses until the end, or (inside braces) until the `,` or `}` that ends this branch. */
  parseSequence(depth, atSegmentStart) {
    const nodes = [];
    let literal = "";
    const flush = () => {
      if (literal !== "") nodes.push({ kind: "literal", text: literal });
      literal = "";
    };
    let segmentStart = atSegmentStart;
    while (this.pos < this.chars.length) {
      const c = this.chars[this.pos];
      const column = this.pos + 1;
      if (depth > 0 && (c === "," || c === "}")) break;
      if (c === "}") {
        this.fail(
          `The \`}\` at column ${column} has no matching \`{\``,
          "remove it, or write `\\}` to match a literal `}`"
        );
      }
      switch (c) {
        case "\\": {
          literal += this.escaped(column);
          segmentStart = false;
          continue;
        }
        case "*": {
          let stars = 0;
          while (this.chars[this.pos] === "*") {
            stars++;
            this.pos++;
          }
          flush();
          if (stars === 1) {
            nodes.push({ kind: "star" });
          } else if (segmentStart && this.chars[this.pos] === "/") {
            this.pos++;
            nodes.push({ kind: "dirs" });
            continue;
          } else {
            nodes.push({ kind: "globstar" });
          }
          segmentStart = false;
          continue;
        }
        case "?":
          flush();
          nodes.push({ kind: "one" });
          this.pos++;
          segmentStart = false;
          continue;
        case "[":
          flush();
          nodes.push(this.characterClass(column));
          segmentStart = false;
          continue;
        case "{": {
          flush();
          this.pos++;
          const branches = [];
          for (; ; ) {
            branches.push(this.parseSequence(depth + 1, segmentStart));
            const end = this.chars[this.pos];
            this.pos++;
            if (end === "}") break;
            if (end !== ",") {
              this.fail(
                `The \`{\` at column ${column} is never closed`,
                "close the alternation with `}`, or write `\\{` to match a literal `{`"
              );
            }
          }
          nodes.push({ kind: "alternation", branches });
          segmentStart = false;
          continue;
        }
        default:
          literal += c;
          this.pos++;
          segmentStart = c === "/";
      }
    }
    flush();
    return nodes;
  }
  /** Reads `\x` at the cursor and returns the literal character. */
  escaped(column) {
    const next = this.chars[this.pos + 1];
    if (next === void 0) {
      this.fail(
        `The pattern ends with a lone \`\\\` at column ${column}`,
        "remove it, or write `\\\\` to match a literal backslash"
      );
    }
    if (next === "/") {
      this.fail(
        `The \`\\/\` at column ${column} escapes a path separator, which cannot be escaped`,
        "write a plain `/`"
      );
    }
    if (/^[\p{L}\p{N}]$/u.test(next)) {
      this.fail(
        `The \`\\\` at column ${column} looks like a Windows path separator`,
        "separate directories with `/` (a `\\` only escapes wildcard characters such as `\\*`)"
      );
    }
    this.pos += 2;
    return next;
  }
  /** Reads `[...]` at the cursor. */
  characterClass(column) {
    let p = this.pos + 1;
    let negated = false;
    if (this.chars[p] === "!" || this.chars[p] === "^") {
      negated = true;
      p++;
    }
    const unclosed = () => this.fail(
      `The \`[\` at column ${column} is never closed`,
      "close the character class with `]`, or write `\\[` to match a literal `[`"
    );
    const member = () => {
      let ch = this.chars[p];
      if (ch === "\\") {
        p++;
        ch = this.chars[p];
      }
      if (ch === void 0) return unclosed();
      if (ch === "/") {
        this.fail(
          `The character class at column ${column} contains \`/\``,
          "a class matches one character of a name and never `/`; use `{a,b}` alternation to choose between paths"
        );
      }
      p++;
      return ch;
    };
    let body = "";
    let first = true;
    for (; ; ) {
      const ch = this.chars[p];
      if (ch === void 0) unclosed();
      if (ch === "]" && !first) break;
      if (ch === "[" && (this.chars[p + 1] === ":" || this.chars[p + 1] === "=")) {
        this.fail(
          `The character class at column ${column} uses a POSIX class such as \`[:alpha:]\``,
          "list the characters or ranges instead, e.g. `[a-zA-Z]`"
        );
      }
      first = false;
      const low = member();
      if (this.chars[p] === "-" && this.chars[p + 1] !== void 0 && this.chars[p + 1] !== "]") {
        p++;
        const high = member();
        const lo = low.codePointAt(0);
        const hi = high.codePointAt(0);
        if (lo > hi) {
          this.fail(
            `The range \`${low}-${high}\` in the character class at column ${column} is reversed`,
            `write \`${high}-${low}\``
          );
        }
        if (lo <= 47 && hi >= 47) {
          this.fail(
            `The range \`${low}-${high}\` in the character class at column ${column} includes \`/\``,
            "split it so that it stops before `/` (U+002F) and resumes after it"
          );
        }
        body += `${classChar(low)}-${classChar(high)}`;
      } else {
        body += classChar(low);
      }
    }
    this.pos = p + 1;
    return { kind: "class", negated, body };
  }
};
function classChar(ch) {
  return "\\[]^-".includes(ch) ? `\\${ch}` : ch;
}
function quote(text) {
  return JSON.stringify(text);
}

// src/core/report/markdown.ts
var ENTITY = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "~": "&#126;",
  $: "&#36;",
  "@": "&#64;",
  ":": "&#58;"
};
var INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\u0080-\u009f]/gu;
function showInvisible(text) {
  return text.replace(
    INVISIBLE,
    (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
  );
}
function md(text) {
  const escaped = showInvisible(text).replace(/[&<>"|`*_[\]\\~$@]|:(?=\/\/)/g, (c) => ENTITY[c]).replace(/\r?\n|\r/g, "\u2424");
  return escaped.replace(/^[#+-]/, (c) => `&#${c.charCodeAt(0)};`);
}
function mdCode(text) {
  return `<code>${md(text)}</code>`;
}
var SUMMARY_BUDGET_BYTES = 900 * 1024;
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function fitSummary(markdown, note = "the rest of this summary was cut to stay under the 1 MiB GitHub allows a step summary.", budget = SUMMARY_BUDGET_BYTES) {
  if (Buffer.byteLength(markdown, "utf8") <= budget) return markdown;
  const tail = `

> [!NOTE]
> _Truncated:_ ${note}
`;
  const bytes = Buffer.from(markdown, "utf8");
  const room = Math.max(0, budget - Buffer.byteLength(tail, "utf8"));
  let cut = bytes.lastIndexOf(10, room);
  if (cut <= 0) {
    cut = room;
    while (cut > 0 && (bytes[cut] & 192) === 128) cut--;
  }
  return `${bytes.toString("utf8", 0, cut)}${tail}`;
}
function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
function shortSha(sha) {
  return sha ? sha.slice(0, 7) : "";
}

// src/core/report/build-failure.ts
function buildFailureSummary(service, exitCode, tail) {
  return fitSummary(
    `### msdeploy: the build of ${md(service)} failed (exit code ${exitCode})

Last lines of its output:

<pre>${tail.map((l) => md(clip(l, 2e3))).join("\n")}</pre>
`,
    "the build log has the whole output."
  );
}

// src/core/artifact/version.ts
var BASE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:[-+].*)?$/;
var VersionError = class extends Error {
};
function buildVersion(input) {
  const m = BASE.exec(input.base.trim());
  if (!m) {
    throw new VersionError(
      `Base version ${JSON.stringify(input.base)} is not MAJOR.MINOR or a SemVer such as 1.4.0: set build.version in msdeploy.yml to e.g. "1.4".`
    );
  }
  if (!Number.isSafeInteger(input.counter) || input.counter < 0) {
    throw new VersionError(`Build counter must be a whole number \u2265 0, got ${input.counter}.`);
  }
  if (!/^[0-9a-f]{7,64}$/i.test(input.commit)) {
    throw new VersionError(`Commit ${JSON.stringify(input.commit)} is not a git sha.`);
  }
  const branch = (input.ref ?? "").replace(/^refs\/pull\/(\d+)\/(merge|head)$/, "pr-$1").replace(/^refs\/(heads|tags)\//, "");
  const onDefault = !branch || branch === (input.defaultBranch ?? "main");
  const pre = onDefault ? "" : `-${refSlug(branch)}`;
  const attempt = input.attempt && input.attempt > 1 ? `.attempt${input.attempt}` : "";
  return `${m[1]}.${m[2]}.${input.counter}${pre}+${input.commit.slice(0, 7).toLowerCase()}${attempt}`;
}
function refSlug(ref) {
  const slug = ref.replace(/[^0-9A-Za-z-]+/g, "-").replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, 40).replace(/-$/, "").toLowerCase();
  if (!slug) return "ref";
  return /^\d+$/.test(slug) ? `r${slug}` : slug;
}
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function isSemVer(v) {
  return SEMVER.test(v);
}
function markDirty(version2) {
  return version2.includes("+") ? `${version2}.dirty` : `${version2}+dirty`;
}
var SAFE_VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,127}$/;

// src/core/paths/inside.ts
import { isAbsolute, relative, sep } from "node:path";
function isInside(root, p) {
  const rel = relative(root, p);
  return rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}
function isStrictlyInside(root, p) {
  return relative(root, p) !== "" && isInside(root, p);
}

// src/core/artifact/build.ts
var BuildFailedError = class extends MsdeployError {
  constructor(service, exitCode, tail) {
    super(`The build of ${service} failed with exit code ${exitCode}.`, {
      exitCode,
      summary: buildFailureSummary(service, exitCode, tail),
      detail: ["Last lines of its output:", ...tail]
    });
    this.service = service;
    this.tail = tail;
  }
  service;
  tail;
};
var BuildConfigError = class extends MsdeployError {
};
async function baseVersion(service, repoRoot) {
  if (service.build?.version) return service.build.version;
  try {
    const pkg = JSON.parse(
      await readFile(join(repoRoot, service.path, "package.json"), "utf8")
    );
    if (typeof pkg.version === "string" && pkg.version) return pkg.version;
  } catch {
  }
  return "0.1";
}
async function findTestReports(serviceDir, patterns2) {
  if (patterns2.length === 0) return [];
  const matches = compilePatternList(patterns2);
  const found = [];
  const walk = async (dir) => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== ".git" && e.name !== "node_modules") await walk(full);
      } else if (e.isFile() && matches(relative2(serviceDir, full).split(sep2).join("/"))) {
        found.push(full);
      }
    }
  };
  await walk(serviceDir);
  return found.sort();
}
async function clearOutput(service, serviceDir, outputDir, logger) {
  const shown = join(service.path, service.build?.output ?? "");
  if (!await lstat(outputDir).catch(() => void 0)) return;
  const realService = await realpath(serviceDir);
  const realParent = await realpath(dirname(outputDir));
  if (!isStrictlyInside(serviceDir, outputDir) || !isInside(realService, realParent)) {
    throw new BuildConfigError(
      `The build output ${shown} of ${service.name} is not strictly inside the service directory (it resolves into ${realParent}): msdeploy empties the output before each build, so it refuses to; point build.output at a subdirectory the build writes, e.g. \`dist\`.`
    );
  }
  await rm(outputDir, { recursive: true, force: true });
  logger.info(`Removed ${shown} before the build: only what the build writes is packed.`);
}
async function buildService(service, ctx, ports) {
  const spec = service.build;
  if (!spec) {
    throw new BuildConfigError(
      `Service ${service.name} has no build section in the manifest: add build.run and build.output under services.${service.name}.`
    );
  }
  const serviceDir = join(ctx.repoRoot, service.path);
  const computed = ctx.version ?? buildVersion({
    base: await baseVersion(service, ctx.repoRoot),
    counter: ctx.counter,
    commit: ctx.commit,
    ref: ctx.ref,
    defaultBranch: ctx.defaultBranch,
    attempt: ctx.attempt
  });
  const version2 = ctx.dirty ? markDirty(computed) : computed;
  const dirStat = await stat(serviceDir).catch(() => void 0);
  if (!dirStat?.isDirectory()) {
    throw new BuildConfigError(
      `Cannot build ${service.name}: its directory ${service.path} (${serviceDir}) ${dirStat ? "is not a directory" : "does not exist"}; check \`path\` of ${service.name} in the manifest, and that the checkout has it.`
    );
  }
  const outputDir = join(serviceDir, spec.output);
  await clearOutput(service, serviceDir, outputDir, ports.logger);
  const startedOn = ports.clock.now();
  const { logger } = ports;
  const untrusted = logger.untrusted?.bind(logger) ?? ((fn) => fn((chunk) => logger.info(chunk.replace(/\n$/, ""))));
  const { exitCode, tail } = await logger.group(
    `build ${service.name} ${version2}`,
    () => untrusted(
      (write) => ports.runner.run(spec.run, {
        cwd: serviceDir,
        // Untrusted values (branch names) reach the script only as variables.
        env: {
          MSDEPLOY_SERVICE: service.name,
          MSDEPLOY_VERSION: version2,
          MSDEPLOY_COMMIT: ctx.commit,
          MSDEPLOY_REF: ctx.ref,
          SOURCE_DATE_EPOCH: String(ctx.sourceDateEpoch)
        },
        forward: spec.env,
        onOutput: write
      })
    )
  );
  if (exitCode !== 0) throw new BuildFailedError(service.name, exitCode, tail);
  const outStat = await stat(outputDir).catch(() => void 0);
  if (!outStat?.isDirectory()) {
    throw new BuildConfigError(
      `The build of ${service.name} succeeded but produced no directory ${join(service.path, spec.output)}: make the build write its output there, or point build.output at where it does.`
    );
  }
  const realOutput = await realpath(outputDir);
  if (!isStrictlyInside(await realpath(serviceDir), realOutput)) {
    throw new BuildConfigError(
      `The build output ${join(service.path, spec.output)} of ${service.name} leads outside the service directory through a symlink: msdeploy packs only files inside the repository; make build.output a real directory the build writes.`
    );
  }
  const tests = [];
  for (const file of await findTestReports(serviceDir, spec.tests)) {
    tests.push(await readJUnit(file, relative2(ctx.repoRoot, file)));
  }
  const fileName = artifactFileName(service.name, version2, spec.kind);
  const artifactPath = join(ctx.workDir, fileName);
  const { digest, size, format } = await ports.pack({
    kind: spec.kind,
    service,
    outputDir,
    outFile: artifactPath,
    version: version2,
    mtime: ctx.sourceDateEpoch,
    onProgress: (d, t) => ports.onProgress?.("pack", d, t)
  });
  const meta = {
    service: service.name,
    version: version2,
    kind: spec.kind,
    digest,
    size,
    fileName
  };
  const finishedOn = ports.clock.now();
  const provenance = provenanceStatement({
    artifact: meta,
    repository: ctx.repository,
    serverUrl: ctx.serverUrl,
    commit: ctx.commit,
    ref: ctx.ref,
    runUrl: ctx.runUrl,
    builderId: ctx.builderId,
    commands: [spec.run],
    workingDirectory: service.path,
    tests,
    startedOn,
    finishedOn,
    msdeployVersion: ctx.msdeployVersion,
    // The same tree packed in another format has another digest: say which one made this one.
    toolchain: format ? { ...ctx.toolchain, archive: format } : ctx.toolchain,
    ...ctx.dirty && { dirty: true }
  });
  const bytes = provenanceBytes(provenance);
  const provenancePath = `${artifactPath}.provenance.json`;
  await writeFile(provenancePath, bytes);
  const stored = await ports.store.put(
    artifactPath,
    meta,
    bytes,
    (d, t) => ports.onProgress?.("upload", d, t)
  );
  return { meta, stored, provenance, provenancePath, artifactPath, tests, startedOn, finishedOn };
}

// src/core/manifest/suggest.ts
function closest(input, candidates) {
  const wanted = fold(input);
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = fold(candidate);
    const d = c === wanted ? 0 : editDistance(wanted, c);
    const limit = Math.max(1, Math.floor(Math.max(wanted.length, c.length) / 3));
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function didYouMean(input, candidates) {
  const hit = closest(input, candidates);
  return hit === void 0 ? void 0 : `did you mean \`${hit}\`?`;
}
var fold = (s) => s.toLowerCase().replace(/[_\s]/g, "-").replace(/-/g, "");
function editDistance(a, b) {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prevPrev = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prevPrev[j - 2] + 1);
      }
      row.push(d);
    }
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}

// src/core/manifest/lookup.ts
var UnknownServiceError = class extends Error {
};
function serviceByName(manifest, name) {
  const service = manifest.services.find((s) => s.name === name);
  if (service) return service;
  const names = manifest.services.map((s) => s.name);
  const near = closest(name, names);
  throw new UnknownServiceError(
    `No service "${name}" in ${manifest.file}${near ? ` \u2014 did you mean "${near}"?` : ""}. Services: ${names.join(", ")}.`
  );
}

// src/platform/attest.ts
var PERMISSIONS_HINT = "give the job `permissions: { id-token: write, attestations: write, contents: read }`";
async function attestProvenance(args) {
  const { run } = args;
  if (!run.oidc) {
    args.logger.warning(
      `Not attested: this job has no OIDC token to sign with; ${PERMISSIONS_HINT}.`
    );
    return void 0;
  }
  if (!args.token) {
    args.logger.warning(
      "Not attested: the token input is empty; pass `token: ${{ github.token }}`."
    );
    return void 0;
  }
  const { attest } = await import("./lib-KNFVPPSV.js");
  try {
    const { predicateType, predicate, subject } = args.statement;
    const attestation = await attest({
      subjects: subject,
      predicateType,
      predicate,
      // The library picks Sigstore's public-good instance for public repositories, GitHub's otherwise.
      token: args.token
    });
    const id = attestation.attestationID;
    const url = id && run.repository ? `${run.serverUrl}/${run.repository}/attestations/${id}` : void 0;
    args.logger.info(`Attested the provenance${url ? `: ${url}` : ""}.`);
    return { id, url };
  } catch (e) {
    args.logger.warning(
      `Not attested: ${e.message}. If the token lacks the rights, ${PERMISSIONS_HINT}.`
    );
    return void 0;
  }
}

// src/platform/package-info.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var version;
function msdeployVersion() {
  version ??= readVersion();
  return version;
}
function readVersion() {
  for (const rel of ["../../package.json", "../package.json"]) {
    try {
      const pkg = JSON.parse(
        readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8")
      );
      if (pkg.name === "msdeploy" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "unknown";
}

// src/platform/build-context.ts
async function gatherBuildContext(args) {
  const { git, run } = args;
  const commit = await git.resolveCommit(run.onActions && run.sha ? run.sha : "HEAD") ?? "";
  if (!commit)
    throw new Error(
      `Cannot resolve the commit to build in ${args.repoRoot}: is it a git checkout with a commit?`
    );
  const dirty = await git.dirtyFiles();
  if (dirty.length > 0 && run.onActions) throw new DirtyTreeError(args.repoRoot, dirty);
  const epoch = run.sourceDateEpoch ? Number(run.sourceDateEpoch) : await git.commitTime(commit);
  if (!Number.isInteger(epoch) || epoch < 0) {
    throw new SettingError(
      "SOURCE_DATE_EPOCH",
      () => `SOURCE_DATE_EPOCH must be whole seconds since 1970, got ${JSON.stringify(run.sourceDateEpoch)}.`
    );
  }
  return {
    repoRoot: args.repoRoot,
    commit,
    sourceDateEpoch: epoch,
    ...await refAndDefaultBranch(git, run, commit),
    counter: run.onActions && run.runNumber ? run.runNumber : await git.countCommits(commit),
    attempt: run.runAttempt,
    repository: run.repository ?? args.repoRoot,
    serverUrl: run.serverUrl,
    runUrl: run.runUrl,
    builderId: run.onActions && run.workflowRef ? `${run.serverUrl}/${run.workflowRef}` : "msdeploy-cli",
    msdeployVersion: msdeployVersion(),
    // gzip output depends on the zlib build: the same zlib gives the same digest.
    toolchain: { node: process.versions.node, zlib: process.versions.zlib ?? "unknown" },
    version: args.version,
    ...dirty.length > 0 && { dirty: true },
    workDir: args.workDir
  };
}
var DirtyTreeError = class extends MsdeployError {
  constructor(repoRoot, files) {
    const shown = files.slice(0, 10).join(", ") + (files.length > 10 ? `, \u2026 (${files.length} in all)` : "");
    super(
      `The checkout at ${repoRoot} has uncommitted changes to tracked files (${shown}): an artifact is built from a commit, so a step before the build changed the source. Commit those changes, or make that step leave tracked files alone.`
    );
  }
};
async function refAndDefaultBranch(git, run, commit) {
  if (run.onActions) return { ref: run.ref ?? "", defaultBranch: run.defaultBranch ?? "main" };
  const originHead = await git.symbolicRef("refs/remotes/origin/HEAD");
  const defaultBranch = run.defaultBranch ?? originHead?.replace(/^refs\/remotes\/origin\//, "") ?? "main";
  const branch = await git.symbolicRef("HEAD");
  if (branch) return { ref: branch, defaultBranch };
  const [tag] = await git.tagsAt(commit);
  return { ref: tag === void 0 ? "detached" : `refs/tags/${tag}`, defaultBranch };
}

// src/core/artifact/build-env.ts
var BASE_NAMES = /* @__PURE__ */ new Set(["PATH", "HOME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "CI"]);
var GITHUB_CONTEXT = /* @__PURE__ */ new Set([
  "GITHUB_ACTIONS",
  "GITHUB_ACTION_REPOSITORY",
  "GITHUB_ACTOR",
  "GITHUB_ACTOR_ID",
  "GITHUB_API_URL",
  "GITHUB_BASE_REF",
  "GITHUB_EVENT_NAME",
  "GITHUB_GRAPHQL_URL",
  "GITHUB_HEAD_REF",
  "GITHUB_JOB",
  "GITHUB_REF",
  "GITHUB_REF_NAME",
  "GITHUB_REF_PROTECTED",
  "GITHUB_REF_TYPE",
  "GITHUB_REPOSITORY",
  "GITHUB_REPOSITORY_ID",
  "GITHUB_REPOSITORY_OWNER",
  "GITHUB_REPOSITORY_OWNER_ID",
  "GITHUB_RETENTION_DAYS",
  "GITHUB_RUN_ATTEMPT",
  "GITHUB_RUN_ID",
  "GITHUB_RUN_NUMBER",
  "GITHUB_SERVER_URL",
  "GITHUB_SHA",
  "GITHUB_TRIGGERING_ACTOR",
  "GITHUB_WORKFLOW",
  "GITHUB_WORKFLOW_REF",
  "GITHUB_WORKFLOW_SHA",
  "GITHUB_WORKSPACE"
]);
var FILE_COMMAND_NAMES = [
  "GITHUB_OUTPUT",
  "GITHUB_ENV",
  "GITHUB_PATH",
  "GITHUB_STATE",
  "GITHUB_STEP_SUMMARY"
];
function neverForwarded(name) {
  if (name.startsWith("INPUT_")) return "it is an action input (inputs carry our credentials)";
  if (name.startsWith("ACTIONS_")) return "it is the runner's internal credential or endpoint";
  if (FILE_COMMAND_NAMES.includes(name)) {
    return "it is a runner file command (the build could rewrite the action's outputs)";
  }
  if (isCredentialOfOurs(name)) return "it is msdeploy's own credential";
  return void 0;
}
function isCredentialOfOurs(name) {
  return name.startsWith("MSDEPLOY_") && (name.startsWith("MSDEPLOY_REGISTRY_") || /PASSWORD|TOKEN|SECRET|CREDENTIAL/.test(name));
}
function allowedByDefault(name) {
  if (neverForwarded(name)) return false;
  return BASE_NAMES.has(name) || name.startsWith("LC_") || GITHUB_CONTEXT.has(name) || name.startsWith("RUNNER_") || name.startsWith("MSDEPLOY_");
}
function buildEnvironment(parent, forward, own) {
  const env = {};
  const forwarded = new Set(forward.filter((n) => !neverForwarded(n)));
  for (const [name, value] of Object.entries(parent)) {
    if (value !== void 0 && (allowedByDefault(name) || forwarded.has(name))) env[name] = value;
  }
  return { ...env, ...own };
}

// src/platform/process.ts
import { spawn } from "node:child_process";
import { stat as stat2 } from "node:fs/promises";

// src/platform/runner/context.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
function readRunContext(env) {
  const onActions = env.GITHUB_ACTIONS === "true";
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const serverUrl = stripSlash(env.GITHUB_SERVER_URL) ?? "https://github.com";
  const repository = env.GITHUB_REPOSITORY || void 0;
  const runId = positiveInt(env.GITHUB_RUN_ID);
  const repo = payload.repository;
  return {
    onActions,
    repository,
    serverUrl,
    apiUrl: stripSlash(env.GITHUB_API_URL) ?? "https://api.github.com",
    runId,
    runNumber: positiveInt(env.GITHUB_RUN_NUMBER),
    runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT),
    runUrl: onActions && repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : void 0,
    sha: env.GITHUB_SHA || void 0,
    ref: env.GITHUB_REF || void 0,
    workflowRef: env.GITHUB_WORKFLOW_REF || void 0,
    workflowFile: workflowFile(env.GITHUB_WORKFLOW_REF),
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    defaultBranch: typeof repo?.default_branch === "string" ? repo.default_branch : void 0,
    actor: env.GITHUB_ACTOR || void 0,
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || void 0,
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    workspace: env.GITHUB_WORKSPACE || void 0,
    debug: env.RUNNER_DEBUG === "1",
    oidc: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
    sourceDateEpoch: env.SOURCE_DATE_EPOCH || void 0
  };
}
var cached;
function runContext() {
  cached ??= readRunContext(process.env);
  return cached;
}
function parentEnvironment() {
  return process.env;
}
function stepSummaryFile() {
  return process.env.GITHUB_STEP_SUMMARY || void 0;
}
function runnerFile(variable) {
  return process.env[variable] || void 0;
}
function inputValue(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function runnerDebug() {
  return process.env.RUNNER_DEBUG === "1";
}
function readEventPayload(path) {
  if (!path) return {};
  let parsed;
  try {
    parsed = JSON.parse(readFileSync2(path, "utf8"));
  } catch (e) {
    throw new Error(
      `Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${e.message}`
    );
  }
  return parsed && typeof parsed === "object" ? parsed : {};
}
function workflowFile(workflowRef) {
  if (!workflowRef) return void 0;
  const path = workflowRef.split("@")[0] ?? "";
  return path.slice(path.lastIndexOf("/") + 1) || void 0;
}
function positiveInt(raw) {
  const n = Number(raw);
  return raw && Number.isSafeInteger(n) && n > 0 ? n : void 0;
}
function stripSlash(url) {
  return url ? url.replace(/\/+$/, "") : void 0;
}

// src/platform/process.ts
var ProgramNotFoundError = class extends Error {
};
var WorkingDirectoryError = class extends Error {
};
async function workingDirectoryProblem(cwd) {
  try {
    const s = await stat2(cwd);
    return s.isDirectory() ? void 0 : `its working directory ${cwd} is not a directory`;
  } catch {
    return `its working directory ${cwd} does not exist`;
  }
}
var SIGNAL_CODES = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGKILL: 9,
  SIGTERM: 15
};
var live = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const pid of live) killGroup(pid, "SIGKILL");
  });
}
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function runProcess(program, args, opts) {
  installExitHook();
  const tailLines = opts.tailLines ?? 30;
  return new Promise((resolve8, reject) => {
    let child;
    try {
      child = spawn(program, args, {
        cwd: opts.cwd,
        env: opts.env ?? { ...parentEnvironment(), ...opts.extraEnv },
        stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
        shell: false,
        detached: true,
        // its own process group: killable as a whole
        windowsHide: true
      });
    } catch (e) {
      startFailure(program, opts, e).then(reject, reject);
      return;
    }
    const stdout = [];
    let tail = [];
    let partial = "";
    let timedOut = false;
    const keep = (text) => {
      opts.onOutput?.(text);
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      if (lines.length) tail = tail.concat(lines).slice(-tailLines);
    };
    if (opts.collectStdout) child.stdout.on("data", (c) => stdout.push(c));
    else child.stdout.on("data", (c) => keep(c.toString("utf8")));
    child.stderr.on("data", (c) => keep(c.toString("utf8")));
    const timer = opts.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      if (child.pid) killGroup(child.pid, "SIGKILL");
    }, opts.timeoutMs);
    if (child.pid) live.add(child.pid);
    if (child.stdin && opts.input !== void 0) {
      child.stdin.on("error", () => {
      });
      if (typeof opts.input === "string" || Buffer.isBuffer(opts.input)) {
        child.stdin.end(opts.input);
      } else {
        const source = opts.input;
        source.on("error", () => child.stdin?.end());
        child.stdin.on("error", () => source.destroy());
        source.pipe(child.stdin);
      }
    }
    let exit;
    child.on("exit", (code, signal) => {
      exit = { code, signal };
      if (opts.reapGroup && child.pid) killGroup(child.pid, "SIGKILL");
    });
    let failedToStart = false;
    child.on("error", (e) => {
      failedToStart = true;
      clearTimeout(timer);
      if (child.pid) live.delete(child.pid);
      startFailure(program, opts, e).then(reject, reject);
    });
    child.on("close", (code, signal) => {
      if (failedToStart) return;
      clearTimeout(timer);
      if (child.pid) live.delete(child.pid);
      if (partial) tail = tail.concat(partial).slice(-tailLines);
      const sig = exit?.signal ?? signal ?? void 0;
      const exitCode = exit?.code ?? code ?? (sig ? 128 + (SIGNAL_CODES[sig] ?? 15) : 1);
      resolve8({ exitCode, signal: sig, timedOut, stdout: Buffer.concat(stdout), tail });
    });
  });
}
async function startFailure(program, opts, e) {
  const problem = e.code === "ENOENT" || e.code === "ENOTDIR" ? await workingDirectoryProblem(opts.cwd) : void 0;
  if (problem) return new WorkingDirectoryError(`Cannot run ${program}: ${problem}.`, { cause: e });
  if (e.code === "ENOENT") {
    const hint = opts.installHint ?? program;
    return new ProgramNotFoundError(
      `${program} was not found (needed in ${opts.cwd}): install ${hint} or put it on PATH` + (opts.installHint ? ` (e.g. apt-get install ${opts.installHint}).` : ".")
    );
  }
  return new Error(`Cannot start ${program} in ${opts.cwd}: ${e.message}`, { cause: e });
}

// src/platform/exec.ts
var BashRunner = class {
  async run(script, opts) {
    const r = await runProcess("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
      cwd: opts.cwd,
      env: buildEnvironment(parentEnvironment(), opts.forward ?? [], opts.env),
      installHint: "bash",
      onOutput: opts.onOutput,
      reapGroup: true
    });
    return { exitCode: r.exitCode, tail: r.tail };
  }
};

// src/core/changes/change-set.ts
var ChangeSetParseError = class extends Error {
  constructor(message, offset) {
    super(`Cannot parse git diff --name-status -z output at byte ${offset}: ${message}`);
    this.offset = offset;
    this.name = "ChangeSetParseError";
  }
  offset;
};
var NUL = 0;
var TWO_PATHS = /* @__PURE__ */ new Set(["R", "C"]);
var SCORED = /* @__PURE__ */ new Set(["R", "C", "M"]);
function parseNameStatusZ(out) {
  const fields = out.toString("utf8").split("\0");
  const last = fields.length - 1;
  if (fields[last] !== "") {
    throw new ChangeSetParseError(
      "truncated record: the last field has no terminating NUL (was the output cut short?)",
      byteOffsetOfField(out, last)
    );
  }
  const files = [];
  let i = 0;
  while (i < last) {
    const status = parseStatus(fields[i], out, i);
    const paths = TWO_PATHS.has(status) ? 2 : 1;
    if (i + paths >= last) {
      throw new ChangeSetParseError(
        `truncated record: the ${status} record has ${last - i - 1} of its ${paths} path(s)`,
        byteOffsetOfField(out, last)
      );
    }
    const first = pathField(fields, i + 1, out);
    if (paths === 2) {
      files.push({ status, path: pathField(fields, i + 2, out), oldPath: first });
    } else {
      files.push({ status, path: first });
    }
    i += 1 + paths;
  }
  return files;
}
function byteOffsetOfField(out, index) {
  let pos = 0;
  for (let n = 0; n < index; n++) pos = out.indexOf(NUL, pos) + 1;
  return pos;
}
var STATUS = /^([AMDTRC])(\d*)$/;
function parseStatus(field, out, index) {
  const m = STATUS.exec(field);
  if (!m || m[2] !== "" && !SCORED.has(m[1])) {
    const offset = byteOffsetOfField(out, index);
    if (field === "") throw new ChangeSetParseError("empty status field", offset);
    throw new ChangeSetParseError(
      `unexpected status ${JSON.stringify(field.slice(0, 16))}: expected one of A, M, D, T, R<score>, C<score>` + (field[0] === "U" ? " (U means an unmerged path: diff two commits, not the index)" : ""),
      offset
    );
  }
  return m[1];
}
function pathField(fields, index, out) {
  const path = fields[index];
  if (path === "") throw new ChangeSetParseError("empty path", byteOffsetOfField(out, index));
  return path;
}

// src/platform/git.ts
var GitCommandError = class extends Error {
  constructor(argv, exitCode, stderr, cwd) {
    const said = stderr.trim() ? `:
${stderr.trim()}` : " (git printed nothing on stderr)";
    super(
      `\`${displayArgv(argv)}\` in ${cwd} failed with exit code ${exitCode ?? "none (killed)"}${said}`
    );
    this.argv = argv;
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.cwd = cwd;
    this.name = "GitCommandError";
  }
  argv;
  exitCode;
  stderr;
  cwd;
};
var STDERR_TAIL_LINES = 40;
var FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var VALID_REF_CHARS = /^(?!.*@\{)(?!.*\.\.)[^\s~^:?*[\\\x00-\x1f\x7f]+$/;
var CliGit = class {
  constructor(cwd, opts = {}) {
    this.cwd = cwd;
    this.gitPath = opts.gitPath ?? "git";
    this.logger = opts.logger;
    this.prefix = opts.trustDirectory ? ["-c", `safe.directory=${cwd}`] : [];
  }
  cwd;
  gitPath;
  logger;
  prefix;
  async resolveCommit(rev) {
    const r = await this.run(
      ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`],
      [1, 128]
    );
    if (r.code !== 0) return void 0;
    const sha = r.stdout.toString("latin1").trim();
    return FULL_SHA.test(sha) ? sha : void 0;
  }
  async isBranch(rev) {
    if (rev === "" || rev.startsWith("-") || !VALID_REF_CHARS.test(rev)) return false;
    const exists2 = async (ref) => await this.resolveCommit(ref) !== void 0;
    if (rev.startsWith("refs/")) {
      return (rev.startsWith("refs/heads/") || rev.startsWith("refs/remotes/")) && exists2(rev);
    }
    if (await exists2(`refs/${rev}`)) return /^(heads|remotes)\//.test(rev);
    if (await exists2(`refs/tags/${rev}`)) return false;
    return await exists2(`refs/heads/${rev}`) || await exists2(`refs/remotes/${rev}`) || exists2(`refs/remotes/${rev}/HEAD`);
  }
  async isAncestor(ancestor, descendant) {
    const r = await this.run(
      ["merge-base", "--is-ancestor", "--end-of-options", ancestor, descendant],
      [1]
    );
    return r.code === 0;
  }
  async mergeBase(a, b) {
    const r = await this.run(["merge-base", "--end-of-options", a, b], [1]);
    if (r.code !== 0) return void 0;
    return r.stdout.toString("latin1").trim() || void 0;
  }
  async isShallow() {
    const r = await this.run(["rev-parse", "--is-shallow-repository"]);
    return r.stdout.toString("latin1").trim() === "true";
  }
  async deepen(by, refs) {
    if (!Number.isInteger(by) || by < 1) {
      throw new RangeError(`deepen: depth must be a positive integer, got ${by}`);
    }
    return this.tryFetch([`--deepen=${by}`], refs);
  }
  async fetch(refs, depth) {
    if (depth !== void 0 && (!Number.isInteger(depth) || depth < 1)) {
      throw new RangeError(`fetch: depth must be a positive integer, got ${depth}`);
    }
    return this.tryFetch(depth === void 0 ? [] : [`--depth=${depth}`], refs);
  }
  async diff(base, head) {
    const r = await this.run([
      "diff",
      "-z",
      "--name-status",
      "-M",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--no-relative",
      "--end-of-options",
      base,
      head,
      "--"
    ]);
    return parseNameStatusZ(r.stdout);
  }
  async previousTag(rev) {
    const parent = await this.resolveCommit(`${rev}^`);
    if (!parent) return void 0;
    const args = ["describe", "--tags", "--abbrev=0", "--end-of-options", parent];
    const r = await this.run(args, [128]);
    if (r.code !== 0) {
      if (/cannot describe/i.test(r.stderr)) return void 0;
      throw new GitCommandError(this.argv(args), r.code, r.stderr, this.cwd);
    }
    const tag = r.stdout.toString("utf8").trim();
    return this.resolveCommit(`refs/tags/${tag}`);
  }
  async commitTime(rev) {
    const r = await this.run(["show", "-s", "--format=%ct", "--end-of-options", rev]);
    return Number(r.stdout.toString("utf8").trim());
  }
  async dirtyFiles() {
    const r = await this.run(["status", "--porcelain=v1", "-z", "--untracked-files=no"]);
    const fields = r.stdout.toString("utf8").split("\0");
    const files = [];
    for (let i = 0; i < fields.length; i++) {
      const entry = fields[i];
      if (entry.length < 4) continue;
      files.push(entry.slice(3));
      if (entry[0] === "R" || entry[0] === "C") i++;
    }
    return files;
  }
  async countCommits(rev) {
    const r = await this.run(["rev-list", "--count", "--end-of-options", rev]);
    return Number(r.stdout.toString("utf8").trim());
  }
  async symbolicRef(name) {
    const r = await this.run(["symbolic-ref", "-q", "--end-of-options", name], [1, 128]);
    if (r.code !== 0) return void 0;
    return r.stdout.toString("utf8").trim() || void 0;
  }
  async tagsAt(rev) {
    const sha = await this.resolveCommit(rev);
    if (!sha) return [];
    const r = await this.run(["tag", "--list", "--sort=refname", "--points-at", sha]);
    return r.stdout.toString("utf8").split("\n").filter((t) => t !== "");
  }
  async listFiles(head) {
    const r = await this.run([
      "ls-tree",
      "-r",
      "-z",
      "--name-only",
      "--full-tree",
      "--end-of-options",
      head
    ]);
    return splitZ(r.stdout);
  }
  /** Fetching is allowed to fail (no origin, sha not served): the caller decides what that means. */
  async tryFetch(options, refs) {
    const args = [
      "fetch",
      "--no-tags",
      "--no-recurse-submodules",
      "--no-write-fetch-head",
      ...options,
      "origin",
      ...refs.length ? ["--end-of-options", ...refs] : []
    ];
    try {
      await this.run(args);
      return true;
    } catch (e) {
      if (!(e instanceof GitCommandError)) throw e;
      this.logger?.warning(e.message);
      return false;
    }
  }
  /**
   * Run git and collect stdout as Buffer chunks (joined once at the end: a diff of 100k files
   * is tens of MB). Exit codes in `okCodes` are returned to the caller; any other throws.
   * `input` is written to git's stdin; `env` is added to its environment and never logged
   * (it is where a credential goes, unlike `-c`, which shows in messages and `ps`).
   */
  async run(args, okCodes = [], opts = {}) {
    const argv = this.argv(args);
    this.logger?.debug(`$ ${displayArgv(argv)}`);
    const r = await runProcess(this.gitPath, argv.slice(1), {
      cwd: this.cwd,
      extraEnv: { ...opts.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0" },
      installHint: "git",
      collectStdout: true,
      tailLines: STDERR_TAIL_LINES,
      input: opts.input
    });
    const stderr = r.tail.join("\n");
    if (r.exitCode === 0 || !r.signal && okCodes.includes(r.exitCode)) {
      return { code: r.exitCode, stdout: r.stdout, stderr };
    }
    throw new GitCommandError(argv, r.signal ? null : r.exitCode, stderr, this.cwd);
  }
  argv(args) {
    return [this.gitPath, ...this.prefix, ...args];
  }
};
function splitZ(buf) {
  const items = [];
  let pos = 0;
  while (pos < buf.length) {
    let end = buf.indexOf(0, pos);
    if (end < 0) end = buf.length;
    items.push(buf.toString("utf8", pos, end));
    pos = end + 1;
  }
  return items;
}
function displayArgv(argv) {
  return argv.map(displayArg).join(" ");
}
var ESCAPES = {
  "\n": "\\n",
  "	": "\\t",
  "\r": "\\r",
  "\\": "\\\\",
  "'": "\\'"
};
function displayArg(arg) {
  if (/^[\w@%+=:,./^{}~-]+$/.test(arg)) return arg;
  if (!/[\u0000-\u001f\u007f]/.test(arg)) return `'${arg.replace(/'/g, `'\\''`)}'`;
  const escaped = arg.replace(/[\u0000-\u001f\u007f\\']/g, (c) => {
    return ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
  return `$'${escaped}'`;
}

// src/core/manifest/problems.ts
var DEFAULT_MANIFEST_FILE = "msdeploy.yml";
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function manifestTooLarge(bytes, shownAs) {
  return {
    file: shownAs,
    line: 1,
    col: 1,
    message: `${shownAs} is ${bytes} bytes, over the ${MAX_MANIFEST_BYTES} bytes (4 MiB) a manifest may be; it was not parsed. Is this the right file? See docs/manifest.md.`
  };
}
function formatIssue(i) {
  return `${i.file}:${i.line}:${i.col}: ${i.message}`;
}
var ManifestError = class extends ManifestProblem {
  issues;
  constructor(issues) {
    const n = issues.length;
    super(
      `${n} problem${n === 1 ? "" : "s"} in the manifest:
${issues.map(formatIssue).join("\n")}`,
      issues
    );
    this.issues = issues;
  }
};

// src/core/paths/path-index.ts
var MAX_EXPANSIONS = 64;
function trieNode() {
  return { children: void 0, entries: [], partials: void 0 };
}
var PathIndex = class {
  /** Per candidate id: the owner, whether it excludes, and the check left once its key is met. */
  owner;
  negated;
  checks = [];
  exact = /* @__PURE__ */ new Map();
  root = trieNode();
  byBasename = /* @__PURE__ */ new Map();
  byExtension = /* @__PURE__ */ new Map();
  bySegment = /* @__PURE__ */ new Map();
  /** The candidate lists that apply to the path being looked up; each is ascending. */
  lists = [];
  /** Reused merge buffers: no allocation per path once they have grown. */
  merged = new Int32Array(256);
  scratch = new Int32Array(256);
  /** Throws {@link GlobSyntaxError} naming the owner and pattern when a pattern is invalid. */
  constructor(owners) {
    const regexCache = /* @__PURE__ */ new Map();
    const owner = [];
    const negated = [];
    owners.forEach((o, ownerIndex) => {
      for (let p = o.patterns.length - 1; p >= 0; p--) {
        const pattern = o.patterns[p];
        const parsed = parseOwnerPattern(o, p, pattern);
        const variants = expandAlternations(parsed.nodes, MAX_EXPANSIONS) ?? [parsed.nodes];
        for (const nodes of variants) {
          const id = owner.length;
          owner.push(ownerIndex);
          negated.push(parsed.negated ? 1 : 0);
          this.checks.push(this.file(id, nodes, regexCache));
        }
      }
    });
    this.owner = Int32Array.from(owner);
    this.negated = Uint8Array.from(negated);
  }
  /** Indices (ascending) of the owners whose pattern list includes `path`. */
  ownersOf(path) {
    const n = this.candidatesFor(path);
    const ids = this.merged;
    const result = [];
    let decided = -1;
    for (let k = 0; k < n; k++) {
      const id = ids[k];
      const owner = this.owner[id];
      if (owner === decided) continue;
      const check = this.checks[id];
      if (check === Check.ALWAYS || check.passes(path)) {
        decided = owner;
        if (this.negated[id] === 0) result.push(owner);
      }
    }
    return result;
  }
  /** Files one alternation-free pattern under its key; returns what is left to check. */
  file(id, nodes, cache) {
    const first = nodes[0];
    if (nodes.length === 1 && first?.kind === "literal") {
      push(this.exact, first.text, id);
      return Check.ALWAYS;
    }
    const dir = literalDirectory(nodes);
    const partial = first?.kind === "literal" ? first.text.slice(dir === "" ? 0 : dir.length + 1) : "";
    if (partial !== "") {
      this.filePartial(this.trieNode(dir), partial, id);
    } else if (dir !== "" || coversEverythingBelow(nodes, "")) {
      this.trieNode(dir).entries.push(id);
    } else {
      const key = requiredLiteral(nodes);
      if (key) push(this.mapFor(key.kind), key.text, id);
      else this.root.entries.push(id);
    }
    return checkBelow(nodes, dir, cache);
  }
  filePartial(node, partial, id) {
    node.partials ??= [];
    let group = node.partials.find((g) => g.length === partial.length);
    if (!group) {
      group = { length: partial.length, byText: /* @__PURE__ */ new Map() };
      node.partials.push(group);
    }
    push(group.byText, partial, id);
  }
  mapFor(kind) {
    switch (kind) {
      case "basename":
        return this.byBasename;
      case "extension":
        return this.byExtension;
      case "segment":
        return this.bySegment;
    }
  }
  trieNode(dir) {
    let node = this.root;
    if (dir === "") return node;
    for (const segment of dir.split("/")) {
      node.children ??= /* @__PURE__ */ new Map();
      let child = node.children.get(segment);
      if (!child) {
        child = trieNode();
        node.children.set(segment, child);
      }
      node = child;
    }
    return node;
  }
  /** Merges every candidate list for `path` into `merged`, ascending; returns the count. */
  candidatesFor(path) {
    const lists = this.lists;
    lists.length = 0;
    const exact = this.exact.get(path);
    if (exact) lists.push(exact);
    let node = this.root;
    for (let start = 0; ; ) {
      if (node.entries.length > 0) lists.push(node.entries);
      if (node.partials) {
        for (const group of node.partials) {
          if (start + group.length > path.length) continue;
          const ids = group.byText.get(path.slice(start, start + group.length));
          if (ids) lists.push(ids);
        }
      }
      const slash = path.indexOf("/", start);
      if (slash < 0 || !node.children) break;
      node = node.children.get(path.slice(start, slash));
      if (!node) break;
      start = slash + 1;
    }
    const lastSlash = path.lastIndexOf("/");
    if (this.byBasename.size > 0) {
      const ids = this.byBasename.get(path.slice(lastSlash + 1));
      if (ids) lists.push(ids);
    }
    if (this.byExtension.size > 0) {
      const dot = path.lastIndexOf(".");
      if (dot > lastSlash) {
        const ids = this.byExtension.get(path.slice(dot));
        if (ids) lists.push(ids);
      }
    }
    if (this.bySegment.size > 0) {
      for (let s = 0, e = path.indexOf("/"); e >= 0; s = e + 1, e = path.indexOf("/", s)) {
        const ids = this.bySegment.get(path.slice(s, e));
        if (ids) lists.push(ids);
      }
    }
    return this.mergeLists();
  }
  /** Each list is ascending (ids are handed out in order), so merging beats sorting. */
  mergeLists() {
    const lists = this.lists;
    let total = 0;
    for (const list of lists) total += list.length;
    if (total > this.merged.length) {
      this.merged = new Int32Array(total * 2);
      this.scratch = new Int32Array(total * 2);
    }
    let n = 0;
    for (const list of lists) {
      if (n === 0) {
        for (let i2 = 0; i2 < list.length; i2++) this.merged[i2] = list[i2];
        n = list.length;
        continue;
      }
      const a = this.merged;
      const out = this.scratch;
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < n && j < list.length) {
        const x = a[i];
        const y = list[j];
        if (x <= y) {
          out[k++] = x;
          i++;
        } else {
          out[k++] = y;
          j++;
        }
      }
      while (i < n) out[k++] = a[i++];
      while (j < list.length) out[k++] = list[j++];
      this.scratch = a;
      this.merged = out;
      n = k;
    }
    return n;
  }
};
function parseOwnerPattern(owner, position, pattern) {
  try {
    const { negated, glob } = splitNegation(pattern);
    return { negated, nodes: parseGlob(glob) };
  } catch (err) {
    if (err instanceof GlobSyntaxError) {
      throw new GlobSyntaxError(
        `Pattern ${position + 1} of "${owner.id}" (${JSON.stringify(pattern)}): ${err.message}`
      );
    }
    throw err;
  }
}
var Check = class _Check {
  /**
   * `suffix`: the path ends with `text`; `name`: also, `text` starts right after the directory or
   * a `/`; `segment`: `text` (a directory name and `/`) starts after the directory or a `/`.
   * `minLength` is the directory's length with its `/`, plus the text for suffix and name.
   */
  constructor(kind, text, minLength, re) {
    this.kind = kind;
    this.text = text;
    this.minLength = minLength;
    this.re = re;
  }
  kind;
  text;
  minLength;
  re;
  static ALWAYS = new _Check("always", "", 0, null);
  passes(path) {
    switch (this.kind) {
      case "always":
        return true;
      case "suffix":
        return path.length >= this.minLength && path.endsWith(this.text);
      case "name":
        return path.length >= this.minLength && path.endsWith(this.text) && (path.length === this.minLength || path.charCodeAt(path.length - this.text.length - 1) === 47);
      case "segment":
        for (let i = path.indexOf(this.text, this.minLength); i >= 0; ) {
          if (i === 0 || path.charCodeAt(i - 1) === 47) return true;
          i = path.indexOf(this.text, i + 1);
        }
        return false;
      case "regex":
        return this.re.test(path);
    }
  }
};
function checkBelow(nodes, dir, cache) {
  if (coversEverythingBelow(nodes, dir)) return Check.ALWAYS;
  const prefixLength = dir === "" ? 0 : dir.length + 1;
  let rest = nodes;
  if (dir !== "") {
    const text = nodes[0].text.slice(prefixLength);
    rest = text === "" ? nodes.slice(1) : [{ kind: "literal", text }, ...nodes.slice(1)];
  }
  const [a, b, c] = rest;
  if (rest.length === 2 && b?.kind === "literal") {
    if (a?.kind === "globstar") {
      return new Check("suffix", b.text, prefixLength + b.text.length, null);
    }
    if (a?.kind === "dirs") return new Check("name", b.text, prefixLength + b.text.length, null);
  }
  if (rest.length === 3 && a?.kind === "dirs") {
    if (b?.kind === "star" && c?.kind === "literal" && !c.text.includes("/")) {
      return new Check("suffix", c.text, prefixLength + c.text.length, null);
    }
    if (b?.kind === "literal" && b.text.endsWith("/") && c?.kind === "globstar") {
      return new Check("segment", b.text, prefixLength, null);
    }
  }
  const re = globRegExp(nodes);
  const shared = cache.get(re.source) ?? re;
  cache.set(re.source, shared);
  return new Check("regex", "", 0, shared);
}
function coversEverythingBelow(nodes, dir) {
  let rest = nodes;
  if (dir !== "") {
    const first = nodes[0];
    if (first?.kind !== "literal" || first.text !== `${dir}/`) return false;
    rest = nodes.slice(1);
  }
  if (rest.length === 1) return rest[0].kind === "globstar";
  return rest.length === 2 && rest[0].kind === "dirs" && rest[1].kind === "star";
}
function requiredLiteral(nodes) {
  const last = nodes[nodes.length - 1];
  const beforeLast = nodes[nodes.length - 2];
  if (last?.kind === "literal") {
    const slash = last.text.lastIndexOf("/");
    if (slash >= 0 || beforeLast?.kind === "dirs") {
      return { kind: "basename", text: last.text.slice(slash + 1) };
    }
    const dot = last.text.lastIndexOf(".");
    if (dot >= 0) return { kind: "extension", text: last.text.slice(dot) };
  }
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.kind !== "literal") continue;
    const pieces = node.text.split("/");
    const firstIsWhole = i === 0 || nodes[i - 1].kind === "dirs";
    for (let k = firstIsWhole ? 0 : 1; k < pieces.length - 1; k++) {
      if (pieces[k] !== "") return { kind: "segment", text: pieces[k] };
    }
  }
  return void 0;
}
function push(map, key, id) {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}

// src/core/manifest/paths.ts
var ROOT = {
  repository: "the repository root",
  service: "the service's directory"
};
var INSIDE = {
  repository: "the repository",
  service: "the service's directory"
};
function leavesBase(text, kind, base) {
  if (/^[/\\]/.test(text)) {
    const relative4 = text.replace(/^[/\\]+/, "");
    return `is absolute: a ${kind} is relative to ${ROOT[base]}, so write \`${relative4 || (kind === "path" ? "." : "**")}\``;
  }
  if (/^[A-Za-z]:/.test(text)) {
    return `starts with a drive letter: write the ${kind} relative to ${ROOT[base]}`;
  }
  if (text.startsWith("~")) {
    return `starts with \`~\` (a home directory): write the ${kind} relative to ${ROOT[base]}`;
  }
  if (text.split(/[/\\]/).includes("..")) {
    return `has a \`..\` segment: a ${kind} must stay inside ${INSIDE[base]}, so write it without \`..\``;
  }
  return void 0;
}
function dirError(path, base = "repository") {
  if (path.trim() === "") {
    return base === "repository" ? "is empty: write the directory relative to the repository root, or `.` for all of it" : "is empty: write the directory relative to the service's directory, e.g. `dist`";
  }
  if (path !== path.trim()) {
    return "has leading or trailing spaces: remove them (quote the path if a name really has them)";
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) {
    return "contains a control character (a tab or line break): write the directory on one line";
  }
  const outside = leavesBase(path, "path", base);
  if (outside) return outside;
  if (path.includes("\\")) {
    return `uses \`\\\`: separate directories with \`/\`, e.g. \`${path.replace(/\\/g, "/")}\``;
  }
  if (base === "service" && normaliseDir(path) === ".") {
    return "is the service's directory itself, whose sources would end up in the artifact: name the subdirectory the build writes, e.g. `dist`";
  }
  return void 0;
}
function normaliseDir(path) {
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  return segments.length === 0 ? "." : segments.join("/");
}
function patternError(pattern, base = "repository") {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  const outside = leavesBase(body, "pattern", base);
  if (outside) return outside;
  const syntax = globSyntaxError(normalisePattern(pattern));
  return syntax === void 0 ? void 0 : `is not a valid glob: ${syntax}`;
}
function normalisePattern(pattern) {
  const negated = pattern.startsWith("!");
  let body = negated ? pattern.slice(1) : pattern;
  while (body.startsWith("./")) body = body.replace(/^\.\/+/, "");
  return (negated ? "!" : "") + body;
}
function escapeGlob(literal) {
  return literal.replace(/[*?[\]{}\\]/g, "\\$&").replace(/^!/, "\\!");
}
function dirPattern(dir) {
  return dir === "." ? "**" : `${escapeGlob(dir)}/**`;
}

// src/core/manifest/tracked.ts
function checkTrackedPaths(manifest, files, opts = {}) {
  const file = opts.shownAs ?? manifest.file;
  const errors = [];
  const only = opts.only && new Set(opts.only);
  const components = [
    ...manifest.services.map((s) => ["services", s]),
    ...manifest.libraries.map((l) => ["libraries", l])
  ].filter(([, c]) => !only || only.has(c.name));
  const held = directoriesHolding(
    components.map(([, c]) => c.path).filter((p) => p !== "."),
    files
  );
  let dirs;
  const includes = [];
  for (const [kind, c] of components) {
    const at = c.sources;
    if (c.path !== "." && !held.has(c.path)) {
      dirs ??= directoriesOf(files);
      const hit = closest(c.path, dirs);
      const pos = at?.path ?? c.pos ?? { line: 1, col: 1 };
      errors.push({
        file,
        ...pos,
        message: `${kind}.${c.name}.path \`${c.path}\` holds no file tracked at head, so ${c.name} would never be affected: ${hit === void 0 ? "fix the path" : `did you mean \`${hit}\`?`}`
      });
      continue;
    }
    for (const { pattern, pos } of at?.include ?? []) {
      if (pattern.startsWith("!") || globSyntaxError(normalisePattern(pattern))) continue;
      includes.push({ where: `${kind}.${c.name}.include`, pattern, pos });
    }
  }
  const warnings = unmatched(includes, files).map((i) => ({
    file,
    ...i.pos,
    message: `${i.where} \`${i.pattern}\` matches no file tracked at head: a typo?`
  }));
  return { errors, warnings };
}
function unmatched(includes, files) {
  if (includes.length === 0) return [];
  const owners = includes.map((i) => ({
    id: i.where,
    patterns: [normalisePattern(i.pattern)]
  }));
  const index = new PathIndex(owners);
  const hit = new Uint8Array(includes.length);
  let left = includes.length;
  for (let f = 0; f < files.length && left > 0; f++) {
    for (const o of index.ownersOf(files[f])) {
      if (hit[o] === 0) {
        hit[o] = 1;
        left--;
      }
    }
  }
  return includes.filter((_, o) => hit[o] === 0);
}
function directoriesHolding(paths, files) {
  const wanted = new Set(paths);
  const lengths = new Set(paths.map((p) => p.length));
  const found = /* @__PURE__ */ new Set();
  for (let f = 0; f < files.length && found.size < wanted.size; f++) {
    const file = files[f];
    for (let i = file.indexOf("/"); i > 0; i = file.indexOf("/", i + 1)) {
      if (!lengths.has(i)) continue;
      const dir = file.slice(0, i);
      if (wanted.has(dir)) found.add(dir);
    }
  }
  return found;
}
function directoriesOf(files) {
  const dirs = /* @__PURE__ */ new Set();
  for (const f of files) {
    for (let i = f.indexOf("/"); i > 0; i = f.indexOf("/", i + 1)) dirs.add(f.slice(0, i));
  }
  return dirs;
}

// src/app/manifest-paths.ts
async function checkManifestPaths(manifest, at, git, head, logger, opts = {}) {
  const { only, listed } = opts;
  const files = await (listed ?? git.listFiles(head));
  const { errors, warnings } = checkTrackedPaths(manifest, files, { shownAs: at.shownAs, only });
  for (const w of warnings) logger.warning(w.message, { file: w.file, line: w.line, col: w.col });
  if (errors.length) throw new ManifestError(errors);
}

// src/platform/manifest-file.ts
import { readFile as readFile2, realpath as realpath2, stat as stat3 } from "node:fs/promises";
import { dirname as dirname2, join as join2, relative as relative3, resolve } from "node:path";
async function insideRepository(root, path, what) {
  const realRoot = await realpath2(root);
  let real;
  try {
    real = await realpath2(join2(root, path));
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
  if (!isInside(realRoot, real)) {
    throw new ManifestProblem(
      `${what} ${path} leads outside the repository (through a symbolic link): refusing to use it.`
    );
  }
  return real;
}
async function readManifestText(at) {
  try {
    await insideRepository(at.root, at.file, "The manifest");
    const path = join2(at.root, at.file);
    const { size } = await stat3(path);
    if (size > MAX_MANIFEST_BYTES) throw new ManifestError([manifestTooLarge(size, at.shownAs)]);
    return await readFile2(path, "utf8");
  } catch (e) {
    if (e instanceof ManifestProblem) throw e;
    const code = e.code;
    throw new ManifestProblem(
      (audience) => code === "ENOENT" ? `No manifest at ${at.shownAs}: create msdeploy.yml at the repository root (see docs/manifest.md), or point the ${settingLabel("manifest", audience)} at it.` : `Cannot read the manifest ${at.shownAs}: ${e.message}`
    );
  }
}

// src/core/manifest/load.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/core/manifest/environments.ts
var DEFAULT_KEEP = 5;
var DEFAULT_PARALLEL = 4;
function environmentSpecs(raw, locs) {
  return [...raw.environments ?? []].map(([name, env]) => {
    const hostNames = env.driver === "ssh" && env.hosts ? [...env.hosts.keys()] : [];
    const base = {
      name,
      ...env.stage !== void 0 && { stage: env.stage },
      services: [...env.services ?? []].map(
        ([service, p]) => placement(service, p, hostNames)
      ),
      ...env.start !== void 0 && { start: env.start },
      ...env.health !== void 0 && { health: healthSpec(env.health) },
      secrets: env.secrets ?? [],
      keep: env.keep ?? DEFAULT_KEEP,
      pos: locs.key(["environments", name])
    };
    switch (env.driver) {
      case "local":
        return {
          ...base,
          driver: "local",
          base: env.base,
          ...env["dpkg-root"] !== void 0 && { dpkgRoot: env["dpkg-root"] }
        };
      case "ssh":
        return {
          ...base,
          driver: "ssh",
          base: env.base,
          parallel: env.parallel ?? DEFAULT_PARALLEL,
          hosts: [...env.hosts ?? []].map(([host, h]) => ({
            name: host,
            address: h.address,
            user: h.user,
            port: h.port ?? 22,
            knownHosts: h["known-hosts"] ?? []
          }))
        };
      case "command":
        return { ...base, driver: "command", run: env.run, env: env.env ?? [] };
    }
  });
}
function placement(service, p, hostNames) {
  const raw = p;
  return {
    service,
    hosts: raw.hosts ?? hostNames,
    dir: raw.dir ?? service,
    ...raw.port !== void 0 && { port: raw.port },
    ...raw.unit !== void 0 && { unit: raw.unit },
    ...raw.config !== void 0 && { config: raw.config },
    ...raw.start !== void 0 && { start: raw.start },
    ...raw.health !== void 0 && { health: healthSpec(raw.health) }
  };
}
function healthSpec(h) {
  return {
    ...h.url !== void 0 && { url: h.url },
    ...h.command !== void 0 && { command: h.command },
    status: h.status ?? 200,
    timeoutSeconds: h["timeout-seconds"] ?? 5,
    intervalSeconds: h["interval-seconds"] ?? 2,
    retries: h.retries ?? 10
  };
}

// src/core/manifest/pipeline.ts
var DEFAULT_STAGE_NAMES = [
  "commit",
  "acceptance",
  "uat",
  "performance",
  "production"
];
var DEFAULT_LEDGER_REF = "refs/heads/msdeploy/ledger";
function ledgerRefName(ref) {
  return ref.startsWith("refs/") ? ref : `refs/heads/${ref}`;
}
function ledgerSpec(raw) {
  return {
    ref: raw?.ledger?.ref === void 0 ? DEFAULT_LEDGER_REF : ledgerRefName(raw.ledger.ref),
    push: raw?.ledger?.push ?? false
  };
}
function stageSpec(name, s, pos) {
  return {
    name,
    ...s.environment !== void 0 && { environment: s.environment },
    promote: s.promote ?? (name === "production" ? "manual" : "auto"),
    approvers: s.approvers ?? [],
    allowSelfApproval: s["allow-self-approval"] ?? false,
    ...pos && { pos }
  };
}
function stageList(raw, at, locs) {
  return raw.map((s, i) => stageSpec(s.name, s, locs.value([...at, i])));
}
function serviceStages(pipeline, own, at, locs) {
  const base = own?.stages ? stageList(own.stages, [...at, "pipeline", "stages"], locs) : pipeline?.stages ? stageList(pipeline.stages, ["pipeline", "stages"], locs) : DEFAULT_STAGE_NAMES.map((name) => stageSpec(name, {}, void 0));
  const overrides = own?.override;
  if (!overrides) return base;
  return base.map((stage) => {
    const o = overrides.get(stage.name);
    if (!o) return stage;
    const merged = {
      environment: o.environment ?? stage.environment,
      promote: o.promote ?? stage.promote,
      approvers: o.approvers ?? [...stage.approvers],
      "allow-self-approval": o["allow-self-approval"] ?? stage.allowSelfApproval
    };
    return stageSpec(stage.name, merged, locs.key([...at, "pipeline", "override", stage.name]));
  });
}

// src/core/manifest/build.ts
function buildManifest(raw, file, locs) {
  const component = (key) => {
    return ([name, c]) => {
      if (c.path === void 0)
        throw new Error(`internal: ${key}.${name} has no path after validation`);
      const path = normaliseDir(c.path);
      const at = [key, name];
      return {
        name,
        path,
        patterns: [dirPattern(path), ...(c.include ?? []).map(normalisePattern)],
        dependsOn: c["depends-on"] ?? [],
        pos: locs.key(at),
        sources: {
          path: locs.value([...at, "path"]),
          include: (c.include ?? []).map((pattern, i) => ({
            pattern,
            pos: locs.value([...at, "include", i])
          }))
        },
        ...c.build && { build: buildSpec(name, c.build, [...at, "build"], locs) },
        stages: serviceStages(raw.pipeline, c.pipeline, at, locs)
      };
    };
  };
  const services = raw.services ? [...raw.services].map(component("services")) : [singleService(raw, locs)];
  const manifestPattern = escapeGlob(normaliseDir(file.replace(/\\/g, "/")));
  const global = [manifestPattern, ...(raw.global ?? []).map(normalisePattern)];
  return {
    file,
    ...raw.name !== void 0 && { name: raw.name },
    services,
    libraries: [...raw.libraries ?? []].map(component("libraries")),
    global: [...new Set(global)],
    releaseGroups: [...raw["release-groups"] ?? []].map(([name, members]) => ({
      name,
      services: members
    })),
    ledger: ledgerSpec(raw.pipeline),
    environments: environmentSpecs(raw, locs)
  };
}
function singleService(raw, locs) {
  if (raw.name === void 0) throw new Error("internal: single-service manifest without a name");
  return {
    name: raw.name,
    path: ".",
    patterns: ["**"],
    dependsOn: [],
    pos: locs.value(["name"]),
    ...raw.build && { build: buildSpec(raw.name, raw.build, ["build"], locs) },
    stages: serviceStages(raw.pipeline, void 0, ["name"], locs)
  };
}
function buildSpec(service, b, at, locs) {
  if (b.run === void 0 || b.output === void 0) {
    throw new Error(`internal: ${at.join(".")} has no run or output after validation`);
  }
  const kind = b.kind ?? "archive";
  const spec = {
    run: b.run,
    output: normaliseDir(b.output),
    kind,
    ...b.version !== void 0 && { version: b.version },
    tests: (b.tests ?? []).map(normalisePattern),
    env: b.env ?? [],
    pos: locs.key(at)
  };
  if (kind !== "deb") return spec;
  const deb = b.deb;
  if (deb?.maintainer === void 0) {
    throw new Error(`internal: ${at.join(".")} builds a deb without a maintainer after validation`);
  }
  return {
    ...spec,
    deb: {
      package: deb.package ?? service,
      maintainer: deb.maintainer,
      description: deb.description ?? `${service} service (built by msdeploy)`,
      depends: deb.depends ?? [],
      architecture: deb.architecture ?? "all",
      // `/opt//x/` → `/opt/x`: one spelling for the path the package installs into.
      prefix: (deb.prefix ?? `/opt/${service}`).replace(/\/+/g, "/").replace(/(.)\/$/, "$1")
    }
  };
}

// src/core/manifest/issues.ts
var IssueList = class {
  constructor(file) {
    this.file = file;
  }
  file;
  items = [];
  add(pos, message) {
    this.items.push({ file: this.file, line: pos.line, col: pos.col, message });
  }
  get length() {
    return this.items.length;
  }
  sorted() {
    return [...this.items].sort((a, b) => a.line - b.line || a.col - b.col);
  }
};
var SourceMap = class {
  constructor(lineCounter) {
    this.lineCounter = lineCounter;
  }
  lineCounter;
  root = { value: { line: 1, col: 1 } };
  rootRecorded = false;
  /** The 1-based position of a YAML node's first character. */
  posOf(node, fallback = { line: 1, col: 1 }) {
    const offset = node?.range?.[0];
    return offset === void 0 ? fallback : this.posAt(offset);
  }
  posAt(offset) {
    return this.lineCounter.linePos(offset);
  }
  /** `text` is kept for string scalars, so list entries can be found again by value. */
  record(path, key, value, text) {
    let node = this.root;
    if (path.length === 0) this.rootRecorded = true;
    for (const part of path) {
      node.children ??= /* @__PURE__ */ new Map();
      let child = node.children.get(part);
      if (child === void 0) {
        child = { value };
        node.children.set(part, child);
      }
      node = child;
    }
    node.key = key;
    node.value = value;
    node.text = text;
  }
  /** Where the first entry equal to `text` in the list at `path` is (else the list itself). */
  itemPos(path, text) {
    const list = this.find(path);
    for (let i = 0; ; i++) {
      const e = list?.children?.get(i);
      if (e === void 0) break;
      if (e.text === text) return e.value;
    }
    return this.value(path);
  }
  /** The keys written under `path`, in order, whether or not their values were valid. */
  childKeys(path) {
    const keys = [];
    for (const k of this.find(path)?.children?.keys() ?? [])
      if (typeof k === "string") keys.push(k);
    return keys;
  }
  /** The string written at `path`, when it is a string scalar. */
  text(path) {
    return this.find(path)?.text;
  }
  has(path) {
    return path.length === 0 ? this.rootRecorded : this.find(path) !== void 0;
  }
  /** Where the key naming `path` is (a service's name, `depends-on:`), else where its value is. */
  key(path) {
    const e = this.find(path);
    return e?.key ?? e?.value ?? { line: 1, col: 1 };
  }
  /** Where the value at `path` starts, else its key. */
  value(path) {
    return this.find(path)?.value ?? { line: 1, col: 1 };
  }
  find(path) {
    let node = this.root;
    for (const part of path) {
      node = node.children?.get(part);
      if (node === void 0) return void 0;
    }
    return node;
  }
};
function displayPath(path) {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out;
}

// src/core/manifest/structure.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/manifest/example.ts
var import_yaml = __toESM(require_dist(), 1);
function exampleOf(spec) {
  if (spec.examples?.length) return spec.examples[0];
  if (spec.default !== void 0) return spec.default;
  switch (spec.kind) {
    case "string":
      return "x";
    case "number":
      return spec.min ?? spec.max ?? 0;
    // a bound is always in range
    case "boolean":
      return true;
    case "enum":
      return spec.values[0];
    case "const":
      return spec.value;
    case "list":
      return [exampleOf(spec.items)];
    case "map": {
      const name = nameDoc(spec.entry).examples?.[0];
      return { [typeof name === "string" ? name : "name"]: exampleOf(spec.values) };
    }
    case "object":
      return Object.fromEntries(
        (spec.required ?? []).map((k) => [k, exampleOf(spec.fields[k])])
      );
    case "union":
      return exampleOf(variantSpec(spec, Object.keys(spec.variants)[0] ?? ""));
  }
}
function flowYaml(value) {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const parts = Object.entries(value).map(([k, v]) => `${flowYaml(k)}: ${flowYaml(v)}`);
    return `{${parts.join(", ")}}`;
  }
  if (typeof value === "string") {
    return /^[A-Za-z0-9_.][A-Za-z0-9_./*-]*$/.test(value) && (0, import_yaml.parse)(value) === value ? value : `'${value.replace(/'/g, "''")}'`;
  }
  return String(value);
}

// src/core/manifest/structure.ts
var NODE_BUDGET = 2e5;
function checkStructure(root, spec, ctx) {
  return new Walker(ctx).walk(root, spec, [], void 0);
}
var Walker = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  visited = 0;
  exhausted = false;
  /** Returns the accepted value, or undefined (after reporting why) when it cannot be used. */
  walk(raw, spec, path, keyPos) {
    if (++this.visited > NODE_BUDGET) {
      if (!this.exhausted) {
        this.exhausted = true;
        this.ctx.issues.add(
          this.ctx.locs.posOf(raw),
          `The manifest expands to more than ${NODE_BUDGET} values through aliases: write the repeated parts out instead of nesting \`*alias\` references.`
        );
      }
      return void 0;
    }
    const node = (0, import_yaml2.isAlias)(raw) ? raw.resolve(this.ctx.doc) : raw;
    const valuePos = this.ctx.locs.posOf(raw, keyPos);
    const text = (0, import_yaml2.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
    this.ctx.locs.record(path, keyPos, valuePos, text);
    if (node === null || node === void 0 || (0, import_yaml2.isScalar)(node) && node.value === null) {
      this.report(keyPos ?? valuePos, `${this.where(path)} has no value: ${this.fix(spec, path)}.`);
      return void 0;
    }
    switch (spec.kind) {
      case "string":
        return this.string(node, spec, path, valuePos);
      case "number":
        return this.number(node, spec, path, valuePos);
      case "boolean":
        return this.boolean(node, spec, path, valuePos);
      case "enum":
        return this.enumeration(node, spec, path, valuePos);
      case "const":
        return this.constant(node, spec, path, valuePos);
      case "list":
        return this.list(node, spec, path, keyPos, valuePos);
      case "map":
        return this.map(node, spec, path, keyPos, valuePos);
      case "object":
        return this.object(node, spec, path, keyPos, valuePos);
      case "union":
        return this.union(node, spec, path, keyPos, valuePos);
    }
  }
  string(node, spec, path, pos) {
    if (!(0, import_yaml2.isScalar)(node) || typeof node.value !== "string") {
      this.wrongType(
        node,
        spec,
        path,
        pos,
        (0, import_yaml2.isScalar)(node) ? " (quote it to make it a string)" : ""
      );
      return void 0;
    }
    const value = node.value;
    const problem = spec.format === "name" ? this.nameProblem(value, spec.entry ?? "project") : spec.format === "dir" ? dirError(value, spec.base) : spec.format === "pattern" ? patternError(value, spec.base) : spec.pattern !== void 0 && !compiled(spec.pattern).test(value) ? spec.patternHint ?? `does not match \`${spec.pattern}\`` : void 0;
    if (problem !== void 0) {
      const subject = value === "" || /[\r\n]/.test(value) ? this.where(path) : `${quoteValue(value)} in ${this.where(path, true)}`;
      this.report(pos, `${subject} ${problem.replace(/\.$/, "")}.`);
      return void 0;
    }
    return value;
  }
  number(node, spec, path, pos) {
    const value = (0, import_yaml2.isScalar)(node) ? node.value : void 0;
    if (typeof value !== "number") {
      const numeric = typeof value === "string" && isQuoted(node) && value.trim() !== "" && Number.isFinite(Number(value));
      this.wrongType(
        node,
        spec,
        path,
        pos,
        numeric ? " (remove the quotes to make it a number)" : ""
      );
      return void 0;
    }
    const { min, max } = spec;
    let problem;
    if (!Number.isFinite(value)) {
      problem = `is not a finite number: ${this.fix(spec, path)}`;
    } else if (spec.integer && !Number.isInteger(value)) {
      problem = `is not a whole number: write e.g. ${this.entry(path, nearestAllowed(value, spec))}`;
    } else if (min !== void 0 && value < min || max !== void 0 && value > max) {
      const range = min === void 0 ? `is more than ${max}` : max === void 0 ? `is less than ${min}` : `is not between ${min} and ${max}`;
      problem = `${range}: ${spec.rangeHint ?? this.fix(spec, path)}`;
    }
    if (problem === void 0) return value;
    this.report(pos, `${quoteValue(this.source(node))} in ${this.where(path, true)} ${problem}.`);
    return void 0;
  }
  boolean(node, spec, path, pos) {
    const value = (0, import_yaml2.isScalar)(node) ? node.value : void 0;
    if (typeof value === "boolean") return value;
    const text = typeof value === "string" ? value.trim().toLowerCase() : "";
    const meant = Object.hasOwn(BOOLEAN_WORDS, text) ? BOOLEAN_WORDS[text] : void 0;
    if (meant === void 0) {
      this.wrongType(node, spec, path, pos, "");
      return void 0;
    }
    const note = isQuoted(node) && (text === "true" || text === "false") ? " (remove the quotes to make it a boolean)" : " (YAML 1.2 reads only `true` and `false` as booleans)";
    this.wrongType(node, spec, path, pos, note, `write ${this.entry(path, meant)}`);
    return void 0;
  }
  enumeration(node, spec, path, pos) {
    const value = (0, import_yaml2.isScalar)(node) ? node.value : void 0;
    if (typeof value === "string" && spec.values.includes(value)) return value;
    const hint = (typeof value === "string" ? didYouMean(value, spec.values) : void 0) ?? `write e.g. \`${lastKey(path)}: ${flowYaml(exampleOf(spec))}\``;
    const message = `${this.where(path)} is ${this.describe(node)} but must be one of ${spec.values.join(", ")}: ${hint}.`;
    this.report(pos, message.replace(/\?\.$/, "?"));
    return void 0;
  }
  constant(node, spec, path, pos) {
    if ((0, import_yaml2.isScalar)(node) && node.value === spec.value) return spec.value;
    const want = flowYaml(spec.value);
    this.report(
      pos,
      `${this.where(path)} must be ${want}, not ${this.describe(node)}: write \`${lastKey(path)}: ${want}\` (${spec.title}), or remove the key.`
    );
    return void 0;
  }
  list(node, spec, path, keyPos, pos) {
    if (!(0, import_yaml2.isSeq)(node)) {
      this.wrongType(node, spec, path, pos, "");
      return void 0;
    }
    const out = [];
    const seen = /* @__PURE__ */ new Map();
    node.items.forEach((item, i) => {
      const value = this.walk(item, spec.items, [...path, i], void 0);
      if (value === void 0) return;
      const first = seen.get(value);
      if (spec.unique && first !== void 0) {
        this.report(
          this.ctx.locs.value([...path, i]),
          `${this.where(path)} lists ${quoteValue(value)} twice (also entry ${first + 1}): remove the duplicate.`
        );
        return;
      }
      seen.set(value, i);
      out.push(value);
    });
    if (spec.minItems !== void 0 && node.items.length < spec.minItems) {
      this.report(
        keyPos ?? pos,
        `${this.where(path)} has ${plural(node.items.length, "entry", "entries")} but needs at least ${spec.minItems}: ${spec.minItemsHint ?? `add ${spec.items.title}s`}.`
      );
    }
    return out;
  }
  map(node, spec, path, keyPos, pos) {
    if (!(0, import_yaml2.isMap)(node)) {
      this.wrongType(node, spec, path, pos, "");
      return void 0;
    }
    const out = /* @__PURE__ */ new Map();
    for (const pair of node.items) {
      const name = this.keyText(pair.key);
      const namePos = this.ctx.locs.posOf(pair.key, pos);
      const problem = this.nameProblem(name, spec.entry);
      if (problem !== void 0) {
        this.report(namePos, `${quoteValue(name)} in \`${displayPath(path)}\` ${problem}.`);
      }
      const value = this.walk(pair.value, spec.values, [...path, name], namePos);
      if (value !== void 0) out.set(name, value);
    }
    if (spec.minEntries !== void 0 && node.items.length < spec.minEntries) {
      this.report(
        keyPos ?? pos,
        `${this.where(path)} is empty: ${spec.minEntriesHint ?? `add a ${spec.entry}`}.`
      );
    }
    return out;
  }
  object(node, spec, path, keyPos, pos) {
    if (!(0, import_yaml2.isMap)(node)) {
      this.wrongType(node, spec, path, pos, "");
      return void 0;
    }
    const known = Object.keys(spec.fields);
    const out = {};
    const present = /* @__PURE__ */ new Set();
    for (const pair of node.items) {
      const key = this.keyText(pair.key);
      const at = this.ctx.locs.posOf(pair.key, pos);
      const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : void 0;
      if (field === void 0) {
        this.unknownKey(key, known, path, at);
        continue;
      }
      present.add(key);
      const value = this.walk(pair.value, field, [...path, key], at);
      if (value !== void 0) out[key] = value;
    }
    const anchor = keyPos ?? pos;
    for (const key of spec.required ?? []) {
      if (present.has(key)) continue;
      const example = flowYaml({ [key]: exampleOf(spec.fields[key]) }).slice(1, -1);
      this.report(anchor, `${this.where(path)} has no \`${key}\`: add it, e.g. \`${example}\`.`);
    }
    const oneOf = spec.requireOneOf;
    if (oneOf && !oneOf.keys.some((k) => present.has(k))) {
      const keys = oneOf.keys.map((k) => `\`${k}\``).join(" nor ");
      this.report(anchor, `${this.where(path)} has neither ${keys}: ${oneOf.hint}.`);
    }
    return out;
  }
  /**
   * The discriminator first: until it names a variant there is nothing to check the other keys
   * against, so a missing or unknown one is the only issue reported for the mapping.
   */
  union(node, spec, path, keyPos, pos) {
    if (!(0, import_yaml2.isMap)(node)) {
      this.wrongType(node, spec, path, pos, "");
      return void 0;
    }
    const key = spec.discriminator;
    const pair = node.items.find(
      (p) => this.keyText(p.key) === key
    );
    if (pair === void 0) {
      const tags = discriminatorSpec(spec);
      this.report(
        keyPos ?? pos,
        `${this.where(path)} has no \`${key}\`, which must be one of ${tags.values.join(", ")}: add it, e.g. ${this.entry([key], exampleOf(tags))}.`
      );
      return void 0;
    }
    const at = this.ctx.locs.posOf(pair.key, pos);
    const tag = this.walk(pair.value, discriminatorSpec(spec), [...path, key], at);
    if (tag === void 0) return void 0;
    return this.object(node, variantSpec(spec, tag), path, keyPos, pos);
  }
  unknownKey(key, known, path, at) {
    const where = path.length === 0 ? "" : ` in \`${displayPath(path)}\``;
    const kind = path.length === 0 ? "top-level key" : "key";
    const hint = didYouMean(key, known) ?? `remove it; the keys allowed here are ${known.map((k) => `\`${k}\``).join(", ")}`;
    this.report(at, `Unknown ${kind} ${quoteValue(key)}${where}: ${hint}.`.replace(/\?\.$/, "?"));
  }
  wrongType(node, spec, path, pos, note, fix = this.fix(spec, path)) {
    const want = spec.kind === "boolean" ? "true or false" : spec.title;
    this.report(
      pos,
      `${this.where(path)} must be ${want}, not ${this.describe(node)}${note}: ${fix}.`
    );
  }
  /** "write e.g. `path: services/catalog`". */
  fix(spec, path) {
    return `write e.g. ${this.entry(path, exampleOf(spec))}`;
  }
  /** "`path: services/catalog`" (list items and the root have no key to show). */
  entry(path, value) {
    const example = flowYaml(value);
    return typeof path[path.length - 1] === "string" ? `\`${lastKey(path)}: ${example}\`` : `\`${example}\``;
  }
  /** Undefined when `name` is valid, else what is wrong with it and a valid spelling. */
  nameProblem(name, entry) {
    if (NAME_RE.test(name)) return void 0;
    const fixed = name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63);
    const example = NAME_RE.test(fixed) ? fixed : String(nameDoc(entry).examples?.[0]);
    return `is not a valid ${entry} name: use 1\u201363 lowercase letters, digits and \`-\`, starting with a letter or digit, e.g. \`${example}\``;
  }
  /** The key as written: a number-like key (`42:`) keeps its spelling rather than its value. */
  keyText(key) {
    if ((0, import_yaml2.isScalar)(key) && typeof key.value === "string") return key.value;
    const range = key?.range;
    return range ? this.ctx.text.slice(range[0], range[1]).trim() : "";
  }
  describe(node) {
    if ((0, import_yaml2.isMap)(node)) return "a mapping";
    if ((0, import_yaml2.isSeq)(node)) return "a list";
    if ((0, import_yaml2.isScalar)(node)) {
      const v = node.value;
      if (typeof v === "string") return `the text ${quoteValue(v)}`;
      if (typeof v === "number" || typeof v === "bigint") return `the number ${this.source(node)}`;
      if (typeof v === "boolean") return `the boolean ${String(v)}`;
    }
    return "an unsupported value";
  }
  /** A scalar as written (`1.10`, not its value 1.1); falls back to its value. */
  source(node) {
    const range = node.range;
    const text = range ? this.ctx.text.slice(range[0], range[1]).trim() : "";
    return text !== "" ? text : String(node.value);
  }
  /** "`services.web.path`" or, for the root, "The manifest" (lowercase inside a sentence). */
  where(path, inSentence = false) {
    if (path.length === 0) return inSentence ? "the manifest" : "The manifest";
    return `\`${displayPath(path)}\``;
  }
  report(pos, message) {
    this.ctx.issues.add(pos, message);
  }
};
var patterns = /* @__PURE__ */ new Map();
function compiled(pattern) {
  let re = patterns.get(pattern);
  if (re === void 0) patterns.set(pattern, re = new RegExp(pattern, "u"));
  return re;
}
var BOOLEAN_WORDS = {
  true: true,
  false: false,
  yes: true,
  no: false,
  on: true,
  off: false,
  y: true,
  n: false
};
function nearestAllowed(value, spec) {
  return Math.min(spec.max ?? Infinity, Math.max(spec.min ?? -Infinity, Math.round(value)));
}
var isQuoted = (node) => (0, import_yaml2.isScalar)(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
var lastKey = (path) => String(path[path.length - 1] ?? "");
var quoteValue = (v) => `\`${String(v)}\``;
var plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// src/core/manifest/validate.ts
function checkReferences(raw, locs, issues) {
  new ReferenceChecker(raw, locs, issues).run();
}
var ReferenceChecker = class {
  constructor(raw, locs, issues) {
    this.raw = raw;
    this.locs = locs;
    this.issues = issues;
    this.librariesKnown = raw.libraries !== void 0 || !locs.has(["libraries"]);
    this.libraries = this.components("library", "libraries", raw.libraries);
    if (locs.has(["services"])) {
      this.servicesKnown = raw.services !== void 0;
      this.services = this.components("service", "services", raw.services);
    } else {
      this.servicesKnown = raw.name !== void 0;
      this.services = raw.name === void 0 ? [] : [{ kind: "service", name: raw.name, at: ["name"], dependsOn: [] }];
    }
  }
  raw;
  locs;
  issues;
  libraries;
  services;
  /** False when a map was present but unusable: then "unknown name" errors would only be noise. */
  librariesKnown;
  servicesKnown;
  byName = /* @__PURE__ */ new Map();
  run() {
    this.checkUniqueNames();
    this.checkDependencies();
    this.checkCycles();
    this.checkReleaseGroups();
    this.checkBuilds();
    this.checkPipelines();
    this.checkEnvironments();
  }
  /**
   * An environment places only declared services (on its own hosts, for ssh); the stage that
   * feeds it is a stage of each of them; a stage's `environment` names a declared one.
   */
  checkEnvironments() {
    const envs = this.raw.environments;
    const declared = this.locs.childKeys(["environments"]);
    if (this.locs.has(["environments"])) {
      const stagePaths = this.stageEnvironmentPaths();
      for (const { at, name } of stagePaths) {
        if (declared.includes(name)) continue;
        const hint = didYouMean(name, declared) ?? `declare it under \`environments\``;
        this.issues.add(
          this.locs.value(at),
          `\`${displayPath(at)}\` names environment \`${name}\`, which is not declared: ${hint}.`.replace(
            /\?\.$/,
            "?"
          )
        );
      }
    }
    if (envs === void 0) return;
    for (const [env, e] of envs) {
      const at = ["environments", env];
      (e.secrets ?? []).forEach((name, i) => {
        const why = neverForwarded(name);
        if (why) {
          this.issues.add(
            this.locs.value([...at, "secrets", i]),
            `\`${name}\` in \`${displayPath(at)}.secrets\` is never given to configuration: ${why}. Map the secret to a name of its own in the step's \`env:\`, e.g. \`DB_PASSWORD\`.`
          );
        }
      });
      const hosts = e.driver === "ssh" ? this.locs.childKeys([...at, "hosts"]) : [];
      for (const service of this.locs.childKeys([...at, "services"])) {
        const svc = this.byName.get(service);
        if (svc?.kind !== "service") {
          if (!this.servicesKnown) continue;
          const hint = didYouMean(
            service,
            this.services.map((x) => x.name)
          ) ?? "declare it under `services`, or remove it from the environment";
          this.issues.add(
            this.locs.key([...at, "services", service]),
            `Environment \`${env}\` places \`${service}\`, which is not a service: ${hint}.`.replace(
              /\?\.$/,
              "?"
            )
          );
          continue;
        }
        const listed = e.services?.get(service)?.hosts ?? [];
        for (const host of listed) {
          if (hosts.includes(host)) continue;
          const hint = didYouMean(host, hosts) ?? `its hosts are ${hosts.join(", ")}`;
          this.issues.add(
            this.locs.itemPos([...at, "services", service, "hosts"], host),
            `\`${displayPath([...at, "services", service, "hosts"])}\` names host \`${host}\`, which is not in \`${displayPath([...at, "hosts"])}\`: ${hint}.`.replace(
              /\?\.$/,
              "?"
            )
          );
        }
        if (e.stage === void 0) continue;
        const stages = this.stagesOf(service);
        if (!stages.includes(e.stage)) {
          this.issues.add(
            this.locs.value([...at, "stage"]),
            `Environment \`${env}\` is fed by stage \`${e.stage}\`, which is not in the pipeline of \`${service}\` (${stages.join(" \u2192 ")}): name one of its stages, or remove \`${service}\` from the environment.`
          );
        }
      }
    }
  }
  /** Every `environment:` a stage names: the manifest's list, services' lists and overrides. */
  stageEnvironmentPaths() {
    const found = [];
    const list = (at) => {
      for (let i = 0; this.locs.has([...at, i]); i++) {
        const name = this.locs.text([...at, i, "environment"]);
        if (name !== void 0) found.push({ at: [...at, i, "environment"], name });
      }
    };
    list(["pipeline", "stages"]);
    for (const service of this.locs.childKeys(["services"])) {
      list(["services", service, "pipeline", "stages"]);
      for (const stage of this.locs.childKeys(["services", service, "pipeline", "override"])) {
        const at = ["services", service, "pipeline", "override", stage, "environment"];
        const name = this.locs.text(at);
        if (name !== void 0) found.push({ at, name });
      }
    }
    return found;
  }
  /** The stage names a service's artifacts go through (its own list, the manifest's, or the default). */
  stagesOf(service) {
    const own = ["services", service, "pipeline", "stages"];
    const from = (at) => {
      const names = [];
      for (let i = 0; this.locs.has([...at, i]); i++) {
        const n = this.locs.text([...at, i, "name"]);
        if (n !== void 0) names.push(n);
      }
      return names;
    };
    if (this.locs.has(own)) return from(own);
    if (this.locs.has(["pipeline", "stages"])) return from(["pipeline", "stages"]);
    return [...DEFAULT_STAGE_NAMES];
  }
  /**
   * Stage names are unique in each list, and a service's `override` names only stages of the
   * list that service uses (its own `stages`, else the manifest's, else the default ones).
   */
  checkPipelines() {
    const defaultNames = this.stageNames(["pipeline", "stages"]) ?? [...DEFAULT_STAGE_NAMES];
    for (const name of this.locs.childKeys(["services"])) {
      const at = ["services", name, "pipeline"];
      const names = this.stageNames([...at, "stages"]) ?? defaultNames;
      for (const stage of this.locs.childKeys([...at, "override"])) {
        if (names.includes(stage)) continue;
        const hint = didYouMean(stage, names) ?? `the stages are ${[...new Set(names)].join(", ")}`;
        this.issues.add(
          this.locs.key([...at, "override", stage]),
          `\`${displayPath(at)}.override\` names stage \`${stage}\`, which is not in this ` + `service's pipeline: ${hint}.`.replace(/\?\.$/, "?")
        );
      }
    }
  }
  /** The names in a stage list, reporting each repeated one; undefined when there is no list. */
  stageNames(at) {
    if (!this.locs.has(at)) return void 0;
    const names = [];
    for (let i = 0; this.locs.has([...at, i]); i++) {
      const name = this.locs.text([...at, i, "name"]);
      if (name === void 0) continue;
      const first = names.indexOf(name);
      names.push(name);
      if (first >= 0) {
        const line = this.locs.value([...at, first, "name"]).line;
        this.issues.add(
          this.locs.value([...at, i, "name"]),
          `Stage \`${name}\` is already in \`${displayPath(at)}\` on line ${line}: each stage appears once in a pipeline, so rename or remove one of them.`
        );
      }
    }
    return names;
  }
  components(kind, key, map) {
    return this.locs.childKeys([key]).map((name) => ({
      kind,
      name,
      at: [key, name],
      dependsOn: map?.get(name)?.["depends-on"] ?? []
    }));
  }
  checkUniqueNames() {
    for (const c of [...this.libraries, ...this.services]) {
      const other = this.byName.get(c.name);
      if (other === void 0) {
        this.byName.set(c.name, c);
        continue;
      }
      if (other.kind === c.kind) continue;
      const [first, second] = this.inReadingOrder(other, c);
      this.issues.add(
        this.locs.key(second.at),
        `\`${c.name}\` is declared both as ${describe(first)} on line ${this.locs.key(first.at).line} and as ${describe(second)}: names must be unique across libraries and services, so rename one.`
      );
    }
  }
  checkDependencies() {
    for (const c of [...this.libraries, ...this.services]) {
      const listPath = [...c.at, "depends-on"];
      for (const dep of c.dependsOn) {
        const at = this.locs.itemPos(listPath, dep);
        const target = this.byName.get(dep);
        if (dep === c.name) {
          this.issues.add(
            at,
            `${capital(c.kind)} \`${c.name}\` depends on itself: remove \`${dep}\` from its \`depends-on\`.`
          );
        } else if (target === void 0) {
          this.reportUnknownDependency(c, dep, at);
        } else if (c.kind === "library" && target.kind === "service") {
          this.issues.add(
            at,
            `Library \`${c.name}\` depends on \`${dep}\`, which is a service: libraries may depend only on libraries, so move the shared code into a library or remove the dependency.`
          );
        }
      }
    }
  }
  reportUnknownDependency(c, dep, at) {
    const candidates = c.kind === "library" ? this.libraries : [...this.libraries, ...this.services];
    if (!this.librariesKnown || c.kind === "service" && !this.servicesKnown) return;
    const allowed = c.kind === "library" ? "a library" : "a library or a service";
    const hint = didYouMean(
      dep,
      candidates.filter((x) => x.name !== c.name).map((x) => x.name)
    ) ?? `declare it under \`${c.kind === "library" ? "libraries" : "libraries` or `services"}\`, or remove it`;
    this.issues.add(
      at,
      `\`${c.at.join(".")}.depends-on\` names \`${dep}\`, which is not ${allowed}: ${hint}.`.replace(
        /\?\.$/,
        "?"
      )
    );
  }
  /**
   * Depth-first search in declaration order. Each edge back onto the current path closes one
   * cycle, reported once at the `depends-on` entry that closes it; removing those edges leaves
   * the graph acyclic, so no cycle goes unreported.
   */
  checkCycles() {
    const nodes = [...this.byName.values()].sort((a, b) => this.compareDeclared(a, b));
    const edges = new Map(
      nodes.map((n) => [n.name, n.dependsOn.filter((d) => this.isUsableEdge(n, d))])
    );
    const done = /* @__PURE__ */ new Set();
    const onPath = /* @__PURE__ */ new Map();
    for (const start of nodes) {
      if (done.has(start.name)) continue;
      const path = [{ name: start.name, next: 0 }];
      onPath.set(start.name, 0);
      while (path.length > 0) {
        const top = path[path.length - 1];
        const out = edges.get(top.name);
        if (top.next >= out.length) {
          path.pop();
          onPath.delete(top.name);
          done.add(top.name);
          continue;
        }
        const to = out[top.next++];
        const back = onPath.get(to);
        if (back !== void 0) {
          this.reportCycle(
            [...path.slice(back).map((p) => p.name), to],
            this.byName.get(top.name)
          );
        } else if (!done.has(to)) {
          onPath.set(to, path.length);
          path.push({ name: to, next: 0 });
        }
      }
    }
  }
  isUsableEdge(from, to) {
    const target = this.byName.get(to);
    return to !== from.name && target !== void 0 && !(from.kind === "library" && target.kind === "service");
  }
  reportCycle(cycle, closer) {
    const closing = cycle[cycle.length - 1];
    this.issues.add(
      this.locs.itemPos([...closer.at, "depends-on"], closing),
      `Dependency cycle ${cycle.join(" \u2192 ")}: nothing in it can be built first, so remove one of these \`depends-on\` entries (e.g. \`${closing}\` from \`${closer.name}\`).`
    );
  }
  checkReleaseGroups() {
    const groups = this.raw["release-groups"];
    if (groups === void 0) return;
    const groupOf = /* @__PURE__ */ new Map();
    for (const [group, members] of groups) {
      const listPath = ["release-groups", group];
      for (const member of members) {
        const at = this.locs.itemPos(listPath, member);
        const target = this.byName.get(member);
        if (target?.kind === "service") {
          const other = groupOf.get(member);
          if (other === void 0) {
            groupOf.set(member, group);
            continue;
          }
          const line = this.locs.itemPos(["release-groups", other], member).line;
          this.issues.add(
            at,
            `Service \`${member}\` is already in release group \`${other}\` (line ${line}): a service ships with at most one group, so remove it from one of them.`
          );
        } else if (target?.kind === "library") {
          this.issues.add(
            at,
            `Release group \`${group}\` lists \`${member}\`, which is a library: groups list services (libraries ship inside the services that depend on them), so remove it.`
          );
        } else if (this.servicesKnown) {
          const hint = didYouMean(
            member,
            this.services.map((s) => s.name)
          ) ?? "declare it under `services`, or remove it from the group";
          this.issues.add(
            at,
            `Release group \`${group}\` lists \`${member}\`, which is not a service: ${hint}.`.replace(
              /\?\.$/,
              "?"
            )
          );
        }
      }
    }
  }
  checkBuilds() {
    const services = this.raw.services;
    if (this.locs.has(["build"]) && this.locs.has(["services"])) {
      const first = this.locs.childKeys(["services"])[0] ?? "catalog";
      this.issues.add(
        this.locs.key(["build"]),
        `A top-level \`build\` is only for a single-service repository (one without \`services\`): move it under the service it builds, e.g. \`services.${first}.build\`.`
      );
    }
    if (services !== void 0) {
      for (const [name, s] of services) {
        if (s.build) this.checkBuild(name, ["services", name, "build"], s.build);
      }
    } else if (this.raw.name !== void 0 && this.raw.build !== void 0) {
      this.checkBuild(this.raw.name, ["build"], this.raw.build);
    }
  }
  checkBuild(service, at, build) {
    const where = displayPath(at);
    (build.env ?? []).forEach((name, i) => {
      const why = typeof name === "string" ? neverForwarded(name) : void 0;
      if (why) {
        this.issues.add(
          this.locs.value([...at, "env", i]),
          `\`${name}\` in \`${where}.env\` is never passed to a build: ${why}. Remove it; pass what the build needs under another name in the step's \`env:\`.`
        );
      }
    });
    const prefix = build.deb?.prefix;
    if (typeof prefix === "string" && prefix.startsWith("/") && debianControlPrefix(prefix)) {
      this.issues.add(
        this.locs.value([...at, "deb", "prefix"]),
        `\`${prefix}\` in \`${where}.deb.prefix\` is inside /DEBIAN, the package's control area (its maintainer scripts run as root on install): install the build output elsewhere, e.g. \`/opt/${service}\`.`
      );
    }
    const hasDeb = this.locs.has([...at, "deb"]);
    const kind = build.kind ?? (this.locs.has([...at, "kind"]) ? void 0 : "archive");
    if (kind === "deb" && !hasDeb) {
      this.issues.add(
        this.locs.key(at),
        `\`${where}\` has \`kind: deb\` but no \`deb\` section: add one with the package maintainer, e.g. \`deb: {maintainer: 'Shop Team <ops@example.com>'}\`.`
      );
    } else if (kind === "archive" && hasDeb) {
      this.issues.add(
        this.locs.key([...at, "deb"]),
        `\`${where}.deb\` describes a Debian package, but the build makes an archive: remove \`deb\` or set \`kind: deb\`.`
      );
    } else if (kind === "deb" && build.deb !== void 0 && !this.locs.has([...at, "deb", "package"]) && !new RegExp(DEB_PACKAGE_PATTERN).test(service)) {
      this.issues.add(
        this.locs.key([...at, "deb"]),
        `The Debian package of \`${service}\` is named after the service by default, but \`${service}\` is not a valid package name (it needs at least two characters): set \`package\` in \`${where}.deb\`, e.g. \`package: ${service}-service\`.`
      );
    }
  }
  compareDeclared(a, b) {
    const pa = this.locs.key(a.at);
    const pb = this.locs.key(b.at);
    return pa.line - pb.line || pa.col - pb.col;
  }
  inReadingOrder(a, b) {
    return this.compareDeclared(a, b) <= 0 ? [a, b] : [b, a];
  }
};
var describe = (c) => c.at[0] === "name" ? "the single service `name`" : `a ${c.kind}`;
var capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function debianControlPrefix(prefix) {
  return prefix.split("/").find((c) => c !== "" && c !== ".") === "DEBIAN";
}

// src/core/manifest/load.ts
function parseManifest(text, file = DEFAULT_MANIFEST_FILE, shownAs = file) {
  if (text.length > MAX_MANIFEST_BYTES / 3) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > MAX_MANIFEST_BYTES) return { issues: [manifestTooLarge(bytes, shownAs)] };
  }
  const ctx = parseYaml(text, shownAs);
  const { doc, issues, locs } = ctx;
  if (issues.length > 0) return { issues: issues.sorted() };
  const root = doc.contents;
  if (root === null || root.range[0] === root.range[1] && !(0, import_yaml3.isMap)(root)) {
    issues.add(
      { line: 1, col: 1 },
      `${shownAs} is empty: declare the repository's \`services\` (or a \`name\` for a single-service repository); see docs/manifest.md.`
    );
    return { issues: issues.sorted() };
  }
  if (!(0, import_yaml3.isMap)(root)) {
    issues.add(
      locs.posOf(root),
      `The manifest must be a mapping of keys such as \`services:\` and \`global:\`, not ${(0, import_yaml3.isSeq)(root) ? "a list" : "a single value"}: see docs/manifest.md for its layout.`
    );
    return { issues: issues.sorted() };
  }
  const raw = checkStructure(root, manifestSpec, ctx) ?? {};
  checkReferences(raw, locs, issues);
  if (issues.length > 0) return { issues: issues.sorted() };
  return { manifest: buildManifest(raw, file, locs), issues: [] };
}
function parseYaml(text, file) {
  const issues = new IssueList(file);
  const lineCounter = new import_yaml3.LineCounter();
  const locs = new SourceMap(lineCounter);
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) issues.add(locs.posAt(e.pos[0]), yamlErrorMessage(e));
    return { doc, text, issues, locs };
  }
  reportRepeatedKeys(doc.contents, locs, issues);
  return { doc, text, issues, locs };
}
function reportRepeatedKeys(node, locs, issues) {
  if ((0, import_yaml3.isSeq)(node)) {
    for (const item of node.items) reportRepeatedKeys(item, locs, issues);
  } else if ((0, import_yaml3.isMap)(node)) {
    const seen = /* @__PURE__ */ new Set();
    for (const { key } of node.items) {
      if (!(0, import_yaml3.isScalar)(key)) continue;
      if (seen.has(key.value) && key.range) {
        issues.add(
          locs.posAt(key.range[0]),
          `YAML syntax error: Map keys must be unique: ${YAML_HINTS.DUPLICATE_KEY}.`
        );
      }
      seen.add(key.value);
    }
    for (const { key, value } of node.items) {
      reportRepeatedKeys(key, locs, issues);
      reportRepeatedKeys(value, locs, issues);
    }
  }
}
var YAML_HINTS = {
  DUPLICATE_KEY: "each key may appear once in a mapping, so remove or merge the repeated one",
  TAB_AS_INDENT: "YAML indents with spaces, so replace the tabs",
  BAD_INDENT: "indent it with spaces to line up with the entries it belongs to",
  MULTIPLE_DOCS: "the manifest is one document, so remove the `---` and what follows",
  MISSING_CHAR: "add the missing closing character",
  BAD_ALIAS: "define the anchor (`&name`) before using `*name`",
  BAD_SCALAR_START: "quote the value",
  BLOCK_AS_IMPLICIT_KEY: "put the key and its value on separate lines, or quote it",
  MULTILINE_IMPLICIT_KEY: "a key must fit on one line; check for a missing `:` or quote"
};
function yamlErrorMessage(e) {
  const what = e.message.split("\n")[0].replace(/\.$/, "");
  const hint = YAML_HINTS[e.code] ?? "check the quoting, brackets and indentation around here";
  return `YAML syntax error: ${what}: ${hint}.`;
}

// src/platform/manifest-load.ts
async function readManifest(at) {
  return parseManifestText(await readManifestText(at), at);
}
function parseManifestText(text, at) {
  const { manifest, issues } = parseManifest(text, at.file, at.shownAs);
  if (!manifest || issues.length) throw new ManifestError(issues);
  return manifest;
}

// src/core/artifact/pack.ts
import { randomBytes } from "node:crypto";
import { closeSync, constants as constants2, fstatSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname as dirname4, join as join4, resolve as resolve3 } from "node:path";

// src/core/artifact/gzip-members.ts
import { readSync } from "node:fs";
import { constants, gzip } from "node:zlib";
var MIB = 1024 * 1024;
var MEMBER_INPUT = MIB;
var IN_FLIGHT = 8;
var MEMBER_OUTPUT = MEMBER_INPUT + 64 * 1024;
var LEVEL = 6;
var GZIP_HEADER_PREFIX = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0]);
var GZIP_OS_UNIX = 3;
var GzipMemberWriter = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  free = [];
  queue = [];
  wake;
  block;
  pos = 0;
  /** Copies `src` into the stream. */
  async write(src) {
    for (let off = 0; off < src.length; ) {
      const block = await this.current();
      const n = src.copy(block, this.pos, off);
      off += n;
      this.advance(n);
    }
  }
  async zeros(count) {
    for (let left = count; left > 0; ) {
      const block = await this.current();
      const n = Math.min(left, MEMBER_INPUT - this.pos);
      block.fill(0, this.pos, this.pos + n);
      left -= n;
      this.advance(n);
    }
  }
  /**
   * Reads exactly `length` bytes of `fd` from its start into the stream, synchronously between
   * blocks: small files cost no promise and no thread-pool round trip, which the pool needs for
   * deflating. Returns the bytes read before end of file (less than `length`: the file shrank).
   */
  async readFrom(fd, length) {
    for (let done = 0; done < length; ) {
      const block = await this.current();
      const want = Math.min(MEMBER_INPUT - this.pos, length - done);
      const n = readSync(fd, block, this.pos, want, done);
      if (n === 0) return done;
      done += n;
      this.advance(n);
    }
    return length;
  }
  /** Deflates the last, partial block and hands every remaining member to the sink. */
  async end() {
    if (this.block && this.pos > 0) this.submit(this.block.subarray(0, this.pos), this.block);
    this.block = void 0;
    while (this.queue.length > 0) await this.writeHead();
  }
  async current() {
    if (this.block) return this.block;
    while (this.queue.length >= IN_FLIGHT) await this.writeHead();
    this.block = this.free.pop() ?? Buffer.allocUnsafe(MEMBER_INPUT);
    this.pos = 0;
    return this.block;
  }
  advance(n) {
    this.pos += n;
    if (this.pos === MEMBER_INPUT) {
      this.submit(this.block, this.block);
      this.block = void 0;
    }
  }
  submit(input, owner) {
    const member = { input: owner };
    this.queue.push(member);
    const options = { level: LEVEL, chunkSize: MEMBER_OUTPUT, flush: constants.Z_FINISH };
    gzip(input, options, (error, output) => {
      if (error) member.error = error;
      else member.output = output;
      const wake = this.wake;
      this.wake = void 0;
      wake?.();
    });
  }
  /** Waits for the oldest member, writes it, and recycles its input block. */
  async writeHead() {
    const head = this.queue[0];
    while (!head.output && !head.error) await new Promise((r) => this.wake = r);
    this.queue.shift();
    if (head.error) throw head.error;
    this.sink(normaliseHeader(head.output));
    this.free.push(head.input);
  }
};
function normaliseHeader(member) {
  for (let i = 0; i < GZIP_HEADER_PREFIX.length; i++) {
    if (member[i] !== GZIP_HEADER_PREFIX[i]) {
      throw new Error(
        `zlib wrote an unexpected gzip header byte ${i} (0x${member[i]?.toString(16)}); archives would not be reproducible.`
      );
    }
  }
  member[9] = GZIP_OS_UNIX;
  return member;
}

// src/core/artifact/pack-entries.ts
import { lstatSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { dirname as dirname3, isAbsolute as isAbsolute2, join as join3, resolve as resolve2 } from "node:path";

// src/core/artifact/tar.ts
var BLOCK_SIZE = 512;
var END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK_SIZE);
var TarType = {
  file: "0",
  oldFile: "\0",
  hardLink: "1",
  symlink: "2",
  charDevice: "3",
  blockDevice: "4",
  directory: "5",
  fifo: "6",
  contiguous: "7",
  paxLocal: "x",
  paxGlobal: "g",
  gnuLongName: "L",
  gnuLongLink: "K"
};
var TarFormatError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "TarFormatError";
  }
};
var F = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  mtime: [136, 12],
  checksum: [148, 8],
  type: [156, 1],
  linkName: [157, 100],
  magic: [257, 6],
  version: [263, 2],
  uname: [265, 32],
  gname: [297, 32],
  devMajor: [329, 8],
  devMinor: [337, 8],
  prefix: [345, 155]
};
function octalMax(len) {
  return 8 ** (len - 1) - 1;
}
var isPlainAscii = (s) => /^[\x20-\x7e]*$/.test(s);
function encodeUstarHeader(h) {
  const block = Buffer.alloc(BLOCK_SIZE);
  writeString(block, F.name, h.name, "name");
  writeOctal(block, F.mode, h.mode ?? 420);
  writeOctal(block, F.uid, h.uid ?? 0);
  writeOctal(block, F.gid, h.gid ?? 0);
  writeOctal(block, F.size, h.size ?? 0);
  writeOctal(block, F.mtime, h.mtime ?? 0);
  block.write(h.type, F.type[0], 1, "latin1");
  writeString(block, F.linkName, h.linkName ?? "", "linkname");
  block.write("ustar\0", F.magic[0], "latin1");
  block.write("00", F.version[0], "latin1");
  writeString(block, F.uname, h.uname ?? "", "uname");
  writeString(block, F.gname, h.gname ?? "", "gname");
  writeOctal(block, F.devMajor, h.devMajor ?? 0);
  writeOctal(block, F.devMinor, h.devMinor ?? 0);
  writeChecksum(block);
  return block;
}
function encodeEntryHeader(e) {
  const name = e.type === TarType.directory ? `${e.path}/` : e.path;
  const linkName = e.linkName ?? "";
  const pax = [];
  if (Buffer.byteLength(name) > F.name[1] || !isPlainAscii(name)) pax.push(["path", name]);
  if (Buffer.byteLength(linkName) > F.linkName[1] || !isPlainAscii(linkName)) {
    pax.push(["linkpath", linkName]);
  }
  if (e.size > octalMax(F.size[1])) pax.push(["size", String(e.size)]);
  const header = encodeUstarHeader({
    name: pax.some(([k]) => k === "path") ? asciiStandIn(name, F.name[1]) : name,
    type: e.type,
    mode: e.mode,
    size: e.size > octalMax(F.size[1]) ? 0 : e.size,
    mtime: e.mtime,
    linkName: pax.some(([k]) => k === "linkpath") ? asciiStandIn(linkName, F.linkName[1]) : linkName
  });
  if (pax.length === 0) return header;
  return Buffer.concat([encodePaxHeader(pax, e.mtime), header]);
}
function encodePaxHeader(records, mtime = 0) {
  const body = Buffer.concat(records.map(([k, v]) => paxRecord(k, v)));
  const header = encodeUstarHeader({
    // A fixed name keeps the archive reproducible (GNU tar puts its pid here).
    name: "PaxHeader",
    type: TarType.paxLocal,
    mode: 420,
    size: body.length,
    mtime
  });
  return Buffer.concat([header, body, Buffer.alloc(padding(body.length))]);
}
function paxRecord(key, value) {
  const rest = ` ${key}=${value}
`;
  const restLen = Buffer.byteLength(rest);
  let len = restLen + String(restLen).length;
  if (String(len).length + restLen !== len) len = restLen + String(len).length;
  return Buffer.from(`${len}${rest}`);
}
function padding(size) {
  return (BLOCK_SIZE - size % BLOCK_SIZE) % BLOCK_SIZE;
}
function asciiStandIn(s, max) {
  return s.replace(/[^\x20-\x7e]/g, "_").slice(0, max);
}
function writeString(block, [off, len], s, what) {
  const bytes = Buffer.from(s);
  if (bytes.length > len) {
    throw new TarFormatError(
      `tar ${what} "${s}" is ${bytes.length} bytes; the field holds ${len}.`
    );
  }
  bytes.copy(block, off);
}
function writeOctal(block, [off, len], n) {
  if (!Number.isInteger(n) || n < 0 || n > octalMax(len)) {
    throw new TarFormatError(`tar numeric field value ${n} does not fit ${len - 1} octal digits.`);
  }
  block.write(`${n.toString(8).padStart(len - 1, "0")}\0`, off, len, "latin1");
}
function writeChecksum(block) {
  block.fill(32, F.checksum[0], F.checksum[0] + F.checksum[1]);
  let sum = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) sum += block[i];
  block.write(`${sum.toString(8).padStart(6, "0")}\0 `, F.checksum[0], 8, "latin1");
}

// src/core/artifact/pack-entries.ts
var realpath3 = realpathSync.native;
var UnsafeEntryError = class extends Error {
  constructor(path, reason) {
    super(`Cannot pack ${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
    this.name = "UnsafeEntryError";
  }
  path;
  reason;
};
var PackEntry = class {
  constructor(root, path, type, mode, mtime, size = 0, linkName, dev = 0, ino = 0) {
    this.root = root;
    this.path = path;
    this.type = type;
    this.mode = mode;
    this.mtime = mtime;
    this.size = size;
    this.linkName = linkName;
    this.dev = dev;
    this.ino = ino;
  }
  root;
  path;
  type;
  mode;
  mtime;
  size;
  linkName;
  dev;
  ino;
  /** Absolute path on disk. */
  get abs() {
    return join3(this.root, ...this.path.split("/"));
  }
};
function listPackableEntries(srcDir, mtime) {
  const root = resolve2(srcDir);
  const realRoot = realpath3(root);
  const entries = [];
  const visit = (relDir) => {
    for (const name of readdirSync(relDir ? join3(root, relDir) : root)) {
      if (name === ".git") continue;
      const entry = describe2(root, realRoot, relDir ? `${relDir}/${name}` : name, mtime);
      entries.push(entry);
      if (entry.type === TarType.directory) visit(entry.path);
    }
  };
  visit("");
  return entries.sort(byUtf8Bytes);
}
function byUtf8Bytes(a, b) {
  if (HIGH_CODE_UNIT.test(a.path) || HIGH_CODE_UNIT.test(b.path)) {
    return Buffer.compare(Buffer.from(a.path), Buffer.from(b.path));
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
var HIGH_CODE_UNIT = /[\ud800-\uffff]/;
function describe2(root, realRoot, rel, mtime) {
  const abs = join3(root, ...rel.split("/"));
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (!st) {
    throw new UnsafeEntryError(
      rel,
      "it vanished while packing, or its name is not valid UTF-8. Finish the build before packing and use UTF-8 file names."
    );
  }
  if (st.isDirectory()) return new PackEntry(root, rel, TarType.directory, 493, mtime);
  if (st.isFile()) {
    const mode = st.mode & 73 ? 493 : 420;
    return new PackEntry(root, rel, TarType.file, mode, mtime, st.size, void 0, st.dev, st.ino);
  }
  if (st.isSymbolicLink()) {
    const linkName = readlinkSync(abs);
    checkLinkInside(root, realRoot, rel, abs, linkName);
    return new PackEntry(root, rel, TarType.symlink, 511, mtime, 0, linkName);
  }
  const kind = st.isSocket() ? "a socket" : st.isFIFO() ? "a named pipe (fifo)" : "a device";
  throw new UnsafeEntryError(
    rel,
    `it is ${kind}; only files, directories and symlinks can be packed. Remove it from the build output.`
  );
}
function checkLinkInside(root, realRoot, rel, abs, target) {
  const refuse = (why) => {
    throw new UnsafeEntryError(rel, `symlink to "${target}" ${why}`);
  };
  if (isAbsolute2(target)) {
    refuse("is absolute; make it relative to the link so it points inside the artifact.");
  }
  if (!isInside(root, resolve2(dirname3(abs), target))) {
    refuse(`points outside ${root}; copy the target into the build output instead.`);
  }
  let real;
  try {
    real = realpath3(abs);
  } catch (err) {
    const code = err.code;
    if (code === "ELOOP") refuse("is part of a symlink loop.");
    if (code !== "ENOENT") throw err;
  }
  if (real !== void 0 && !isInside(realRoot, real)) {
    refuse(`resolves through other links to ${real}, outside ${root}.`);
  }
}

// src/core/artifact/pack.ts
var ARCHIVE_FORMAT = "msdeploy-tar-gzip/2";
var PROGRESS_STEP = 1024 * 1024;
var MAX_MTIME = 8 ** 11 - 1;
async function packArchive(srcDir, outFile, opts) {
  if (!Number.isInteger(opts.mtime) || opts.mtime < 0 || opts.mtime > MAX_MTIME) {
    throw new RangeError(
      `Pack mtime ${opts.mtime} is not whole seconds between 0 and ${MAX_MTIME}; pass the commit time or SOURCE_DATE_EPOCH.`
    );
  }
  const root = resolve3(srcDir);
  const out = resolve3(outFile);
  if (isInside(root, dirname4(out))) {
    throw new Error(
      `The artifact file ${out} is inside the directory being packed (${root}); write it elsewhere.`
    );
  }
  const entries = listPackableEntries(root, opts.mtime);
  await opts.onListed?.(entries);
  const tmp = join4(dirname4(out), `.${basename(out)}.${randomBytes(6).toString("hex")}.partial`);
  try {
    const result = await writeArchive(entries, tmp, opts.onProgress);
    renameSync(tmp, out);
    return result;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
async function writeArchive(entries, tmp, onProgress) {
  const fd = openSync(tmp, "wx");
  try {
    const hash = new DigestStream();
    let size = 0;
    const out = new GzipMemberWriter((member) => {
      hash.update(member);
      for (let off = 0; off < member.length; ) off += writeSync(fd, member, off);
      size += member.length;
    });
    const { files, bytesIn } = await writeTar(entries, out, onProgress);
    await out.end();
    return { digest: hash.digest(), size, files, bytesIn, format: ARCHIVE_FORMAT };
  } finally {
    closeSync(fd);
  }
}
async function writeTar(entries, out, onProgress) {
  const total = entries.reduce((n, e) => n + e.size, 0);
  let done = 0;
  let files = 0;
  let reported = 0;
  for (const e of entries) {
    await out.write(encodeEntryHeader(e));
    if (e.type !== TarType.file) continue;
    files++;
    await copyWalkedFile(e, out);
    await out.zeros(padding(e.size));
    done += e.size;
    if (onProgress && done - reported >= PROGRESS_STEP) {
      onProgress(done, total);
      reported = done;
    }
  }
  await out.write(END_OF_ARCHIVE);
  onProgress?.(done, total);
  return { files, bytesIn: done };
}
async function copyWalkedFile(e, out) {
  const changed = () => new UnsafeEntryError(
    e.path,
    "it was replaced (by a symlink or another file) while packing; finish the build before packing."
  );
  let fd;
  try {
    fd = openSync(e.abs, constants2.O_RDONLY | constants2.O_NOFOLLOW);
  } catch (err) {
    throw err.code === "ELOOP" ? changed() : err;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.dev !== e.dev || st.ino !== e.ino) throw changed();
    if (st.size !== e.size) throw sizeChanged(e, st.size);
    const read = await out.readFrom(fd, e.size);
    if (read !== e.size) throw sizeChanged(e, read);
  } finally {
    closeSync(fd);
  }
}
function sizeChanged(e, actual) {
  return new UnsafeEntryError(
    e.path,
    `its size changed from ${e.size} to ${actual} bytes while packing; finish the build before packing.`
  );
}

// src/platform/dpkg.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import {
  chmod,
  copyFile,
  lutimes,
  mkdir,
  readlink,
  rename,
  rm as rm2,
  stat as stat4,
  symlink,
  utimes,
  writeFile as writeFile2
} from "node:fs/promises";
import { basename as basename2, dirname as dirname5, join as join5, posix, resolve as resolve4 } from "node:path";
var DebPackageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "DebPackageError";
  }
};
var DPKG_DEB = "dpkg-deb";
async function buildDeb(opts) {
  if (!Number.isInteger(opts.mtime) || opts.mtime < 0) {
    throw new DebPackageError(`Package mtime ${opts.mtime} is not whole seconds since the epoch.`);
  }
  controlFile(opts);
  const prefix = checkInstallPrefix(opts.installPrefix);
  const out = resolve4(opts.outFile);
  if (isInside(resolve4(opts.stageDir), dirname5(out))) {
    throw new DebPackageError(
      `The package file ${out} is inside the build output ${resolve4(opts.stageDir)}; write it elsewhere.`
    );
  }
  const work = join5(dirname5(out), `.${basename2(out)}.${randomBytes2(6).toString("hex")}.partial`);
  const root = join5(work, "root");
  const tmpDeb = join5(work, "package.deb");
  try {
    await mkdir(root, { recursive: true });
    await stageTree(opts, root, prefix);
    await runDpkgDeb(["--root-owner-group", "-Zgzip", "--build", root, tmpDeb], opts.mtime, work);
    const [digest, { size }] = await Promise.all([digestFile(tmpDeb), stat4(tmpDeb)]);
    await rename(tmpDeb, out);
    return { digest, size };
  } finally {
    await rm2(work, { recursive: true, force: true });
  }
}
function debianVersion(version2) {
  const plus = version2.indexOf("+");
  const main = plus === -1 ? version2 : version2.slice(0, plus);
  const build = plus === -1 ? "" : version2.slice(plus);
  const dash = main.indexOf("-");
  const converted = dash === -1 ? main : `${main.slice(0, dash)}~${main.slice(dash + 1).replaceAll("-", ".")}`;
  const result = converted + build.replaceAll("-", ".");
  if (!/^[0-9][A-Za-z0-9.+~]*$/.test(result)) {
    throw new DebPackageError(
      `Version "${version2}" cannot be a Debian version (got "${result}"): it must start with a digit and use only letters, digits and . + ~ - (Debian policy 5.6.12).`
    );
  }
  return result;
}
function controlFile(opts, installedSizeKb) {
  if (!/^[a-z0-9][a-z0-9+.-]+$/.test(opts.package)) {
    throw new DebPackageError(
      `Package name "${opts.package}" is invalid: Debian package names are at least two characters of lowercase letters, digits and + - . starting with a letter or digit (Debian policy 5.6.1).`
    );
  }
  const architecture = opts.architecture ?? "all";
  if (!/^[a-z0-9][a-z0-9-]*$/.test(architecture)) {
    throw new DebPackageError(
      `Architecture "${architecture}" is invalid: use a Debian architecture such as all, amd64 or arm64.`
    );
  }
  if (!/^[^\n<>]+ <[^\s<>@]+@[^\s<>]+>$/.test(opts.maintainer)) {
    throw new DebPackageError(
      `Maintainer "${opts.maintainer}" is invalid: write it as "Full Name <email@example.com>" (Debian policy 5.6.2).`
    );
  }
  const depends = opts.depends ?? [];
  for (const dep of depends) checkRelation(dep);
  const [synopsis, ...rest] = opts.description.replace(/\r\n?/g, "\n").trimEnd().split("\n");
  if (!synopsis?.trim()) {
    throw new DebPackageError(
      `Package ${opts.package} needs a description: its first line is the synopsis.`
    );
  }
  const extended = rest.map((line) => line.trim() === "" ? " ." : ` ${line}`);
  const fields = [
    `Package: ${opts.package}`,
    `Version: ${debianVersion(opts.version)}`,
    `Architecture: ${architecture}`,
    `Maintainer: ${opts.maintainer}`,
    ...installedSizeKb === void 0 ? [] : [`Installed-Size: ${installedSizeKb}`],
    ...depends.length ? [`Depends: ${depends.join(", ")}`] : [],
    `Section: misc`,
    `Priority: optional`,
    `Description: ${synopsis.trim()}`,
    ...extended
  ];
  return `${fields.join("\n")}
`;
}
var PACKAGE = "[a-z0-9][a-z0-9+.-]+(?::[a-z0-9-]+)?";
var VERSION_CONSTRAINT = "\\s*\\(\\s*(?:<<|<=|=|>=|>>)\\s*[A-Za-z0-9.+~:-]+\\s*\\)";
var RELATION = new RegExp(`^${PACKAGE}(?:${VERSION_CONSTRAINT})?$`);
function checkRelation(dep) {
  const alternatives = dep.split("|").map((a) => a.trim());
  if (alternatives.some((a) => !RELATION.test(a))) {
    throw new DebPackageError(
      `Dependency "${dep}" is invalid: write each as "package", "package (>= 1.2)" or alternatives "a | b" (Debian policy 7.1).`
    );
  }
}
function checkInstallPrefix(prefix) {
  const normal = posix.normalize(prefix);
  if (!prefix.startsWith("/") || normal === "/" || prefix.split("/").includes("..") || /[\n\\]/.test(prefix)) {
    throw new DebPackageError(
      `Install prefix "${prefix}" is invalid: use an absolute directory below the root, such as /opt/<service>.`
    );
  }
  if (normal.split("/")[1] === "DEBIAN") {
    throw new DebPackageError(
      `Install prefix "${prefix}" is inside /DEBIAN, the package's control area: install the build output elsewhere, such as /opt/<service>.`
    );
  }
  return normal.replace(/\/+$/, "");
}
async function stageTree(opts, root, prefix) {
  const { mtime } = opts;
  const entries = listPackableEntries(opts.stageDir, mtime);
  const installedSizeKb = entries.reduce(
    (kb, e) => kb + (e.type === TarType.file ? Math.ceil(e.size / 1024) : 1),
    0
  );
  const control = controlFile(opts, installedSizeKb);
  const dirs = [join5(root, "DEBIAN")];
  await mkdir(join5(root, "DEBIAN"));
  await writeFile2(join5(root, "DEBIAN", "control"), control);
  await setMeta(join5(root, "DEBIAN", "control"), 420, mtime);
  const segments = prefix.split("/").filter(Boolean);
  for (let i = 1; i <= segments.length; i++) dirs.push(join5(root, ...segments.slice(0, i)));
  await mkdir(join5(root, ...segments), { recursive: true });
  const base = join5(root, ...segments);
  for (const e of entries) {
    const target = join5(base, ...e.path.split("/"));
    if (e.type === TarType.directory) {
      await mkdir(target);
      dirs.push(target);
    } else if (e.type === TarType.file) {
      await copyFile(e.abs, target);
      await setMeta(target, e.mode, mtime);
    } else {
      await symlink(await readlink(e.abs), target);
      await lutimes(target, mtime, mtime);
    }
  }
  for (const dir of dirs.reverse()) await setMeta(dir, 493, mtime);
  await setMeta(root, 493, mtime);
}
async function setMeta(path, mode, mtime) {
  await chmod(path, mode);
  await utimes(path, mtime, mtime);
}
async function runDpkgDeb(args, mtime, cwd) {
  let r;
  try {
    r = await runProcess(DPKG_DEB, args, {
      cwd,
      extraEnv: { SOURCE_DATE_EPOCH: String(mtime) },
      installHint: "dpkg",
      tailLines: 60
    });
  } catch (e) {
    throw new DebPackageError(
      e instanceof ProgramNotFoundError ? `Cannot build a deb: ${DPKG_DEB} is not installed. Install the Debian package "dpkg" (apt-get install dpkg).` : `Cannot start ${DPKG_DEB}: ${e.message}`
    );
  }
  if (r.exitCode !== 0) {
    throw new DebPackageError(
      `${DPKG_DEB} ${args.join(" ")} failed (exit ${r.exitCode}):
${r.tail.join("\n").trim()}`
    );
  }
}

// src/platform/packer.ts
async function packArtifact(req) {
  if (req.kind === "archive") {
    return packArchive(req.outputDir, req.outFile, {
      mtime: req.mtime,
      onProgress: req.onProgress
    });
  }
  const deb = req.service.build?.deb;
  if (!deb)
    throw new Error(`Service ${req.service.name} builds a deb but has no build.deb section.`);
  return buildDeb({
    stageDir: req.outputDir,
    outFile: req.outFile,
    package: deb.package,
    version: req.version,
    maintainer: deb.maintainer,
    description: deb.description,
    depends: [...deb.depends],
    architecture: deb.architecture,
    installPrefix: deb.prefix,
    mtime: req.mtime
  });
}

// src/platform/local-store.ts
import { copyFile as copyFile2, mkdir as mkdir2, readdir as readdir2, readFile as readFile3, rename as rename2, rm as rm3, stat as stat5, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname6, join as join6, resolve as resolve5 } from "node:path";
import { randomUUID } from "node:crypto";
async function exists(path) {
  return stat5(path).then(
    () => true,
    () => false
  );
}
async function writeAtomic(path, data) {
  await mkdir2(dirname6(path), { recursive: true });
  const tmp = `${path}.${randomUUID()}.tmp`;
  await writeFile3(tmp, data);
  await rename2(tmp, path);
}
var LocalStore = class {
  kind = "local";
  root;
  constructor(root) {
    this.root = resolve5(root);
  }
  blob(digest) {
    return join6(this.root, "blobs", "sha256", digest.slice("sha256:".length));
  }
  async put(file, meta, provenance, onProgress) {
    if (!isDigest(meta.digest)) throw new Error(`Not a sha256 digest: ${String(meta.digest)}`);
    serviceName(meta.service);
    await verifyFile(file, meta.digest, file);
    const tagFile = join6(this.root, "tags", meta.service, tagName(meta.version));
    const tagged = (await readFile3(tagFile, "utf8").catch(() => void 0))?.trim();
    if (tagged !== void 0 && tagged !== meta.digest) {
      throw new Error(
        `${meta.service}@${meta.version} is already ${tagged} in the local store ${this.root}, not ${meta.digest}: a version never moves to other bytes. Build a new version (commit the change, or pass another version), or remove the old tag on purpose.`
      );
    }
    const blob = this.blob(meta.digest);
    await removeStale(dirname6(blob));
    let bytesUploaded = 0;
    if (!await exists(blob)) {
      await mkdir2(dirname6(blob), { recursive: true });
      const tmp = `${blob}.${randomUUID()}.tmp`;
      await copyFile2(file, tmp);
      await rename2(tmp, blob);
      bytesUploaded = meta.size;
    }
    onProgress?.(meta.size, meta.size);
    await writeAtomic(`${blob}.meta.json`, JSON.stringify(meta, null, 2) + "\n");
    await writeAtomic(`${blob}.provenance.json`, provenance);
    if (tagged === void 0) await writeAtomic(tagFile, meta.digest + "\n");
    return { ref: `local:${this.root}@${meta.digest}`, location: blob, bytesUploaded };
  }
  /** The digest `tags/<service>/<version>` names: at most one, since a version never moves. */
  async findVersion(service, version2) {
    const tagFile = join6(this.root, "tags", serviceName(service), tagName(version2));
    const text = (await readFile3(tagFile, "utf8").catch(() => void 0))?.trim();
    if (text === void 0) return [];
    if (!isDigest(text)) {
      throw new Error(
        `The tag file ${tagFile} in the local store holds ${JSON.stringify(text.slice(0, 80))}, not a sha256 digest: it was edited by hand. Restore it or delete it (and the blob it named) to build the version again.`
      );
    }
    return [text];
  }
  /**
   * Everything `get` checks, without copying: the blob exists, its metadata and provenance name
   * the digest (and the service), and the bytes still hash to it. Re-hashing a local file is
   * cheap, and it is what keeps a blob edited on disk from being promoted.
   */
  async inspect(service, digest, ref) {
    serviceName(service);
    if (!isDigest(digest)) throw new Error(`Not a sha256 digest: ${String(digest)}`);
    if (ref !== void 0) {
      const named = await this.resolve(ref);
      if (named !== digest) {
        throw new Error(
          `Artifact reference ${ref} names ${named}, not ${digest}: pass the reference of the artifact being inspected.`
        );
      }
    }
    const blob = this.blob(digest);
    const where = `${digest} in the local store ${this.root}`;
    if (!await exists(blob)) {
      throw new ArtifactNotFoundError(
        `Artifact ${digest} of ${service} is not in the local store ${this.root}: build it (msdeploy build ${service}) or use the store it was built into.`
      );
    }
    const { meta, provenance } = await this.boundMeta(digest);
    if (meta.service !== service) {
      throw new Error(
        `Artifact ${where} belongs to service ${meta.service}, not ${service}: check the service and digest.`
      );
    }
    const actual = await digestFile(blob);
    if (actual !== digest) throw new DigestMismatchError(digest, actual, where);
    return { meta, provenance, ref: `local:${this.root}@${digest}` };
  }
  /** Metadata and provenance, used only when bound to the digest they are stored under. */
  async boundMeta(digest) {
    const blob = this.blob(digest);
    const where = `${digest} in the local store ${this.root}`;
    const meta = JSON.parse(await readFile3(`${blob}.meta.json`, "utf8"));
    const provenance = await readFile3(`${blob}.provenance.json`);
    if (meta.digest !== digest) {
      throw new Error(
        `The metadata of ${where} names ${String(meta.digest)}: it belongs to other bytes; refusing the artifact.`
      );
    }
    checkProvenanceSubject(provenance, digest, where);
    return { meta, provenance };
  }
  /** Accepts `local:<root>@sha256:…`, a bare `sha256:…`, or `<service>@<version>`. */
  async resolve(ref) {
    const at = ref.lastIndexOf("@");
    const tail = at >= 0 ? ref.slice(at + 1) : ref;
    if (isDigest(tail)) {
      const head = ref.slice(0, Math.max(at, 0));
      if (head && !head.startsWith("local:")) {
        throw new Error(
          `Artifact reference ${JSON.stringify(ref)} names another kind of store, not the local store ${this.root}: open the store it names.`
        );
      }
      if (head && resolve5(head.slice("local:".length)) !== this.root) {
        throw new Error(`Artifact ${ref} is in another local store than ${this.root}.`);
      }
      return tail;
    }
    if (at > 0) {
      const service = serviceName(ref.slice(0, at));
      const tagFile = join6(this.root, "tags", service, tagName(tail));
      const text = await readFile3(tagFile, "utf8").catch(() => void 0);
      if (text && isDigest(text.trim())) return text.trim();
      throw new Error(`No artifact ${service}@${tail} in the local store ${this.root}.`);
    }
    throw new Error(
      `Cannot read artifact reference ${JSON.stringify(ref)}: expected local:<dir>@sha256:<hex> or <service>@<version>.`
    );
  }
  async get(ref, destFile, onProgress) {
    const digest = await this.resolve(ref);
    const blob = this.blob(digest);
    if (!await exists(blob))
      throw new ArtifactNotFoundError(`Artifact ${digest} is not in the local store ${this.root}.`);
    const { meta, provenance } = await this.boundMeta(digest);
    await mkdir2(dirname6(destFile), { recursive: true });
    const tmp = `${destFile}.${randomUUID()}.tmp`;
    await copyFile2(blob, tmp);
    try {
      await verifyFile(tmp, digest, `${ref} (local store)`);
    } catch (e) {
      await rm3(tmp, { force: true });
      throw e;
    }
    await rename2(tmp, destFile);
    onProgress?.(meta.size, meta.size);
    return { meta, provenance };
  }
};
var STALE_TEMP_MS = 15 * 60 * 1e3;
async function removeStale(dir) {
  const names = await readdir2(dir).catch(() => []);
  const now = Date.now();
  for (const name of names) {
    if (!name.endsWith(".tmp") && !name.endsWith(".partial")) continue;
    const file = join6(dir, name);
    const info = await stat5(file).catch(() => void 0);
    if (info && now - info.mtimeMs > STALE_TEMP_MS) await rm3(file, { force: true });
  }
}
function serviceName(service) {
  if (!NAME_RE.test(service)) {
    throw new Error(
      `Service name ${JSON.stringify(service)} is not a service name (${NAME_PATTERN}): the local store refuses it.`
    );
  }
  return service;
}
function tagName(version2) {
  if (!SAFE_VERSION_RE.test(version2))
    throw new Error(`Version ${JSON.stringify(version2)} has characters a tag cannot hold.`);
  return version2;
}

// src/platform/stores.ts
var DEFAULT_LOCAL_STORE = ".msdeploy/artifacts";
var STORE_KINDS = ["local", "github", "oci"];
function parseStoreKind(raw) {
  if (STORE_KINDS.includes(raw)) return raw;
  throw new SettingError(
    "store",
    (label) => `The ${label} is "${raw}": use one of ${STORE_KINDS.join(", ")}.`
  );
}
async function openStore(s, run, logger) {
  switch (s.kind) {
    case "local":
      return new LocalStore(s.path ?? DEFAULT_LOCAL_STORE);
    case "github": {
      const [{ GitHubArtifactStore }, { createGitHubApi }] = await Promise.all([
        import("./github-artifact-store-VOMHCLO4.js"),
        import("./github-7JON2NK3.js")
      ]);
      const { token } = s;
      const repository = run.repository;
      return new GitHubArtifactStore({
        token,
        repository,
        // Every GitHub REST call goes through createGitHubApi (retries, rate limits, timeouts).
        ...token && repository && {
          api: createGitHubApi({ token, repository, apiUrl: run.apiUrl, logger })
        },
        runId: run.runId,
        serverUrl: run.serverUrl,
        logger
      });
    }
    case "oci": {
      if (!s.registry) {
        throw new SettingError(
          "registry",
          (label) => `The oci store needs a registry repository, e.g. ghcr.io/acme/shop: set the ${label}.`
        );
      }
      const { OciStore } = await import("./store-IRLD2CMR.js");
      return new OciStore({
        repository: s.registry,
        username: s.username,
        password: s.password,
        insecure: s.insecure,
        logger
      });
    }
  }
}

// src/app/build.ts
async function buildArtifact(settings, run, logger) {
  const root = settings.manifest.root;
  const manifest = await readManifest(settings.manifest);
  const service = serviceByName(manifest, settings.service);
  await insideRepository(root, service.path, `Service ${service.name}'s path`);
  const git = new CliGit(root, { logger });
  const workDir = settings.workDir ?? await mkdtemp(join7(run.runnerTemp, "msdeploy-build-"));
  await mkdir3(workDir, { recursive: true });
  const ctx = await gatherBuildContext({
    git,
    run,
    repoRoot: root,
    workDir,
    version: settings.version
  });
  await checkManifestPaths(manifest, settings.manifest, git, ctx.commit, logger, {
    only: [service.name]
  });
  const store = await openStore(settings.store, run, logger);
  const result = await buildService(service, ctx, buildPorts(store, logger, settings.onProgress));
  const attestation = settings.attest ? await attestProvenance({
    statement: result.provenance,
    token: settings.token,
    logger,
    run
  }) : void 0;
  return { result, commit: ctx.commit, attestation };
}
function buildPorts(store, logger, onProgress) {
  return {
    runner: new BashRunner(),
    store,
    logger,
    clock: { now: () => /* @__PURE__ */ new Date() },
    pack: packArtifact,
    onProgress
  };
}

// src/core/report/build-report.ts
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
function testsLine(r) {
  if (r.tests.length === 0) return "none recorded";
  const t = totals(r.tests);
  return `${t.tests} run: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped (${r.tests.length} report${r.tests.length > 1 ? "s" : ""})`;
}
function buildSummary(r, commit) {
  const seconds = ((r.finishedOn.getTime() - r.startedOn.getTime()) / 1e3).toFixed(1);
  const rows = [
    ["service", `**${md(r.meta.service)}**`],
    ["version", mdCode(r.meta.version)],
    ["digest", mdCode(r.meta.digest)],
    ["size", formatBytes(r.meta.size)],
    ["kind", r.meta.kind],
    [
      "store",
      `${mdCode(r.stored.location)}${r.stored.bytesUploaded === 0 ? " (already there: nothing uploaded)" : ""}`
    ],
    ["reference", mdCode(r.stored.ref)],
    ["commit", mdCode(shortSha(commit))],
    ["build time", `${seconds} s`],
    ["tests", md(testsLine(r))]
  ];
  return fitSummary(
    `### msdeploy: built ${md(r.meta.service)} ${md(r.meta.version)}

${table(["", ""], rows)}
`,
    "the provenance file has every field."
  );
}

// src/platform/runner/outputs.ts
import { appendFile } from "node:fs/promises";
import { EOL as EOL2 } from "node:os";

// src/platform/runner/commands.ts
import { appendFileSync, existsSync } from "node:fs";
import { EOL } from "node:os";
function unguessableToken() {
  return globalThis.crypto.randomUUID();
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter(([, v]) => v !== void 0 && v !== "" && v !== 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function writeLine(text) {
  process.stdout.write(text + EOL);
}
function issueCommand(command, properties = {}, message = "") {
  writeLine(workflowCommand(command, properties, message));
}
function fileCommand(variable, name, value) {
  const path = runnerFile(variable);
  if (!path) {
    issueCommand(variable === "GITHUB_OUTPUT" ? "set-output" : "set-env", { name }, value);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(
      `The runner's ${variable} file ${path} does not exist: the runner creates it for each step, so run this action as a step of a job, or create the file first.`
    );
  }
  const delimiter = `ghadelimiter_${unguessableToken()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The ${variable} value for ${name} contains its own delimiter: not written.`);
  }
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
}

// src/platform/runner/outputs.ts
function setOutputs(outputs) {
  for (const [name, value] of Object.entries(outputs)) fileCommand("GITHUB_OUTPUT", name, value);
}
async function appendSummary(markdown) {
  const file = stepSummaryFile();
  if (!file) return;
  await appendFile(file, fitSummary(markdown) + EOL2, "utf8");
}
function setFailed(message) {
  process.exitCode = 1;
  issueCommand("error", {}, message);
}

// src/core/deploy/mask.ts
var MIN_FORM_LENGTH = 4;
function maskForms(value) {
  if (value === "") return [];
  const forms = /* @__PURE__ */ new Set([value]);
  const add = (f) => {
    if (f.length >= MIN_FORM_LENGTH) forms.add(f);
  };
  const lines = value.split(/\r?\n|\r/);
  if (lines.length > 1) for (const line of lines) add(line.trim());
  for (const text of [value, ...lines.length > 1 ? lines.map((l) => l.trim()) : []]) {
    const json = JSON.stringify(text).slice(1, -1);
    if (json !== text) add(json);
  }
  const bytes = Buffer.from(value, "utf8");
  add(bytes.toString("base64"));
  add(bytes.toString("base64url"));
  for (const shift of [0, 1, 2]) {
    const stable = alignedBase64(bytes, shift);
    add(stable);
    add(stable.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
function alignedBase64(bytes, shift) {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
  const start = [0, 2, 3][shift];
  const total = shift + bytes.length;
  const end = 4 * Math.floor(total / 3) + total % 3;
  return end > start ? encoded.slice(start, end) : "";
}

// src/platform/runner/logger.ts
function writeUntrusted(text) {
  if (!text.includes("::")) {
    writeLine(text);
    return;
  }
  const token = unguessableToken();
  writeLine(`::stop-commands::${token}`);
  writeLine(text);
  writeLine(`::${token}::`);
}
async function fenced(fn) {
  const token = unguessableToken();
  let partial = "";
  writeLine(`::stop-commands::${token}`);
  try {
    return await fn((chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) writeLine(line);
    });
  } finally {
    if (partial) writeLine(partial);
    writeLine(`::${token}::`);
  }
}
function annotation(where) {
  if (!where?.file) return {};
  return { file: where.file, line: where.line, col: where.col };
}
var actionsLogger = {
  debug: (message) => {
    if (runnerDebug()) writeUntrusted(message);
  },
  info: (message) => writeUntrusted(message),
  // Annotation text is escaped (newlines, %), so data can't break out of the command.
  warning: (message, where) => issueCommand("warning", annotation(where), message),
  error: (message, where) => issueCommand("error", annotation(where), message),
  untrusted: fenced,
  // The value, each line, its JSON and base64 forms: one `add-mask` each (escaped).
  mask: (value) => {
    for (const form of maskForms(value)) issueCommand("add-mask", {}, form);
  },
  group: async (title, fn) => {
    issueCommand("group", {}, title.replace(/[\r\n]+/g, " "));
    try {
      return await fn();
    } finally {
      issueCommand("endgroup");
    }
  }
};

// src/actions/run-action.ts
async function runAction(main) {
  try {
    await main(runContext(), actionsLogger);
  } catch (e) {
    const failure = asMsdeployError(e);
    for (const a of failure.annotations) {
      actionsLogger.error(a.message, { file: a.file, line: a.line, col: a.col });
    }
    if (failure.summary) await appendSummary(failure.summary).catch(() => void 0);
    setFailed(failure.messageFor("action"));
    process.exitCode = failure.exitCode;
  }
}

// src/app/settings.ts
function parseVersion(raw) {
  if (raw === void 0 || raw === "") return void 0;
  if (!isSemVer(raw)) {
    throw new SettingError(
      "version",
      (label) => `The ${label} must be a SemVer such as 1.4.0 or 1.4.0-rc.1+abc1234 (no path separators), got ${JSON.stringify(raw)}.`
    );
  }
  return raw;
}

// src/platform/runner/inputs.ts
function getInput(name, required = false) {
  const value = inputValue(name);
  if (required && !value) {
    throw new SettingError(name, (label) => `The ${label} is required: set it in \`with:\`.`);
  }
  return value;
}
function getBooleanInput(name, fallback) {
  const raw = inputValue(name).toLowerCase();
  if (raw === "") return fallback;
  if (["true", "yes", "1", "on"].includes(raw)) return true;
  if (["false", "no", "0", "off"].includes(raw)) return false;
  throw new SettingError(
    name,
    (label) => `The ${label} must be true or false, got ${JSON.stringify(raw)}.`
  );
}
function getSecretInput(name) {
  const value = inputValue(name);
  if (!value) return void 0;
  issueCommand("add-mask", {}, value);
  return value;
}

// src/actions/store-inputs.ts
import { resolve as resolve6 } from "node:path";
var StoreInput = {
  store: "store",
  storePath: "store-path",
  registry: "registry",
  registryUsername: "registry-username",
  registryPassword: "registry-password",
  insecureRegistry: "insecure-registry"
};
function getStoreSettings(root, token) {
  const password = getSecretInput(StoreInput.registryPassword);
  return {
    kind: parseStoreKind(getInput(StoreInput.store) || "github"),
    path: resolve6(root, getInput(StoreInput.storePath) || DEFAULT_LOCAL_STORE),
    registry: getInput(StoreInput.registry) || void 0,
    username: getInput(StoreInput.registryUsername) || void 0,
    password,
    insecure: getBooleanInput(StoreInput.insecureRegistry, false),
    token
  };
}

// src/actions/workspace.ts
import { join as join8, resolve as resolve7 } from "node:path";
function workspaceManifest(workingDirectory, file) {
  const dir = workingDirectory || ".";
  const name = file || DEFAULT_MANIFEST_FILE;
  return { root: resolve7(dir), file: name, shownAs: join8(dir, name) };
}

// src/actions/build-artifact/io.ts
var BuildInput = {
  service: "service",
  manifest: "manifest",
  workingDirectory: "working-directory",
  ...StoreInput,
  version: "version",
  attest: "attest",
  token: "token"
};
var BuildOutput = {
  version: "version",
  digest: "digest",
  artifact: "artifact",
  provenance: "provenance",
  kind: "kind",
  size: "size",
  location: "location",
  attestation: "attestation"
};
function getBuildSettings() {
  const token = getSecretInput(BuildInput.token);
  const manifest = workspaceManifest(
    getInput(BuildInput.workingDirectory),
    getInput(BuildInput.manifest)
  );
  return {
    manifest,
    service: getInput(BuildInput.service, true),
    store: getStoreSettings(manifest.root, token),
    version: parseVersion(getInput(BuildInput.version)),
    attest: getBooleanInput(BuildInput.attest, false),
    token
  };
}
function writeBuildOutputs({ result, attestation }) {
  setOutputs({
    [BuildOutput.version]: result.meta.version,
    [BuildOutput.digest]: result.meta.digest,
    [BuildOutput.artifact]: result.stored.ref,
    [BuildOutput.provenance]: result.provenancePath,
    [BuildOutput.kind]: result.meta.kind,
    [BuildOutput.size]: String(result.meta.size),
    [BuildOutput.location]: result.stored.location,
    [BuildOutput.attestation]: attestation?.url ?? attestation?.id ?? ""
  });
}

// src/actions/build-artifact/index.ts
await runAction(async (run, logger) => {
  const outcome = await buildArtifact(getBuildSettings(), run, logger);
  const { meta, stored } = outcome.result;
  await appendSummary(buildSummary(outcome.result, outcome.commit));
  logger.info(`${meta.service} ${meta.version} \u2192 ${meta.digest} (${stored.location})`);
  writeBuildOutputs(outcome);
});
