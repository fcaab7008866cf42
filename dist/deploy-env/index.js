import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 59800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = void 0;
const ed5 = __nccwpck_require__(96950);
const ed2 = __nccwpck_require__(24488);
const NSed3 = __nccwpck_require__(85699);
var isS = ed5.isS;
var isChar10 = ed5.isChar;
var isNameStartChar = ed5.isNameStartChar;
var isNameChar = ed5.isNameChar;
var S_LIST = ed5.S_LIST;
var NAME_RE = ed5.NAME_RE;
var isChar11 = ed2.isChar;
var isNCNameStartChar = NSed3.isNCNameStartChar;
var isNCNameChar = NSed3.isNCNameChar;
var NC_NAME_RE = NSed3.NC_NAME_RE;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const rootNS = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    xml: XML_NAMESPACE,
    xmlns: XMLNS_NAMESPACE,
};
const XML_ENTITIES = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    amp: "&",
    gt: ">",
    lt: "<",
    quot: "\"",
    apos: "'",
};
// EOC: end-of-chunk
const EOC = -1;
const NL_LIKE = -2;
const S_BEGIN = 0; // Initial state.
const S_BEGIN_WHITESPACE = 1; // leading whitespace
const S_DOCTYPE = 2; // <!DOCTYPE
const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
const S_DTD_OPEN_WAKA = 6;
const S_DTD_OPEN_WAKA_BANG = 7;
const S_DTD_COMMENT = 8; // <!--
const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
const S_DTD_PI = 11; // <?
const S_DTD_PI_ENDING = 12; // <?hi "there" ?
const S_TEXT = 13; // general stuff
const S_ENTITY = 14; // &amp and such
const S_OPEN_WAKA = 15; // <
const S_OPEN_WAKA_BANG = 16; // <!...
const S_COMMENT = 17; // <!--
const S_COMMENT_ENDING = 18; // <!-- blah -
const S_COMMENT_ENDED = 19; // <!-- blah --
const S_CDATA = 20; // <![CDATA[ something
const S_CDATA_ENDING = 21; // ]
const S_CDATA_ENDING_2 = 22; // ]]
const S_PI_FIRST_CHAR = 23; // <?hi, first char
const S_PI_REST = 24; // <?hi, rest of the name
const S_PI_BODY = 25; // <?hi there
const S_PI_ENDING = 26; // <?hi "there" ?
const S_XML_DECL_NAME_START = 27; // <?xml
const S_XML_DECL_NAME = 28; // <?xml foo
const S_XML_DECL_EQ = 29; // <?xml foo=
const S_XML_DECL_VALUE_START = 30; // <?xml foo=
const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
const S_XML_DECL_ENDING = 33; // <?xml ... ?
const S_OPEN_TAG = 34; // <strong
const S_OPEN_TAG_SLASH = 35; // <strong /
const S_ATTRIB = 36; // <a
const S_ATTRIB_NAME = 37; // <a foo
const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
const S_ATTRIB_VALUE = 39; // <a foo=
const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
const S_CLOSE_TAG = 43; // </a
const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
const TAB = 9;
const NL = 0xA;
const CR = 0xD;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const MINUS = 0x2D;
const FORWARD_SLASH = 0x2F;
const SEMICOLON = 0x3B;
const LESS = 0x3C;
const EQUAL = 0x3D;
const GREATER = 0x3E;
const QUESTION = 0x3F;
const OPEN_BRACKET = 0x5B;
const CLOSE_BRACKET = 0x5D;
const NEL = 0x85;
const LS = 0x2028; // Line Separator
const isQuote = (c) => c === DQUOTE || c === SQUOTE;
const QUOTES = [DQUOTE, SQUOTE];
const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
function nsPairCheck(parser, prefix, uri) {
    switch (prefix) {
        case "xml":
            if (uri !== XML_NAMESPACE) {
                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
            }
            break;
        case "xmlns":
            if (uri !== XMLNS_NAMESPACE) {
                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
            }
            break;
        default:
    }
    switch (uri) {
        case XMLNS_NAMESPACE:
            parser.fail(prefix === "" ?
                `the default namespace may not be set to ${uri}.` :
                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
            break;
        case XML_NAMESPACE:
            switch (prefix) {
                case "xml":
                    // Assinging the XML namespace to "xml" is fine.
                    break;
                case "":
                    parser.fail(`the default namespace may not be set to ${uri}.`);
                    break;
                default:
                    parser.fail("may not assign the xml namespace to another prefix.");
            }
            break;
        default:
    }
}
function nsMappingCheck(parser, mapping) {
    for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
    }
}
const isNCName = (name) => NC_NAME_RE.test(name);
const isName = (name) => NAME_RE.test(name);
const FORBIDDEN_START = 0;
const FORBIDDEN_BRACKET = 1;
const FORBIDDEN_BRACKET_BRACKET = 2;
/**
 * The list of supported events.
 */
__webpack_unused_export__ = [
    "xmldecl",
    "text",
    "processinginstruction",
    "doctype",
    "comment",
    "opentagstart",
    "attribute",
    "opentag",
    "closetag",
    "cdata",
    "error",
    "end",
    "ready",
];
const EVENT_NAME_TO_HANDLER_NAME = {
    xmldecl: "xmldeclHandler",
    text: "textHandler",
    processinginstruction: "piHandler",
    doctype: "doctypeHandler",
    comment: "commentHandler",
    opentagstart: "openTagStartHandler",
    attribute: "attributeHandler",
    opentag: "openTagHandler",
    closetag: "closeTagHandler",
    cdata: "cdataHandler",
    error: "errorHandler",
    end: "endHandler",
    ready: "readyHandler",
};
// eslint-disable-next-line @typescript-eslint/ban-types
class SaxesParser {
    /**
     * @param opt The parser options.
     */
    constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
            // This is the function we use to perform name checks on PIs and entities.
            // When namespaces are used, colons are not allowed in PI target names or
            // entity names. So the check depends on whether namespaces are used. See:
            //
            // https://www.w3.org/XML/xml-names-19990114-errata.html
            // NE08
            //
            this.nameStartCheck = isNCNameStartChar;
            this.nameCheck = isNCNameChar;
            this.isName = isNCName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsNS;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribNS;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
            this.ns = Object.assign({ __proto__: null }, rootNS);
            const additional = this.opt.additionalNamespaces;
            if (additional != null) {
                nsMappingCheck(this, additional);
                Object.assign(this.ns, additional);
            }
        }
        else {
            this.nameStartCheck = isNameStartChar;
            this.nameCheck = isNameChar;
            this.isName = isName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsPlain;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribPlain;
        }
        //
        // The order of the members in this table needs to correspond to the state
        // numbers given to the states that correspond to the methods being recorded
        // here.
        //
        this.stateTable = [
            /* eslint-disable @typescript-eslint/unbound-method */
            this.sBegin,
            this.sBeginWhitespace,
            this.sDoctype,
            this.sDoctypeQuote,
            this.sDTD,
            this.sDTDQuoted,
            this.sDTDOpenWaka,
            this.sDTDOpenWakaBang,
            this.sDTDComment,
            this.sDTDCommentEnding,
            this.sDTDCommentEnded,
            this.sDTDPI,
            this.sDTDPIEnding,
            this.sText,
            this.sEntity,
            this.sOpenWaka,
            this.sOpenWakaBang,
            this.sComment,
            this.sCommentEnding,
            this.sCommentEnded,
            this.sCData,
            this.sCDataEnding,
            this.sCDataEnding2,
            this.sPIFirstChar,
            this.sPIRest,
            this.sPIBody,
            this.sPIEnding,
            this.sXMLDeclNameStart,
            this.sXMLDeclName,
            this.sXMLDeclEq,
            this.sXMLDeclValueStart,
            this.sXMLDeclValue,
            this.sXMLDeclSeparator,
            this.sXMLDeclEnding,
            this.sOpenTag,
            this.sOpenTagSlash,
            this.sAttrib,
            this.sAttribName,
            this.sAttribNameSawWhite,
            this.sAttribValue,
            this.sAttribValueQuoted,
            this.sAttribValueClosed,
            this.sAttribValueUnquoted,
            this.sCloseTag,
            this.sCloseTagSawWhite,
            /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
    }
    /**
     * Indicates whether or not the parser is closed. If ``true``, wait for
     * the ``ready`` event to write again.
     */
    get closed() {
        return this._closed;
    }
    _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = undefined;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        // The logic is organized so as to minimize the need to check
        // this.opt.fragment while parsing.
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        // We want these to be all true if we are dealing with a fragment.
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
            this.sawRoot = fragmentOpt;
        // An XML declaration is intially possible only when parsing whole
        // documents.
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = undefined;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === undefined) {
            if (this.opt.forceXMLVersion === true) {
                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
            }
            defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
            version: undefined,
            encoding: undefined,
            standalone: undefined,
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
    }
    /**
     * The stream position the parser is currently looking at. This field is
     * zero-based.
     *
     * This field is not based on counting Unicode characters but is to be
     * interpreted as a plain index into a JavaScript string.
     */
    get position() {
        return this.chunkPosition + this.i;
    }
    /**
     * The column number of the next character to be read by the parser.  *
     * This field is zero-based. (The first column in a line is 0.)
     *
     * This field reports the index at which the next character would be in the
     * line if the line were represented as a JavaScript string.  Note that this
     * *can* be different to a count based on the number of *Unicode characters*
     * due to how JavaScript handles astral plane characters.
     *
     * See [[column]] for a number that corresponds to a count of Unicode
     * characters.
     */
    get columnIndex() {
        return this.position - this.positionAtNewLine;
    }
    /**
     * Set an event listener on an event. The parser supports one handler per
     * event type. If you try to set an event handler over an existing handler,
     * the old handler is silently overwritten.
     *
     * @param name The event to listen to.
     *
     * @param handler The handler to set.
     */
    on(name, handler) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
    }
    /**
     * Unset an event handler.
     *
     * @parma name The event to stop listening to.
     */
    off(name) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
    }
    /**
     * Make an error object. The error object will have a message that contains
     * the ``fileName`` option passed at the creation of the parser. If position
     * tracking was turned on, it will also have line and column number
     * information.
     *
     * @param message The message describing the error to report.
     *
     * @returns An error object with a properly formatted message.
     */
    makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
            if (msg.length > 0) {
                msg += ":";
            }
            msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
            msg += ": ";
        }
        return new Error(msg + message);
    }
    /**
     * Report a parsing error. This method is made public so that client code may
     * check for issues that are outside the scope of this project and can report
     * errors.
     *
     * @param message The error to report.
     *
     * @returns this
     */
    fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === undefined) {
            throw err;
        }
        else {
            handler(err);
        }
        return this;
    }
    /**
     * Write a XML data to the parser.
     *
     * @param chunk The XML data to write.
     *
     * @returns this
     */
    // We do need object for the type here. Yes, it often causes problems
    // but not in this case.
    write(chunk) {
        if (this.closed) {
            return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
            // We cannot return immediately because carriedFromPrevious may need
            // processing.
            end = true;
            chunk = "";
        }
        else if (typeof chunk === "object") {
            chunk = chunk.toString();
        }
        // We checked if performing a pre-decomposition of the string into an array
        // of single complete characters (``Array.from(chunk)``) would be faster
        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
        // isn't. (There may be Node-specific code that would perform faster than
        // ``Array.from`` but don't want to be dependent on Node.)
        if (this.carriedFromPrevious !== undefined) {
            // The previous chunk had char we must carry over.
            chunk = `${this.carriedFromPrevious}${chunk}`;
            this.carriedFromPrevious = undefined;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end &&
            // A trailing CR or surrogate must be carried over to the next
            // chunk.
            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
            // The chunk ends with a character that must be carried over. We cannot
            // know how to handle it until we get the next chunk or the end of the
            // stream. So save it for later.
            this.carriedFromPrevious = chunk[limit - 1];
            limit--;
            chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
            stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
    }
    /**
     * Close the current stream. Perform final well-formedness checks and reset
     * the parser tstate.
     *
     * @returns this
     */
    close() {
        return this.write(null);
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.0.
     *
     * @returns The character read.
     */
    getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if (code >= SPACE || code === TAB) {
                return code;
            }
            switch (code) {
                case NL:
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR:
                    // We may get NaN if we read past the end of the chunk, which is fine.
                    if (chunk.charCodeAt(i + 1) === NL) {
                        // A \r\n sequence is converted to \n so we have to skip over the
                        // next character. We already know it has a size of 1 so ++ is fine
                        // here.
                        this.i = i + 2;
                    }
                    // Otherwise, a \r is just converted to \n, so we don't have to skip
                    // ahead.
                    // In either case, \r becomes \n.
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    // If we get here, then code < SPACE and it is not NL CR or TAB.
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isChar10 that takes into account
            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
            // test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isChar10 that takes into account that in
        // this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.1.
     *
     * @returns {number} The character read.
     */
    getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
                code === TAB) {
                return code;
            }
            switch (code) {
                case NL: // 0xA
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR: { // 0xD
                    // We may get NaN if we read past the end of the chunk, which is
                    // fine.
                    const next = chunk.charCodeAt(i + 1);
                    if (next === NL || next === NEL) {
                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
                        // over the next character. We already know it has a size of 1.
                        this.i = i + 2;
                    }
                    // Otherwise, a CR is just converted to NL, no skip.
                }
                /* yes, fall through */
                case NEL: // 0x85
                case LS: // Ox2028
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isCharAndNotRestricted that takes into
            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
            // does not test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isCharAndNotRestricted that takes into
        // account that in this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Like ``getCode`` but with the return value normalized so that ``NL`` is
     * returned for ``NL_LIKE``.
     */
    getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
    }
    unget() {
        this.i = this.prevI;
        this.column--;
    }
    /**
     * Capture characters into a buffer until encountering one of a set of
     * characters.
     *
     * @param chars An array of codepoints. Encountering a character in the array
     * ends the capture. (``chars`` may safely contain ``NL``.)
     *
     * @return The character code that made the capture end, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            const isNLLike = c === NL_LIKE;
            const final = isNLLike ? NL : c;
            if (final === EOC || chars.includes(final)) {
                this.text += chunk.slice(start, this.prevI);
                return final;
            }
            if (isNLLike) {
                this.text += `${chunk.slice(start, this.prevI)}\n`;
                start = this.i;
            }
        }
    }
    /**
     * Capture characters into a buffer until encountering a character.
     *
     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
     *
     * @return ``true`` if we ran into the character. Otherwise, we ran into the
     * end of the current chunk.
     */
    captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            let c = this.getCode();
            switch (c) {
                case NL_LIKE:
                    this.text += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    c = NL;
                    break;
                case EOC:
                    this.text += chunk.slice(start);
                    return false;
                default:
            }
            if (c === char) {
                this.text += chunk.slice(start, this.prevI);
                return true;
            }
        }
    }
    /**
     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
     * this parser.
     *
     * @return The character code that made the test fail, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureNameChars() {
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            if (c === EOC) {
                this.name += chunk.slice(start);
                return EOC;
            }
            // NL is not a name char so we don't have to test specifically for it.
            if (!isNameChar(c)) {
                this.name += chunk.slice(start, this.prevI);
                return c === NL_LIKE ? NL : c;
            }
        }
    }
    /**
     * Skip white spaces.
     *
     * @return The character that ended the skip, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    skipSpaces() {
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC || !isS(c)) {
                return c;
            }
        }
    }
    setXMLVersion(version) {
        this.currentXMLVersion = version;
        /*  eslint-disable @typescript-eslint/unbound-method */
        if (version === "1.0") {
            this.isChar = isChar10;
            this.getCode = this.getCode10;
        }
        else {
            this.isChar = isChar11;
            this.getCode = this.getCode11;
        }
        /* eslint-enable @typescript-eslint/unbound-method */
    }
    // STATE ENGINE METHODS
    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
    // to be sure never to come back to this state later.
    sBegin() {
        // We are essentially peeking at the first character of the chunk. Since
        // S_BEGIN can be in effect only when we start working on the first chunk,
        // the index at which we must look is necessarily 0. Note also that the
        // following test does not depend on decoding surrogates.
        // If the initial character is 0xFEFF, ignore it.
        if (this.chunk.charCodeAt(0) === 0xFEFF) {
            this.i++;
            this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
    }
    sBeginWhitespace() {
        // We need to know whether we've encountered spaces or not because as soon
        // as we run into a space, an XML declaration is no longer possible. Rather
        // than slow down skipSpaces even in places where we don't care whether it
        // skipped anything or not, we check whether prevI is equal to the value of
        // i from before we skip spaces.
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
            this.xmlDeclPossible = false;
        }
        switch (c) {
            case LESS:
                this.state = S_OPEN_WAKA;
                // We could naively call closeText but in this state, it is not normal
                // to have text be filled with any data.
                if (this.text.length !== 0) {
                    throw new Error("no-empty text at start");
                }
                break;
            case EOC:
                break;
            default:
                this.unget();
                this.state = S_TEXT;
                this.xmlDeclPossible = false;
        }
    }
    sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
            case GREATER: {
                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                this.doctype = true; // just remember that we saw it.
                break;
            }
            case EOC:
                break;
            default:
                this.text += String.fromCodePoint(c);
                if (c === OPEN_BRACKET) {
                    this.state = S_DTD;
                }
                else if (isQuote(c)) {
                    this.state = S_DOCTYPE_QUOTE;
                    this.q = c;
                }
        }
    }
    sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.q = null;
            this.state = S_DOCTYPE;
        }
    }
    sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
            return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
            this.state = S_DOCTYPE;
        }
        else if (c === LESS) {
            this.state = S_DTD_OPEN_WAKA;
        }
        else if (isQuote(c)) {
            this.state = S_DTD_QUOTED;
            this.q = c;
        }
    }
    sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.state = S_DTD;
            this.q = null;
        }
    }
    sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
            case BANG:
                this.state = S_DTD_OPEN_WAKA_BANG;
                this.openWakaBang = "";
                break;
            case QUESTION:
                this.state = S_DTD_PI;
                break;
            default:
                this.state = S_DTD;
        }
    }
    sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
            this.openWakaBang = "";
        }
    }
    sDTDComment() {
        if (this.captureToChar(MINUS)) {
            this.text += "-";
            this.state = S_DTD_COMMENT_ENDING;
        }
    }
    sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
    }
    sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
        else {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.state = S_DTD_COMMENT;
        }
    }
    sDTDPI() {
        if (this.captureToChar(QUESTION)) {
            this.text += "?";
            this.state = S_DTD_PI_ENDING;
        }
    }
    sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
    }
    sText() {
        //
        // We did try a version of saxes where the S_TEXT state was split in two
        // states: one for text inside the root element, and one for text
        // outside. This was avoiding having to test this.tags.length to decide
        // what implementation to actually use.
        //
        // Peformance testing on gigabyte-size files did not show any advantage to
        // using the two states solution instead of the current one. Conversely, it
        // made the code a bit more complicated elsewhere. For instance, a comment
        // can appear before the root element so when a comment ended it was
        // necessary to determine whether to return to the S_TEXT state or to the
        // new text-outside-root state.
        //
        if (this.tags.length !== 0) {
            this.handleTextInRoot();
        }
        else {
            this.handleTextOutsideRoot();
        }
    }
    sEntity() {
        // This is essentially a specialized version of captureToChar(SEMICOLON...)
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        loop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case NL_LIKE:
                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    break;
                case SEMICOLON: {
                    const { entityReturnState } = this;
                    const entity = this.entity + chunk.slice(start, this.prevI);
                    this.state = entityReturnState;
                    let parsed;
                    if (entity === "") {
                        this.fail("empty entity name.");
                        parsed = "&;";
                    }
                    else {
                        parsed = this.parseEntity(entity);
                        this.entity = "";
                    }
                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
                        this.text += parsed;
                    }
                    // eslint-disable-next-line no-labels
                    break loop;
                }
                case EOC:
                    this.entity += chunk.slice(start);
                    // eslint-disable-next-line no-labels
                    break loop;
                default:
            }
        }
    }
    sOpenWaka() {
        // Reminder: a state handler is called with at least one character
        // available in the current chunk. So the first call to get code inside of
        // a state handler cannot return ``EOC``. That's why we don't test
        // for it.
        const c = this.getCode();
        // either a /, ?, !, or text is coming next.
        if (isNameStartChar(c)) {
            this.state = S_OPEN_TAG;
            this.unget();
            this.xmlDeclPossible = false;
        }
        else {
            switch (c) {
                case FORWARD_SLASH:
                    this.state = S_CLOSE_TAG;
                    this.xmlDeclPossible = false;
                    break;
                case BANG:
                    this.state = S_OPEN_WAKA_BANG;
                    this.openWakaBang = "";
                    this.xmlDeclPossible = false;
                    break;
                case QUESTION:
                    this.state = S_PI_FIRST_CHAR;
                    break;
                default:
                    this.fail("disallowed character in tag name");
                    this.state = S_TEXT;
                    this.xmlDeclPossible = false;
            }
        }
    }
    sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
            case "[CDATA[":
                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextBeforeRoot = true;
                }
                if (this.closedRoot && !this.reportedTextAfterRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextAfterRoot = true;
                }
                this.state = S_CDATA;
                this.openWakaBang = "";
                break;
            case "--":
                this.state = S_COMMENT;
                this.openWakaBang = "";
                break;
            case "DOCTYPE":
                this.state = S_DOCTYPE;
                if (this.doctype || this.sawRoot) {
                    this.fail("inappropriately located doctype declaration.");
                }
                this.openWakaBang = "";
                break;
            default:
                // 7 happens to be the maximum length of the string that can possibly
                // match one of the cases above.
                if (this.openWakaBang.length >= 7) {
                    this.fail("incorrect syntax.");
                }
        }
    }
    sComment() {
        if (this.captureToChar(MINUS)) {
            this.state = S_COMMENT_ENDING;
        }
    }
    sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
            this.state = S_COMMENT_ENDED;
            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
        }
        else {
            this.text += `-${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
    }
    sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.text += `--${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
        else {
            this.state = S_TEXT;
        }
    }
    sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
            this.state = S_CDATA_ENDING;
        }
    }
    sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
            this.state = S_CDATA_ENDING_2;
        }
        else {
            this.text += `]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
    }
    sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
            case GREATER: {
                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                break;
            }
            case CLOSE_BRACKET:
                this.text += "]";
                break;
            default:
                this.text += `]]${String.fromCodePoint(c)}`;
                this.state = S_CDATA;
        }
    }
    // We need this separate state to check the first character fo the pi target
    // with this.nameStartCheck which allows less characters than this.nameCheck.
    sPIFirstChar() {
        const c = this.getCodeNorm();
        // This is first because in the case where the file is well-formed this is
        // the branch taken. We optimize for well-formedness.
        if (this.nameStartCheck(c)) {
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
        else if (c === QUESTION || isS(c)) {
            this.fail("processing instruction without a target.");
            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        }
        else {
            this.fail("disallowed character in processing instruction name.");
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
    }
    sPIRest() {
        // Capture characters into a piTarget while ``this.nameCheck`` run on the
        // character read returns true.
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC) {
                this.piTarget += chunk.slice(start);
                return;
            }
            // NL cannot satisfy this.nameCheck so we don't have to test specifically
            // for it.
            if (!this.nameCheck(c)) {
                this.piTarget += chunk.slice(start, this.prevI);
                const isQuestion = c === QUESTION;
                if (isQuestion || isS(c)) {
                    if (this.piTarget === "xml") {
                        if (!this.xmlDeclPossible) {
                            this.fail("an XML declaration must be at the start of the document.");
                        }
                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
                    }
                    else {
                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
                    }
                }
                else {
                    this.fail("disallowed character in processing instruction name.");
                    this.piTarget += String.fromCodePoint(c);
                }
                break;
            }
        }
    }
    sPIBody() {
        if (this.text.length === 0) {
            const c = this.getCodeNorm();
            if (c === QUESTION) {
                this.state = S_PI_ENDING;
            }
            else if (!isS(c)) {
                this.text = String.fromCodePoint(c);
            }
        }
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        else if (this.captureToChar(QUESTION)) {
            this.state = S_PI_ENDING;
        }
    }
    sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            const { piTarget } = this;
            if (piTarget.toLowerCase() === "xml") {
                this.fail("the XML declaration must appear at the start of the document.");
            }
            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
                target: piTarget,
                body: this.text,
            });
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else if (c === QUESTION) {
            // We ran into ?? as part of a processing instruction. We initially took
            // the first ? as a sign that the PI was ending, but it is not. So we have
            // to add it to the body but we take the new ? as a sign that the PI is
            // ending.
            this.text += "?";
        }
        else {
            this.text += `?${String.fromCodePoint(c)}`;
            this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
    }
    sXMLDeclNameStart() {
        const c = this.skipSpaces();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (c !== EOC) {
            this.state = S_XML_DECL_NAME;
            this.name = String.fromCodePoint(c);
        }
    }
    sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.name += this.text;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (!(isS(c) || c === EQUAL)) {
            return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
            switch (this.name.length) {
                case 0:
                    this.fail("did not expect any more name/value pairs.");
                    break;
                case 1:
                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
                    break;
                default:
                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
            }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
    }
    sXMLDeclEq() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (c !== EQUAL) {
            this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
    }
    sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (!isQuote(c)) {
            this.fail("value must be quoted.");
            this.q = SPACE;
        }
        else {
            this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
    }
    sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (c === EOC) {
            return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
            case "version": {
                this.xmlDeclExpects = ["encoding", "standalone"];
                const version = value;
                this.xmlDecl.version = version;
                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
                if (!/^1\.[0-9]+$/.test(version)) {
                    this.fail("version number must match /^1\\.[0-9]+$/.");
                }
                // When forceXMLVersion is set, the XML declaration is ignored.
                else if (!this.opt.forceXMLVersion) {
                    this.setXMLVersion(version);
                }
                break;
            }
            case "encoding":
                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
                    this.fail("encoding value must match \
/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
                }
                this.xmlDeclExpects = ["standalone"];
                this.xmlDecl.encoding = value;
                break;
            case "standalone":
                if (value !== "yes" && value !== "no") {
                    this.fail("standalone value must match \"yes\" or \"no\".");
                }
                this.xmlDeclExpects = [];
                this.xmlDecl.standalone = value;
                break;
            default:
            // We don't need to raise an error here since we've already raised one
            // when checking what name was expected.
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
    }
    sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (!isS(c)) {
            this.fail("whitespace required.");
            this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
    }
    sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            if (this.piTarget !== "xml") {
                this.fail("processing instructions are not allowed before root.");
            }
            else if (this.name !== "version" &&
                this.xmlDeclExpects.includes("version")) {
                this.fail("XML declaration must contain a version.");
            }
            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
            this.name = "";
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else {
            // We got here because the previous character was a ?, but the question
            // mark character is not valid inside any of the XML declaration
            // name/value pairs.
            this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
    }
    sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
            return;
        }
        const tag = this.tag = {
            name: this.name,
            attributes: Object.create(null),
        };
        this.name = "";
        if (this.xmlnsOpt) {
            this.topNS = tag.ns = Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
            this.fail("documents may contain only one root.");
        }
        switch (c) {
            case GREATER:
                this.openTag();
                break;
            case FORWARD_SLASH:
                this.state = S_OPEN_TAG_SLASH;
                break;
            default:
                if (!isS(c)) {
                    this.fail("disallowed character in tag name.");
                }
                this.state = S_ATTRIB;
        }
    }
    sOpenTagSlash() {
        if (this.getCode() === GREATER) {
            this.openSelfClosingTag();
        }
        else {
            this.fail("forward-slash in opening tag not followed by >.");
            this.state = S_ATTRIB;
        }
    }
    sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
            return;
        }
        if (isNameStartChar(c)) {
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
            this.state = S_ATTRIB_VALUE;
        }
        else if (isS(c)) {
            this.state = S_ATTRIB_NAME_SAW_WHITE;
        }
        else if (c === GREATER) {
            this.fail("attribute without value.");
            this.pushAttrib(this.name, this.name);
            this.name = this.text = "";
            this.openTag();
        }
        else if (c !== EOC) {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
            case EOC:
                return;
            case EQUAL:
                this.state = S_ATTRIB_VALUE;
                break;
            default:
                this.fail("attribute without value.");
                // Should we do this???
                // this.tag.attributes[this.name] = "";
                this.text = "";
                this.name = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else if (isNameStartChar(c)) {
                    this.unget();
                    this.state = S_ATTRIB_NAME;
                }
                else {
                    this.fail("disallowed character in attribute name.");
                    this.state = S_ATTRIB;
                }
        }
    }
    sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
            this.q = c;
            this.state = S_ATTRIB_VALUE_QUOTED;
        }
        else if (!isS(c)) {
            this.fail("unquoted attribute value.");
            this.state = S_ATTRIB_VALUE_UNQUOTED;
            this.unget();
        }
    }
    sAttribValueQuoted() {
        // We deliberately do not use captureTo here. The specialized code we use
        // here is faster than using captureTo.
        const { q, chunk } = this;
        let { i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case q:
                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
                    this.name = this.text = "";
                    this.q = null;
                    this.state = S_ATTRIB_VALUE_CLOSED;
                    return;
                case AMP:
                    this.text += chunk.slice(start, this.prevI);
                    this.state = S_ENTITY;
                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
                    return;
                case NL:
                case NL_LIKE:
                case TAB:
                    this.text += `${chunk.slice(start, this.prevI)} `;
                    start = this.i;
                    break;
                case LESS:
                    this.text += chunk.slice(start, this.prevI);
                    this.fail("disallowed character.");
                    return;
                case EOC:
                    this.text += chunk.slice(start);
                    return;
                default:
            }
        }
    }
    sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
            this.state = S_ATTRIB;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else if (isNameStartChar(c)) {
            this.fail("no whitespace between attributes.");
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribValueUnquoted() {
        // We don't do anything regarding EOL or space handling for unquoted
        // attributes. We already have failed by the time we get here, and the
        // contract that saxes upholds states that upon failure, it is not safe to
        // rely on the data passed to event handlers (other than
        // ``onerror``). Passing "bad" data is not a problem.
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
            case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
                break;
            case LESS:
                this.fail("disallowed character.");
                break;
            case EOC:
                break;
            default:
                if (this.text.includes("]]>")) {
                    this.fail("the string \"]]>\" is disallowed in char data.");
                }
                this.pushAttrib(this.name, this.text);
                this.name = this.text = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else {
                    this.state = S_ATTRIB;
                }
        }
    }
    sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
            this.closeTag();
        }
        else if (isS(c)) {
            this.state = S_CLOSE_TAG_SAW_WHITE;
        }
        else if (c !== EOC) {
            this.fail("disallowed character in closing tag.");
        }
    }
    sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
            case GREATER:
                this.closeTag();
                break;
            case EOC:
                break;
            default:
                this.fail("disallowed character in closing tag.");
        }
    }
    // END OF STATE ENGINE METHODS
    handleTextInRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for performing the ]]> check. A previous version of this code, checked
        // ``this.text`` for the presence of ]]>. It simplified the code but was
        // very costly when character data contained a lot of entities to be parsed.
        //
        // Since we are using a specialized loop, we also keep track of the presence
        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
        //
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        scanLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                case CLOSE_BRACKET:
                    switch (forbiddenState) {
                        case FORBIDDEN_START:
                            forbiddenState = FORBIDDEN_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET:
                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET_BRACKET:
                            break;
                        default:
                            throw new Error("impossible state");
                    }
                    break;
                case GREATER:
                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                        this.fail("the string \"]]>\" is disallowed in char data.");
                    }
                    forbiddenState = FORBIDDEN_START;
                    break;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    forbiddenState = FORBIDDEN_START;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                default:
                    forbiddenState = FORBIDDEN_START;
            }
        }
        this.forbiddenState = forbiddenState;
    }
    handleTextOutsideRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for a specialized task. We keep track of the presence of non-space
        // characters in the text since these are errors when appearing outside the
        // document root element.
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        outRootLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const code = this.getCode();
            switch (code) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    nonSpace = true;
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                default:
                    if (!isS(code)) {
                        nonSpace = true;
                    }
            }
        }
        if (!nonSpace) {
            return;
        }
        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
        // to avoid reporting errors for every single character that is out of
        // place.
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextAfterRoot = true;
        }
    }
    pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
            const trimmed = value.trim();
            if (this.currentXMLVersion === "1.0" && trimmed === "") {
                this.fail("invalid attempt to undefine prefix in XML 1.0");
            }
            this.topNS[local] = trimmed;
            nsPairCheck(this, local, trimmed);
        }
        else if (name === "xmlns") {
            const trimmed = value.trim();
            this.topNS[""] = trimmed;
            nsPairCheck(this, "", trimmed);
        }
    }
    pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
    }
    /**
     * End parsing. This performs final well-formedness checks and resets the
     * parser to a clean state.
     *
     * @returns this
     */
    end() {
        var _a, _b;
        if (!this.sawRoot) {
            this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
            const tag = tags.pop();
            this.fail(`unclosed tag: ${tag.name}`);
        }
        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
            this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
            this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
    }
    /**
     * Resolve a namespace prefix.
     *
     * @param prefix The prefix to resolve.
     *
     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
     */
    resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== undefined) {
            return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
            uri = tags[index].ns[prefix];
            if (uri !== undefined) {
                return uri;
            }
        }
        uri = this.ns[prefix];
        if (uri !== undefined) {
            return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
    }
    /**
     * Parse a qname into its prefix and local name parts.
     *
     * @param name The name to parse
     *
     * @returns
     */
    qname(name) {
        // This is faster than using name.split(":").
        const colon = name.indexOf(":");
        if (colon === -1) {
            return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
            this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
    }
    processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
            // add namespace info to tag
            const { prefix, local } = this.qname(tag.name);
            tag.prefix = prefix;
            tag.local = local;
            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
            if (prefix !== "") {
                if (prefix === "xmlns") {
                    this.fail("tags may not have \"xmlns\" as prefix.");
                }
                if (uri === "") {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    tag.uri = prefix;
                }
            }
        }
        if (attribList.length === 0) {
            return;
        }
        const { attributes } = tag;
        const seen = new Set();
        // Note: do not apply default ns to attributes:
        //   http://www.w3.org/TR/REC-xml-names/#defaulting
        for (const attr of attribList) {
            const { name, prefix, local } = attr;
            let uri;
            let eqname;
            if (prefix === "") {
                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
                eqname = name;
            }
            else {
                uri = this.resolve(prefix);
                // if there's any attributes with an undefined namespace,
                // then fail on them now.
                if (uri === undefined) {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    uri = prefix;
                }
                eqname = `{${uri}}${local}`;
            }
            if (seen.has(eqname)) {
                this.fail(`duplicate attribute: ${eqname}.`);
            }
            seen.add(eqname);
            attr.uri = uri;
            attributes[name] = attr;
        }
        this.attribList = [];
    }
    processAttribsPlain() {
        const { attribList } = this;
        // eslint-disable-next-line prefer-destructuring
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
            if (attributes[name] !== undefined) {
                this.fail(`duplicate attribute: ${name}.`);
            }
            attributes[name] = value;
        }
        this.attribList = [];
    }
    /**
     * Handle a complete open tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onopentag``.
     */
    openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete self-closing tag. This parser code calls this once it has
     * seen the whole tag. This method checks for well-formeness and then emits
     * ``onopentag`` and ``onclosetag``.
     */
    openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
            this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete close tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onclosetag``.
     */
    closeTag() {
        const { tags, name } = this;
        // Our state after this will be S_TEXT, no matter what, and we can clear
        // tagName now.
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
            this.fail("weird empty close tag.");
            this.text += "</>";
            return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
            const tag = this.tag = tags.pop();
            this.topNS = tag.ns;
            handler === null || handler === void 0 ? void 0 : handler(tag);
            if (tag.name === name) {
                break;
            }
            this.fail("unexpected close tag.");
        }
        if (l === 0) {
            this.closedRoot = true;
        }
        else if (l < 0) {
            this.fail(`unmatched closing tag: ${name}.`);
            this.text += `</${name}>`;
        }
    }
    /**
     * Resolves an entity. Makes any necessary well-formedness checks.
     *
     * @param entity The entity to resolve.
     *
     * @returns The parsed entity.
     */
    parseEntity(entity) {
        // startsWith would be significantly slower for this test.
        if (entity[0] !== "#") {
            const defined = this.ENTITIES[entity];
            if (defined !== undefined) {
                return defined;
            }
            this.fail(this.isName(entity) ? "undefined entity." :
                "disallowed character in entity name.");
            return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
            num = parseInt(entity.slice(2), 16);
        }
        else if (/^#[0-9]+$/.test(entity)) {
            num = parseInt(entity.slice(1), 10);
        }
        // The character reference is required to match the CHAR production.
        if (!this.isChar(num)) {
            this.fail("malformed character entity.");
            return `&${entity};`;
        }
        return String.fromCodePoint(num);
    }
}
__webpack_unused_export__ = SaxesParser;
//# sourceMappingURL=saxes.js.map

/***/ }),

/***/ 96950:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 5th edition of XML 1.0.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= SPACE && c <= 0xD7FF) ||
        c === NL || c === CR || c === TAB ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed5.js.map

/***/ }),

/***/ 24488:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 2nd edition of XML 1.1.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= 0x0001 && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
 */
function isRestrictedChar(c) {
    return (c >= 0x1 && c <= 0x8) ||
        c === 0xB ||
        c === 0xC ||
        (c >= 0xE && c <= 0x1F) ||
        (c >= 0x7F && c <= 0x84) ||
        (c >= 0x86 && c <= 0x9F);
}
exports.isRestrictedChar = isRestrictedChar;
/**
 * Determines whether a codepoint matches the ``CHAR`` production and does not
 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
 * than running the two-call equivalent.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
 * ``RESTRICTED_CHAR``.
 */
function isCharAndNotRestricted(c) {
    return (c === 0x9) ||
        (c === 0xA) ||
        (c === 0xD) ||
        (c > 0x1F && c < 0x7F) ||
        (c === 0x85) ||
        (c > 0x9F && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isCharAndNotRestricted = isCharAndNotRestricted;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed2.js.map

/***/ }),

/***/ 85699:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character class utilities for XML NS 1.0 edition 3.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
// tslint:disable-next-line:max-line-length
exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
/**
 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNCNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        c === 0x5F ||
        (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNCNameStartChar = isNCNameStartChar;
/**
 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
function isNCNameChar(c) {
    return isNCNameStartChar(c) ||
        (c === 0x2D ||
            c === 0x2E ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x00B7 ||
            (c >= 0x0300 && c <= 0x036F) ||
            (c >= 0x203F && c <= 0x2040));
}
exports.isNCNameChar = isNCNameChar;
//# sourceMappingURL=ed3.js.map

/***/ }),

/***/ 50961:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _app_deploy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(60512);
/* harmony import */ var _app_rollback_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8875);
/* harmony import */ var _core_report_deploy_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(41634);
/* harmony import */ var _platform_runner_outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(38928);
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(63289);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(25868);
/** deploy-env: deploy a release of one service to one environment, with health and rollback. */






await (0,_run_action_js__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .C)(async (run, logger) => {
    const request = (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .getDeployRequest */ .Js)();
    const outcome = request.kind === 'rollback'
        ? await (0,_app_rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .rollback */ .d)(request.settings, run, logger)
        : await (0,_app_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .deploy */ .gg)(request.settings, run, logger);
    await (0,_platform_runner_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .appendSummary */ .fe)((0,_core_report_deploy_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .deploySummary */ .e)(outcome));
    logger.info(outcome.message);
    (0,_io_js__WEBPACK_IMPORTED_MODULE_5__/* .writeDeployOutputs */ .Xu)(outcome);
    if (outcome.failed)
        throw new _app_deploy_js__WEBPACK_IMPORTED_MODULE_0__/* .DeployFailed */ .Nr(outcome.message);
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 25868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Js: () => (/* binding */ getDeployRequest),
  Xu: () => (/* binding */ writeDeployOutputs)
});

// UNUSED EXPORTS: DeployInput, DeployOutput

;// CONCATENATED MODULE: ./src/core/changes/base.ts
const base_DEFAULT_MAX_FETCH_ROUNDS = 8;
const FIRST_DEEPEN = 50;
const ZERO_SHA = /^0+$/;
const HEX_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
/** What git allows in a branch name, minus what would confuse a refspec. */
// eslint-disable-next-line no-control-regex
const SAFE_BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)[^\s:^~?*[\\\x00-\x1f\x7f]+$/;
const PR_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
async function resolveBase(req, ports) {
    return new BaseResolver(req, ports).resolve();
}
/** `abc1234` for a sha; other revisions are shown as given. */
function base_short(rev) {
    return HEX_SHA.test(rev) ? rev.slice(0, 7) : rev;
}
class BaseResolver {
    req;
    ports;
    git;
    logger;
    maxRounds;
    event;
    /** Commits of history fetched by deepening so far (for the reason when we give up). */
    deepened = 0;
    rounds = 0;
    constructor(req, ports) {
        this.req = req;
        this.ports = ports;
        this.git = ports.git;
        this.logger = ports.logger;
        this.event = req.event;
        const rounds = req.maxFetchRounds ?? base_DEFAULT_MAX_FETCH_ROUNDS;
        if (!Number.isInteger(rounds) || rounds < 0) {
            throw new Error(`max-fetch-rounds must be a whole number of rounds (0 or more), got ${String(req.maxFetchRounds)}.`);
        }
        this.maxRounds = rounds;
    }
    async resolve() {
        const headRev = this.req.head ?? this.eventHead();
        const head = await this.requireHead(headRev);
        if (this.req.base !== undefined && this.req.base !== '') {
            return this.explicitBase(this.req.base, head);
        }
        if (this.req.policy === 'last-successful') {
            const last = await this.lastSuccessful(head);
            if ('kind' in last)
                return last;
            const fallback = await this.byEvent(head);
            this.logger.info(`last-successful: ${last.note}; using the event's base instead.`);
            return { ...fallback, reason: `${last.note}, so using the event's base: ${fallback.reason}` };
        }
        return this.byEvent(head);
    }
    eventHead() {
        const p = this.event.payload;
        if (PR_EVENTS.has(this.event.eventName))
            return str(p, 'pull_request', 'head', 'sha') ?? this.event.sha;
        if (this.event.eventName === 'merge_group')
            return str(p, 'merge_group', 'head_sha') ?? this.event.sha;
        return this.event.sha;
    }
    async requireHead(rev) {
        const sha = await this.ensureCommit(rev);
        if (sha)
            return sha;
        throw new Error(`The head commit ${rev} is neither in the checkout nor fetchable from origin. ` +
            'Check out the commit being built first (actions/checkout), or pass a head input that exists.');
    }
    /**
     * An explicit base. A branch name means "where head left that branch" (their merge-base, as
     * for a pull request): a branch that moved on since must not bring its own changes along.
     * A sha, a tag or an expression (`main~3`) is taken exactly.
     */
    async explicitBase(rev, head) {
        let base = await this.git.resolveCommit(rev);
        let branch = base !== undefined && !HEX_SHA.test(rev) && (await this.git.isBranch(rev));
        if (!base) {
            if (HEX_SHA.test(rev)) {
                base = await this.ensureCommit(rev);
            }
            else {
                // Not in the checkout: only a branch of origin can be fetched by name.
                base = await this.branchTip(rev.startsWith('origin/') ? rev.slice('origin/'.length) : rev);
                branch = base !== undefined;
            }
        }
        if (!base) {
            throw new Error(`The base input ${JSON.stringify(rev)} is neither a commit in the checkout nor fetchable from ` +
                'origin. Pass a sha, tag or branch that exists (origin/<branch> works in shallow clones).');
        }
        if (!branch) {
            const what = rev === base ? base_short(base) : `${rev} (${base_short(base)})`;
            return diff(base, head, `base input ${what}, a commit or tag: compared exactly`);
        }
        const label = `base input ${rev}, a branch`;
        const mb = await this.mergeBase(base, head);
        if (!mb.found)
            return this.noCommonHistory(label, base, head, mb.complete);
        let reason = `${label}: changes since ${base_short(head)} left it at ${base_short(mb.found)}`;
        if (mb.found !== base) {
            reason += `; ${rev} has moved on to ${base_short(base)} since, and its own changes are not counted`;
        }
        return diff(mb.found, head, reason);
    }
    async byEvent(head) {
        const name = this.event.eventName;
        if (PR_EVENTS.has(name))
            return this.pullRequest(head);
        if (name === 'push')
            return this.push(head);
        if (name === 'merge_group')
            return this.mergeGroup(head);
        const what = name === 'local' || name === ''
            ? 'no base given and none could be worked out'
            : `${name} without a base input`;
        return { kind: 'all', head, reason: `${what}: every service` };
    }
    async pullRequest(head) {
        const p = this.event.payload;
        const number = num(p, 'number') ?? num(p, 'pull_request', 'number');
        const baseRef = str(p, 'pull_request', 'base', 'ref');
        const baseSha = str(p, 'pull_request', 'base', 'sha');
        const headRef = str(p, 'pull_request', 'head', 'ref');
        const label = `pull request${number === undefined ? '' : ` #${number}`}${headRef ? ` (${headRef})` : ''}`;
        const baseName = baseRef ?? 'its base branch';
        let base = baseSha ? await this.ensureCommit(baseSha) : undefined;
        if (!base && baseRef)
            base = await this.branchTip(baseRef);
        if (!base)
            return this.baseMissing(label, baseSha ?? baseRef ?? 'pull_request.base', head);
        const mb = await this.mergeBase(base, head);
        if (!mb.found)
            return this.noCommonHistory(label, base, head, mb.complete);
        let reason = `${label}: changes since it left ${baseName} at ${base_short(mb.found)}`;
        if (mb.found !== base) {
            reason += `; ${baseName} has moved on to ${base_short(base)} since, and its own changes are not counted`;
        }
        return diff(mb.found, head, reason);
    }
    async push(head) {
        const { ref, payload } = this.event;
        if (ref.startsWith('refs/tags/'))
            return this.tagPush(ref.slice('refs/tags/'.length), head);
        const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
        const before = str(payload, 'before');
        if (!before || ZERO_SHA.test(before)) {
            if (branch === this.event.defaultBranch) {
                return {
                    kind: 'all',
                    head,
                    reason: `first push of ${branch}: no earlier commit to compare with: every service`,
                };
            }
            return this.sinceDefaultBranch(`new branch ${branch}`, branch, head);
        }
        const previous = await this.ensureCommit(before);
        if (!previous) {
            return this.sinceDefaultBranch(`push to ${branch}: the previous tip ${base_short(before)} is no longer available (force push?)`, branch, head);
        }
        const forced = payload.forced === true;
        const mb = await this.mergeBase(previous, head);
        if (mb.found === previous) {
            const how = forced ? 'forced push (fast-forward)' : 'push';
            return diff(previous, head, `${how} to ${branch}: ${base_short(previous)}..${base_short(head)}`);
        }
        if (mb.found) {
            return diff(mb.found, head, `force push to ${branch}: changes since ${base_short(mb.found)}, where the old tip ` +
                `${base_short(previous)} and the new tip ${base_short(head)} meet`);
        }
        const why = mb.complete
            ? `the old tip ${base_short(previous)} shares no history with ${base_short(head)}`
            : `could not find where the old tip ${base_short(previous)} and the new tip ${base_short(head)} meet`;
        return this.sinceDefaultBranch(`force push to ${branch}: ${why}`, branch, head);
    }
    /** Compare a branch with where it left the default branch. */
    async sinceDefaultBranch(context, branch, head) {
        const def = this.event.defaultBranch;
        if (!def) {
            return {
                kind: 'all',
                head,
                reason: `${context}, and the default branch is unknown: every service`,
            };
        }
        if (branch === def) {
            // Comparing the default branch with itself would yield nothing: fail closed.
            return {
                kind: 'all',
                head,
                reason: `${context}, on the default branch itself: every service`,
            };
        }
        const tip = await this.branchTip(def);
        if (!tip)
            return this.baseMissing(context, `origin/${def}`, head);
        const mb = await this.mergeBase(tip, head);
        if (!mb.found)
            return this.noCommonHistory(context, tip, head, mb.complete);
        return diff(mb.found, head, `${context}: changes since it left ${def} at ${base_short(mb.found)}`);
    }
    async tagPush(tag, head) {
        let previous = await this.git.previousTag(head);
        let complete = true;
        if (!previous && (await this.git.isShallow())) {
            // A CI checkout usually has no tags and little history: get the tags, then deepen.
            await this.git.fetch(['+refs/tags/*:refs/tags/*'], 1);
            const search = await this.deepenUntil(() => this.git.previousTag(head), [head]);
            previous = search.found;
            complete = search.complete;
        }
        if (previous) {
            return diff(previous, head, `tag ${tag}: changes since the previous tag at ${base_short(previous)}`);
        }
        if (!complete)
            return this.lost(`tag ${tag}: could not find an earlier tag`, head);
        return { kind: 'all', head, reason: `tag ${tag} is the first tag: every service` };
    }
    async mergeGroup(head) {
        const p = this.event.payload;
        const baseSha = str(p, 'merge_group', 'base_sha');
        const target = str(p, 'merge_group', 'base_ref')?.replace(/^refs\/heads\//, '');
        const label = `merge queue${target ? ` for ${target}` : ''}`;
        if (!baseSha) {
            const reason = `${label}: the event has no merge_group.base_sha: every service`;
            return { kind: 'all', head, reason, warning: reason };
        }
        const base = await this.ensureCommit(baseSha);
        if (!base)
            return this.baseMissing(label, baseSha, head);
        return diff(base, head, `${label}: ${base_short(base)}..${base_short(head)}`);
    }
    /** The head of the last successful run, if it is in head's history; else why not. */
    async lastSuccessful(head) {
        const { github } = this.ports;
        const { workflowId, runId } = this.event;
        const branch = this.runBranch();
        if (!github)
            return { note: 'last-successful needs the GitHub API (a token)' };
        if (workflowId === undefined || workflowId === '') {
            return { note: 'last-successful needs to know the running workflow' };
        }
        if (!branch)
            return { note: `last-successful needs a branch, and ${this.event.eventName} has none` };
        let found;
        try {
            found = await github.lastSuccessfulRunHead({ workflowId, branch, excludeRunId: runId });
        }
        catch (e) {
            this.logger.warning(`Could not look up the last successful run: ${e.message}`);
            return { note: `looking up the last successful run of ${workflowId} on ${branch} failed` };
        }
        if (!found)
            return { note: `no earlier successful run of ${workflowId} on ${branch}` };
        const base = await this.ensureCommit(found);
        if (!base) {
            return { note: `the last successful run's commit ${base_short(found)} is not available` };
        }
        const mb = await this.mergeBase(base, head);
        if (mb.found !== base) {
            return {
                note: `the last successful run's commit ${base_short(base)} is not in the history of ${base_short(head)} (force push?)`,
            };
        }
        return diff(base, head, `since the last successful run of ${workflowId} on ${branch} at ${base_short(base)}`);
    }
    runBranch() {
        const { eventName, ref, payload } = this.event;
        if (PR_EVENTS.has(eventName))
            return str(payload, 'pull_request', 'head', 'ref');
        return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    }
    // ---- history access ------------------------------------------------------------------
    /** Resolve a revision, fetching it from origin when the checkout lacks it. */
    async ensureCommit(rev) {
        const sha = await this.git.resolveCommit(rev);
        if (sha)
            return sha;
        if (HEX_SHA.test(rev)) {
            this.logger.debug(`${base_short(rev)} is not in the checkout: fetching it from origin`);
            await this.git.fetch([rev], await this.fetchDepth());
            return this.git.resolveCommit(rev);
        }
        const remote = rev.startsWith('origin/') ? rev.slice('origin/'.length) : rev;
        return this.branchTip(remote);
    }
    /** origin/<branch>, fetched when missing; a local branch when there is no origin. */
    async branchTip(branch) {
        if (!SAFE_BRANCH.test(branch)) {
            this.logger.warning(`Ignoring branch name ${JSON.stringify(branch)}: not a valid git branch name.`);
            return undefined;
        }
        const tracking = `refs/remotes/origin/${branch}`;
        let sha = await this.git.resolveCommit(tracking);
        if (sha)
            return sha;
        this.logger.debug(`${tracking} is not in the checkout: fetching it`);
        if (await this.git.fetch([`+refs/heads/${branch}:${tracking}`], await this.fetchDepth())) {
            sha = await this.git.resolveCommit(tracking);
            if (sha)
                return sha;
        }
        return this.git.resolveCommit(`refs/heads/${branch}`);
    }
    /** In a shallow clone fetch just the commit (deepening comes later, only if needed). */
    async fetchDepth() {
        return (await this.git.isShallow()) ? 1 : undefined;
    }
    mergeBase(a, b) {
        return this.deepenUntil(() => this.git.mergeBase(a, b), [a, b]);
    }
    /**
     * Probe; while it finds nothing and the clone is shallow, deepen by 50, 100, 200, … commits
     * (at most `maxRounds` times) and probe again.
     */
    async deepenUntil(probe, refs) {
        let found = await probe();
        if (found !== undefined)
            return { found, complete: true };
        let depth = FIRST_DEEPEN << this.rounds;
        while (this.rounds < this.maxRounds) {
            if (!(await this.git.isShallow()))
                return { complete: true };
            this.rounds++;
            this.logger.info(`Shallow clone: fetching ${depth} more commits of history (round ${this.rounds} of at most ${this.maxRounds}).`);
            if (!(await this.deepenRefs(depth, refs)))
                break;
            this.deepened += depth;
            found = await probe();
            if (found !== undefined)
                return { found, complete: true };
            depth *= 2;
        }
        return { complete: !(await this.git.isShallow()) };
    }
    /**
     * Deepen the histories of `refs`. If origin refuses one of them (a commit that exists only
     * locally), deepen what origin's configured branches lead to instead: that still extends the
     * shallow boundary a local commit sits on.
     */
    async deepenRefs(depth, refs) {
        if (await this.git.deepen(depth, refs))
            return true;
        return refs.length > 0 && this.git.deepen(depth, []);
    }
    // ---- fail-closed answers -------------------------------------------------------------
    noCommonHistory(context, base, head, complete) {
        if (complete && this.deepened === 0) {
            const reason = `${context}: ${base_short(base)} and ${base_short(head)} share no history: treating every service as affected`;
            return { kind: 'all', head, reason, warning: reason };
        }
        return this.lost(`${context}: could not find base ${base_short(base)} in the history of ${base_short(head)}`, head);
    }
    baseMissing(context, base, head) {
        const reason = `${context}: could not find base ${base_short(base)} (not in the checkout, and fetching it from ` +
            'origin failed): treating every service as affected';
        return { kind: 'all', head, reason, warning: reason };
    }
    lost(what, head) {
        const reason = `${what} after fetching ${this.deepened} commits of history: treating every service as affected`;
        const warning = `${reason}. Check out more history (actions/checkout with fetch-depth: 0) or raise max-fetch-rounds ` +
            `(now ${this.maxRounds}).`;
        return { kind: 'all', head, reason, warning };
    }
}
function diff(base, head, reason) {
    return { kind: 'diff', base, head, reason };
}
function dig(obj, path) {
    let cur = obj;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return cur;
}
function str(obj, ...path) {
    const v = dig(obj, path);
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function num(obj, ...path) {
    const v = dig(obj, path);
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
;// CONCATENATED MODULE: ./src/app/settings.ts
/**
 * Settings that an action input and a CLI option of the same name both carry, parsed once here
 * so both entries accept the same values and word their errors for where they are shown.
 */



const BASE_POLICIES = (/* unused pure expression or super */ null && (['event', 'last-successful']));
function parseBasePolicy(raw) {
    if (raw === '')
        return 'event';
    if (BASE_POLICIES.includes(raw))
        return raw;
    throw new SettingError('base-policy', (label) => `The ${label} must be "event" or "last-successful", got ${JSON.stringify(raw)}.`);
}
function parseMaxFetchRounds(raw) {
    if (raw === '')
        return DEFAULT_MAX_FETCH_ROUNDS;
    const rounds = Number(raw);
    if (!/^\d+$/.test(raw) || rounds > 30) {
        throw new SettingError('max-fetch-rounds', (label) => `The ${label} must be a whole number from 0 to 30, got ${JSON.stringify(raw)}.`);
    }
    return rounds;
}
/** Seconds to wait for another deployer's lease: a whole number up to a day (empty: 0). */
function parseLeaseWait(raw) {
    if (raw === undefined || raw === '')
        return 0;
    const seconds = Number(raw);
    if (!/^\d+$/.test(raw) || seconds > 86_400) {
        throw new errors/* SettingError */.L_('lease-wait', (label) => `The ${label} must be a whole number of seconds from 0 to 86400, got ${JSON.stringify(raw)}.`);
    }
    return seconds;
}
/**
 * Secret values handed over as one JSON object of name → string (a reusable workflow cannot
 * forward secrets by arbitrary names). Errors never echo the text: it is a secret.
 */
function parseSecretMap(setting, raw) {
    if (raw.trim() === '')
        return {};
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        value = undefined;
    }
    const entries = value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value)
        : undefined;
    if (!entries || entries.some(([, v]) => typeof v !== 'string')) {
        throw new errors/* SettingError */.L_(setting, (label) => `The ${label} must be a JSON object of secret names to string values, e.g. ` +
            '`{"DB_PASSWORD": "…"}` (its text is not shown: it holds secrets).');
    }
    return Object.fromEntries(entries);
}
/** A list written as JSON, or names separated by commas, spaces or lines. */
function parseList(setting, raw) {
    const text = raw.trim();
    if (!text.startsWith('['))
        return text.split(/[\s,]+/).filter(Boolean);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed) || parsed.some((x) => typeof x !== 'string')) {
        throw new SettingError(setting, (label) => `The ${label} must be a JSON array of names, or names separated by commas or spaces.`);
    }
    return parsed;
}
/**
 * A version given instead of the computed one: a SemVer 2.0 such as `1.4.0` or
 * `1.4.0-rc.1+abc1234`. It names files (`<service>-<version>.tar.gz`) and store tags, so it is
 * checked here, where it enters, before anything joins it into a path.
 */
function parseVersion(raw) {
    if (raw === undefined || raw === '')
        return undefined;
    if (!isSemVer(raw)) {
        throw new SettingError('version', (label) => `The ${label} must be a SemVer such as 1.4.0 or 1.4.0-rc.1+abc1234 (no path ` +
            `separators), got ${JSON.stringify(raw)}.`);
    }
    return raw;
}

// EXTERNAL MODULE: ./src/platform/runner/commands.ts
var commands = __nccwpck_require__(31526);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __nccwpck_require__(49089);
;// CONCATENATED MODULE: ./src/platform/runner/inputs.ts
/** Action inputs as the runner hands them (`INPUT_<NAME>`, hyphens kept). */



/** An input, trimmed; '' when unset. A required one that is missing is a SettingError. */
function getInput(name, required = false) {
    const value = (0,context/* inputValue */.UV)(name);
    if (required && !value) {
        throw new errors/* SettingError */.L_(name, (label) => `The ${label} is required: set it in \`with:\`.`);
    }
    return value;
}
function getBooleanInput(name, fallback) {
    const raw = (0,context/* inputValue */.UV)(name).toLowerCase();
    if (raw === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(raw))
        return true;
    if (['false', 'no', '0', 'off'].includes(raw))
        return false;
    throw new errors/* SettingError */.L_(name, (label) => `The ${label} must be true or false, got ${JSON.stringify(raw)}.`);
}
/** An input that holds a credential: masked in every later log line before anything else runs. */
function getSecretInput(name) {
    const value = (0,context/* inputValue */.UV)(name);
    if (!value)
        return undefined;
    (0,commands/* issueCommand */.Lb)('add-mask', {}, value);
    return value;
}

// EXTERNAL MODULE: ./src/platform/runner/outputs.ts
var outputs = __nccwpck_require__(38928);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/platform/stores.ts
var stores = __nccwpck_require__(39921);
;// CONCATENATED MODULE: ./src/actions/store-inputs.ts
/** The store inputs build-artifact and promote-stage share, read into StoreSettings. */



const StoreInput = {
    store: 'store',
    storePath: 'store-path',
    registry: 'registry',
    registryUsername: 'registry-username',
    registryPassword: 'registry-password',
    insecureRegistry: 'insecure-registry',
};
/** `token` is read (and masked) by the caller, which may use it for more than the store. */
function getStoreSettings(root, token) {
    const password = getSecretInput(StoreInput.registryPassword);
    return {
        kind: (0,stores/* parseStoreKind */.Hq)(getInput(StoreInput.store) || 'github'),
        path: (0,external_node_path_.resolve)(root, getInput(StoreInput.storePath) || stores/* DEFAULT_LOCAL_STORE */.SM),
        registry: getInput(StoreInput.registry) || undefined,
        username: getInput(StoreInput.registryUsername) || undefined,
        password,
        insecure: getBooleanInput(StoreInput.insecureRegistry, false),
        token,
    };
}

// EXTERNAL MODULE: ./src/core/manifest/index.ts + 1 modules
var manifest = __nccwpck_require__(98816);
;// CONCATENATED MODULE: ./src/actions/workspace.ts
/** Where an action finds the manifest: `manifest` inside `working-directory`. */


/** Annotations name the file by its path from the workspace root, where GitHub places them. */
function workspaceManifest(workingDirectory, file) {
    const dir = workingDirectory || '.';
    const name = file || manifest/* DEFAULT_MANIFEST_FILE */.zb;
    return { root: (0,external_node_path_.resolve)(dir), file: name, shownAs: (0,external_node_path_.join)(dir, name) };
}

;// CONCATENATED MODULE: ./src/actions/deploy-env/io.ts







const DeployInput = {
    service: 'service',
    environment: 'environment',
    version: 'version',
    reason: 'reason',
    manifest: 'manifest',
    workingDirectory: 'working-directory',
    ledgerRef: 'ledger-ref',
    token: 'token',
    sshKey: 'ssh-key',
    leaseWait: 'lease-wait',
    secrets: 'secrets',
    rollback: 'rollback',
    reject: 'reject',
    ...StoreInput,
};
const DeployOutput = {
    url: 'url',
    version: 'version',
    digest: 'digest',
    configDigest: 'config-digest',
    release: 'release',
    previousVersion: 'previous-version',
    rolledBack: 'rolled-back',
    changed: 'changed',
};
function getDeployRequest() {
    const token = getSecretInput(DeployInput.token);
    const sshKey = getSecretInput(DeployInput.sshKey);
    const manifest = workspaceManifest(getInput(DeployInput.workingDirectory), getInput(DeployInput.manifest));
    const reason = getInput(DeployInput.reason);
    const ledgerRef = getInput(DeployInput.ledgerRef);
    const version = getInput(DeployInput.version);
    const rollback = getBooleanInput(DeployInput.rollback, false);
    const reject = getBooleanInput(DeployInput.reject, false);
    const common = {
        manifest,
        service: getInput(DeployInput.service, true),
        environment: getInput(DeployInput.environment, true),
        waitSeconds: parseLeaseWait(getInput(DeployInput.leaseWait)),
        ...(reason && { reason }),
        ...(ledgerRef && { ledgerRef }),
        push: true,
        ...(token && { token }),
        store: getStoreSettings(manifest.root, token),
        ...(sshKey && { sshKey }),
    };
    const env = (0,context/* parentEnvironment */._Z)();
    const handed = parseSecretMap(DeployInput.secrets, getSecretInput(DeployInput.secrets) ?? '');
    // The `secrets` input (what a reusable workflow can pass), else the step's `env:` mapping
    // GitHub secrets to these names; only the environment's names are ever read.
    const secret = (name) => Object.prototype.hasOwnProperty.call(handed, name) ? handed[name] : env[name];
    if (rollback) {
        // `version` names the release to go back to; empty: the one the live release replaced.
        return {
            kind: 'rollback',
            settings: { ...common, ...(version && { to: version }), reject, secret },
        };
    }
    if (reject) {
        throw new errors/* SettingError */.L_(DeployInput.reject, (label) => `The ${label} only goes with \`rollback: true\` (it rejects the release rolled back from).`);
    }
    if (!version) {
        throw new errors/* SettingError */.L_(DeployInput.version, (label) => `The ${label} is required to deploy (what to deploy: a version, a digest or an artifact reference).`);
    }
    return { kind: 'deploy', settings: { ...common, version, secret } };
}
function writeDeployOutputs(o) {
    (0,outputs/* setOutputs */.n0)({
        [DeployOutput.url]: o.url ?? '',
        [DeployOutput.version]: o.version,
        [DeployOutput.digest]: o.digest,
        [DeployOutput.configDigest]: o.configDigest,
        [DeployOutput.release]: o.release,
        [DeployOutput.previousVersion]: o.previousVersion ?? '',
        [DeployOutput.rolledBack]: String(o.rolledBack),
        [DeployOutput.changed]: String(o.changed),
    });
}


/***/ }),

/***/ 63289:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __nccwpck_require__(49089);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: ./src/core/deploy/mask.ts
var mask = __nccwpck_require__(1951);
// EXTERNAL MODULE: ./src/platform/runner/commands.ts
var commands = __nccwpck_require__(31526);
;// CONCATENATED MODULE: ./src/platform/runner/logger.ts
/** The runner-backed Logger: log lines, annotations and collapsible groups. */




/**
 * Text that may carry untrusted data (file or branch names) is fenced with `stop-commands`
 * so a line such as `::add-mask::…` or `::set-env` inside it is printed, never executed.
 */
function writeUntrusted(text) {
    if (!text.includes('::')) {
        (0,commands/* writeLine */._r)(text);
        return;
    }
    const token = (0,external_node_crypto_.randomUUID)();
    (0,commands/* writeLine */._r)(`::stop-commands::${token}`);
    (0,commands/* writeLine */._r)(text);
    (0,commands/* writeLine */._r)(`::${token}::`);
}
/**
 * Untrusted output written as it comes (chunks that may split lines, or a `::` between two
 * chunks), inside ONE `stop-commands` fence with a fresh random token: the runner takes nothing
 * in it as a command, whether `::…::` or `##[…]`, until we write the token back.
 */
async function fenced(fn) {
    const token = (0,external_node_crypto_.randomUUID)();
    let partial = '';
    (0,commands/* writeLine */._r)(`::stop-commands::${token}`);
    try {
        return await fn((chunk) => {
            const lines = (partial + chunk).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines)
                (0,commands/* writeLine */._r)(line);
        });
    }
    finally {
        if (partial)
            (0,commands/* writeLine */._r)(partial);
        (0,commands/* writeLine */._r)(`::${token}::`);
    }
}
/** The annotation's place as the runner reads it (`file`, `line`, `col`); none without a file. */
function annotation(where) {
    if (!where?.file)
        return {};
    return { file: where.file, line: where.line, col: where.col };
}
/** The runner-backed Logger: annotations become GitHub error/warning annotations on the file. */
const actionsLogger = {
    debug: (message) => {
        if ((0,context/* runnerDebug */.EC)())
            writeUntrusted(message);
    },
    info: (message) => writeUntrusted(message),
    // Annotation text is escaped (newlines, %), so data can't break out of the command.
    warning: (message, where) => (0,commands/* issueCommand */.Lb)('warning', annotation(where), message),
    error: (message, where) => (0,commands/* issueCommand */.Lb)('error', annotation(where), message),
    untrusted: fenced,
    // The value, each line, its JSON and base64 forms: one `add-mask` each (escaped).
    mask: (value) => {
        for (const form of (0,mask/* maskForms */.ye)(value))
            (0,commands/* issueCommand */.Lb)('add-mask', {}, form);
    },
    group: async (title, fn) => {
        (0,commands/* issueCommand */.Lb)('group', {}, title.replace(/[\r\n]+/g, ' '));
        try {
            return await fn();
        }
        finally {
            (0,commands/* issueCommand */.Lb)('endgroup');
        }
    },
};

// EXTERNAL MODULE: ./src/platform/runner/outputs.ts
var outputs = __nccwpck_require__(38928);
;// CONCATENATED MODULE: ./src/actions/run-action.ts
/**
 * The one wrapper every action entry runs in: it reads the run context, and maps any failure
 * once — annotations, step summary, the message worded for Actions, and the exit code.
 */




async function runAction(main) {
    try {
        await main((0,context/* runContext */.pO)(), actionsLogger);
    }
    catch (e) {
        const failure = (0,errors/* asMsdeployError */.UL)(e);
        for (const a of failure.annotations) {
            actionsLogger.error(a.message, { file: a.file, line: a.line, col: a.col });
        }
        if (failure.summary)
            await (0,outputs/* appendSummary */.fe)(failure.summary).catch(() => undefined);
        (0,outputs/* setFailed */.C1)(failure.messageFor('action'));
        process.exitCode = failure.exitCode;
    }
}


/***/ }),

/***/ 53654:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ mirrorDeployStart),
/* harmony export */   YG: () => (/* binding */ settleDeployMirror),
/* harmony export */   k7: () => (/* binding */ deployMirrorTarget)
/* harmony export */ });
/* unused harmony export DEPLOY_TASK */
const DEPLOY_TASK = 'msdeploy:deploy';
/** What a deploy or a rollback of `release` shows on GitHub, for `env`. */
function deployMirrorTarget(release, commit, env, runUrl) {
    return {
        ...release,
        commit,
        production: env.name === 'production' || env.stage === 'production',
        ...(runUrl !== undefined && { runUrl }),
    };
}
const UNFINISHED = ['in_progress', 'queued', 'pending'];
/**
 * A deployment of this very release that a killed run left unfinished (its latest status
 * in progress, or none yet): a re-run carries it on instead of starting a second one.
 */
async function unfinished(api, t, commit) {
    const mine = (await api.listDeployments({ environment: t.environment, sha: commit })).filter((d) => d.task === DEPLOY_TASK && d.payload.release === t.release);
    const newest = mine[0];
    if (!newest)
        return undefined;
    const latest = (await api.listDeploymentStatuses(newest.id))[0];
    return latest === undefined || UNFINISHED.includes(latest.state) ? newest : undefined;
}
/**
 * A deploy that found its release live already (a re-run after the record landed): the
 * deployment a killed run left in progress is marked `success`, so GitHub shows what is live.
 */
async function settleDeployMirror(t, api, logger, outcome) {
    if (!api || t.commit === null)
        return;
    try {
        const d = await unfinished(api, t, t.commit);
        if (!d)
            return;
        await api.createDeploymentStatus({
            deploymentId: d.id,
            state: 'success',
            description: outcome.description,
            ...(t.runUrl !== undefined && { logUrl: t.runUrl }),
            ...(outcome.url !== undefined && { environmentUrl: outcome.url }),
        });
    }
    catch (e) {
        logger.warning(`Could not settle the GitHub deployment of ${t.release}: ${e.message}`);
    }
}
/**
 * Starts the deployment — or carries on one a killed run of this release left unfinished — (or
 * does nothing without an API or a commit) and returns its closer.
 */
async function mirrorDeployStart(t, api, logger) {
    const none = { finish: () => Promise.resolve() };
    if (!api || t.commit === null)
        return none;
    const commit = t.commit;
    try {
        const d = (await unfinished(api, t, commit)) ??
            (await api.createDeployment({
                sha: commit,
                environment: t.environment,
                description: `${t.service} ${t.release}`,
                payload: {
                    service: t.service,
                    version: t.version,
                    digest: t.digest,
                    config: t.configDigest,
                    release: t.release,
                },
                task: DEPLOY_TASK,
                productionEnvironment: t.production,
            }));
        await api.createDeploymentStatus({
            deploymentId: d.id,
            state: 'in_progress',
            description: `deploying ${t.release}`,
            ...(t.runUrl !== undefined && { logUrl: t.runUrl }),
        });
        return {
            finish: async ({ ok, url, description }) => {
                try {
                    await api.createDeploymentStatus({
                        deploymentId: d.id,
                        state: ok ? 'success' : 'failure',
                        description,
                        ...(t.runUrl !== undefined && { logUrl: t.runUrl }),
                        ...(ok && url !== undefined && { environmentUrl: url }),
                    });
                }
                catch (e) {
                    logger.warning(`GitHub deployment ${d.id}: could not record the outcome: ${e.message}`);
                }
            },
        };
    }
    catch (e) {
        logger.warning(`No GitHub deployment for ${t.service} in ${t.environment}: ${e.message}`);
        return none;
    }
}


/***/ }),

/***/ 5199:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $$: () => (/* binding */ DEFAULT_LEASE_SECONDS),
  e9: () => (/* binding */ abandon),
  Te: () => (/* binding */ closeLease),
  TW: () => (/* binding */ closeTargets),
  Hh: () => (/* binding */ goLive),
  HN: () => (/* binding */ inParallel),
  Rs: () => (/* binding */ openTargets),
  XA: () => (/* binding */ releaseUrl),
  PM: () => (/* binding */ step),
  _e: () => (/* binding */ takeLease)
});

// UNUSED EXPORTS: addressOf, defaultTargets, releaseEnv

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(58500);
// EXTERNAL MODULE: ./src/core/deploy/rules.ts
var rules = __nccwpck_require__(30640);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/platform/http.ts + 1 modules
var http = __nccwpck_require__(79659);
;// CONCATENATED MODULE: ./src/platform/health.ts
/**
 * The health check a deploy waits on after starting a release: an HTTP URL fetched from this
 * machine, or a command run on the target through the caller's runner (DeployTarget.run).
 *
 * An unhealthy target is an answer, not an error: every try's outcome is recorded and the verdict
 * returned, so the caller can roll back at once. Only a misuse (a spec validation should have
 * refused, a URL whose placeholders cannot be filled) throws.
 */


/** Enough body to let a well-behaved server finish its answer; the rest is never read. */
const HEALTH_BODY_MAX = (/* unused pure expression or super */ null && (64 * 1024));
/** A runner that ignores its timeout is given up on this long after it. */
const RUNNER_GRACE_MS = 1_000;
/** A command's last output line, as quoted in an outcome. */
const LINE_MAX = 200;
const ONE_TRY = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
const PLACEHOLDERS = ['${port}', '${host}'];
function formatSeconds(ms) {
    return `${+(ms / 1000).toFixed(1)} s`;
}
/** Resolves after `ms`, or at once when `signal` aborts. */
function realSleep(ms, signal) {
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
/**
 * Fill `${port}` and `${host}` (exactly those tokens) and check the result is still a plain
 * http(s) URL. Anything else left in `${…}` is refused: it is a typo (`${PORT}`) that would
 * otherwise be sent percent-encoded and fail every try for a reason no one sees.
 */
function healthUrl(template, ctx) {
    const fail = (why) => new errors/* MsdeployError */.g9(`Health check URL ${(0,http/* redactUrl */.BO)(template)}: ${why}`, {
        exitCode: errors/* ExitCode */.yU.manifest,
    });
    let url = template;
    if (url.includes('${port}')) {
        const { port } = ctx;
        if (port === undefined) {
            throw fail('uses ${port} but the service has no port here: set `port` on the placement.');
        }
        if (!Number.isInteger(port) || port < 1 || port > 65535) {
            throw fail(`uses \${port} but the port ${port} is not between 1 and 65535.`);
        }
        url = url.replaceAll('${port}', String(port));
    }
    if (url.includes('${host}')) {
        const { host } = ctx;
        if (host === undefined)
            throw fail('uses ${host} but no host is known for this target.');
        // Only a host name or an address: anything that could change the URL's structure is refused.
        if (!/^[A-Za-z0-9.:_%-]+$/.test(host) && !/^\[[0-9A-Fa-f:.%]+\]$/.test(host)) {
            throw fail(`uses \${host} but "${host}" is not a host name or address.`);
        }
        const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
        url = url.replaceAll('${host}', bracketed);
    }
    if (url.includes('${')) {
        throw fail(`has a placeholder other than ${PLACEHOLDERS.join(' and ')} (they are case-sensitive).`);
    }
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw fail(`is not a valid URL once filled in (${(0,http/* redactUrl */.BO)(url)}).`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw fail(`is not http(s) once filled in (${(0,http/* redactUrl */.BO)(url)}).`);
    }
    if (parsed.username || parsed.password) {
        throw fail('carries credentials; a health endpoint must answer without them.');
    }
    return parsed.href;
}
/** Why a request got no answer, in the words of an outcome. */
function describeFailure(err, timeoutMs) {
    if (err instanceof http/* HttpTimeoutError */.Iu)
        return `timed out after ${formatSeconds(timeoutMs)}`;
    let innermost = err instanceof Error ? err.message : String(err);
    for (let e = err; e && typeof e === 'object'; e = e.cause) {
        if (typeof e.message === 'string')
            innermost = e.message;
        switch (e.code) {
            case 'ECONNREFUSED':
                return 'connection refused';
            case 'ECONNRESET':
            case 'UND_ERR_SOCKET':
                return 'connection closed without an answer';
            case 'ENOTFOUND':
            case 'EAI_AGAIN':
                return 'host name not found';
            case 'EHOSTUNREACH':
            case 'ENETUNREACH':
                return 'host unreachable';
            default:
                break;
        }
    }
    return innermost;
}
async function tryUrl(url, spec, timeoutMs, signal) {
    let res;
    try {
        res = await (0,http/* httpRequest */.aj)({ method: 'GET', url }, {
            // Our tries are the retries; one per-try limit covers connect, headers and body.
            retry: ONE_TRY,
            timeouts: { headersMs: timeoutMs, idleMs: timeoutMs, totalMs: timeoutMs },
            followRedirects: false,
            signal,
        });
    }
    catch (err) {
        return { healthy: false, outcome: describeFailure(err, timeoutMs) };
    }
    const { status } = res;
    const location = res.headers.get('location');
    await (0,http/* discardBody */.LL)(res); // reads at most HTTP's discard cap (64 KiB), then closes
    if (status === spec.status)
        return { healthy: true, outcome: `HTTP ${status}` };
    const moved = status >= 300 && status < 400 && location !== null
        ? ` (redirect to ${(0,http/* redactUrl */.BO)(new URL(location, url).href)}, not followed)`
        : '';
    return { healthy: false, outcome: `HTTP ${status}, expected ${spec.status}${moved}` };
}
/** Settles with the runner, at the runner's deadline plus grace, or when `signal` aborts. */
function tryCommand(run, script, timeoutMs, signal) {
    return new Promise((resolve) => {
        const finish = (o) => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', abandon);
            resolve(o);
        };
        const abandon = () => finish({ healthy: false, outcome: 'cancelled' });
        const timer = setTimeout(() => finish({ healthy: false, outcome: `timed out after ${formatSeconds(timeoutMs)}` }), timeoutMs + RUNNER_GRACE_MS);
        signal?.addEventListener('abort', abandon, { once: true });
        // A rejection is the target not answering (ssh unreachable, killed at its timeout): unhealthy.
        run(script, timeoutMs).then((r) => finish(exitOutcome(r)), (err) => finish({
            healthy: false,
            outcome: `could not run: ${err instanceof Error ? err.message : String(err)}`,
        }));
    });
}
function exitOutcome(r) {
    if (r.exitCode === 0)
        return { healthy: true, outcome: 'exit 0' };
    const line = [...r.tail].reverse().find((l) => l.trim() !== '');
    const quoted = line === undefined ? '' : `: ${line.trim().slice(0, LINE_MAX)}`;
    return { healthy: false, outcome: `exit ${r.exitCode}${quoted}` };
}
function checkSpec(spec, ctx) {
    if ((spec.url === undefined) === (spec.command === undefined)) {
        throw new TypeError('checkHealth: the spec needs exactly one of url and command.');
    }
    if (spec.command !== undefined && !ctx.run) {
        throw new TypeError('checkHealth: a command check needs a runner (ctx.run).');
    }
    if (!Number.isInteger(spec.retries) || spec.retries < 1) {
        throw new RangeError(`checkHealth: retries must be an integer ≥ 1, got ${spec.retries}.`);
    }
    for (const [name, v] of [
        ['timeoutSeconds', spec.timeoutSeconds],
        ['intervalSeconds', spec.intervalSeconds],
    ]) {
        if (!Number.isFinite(v) || v < 0 || (name === 'timeoutSeconds' && v === 0)) {
            throw new RangeError(`checkHealth: ${name} must be a positive number, got ${v}.`);
        }
    }
}
/**
 * Up to `retries` tries, `intervalSeconds` apart (no wait after the last), each bounded by
 * `timeoutSeconds`; healthy at the first try that passes. Returns as soon as the last try
 * ends, so a rollback can start at once.
 */
async function checkHealth(spec, ctx = {}) {
    checkSpec(spec, ctx);
    const url = spec.url === undefined ? undefined : healthUrl(spec.url, ctx);
    const now = ctx.now ?? (() => performance.now());
    const sleep = ctx.sleep ?? realSleep;
    const { signal } = ctx;
    const timeoutMs = spec.timeoutSeconds * 1000;
    const start = now();
    const history = [];
    const result = (healthy, cancelled = false) => ({
        healthy,
        tries: history.length,
        elapsedMs: now() - start,
        last: history.at(-1)?.outcome ?? 'cancelled',
        history,
        cancelled,
        target: url === undefined ? 'command' : (0,http/* redactUrl */.BO)(url),
    });
    for (let n = 1; n <= spec.retries; n++) {
        if (n > 1)
            await sleep(spec.intervalSeconds * 1000, signal);
        if (signal?.aborted)
            return result(false, true);
        const at = now() - start;
        const o = url !== undefined
            ? await tryUrl(url, spec, timeoutMs, signal)
            : await tryCommand(ctx.run, spec.command, timeoutMs, signal);
        const cancelled = signal?.aborted ?? false;
        const t = {
            n,
            at,
            tookMs: now() - start - at,
            healthy: o.healthy && !cancelled,
            outcome: cancelled ? 'cancelled' : o.outcome,
        };
        history.push(t);
        ctx.onTry?.(t);
        if (cancelled)
            return result(false, true);
        if (t.healthy)
            return result(true);
    }
    return result(false);
}

// EXTERNAL MODULE: ./src/platform/process.ts + 1 modules
var platform_process = __nccwpck_require__(98424);
// EXTERNAL MODULE: ./src/core/artifact/build-env.ts
var build_env = __nccwpck_require__(10232);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __nccwpck_require__(49089);
;// CONCATENATED MODULE: ./src/platform/command-target.ts
/**
 * The `command` driver's target: the escape hatch to Kubernetes, a PaaS or a cloud CLI. It owns
 * no filesystem: a release is the verified artifact and the resolved config as files in this
 * run's temp directory, and going live is the environment's `run` script, given their paths and
 * the release's values as variables (never spliced into the script). The platform keeps its own
 * history, so the release to go back to is prepared again (fetched, verified) before a rollback.
 */





/** How long the `run` script may take: a rollout (kubectl rollout status…) can be slow. */
const RUN_TIMEOUT_MS = 30 * 60 * 1000;
class CommandTarget {
    o;
    name = 'command';
    keepsReleases = false;
    releases = new Map();
    live;
    constructor(o) {
        this.o = o;
    }
    async prepare(files) {
        // `files.release` is a checked release name: one path component.
        const dir = (0,external_node_path_.join)(this.o.work, 'releases', files.release);
        await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
        const config = (0,external_node_path_.join)(dir, 'config.json');
        await (0,promises_.writeFile)(config, files.config, { mode: 0o600 });
        const artifact = (0,external_node_path_.join)(dir, files.kind === 'deb' ? 'artifact.deb' : 'artifact.tar.gz');
        await (0,promises_.copyFile)(files.artifactFile, artifact);
        this.releases.set(files.release, { artifact, config, kind: files.kind });
        return { created: true };
    }
    /** Only the platform knows; the ledger says what went live. */
    current() {
        return Promise.resolve(undefined);
    }
    async activate(_dir, release, env = {}) {
        const prepared = this.releases.get(release);
        if (!prepared) {
            throw new Error(`Release ${release} is not on this runner: it could not be fetched again from its store.`);
        }
        const r = await this.exec(this.o.run, { ...env, ...this.files(prepared) }, RUN_TIMEOUT_MS);
        if (r.exitCode !== 0) {
            throw new Error(`the run script exited ${r.exitCode}: ${r.tail.at(-1) ?? ''}`);
        }
        this.live = prepared;
        return undefined;
    }
    run(script, _dir, env, timeoutMs) {
        return this.exec(script, { ...env, ...(this.live && this.files(this.live)) }, timeoutMs);
    }
    /** Nothing stays on the runner: the platform keeps (and prunes) its own releases. */
    prune() {
        return Promise.resolve([]);
    }
    files(p) {
        return {
            MSDEPLOY_ARTIFACT: p.artifact,
            MSDEPLOY_ARTIFACT_KIND: p.kind,
            MSDEPLOY_CONFIG: p.config,
        };
    }
    async exec(script, env, timeoutMs) {
        // The manifest's script (trusted text) may run code from the artifact: it gets the build's
        // allow-list plus the names the environment forwards, never our inputs, tokens or files.
        const run = (onOutput) => (0,platform_process/* runProcess */.R3)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
            cwd: this.o.root,
            env: (0,build_env/* buildEnvironment */.AF)((0,context/* parentEnvironment */._Z)(), this.o.forward, env),
            installHint: 'bash',
            timeoutMs,
            reapGroup: true,
            ...(onOutput && { onOutput }),
        });
        const log = this.o.log;
        const r = log?.untrusted
            ? await log.untrusted((write) => run(write))
            : await run(log && ((chunk) => log.info(chunk.replace(/\n$/, ''))));
        return { exitCode: r.exitCode, tail: r.tail };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: ./src/core/artifact/digest.ts
var digest = __nccwpck_require__(47576);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/core/artifact/tar.ts
/**
 * Tar headers: encode (ustar + PAX extended headers) and decode (ustar, PAX, GNU long names).
 * Pure functions over 512-byte blocks; streaming lives in pack.ts and unpack.ts.
 */
const BLOCK_SIZE = 512;
/** Two zero blocks end an archive. */
const END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK_SIZE);
/** The typeflag byte of a tar header. */
const tar_TarType = {
    file: '0',
    oldFile: '\0',
    hardLink: '1',
    symlink: '2',
    charDevice: '3',
    blockDevice: '4',
    directory: '5',
    fifo: '6',
    contiguous: '7',
    paxLocal: 'x',
    paxGlobal: 'g',
    gnuLongName: 'L',
    gnuLongLink: 'K',
};
class TarFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TarFormatError';
    }
}
// ustar field layout: [offset, length]
const F = {
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
    prefix: [345, 155],
};
/** Largest value an octal field of `len` bytes holds (len - 1 digits plus a NUL). */
function octalMax(len) {
    return 8 ** (len - 1) - 1;
}
const isPlainAscii = (s) => /^[\x20-\x7e]*$/.test(s);
/**
 * Encode one ustar header block from complete values. Tests use it directly to craft hostile
 * archives, so it does not judge the values: it only refuses what the format cannot hold.
 */
function encodeUstarHeader(h) {
    const block = Buffer.alloc(BLOCK_SIZE);
    writeString(block, F.name, h.name, 'name');
    writeOctal(block, F.mode, h.mode ?? 0o644);
    writeOctal(block, F.uid, h.uid ?? 0);
    writeOctal(block, F.gid, h.gid ?? 0);
    writeOctal(block, F.size, h.size ?? 0);
    writeOctal(block, F.mtime, h.mtime ?? 0);
    block.write(h.type, F.type[0], 1, 'latin1');
    writeString(block, F.linkName, h.linkName ?? '', 'linkname');
    block.write('ustar\0', F.magic[0], 'latin1');
    block.write('00', F.version[0], 'latin1');
    writeString(block, F.uname, h.uname ?? '', 'uname');
    writeString(block, F.gname, h.gname ?? '', 'gname');
    writeOctal(block, F.devMajor, h.devMajor ?? 0);
    writeOctal(block, F.devMinor, h.devMinor ?? 0);
    writeChecksum(block);
    return block;
}
/**
 * The header block(s) of one entry as our reproducible writer emits it: owner 0/0, empty
 * owner names, and a PAX extended header (with a fixed name) when the path or link target is
 * too long or not plain ASCII, or the size exceeds the ustar field.
 */
function encodeEntryHeader(e) {
    const name = e.type === tar_TarType.directory ? `${e.path}/` : e.path;
    const linkName = e.linkName ?? '';
    const pax = [];
    if (Buffer.byteLength(name) > F.name[1] || !isPlainAscii(name))
        pax.push(['path', name]);
    if (Buffer.byteLength(linkName) > F.linkName[1] || !isPlainAscii(linkName)) {
        pax.push(['linkpath', linkName]);
    }
    if (e.size > octalMax(F.size[1]))
        pax.push(['size', String(e.size)]);
    const header = encodeUstarHeader({
        name: pax.some(([k]) => k === 'path') ? asciiStandIn(name, F.name[1]) : name,
        type: e.type,
        mode: e.mode,
        size: e.size > octalMax(F.size[1]) ? 0 : e.size,
        mtime: e.mtime,
        linkName: pax.some(([k]) => k === 'linkpath')
            ? asciiStandIn(linkName, F.linkName[1])
            : linkName,
    });
    if (pax.length === 0)
        return header;
    return Buffer.concat([encodePaxHeader(pax, e.mtime), header]);
}
/** A PAX extended header entry (`x`) carrying `records`, padded to whole blocks. */
function encodePaxHeader(records, mtime = 0) {
    const body = Buffer.concat(records.map(([k, v]) => paxRecord(k, v)));
    const header = encodeUstarHeader({
        // A fixed name keeps the archive reproducible (GNU tar puts its pid here).
        name: 'PaxHeader',
        type: tar_TarType.paxLocal,
        mode: 0o644,
        size: body.length,
        mtime,
    });
    return Buffer.concat([header, body, Buffer.alloc(padding(body.length))]);
}
/** `"<len> <key>=<value>\n"` where len counts the whole record, its own digits included. */
function paxRecord(key, value) {
    const rest = ` ${key}=${value}\n`;
    const restLen = Buffer.byteLength(rest);
    let len = restLen + String(restLen).length;
    if (String(len).length + restLen !== len)
        len = restLen + String(len).length;
    return Buffer.from(`${len}${rest}`);
}
/** Bytes of zero padding after a body of `size` bytes. */
function padding(size) {
    return (BLOCK_SIZE - (size % BLOCK_SIZE)) % BLOCK_SIZE;
}
/** An ASCII rendering for the ustar field of a name carried in full by a PAX record. */
function asciiStandIn(s, max) {
    return s.replace(/[^\x20-\x7e]/g, '_').slice(0, max);
}
function writeString(block, [off, len], s, what) {
    const bytes = Buffer.from(s);
    if (bytes.length > len) {
        throw new TarFormatError(`tar ${what} "${s}" is ${bytes.length} bytes; the field holds ${len}.`);
    }
    bytes.copy(block, off);
}
function writeOctal(block, [off, len], n) {
    if (!Number.isInteger(n) || n < 0 || n > octalMax(len)) {
        throw new TarFormatError(`tar numeric field value ${n} does not fit ${len - 1} octal digits.`);
    }
    block.write(`${n.toString(8).padStart(len - 1, '0')}\0`, off, len, 'latin1');
}
function writeChecksum(block) {
    block.fill(0x20, F.checksum[0], F.checksum[0] + F.checksum[1]);
    let sum = 0;
    for (let i = 0; i < BLOCK_SIZE; i++)
        sum += block[i];
    block.write(`${sum.toString(8).padStart(6, '0')}\0 `, F.checksum[0], 8, 'latin1');
}
/** True when every byte of the block is zero (an end-of-archive block). */
function isZeroBlock(block) {
    for (let i = 0; i < BLOCK_SIZE; i++)
        if (block[i] !== 0)
            return false;
    return true;
}
/**
 * Decode one header block. Verifies the checksum (unsigned, or signed as some old writers
 * computed it) and reads octal or GNU base-256 numbers.
 */
function decodeHeader(block, offset) {
    if (block.length !== BLOCK_SIZE) {
        throw new TarFormatError(`Truncated tar header at byte ${offset}.`);
    }
    const stored = readNumber(block, F.checksum, 'checksum', offset);
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK_SIZE; i++) {
        const b = i >= F.checksum[0] && i < F.checksum[0] + F.checksum[1] ? 0x20 : block[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    if (stored !== unsigned && stored !== signed) {
        throw new TarFormatError(`Bad tar header checksum at byte ${offset}: the file is not a tar archive or is corrupted.`);
    }
    const magic = block.toString('latin1', F.magic[0], F.magic[0] + 5);
    let name = readString(block, F.name);
    const prefix = magic === 'ustar' ? readString(block, F.prefix) : '';
    if (prefix)
        name = `${prefix}/${name}`;
    return {
        name,
        mode: readNumber(block, F.mode, 'mode', offset),
        uid: readNumber(block, F.uid, 'uid', offset),
        gid: readNumber(block, F.gid, 'gid', offset),
        size: readNumber(block, F.size, 'size', offset),
        mtime: readNumber(block, F.mtime, 'mtime', offset),
        type: String.fromCharCode(block[F.type[0]]),
        linkName: readString(block, F.linkName),
        uname: readString(block, F.uname),
        gname: readString(block, F.gname),
        devMajor: readNumber(block, F.devMajor, 'devmajor', offset),
        devMinor: readNumber(block, F.devMinor, 'devminor', offset),
    };
}
function readString(block, [off, len]) {
    const end = block.indexOf(0, off);
    return block.toString('utf8', off, end === -1 || end > off + len ? off + len : end);
}
function readNumber(block, [off, len], what, offset) {
    if (block[off] & 0x80) {
        // GNU base-256: big-endian two's complement in the remaining bits; negatives are refused.
        if (block[off] & 0x40) {
            throw new TarFormatError(`Negative tar ${what} in the header at byte ${offset}.`);
        }
        let n = block[off] & 0x3f;
        for (let i = off + 1; i < off + len; i++)
            n = n * 256 + block[i];
        if (!Number.isSafeInteger(n)) {
            throw new TarFormatError(`tar ${what} in the header at byte ${offset} is too large.`);
        }
        return n;
    }
    // Octal digits, after leading spaces and before trailing NULs or spaces; a byte loop, as
    // every header holds eight numbers and an archive may hold a million headers.
    const end = off + len;
    let i = off;
    while (i < end && block[i] === 0x20)
        i++;
    let n = 0;
    for (; i < end; i++) {
        const b = block[i];
        if (b < 0x30 || b > 0x37)
            break;
        n = n * 8 + (b - 0x30);
    }
    for (; i < end; i++) {
        const b = block[i];
        if (b !== 0 && b !== 0x20) {
            const text = block
                .toString('latin1', off, end)
                .replace(/[\0 ]+$/, '')
                .replace(/^ +/, '');
            throw new TarFormatError(`Bad tar ${what} field "${text}" in the header at byte ${offset}.`);
        }
    }
    return n;
}
/** Parse a PAX extended header body into its records (later keys override earlier ones). */
function parsePax(body, offset) {
    const records = new Map();
    let pos = 0;
    while (pos < body.length) {
        if (body[pos] === 0)
            break; // trailing NUL padding written by some tools
        const space = body.indexOf(0x20, pos);
        const len = space === -1 ? NaN : Number(body.toString('latin1', pos, space));
        if (!Number.isInteger(len) ||
            len <= 0 ||
            pos + len > body.length ||
            body[pos + len - 1] !== 0x0a) {
            throw new TarFormatError(`Malformed PAX extended header record at byte ${offset + pos}.`);
        }
        const record = body.toString('utf8', space + 1, pos + len - 1);
        const eq = record.indexOf('=');
        if (eq <= 0) {
            throw new TarFormatError(`Malformed PAX extended header record at byte ${offset + pos}.`);
        }
        records.set(record.slice(0, eq), record.slice(eq + 1));
        pos += len;
    }
    return records;
}

// EXTERNAL MODULE: ./src/core/paths/inside.ts
var inside = __nccwpck_require__(14990);
;// CONCATENATED MODULE: ./src/core/artifact/pack-entries.ts
/**
 * What a build output holds, as it will be packed (the `archive` kind and the deb's staging):
 * every file, directory and symlink except `.git`, with normalised modes, checked for safety and
 * sorted by the bytes of the path. Listing is synchronous: on a tree of 60k files, a promise and
 * a thread-pool round trip per lstat cost more than the lstat itself.
 */

// The system's realpath(3): the JS realpathSync resolves `link/..` lexically, not through the link.
const realpath = external_node_fs_.realpathSync.native;



/** A file in the build output that cannot go into an artifact safely or reproducibly. */
class UnsafeEntryError extends Error {
    path;
    reason;
    constructor(path, reason) {
        super(`Cannot pack ${path}: ${reason}`);
        this.path = path;
        this.reason = reason;
        this.name = 'UnsafeEntryError';
    }
}
/**
 * One file, directory or symlink of a build output, as it will be packed. A class of plain
 * fields: a tree may hold hundreds of thousands of entries, so each one is kept small.
 */
class PackEntry {
    root;
    path;
    type;
    mode;
    mtime;
    size;
    linkName;
    dev;
    ino;
    constructor(
    /** The packed directory, absolute. */
    root, path, type, mode, mtime, size = 0, linkName, 
    /** The file walked (device and inode), so what is read later is known to be the same file. */
    dev = 0, ino = 0) {
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
    /** Absolute path on disk. */
    get abs() {
        return join(this.root, ...this.path.split('/'));
    }
}
/**
 * Every entry under srcDir except `.git` (at any depth), with normalised modes, checked for
 * safety (UnsafeEntryError) and sorted by the bytes of its path.
 */
function pack_entries_listPackableEntries(srcDir, mtime) {
    const root = resolve(srcDir);
    const realRoot = realpath(root);
    const entries = [];
    const visit = (relDir) => {
        for (const name of readdirSync(relDir ? join(root, relDir) : root)) {
            if (name === '.git')
                continue; // repository metadata never belongs in an artifact
            const entry = describe(root, realRoot, relDir ? `${relDir}/${name}` : name, mtime);
            entries.push(entry);
            if (entry.type === TarType.directory)
                visit(entry.path);
        }
    };
    visit('');
    return entries.sort(byUtf8Bytes);
}
/**
 * The order of the paths' UTF-8 bytes, which is code point order. JavaScript compares UTF-16
 * code units, which agrees except for a surrogate (U+10000 and up) against U+E000–U+FFFF: only
 * paths holding one of those are compared as bytes, sparing a Buffer per entry.
 */
function byUtf8Bytes(a, b) {
    if (HIGH_CODE_UNIT.test(a.path) || HIGH_CODE_UNIT.test(b.path)) {
        return Buffer.compare(Buffer.from(a.path), Buffer.from(b.path));
    }
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
const HIGH_CODE_UNIT = /[\ud800-\uffff]/;
function describe(root, realRoot, rel, mtime) {
    const abs = join(root, ...rel.split('/'));
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (!st) {
        throw new UnsafeEntryError(rel, 'it vanished while packing, or its name is not valid UTF-8. Finish the build before packing and use UTF-8 file names.');
    }
    if (st.isDirectory())
        return new PackEntry(root, rel, TarType.directory, 0o755, mtime);
    if (st.isFile()) {
        const mode = st.mode & 0o111 ? 0o755 : 0o644;
        return new PackEntry(root, rel, TarType.file, mode, mtime, st.size, undefined, st.dev, st.ino);
    }
    if (st.isSymbolicLink()) {
        const linkName = readlinkSync(abs);
        checkLinkInside(root, realRoot, rel, abs, linkName);
        return new PackEntry(root, rel, TarType.symlink, 0o777, mtime, 0, linkName);
    }
    const kind = st.isSocket() ? 'a socket' : st.isFIFO() ? 'a named pipe (fifo)' : 'a device';
    throw new UnsafeEntryError(rel, `it is ${kind}; only files, directories and symlinks can be packed. Remove it from the build output.`);
}
/** A packed symlink must point inside the packed tree, or the artifact would depend on the host. */
function checkLinkInside(root, realRoot, rel, abs, target) {
    const refuse = (why) => {
        throw new UnsafeEntryError(rel, `symlink to "${target}" ${why}`);
    };
    if (isAbsolute(target)) {
        refuse('is absolute; make it relative to the link so it points inside the artifact.');
    }
    if (!isInside(root, resolve(dirname(abs), target))) {
        refuse(`points outside ${root}; copy the target into the build output instead.`);
    }
    let real;
    try {
        real = realpath(abs);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ELOOP')
            refuse('is part of a symlink loop.');
        if (code !== 'ENOENT')
            throw err;
        // dangling but lexically inside: harmless, and unpacking checks it again
    }
    if (real !== undefined && !isInside(realRoot, real)) {
        refuse(`resolves through other links to ${real}, outside ${root}.`);
    }
}

;// CONCATENATED MODULE: ./src/platform/dpkg.ts
/**
 * The `deb` artifact kind: a reproducible Debian package built with dpkg-deb. The staging tree
 * (DEBIAN/control + the build output under the install prefix) gets fixed mtimes and normalised
 * modes; dpkg-deb runs with --root-owner-group and SOURCE_DATE_EPOCH, so the same build output
 * always gives the same .deb bytes.
 */








class DebPackageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DebPackageError';
    }
}
const DPKG_DEB = 'dpkg-deb';
async function buildDeb(opts) {
    if (!Number.isInteger(opts.mtime) || opts.mtime < 0) {
        throw new DebPackageError(`Package mtime ${opts.mtime} is not whole seconds since the epoch.`);
    }
    controlFile(opts); // validate before touching the disk
    const prefix = checkInstallPrefix(opts.installPrefix);
    const out = resolve(opts.outFile);
    if (isInside(resolve(opts.stageDir), dirname(out))) {
        throw new DebPackageError(`The package file ${out} is inside the build output ${resolve(opts.stageDir)}; write it elsewhere.`);
    }
    const work = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.partial`);
    const root = join(work, 'root');
    const tmpDeb = join(work, 'package.deb');
    try {
        await mkdir(root, { recursive: true });
        await stageTree(opts, root, prefix);
        await runDpkgDeb(['--root-owner-group', '-Zgzip', '--build', root, tmpDeb], opts.mtime, work);
        const [digest, { size }] = await Promise.all([digestFile(tmpDeb), stat(tmpDeb)]);
        await rename(tmpDeb, out);
        return { digest, size };
    }
    finally {
        await rm(work, { recursive: true, force: true });
    }
}
/**
 * Our semver build version as a Debian version: the prerelease separator `-` becomes `~` (so
 * `1.0.0~rc.1` sorts before `1.0.0`, as in semver) and other hyphens become `.`, since a `-`
 * would start a Debian revision.
 */
function debianVersion(version) {
    const plus = version.indexOf('+');
    const main = plus === -1 ? version : version.slice(0, plus);
    const build = plus === -1 ? '' : version.slice(plus);
    const dash = main.indexOf('-');
    const converted = dash === -1 ? main : `${main.slice(0, dash)}~${main.slice(dash + 1).replaceAll('-', '.')}`;
    const result = converted + build.replaceAll('-', '.');
    if (!/^[0-9][A-Za-z0-9.+~]*$/.test(result)) {
        throw new DebPackageError(`Version "${version}" cannot be a Debian version (got "${result}"): it must start with a digit and use only letters, digits and . + ~ - (Debian policy 5.6.12).`);
    }
    return result;
}
/** DEBIAN/control, refusing values that break Debian policy or could inject fields. */
function controlFile(opts, installedSizeKb) {
    if (!/^[a-z0-9][a-z0-9+.-]+$/.test(opts.package)) {
        throw new DebPackageError(`Package name "${opts.package}" is invalid: Debian package names are at least two characters of lowercase letters, digits and + - . starting with a letter or digit (Debian policy 5.6.1).`);
    }
    const architecture = opts.architecture ?? 'all';
    if (!/^[a-z0-9][a-z0-9-]*$/.test(architecture)) {
        throw new DebPackageError(`Architecture "${architecture}" is invalid: use a Debian architecture such as all, amd64 or arm64.`);
    }
    if (!/^[^\n<>]+ <[^\s<>@]+@[^\s<>]+>$/.test(opts.maintainer)) {
        throw new DebPackageError(`Maintainer "${opts.maintainer}" is invalid: write it as "Full Name <email@example.com>" (Debian policy 5.6.2).`);
    }
    const depends = opts.depends ?? [];
    for (const dep of depends)
        checkRelation(dep);
    const [synopsis, ...rest] = opts.description.replace(/\r\n?/g, '\n').trimEnd().split('\n');
    if (!synopsis?.trim()) {
        throw new DebPackageError(`Package ${opts.package} needs a description: its first line is the synopsis.`);
    }
    const extended = rest.map((line) => (line.trim() === '' ? ' .' : ` ${line}`));
    const fields = [
        `Package: ${opts.package}`,
        `Version: ${debianVersion(opts.version)}`,
        `Architecture: ${architecture}`,
        `Maintainer: ${opts.maintainer}`,
        ...(installedSizeKb === undefined ? [] : [`Installed-Size: ${installedSizeKb}`]),
        ...(depends.length ? [`Depends: ${depends.join(', ')}`] : []),
        `Section: misc`,
        `Priority: optional`,
        `Description: ${synopsis.trim()}`,
        ...extended,
    ];
    return `${fields.join('\n')}\n`;
}
const PACKAGE = '[a-z0-9][a-z0-9+.-]+(?::[a-z0-9-]+)?';
const VERSION_CONSTRAINT = '\\s*\\(\\s*(?:<<|<=|=|>=|>>)\\s*[A-Za-z0-9.+~:-]+\\s*\\)';
const RELATION = new RegExp(`^${PACKAGE}(?:${VERSION_CONSTRAINT})?$`);
function checkRelation(dep) {
    const alternatives = dep.split('|').map((a) => a.trim());
    if (alternatives.some((a) => !RELATION.test(a))) {
        throw new DebPackageError(`Dependency "${dep}" is invalid: write each as "package", "package (>= 1.2)" or alternatives "a | b" (Debian policy 7.1).`);
    }
}
function checkInstallPrefix(prefix) {
    const normal = posix.normalize(prefix);
    if (!prefix.startsWith('/') ||
        normal === '/' ||
        prefix.split('/').includes('..') ||
        /[\n\\]/.test(prefix)) {
        throw new DebPackageError(`Install prefix "${prefix}" is invalid: use an absolute directory below the root, such as /opt/<service>.`);
    }
    // The first component DEBIAN is the package's control area (maintainer scripts run as root).
    if (normal.split('/')[1] === 'DEBIAN') {
        throw new DebPackageError(`Install prefix "${prefix}" is inside /DEBIAN, the package's control area: install the build output elsewhere, such as /opt/<service>.`);
    }
    return normal.replace(/\/+$/, '');
}
/** DEBIAN/control plus the build output under the prefix, with fixed mtimes and normal modes. */
async function stageTree(opts, root, prefix) {
    const { mtime } = opts;
    const entries = listPackableEntries(opts.stageDir, mtime);
    // Installed-Size as dpkg-gencontrol counts it: KiB per file, one per directory or link.
    const installedSizeKb = entries.reduce((kb, e) => kb + (e.type === TarType.file ? Math.ceil(e.size / 1024) : 1), 0);
    const control = controlFile(opts, installedSizeKb);
    const dirs = [join(root, 'DEBIAN')];
    await mkdir(join(root, 'DEBIAN'));
    await writeFile(join(root, 'DEBIAN', 'control'), control);
    await setMeta(join(root, 'DEBIAN', 'control'), 0o644, mtime);
    const segments = prefix.split('/').filter(Boolean);
    for (let i = 1; i <= segments.length; i++)
        dirs.push(join(root, ...segments.slice(0, i)));
    await mkdir(join(root, ...segments), { recursive: true });
    const base = join(root, ...segments);
    for (const e of entries) {
        const target = join(base, ...e.path.split('/'));
        if (e.type === TarType.directory) {
            await mkdir(target);
            dirs.push(target);
        }
        else if (e.type === TarType.file) {
            await copyFile(e.abs, target);
            await setMeta(target, e.mode, mtime);
        }
        else {
            await symlink(await readlink(e.abs), target);
            await lutimes(target, mtime, mtime);
        }
    }
    // Directories last: creating their children changed their mtimes.
    for (const dir of dirs.reverse())
        await setMeta(dir, 0o755, mtime);
    await setMeta(root, 0o755, mtime);
}
async function setMeta(path, mode, mtime) {
    await chmod(path, mode);
    await utimes(path, mtime, mtime);
}
/** dpkg-deb through argv (no shell), with SOURCE_DATE_EPOCH fixing the ar member times. */
async function runDpkgDeb(args, mtime, cwd) {
    let r;
    try {
        r = await runProcess(DPKG_DEB, args, {
            cwd,
            extraEnv: { SOURCE_DATE_EPOCH: String(mtime) },
            installHint: 'dpkg',
            tailLines: 60,
        });
    }
    catch (e) {
        throw new DebPackageError(e instanceof ProgramNotFoundError
            ? `Cannot build a deb: ${DPKG_DEB} is not installed. Install the Debian package "dpkg" (apt-get install dpkg).`
            : `Cannot start ${DPKG_DEB}: ${e.message}`);
    }
    if (r.exitCode !== 0) {
        throw new DebPackageError(`${DPKG_DEB} ${args.join(' ')} failed (exit ${r.exitCode}):\n${r.tail.join('\n').trim()}`);
    }
}
/**
 * Install `debFile` into the dpkg root `root` (its own database under `<root>/var/lib/dpkg`,
 * created on first use): the local driver's way to make a `deb` release live. An earlier version
 * installed over a later one is a downgrade, which dpkg does: that is how a rollback goes back.
 */
async function installDeb(root, debFile) {
    const admin = (0,external_node_path_.join)(root, 'var', 'lib', 'dpkg');
    for (const dir of ['updates', 'info'])
        await (0,promises_.mkdir)((0,external_node_path_.join)(admin, dir), { recursive: true });
    await (0,promises_.mkdir)((0,external_node_path_.join)(root, 'var', 'log'), { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(admin, 'status'), '', { flag: 'a' });
    const r = await (0,platform_process/* runProcess */.R3)('dpkg', [
        `--root=${root}`,
        `--log=${(0,external_node_path_.join)(root, 'var', 'log', 'dpkg.log')}`,
        // Not root (tests, containers): dpkg still installs into a root this user owns.
        '--force-not-root',
        // A root of its own knows none of the system's packages: dependencies are the system's
        // to satisfy, checked only when installing into the system itself.
        ...((0,external_node_path_.resolve)(root) === '/' ? [] : ['--force-depends']),
        '-i',
        debFile,
    ], { cwd: root, installHint: 'dpkg', timeoutMs: 10 * 60 * 1000 });
    if (r.exitCode !== 0) {
        throw new DebPackageError(`dpkg -i into ${root} failed (exit ${r.exitCode}): ${r.tail.join('\n')}`);
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(38522);
;// CONCATENATED MODULE: ./src/core/artifact/unpack.ts
/**
 * Safe extraction of a tar.gz artifact (ours, or any ustar/PAX/GNU tar). An archive is data
 * from outside: nothing it says may write outside the destination. Extraction goes into a
 * temporary directory beside the destination, which is renamed into place only when the whole
 * archive was accepted, so a refused archive leaves nothing behind.
 *
 * Symlinks are created last, after every file and directory, and each is checked against the
 * complete set of links by resolving its target as the kernel would; during extraction the tree
 * on disk holds no symlink, so no write can be redirected through one.
 */







/** An archive entry that would escape or endanger the destination; nothing was extracted. */
class UnsafeArchiveError extends Error {
    entry;
    reason;
    constructor(entry, reason) {
        super(`Refusing to extract ${JSON.stringify(shorten(entry))}: ${reason}`);
        this.entry = entry;
        this.reason = reason;
        this.name = 'UnsafeArchiveError';
    }
}
/** A hostile name can be megabytes long: messages quote its start and say how long it is. */
function shorten(name) {
    return name.length <= 200 ? name : `${name.slice(0, 200)}… (${name.length} characters)`;
}
const GIB = 1024 * 1024 * 1024;
const DEFAULT_MAX_BYTES = 4 * GIB;
/**
 * Every entry costs a few file-system calls (about 0.1–0.5 ms on a busy machine): 250,000 entries
 * is four times the 60,000-file trees the pack bench makes, and still minutes, not hours (a
 * million empty entries once ran for more than 15 minutes).
 */
const DEFAULT_MAX_ENTRIES = 250_000;
/** Longest path or symlink target, in UTF-8 bytes (Linux PATH_MAX). */
const MAX_PATH_BYTES = 4096;
/** Most `/`-separated components in a path or symlink target. */
const MAX_PATH_COMPONENTS = 256;
/** Extended headers (PAX, GNU long names) are metadata: anything larger is hostile. */
const MAX_META_BYTES = 1024 * 1024;
/** Symlinks one resolution may follow, as Linux allows (MAXSYMLINKS). */
const MAX_LINK_HOPS = 40;
async function unpackArchive(file, destDir, opts = {}) {
    const dest = (0,external_node_path_.resolve)(destDir);
    await checkDestinationFree(dest);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(dest), `.${(0,external_node_path_.basename)(dest)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.partial`);
    await (0,promises_.mkdir)(tmp);
    try {
        const result = await extract(file, tmp, {
            maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
            maxEntries: opts.maxEntries ?? DEFAULT_MAX_ENTRIES,
        });
        await (0,promises_.rmdir)(dest).catch((err) => {
            if (err.code !== 'ENOENT')
                throw err;
        });
        await (0,promises_.rename)(tmp, dest);
        return result;
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        throw err;
    }
}
/** The destination must not exist or be empty: a release directory is never overwritten. */
async function checkDestinationFree(dest) {
    try {
        if ((await (0,promises_.readdir)(dest)).length > 0) {
            throw new Error(`Cannot unpack into ${dest}: it exists and is not empty. Unpack into a new directory.`);
        }
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
    }
}
async function extract(file, root, limits) {
    // pipeline() so a read error (missing file, bad gzip) reaches the reader instead of hanging it.
    const gunzip = (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(file, { highWaterMark: 1024 * 1024 }), (0,external_node_zlib_.createGunzip)({ chunkSize: 256 * 1024 }), () => undefined);
    const tree = new Tree(root);
    let current = '(archive)';
    const input = new StreamReader(gunzip, limits.maxBytes, () => {
        throw new UnsafeArchiveError(current, `the archive expands beyond ${limits.maxBytes} bytes (maxBytes); it may be a decompression bomb.`);
    });
    let files = 0;
    let bytes = 0;
    let entries = 0;
    let pending = {};
    try {
        for (;;) {
            const offset = input.offset;
            const block = await input.read(BLOCK_SIZE);
            if (block === null) {
                throw new UnsafeArchiveError('(archive)', 'it ends without an end-of-archive marker; it is truncated.');
            }
            if (isZeroBlock(block))
                break;
            const h = decodeHeader(block, offset);
            const size = pending.size ?? h.size;
            const name = pending.path ?? h.name;
            current = name;
            if (isMetaType(h.type)) {
                if (size > MAX_META_BYTES) {
                    throw new UnsafeArchiveError(name, `its extended header is ${size} bytes, over ${MAX_META_BYTES}.`);
                }
                const body = await input.readBody(size);
                pending = applyMeta(h, body, offset, pending);
                continue;
            }
            if (++entries > limits.maxEntries) {
                throw new UnsafeArchiveError(name, `the archive has more than ${limits.maxEntries} entries (maxEntries).`);
            }
            const entry = { ...h, name, size, linkName: pending.linkPath ?? h.linkName };
            pending = {};
            const path = entryPath(name);
            switch (entry.type) {
                case tar_TarType.file:
                case tar_TarType.oldFile:
                case tar_TarType.contiguous: {
                    if (path === '')
                        throw new UnsafeArchiveError(name, 'a file entry has an empty path.');
                    if (size > limits.maxBytes - input.offset) {
                        throw new UnsafeArchiveError(name, `it declares ${size} bytes, beyond maxBytes ${limits.maxBytes}.`);
                    }
                    await tree.writeFile(path, name, entry, input.chunks(size));
                    files++;
                    bytes += size;
                    break;
                }
                case tar_TarType.directory:
                    if (path !== '')
                        await tree.addDir(path, name);
                    await input.skip(size);
                    break;
                case tar_TarType.symlink:
                    if (path === '')
                        throw new UnsafeArchiveError(name, 'a symlink entry has an empty path.');
                    tree.addSymlink(path, name, entry.linkName);
                    await input.skip(size);
                    break;
                case tar_TarType.hardLink:
                    await tree.addHardLink(path, name, entry.linkName);
                    files++;
                    await input.skip(size);
                    break;
                case tar_TarType.charDevice:
                case tar_TarType.blockDevice:
                case tar_TarType.fifo:
                    throw new UnsafeArchiveError(name, 'device and fifo entries are never extracted.');
                default:
                    throw new UnsafeArchiveError(name, `entry type "${entry.type}" is not supported.`);
            }
            await input.skip(padding(size));
        }
        current = '(archive)';
        // Read to the end: the gzip trailer's CRC and length are checked only there, and trailing
        // zero padding still counts against maxBytes.
        await input.drain();
        await tree.createSymlinks();
    }
    finally {
        gunzip.destroy();
    }
    return { files, bytes };
}
function isMetaType(type) {
    return (type === tar_TarType.paxLocal ||
        type === tar_TarType.paxGlobal ||
        type === tar_TarType.gnuLongName ||
        type === tar_TarType.gnuLongLink);
}
/** PAX and GNU long-name headers describe the next entry. Global PAX headers carry nothing we use. */
function applyMeta(h, body, offset, pending) {
    const next = { ...pending };
    if (h.type === tar_TarType.gnuLongName)
        next.path = cString(body);
    else if (h.type === tar_TarType.gnuLongLink)
        next.linkPath = cString(body);
    else if (h.type === tar_TarType.paxLocal) {
        const records = parsePax(body, offset + BLOCK_SIZE);
        const path = records.get('path');
        const linkPath = records.get('linkpath');
        const size = records.get('size');
        if (path !== undefined)
            next.path = path;
        if (linkPath !== undefined)
            next.linkPath = linkPath;
        if (size !== undefined) {
            const n = Number(size);
            if (!/^\d+$/.test(size) || !Number.isSafeInteger(n)) {
                throw new UnsafeArchiveError(next.path ?? h.name, `PAX size "${size}" is not a valid size.`);
            }
            next.size = n;
        }
    }
    else
        parsePax(body, offset + BLOCK_SIZE); // a global header must at least be well formed
    return next;
}
function cString(body) {
    const end = body.indexOf(0);
    return body.toString('utf8', 0, end === -1 ? body.length : end);
}
/**
 * The entry's path relative to the destination, '/'-separated without `.` segments; '' for the
 * root itself. Absolute paths, `..` segments, NULs, backslashes and drive letters are refused.
 */
function entryPath(name) {
    checkPathSize(name, name, 'path');
    if (name.includes('\0'))
        throw new UnsafeArchiveError(name, 'its name contains a NUL byte.');
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
        throw new UnsafeArchiveError(name, 'its path is absolute.');
    }
    if (name.includes('\\')) {
        throw new UnsafeArchiveError(name, 'its path contains a backslash, a separator on Windows.');
    }
    const segments = name.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..')) {
        throw new UnsafeArchiveError(name, 'its path has a ".." segment that could leave the destination.');
    }
    return segments.join('/');
}
/** Refuse a path over MAX_PATH_BYTES or MAX_PATH_COMPONENTS before anything walks it. */
function checkPathSize(name, path, what) {
    const bytes = Buffer.byteLength(path, 'utf8');
    if (bytes > MAX_PATH_BYTES) {
        throw new UnsafeArchiveError(name, `its ${what} is ${bytes} bytes long, over ${MAX_PATH_BYTES} (PATH_MAX).`);
    }
    let components = 1;
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
        components++;
    if (components > MAX_PATH_COMPONENTS) {
        throw new UnsafeArchiveError(name, `its ${what} has ${components} components, over ${MAX_PATH_COMPONENTS}.`);
    }
}
/**
 * What has been extracted so far, as a tree of path components: claiming a path walks its
 * components once, so the work per entry is linear in its length, however deep it is.
 */
class Tree {
    root;
    top = { kind: 'dir', made: true };
    links = [];
    constructor(root) {
        this.root = root;
    }
    async addDir(path, name) {
        const chain = this.claim(path, name, 'dir', true);
        const node = chain[chain.length - 1];
        if (node.made)
            return;
        await (0,promises_.mkdir)(this.abs(path), { recursive: true });
        for (const n of chain)
            n.made = true;
    }
    async writeFile(path, name, h, data) {
        const chain = this.claim(path, name, 'file');
        await this.ensureParent(path, chain);
        // O_EXCL|O_NOFOLLOW: never write through anything already at this path.
        const flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
        const fh = await (0,promises_.open)(this.abs(path), flags, 0o600);
        try {
            for await (const chunk of data) {
                for (let off = 0; off < chunk.length;) {
                    off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
                }
            }
            await fh.chmod(h.mode & 0o111 ? 0o755 : 0o644);
            await fh.utimes(h.mtime, h.mtime);
        }
        finally {
            await fh.close();
        }
    }
    async addHardLink(path, name, target) {
        if (path === '')
            throw new UnsafeArchiveError(name, 'a hard link entry has an empty path.');
        let targetPath;
        try {
            targetPath = entryPath(target);
        }
        catch (err) {
            if (!(err instanceof UnsafeArchiveError))
                throw err;
            throw new UnsafeArchiveError(name, `hard link to "${shorten(target)}": ${err.reason}`);
        }
        if (this.lookup(targetPath)?.kind !== 'file') {
            throw new UnsafeArchiveError(name, `hard link to "${shorten(target)}", which is not a regular file extracted earlier from this archive.`);
        }
        const chain = this.claim(path, name, 'file');
        await this.ensureParent(path, chain);
        await (0,promises_.link)(this.abs(targetPath), this.abs(path));
    }
    /** Recorded now, created by createSymlinks() once every entry is known. */
    addSymlink(path, name, target) {
        if (target === '')
            throw new UnsafeArchiveError(name, 'symlink with an empty target.');
        checkPathSize(name, target, 'symlink target');
        if (target.startsWith('/') || /^[A-Za-z]:/.test(target)) {
            throw new UnsafeArchiveError(name, `symlink to the absolute path "${target}".`);
        }
        if (target.includes('\0'))
            throw new UnsafeArchiveError(name, 'symlink target contains a NUL byte.');
        const chain = this.claim(path, name, 'symlink');
        chain[chain.length - 1].target = target;
        this.links.push({ path, name, target, chain });
    }
    async createSymlinks() {
        for (const l of this.links) {
            const from = l.path.split('/').slice(0, -1);
            const outcome = this.resolve(from, l.target, { hops: MAX_LINK_HOPS });
            if (typeof outcome === 'string') {
                throw new UnsafeArchiveError(l.name, `symlink to "${shorten(l.target)}" ${outcome}`);
            }
        }
        for (const l of this.links) {
            await this.ensureParent(l.path, l.chain);
            await (0,promises_.symlink)(l.target, this.abs(l.path));
        }
    }
    /**
     * Resolve `target` from the directory `from` the way the kernel would, following the
     * archive's own symlinks. Returns the resolved segments, or why the target is refused.
     * Each step is one child lookup in the tree, so a resolution is linear in the segments read.
     */
    resolve(from, target, budget) {
        const at = [...from];
        // nodes[i] is the tree node of at[0..i) (undefined below a path the archive does not hold)
        const nodes = [this.top];
        for (const seg of at)
            nodes.push(nodes[nodes.length - 1]?.children?.get(seg));
        for (const seg of target.split('/')) {
            if (seg === '' || seg === '.')
                continue;
            if (seg === '..') {
                if (at.length === 0)
                    return 'leaves the destination directory.';
                at.pop();
                nodes.pop();
                continue;
            }
            const node = nodes[nodes.length - 1]?.children?.get(seg);
            if (node?.kind !== 'symlink' || node.target === undefined) {
                at.push(seg);
                nodes.push(node);
                continue;
            }
            if (--budget.hops < 0)
                return 'is part of a symlink loop.';
            if (node.target.startsWith('/'))
                return 'goes through a symlink to an absolute path.';
            const resolved = this.resolve(at, node.target, budget);
            if (typeof resolved === 'string')
                return resolved;
            at.splice(0, at.length, ...resolved);
            nodes.length = 1;
            for (const s of at)
                nodes.push(nodes[nodes.length - 1]?.children?.get(s));
        }
        return at;
    }
    /** The node at `path`, if the archive holds it. */
    lookup(path) {
        let node = this.top;
        for (const seg of path.split('/'))
            node = node?.children?.get(seg);
        return node;
    }
    /**
     * Record `path` as `kind`, refusing duplicates and parents that are not directories; returns
     * the nodes from the root to the path's own. `reuseDir`: a directory seen before is fine.
     */
    claim(path, name, kind, reuseDir = false) {
        const segments = path.split('/');
        const chain = [this.top];
        let node = this.top;
        for (let i = 0; i < segments.length - 1; i++) {
            const seg = segments[i];
            let child = node.children?.get(seg);
            if (child === undefined) {
                child = { kind: 'dir' };
                (node.children ??= new Map()).set(seg, child);
            }
            else if (child.kind !== 'dir') {
                const parent = segments.slice(0, i + 1).join('/');
                throw new UnsafeArchiveError(name, `its parent "${shorten(parent)}" is a ${child.kind} in this archive.`);
            }
            chain.push(child);
            node = child;
        }
        const last = segments[segments.length - 1];
        const existing = node.children?.get(last);
        if (existing !== undefined) {
            if (reuseDir && kind === 'dir' && existing.kind === 'dir') {
                chain.push(existing);
                return chain;
            }
            throw new UnsafeArchiveError(name, `"${shorten(path)}" appears twice in the archive (as ${existing.kind} and ${kind}).`);
        }
        const own = { kind };
        (node.children ??= new Map()).set(last, own);
        chain.push(own);
        return chain;
    }
    /** Make the parent directory of `path` (whose chain claim() returned) once. */
    async ensureParent(path, chain) {
        const parentNode = chain[chain.length - 2];
        if (parentNode.made)
            return;
        await (0,promises_.mkdir)(this.abs(path.split('/').slice(0, -1).join('/')), { recursive: true });
        for (let i = 0; i < chain.length - 1; i++)
            chain[i].made = true;
    }
    abs(path) {
        return path === '' ? this.root : (0,external_node_path_.join)(this.root, ...path.split('/'));
    }
}
/** Exact-size reads over a decompressed stream, counting every byte against a limit. */
class StreamReader {
    limit;
    onLimit;
    buf = Buffer.alloc(0);
    it;
    /** Decompressed bytes handed out so far. */
    offset = 0;
    pulled = 0;
    constructor(source, limit, onLimit) {
        this.limit = limit;
        this.onLimit = onLimit;
        this.it = source[Symbol.asyncIterator]();
    }
    async more() {
        const r = await this.it.next();
        if (r.done)
            return false;
        this.pulled += r.value.length;
        if (this.pulled > this.limit)
            this.onLimit();
        this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
        return true;
    }
    /** Exactly `n` bytes, or null at a clean end of stream. */
    async read(n) {
        while (this.buf.length < n) {
            if (!(await this.more())) {
                if (this.buf.length === 0)
                    return null;
                throw new UnsafeArchiveError('(archive)', `it ends in the middle of a block at byte ${this.offset}; it is truncated.`);
            }
        }
        const out = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(n);
        this.offset += n;
        return out;
    }
    /** An entry body read whole (only for small metadata bodies), padding skipped. */
    async readBody(size) {
        const body = size === 0 ? Buffer.alloc(0) : await this.read(size);
        if (body === null)
            throw new UnsafeArchiveError('(archive)', 'it ends inside an extended header; it is truncated.');
        await this.skip(padding(size));
        return Buffer.from(body);
    }
    /** Exactly `n` bytes in pieces as they arrive; throws if the stream ends first. */
    async *chunks(n) {
        let left = n;
        while (left > 0) {
            if (this.buf.length === 0 && !(await this.more())) {
                throw new UnsafeArchiveError('(archive)', `it ends inside an entry at byte ${this.offset}; it is truncated.`);
            }
            const take = Math.min(left, this.buf.length);
            const out = this.buf.subarray(0, take);
            this.buf = this.buf.subarray(take);
            this.offset += take;
            left -= take;
            yield out;
        }
    }
    async skip(n) {
        for (let left = n; left > 0;) {
            if (this.buf.length === 0 && !(await this.more())) {
                throw new UnsafeArchiveError('(archive)', `it ends inside an entry at byte ${this.offset}; it is truncated.`);
            }
            const take = Math.min(left, this.buf.length);
            this.buf = this.buf.subarray(take);
            this.offset += take;
            left -= take;
        }
    }
    /** Consume the rest of the stream (still counted against the limit). */
    async drain() {
        this.buf = Buffer.alloc(0);
        while (await this.more())
            this.buf = Buffer.alloc(0);
    }
}

// EXTERNAL MODULE: ./src/core/manifest/spec.ts
var spec = __nccwpck_require__(17882);
// EXTERNAL MODULE: ./src/platform/local-store.ts
var local_store = __nccwpck_require__(1300);
;// CONCATENATED MODULE: ./src/platform/release-layout.ts
/**
 * The release layout on a filesystem this process owns (the `local` driver; the ssh driver runs
 * the same steps on remote hosts):
 *
 *   <base>/<service>/current                     symlink → releases/<name> (relative)
 *   <base>/<service>/releases/<name>/            one release, <name> = <version>-<config digest 12>
 *     artifact/                                  the artifact, unpacked by the safe unpacker
 *     <config file>                              the resolved config, mode 0600
 *     .msdeploy-release.json                     what the release is, and its deploy order
 *   <base>/<service>/releases/.staging-…/        a release being prepared
 *
 * Every step that makes something visible under a real name is a rename(): a release is
 * prepared in a staging directory and renamed into place whole, and `current` is replaced by
 * renaming a new symlink over it. A process killed at any point (kill -9) leaves the previous
 * release live and no half release under a release name; the next deploy sweeps what it left.
 *
 * The artifact goes into its own `artifact/` directory so nothing it contains can collide with
 * the config file or the release record.
 *
 * No lock here: the ledger's `deploying` lease serialises deployers of a service.
 */










const RELEASES_DIR = 'releases';
const CURRENT_LINK = 'current';
const ARTIFACT_DIR = 'artifact';
/** A `deb` artifact stays a package in its release: going live installs it (see dpkg.ts). */
const DEB_FILE = 'artifact.deb';
const RELEASE_RECORD = '.msdeploy-release.json';
const STAGING_PREFIX = '.staging-';
const TRASH_PREFIX = '.trash-';
const CURRENT_TMP_RE = /^current\.[0-9a-f]{12}\.tmp$/;
const RELEASE_NAME_RE = /^([0-9A-Za-z][0-9A-Za-z.+_-]{0,127})-([0-9a-f]{12})$/;
/** A config file is one plain name, never the artifact directory or a dot file. */
const CONFIG_FILE_RE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,127}$/;
/** The version of a release name, or undefined for anything that is not one. */
function parseReleaseName(name) {
    const m = RELEASE_NAME_RE.exec(name);
    return m ? { version: m[1], config12: m[2] } : undefined;
}
function checkReleaseName(name) {
    if (parseReleaseName(name) === undefined) {
        throw new Error(`${JSON.stringify(name.slice(0, 200))} is not a release name (<version>-<12 hex of the config digest>).`);
    }
    return name;
}
/**
 * Put a release in place: unpack into a staging directory, write the config (0600) and the
 * record, then rename the whole directory to its release name. A release that already exists
 * (it only ever appears complete) is left as it is and reported with `created: false`.
 */
async function prepareRelease(input) {
    if (!spec/* NAME_RE */.eF.test(input.service)) {
        throw new Error(`Service name ${JSON.stringify(input.service)} is not a service name (${spec/* NAME_PATTERN */.Vh}).`);
    }
    if (!(0,digest/* isDigest */.Bc)(input.artifactDigest)) {
        throw new Error(`Artifact digest ${JSON.stringify(input.artifactDigest)} is not sha256:<64 hex>.`);
    }
    if (!CONFIG_FILE_RE.test(input.configFile) || input.configFile === ARTIFACT_DIR) {
        throw new Error(`Config file name ${JSON.stringify(input.configFile)} is not a plain file name ` +
            `(letters, digits, . _ -, not starting with a dot, not "${ARTIFACT_DIR}").`);
    }
    const name = (0,rules/* releaseName */["do"])(input.version, input.configDigest);
    const serviceDir = (0,external_node_path_.resolve)(input.base, input.service);
    const releases = (0,external_node_path_.join)(serviceDir, RELEASES_DIR);
    const dir = (0,external_node_path_.join)(releases, name);
    await (0,promises_.mkdir)(releases, { recursive: true, mode: 0o755 });
    await sweep(serviceDir);
    if (await existingRelease(dir, input))
        return { serviceDir, name, dir, created: false };
    const staging = (0,external_node_path_.join)(releases, stagingName());
    await (0,promises_.mkdir)(staging, { mode: 0o755 });
    try {
        if (input.kind === 'deb')
            await (0,promises_.copyFile)(input.archive, (0,external_node_path_.join)(staging, DEB_FILE));
        else
            await unpackArchive(input.archive, (0,external_node_path_.join)(staging, ARTIFACT_DIR), input.unpack);
        await writeFileAtomic((0,external_node_path_.join)(staging, input.configFile), input.config, 0o600);
        const order = Math.max(-1, ...(await listReleases(serviceDir)).map((r) => r.order)) + 1;
        const record = {
            name,
            version: input.version,
            artifactDigest: input.artifactDigest,
            configDigest: input.configDigest,
            configFile: input.configFile,
            preparedAt: new Date().toISOString(),
            order,
        };
        await writeRecord(staging, record);
        await syncDir(staging);
        try {
            await (0,promises_.rename)(staging, dir);
        }
        catch (err) {
            // Another preparer of the same release finished first: theirs is complete, keep it.
            const code = err.code;
            if ((code === 'ENOTEMPTY' || code === 'EEXIST') && (await existingRelease(dir, input))) {
                await (0,promises_.rm)(staging, { recursive: true, force: true });
                return { serviceDir, name, dir, created: false };
            }
            throw err;
        }
    }
    catch (err) {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        throw err;
    }
    await syncDir(releases);
    return { serviceDir, name, dir, created: true };
}
/** true when `dir` holds this very release; throws when the name is taken by something else. */
async function existingRelease(dir, input) {
    const info = await (0,promises_.lstat)(dir).catch((err) => {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    });
    if (info === undefined)
        return false;
    if (!info.isDirectory()) {
        throw new Error(`${dir} exists and is not a release directory: move it away and deploy again.`);
    }
    const record = await readRecord(dir);
    if (record === undefined) {
        throw new Error(`${dir} exists without a readable ${RELEASE_RECORD}: msdeploy did not make it. Move it away and deploy again.`);
    }
    if (record.artifactDigest !== input.artifactDigest ||
        record.configDigest !== input.configDigest) {
        throw new Error(`Release ${record.name} in ${dir} is artifact ${record.artifactDigest} with config ${record.configDigest}, ` +
            `not ${input.artifactDigest} with ${input.configDigest}: a release name never changes content. ` +
            'Remove the old release on purpose, or deploy a new version.');
    }
    return true;
}
/**
 * Point `current` at `releases/<name>` atomically: a new symlink renamed over the old one, so a
 * reader always sees either the old or the new release, never no link. Returns the release
 * `current` named before, if any.
 */
async function switchCurrent(serviceDir, name) {
    checkReleaseName(name);
    const dir = (0,external_node_path_.resolve)(serviceDir);
    const release = (0,external_node_path_.join)(dir, RELEASES_DIR, name);
    const info = await (0,promises_.lstat)(release).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new Error(`Cannot switch ${(0,external_node_path_.join)(dir, CURRENT_LINK)} to ${name}: ${release} is not a release directory.`);
    }
    const previous = await currentRelease(dir);
    const tmp = (0,external_node_path_.join)(dir, `${CURRENT_LINK}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    // Relative, so the service directory can be moved or seen through a bind mount.
    await (0,promises_.symlink)(`${RELEASES_DIR}/${name}`, tmp);
    try {
        await (0,promises_.rename)(tmp, (0,external_node_path_.join)(dir, CURRENT_LINK));
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { force: true });
        if (err.code === 'EISDIR') {
            throw new Error(`${(0,external_node_path_.join)(dir, CURRENT_LINK)} is a directory, not a symlink: msdeploy never replaces it. Move it away and deploy again.`);
        }
        throw err;
    }
    await syncDir(dir);
    // After the switch: a kill before this only leaves the order one deploy behind.
    const record = await readRecord(release);
    if (record !== undefined) {
        const order = Math.max(-1, ...(await listReleases(dir)).map((r) => r.order)) + 1;
        await writeRecord(release, { ...record, deployedAt: new Date().toISOString(), order });
    }
    return previous;
}
/** The release `current` names, or undefined when there is no `current` yet. */
async function currentRelease(serviceDir) {
    const link = (0,external_node_path_.join)((0,external_node_path_.resolve)(serviceDir), CURRENT_LINK);
    let target;
    try {
        target = await (0,promises_.readlink)(link);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'EINVAL') {
            throw new Error(`${link} is not a symlink: msdeploy manages it as one. Move it away and deploy again.`);
        }
        throw err;
    }
    const prefix = `${RELEASES_DIR}/`;
    const name = target.startsWith(prefix) ? target.slice(prefix.length) : '';
    if (parseReleaseName(name) === undefined) {
        throw new Error(`${link} points at ${JSON.stringify(target.slice(0, 200))}, not at a release inside ${RELEASES_DIR}/: ` +
            'it was changed by hand. Point it back at a release or deploy one.');
    }
    return name;
}
/** The complete releases of a service, newest deploy first. */
async function listReleases(serviceDir) {
    const releases = (0,external_node_path_.join)((0,external_node_path_.resolve)(serviceDir), RELEASES_DIR);
    const names = await (0,promises_.readdir)(releases).catch((err) => {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    });
    const out = [];
    for (const name of names) {
        const parsed = parseReleaseName(name);
        if (parsed === undefined)
            continue; // staging, trash, or something that is not ours
        const info = await (0,promises_.lstat)((0,external_node_path_.join)(releases, name)).catch(() => undefined);
        if (!info?.isDirectory())
            continue;
        const record = await readRecord((0,external_node_path_.join)(releases, name));
        out.push({ name, version: parsed.version, record, order: record?.order ?? -1 });
    }
    return out.sort((a, b) => b.order - a.order || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}
/**
 * Remove the releases beyond the `keep` newest (by deploy order), but never the live one or a
 * name in `protect` (the rollback target). Each is renamed to a trash name before it is deleted,
 * so a kill mid-delete never leaves a partial tree under a release name. Returns what was removed.
 */
async function prune(serviceDir, keep, protect = []) {
    if (!Number.isSafeInteger(keep) || keep < 1) {
        throw new Error(`keep must be a whole number ≥ 1, got ${keep}.`);
    }
    const dir = (0,external_node_path_.resolve)(serviceDir);
    const live = await currentRelease(dir);
    const spared = new Set([...protect, ...(live === undefined ? [] : [live])]);
    const removed = [];
    for (const release of (await listReleases(dir)).slice(keep)) {
        if (spared.has(release.name))
            continue;
        await removeTree((0,external_node_path_.join)(dir, RELEASES_DIR), release.name);
        removed.push(release.name);
    }
    await sweep(dir);
    return removed;
}
/**
 * What killed deployers left: staging directories whose owner is gone (this host, pid dead) or
 * that are older than STALE_TEMP_MS, trash directories, and temporary `current` links.
 */
async function sweep(serviceDir) {
    const releases = (0,external_node_path_.join)(serviceDir, RELEASES_DIR);
    const now = Date.now();
    for (const name of await (0,promises_.readdir)(releases).catch(() => [])) {
        const path = (0,external_node_path_.join)(releases, name);
        if (name.startsWith(TRASH_PREFIX)) {
            await (0,promises_.rm)(path, { recursive: true, force: true });
        }
        else if (name.startsWith(STAGING_PREFIX)) {
            const info = await (0,promises_.lstat)(path).catch(() => undefined);
            if (info === undefined)
                continue;
            if (stagingOwnerGone(name) || now - info.mtimeMs > local_store/* STALE_TEMP_MS */.U) {
                await removeTree(releases, name);
            }
        }
    }
    for (const name of await (0,promises_.readdir)(serviceDir).catch(() => [])) {
        if (!CURRENT_TMP_RE.test(name))
            continue;
        const info = await (0,promises_.lstat)((0,external_node_path_.join)(serviceDir, name)).catch(() => undefined);
        if (info?.isSymbolicLink() && now - info.mtimeMs > local_store/* STALE_TEMP_MS */.U) {
            await (0,promises_.rm)((0,external_node_path_.join)(serviceDir, name), { force: true });
        }
    }
}
/** `.staging-<host>-<pid>-<random>`: who prepares it, so a re-run can tell it was killed. */
function stagingName() {
    return `${STAGING_PREFIX}${hostTag()}-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}
function hostTag() {
    return ((0,external_node_os_.hostname)()
        .replace(/[^0-9A-Za-z]+/g, '_')
        .slice(0, 48) || 'host');
}
/** The staging directory was made on this host by a process that no longer exists. */
function stagingOwnerGone(name) {
    const m = /^\.staging-(.*)-(\d+)-[0-9a-f]{12}$/.exec(name);
    if (!m || m[1] !== hostTag())
        return false;
    const pid = Number(m[2]);
    if (pid === process.pid)
        return false;
    try {
        process.kill(pid, 0);
        return false;
    }
    catch (err) {
        // EPERM: it exists under another user.
        return err.code === 'ESRCH';
    }
}
async function removeTree(parent, name) {
    const trash = (0,external_node_path_.join)(parent, `${TRASH_PREFIX}${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    await (0,promises_.rename)((0,external_node_path_.join)(parent, name), trash);
    await (0,promises_.rm)(trash, { recursive: true, force: true });
}
async function readRecord(releaseDir) {
    try {
        const record = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(releaseDir, RELEASE_RECORD), 'utf8'));
        return typeof record.order === 'number' && (0,digest/* isDigest */.Bc)(record.artifactDigest) ? record : undefined;
    }
    catch {
        return undefined;
    }
}
async function writeRecord(releaseDir, record) {
    await writeFileAtomic((0,external_node_path_.join)(releaseDir, RELEASE_RECORD), JSON.stringify(record, null, 2) + '\n', 0o644);
}
/** Write beside `path` and rename over it: a reader sees the old file or the whole new one. */
async function writeFileAtomic(path, data, mode) {
    const tmp = `${path}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    // O_EXCL|O_NOFOLLOW: never write through a link planted at the temporary name.
    const fh = await (0,promises_.open)(tmp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), mode);
    try {
        await fh.chmod(mode); // the umask may have taken bits; 0600 must be exactly that
        await fh.writeFile(data);
        await fh.sync();
    }
    catch (err) {
        await fh.close();
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
    await fh.close();
    await (0,promises_.rename)(tmp, path);
}
/** Make a rename in `dir` durable across a power loss, not only a kill. */
async function syncDir(dir) {
    const fh = await (0,promises_.open)(dir, external_node_fs_.constants.O_RDONLY);
    try {
        await fh.sync();
    }
    catch (err) {
        // Some filesystems refuse fsync on a directory; the rename itself is still atomic.
        if (!['EINVAL', 'EISDIR', 'EBADF'].includes(err.code ?? ''))
            throw err;
    }
    finally {
        await fh.close();
    }
}


;// CONCATENATED MODULE: ./src/platform/local-target.ts
/**
 * The `local` driver's target: releases on this machine's filesystem, under the environment's
 * base, through the release layout (platform/release-layout.ts). Scripts run with bash in the
 * live release, with the build's allow-listed environment plus MSDEPLOY_* values.
 */







async function exists(file) {
    return (0,promises_.access)(file).then(() => true, () => false);
}
/** The name of the resolved config file inside a release. */
const CONFIG_FILE = 'config.json';
class LocalTarget {
    base;
    dpkgRoot;
    name = 'local';
    keepsReleases = true;
    /** `dpkgRoot`: where a `deb` release is installed when it goes live (the environment's `dpkg-root`). */
    constructor(base, dpkgRoot) {
        this.base = base;
        this.dpkgRoot = dpkgRoot;
    }
    async prepare(files) {
        if (files.kind === 'deb' && this.dpkgRoot === undefined) {
            throw new Error(`${files.service} is a deb artifact: give the environment a \`dpkg-root\` to install it into, or deploy it with the command driver (dpkg -i "$MSDEPLOY_ARTIFACT").`);
        }
        const r = await prepareRelease({
            kind: files.kind,
            base: this.base,
            service: files.dir,
            version: files.version,
            artifactDigest: files.artifactDigest,
            configDigest: files.configDigest,
            archive: files.artifactFile,
            configFile: CONFIG_FILE,
            config: files.config,
        });
        return { created: r.created };
    }
    current(dir) {
        return currentRelease((0,external_node_path_.join)(this.base, dir));
    }
    async activate(dir, release) {
        const previous = await switchCurrent((0,external_node_path_.join)(this.base, dir), release);
        const deb = (0,external_node_path_.join)(this.base, dir, RELEASES_DIR, release, DEB_FILE);
        if (this.dpkgRoot !== undefined && (await exists(deb)))
            await installDeb(this.dpkgRoot, deb);
        return previous;
    }
    async run(script, dir, env, timeoutMs) {
        // The manifest's script (trusted text) runs code from the artifact (untrusted): it gets the
        // build's allow-list, never our inputs, tokens, secrets or the runner's file commands.
        const r = await (0,platform_process/* runProcess */.R3)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
            cwd: (0,external_node_path_.join)(this.base, dir, CURRENT_LINK),
            env: (0,build_env/* buildEnvironment */.AF)((0,context/* parentEnvironment */._Z)(), [], env),
            installHint: 'bash',
            timeoutMs,
            reapGroup: true,
        });
        return { exitCode: r.exitCode, tail: r.tail };
    }
    prune(dir, keep, protect) {
        return prune((0,external_node_path_.join)(this.base, dir), keep, [...protect]);
    }
}

;// CONCATENATED MODULE: ./src/core/deploy/shell-quote.ts
/**
 * The one quoting function for values that cross a shell: the ssh driver passes every value to
 * its fixed remote script as a positional argument, and ssh hands the remote side one command
 * string, so each argument must survive a POSIX shell's parsing exactly.
 */
/**
 * `arg` as one POSIX sh word that the shell turns back into exactly `arg`: single quotes, where
 * nothing is special, and each `'` written as `'\''` (close, escaped quote, reopen). Works for
 * newlines, `$()`, backticks, globs, a leading `-`, any Unicode and the empty string. NUL cannot
 * be an argument of any program (C strings end there), so it is refused rather than truncated.
 */
function shellQuote(arg) {
    if (arg.includes('\0')) {
        throw new Error(`Cannot pass a value containing a NUL character to a shell (at index ${arg.indexOf('\0')} of a ${arg.length}-character value): program arguments end at NUL.`);
    }
    return `'${arg.replaceAll("'", `'\\''`)}'`;
}
/** `argv` as one sh command line: each element quoted by shellQuote, joined by spaces. */
function shellCommand(argv) {
    return argv.map(shellQuote).join(' ');
}

;// CONCATENATED MODULE: ./src/platform/ssh.ts
/**
 * Running a script on a remote host over the system OpenSSH client (so users' keys, agents,
 * ~/.ssh/config and ProxyJump keep working), spawned with an argv array through runProcess.
 *
 * The remote side always runs the same fixed command, `sh -s -- <args>`: the script travels on
 * stdin and every value is a positional argument quoted by shellQuote. ssh joins its command
 * words into one string for the remote login shell, so that quoting is what keeps a value a
 * value; nothing is ever spliced into the script. The login shell must be a POSIX sh (dash,
 * bash, ash, zsh), as it is for service accounts.
 *
 * Host keys are checked strictly against the entries the caller gives, and only those.
 *
 * A caller that runs several steps on one host passes a `controlPath`: the first run leaves a
 * master connection listening there, which later runs share (a session on it costs a few ms of
 * CPU instead of a key exchange, a login and a fresh sshd on the host: ~0.3 s of CPU on both
 * sides together). The master is ours alone: made by a run with the same strict host-key options,
 * its socket in a private directory the caller created; never one from the user's ~/.ssh/config.
 */








/** The host's key was not among the known-hosts entries given, or did not match them. */
class SshHostKeyError extends errors/* MsdeployError */.g9 {
}
/** ssh could not connect or log in, or the session ran out of time. */
class SshConnectionError extends errors/* MsdeployError */.g9 {
}
/**
 * How long an idle master connection stays up. Long enough to carry a deploy from step to step
 * on a host; short, because a caller that never calls closeMaster leaves it running that long.
 */
const MASTER_IDLE_SECONDS = 15;
/**
 * Whether ssh can use `path` as a ControlPath: a Unix socket path (108 bytes with ssh's 17-byte
 * temporary suffix) with no characters ssh would expand (%, ~) or split (blanks, quotes).
 */
function usableControlPath(path) {
    return path.length <= 90 && /^\/[A-Za-z0-9_./-]+$/.test(path);
}
/** ssh's own exit status for its errors (a remote script may also exit 255: see classify). */
const SSH_FAILED = 255;
const NAME = /^[^\s@/'"\\-][^\s@/'"\\]*$/;
function validate(run) {
    const problems = [];
    if (!NAME.test(run.host))
        problems.push(`host ${JSON.stringify(run.host)} is not a host name`);
    if (!NAME.test(run.user))
        problems.push(`user ${JSON.stringify(run.user)} is not a user name`);
    if (!Number.isInteger(run.port) || run.port < 1 || run.port > 65535) {
        problems.push(`port ${run.port} is not a TCP port (1–65535)`);
    }
    if (run.knownHosts.some((l) => /[\r\n]/.test(l))) {
        problems.push('each known-hosts entry must be one line');
    }
    if (problems.length) {
        throw new errors/* MsdeployError */.g9(`Cannot run ssh: ${problems.join('; ')}.`);
    }
}
/** `host port N` as people read it, and `[host]:N` as known_hosts spells it. */
function where(run) {
    const key = run.port === 22 ? run.host : `[${run.host}]:${run.port}`;
    return `${run.user}@${run.host} port ${run.port} (known_hosts name ${key})`;
}
/** ssh's argv for one run: options, `--`, the destination and the fixed remote command. */
function sshArgs(run, knownHostsFile) {
    if (run.controlPath !== undefined && !usableControlPath(run.controlPath)) {
        throw new errors/* MsdeployError */.g9(`Cannot share an ssh connection through ${run.controlPath}: not a plain short absolute path.`);
    }
    const options = [
        'BatchMode=yes', // never prompt for a password or passphrase: fail instead
        'StrictHostKeyChecking=yes',
        `UserKnownHostsFile=${knownHostsFile}`,
        // Only the entries given count, not whatever the machine's global file trusts.
        'GlobalKnownHostsFile=/dev/null',
        'UpdateHostKeys=no',
        // A shared master connection from ~/.ssh/config would skip the host key check: connect anew,
        // or through our own master (made by a run with these very options).
        ...(run.controlPath === undefined
            ? ['ControlMaster=no', 'ControlPath=none']
            : [
                'ControlMaster=auto',
                `ControlPath=${run.controlPath}`,
                `ControlPersist=${MASTER_IDLE_SECONDS}`,
            ]),
        // Artifacts are compressed already; a user's `Compression yes` would only burn CPU.
        'Compression=no',
        `ConnectTimeout=${run.connectTimeoutSeconds ?? 15}`,
        // A dead peer is noticed in ~45 s instead of when the overall timeout ends.
        'ServerAliveInterval=15',
        'ServerAliveCountMax=3',
        'LogLevel=ERROR',
        ...(run.identityFile === undefined ? [] : ['IdentitiesOnly=yes']),
    ];
    return [
        '-T', // no terminal: the script's stdin and output stay plain byte streams
        ...options.flatMap((o) => ['-o', o]),
        '-p',
        String(run.port),
        ...(run.identityFile === undefined ? [] : ['-i', run.identityFile]),
        // `--`: nothing after it is an option, whatever the destination looks like.
        '--',
        `${run.user}@${run.host}`,
        run.payload === undefined
            ? shellCommand(['sh', '-s', '--', ...run.args])
            : shellCommand(['sh', '-c', run.script, 'sh', ...run.args]),
    ];
}
/** Throws for ssh's own failures (exit 255 with ssh's words); the remote script's are results. */
function classify(run, exitCode, timedOut, tail) {
    const detail = tail.slice(-10);
    if (timedOut) {
        throw new SshConnectionError(`ssh to ${where(run)} did not finish within ${Math.round(run.timeoutMs / 1000)} s: ssh was killed (the remote command may still be running).`, { detail });
    }
    if (exitCode !== SSH_FAILED)
        return;
    const text = tail.join('\n');
    if (/REMOTE HOST IDENTIFICATION HAS CHANGED/.test(text)) {
        throw new SshHostKeyError(`The host key of ${where(run)} does not match its known-hosts entry: refusing to connect. ` +
            'Either someone is intercepting the connection or the host was re-keyed; check the key out of band and update the known-hosts entry.', { detail });
    }
    if (/host key is known for|Host key verification failed/.test(text)) {
        throw new SshHostKeyError(`No known-hosts entry matches ${where(run)}: refusing to connect (StrictHostKeyChecking=yes). ` +
            "Add the host's key line, checked out of band (e.g. ssh-keyscan from a trusted network), to the known hosts.", { detail });
    }
    const sshSaid = text.match(/^(ssh: .*|.*Permission denied \(.*|kex_exchange_identification: .*|Connection (closed|reset) by .*)$/m);
    if (sshSaid) {
        throw new SshConnectionError(`ssh to ${where(run)} failed: ${sshSaid[0].trim()}`, { detail });
    }
}
/** The payload's parts, one after the other, as one stream (files read as it is consumed). */
function payloadStream(parts) {
    return external_node_stream_.Readable.from((async function* () {
        for (const part of parts) {
            if (Buffer.isBuffer(part))
                yield part;
            else
                yield* (0,external_node_fs_.createReadStream)(part.file);
        }
    })());
}
/**
 * Runs `run.script` with `run.args` on the remote host and returns its exit status and output.
 * Throws SshHostKeyError or SshConnectionError when ssh itself fails; a script that fails is a
 * result (its exit code), not an exception.
 */
async function runRemote(run) {
    validate(run);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(run.tempDir ?? (0,external_node_os_.tmpdir)(), 'msdeploy-ssh-')); // 0700
    try {
        const knownHostsFile = (0,external_node_path_.join)(dir, 'known_hosts');
        const lines = run.knownHosts.map((l) => l.trim()).filter((l) => l !== '');
        await (0,promises_.writeFile)(knownHostsFile, lines.map((l) => l + '\n').join(''), { mode: 0o600 });
        const r = await (0,platform_process/* runProcess */.R3)('ssh', sshArgs(run, knownHostsFile), {
            cwd: dir,
            installHint: 'openssh-client',
            timeoutMs: run.timeoutMs,
            collectStdout: true,
            onOutput: run.onOutput,
            // One compound command: the shell reads all of it before running any of it, so a dropped
            // connection never runs half a script, and a command reading stdin cannot eat the rest.
            input: run.payload === undefined ? `{\n${run.script}\n}\n` : payloadStream(run.payload),
        });
        classify(run, r.exitCode, r.timedOut, r.tail);
        return { exitCode: r.exitCode, stdout: r.stdout, tail: r.tail };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Ends the master connection a run with `controlPath` left; a no-op when there is none (it idled
 * out, or its directory is gone). ssh asks the master over its socket; the host only sees the
 * disconnect.
 */
async function closeMaster(run) {
    if (!usableControlPath(run.controlPath) || !(0,external_node_fs_.existsSync)(run.controlPath))
        return;
    await (0,platform_process/* runProcess */.R3)('ssh', [
        '-o',
        `ControlPath=${run.controlPath}`,
        '-O',
        'exit',
        '-p',
        String(run.port),
        '--',
        `${run.user}@${run.host}`,
    ], { cwd: (0,external_node_os_.tmpdir)(), installHint: 'openssh-client', timeoutMs: 10_000 });
}

;// CONCATENATED MODULE: ./src/platform/ssh-target.ts
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









/** A step on the host refused or failed; `reason` says which check, for callers and tests. */
class SshTargetError extends errors/* MsdeployError */.g9 {
    reason;
    constructor(message, reason, detail = []) {
        super(message, { detail });
        this.reason = reason;
    }
}
/** The scripts' exit codes for each refusal (anything else is `failed`). */
const FAILURES = {
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
const ssh_target_CONFIG_FILE_RE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,127}$/;
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
const REMOTE_SCRIPTS = { PREPARE, CURRENT, ACTIVATE, RUN, PRUNE };
/** The deploy layout on one ssh host. */
class SshTarget {
    opts;
    name;
    configFile;
    /** The private directory of this target's shared connection, made on first use. */
    connectionDir;
    constructor(opts) {
        this.opts = opts;
        this.name = opts.host.name;
        this.configFile = opts.configFile ?? 'config.yml';
        if (!opts.base.startsWith('/') || /[\r\n]/.test(opts.base)) {
            throw new errors/* MsdeployError */.g9(`Host ${this.name}: base directory ${JSON.stringify(opts.base)} must be an absolute path on one line.`);
        }
        if (!ssh_target_CONFIG_FILE_RE.test(this.configFile) || this.configFile === 'artifact') {
            throw new errors/* MsdeployError */.g9(`Config file name ${JSON.stringify(this.configFile)} is not a plain file name (letters, digits, . _ -, not starting with a dot, not "artifact").`);
        }
    }
    async prepare(files) {
        const dir = checkDir(files.dir);
        if (!(0,digest/* isDigest */.Bc)(files.artifactDigest)) {
            throw new errors/* MsdeployError */.g9(`Artifact digest ${JSON.stringify(files.artifactDigest)} is not sha256:<64 hex>.`);
        }
        if (files.kind !== 'archive') {
            throw new errors/* MsdeployError */.g9(`Host ${this.name}: the ssh driver unpacks archive artifacts; a ${files.kind} artifact is installed by the command driver.`);
        }
        const name = (0,rules/* releaseName */["do"])(files.version, files.configDigest);
        if (name !== files.release) {
            throw new errors/* MsdeployError */.g9(`Release ${JSON.stringify(files.release)} does not match version ${files.version} and config ${files.configDigest} (expected ${name}).`);
        }
        const config = Buffer.from(files.config, 'utf8');
        const { size } = await (0,promises_.stat)(files.artifactFile);
        const r = await this.remote(PREPARE, [
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
        ], this.opts.prepareTimeoutMs ?? 600_000, [config, { file: files.artifactFile }]);
        this.check(r, `prepare release ${name} in ${dir}`);
        const said = r.stdout.toString('utf8').trim();
        if (said !== 'created' && said !== 'exists') {
            throw new SshTargetError(`Host ${this.name}: preparing ${name} ended without saying so (${JSON.stringify(said.slice(0, 200))}).`, 'failed', r.tail);
        }
        return { created: said === 'created' };
    }
    async current(dir) {
        const r = await this.remote(CURRENT, [this.opts.base, checkDir(dir)]);
        this.check(r, `read ${dir}/current`);
        return this.releaseOf(r.stdout.toString('utf8'), dir);
    }
    keepsReleases = true;
    async activate(dir, release) {
        if (parseReleaseName(release) === undefined) {
            throw new errors/* MsdeployError */.g9(`${JSON.stringify(release.slice(0, 200))} is not a release name.`);
        }
        const r = await this.remote(ACTIVATE, [this.opts.base, checkDir(dir), release, tag()]);
        this.check(r, `switch ${dir}/current to ${release}`);
        return this.releaseOf(r.stdout.toString('utf8'), dir);
    }
    async run(script, dir, env, timeoutMs) {
        const pairs = Object.entries(env).map(([k, v]) => {
            if (!ENV_NAME_RE.test(k)) {
                throw new errors/* MsdeployError */.g9(`Environment variable ${JSON.stringify(k)} cannot be passed to a host: only MSDEPLOY_[A-Z0-9_]+ names are.`);
            }
            return `${k}=${v}`;
        });
        const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
        // The host's `timeout` stops the script; ssh gets a margin to bring the news back.
        const r = await this.remote(RUN, [this.opts.base, checkDir(dir), String(seconds), script, ...pairs], seconds * 1000 + (this.opts.stepTimeoutMs ?? 60_000));
        if (r.stdout.toString('utf8') !== 'ready\n') {
            this.check(r, `run a script in ${dir}`);
            throw new SshTargetError(`Host ${this.name}: the script in ${dir} did not start.`, 'failed', r.tail);
        }
        return { exitCode: r.exitCode, tail: r.tail };
    }
    async prune(dir, keep, protect) {
        if (!Number.isSafeInteger(keep) || keep < 1) {
            throw new errors/* MsdeployError */.g9(`keep must be a whole number ≥ 1, got ${keep}.`);
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
    async close() {
        const dir = this.connectionDir;
        if (dir === undefined)
            return;
        this.connectionDir = undefined;
        const { host } = this.opts;
        const controlPath = (0,external_node_path_.join)(await dir, 'c');
        try {
            await closeMaster({ host: host.address, port: host.port, user: host.user, controlPath });
        }
        finally {
            await (0,promises_.rm)(await dir, { recursive: true, force: true });
        }
    }
    /** Where this target's shared connection listens; undefined where ssh could not use the path. */
    async controlPath() {
        this.connectionDir ??= (0,promises_.mkdtemp)((0,external_node_path_.join)(this.opts.tempDir ?? (0,external_node_os_.tmpdir)(), 'msdeploy-mux-')); // 0700
        const path = (0,external_node_path_.join)(await this.connectionDir, 'c');
        return usableControlPath(path) ? path : undefined;
    }
    async remote(script, args, timeoutMs = this.opts.stepTimeoutMs ?? 60_000, payload) {
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
    check(r, what) {
        if (r.exitCode === 0)
            return;
        const said = r.tail.filter((l) => l.startsWith('msdeploy: ')).map((l) => l.slice(10));
        const reason = FAILURES[r.exitCode] ?? 'failed';
        const why = said.length ? said.join('; ') : `exit ${r.exitCode}: ${r.tail.slice(-3).join(' ')}`;
        throw new SshTargetError(`Host ${this.name}: cannot ${what}: ${why}`, reason, r.tail);
    }
    /** `releases/<name>` as the scripts print it, validated; empty is "no current yet". */
    releaseOf(target, dir) {
        if (target === '')
            return undefined;
        const name = target.startsWith('releases/') ? target.slice('releases/'.length) : '';
        if (parseReleaseName(name) === undefined) {
            throw new SshTargetError(`Host ${this.name}: ${this.opts.base}/${dir}/current points at ${JSON.stringify(target.slice(0, 200))}, not at a release inside releases/: it was changed by hand. Point it back at a release or deploy one.`, 'not-a-link');
        }
        return name;
    }
}
function checkDir(dir) {
    if (!DIR_RE.test(dir) || dir.split('/').some((c) => c === '.' || c === '..')) {
        throw new errors/* MsdeployError */.g9(`Service directory ${JSON.stringify(dir.slice(0, 200))} is not a plain relative path (letters, digits, . _ - components).`);
    }
    return dir;
}
function tag() {
    return (0,external_node_crypto_.randomBytes)(6).toString('hex');
}

// EXTERNAL MODULE: ./src/app/ledger-write.ts + 1 modules
var ledger_write = __nccwpck_require__(76910);
;// CONCATENATED MODULE: ./src/app/deploy-steps.ts










const START_TIMEOUT_MS = 10 * 60 * 1000;
/** How long a deploy lease lasts before another deployer may take it over. */
const DEFAULT_LEASE_SECONDS = 15 * 60;
/**
 * Close the lease taken in record `leaseSeq` with `deployed` or `rolled-back` (refused when the
 * lease was lost meanwhile), recording `reason`.
 */
async function closeLease(ctx, env, service, writer, leaseSeq, outcome, reason) {
    await (0,ledger_write/* appendWithRetry */.L)(ctx, service, writer.identity, (snap, origin) => Promise.resolve((0,rules/* decideDeployEnd */.l3)(snap.state, env, service.name, leaseSeq, outcome, {
        ...origin,
        actor: writer.actor,
    })), reason);
}
/**
 * Make `release` live on `t`: switch `current` to it (step `stepName`), start it and check its
 * health. Returns the failure, or undefined. Never throws: a host that drops its connection half
 * way is a failure to roll back from, not a deploy abandoned with its lease open.
 */
async function goLive(t, report, env, p, release, stepName = 'switch') {
    try {
        const scriptEnv = releaseEnv(env, p, release);
        await step(report, stepName, async () => {
            await t.activate(p.dir, release.release, scriptEnv);
            return t.keepsReleases ? `current → ${release.release}` : `run → ${release.release}`;
        });
        return await startAndCheck(t, report, env, p, scriptEnv);
    }
    catch (e) {
        return `${t.name}: ${e.message}`;
    }
}
/**
 * A deploy or rollback that failed before switching anything: close its lease with `outcome`
 * (so the next deployer need not wait for it to expire) and its GitHub deployment, saying why.
 */
async function abandon(close, outcome, why, mirror, logger) {
    await close(outcome, why).catch((err) => logger.error(`Closing the deploy lease failed too: ${err.message}`));
    await mirror.finish({ ok: false, description: why.slice(0, 140) });
}
/** Start the live release (if the manifest says how) and check its health; the failure, or undefined. */
async function startAndCheck(t, report, env, p, scriptEnv) {
    const start = p.start ?? env.start;
    const health = p.health ?? env.health;
    if (start !== undefined) {
        const began = Date.now();
        const r = await t.run(start, p.dir, scriptEnv, START_TIMEOUT_MS);
        report.steps.push({
            step: 'start',
            ok: r.exitCode === 0,
            detail: r.exitCode === 0 ? 'started' : `exit ${r.exitCode}: ${r.tail.at(-1) ?? ''}`,
            ms: Date.now() - began,
        });
        if (r.exitCode !== 0)
            return `the start script exited ${r.exitCode}`;
    }
    if (health === undefined)
        return undefined;
    const began = Date.now();
    const host = addressOf(env, t);
    const h = await checkHealth(health, {
        ...(p.port !== undefined && { port: p.port }),
        ...(host !== undefined && { host }),
        run: (script, timeoutMs) => t.run(script, p.dir, scriptEnv, timeoutMs),
    });
    report.steps.push({
        step: 'health',
        ok: h.healthy,
        detail: `${h.last} after ${h.tries} tries`,
        ms: Date.now() - began,
    });
    return h.healthy ? undefined : `unhealthy: ${h.last}`;
}
/** How often a deployer waiting for someone else's lease reads the ledger again. */
const LEASE_POLL_MS = 2000;
/**
 * Take the lease to deploy `target` (a `deploying` record, by compare-and-swap). While someone
 * else holds it, wait up to `waitSeconds` (0: refuse at once), reading the ledger again every
 * couple of seconds; the refusal names who holds it.
 */
async function takeLease(ctx, env, service, writer, request, logger) {
    const deadline = Date.now() + request.waitSeconds * 1000;
    // In Actions the run tells deploys apart; elsewhere the process does.
    const holder = ctx.run.runUrl === undefined ? (0,platform_process/* thisProcessHolder */.OU)() : undefined;
    for (;;) {
        try {
            return await (0,ledger_write/* appendWithRetry */.L)(ctx, service, writer.identity, (snap, origin) => Promise.resolve((0,rules/* decideDeployStart */.eZ)(snap.state, env, service.name, request.target, { ...origin, actor: writer.actor }, request.leaseSeconds, holder)), request.reason);
        }
        catch (e) {
            if (!(e instanceof rules/* LeaseHeld */.yj))
                throw e;
            const left = deadline - Date.now();
            if (left <= 0) {
                throw request.waitSeconds > 0
                    ? new rules/* LeaseHeld */.yj(`${e.message} (waited ${request.waitSeconds} s)`)
                    : e;
            }
            logger.info(`${e.message} Waiting (${Math.ceil(left / 1000)} s left).`);
            await (0,external_node_timers_promises_.setTimeout)(Math.min(LEASE_POLL_MS, left));
        }
    }
}
/** Run one step on a target, recording what it said (or how it failed) and how long it took. */
async function step(report, name, action) {
    const began = Date.now();
    try {
        const detail = await action();
        report.steps.push({ step: name, ok: true, detail, ms: Date.now() - began });
    }
    catch (e) {
        report.steps.push({
            step: name,
            ok: false,
            detail: e.message,
            ms: Date.now() - began,
        });
        throw e;
    }
}
/**
 * What start and health scripts get (documented in docs/deploy.md); never a secret. A release
 * found on a host but not in the ledger (put there by hand) has no known digests: they are left out
 * rather than guessed.
 */
function releaseEnv(env, p, t) {
    return {
        MSDEPLOY_SERVICE: p.service,
        MSDEPLOY_ENVIRONMENT: env.name,
        MSDEPLOY_VERSION: t.version,
        ...(t.digest !== undefined && { MSDEPLOY_DIGEST: t.digest }),
        ...(t.config !== undefined && { MSDEPLOY_CONFIG_DIGEST: t.config }),
        MSDEPLOY_RELEASE: t.release,
        ...(p.port !== undefined && { MSDEPLOY_PORT: String(p.port) }),
        ...(p.unit !== undefined && { MSDEPLOY_UNIT: p.unit }),
    };
}
/**
 * The placement's targets, after writing the ssh driver's key (a secret) 0600 into `work`, which
 * the caller removes; without a key, ssh uses the agent and ~/.ssh as usual.
 */
async function openTargets(env, placement, ctx, make = defaultTargets) {
    const { sshKey, ...rest } = ctx;
    if (!sshKey)
        return make(env, placement, rest);
    ctx.logger.mask?.(sshKey);
    const file = (0,external_node_path_.join)(ctx.work, 'ssh-key');
    await (0,promises_.writeFile)(file, sshKey.endsWith('\n') ? sshKey : `${sshKey}\n`, { mode: 0o600 });
    return make(env, placement, { ...rest, identityFile: file });
}
function defaultTargets(env, placement, ctx) {
    switch (env.driver) {
        case 'local':
            return [new LocalTarget(env.base, env.dpkgRoot)];
        case 'ssh':
            return placement.hosts.map((name) => new SshTarget({
                host: env.hosts.find((h) => h.name === name),
                base: env.base,
                configFile: CONFIG_FILE,
                tempDir: ctx.work,
                ...(ctx.identityFile && { identityFile: ctx.identityFile }),
            }));
        case 'command':
            return [
                new CommandTarget({
                    run: env.run,
                    root: ctx.root,
                    work: ctx.work,
                    forward: env.env,
                    log: ctx.logger,
                }),
            ];
    }
}
/** End what targets hold open (an ssh host's shared connection); a failure is only logged. */
async function closeTargets(targets, logger) {
    await Promise.all(targets.map(async (t) => {
        await t.close?.().catch((e) => logger.debug(`${t.name}: closing: ${e.message}`));
    }));
}
/** The release's page: its HTTP health check's URL (the deployment's `environment_url`). */
function releaseUrl(env, p) {
    const spec = p.health ?? env.health;
    if (spec?.url === undefined)
        return undefined;
    return healthUrl(spec.url, p.port === undefined ? {} : { port: p.port });
}
/** The address an HTTP health check's `${host}` means for a target: the ssh host's, else none. */
function addressOf(env, t) {
    return env.driver === 'ssh' ? env.hosts.find((h) => h.name === t.name)?.address : undefined;
}
/** Run `tasks` with at most `limit` at once; rejects with the first failure once all settled. */
async function inParallel(limit, tasks) {
    let next = 0;
    const errors = [];
    const worker = async () => {
        while (next < tasks.length) {
            const task = tasks[next++];
            await task().catch((e) => errors.push(e));
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
    if (errors.length > 0)
        throw errors[0];
}


/***/ }),

/***/ 60512:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nr: () => (/* binding */ DeployFailed),
/* harmony export */   gg: () => (/* binding */ deploy)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_deploy_mask_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(1951);
/* harmony import */ var _core_deploy_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(30640);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(74296);
/* harmony import */ var _core_manifest_lookup_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(42167);
/* harmony import */ var _core_promotion_state_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(87652);
/* harmony import */ var _platform_process_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(98424);
/* harmony import */ var _deploy_mirror_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(53654);
/* harmony import */ var _deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5199);
/* harmony import */ var _release_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(39137);
/* harmony import */ var _promotion_context_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(19902);
/**
 * deploy-env as one use case: deploy a release — an artifact digest and a resolved
 * configuration — of one service to one environment.
 *
 *   1. refuse what is not defined (environment, placement) before anything is touched;
 *   2. check the digest in its store and against the ledger (the environment's stage), fetch
 *      the artifact and verify it; resolve the configuration (secrets masked at once);
 *   3. take the lease: a `deploying` record, by compare-and-swap, before any target is touched;
 *   4. prepare the release on every target, then make it current, start it and check health;
 *   5. healthy: prune old releases, record `deployed`. Unhealthy: switch every target back to
 *      the release it had, restart and check it, record `rolled-back`, and fail.
 */












/** A deploy that failed (and was rolled back where it could be): exit 1 after reporting. */
class DeployFailed extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MsdeployError */ .g9 {
}

async function deploy(s, run, logger) {
    const ctx = await (0,_promotion_context_js__WEBPACK_IMPORTED_MODULE_8__/* .openLedgerContext */ .XO)(s, run, logger);
    const service = (0,_core_manifest_lookup_js__WEBPACK_IMPORTED_MODULE_9__/* .serviceByName */ .kM)(ctx.manifest, s.service);
    const env = (0,_core_manifest_lookup_js__WEBPACK_IMPORTED_MODULE_9__/* .environmentByName */ .Av)(ctx.manifest, s.environment);
    const placement = (0,_core_manifest_lookup_js__WEBPACK_IMPORTED_MODULE_9__/* .placementOf */ .xc)(env, service.name);
    const store = await (0,_promotion_context_js__WEBPACK_IMPORTED_MODULE_8__/* .storeFor */ .fV)(s.store, run, logger);
    const { actor, identity } = await (0,_promotion_context_js__WEBPACK_IMPORTED_MODULE_8__/* .establishActor */ .rv)(ctx);
    const snapshot = await ctx.ledger.read();
    const artifact = await (0,_promotion_context_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveArtifact */ .BQ)(ctx, store, service, s.version, snapshot);
    // Refused before anything else is read or touched (checked again under the lease).
    (0,_core_deploy_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .checkAccepted */ .a1)(snapshot.state, env, service.name, artifact);
    const config = await (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveReleaseConfig */ .I)(s.manifest.root, env, placement, s.secret, logger);
    const target = {
        digest: artifact.digest,
        version: artifact.version,
        config: config.digest,
        release: (0,_core_deploy_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseName */ ["do"])(artifact.version, config.digest),
    };
    // Checked now: a bad URL is a manifest error before anything is touched.
    const url = (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .releaseUrl */ .XA)(env, placement);
    const base = {
        service: service.name,
        environment: env.name,
        version: target.version,
        digest: target.digest,
        configDigest: target.config,
        release: target.release,
        ...(url !== undefined && { url }),
    };
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(run.runnerTemp, 'msdeploy-deploy-'));
    const opened = [];
    try {
        // Fetched and verified before the lease: a tampered or missing artifact touches nothing and
        // leaves no record.
        const artifactFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(work, 'artifact');
        // Verifies the digest; resolveArtifact checked the metadata binds it to this service.
        const { kind } = (await store.get(artifact.artifact ?? artifact.digest, artifactFile)).meta;
        // The lease: nobody else deploys this service here until we close it (or it expires).
        const writer = { actor, identity };
        const resumed = (0,_core_deploy_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .ownLease */ .XC)(snapshot.state, env, service.name, { actor, at: new Date().toISOString(), reason: null, run: run.runUrl ?? null }, _platform_process_js__WEBPACK_IMPORTED_MODULE_5__/* .holderIsGone */ .W);
        const started = resumed !== undefined
            ? undefined
            : await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .takeLease */ ._e)(ctx, env, service, writer, {
                target,
                leaseSeconds: s.leaseSeconds ?? _deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_LEASE_SECONDS */ .$$,
                waitSeconds: s.waitSeconds ?? 0,
                ...(s.reason !== undefined && { reason: s.reason }),
            }, logger);
        const mirrorTarget = (0,_deploy_mirror_js__WEBPACK_IMPORTED_MODULE_10__/* .deployMirrorTarget */ .k7)(base, artifact.commit, env, run.runUrl);
        if (started && !started.changed) {
            // A re-run after the record landed: what GitHub shows catches up with the ledger.
            await (0,_deploy_mirror_js__WEBPACK_IMPORTED_MODULE_10__/* .settleDeployMirror */ .YG)(mirrorTarget, ctx.api, logger, {
                ...(base.url && { url: base.url }),
                description: `${target.release} is live`,
            });
            return {
                ...base,
                changed: false,
                failed: false,
                rolledBack: false,
                message: started.message,
                targets: [],
            };
        }
        if (resumed !== undefined) {
            logger.info(`Resuming the deploy that took the lease in ledger record ${resumed} (same owner and run).`);
        }
        const leaseSeq = resumed ?? started.record.seq;
        const liveRecord = (0,_core_promotion_state_js__WEBPACK_IMPORTED_MODULE_4__/* .deploymentState */ .DY)(started?.state ?? snapshot.state, env.name, service.name).live;
        const live = liveRecord
            ? {
                digest: liveRecord.digest,
                version: liveRecord.version,
                config: liveRecord.config ?? target.config,
                release: liveRecord.release,
            }
            : undefined;
        const close = (outcome, reason) => (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .closeLease */ .Te)(ctx, env, service, writer, leaseSeq, outcome, reason);
        const mirror = await (0,_deploy_mirror_js__WEBPACK_IMPORTED_MODULE_10__/* .mirrorDeployStart */ .Lg)(mirrorTarget, ctx.api, logger);
        let closed = false;
        try {
            // Scripts' output redacted: a release may print a secret it read from its config.
            const targets = (await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .openTargets */ .Rs)(env, placement, { work, root: s.manifest.root, sshKey: s.sshKey, logger }, s.targets)).map((t) => (0,_core_deploy_mask_js__WEBPACK_IMPORTED_MODULE_11__/* .redactingTarget */ .ps)(t, config.secretValues));
            opened.push(...targets);
            const files = {
                service: service.name,
                dir: placement.dir,
                version: target.version,
                release: target.release,
                artifactFile,
                artifactDigest: target.digest,
                kind,
                config: config.json,
                configDigest: target.config,
            };
            const reports = targets.map((t) => ({ target: t.name, steps: [] }));
            const limit = env.driver === 'ssh' ? env.parallel : 1;
            // What each target had live. A resumed deploy may find its own release current already: the
            // release to go back to is then what the ledger says was live.
            const currents = await Promise.all(targets.map((t) => t.current(placement.dir)));
            for (const [i, current] of currents.entries()) {
                const previous = current === target.release || !targets[i].keepsReleases ? live?.release : current;
                if (previous !== undefined)
                    reports[i].previous = previous;
            }
            // A target that keeps no earlier releases is handed the live one again, to go back to.
            const forgetful = targets.filter((t) => !t.keepsReleases);
            if (live && live.release !== target.release && forgetful.length > 0) {
                const ref = (0,_core_promotion_state_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactState */ .iw)(snapshot.state, service.name, live.digest)?.artifact ?? null;
                try {
                    const earlier = await (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .earlierReleaseFiles */ .t)(store, placement, live, ref, config, work);
                    for (const t of forgetful)
                        await t.prepare(earlier);
                }
                catch (e) {
                    const why = e.message;
                    logger.warning(`If this deploy fails, ${live.release} cannot be restored: ${why}`);
                }
            }
            // Everything is put in place before anything switches: a failure here changes nothing live.
            let failure;
            try {
                await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .inParallel */ .HN)(limit, targets.map((t, i) => () => (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .step */ .PM)(reports[i], 'prepare', async () => {
                    const r = await t.prepare(files);
                    return r.created ? 'unpacked' : 'already there';
                })));
            }
            catch (e) {
                failure = `preparing the release failed: ${e.message}`;
            }
            for (const [i, t] of failure === undefined ? targets.entries() : []) {
                failure = await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .goLive */ .Hh)(t, reports[i], env, placement, target);
                if (failure)
                    break;
            }
            if (failure === undefined) {
                // Every target is live and healthy: pruning has no order to keep. A release that is
                // live stays so, whatever a prune says: a failure is a warning.
                await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .inParallel */ .HN)(limit, targets.map((t, i) => () => {
                    const previous = reports[i].previous;
                    return (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .step */ .PM)(reports[i], 'prune', async () => {
                        const removed = await t.prune(placement.dir, env.keep, previous ? [previous] : []);
                        return removed.length ? `removed ${removed.join(', ')}` : 'nothing to remove';
                    }).catch((e) => logger.warning(`${t.name}: pruning old releases failed: ${e.message}`));
                }));
                closed = true;
                await close({ kind: 'deployed', target }, s.reason);
                await mirror.finish({
                    ok: true,
                    ...(base.url && { url: base.url }),
                    description: `${target.release} is live`,
                });
                return {
                    ...base,
                    changed: true,
                    failed: false,
                    rolledBack: false,
                    message: `Deployed ${service.name} ${target.release} to ${env.name} (${targets.map((t) => t.name).join(', ')}).`,
                    ...(live && { previousVersion: live.version }),
                    targets: reports,
                };
            }
            // Roll back every target that shows the new release — switched by this run or by the run
            // it resumes — to the release it had.
            for (const [i, t] of targets.entries()) {
                const report = reports[i];
                const switched = report.steps.some((x) => x.step === 'switch') || currents[i] === target.release;
                if (!switched || report.previous === undefined)
                    continue;
                const back = live?.release === report.previous
                    ? live
                    : { version: versionOfRelease(report.previous), release: report.previous };
                const after = await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .goLive */ .Hh)(t, report, env, placement, back, 'rollback');
                if (after)
                    logger.error(`${t.name}: the release rolled back to is unhealthy too: ${after}`);
            }
            closed = true;
            await close({ kind: 'rolled-back', failed: target, restored: live ?? null }, `deploy of ${target.release} failed: ${failure}`);
            await mirror.finish({ ok: false, description: `failed: ${failure}`.slice(0, 140) });
            return {
                ...base,
                changed: true,
                rolledBack: live !== undefined,
                failed: true,
                message: `Deploying ${service.name} ${target.release} to ${env.name} failed (${failure}); ` +
                    (live
                        ? `rolled back to ${live.release}.`
                        : 'there was no earlier release to roll back to.'),
                ...(live && { previousVersion: live.version }),
                targets: reports,
            };
        }
        catch (e) {
            // Something failed before any target was switched (the steps above never throw after):
            // close the lease so the next deployer need not wait for it to expire.
            if (!closed) {
                const why = `deploy of ${target.release} aborted: ${e.message}`;
                const outcome = { kind: 'rolled-back', failed: target, restored: live ?? null };
                await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .abandon */ .e9)(close, outcome, why, mirror, logger);
            }
            throw e;
        }
    }
    finally {
        await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_6__/* .closeTargets */ .TW)(opened, logger);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(work, { recursive: true, force: true });
    }
}
/** `<version>-<12 hex>` → version (a release found on a host that the ledger does not know). */
function versionOfRelease(release) {
    return release.replace(/-[0-9a-f]{12}$/, '');
}


/***/ }),

/***/ 76910:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ appendWithRetry)
});

// UNUSED EXPORTS: MAX_LEDGER_ATTEMPTS

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __nccwpck_require__(58500);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/promotion/state.ts + 1 modules
var promotion_state = __nccwpck_require__(87652);
// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __nccwpck_require__(34201);
;// CONCATENATED MODULE: ./src/core/report/value-stream.ts


/**
 * The stages of a service in pipeline order, then any the ledger knows that the manifest no
 * longer lists (renamed or removed: shown rather than hidden).
 */
function serviceStatus(state, service) {
    const listed = service.stages.map((s) => s.name);
    const extra = Object.keys((0,promotion_state/* serviceState */.Lj)(state, service.name).stages)
        .filter((s) => !listed.includes(s))
        .sort();
    const specs = new Map(service.stages.map((s) => [s.name, s]));
    return {
        service: service.name,
        stages: [...listed, ...extra].map((name) => {
            const st = (0,promotion_state/* stageState */.M_)(state, service.name, name);
            const spec = specs.get(name);
            return {
                stage: name,
                version: st.version,
                digest: st.digest,
                since: st.since,
                by: st.by,
                held: st.held !== null,
                ...(st.held && { hold: { by: st.held.by, at: st.held.at, reason: st.held.reason } }),
                ...(spec?.environment !== undefined && { environment: spec.environment }),
                promote: spec?.promote ?? 'auto',
            };
        }),
    };
}
const value_stream_short = (digest) => digest === null ? '' : digest.slice(0, 'sha256:'.length + 12);
/** `2026-12-02T10:15:00.000Z` → `2026-12-02 10:15Z`. */
const when = (iso) => iso === null ? '' : iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z');
/** A plain-text table for the terminal (untrusted cells are shown with escapes, never raw). */
function statusText(statuses) {
    const out = [];
    for (const s of statuses) {
        out.push(s.service);
        const rows = s.stages.map((st) => [
            st.stage,
            st.version ?? '—',
            value_stream_short(st.digest),
            when(st.since),
            st.by ?? '',
            st.held ? `HELD by ${st.hold.by}: ${st.hold.reason}` : '',
        ]);
        const cells = rows.map((r) => r.map(terminalSafe));
        const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...cells.map((r) => r[i].length), 0));
        for (const r of cells) {
            const line = r.map((c, i) => (i < 5 ? c.padEnd(widths[i]) : c)).join('  ');
            out.push(`  ${line.trimEnd()}`);
        }
    }
    return out.join('\n') + '\n';
}
/** Control characters (a newline, an escape sequence) would forge terminal lines: escape them. */
function terminalSafe(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => JSON.stringify(c).slice(1, -1));
}
/** The value stream as a Markdown table: stage, version, digest, since, by. */
function valueStreamTable(s) {
    return (0,markdown/* table */.tp)(['Stage', 'Version', 'Digest', 'Since', 'By', ''], s.stages.map((st) => [
        `${(0,markdown.md)(st.stage)}${st.promote === 'manual' ? ' (manual)' : ''}`,
        st.version === null ? '—' : (0,markdown.md)(st.version),
        st.digest === null ? '' : `<code>${(0,markdown.md)(value_stream_short(st.digest))}</code>`,
        (0,markdown.md)(when(st.since)),
        st.by === null ? '' : (0,markdown.md)(st.by),
        st.held ? `⏸ held by ${(0,markdown.md)(st.hold.by)}: ${(0,markdown.md)(st.hold.reason)}` : '',
    ]));
}
/**
 * A mermaid flowchart, stage → stage, each box showing its version. Labels are built only from
 * stage names (validated names) and versions reduced to `[A-Za-z0-9.+_-]`: nothing a user
 * wrote can close a label or add a node or a click handler.
 */
function valueStreamMermaid(s) {
    const lines = ['```mermaid', 'flowchart LR'];
    s.stages.forEach((st, i) => {
        const version = st.version === null ? '—' : st.version.replace(/[^A-Za-z0-9.+_-]/g, '_');
        const held = st.held ? ' ⏸' : '';
        lines.push(`  s${i}["${st.stage}${held}<br/>${version}"]`);
        if (i > 0)
            lines.push(`  s${i - 1} --> s${i}`);
    });
    lines.push('```');
    return lines.join('\n');
}
/** The ledger's README.md: every service the state knows, in `services` order first. */
function ledgerReadme(state, services, last) {
    const known = new Set(Object.keys(state.services));
    const listed = services.filter((s) => known.has(s.name));
    const others = [...known]
        .filter((n) => !listed.some((s) => s.name === n))
        .sort()
        .map((name) => ({ name, path: '.', patterns: [], dependsOn: [], stages: [] }));
    const parts = [
        '# msdeploy ledger',
        '',
        "Where every service's artifacts stand, stage by stage. Each commit on this ref is one " +
            'record (its message carries it as JSON); `state.json` is the whole state after it. ' +
            'Written by msdeploy: do not edit by hand.',
        '',
        `Record ${last.seq}: ${(0,markdown.md)(last.kind)} ${(0,markdown.md)(last.service)} at ${(0,markdown.md)(last.at)} by ${(0,markdown.md)(last.actor)}.`,
    ];
    for (const s of [...listed, ...others]) {
        parts.push('', `## ${(0,markdown.md)(s.name)}`, '', valueStreamTable(serviceStatus(state, s)));
    }
    return parts.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/app/ledger-write.ts
/**
 * Appending to the ledger: read, decide, append with compare-and-swap; when someone else moved
 * the ledger first, read and decide again against the new state (the digest may have been
 * rejected, or the same change made by the other writer) before trying again, a bounded number
 * of times with jittered backoff. Every ledger command (promote, hold, deploy…) writes this way.
 */




/** How many times a write is tried when other writers keep moving the ledger. */
const MAX_LEDGER_ATTEMPTS = 20;
/**
 * Read, decide, append; on a lost compare-and-swap, read and decide again. A refusal (thrown by
 * `decide`) ends it at once with the ledger unchanged.
 */
async function appendWithRetry(ctx, service, identity, decide, reason) {
    for (let attempt = 1; attempt <= MAX_LEDGER_ATTEMPTS; attempt++) {
        const snapshot = await ctx.ledger.read();
        const origin = {
            at: new Date().toISOString(),
            reason: reason?.trim() ? reason : null,
            run: ctx.run.runUrl ?? null,
        };
        const decision = await decide(snapshot, origin);
        if (decision.kind === 'noop') {
            return {
                changed: false,
                message: decision.message,
                ...(snapshot.commit && { commit: snapshot.commit }),
                state: snapshot.state,
                status: serviceStatus(snapshot.state, service),
                attempts: attempt,
            };
        }
        const { record } = decision;
        const state = (0,promotion_state/* applyRecord */.S7)(snapshot.state, record);
        const files = {
            state: (0,promotion_state/* serializeState */.sU)(state),
            readme: ledgerReadme(state, ctx.manifest.services, record),
        };
        const written = await ctx.ledger.append(snapshot, record, files, identity);
        if (written.appended) {
            return {
                changed: true,
                record,
                message: `Recorded ${record.kind} ${record.service}${record.stage ? ` ${record.stage}` : ''} as ledger record ${record.seq} (${written.commit.slice(0, 12)}).`,
                commit: written.commit,
                state,
                status: serviceStatus(state, service),
                attempts: attempt,
            };
        }
        ctx.logger.info(`The ledger moved while writing (attempt ${attempt}); reading it again.`);
        // Full jitter, capped: writers that collided spread out instead of colliding again.
        await (0,promises_.setTimeout)(Math.random() * Math.min(3000, 50 * 2 ** attempt));
    }
    throw new errors/* MsdeployError */.g9(`The ledger ${ctx.ledger.ref} kept moving: gave up after ${MAX_LEDGER_ATTEMPTS} attempts, nothing was written. Run it again.`);
}


/***/ }),

/***/ 19902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rv: () => (/* binding */ establishActor),
  XO: () => (/* binding */ openLedgerContext),
  BQ: () => (/* binding */ resolveArtifact),
  fV: () => (/* binding */ storeFor)
});

// UNUSED EXPORTS: approvalFacts

// EXTERNAL MODULE: ./src/core/artifact/digest.ts
var artifact_digest = __nccwpck_require__(47576);
// EXTERNAL MODULE: ./src/core/artifact/provenance.ts + 1 modules
var provenance = __nccwpck_require__(92453);
// EXTERNAL MODULE: ./src/core/artifact/types.ts
var types = __nccwpck_require__(25503);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/manifest/pipeline.ts
var pipeline = __nccwpck_require__(12943);
// EXTERNAL MODULE: ./src/core/promotion/state.ts + 1 modules
var promotion_state = __nccwpck_require__(87652);
// EXTERNAL MODULE: ./src/core/promotion/rules.ts
var rules = __nccwpck_require__(43622);
;// CONCATENATED MODULE: ./src/core/changes/change-set.ts
class ChangeSetParseError extends Error {
    offset;
    constructor(message, offset) {
        super(`Cannot parse git diff --name-status -z output at byte ${offset}: ${message}`);
        this.offset = offset;
        this.name = 'ChangeSetParseError';
    }
}
const NUL = 0;
/** Renames and copies carry two paths (old, new); every other status one. */
const TWO_PATHS = new Set(['R', 'C']);
const SCORED = new Set(['R', 'C', 'M']);
/**
 * Parse the whole output in one pass. The buffer is decoded once and split on NUL: a NUL byte
 * is never part of a UTF-8 sequence, so the split is exact, and it is several times faster than
 * decoding 200,000 slices. Byte offsets (for errors) are recomputed only when something is wrong.
 */
function parseNameStatusZ(out) {
    const fields = out.toString('utf8').split('\0');
    // Every field ends with NUL, so a well-formed output leaves one empty string at the end.
    const last = fields.length - 1;
    if (fields[last] !== '') {
        throw new ChangeSetParseError('truncated record: the last field has no terminating NUL (was the output cut short?)', byteOffsetOfField(out, last));
    }
    const files = [];
    let i = 0;
    while (i < last) {
        const status = parseStatus(fields[i], out, i);
        const paths = TWO_PATHS.has(status) ? 2 : 1;
        if (i + paths >= last) {
            throw new ChangeSetParseError(`truncated record: the ${status} record has ${last - i - 1} of its ${paths} path(s)`, byteOffsetOfField(out, last));
        }
        const first = pathField(fields, i + 1, out);
        if (paths === 2) {
            files.push({ status, path: pathField(fields, i + 2, out), oldPath: first });
        }
        else {
            files.push({ status, path: first });
        }
        i += 1 + paths;
    }
    return files;
}
/** Byte offset where field number `index` starts (after `index` NULs); only used for errors. */
function byteOffsetOfField(out, index) {
    let pos = 0;
    for (let n = 0; n < index; n++)
        pos = out.indexOf(NUL, pos) + 1;
    return pos;
}
const STATUS = /^([AMDTRC])(\d*)$/;
/** A status is one letter, optionally followed by a similarity score (`R100`, `C075`). */
function parseStatus(field, out, index) {
    const m = STATUS.exec(field);
    // A score only belongs on renames and copies (and on M when git is run with -B).
    if (!m || (m[2] !== '' && !SCORED.has(m[1]))) {
        const offset = byteOffsetOfField(out, index);
        if (field === '')
            throw new ChangeSetParseError('empty status field', offset);
        throw new ChangeSetParseError(`unexpected status ${JSON.stringify(field.slice(0, 16))}: expected one of A, M, D, T, ` +
            'R<score>, C<score>' +
            (field[0] === 'U' ? ' (U means an unmerged path: diff two commits, not the index)' : ''), offset);
    }
    return m[1];
}
function pathField(fields, index, out) {
    const path = fields[index];
    if (path === '')
        throw new ChangeSetParseError('empty path', byteOffsetOfField(out, index));
    return path;
}

// EXTERNAL MODULE: ./src/platform/process.ts + 1 modules
var process = __nccwpck_require__(98424);
;// CONCATENATED MODULE: ./src/platform/git.ts
/**
 * The one place msdeploy runs git. Every call is `spawn(git, argv)` — never a shell — so file
 * names, branch names and shas from events can't be interpreted as commands. Revisions are
 * placed after `--end-of-options` so a value beginning with `-` is never read as an option.
 * No git config is ever written: anything we need is passed with `-c` for that one call.
 */


/** A git command failed: the message names the command, its exit code and what git said. */
class GitCommandError extends Error {
    argv;
    exitCode;
    stderr;
    cwd;
    constructor(argv, exitCode, stderr, cwd) {
        const said = stderr.trim() ? `:\n${stderr.trim()}` : ' (git printed nothing on stderr)';
        super(`\`${displayArgv(argv)}\` in ${cwd} failed with exit code ${exitCode ?? 'none (killed)'}${said}`);
        this.argv = argv;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.cwd = cwd;
        this.name = 'GitCommandError';
    }
}
const STDERR_TAIL_LINES = 40;
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Characters a ref name may hold (no revision syntax such as `~`, `^`, `:`, `@{`). */
// eslint-disable-next-line no-control-regex
const VALID_REF_CHARS = /^(?!.*@\{)(?!.*\.\.)[^\s~^:?*[\\\x00-\x1f\x7f]+$/;
class CliGit {
    cwd;
    gitPath;
    logger;
    prefix;
    constructor(cwd, opts = {}) {
        this.cwd = cwd;
        this.gitPath = opts.gitPath ?? 'git';
        this.logger = opts.logger;
        this.prefix = opts.trustDirectory ? ['-c', `safe.directory=${cwd}`] : [];
    }
    async resolveCommit(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [1, 128]);
        if (r.code !== 0)
            return undefined;
        const sha = r.stdout.toString('latin1').trim();
        return FULL_SHA.test(sha) ? sha : undefined;
    }
    async isBranch(rev) {
        if (rev === '' || rev.startsWith('-') || !VALID_REF_CHARS.test(rev))
            return false;
        const exists = async (ref) => (await this.resolveCommit(ref)) !== undefined;
        if (rev.startsWith('refs/')) {
            return (rev.startsWith('refs/heads/') || rev.startsWith('refs/remotes/')) && exists(rev);
        }
        // git's own order (gitrevisions(7)): refs/<name>, refs/tags/, refs/heads/, refs/remotes/…
        if (await exists(`refs/${rev}`))
            return /^(heads|remotes)\//.test(rev);
        if (await exists(`refs/tags/${rev}`))
            return false;
        return ((await exists(`refs/heads/${rev}`)) ||
            (await exists(`refs/remotes/${rev}`)) ||
            exists(`refs/remotes/${rev}/HEAD`));
    }
    async isAncestor(ancestor, descendant) {
        const r = await this.run(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], [1]);
        return r.code === 0;
    }
    async mergeBase(a, b) {
        // Exit 1 with no output: the two commits share no (locally known) history.
        const r = await this.run(['merge-base', '--end-of-options', a, b], [1]);
        if (r.code !== 0)
            return undefined;
        return r.stdout.toString('latin1').trim() || undefined;
    }
    async isShallow() {
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        return r.stdout.toString('latin1').trim() === 'true';
    }
    async deepen(by, refs) {
        if (!Number.isInteger(by) || by < 1) {
            throw new RangeError(`deepen: depth must be a positive integer, got ${by}`);
        }
        return this.tryFetch([`--deepen=${by}`], refs);
    }
    async fetch(refs, depth) {
        if (depth !== undefined && (!Number.isInteger(depth) || depth < 1)) {
            throw new RangeError(`fetch: depth must be a positive integer, got ${depth}`);
        }
        return this.tryFetch(depth === undefined ? [] : [`--depth=${depth}`], refs);
    }
    async diff(base, head) {
        const r = await this.run([
            'diff',
            '-z',
            '--name-status',
            '-M',
            '--no-color',
            '--no-ext-diff',
            '--no-textconv',
            '--no-relative',
            '--end-of-options',
            base,
            head,
            '--',
        ]);
        return parseNameStatusZ(r.stdout);
    }
    async previousTag(rev) {
        const parent = await this.resolveCommit(`${rev}^`);
        if (!parent)
            return undefined; // a root commit has no earlier release
        const args = ['describe', '--tags', '--abbrev=0', '--end-of-options', parent];
        const r = await this.run(args, [128]);
        if (r.code !== 0) {
            // "No names found, cannot describe anything." / "No tags can describe '<sha>'."
            if (/cannot describe/i.test(r.stderr))
                return undefined;
            throw new GitCommandError(this.argv(args), r.code, r.stderr, this.cwd);
        }
        const tag = r.stdout.toString('utf8').trim();
        return this.resolveCommit(`refs/tags/${tag}`);
    }
    async commitTime(rev) {
        const r = await this.run(['show', '-s', '--format=%ct', '--end-of-options', rev]);
        return Number(r.stdout.toString('utf8').trim());
    }
    async dirtyFiles() {
        const r = await this.run(['status', '--porcelain=v1', '-z', '--untracked-files=no']);
        const fields = r.stdout.toString('utf8').split('\0');
        const files = [];
        for (let i = 0; i < fields.length; i++) {
            const entry = fields[i];
            if (entry.length < 4)
                continue;
            files.push(entry.slice(3));
            // A rename or copy is followed by its source path: skip it.
            if (entry[0] === 'R' || entry[0] === 'C')
                i++;
        }
        return files;
    }
    async countCommits(rev) {
        const r = await this.run(['rev-list', '--count', '--end-of-options', rev]);
        return Number(r.stdout.toString('utf8').trim());
    }
    async symbolicRef(name) {
        const r = await this.run(['symbolic-ref', '-q', '--end-of-options', name], [1, 128]);
        if (r.code !== 0)
            return undefined;
        return r.stdout.toString('utf8').trim() || undefined;
    }
    async tagsAt(rev) {
        const sha = await this.resolveCommit(rev);
        if (!sha)
            return [];
        const r = await this.run(['tag', '--list', '--sort=refname', '--points-at', sha]);
        return r.stdout
            .toString('utf8')
            .split('\n')
            .filter((t) => t !== '');
    }
    async listFiles(head) {
        const r = await this.run([
            'ls-tree',
            '-r',
            '-z',
            '--name-only',
            '--full-tree',
            '--end-of-options',
            head,
        ]);
        return splitZ(r.stdout);
    }
    /** Fetching is allowed to fail (no origin, sha not served): the caller decides what that means. */
    async tryFetch(options, refs) {
        const args = [
            'fetch',
            '--no-tags',
            '--no-recurse-submodules',
            '--no-write-fetch-head',
            ...options,
            'origin',
            ...(refs.length ? ['--end-of-options', ...refs] : []),
        ];
        try {
            await this.run(args);
            return true;
        }
        catch (e) {
            if (!(e instanceof GitCommandError))
                throw e;
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
        const r = await (0,process/* runProcess */.R3)(this.gitPath, argv.slice(1), {
            cwd: this.cwd,
            extraEnv: { ...opts.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
            installHint: 'git',
            collectStdout: true,
            tailLines: STDERR_TAIL_LINES,
            input: opts.input,
        });
        const stderr = r.tail.join('\n');
        if (r.exitCode === 0 || (!r.signal && okCodes.includes(r.exitCode))) {
            return { code: r.exitCode, stdout: r.stdout, stderr };
        }
        throw new GitCommandError(argv, r.signal ? null : r.exitCode, stderr, this.cwd);
    }
    argv(args) {
        return [this.gitPath, ...this.prefix, ...args];
    }
}
function splitZ(buf) {
    const items = [];
    let pos = 0;
    while (pos < buf.length) {
        let end = buf.indexOf(0, pos);
        if (end < 0)
            end = buf.length;
        items.push(buf.toString('utf8', pos, end));
        pos = end + 1;
    }
    return items;
}
/** Quote an argv for display only (it is never run through a shell). */
function displayArgv(argv) {
    return argv.map(displayArg).join(' ');
}
const ESCAPES = {
    '\n': '\\n',
    '\t': '\\t',
    '\r': '\\r',
    '\\': '\\\\',
    "'": "\\'",
};
function displayArg(arg) {
    if (/^[\w@%+=:,./^{}~-]+$/.test(arg))
        return arg;
    // eslint-disable-next-line no-control-regex
    if (!/[\u0000-\u001f\u007f]/.test(arg))
        return `'${arg.replace(/'/g, `'\\''`)}'`;
    // Control characters (a newline in a file name) would forge log lines: show them escaped,
    // in bash's $'…' notation.
    // eslint-disable-next-line no-control-regex
    const escaped = arg.replace(/[\u0000-\u001f\u007f\\']/g, (c) => {
        return ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
    return `$'${escaped}'`;
}

// EXTERNAL MODULE: ./src/platform/github.ts
var github = __nccwpck_require__(45952);
// EXTERNAL MODULE: ./src/core/manifest/spec.ts
var spec = __nccwpck_require__(17882);
;// CONCATENATED MODULE: ./src/core/promotion/message.ts
/**
 * A ledger commit's message: one human line, then the record as one line of JSON.
 *
 *   promote catalog 1.4.17+2e82a93 → uat by alice [skip ci]
 *
 *   {"v":1,"seq":42,"kind":"promoted",…}
 *
 * Everything user-supplied (reason, version, actor) lives inside the JSON string, where a
 * newline is `\n`: it cannot start a line of its own, so it cannot forge a record, a trailer or
 * a second `[skip ci]`-free subject. The human line is built only from sanitised names.
 */

const KINDS = new Set([
    'promoted',
    'held',
    'released',
    'rejected',
    'deploying',
    'deployed',
    'rolled-back',
]);
const VIAS = new Set(['workflow_dispatch', 'workflow', 'git-identity']);
function commitMessage(r) {
    return `${subject(r)} [skip ci]\n\n${JSON.stringify(r)}\n`;
}
/** The first line: the kind, service, version and stage, and who. */
function subject(r) {
    const version = r.version === null ? '' : ` ${word(r.version)}`;
    const by = `by ${word(r.actor)}`;
    switch (r.kind) {
        case 'promoted':
            return `promote ${word(r.service)}${version} → ${word(r.stage ?? '')} ${by}`;
        case 'held':
            return `hold ${word(r.service)} ${word(r.stage ?? '')} ${by}`;
        case 'released':
            return `release ${word(r.service)} ${word(r.stage ?? '')} ${by}`;
        case 'rejected':
            return `reject ${word(r.service)}${version} ${by}`;
        case 'deploying':
            return `deploying ${word(r.service)}${version} → ${word(r.environment ?? '')} ${by}`;
        case 'deployed':
            return `deployed ${word(r.service)}${version} → ${word(r.environment ?? '')} ${by}`;
        case 'rolled-back':
            return `rolled back ${word(r.service)} in ${word(r.environment ?? '')} to${version || ' nothing'} ${by}`;
    }
}
/** At most 64 characters of `[A-Za-z0-9._+@-]`; anything else becomes `_`. */
function word(s) {
    return s.replace(/[^A-Za-z0-9._+@-]/g, '_').slice(0, 64) || '_';
}
/** The record in a ledger commit's message, or an error saying why it is not one. */
function parseCommitMessage(message, commit) {
    const blank = message.indexOf('\n\n');
    const body = blank < 0 ? '' : message.slice(blank + 2).trim();
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        throw new Error(`Ledger commit ${commit} carries no record (its message has no JSON body).`);
    }
    const r = value;
    const str = (v) => typeof v === 'string';
    const strOrNull = (v) => v === null || typeof v === 'string';
    const ok = typeof value === 'object' &&
        value !== null &&
        r.v === 1 &&
        Number.isSafeInteger(r.seq) &&
        KINDS.has(r.kind) &&
        str(r.service) &&
        strOrNull(r.stage) &&
        strOrNull(r.version) &&
        (r.digest === null || (0,artifact_digest/* isDigest */.Bc)(String(r.digest))) &&
        (r.previous === null || (0,artifact_digest/* isDigest */.Bc)(String(r.previous))) &&
        strOrNull(r.from) &&
        str(r.actor) &&
        VIAS.has(r.via) &&
        str(r.at) &&
        strOrNull(r.reason) &&
        strOrNull(r.run) &&
        strOrNull(r.commit) &&
        strOrNull(r.artifact) &&
        (r.environment === undefined || str(r.environment)) &&
        (r.config === undefined || r.config === null || (0,artifact_digest/* isDigest */.Bc)(String(r.config))) &&
        (r.release === undefined || strOrNull(r.release)) &&
        (r.tookOver === undefined || strOrNull(r.tookOver)) &&
        (r.lease === undefined ||
            r.lease === null ||
            (str(r.lease.owner) &&
                strOrNull(r.lease.run) &&
                str(r.lease.expires) &&
                (r.lease.holder === undefined || str(r.lease.holder))));
    if (!ok)
        throw new Error(`Ledger commit ${commit} carries a malformed record.`);
    return r;
}

// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __nccwpck_require__(49089);
;// CONCATENATED MODULE: ./src/platform/ledger.ts
/**
 * The promotion ledger on a git ref (the `Ledger` port): one commit per record, each commit's
 * tree holding exactly `state.json` and `README.md`, the first commit an orphan.
 *
 * Written with plumbing only (hash-object, mktree, commit-tree, update-ref, push): the work tree,
 * the index and HEAD are never touched and no git config is written. Objects are written before
 * the ref moves, and the ref moves by compare-and-swap (`update-ref <new> <old>` locally, a push
 * with an exact lease on origin), so a crash or a concurrent writer leaves the old tip or the
 * new one, never a mix.
 *
 * Remote mode fetches the ref into a private tracking ref, `refs/msdeploy/remotes/origin/…`, so
 * a branch of the user's (`msdeploy/ledger` checked out on a laptop) is never overwritten.
 */





function openLedger(opts) {
    const git = new CliGit(opts.root, { logger: opts.logger, gitPath: opts.gitPath });
    return new GitLedger(git, opts);
}
/** The only files a ledger commit holds. */
const FILES = ['README.md', 'state.json'];
const TRACKING_PREFIX = 'refs/msdeploy/remotes/origin/';
const REF_TAIL_RE = new RegExp(spec/* LEDGER_REF_PATTERN */.R5);
const ledger_FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * update-ref lost the race: the ref moved (`is at X but expected Y`), was created meanwhile
 * (`reference already exists`), or was deleted (`unable to resolve reference`). A stale
 * `.lock` file says "Unable to create … File exists" instead and is an error, not a lost race:
 * retrying cannot help until someone removes it.
 */
const LOCAL_CAS_LOST = /but expected|reference already exists|unable to resolve reference/;
/** Push rejections that mean "origin moved first". */
const PUSH_CAS_LOST = /\((stale info|non-fast-forward|fetch first|already exists)\)/;
/** Server-side lost races: git's receive-pack says "but expected", GitHub "incorrect old value". */
const REMOTE_CAS_LOST = /but expected|incorrect old value|reference already exists/;
class GitLedger {
    git;
    ref;
    remote;
    /** Where the tip is read from: the ref itself, or its private tracking copy. */
    localRef;
    logger;
    token;
    authEnvPromise;
    constructor(git, opts) {
        this.git = git;
        const { ref } = opts;
        if (!ref.startsWith('refs/') || !REF_TAIL_RE.test(ref.slice(5))) {
            throw new Error(`The ledger ref must be a full ref name such as refs/heads/msdeploy/ledger, got ${JSON.stringify(ref)}.`);
        }
        if (ref.startsWith(TRACKING_PREFIX)) {
            throw new Error(`The ledger ref ${ref} is in msdeploy's own tracking namespace.`);
        }
        if (opts.token !== undefined && /\s/.test(opts.token)) {
            // It goes into an HTTP header: a newline would add headers of its own.
            throw new Error('The ledger token holds whitespace; it is not a token.');
        }
        this.ref = ref;
        this.remote = opts.remote;
        this.localRef = opts.remote ? TRACKING_PREFIX + ref.slice(5) : ref;
        this.logger = opts.logger;
        this.token = opts.token || undefined;
    }
    async read() {
        const tip = await this.tip();
        if (tip === undefined)
            return { state: (0,promotion_state/* emptyState */.p$)() };
        return { commit: tip, state: await this.stateAt(tip) };
    }
    async append(base, record, files, author) {
        checkAppend(base, record, files.state);
        const commit = await this.writeCommit(base.commit, record, files, author);
        return this.remote ? this.push(base.commit, commit) : this.updateRef(base.commit, commit);
    }
    async history() {
        const tip = await this.tip();
        if (tip === undefined)
            return [];
        await this.stateAt(tip); // a ref holding something else is refused before its log is parsed
        const r = await this.git.run([
            'log',
            '--first-parent',
            '--no-show-signature',
            '--encoding=UTF-8',
            '--format=%H%x00%B%x00',
            '--end-of-options',
            tip,
            '--',
        ]);
        // Each commit prints as `<sha>\0<message>\0\n`: split on NUL, the sha follows a newline.
        const fields = r.stdout.toString('utf8').split('\0');
        const entries = [];
        for (let i = 0; i + 1 < fields.length; i += 2) {
            const commit = fields[i].trim();
            entries.push({ commit, record: parseCommitMessage(fields[i + 1], commit) });
        }
        return entries.reverse();
    }
    /** The tip commit (after fetching it, when remote), or undefined when the ref is missing. */
    async tip() {
        if (this.remote && !(await this.fetch()))
            return undefined;
        // The ref's own object, not `^{commit}`: a ref to a tag or a tree must be refused, not
        // read as missing (and then "created" over, which update-ref would refuse forever).
        const r = await this.git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', this.localRef], [1]);
        return r.code === 0 ? r.stdout.toString('latin1').trim() : undefined;
    }
    /**
     * The state at `tip`, with the checks that tell a ledger from anything else: a commit whose
     * tree holds state.json (a ledger's, by parseState) and README.md, nothing more. One
     * `cat-file --batch` answers all three questions; shas are immutable, so no race.
     */
    async stateAt(tip) {
        const where = this.remote ? `${this.ref} on origin (${tip})` : `${this.ref} (${tip})`;
        const [commit, tree, state] = await this.catFile([tip, `${tip}^{tree}`, `${tip}:state.json`]);
        if (commit?.type !== 'commit') {
            throw new promotion_state/* NotALedgerError */.GB(where, `it points at a ${commit?.type ?? 'missing object'}`);
        }
        const names = tree ? treeNames(tree.content, tip.length / 2) : [];
        const others = names.filter((n) => !FILES.includes(n));
        if (others.length) {
            const shown = others.slice(0, 5).map((n) => JSON.stringify(n));
            const more = others.length > 5 ? ` and ${others.length - 5} more` : '';
            throw new promotion_state/* NotALedgerError */.GB(where, `its tree holds ${shown.join(', ')}${more}`);
        }
        if (state?.type !== 'blob')
            throw new promotion_state/* NotALedgerError */.GB(where, 'its tree has no state.json');
        return (0,promotion_state/* parseState */.Bu)(state.content.toString('utf8'), where);
    }
    async catFile(specs) {
        const r = await this.git.run(['cat-file', '--batch'], [], { input: specs.join('\n') + '\n' });
        const out = r.stdout;
        const objects = [];
        let pos = 0;
        for (let i = 0; i < specs.length; i++) {
            const eol = out.indexOf(10, pos);
            if (eol < 0)
                throw new Error(`internal: git cat-file --batch answered ${i} of ${specs.length}`);
            // `<oid> <type> <size>`, or `<spec> missing` / `<spec> ambiguous`
            const header = out.toString('utf8', pos, eol).split(' ');
            pos = eol + 1;
            const size = Number(header[2]);
            if (header.length !== 3 || !Number.isSafeInteger(size)) {
                objects.push(undefined);
                continue;
            }
            objects.push({ type: header[1], content: out.subarray(pos, pos + size) });
            pos += size + 1;
        }
        return objects;
    }
    /** Blobs, tree and commit; nothing refers to them until the ref moves. */
    async writeCommit(parent, record, files, author) {
        const [readme, state] = await Promise.all([
            this.writeBlob(files.readme),
            this.writeBlob(files.state),
        ]);
        const tree = await this.git.run(['mktree'], [], {
            input: `100644 blob ${readme}\t${FILES[0]}\n100644 blob ${state}\t${FILES[1]}\n`,
        });
        const name = identityPart(author.name) || 'msdeploy';
        const email = identityPart(author.email);
        const now = `@${Math.floor(Date.now() / 1000)} +0000`;
        const r = await this.git.run([
            'commit-tree',
            '--no-gpg-sign', // a signing prompt would hang an unattended run
            '-F',
            '-',
            ...(parent === undefined ? [] : ['-p', parent]),
            '--end-of-options',
            tree.stdout.toString('latin1').trim(),
        ], [], {
            input: commitMessage(record),
            env: {
                GIT_AUTHOR_NAME: name,
                GIT_AUTHOR_EMAIL: email,
                GIT_AUTHOR_DATE: now,
                GIT_COMMITTER_NAME: name,
                GIT_COMMITTER_EMAIL: email,
                GIT_COMMITTER_DATE: now,
            },
        });
        return r.stdout.toString('latin1').trim();
    }
    async writeBlob(content) {
        const r = await this.git.run(['hash-object', '-w', '--stdin'], [], { input: content });
        return r.stdout.toString('latin1').trim();
    }
    async updateRef(old, commit) {
        // The zero oid as the old value: git refuses if the ref exists (someone created it first).
        const expected = old ?? '0'.repeat(commit.length);
        try {
            await this.git.run([
                'update-ref',
                '-m',
                'msdeploy ledger',
                '--end-of-options',
                this.ref,
                commit,
                expected,
            ]);
        }
        catch (e) {
            if (e instanceof GitCommandError && LOCAL_CAS_LOST.test(e.stderr)) {
                this.logger?.debug(`${this.ref} moved since it was read: ${e.stderr.trim()}`);
                return { appended: false };
            }
            throw e;
        }
        return { appended: true, commit };
    }
    /**
     * A push with an exact lease: it lands only if origin's ref is still `old` (absent when
     * undefined). A plain non-force push would also take a ref that had gone *back* to an
     * ancestor of `old`; the lease makes it a true compare-and-swap, and since the new commit's
     * parent is `old`, origin still sees a fast-forward.
     */
    async push(old, commit) {
        const args = [
            'push',
            '--porcelain',
            '--no-verify', // the user's pre-push hooks are for their code, not for msdeploy's records
            '--no-signed',
            '--no-follow-tags',
            '--recurse-submodules=no',
            `--force-with-lease=${this.ref}:${old ?? ''}`,
            '--end-of-options',
            'origin',
            `${commit}:${this.ref}`,
        ];
        const r = await this.git.run(args, [1], { env: await this.authEnv() });
        // `<flag>\t<from>:<to>\t<summary>`; flags: ' ' fast-forward, '*' new, '=' up to date, '!' rejected
        const line = r.stdout
            .toString('utf8')
            .split('\n')
            .find((l) => l.split('\t')[1] === `${commit}:${this.ref}`);
        const flag = line?.[0];
        if (r.code === 0 && (flag === ' ' || flag === '*' || flag === '=')) {
            await this.updateTracking(commit);
            return { appended: true, commit };
        }
        const summary = line?.split('\t')[2] ?? '';
        if (flag === '!' && /^\[rejected\]/.test(summary) && PUSH_CAS_LOST.test(summary)) {
            this.logger?.debug(`${this.ref} on origin moved since it was read: ${summary}`);
            return { appended: false };
        }
        if (flag === '!' && /^\[remote rejected\]/.test(summary) && REMOTE_CAS_LOST.test(r.stderr)) {
            this.logger?.debug(`${this.ref} on origin moved while pushing: ${r.stderr.trim()}`);
            return { appended: false };
        }
        const said = [summary, r.stderr.trim()].filter(Boolean).join('\n');
        throw new Error(`Pushing the ledger ${this.ref} to origin failed:\n${said || '(no reason given)'}`);
    }
    /** Origin is the truth once the push landed: a failure here only costs the next read a fetch. */
    async updateTracking(commit) {
        try {
            await this.git.run([
                'update-ref',
                '-m',
                'msdeploy ledger push',
                '--end-of-options',
                this.localRef,
                commit,
            ]);
        }
        catch (e) {
            this.logger?.warning(`The ledger was pushed, but ${this.localRef} was not updated: ${e.message}`);
        }
    }
    /** Fetch the ref into its tracking copy; false when origin has no such ref. */
    async fetch() {
        try {
            await this.git.run([
                'fetch',
                '--no-tags',
                '--no-recurse-submodules',
                '--no-write-fetch-head',
                '--end-of-options',
                'origin',
                `+${this.ref}:${this.localRef}`,
            ], [], { env: await this.authEnv() });
            return true;
        }
        catch (e) {
            if (!(e instanceof GitCommandError) || !/couldn't find remote ref/i.test(e.stderr))
                throw e;
            // Gone on origin (or never there): forget any copy of an earlier fetch.
            await this.git.run(['update-ref', '-d', '--end-of-options', this.localRef]);
            return false;
        }
    }
    /**
     * The token as an `http.<url>.extraheader` for origin's https URLs only, passed in the
     * environment (GIT_CONFIG_COUNT…) so it shows in no argv, log line or error message. The
     * empty value first clears headers configured for a broader URL (actions/checkout persists
     * `http.https://github.com/.extraheader`): two Authorization headers would be refused.
     */
    authEnv() {
        this.authEnvPromise ??= (async () => {
            if (!this.token)
                return {};
            const urls = new Set();
            for (const push of [false, true]) {
                const args = [
                    'remote',
                    'get-url',
                    ...(push ? ['--push'] : []),
                    '--end-of-options',
                    'origin',
                ];
                urls.add((await this.git.run(args)).stdout.toString('utf8').trim());
            }
            const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`;
            const pairs = [];
            for (const url of urls) {
                const scope = httpsScope(url);
                if (scope === undefined)
                    continue;
                pairs.push([`http.${scope}.extraheader`, ''], [`http.${scope}.extraheader`, header]);
            }
            if (!pairs.length) {
                this.logger?.warning('A ledger token was given, but origin is not an https URL: it is not used.');
            }
            return gitConfigEnv(pairs);
        })();
        return this.authEnvPromise;
    }
}
/** The base the caller read and the record it built must fit, or a later read would refuse. */
function checkAppend(base, record, state) {
    if (base.commit !== undefined && !ledger_FULL_SHA.test(base.commit)) {
        throw new Error(`internal: ledger base ${JSON.stringify(base.commit)} is not a commit sha`);
    }
    if ((base.commit === undefined) !== (base.state.records === 0)) {
        throw new Error(`internal: ledger base ${base.commit ?? '(none)'} with ${base.state.records} records was not read from a ledger`);
    }
    if (record.seq !== base.state.records + 1) {
        throw new Error(`internal: ledger record ${record.seq} appended to a state of ${base.state.records} records`);
    }
    let records;
    try {
        records = (0,promotion_state/* parseState */.Bu)(state, 'the new state.json').records;
    }
    catch (e) {
        throw new Error(`internal: refusing to write a state.json the ledger could not read back: ${e.message}`);
    }
    if (records !== record.seq) {
        throw new Error(`internal: state.json counts ${records} records, the new record is ${record.seq}`);
    }
}
/** Names in a raw tree object: entries of `<mode> <name>\0<binary oid>`. */
function treeNames(tree, oidBytes) {
    const names = [];
    let pos = 0;
    while (pos < tree.length) {
        const space = tree.indexOf(0x20, pos);
        const nul = tree.indexOf(0, space);
        if (space < 0 || nul < 0)
            break;
        names.push(tree.toString('utf8', space + 1, nul));
        pos = nul + 1 + oidBytes;
    }
    return names;
}
/**
 * An identity git will take as given: no newline, `<` or `>` (which would end the name or
 * email early and let the rest of a value forge the header), no other control characters.
 */
// eslint-disable-next-line no-control-regex
const IDENT_CRUD = /[<>\u0000-\u001f\u007f]/g;
function identityPart(s) {
    return s.replace(IDENT_CRUD, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}
/** `scheme://host/path` of an https URL (credentials and query dropped), else undefined. */
function httpsScope(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return undefined; // scp-like `git@host:repo`, a path
    }
    return u.protocol === 'https:' ? `https://${u.host}${u.pathname}` : undefined;
}
/** Config for one git command through GIT_CONFIG_COUNT, after any the caller already set. */
function gitConfigEnv(pairs) {
    if (!pairs.length)
        return {};
    const first = Number((0,context/* parentEnvironment */._Z)().GIT_CONFIG_COUNT ?? 0) || 0;
    const env = { GIT_CONFIG_COUNT: String(first + pairs.length) };
    pairs.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${first + i}`] = key;
        env[`GIT_CONFIG_VALUE_${first + i}`] = value;
    });
    return env;
}

// EXTERNAL MODULE: ./src/platform/manifest-file.ts
var manifest_file = __nccwpck_require__(37181);
// EXTERNAL MODULE: ./src/platform/stores.ts
var stores = __nccwpck_require__(39921);
;// CONCATENATED MODULE: ./src/app/promotion-context.ts
/**
 * What every ledger command needs, established once: the manifest, the ledger (local or on
 * origin), the artifact store, the GitHub API when there is one, and who is acting.
 */












async function openLedgerContext(s, run, logger) {
    const manifest = await (0,manifest_file/* readManifest */.WI)(s.manifest);
    const git = new CliGit(s.manifest.root, { logger });
    const ref = s.ledgerRef ? (0,pipeline/* ledgerRefName */.gm)(s.ledgerRef) : manifest.ledger.ref;
    const remote = run.onActions || (s.push ?? manifest.ledger.push);
    const ledger = openLedger({ root: s.manifest.root, ref, remote, logger, token: s.token });
    const api = s.token && run.repository
        ? (0,github.createGitHubApi)({ token: s.token, repository: run.repository, apiUrl: run.apiUrl, logger })
        : undefined;
    return { manifest, ledger, git, run, logger, ...(api && { api }) };
}
/**
 * Who is acting, and how we know. In Actions: the person who started (or re-ran) a
 * workflow_dispatch run, unless a bot; any other event is the pipeline itself. In the CLI: the
 * local git identity, recorded as such (it is configured, not verified).
 */
async function establishActor(ctx) {
    const { run, api } = ctx;
    if (run.onActions) {
        const login = run.triggeringActor ?? run.actor;
        if (!login) {
            throw new errors/* MsdeployError */.g9('GITHUB_ACTOR is not set: cannot tell who is acting in this run.');
        }
        const dispatched = run.eventName === 'workflow_dispatch';
        const bot = login.endsWith('[bot]') || (dispatched && (await api?.accountType(login)) === 'Bot');
        return {
            actor: {
                name: login,
                via: dispatched ? 'workflow_dispatch' : 'workflow',
                person: dispatched && !bot,
            },
            identity: { name: login, email: `${login}@users.noreply.github.com` },
        };
    }
    const name = await gitConfig(ctx.git, 'user.name');
    const email = await gitConfig(ctx.git, 'user.email');
    if (!name || !email) {
        throw new errors/* MsdeployError */.g9('The ledger records who made each change, and git has no identity here: set one with ' +
            '`git config user.name "Your Name"` and `git config user.email you@example.com`.');
    }
    return { actor: { name, email, via: 'git-identity', person: true }, identity: { name, email } };
}
async function gitConfig(git, key) {
    const r = await git.run(['config', '--get', key], [1]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() || undefined : undefined;
}
/** A GitHub noreply address names its login: `12345+alice@users.noreply.github.com` → alice. */
function noreplyLogin(email) {
    return /^(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com$/i.exec(email ?? '')?.[1];
}
/**
 * For a manual stage: is the actor one of its approvers, and did they write the commit? Facts
 * that cannot be established count against the actor (never fail open): an unreadable team is
 * no membership, an unknown commit author blocks a stage that forbids self-approval.
 */
async function approvalFacts(ctx, stage, actor, commit) {
    if (stage.promote !== 'manual' || !actor.person)
        return { approver: false, author: false };
    const logins = new Set([actor.name, noreplyLogin(actor.email)]
        .filter((x) => !!x)
        .map((x) => x.toLowerCase()));
    let approver = stage.approvers.length === 0;
    for (const entry of stage.approvers) {
        if (approver)
            break;
        const team = /^@([^/]+)\/(.+)$/.exec(entry);
        if (!team) {
            approver = logins.has(entry.toLowerCase());
            continue;
        }
        if (!ctx.api || actor.via === 'git-identity') {
            ctx.logger.warning(`Cannot check team ${entry} without a GitHub token and a GitHub actor.`);
            continue;
        }
        const member = await ctx.api.isTeamMember(team[1], team[2], actor.name);
        if (member === undefined)
            ctx.logger.warning(`The token cannot read team ${entry}: counted as not a member.`);
        approver = member === true;
    }
    if (stage.allowSelfApproval)
        return { approver, author: false };
    if (commit === null) {
        throw new PromotionRefused(`\`${stage.name}\` forbids self-approval, and the artifact's provenance names no commit: ` +
            'cannot tell who wrote it, so it cannot be approved.');
    }
    return { approver, author: await wroteCommit(ctx, actor, commit, logins) };
}
async function wroteCommit(ctx, actor, commit, logins) {
    if (actor.via !== 'git-identity') {
        const login = await ctx.api?.commitAuthorLogin(commit);
        if (login !== undefined)
            return logins.has(login.toLowerCase());
    }
    const r = await ctx.git.run(['show', '-s', '--format=%ae%x00%an', '--end-of-options', commit], [128]);
    if (r.code !== 0) {
        throw new PromotionRefused(`Cannot tell who wrote commit ${commit} (not in this clone${ctx.api ? ' and not linked to a GitHub account' : ''}): ` +
            'a stage that forbids self-approval cannot be approved blind. Fetch the commit, or run where it is known.');
    }
    const [email, name] = r.stdout.toString('utf8').trim().split('\0');
    const authorLogin = noreplyLogin(email);
    return ((authorLogin !== undefined && logins.has(authorLogin.toLowerCase())) ||
        (actor.email !== undefined && email?.toLowerCase() === actor.email.toLowerCase()) ||
        (actor.via === 'git-identity' && name === actor.name));
}
/**
 * The artifact a `--version` names (a version, a digest or a store reference), checked in its
 * store: present, bytes and metadata bound to the digest, provenance naming this service.
 */
async function resolveArtifact(ctx, store, service, wanted, snapshot) {
    let digest;
    let ref;
    const tail = wanted.slice(wanted.lastIndexOf('@') + 1);
    if ((0,artifact_digest/* isDigest */.Bc)(wanted)) {
        digest = wanted;
    }
    else if (wanted.startsWith('oci://') && store.digestOfRef) {
        // The digest in an OCI reference is its manifest's; the store says whose artifact it is.
        ref = wanted;
        const named = await store.digestOfRef(service.name, wanted);
        if (named === undefined) {
            throw new rules/* PromotionRefused */.aH(`${wanted} is not an artifact of ${service.name} in the store.`);
        }
        digest = named;
    }
    else if (/^(local:|oci:\/\/|github:)/.test(wanted) && (0,artifact_digest/* isDigest */.Bc)(tail)) {
        ref = wanted;
        digest = tail;
    }
    else {
        digest = await digestOfVersion(store, service, wanted, snapshot);
    }
    ref ??= (0,promotion_state/* artifactState */.iw)(snapshot.state, service.name, digest)?.artifact ?? undefined;
    let found;
    try {
        found = await store.inspect(service.name, digest, ref);
        (0,provenance/* checkProvenanceSubject */.gL)(found.provenance, digest, `${service.name} ${digest}`);
    }
    catch (e) {
        // Missing, tampered or bound to other bytes: a refusal by the rules, not a crash.
        if (e instanceof types/* ArtifactNotFoundError */.CL ||
            e instanceof types/* DigestMismatchError */.h ||
            /provenance|metadata/i.test(e.message)) {
            // Promote and deploy both come here: the words fit either.
            throw new rules/* PromotionRefused */.aH(`${service.name} ${digest} cannot be used: ${e.message}`);
        }
        throw e;
    }
    const facts = (0,provenance/* provenanceFacts */.Z)(found.provenance);
    if (found.meta.service !== service.name || (facts.service ?? service.name) !== service.name) {
        throw new rules/* PromotionRefused */.aH(`${digest} was built for ${facts.service ?? found.meta.service}, not ${service.name}: ` +
            "an artifact is promoted only through its own service's pipeline.");
    }
    return {
        digest,
        version: found.meta.version,
        commit: facts.commit ?? null,
        artifact: found.ref,
    };
}
async function digestOfVersion(store, service, version, snapshot) {
    const known = (0,promotion_state/* serviceState */.Lj)(snapshot.state, service.name).artifacts;
    const fromLedger = Object.entries(known)
        .filter(([, a]) => a.version === version)
        .map(([d]) => d);
    const candidates = [
        ...new Set([...(await store.findVersion(service.name, version)), ...fromLedger]),
    ];
    if (candidates.length === 1)
        return candidates[0];
    if (candidates.length > 1) {
        throw new rules/* PromotionRefused */.aH(`${service.name} ${version} is ambiguous: it names ${candidates.join(', ')}. Pass the digest instead.`);
    }
    const recent = Object.values(known)
        .map((a) => a.version)
        .slice(-10)
        .reverse();
    throw new rules/* PromotionRefused */.aH(`No artifact ${service.name} ${version} in the ${store.kind} store or the ledger` +
        (recent.length ? `; versions the ledger knows: ${recent.join(', ')}.` : '.') +
        ' Pass a version build-artifact printed, or a digest.');
}
function storeFor(settings, run, logger) {
    return (0,stores/* openStore */.Ch)(settings ?? { kind: 'local' }, run, logger);
}


/***/ }),

/***/ 39137:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ earlierReleaseFiles),
  I: () => (/* binding */ resolveReleaseConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/core/artifact/digest.ts
var digest = __nccwpck_require__(47576);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/manifest/load.ts + 8 modules
var load = __nccwpck_require__(489);
;// CONCATENATED MODULE: ./src/core/deploy/canonical.ts
/** Canonical JSON: one text per value, so equal configurations have equal digests. */
/**
 * `value` as JSON with every object's keys sorted (by UTF-16 code units, JavaScript's default
 * order, stable across platforms), indented by 2 spaces, with a trailing newline. Numbers print
 * as JavaScript prints them (`1e21`, `0.1`), which is deterministic.
 */
function canonicalJson(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
/** A copy of plain JSON data with every object's keys inserted in sorted order. */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        setOwn(out, key, sortKeys(value[key]));
    }
    return out;
}
/**
 * Sets an own, enumerable property even for the key `__proto__`, which plain assignment would
 * treat as the object's prototype (a configuration may well contain any key).
 */
function setOwn(obj, key, value) {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

// EXTERNAL MODULE: ./src/core/manifest/suggest.ts
var suggest = __nccwpck_require__(87211);
;// CONCATENATED MODULE: ./src/core/deploy/config-schema.ts
/**
 * What a service's resolved configuration must look like: required keys, types, and (unless
 * allowed) no keys beyond those described. Paths are dotted keys from the root (`db.port`).
 */

const CONFIG_TYPES = ['string', 'number', 'boolean', 'object', 'list'];
/** Throws on a schema that is itself malformed; the manifest validates it before it gets here. */
function checkSchemaShape(schema) {
    const paths = [...(schema.required ?? []), ...Object.keys(schema.types ?? {})];
    for (const p of paths) {
        if (p.split('.').some((s) => s === '')) {
            throw new Error(`Configuration schema path "${p}" has an empty segment: write dotted keys like "db.port".`);
        }
    }
    for (const [p, t] of Object.entries(schema.types ?? {})) {
        if (!CONFIG_TYPES.includes(t)) {
            throw new Error(`Configuration schema type "${String(t)}" for "${p}" is not one of ${CONFIG_TYPES.join(', ')}.`);
        }
    }
}
/** Adds an issue for every required key missing, wrong type and unknown key in `root`. */
function checkSchema(root, schema, issues) {
    checkSchemaShape(schema);
    const required = schema.required ?? [];
    const types = schema.types ?? {};
    for (const path of required)
        checkRequired(root, path, issues);
    for (const [path, type] of Object.entries(types)) {
        const found = lookup(root, path);
        if (found.node && kindOf(found.node) !== type) {
            issues.push({
                ...found.node.loc,
                message: `\`${path}\` must be ${article(type)}, but it is ${describe(found.node)}: ` +
                    fixFor(type, found.node),
            });
        }
    }
    if (schema.allowUnknown === true)
        return;
    const listed = new Set([...required, ...Object.keys(types)]);
    const closed = new Set();
    for (const p of listed) {
        const segs = p.split('.');
        for (let i = 0; i < segs.length; i++)
            closed.add(segs.slice(0, i).join('.'));
    }
    if (listed.size === 0)
        return;
    checkUnknown(root, '', listed, closed, issues);
}
function checkUnknown(node, path, listed, closed, issues) {
    if (node.kind !== 'map' || !closed.has(path))
        return;
    const prefix = path ? `${path}.` : '';
    const known = [...listed, ...closed]
        .filter((p) => p.startsWith(prefix) && p.length > prefix.length)
        .map((p) => p.slice(prefix.length).split('.')[0]);
    for (const [key, entry] of node.entries) {
        const child = prefix + key;
        if (listed.has(child) || closed.has(child)) {
            checkUnknown(entry.node, child, listed, closed, issues);
            continue;
        }
        const hint = (0,suggest/* didYouMean */.au)(key, new Set(known));
        issues.push({
            ...entry.keyLoc,
            message: `\`${child}\` is not a configuration key the schema knows` +
                (hint ? `: ${hint}` : `; known here: ${[...new Set(known)].join(', ')}.`) +
                ' Remove it, or add it to the schema.',
        });
    }
}
function checkRequired(root, path, issues) {
    const found = lookup(root, path);
    if (found.node)
        return;
    const { parent, parentPath } = found;
    const rest = path.slice(parentPath ? parentPath.length + 1 : 0);
    if (parent.kind !== 'map') {
        issues.push({
            ...parent.loc,
            message: `\`${path}\` is required, but \`${parentPath}\` is ${describe(parent)}: make ` +
                `\`${parentPath}\` a mapping with \`${rest}\` in it.`,
        });
        return;
    }
    const where = parentPath ? `under \`${parentPath}\`` : 'at the top level';
    issues.push({
        ...parent.loc,
        message: `\`${path}\` is required but not set: add \`${rest}\` ${where}, here or in another of ` +
            "the service's configuration files (a later file's `null` removes a key).",
    });
}
function lookup(root, path) {
    let node = root;
    let nodePath = '';
    const segs = path.split('.');
    for (const seg of segs) {
        if (node.kind !== 'map')
            return { parent: node, parentPath: nodePath };
        const next = node.entries.get(seg);
        if (!next)
            return { parent: node, parentPath: nodePath };
        node = next.node;
        nodePath = nodePath ? `${nodePath}.${seg}` : seg;
    }
    return { node, parent: node, parentPath: nodePath };
}
function kindOf(node) {
    if (node.kind === 'map')
        return 'object';
    if (node.kind === 'list')
        return 'list';
    const v = node.value;
    return v === null ? 'null' : typeof v;
}
const article = (t) => ({
    string: 'a string',
    number: 'a number',
    boolean: 'a boolean (true or false)',
    object: 'a mapping',
    list: 'a list',
})[t];
function describe(node) {
    if (node.kind === 'map')
        return 'a mapping';
    if (node.kind === 'list')
        return 'a list';
    const v = node.value;
    if (v === null)
        return 'null';
    const shown = typeof v === 'string' ? JSON.stringify(clip(v)) : String(v);
    return `${article(typeof v)} (${shown})`;
}
function fixFor(type, node) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    if (typeof v === 'string' && type === 'number' && v.trim() !== '' && !isNaN(Number(v))) {
        return 'remove the quotes.';
    }
    if (typeof v === 'string' && type === 'boolean' && /^(true|false)$/i.test(v)) {
        return 'write true or false without quotes.';
    }
    if (type === 'string' && v !== undefined)
        return 'quote it.';
    return `write ${article(type)} here.`;
}
const clip = (s) => (s.length > 40 ? `${s.slice(0, 37)}...` : s);

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
;// CONCATENATED MODULE: ./src/core/deploy/config-yaml.ts
/**
 * One configuration file's YAML, parsed into a tree that remembers where every key and value is
 * written, so that merging and validation can point at `file:line:col`.
 */

/** 1 MiB: hundreds of times a real service's configuration; parsing costs ~50× the text. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * yaml's `maxAliasCount`: bounds how much `*alias` expansion may multiply the document, so a
 * "billion laughs" file is refused in milliseconds instead of exhausting memory.
 */
const MAX_ALIAS_COUNT = 100;
/**
 * Parses one file. Returns the root mapping (an empty file is an empty mapping: an overlay with
 * nothing to change), or undefined when `issues` got something.
 */
function parseConfigSource(src, issues) {
    const { file, text } = src;
    // A UTF-16 code unit is at least one UTF-8 byte: only a text that may be over is measured.
    if (text.length > MAX_CONFIG_BYTES / 3) {
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > MAX_CONFIG_BYTES) {
            issues.push({
                file,
                line: 1,
                col: 1,
                message: `${file} is ${bytes} bytes, over the ${MAX_CONFIG_BYTES} bytes (1 MiB) a configuration ` +
                    'file may be; it was not parsed. Keep large data out of configuration (ship it in the ' +
                    'artifact, or reference it by path or URL).',
            });
            return undefined;
        }
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return { file, line, col };
    };
    const before = issues.length;
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        prettyErrors: false,
        // Our check below is linear and worded like the manifest's; yaml's is quadratic.
        uniqueKeys: false,
        version: '1.2',
        schema: 'core',
        // YAML 1.2 has no `<<`; reported below rather than silently kept as a key called "<<".
        merge: false,
    });
    for (const e of doc.errors) {
        issues.push({ ...at(e.pos[0]), message: `YAML syntax error: ${firstLine(e.message)}.` });
    }
    // Warnings are unresolved tags (`!!binary`, `!custom`): configuration is plain data, so no tags.
    for (const w of doc.warnings) {
        issues.push({
            ...at(w.pos[0]),
            message: `${firstLine(w.message)}: configuration is plain data; remove the tag.`,
        });
    }
    if (issues.length > before)
        return undefined;
    try {
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        if (!(e instanceof ReferenceError))
            throw e;
        issues.push({
            ...at(0),
            message: `${file} expands its \`*aliases\` too often (over yaml's limit of ${MAX_ALIAS_COUNT}), ` +
                'the shape of an alias bomb; it was not read. Write the repeated values out, or use ' +
                'fewer nested aliases.',
        });
        return undefined;
    }
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null)) {
        return { kind: 'map', loc: at(0), entries: new Map() };
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        issues.push({
            ...at(root.range?.[0]),
            message: `${file} must be a mapping of keys to values (e.g. \`port: 8080\`), not ` +
                `${(0,dist/* isSeq */.oP)(root) ? 'a list' : 'a single value'}.`,
        });
        return undefined;
    }
    const tree = convert(root, doc, at, issues, '');
    return issues.length > before ? undefined : tree;
}
function convert(node, doc, at, issues, path) {
    const loc = at(node.range?.[0]);
    // The alias gate above bounds this expansion; the alias's own place is where the value is used.
    const target = (0,dist/* isAlias */.Vj)(node) ? (node.resolve(doc) ?? node) : node;
    // yaml still resolves YAML 1.1 tags such as `!!binary`, `!!set` or `!!timestamp` when they are
    // written out; they are not JSON data, so only the core schema's own tags may be written.
    if (target.tag !== undefined && !CORE_TAGS.has(target.tag)) {
        const tag = target.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        issues.push({
            ...loc,
            message: `\`${path}\` is tagged ${tag}: configuration is plain data (strings, numbers, ` +
                'booleans, mappings, lists), so remove the tag.',
        });
        return { kind: 'scalar', loc, value: null };
    }
    if ((0,dist/* isMap */.jh)(target)) {
        const entries = new Map();
        for (const pair of target.items) {
            const key = pair.key;
            const keyLoc = at(key?.range?.[0] ?? node.range?.[0]);
            if (!(0,dist/* isScalar */.jn)(key) || typeof key.value !== 'string') {
                const shown = (0,dist/* isScalar */.jn)(key) ? String(key.value) : 'a collection';
                issues.push({
                    ...keyLoc,
                    message: `The key ${shown}${path ? ` under \`${path}\`` : ''} is not a string: configuration ` +
                        `keys are names, so quote it (\`"${shown}":\`).`,
                });
                continue;
            }
            const name = key.value;
            const childPath = path ? `${path}.${name}` : name;
            if (name === '<<') {
                issues.push({
                    ...keyLoc,
                    message: 'Merge keys (`<<`) are not supported (YAML 1.2 has none): write the keys out, or ' +
                        'put shared values in the base file, which every environment overlays.',
                });
                continue;
            }
            if (entries.has(name)) {
                issues.push({
                    ...keyLoc,
                    message: `\`${childPath}\` is written twice in this mapping: each key may appear once, so ` +
                        'remove or merge the repeated one.',
                });
                continue;
            }
            const value = pair.value;
            const child = value === null
                ? { kind: 'scalar', loc: keyLoc, value: null }
                : convert(value, doc, at, issues, childPath);
            entries.set(name, { keyLoc, node: child });
        }
        return { kind: 'map', loc, entries };
    }
    if ((0,dist/* isSeq */.oP)(target)) {
        const items = target.items.map((item, i) => item === null
            ? { kind: 'scalar', loc, value: null }
            : convert(item, doc, at, issues, `${path}[${i}]`));
        return { kind: 'list', loc, items };
    }
    if ((0,dist/* isScalar */.jn)(target)) {
        const v = target.value;
        if (typeof v === 'number' && !Number.isFinite(v)) {
            issues.push({
                ...loc,
                message: `\`${path}\` is ${String(v)}, which JSON cannot carry: quote it if it is text.`,
            });
        }
        else if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) {
            issues.push({
                ...loc,
                message: `\`${path}\` is an integer too large to keep exactly (over 2^53): quote it so it ` +
                    'stays text.',
            });
        }
        else if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) {
            return { kind: 'scalar', loc, value: v };
        }
        else {
            issues.push({ ...loc, message: `\`${path}\` is not plain data: quote it.` });
        }
        return { kind: 'scalar', loc, value: null };
    }
    issues.push({ ...loc, message: `\`${path}\` is not plain data: quote it.` });
    return { kind: 'scalar', loc, value: null };
}
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
const firstLine = (s) => s.split('\n')[0].replace(/\.$/, '');

;// CONCATENATED MODULE: ./src/core/deploy/secret-refs.ts
/**
 * `${secret:NAME}` references inside configuration strings.
 *
 * Only a run of `$` directly before `{secret:` is special, and it works like `%%` in printf: an
 * odd run ends in a reference, an even run is an escape, and each `$$` pair in the run becomes
 * one literal `$`. So `${secret:X}` is X's value, `$${secret:X}` is the text `${secret:X}` and
 * `$$${secret:X}` is `$` then X's value. A `$` anywhere else (`a$$b`, `${HOME}`) is left alone,
 * so existing strings keep their meaning.
 */
/** The names a reference may use: those of environment variables (and of GitHub secrets). */
const SECRET_NAME_SOURCE = '[A-Za-z_][A-Za-z0-9_]*';
const SECRET_NAME_RE = new RegExp(`^${SECRET_NAME_SOURCE}$`);
// `(\$+)` then `{secret:`, then everything up to the next `}` (or the end, when unclosed).
const REF_RE = /(\$+)\{secret:([^}]*)(\})?/g;
/** Splits `s` into literal text and secret references; `parts` of a plain string is one text. */
function parseTemplate(s) {
    const parts = [];
    const problems = [];
    let text = '';
    let last = 0;
    for (const m of s.matchAll(REF_RE)) {
        const [whole, dollars, name, close] = m;
        text += s.slice(last, m.index);
        last = m.index + whole.length;
        text += '$'.repeat(Math.floor(dollars.length / 2));
        if (dollars.length % 2 === 0) {
            text += whole.slice(dollars.length);
            continue;
        }
        if (close === undefined) {
            problems.push('has `${secret:` without a closing `}`: write `${secret:NAME}`, or `$${secret:` for the ' +
                'literal text');
            text += whole.slice(dollars.length - 1);
            continue;
        }
        if (!SECRET_NAME_RE.test(name)) {
            problems.push(`references \`\${secret:${name}}\`, but a secret name is letters, digits and \`_\`, ` +
                'not starting with a digit: fix the name');
            text += whole.slice(dollars.length - 1);
            continue;
        }
        if (text)
            parts.push({ text });
        text = '';
        parts.push({ secret: name });
    }
    text += s.slice(last);
    if (text || parts.length === 0)
        parts.push({ text });
    return { parts, problems };
}

;// CONCATENATED MODULE: ./src/core/deploy/config.ts
/**
 * A service's configuration for one environment: its files merged in order, validated against
 * an optional schema, `${secret:NAME}` references resolved, and a digest that never depends on
 * a secret's value. Pure: the caller reads the files and looks the secrets up. See
 * docs/deploy.md#configuration.
 */








/**
 * Merges, validates and resolves. `resolved` is set exactly when `issues` is empty; `issues`
 * holds every problem (files in order, then reading order), and no message holds a secret value.
 */
function resolveConfig(input) {
    const issues = [];
    const trees = input.sources.map((src) => parseConfigSource(src, issues));
    if (issues.length > 0)
        return { issues: sortIssues(issues, input.sources) };
    let merged;
    for (const tree of trees)
        merged = overlay(merged, tree);
    const root = merged ?? {
        kind: 'map',
        loc: { file: '(no configuration file)', line: 1, col: 1 },
        entries: new Map(),
    };
    if (input.schema)
        checkSchema(root, input.schema, issues);
    const secrets = new Secrets(input);
    const template = toPlain(root, (s) => s);
    const config = toPlain(root, (s, loc, path) => secrets.substitute(s, loc, path, issues));
    if (issues.length > 0)
        return { issues: sortIssues(issues, input.sources) };
    return {
        resolved: {
            config,
            json: canonicalJson(config),
            digest: (0,digest/* sha256 */.sc)(canonicalJson(template)),
            secretValues: [...secrets.values],
            usedSecrets: [...secrets.used].sort(),
        },
        issues: [],
    };
}
/** Configuration that cannot be resolved: exit 3 like a bad manifest, one annotation per issue. */
class ConfigError extends errors/* MsdeployError */.g9 {
    issues;
    constructor(issues) {
        const n = issues.length;
        super(`${n} problem${n === 1 ? '' : 's'} in the configuration:\n${issues.map(load/* formatIssue */.Hd).join('\n')}`, { exitCode: errors/* ExitCode */.yU.manifest, annotations: issues });
        this.issues = issues;
    }
}
/** Like {@link resolveConfig}, but throws a {@link ConfigError} listing every issue. */
function resolveConfigOrThrow(input) {
    const { resolved, issues } = resolveConfig(input);
    if (!resolved)
        throw new ConfigError(issues);
    return resolved;
}
/**
 * `over` laid on `base`. Mappings merge key by key, recursively. Anything else — a list, a
 * scalar, or a change of kind — replaces the base value whole: merging lists has no one right
 * answer (append? by index? by some key?), and a replaced list reads the same in every file.
 * `null` means "not set": it removes the key from the result (and is dropped where nothing
 * was set), so an overlay can delete a base key and the result never holds a `null` member.
 * Returns undefined when nothing is left.
 */
function overlay(base, over) {
    if (over.kind === 'scalar' && over.value === null)
        return undefined;
    if (over.kind !== 'map')
        return over;
    const entries = new Map(base?.kind === 'map' ? base.entries : []);
    for (const [key, entry] of over.entries) {
        const node = overlay(entries.get(key)?.node, entry.node);
        if (node)
            entries.set(key, { keyLoc: entry.keyLoc, node });
        else
            entries.delete(key);
    }
    return { kind: 'map', loc: over.loc, entries };
}
/** Plain JSON data with keys sorted; every string passes through `str` (with its place). */
function toPlain(node, str, path = '') {
    if (node.kind === 'list') {
        return node.items.map((item, i) => toPlain(item, str, `${path}[${i}]`));
    }
    if (node.kind === 'map') {
        const out = {};
        for (const key of [...node.entries.keys()].sort()) {
            setOwn(out, key, toPlain(node.entries.get(key).node, str, path ? `${path}.${key}` : key));
        }
        return out;
    }
    return typeof node.value === 'string' ? str(node.value, node.loc, path) : node.value;
}
/** Resolves references for one run, remembering which names and values were used. */
class Secrets {
    input;
    used = new Set();
    values = new Set();
    allowed;
    constructor(input) {
        this.input = input;
        this.allowed = new Set(input.allowedSecrets);
    }
    substitute(s, loc, path, issues) {
        const { parts, problems } = parseTemplate(s);
        for (const p of problems)
            issues.push({ ...loc, message: `\`${path}\` ${p}.` });
        let out = '';
        for (const part of parts) {
            if ('text' in part) {
                out += part.text;
                continue;
            }
            const value = this.lookup(part.secret, loc, path, issues);
            if (value !== undefined)
                out += value;
        }
        return out;
    }
    lookup(name, loc, path, issues) {
        const env = this.input.environment
            ? `environment \`${this.input.environment}\``
            : 'the environment';
        if (!this.allowed.has(name)) {
            const allowed = [...this.allowed].sort();
            issues.push({
                ...loc,
                message: `\`${path}\` references secret ${name}, which is not among the secrets ${env} ` +
                    `declares (${allowed.length ? allowed.join(', ') : 'none'}): add ${name} to its ` +
                    '`secrets` in msdeploy.yml, or fix the name.',
            });
            return undefined;
        }
        const value = this.input.secret(name);
        if (value === undefined || value === '') {
            issues.push({
                ...loc,
                message: `\`${path}\` references secret ${name}, which has no value in this run: pass it to ` +
                    'the deploy (a GitHub secret given to the workflow, or an environment variable for ' +
                    'the CLI).',
            });
            return undefined;
        }
        this.used.add(name);
        this.values.add(value);
        return value;
    }
}
/** Files in merge order, then reading order within a file. */
function sortIssues(issues, sources) {
    const order = new Map(sources.map((s, i) => [s.file, i]));
    return [...issues].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.col - b.col);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./src/platform/manifest-file.ts
var manifest_file = __nccwpck_require__(37181);
;// CONCATENATED MODULE: ./src/platform/config-files.ts
/**
 * Reading a service's configuration files for an environment out of the checkout: the files the
 * placement names (each must exist), else `config/<service>/base.yml` then
 * `config/<service>/<environment>.yml`, those that exist. Never through a link out of the
 * repository; the size cap is checked before reading (core/deploy/config.ts parses).
 */




function configPaths(env, p) {
    if (p.config)
        return { paths: [...p.config], named: true };
    return {
        paths: [`config/${p.service}/base.yml`, `config/${p.service}/${env.name}.yml`],
        named: false,
    };
}
async function readConfigSources(root, env, p) {
    const { paths, named } = configPaths(env, p);
    const sources = [];
    for (const file of paths) {
        const real = await (0,manifest_file/* insideRepository */.rz)(root, file, `Configuration file`);
        if (real === undefined) {
            if (!named)
                continue;
            throw new errors/* MsdeployError */.g9(`Configuration file ${file}, named in \`environments.${env.name}.services.${p.service}.config\`, does not exist: create it or remove it from the list.`, { exitCode: errors/* ExitCode */.yU.manifest });
        }
        const { size } = await (0,promises_.stat)(real);
        if (size > MAX_CONFIG_BYTES) {
            throw new errors/* MsdeployError */.g9(`Configuration file ${file} is ${size} bytes; the limit is ${MAX_CONFIG_BYTES}: keep large data out of configuration.`, { exitCode: errors/* ExitCode */.yU.manifest });
        }
        sources.push({ file, text: await (0,promises_.readFile)(real, 'utf8') });
    }
    return sources;
}

;// CONCATENATED MODULE: ./src/app/release-inputs.ts
/**
 * The two inputs of a release on the runner: the configuration resolved for an environment
 * (secrets masked as soon as they are known) and the files of an earlier release again, for
 * targets that keep no release history (the command driver) and must be handed it to go back.
 */



/** The environment's configuration of `placement`, resolved now; every secret value masked. */
async function resolveReleaseConfig(root, env, placement, secret, logger) {
    const config = resolveConfigOrThrow({
        sources: await readConfigSources(root, env, placement),
        allowedSecrets: env.secrets,
        secret,
        environment: env.name,
    });
    for (const value of config.secretValues)
        logger.mask?.(value);
    return config;
}
/**
 * The files of `release` again: its artifact fetched from the store (digest verified) into
 * `work`, and the configuration this checkout resolves — only when it is the one the release had
 * (its digest), since an earlier configuration is not kept anywhere.
 */
async function earlierReleaseFiles(store, placement, release, artifactRef, config, work) {
    if (config.digest !== release.config) {
        throw new Error(`${release.release} ran with another configuration (${release.config.slice(0, 19)}…) than ` +
            `this checkout resolves (${config.digest.slice(0, 19)}…): deploy that version with the ` +
            'configuration of the commit it was deployed from instead.');
    }
    const artifactFile = (0,external_node_path_.join)(work, `artifact-${release.release}`);
    const { meta } = await store.get(artifactRef ?? release.digest, artifactFile);
    if (meta.digest !== release.digest || meta.service !== placement.service) {
        throw new Error(`The store's ${artifactRef ?? release.digest} is ${meta.service} ${meta.digest}, not ` +
            `${placement.service} ${release.digest}: refusing it.`);
    }
    return {
        service: placement.service,
        dir: placement.dir,
        version: release.version,
        release: release.release,
        artifactFile,
        artifactDigest: release.digest,
        kind: meta.kind,
        config: config.json,
        configDigest: release.config,
    };
}


/***/ }),

/***/ 8875:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(47576);
/* harmony import */ var _core_deploy_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(30640);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(74296);
/* harmony import */ var _core_manifest_lookup_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(42167);
/* harmony import */ var _core_promotion_rules_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(43622);
/* harmony import */ var _core_promotion_state_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(87652);
/* harmony import */ var _deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5199);
/* harmony import */ var _deploy_mirror_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(53654);
/* harmony import */ var _ledger_write_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(76910);
/* harmony import */ var _promotion_context_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(19902);
/* harmony import */ var _release_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(39137);
/**
 * rollback as a use case: make an earlier release of a service live again in an environment —
 * the one the live release replaced, or a named version — by switching every target back to its
 * release directory (kept by prune as the rollback target), restarting and checking it. With
 * `reject`, the release it replaces is also rejected in the ledger, so it is never promoted or
 * deployed again. The lease and records are those of a deploy: `deploying`, then `rolled-back`.
 */













async function rollback(s, run, logger) {
    const ctx = await (0,_promotion_context_js__WEBPACK_IMPORTED_MODULE_9__/* .openLedgerContext */ .XO)(s, run, logger);
    const service = (0,_core_manifest_lookup_js__WEBPACK_IMPORTED_MODULE_11__/* .serviceByName */ .kM)(ctx.manifest, s.service);
    const env = (0,_core_manifest_lookup_js__WEBPACK_IMPORTED_MODULE_11__/* .environmentByName */ .Av)(ctx.manifest, s.environment);
    const placement = (0,_core_manifest_lookup_js__WEBPACK_IMPORTED_MODULE_11__/* .placementOf */ .xc)(env, service.name);
    const { actor, identity } = await (0,_promotion_context_js__WEBPACK_IMPORTED_MODULE_9__/* .establishActor */ .rv)(ctx);
    const snapshot = await ctx.ledger.read();
    const d = (0,_core_promotion_state_js__WEBPACK_IMPORTED_MODULE_6__/* .deploymentState */ .DY)(snapshot.state, env.name, service.name);
    if (!d.live) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MsdeployError */ .g9(`Nothing of ${service.name} is live in ${env.name}: there is nothing to roll back.`, {
            exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .yU.refused,
        });
    }
    const live = {
        digest: d.live.digest,
        version: d.live.version,
        config: d.live.config ?? d.live.digest,
        release: d.live.release,
    };
    const wanted = s.to === undefined ? d.previous : await earlierRelease(ctx, env.name, service.name, s.to);
    if (!wanted) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MsdeployError */ .g9(s.to === undefined
            ? `${service.name} in ${env.name} has no earlier release on record to roll back to: deploy a version instead.`
            : `${service.name} ${s.to} was never live in ${env.name}: deploy it instead (msdeploy deploy ${service.name} --env ${env.name} --version ${s.to}).`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .yU.refused });
    }
    const target = {
        digest: wanted.digest,
        version: wanted.version,
        config: wanted.config ?? wanted.digest,
        release: wanted.release,
    };
    (0,_core_deploy_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .checkAccepted */ .a1)(snapshot.state, env, service.name, target);
    const url = (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .releaseUrl */ .XA)(env, placement);
    const base = {
        service: service.name,
        environment: env.name,
        version: target.version,
        digest: target.digest,
        configDigest: target.config,
        release: target.release,
        previousVersion: live.version,
        ...(url !== undefined && { url }),
    };
    const reason = s.reason ?? `rollback from ${live.release}`;
    const started = await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .takeLease */ ._e)(ctx, env, service, { actor, identity }, { target, leaseSeconds: _deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LEASE_SECONDS */ .$$, waitSeconds: s.waitSeconds ?? 0, reason }, logger);
    const leaseSeq = started.record.seq;
    const writer = { actor, identity };
    const commit = (0,_core_promotion_state_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactState */ .iw)(snapshot.state, service.name, target.digest)?.commit ?? null;
    const mirror = await (0,_deploy_mirror_js__WEBPACK_IMPORTED_MODULE_12__/* .mirrorDeployStart */ .Lg)((0,_deploy_mirror_js__WEBPACK_IMPORTED_MODULE_12__/* .deployMirrorTarget */ .k7)(base, commit, env, run.runUrl), ctx.api, logger);
    let closed = false;
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(run.runnerTemp, 'msdeploy-rollback-'));
    const opened = [];
    try {
        const targets = await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .openTargets */ .Rs)(env, placement, {
            work,
            root: s.manifest.root,
            sshKey: s.sshKey,
            logger,
        });
        opened.push(...targets);
        // A target that keeps no earlier releases (command) is handed them again: the one to go
        // back to (required), and the live one in case that fails (best effort).
        const forgetful = targets.filter((t) => !t.keepsReleases);
        if (forgetful.length > 0) {
            const store = await (0,_promotion_context_js__WEBPACK_IMPORTED_MODULE_9__/* .storeFor */ .fV)(s.store, run, logger);
            const config = await (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .resolveReleaseConfig */ .I)(s.manifest.root, env, placement, s.secret ?? (() => undefined), logger);
            const files = (r) => (0,_release_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .earlierReleaseFiles */ .t)(store, placement, r, (0,_core_promotion_state_js__WEBPACK_IMPORTED_MODULE_6__/* .artifactState */ .iw)(snapshot.state, service.name, r.digest)?.artifact ?? null, config, work);
            const wantedFiles = await files(target);
            for (const t of forgetful)
                await t.prepare(wantedFiles);
            try {
                const liveFiles = await files(live);
                for (const t of forgetful)
                    await t.prepare(liveFiles);
            }
            catch (e) {
                logger.warning(`If the rollback fails, ${live.release} cannot be restored: ${e.message}`);
            }
        }
        const reports = targets.map((t) => ({ target: t.name, steps: [] }));
        let failure;
        for (const [i, t] of targets.entries()) {
            reports[i].previous = live.release;
            failure = await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .goLive */ .Hh)(t, reports[i], env, placement, target, 'rollback');
            if (failure)
                break;
        }
        if (failure !== undefined) {
            // The earlier release does not work either (or was pruned): back to what was live.
            for (const [i, t] of targets.entries()) {
                if (!reports[i].steps.some((x) => x.step === 'rollback' && x.ok))
                    continue;
                const after = await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .goLive */ .Hh)(t, reports[i], env, placement, live, 'rollback');
                if (after)
                    logger.error(`${t.name}: ${live.release} is unhealthy too: ${after}`);
            }
        }
        const [failed, restored] = failure === undefined ? [live, target] : [target, live];
        closed = true;
        await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .closeLease */ .Te)(ctx, env, service, writer, leaseSeq, { kind: 'rolled-back', failed, restored }, failure === undefined ? reason : `rollback to ${target.release} failed: ${failure}`);
        await mirror.finish(failure === undefined
            ? { ok: true, ...(base.url && { url: base.url }), description: `${target.release} is live` }
            : { ok: false, description: `rollback failed: ${failure}`.slice(0, 140) });
        if (failure === undefined && s.reject) {
            const artifact = { digest: live.digest, version: live.version, commit: null, artifact: null };
            await (0,_ledger_write_js__WEBPACK_IMPORTED_MODULE_8__/* .appendWithRetry */ .L)(ctx, service, identity, (snap, origin) => Promise.resolve((0,_core_promotion_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .decideRejection */ .io)(snap.state, service, artifact, { ...origin, actor })), reason);
        }
        return {
            ...base,
            changed: true,
            failed: failure !== undefined,
            rolledBack: failure === undefined,
            message: failure === undefined
                ? `Rolled ${service.name} back to ${target.release} in ${env.name}${s.reject ? `; ${live.version} is rejected` : ''}.`
                : `Rolling ${service.name} back to ${target.release} in ${env.name} failed (${failure}); ${live.release} is live again.`,
            targets: reports,
        };
    }
    catch (e) {
        // Nothing was switched (the steps never throw once targets exist): close the lease.
        if (!closed) {
            const why = `rollback to ${target.release} aborted: ${e.message}`;
            const close = (outcome, reason) => (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .closeLease */ .Te)(ctx, env, service, writer, leaseSeq, outcome, reason);
            await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .abandon */ .e9)(close, { kind: 'rolled-back', failed: target, restored: live }, why, mirror, logger);
        }
        throw e;
    }
    finally {
        await (0,_deploy_steps_js__WEBPACK_IMPORTED_MODULE_7__/* .closeTargets */ .TW)(opened, logger);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(work, { recursive: true, force: true });
    }
}
/** The newest release of `service` that went live in `environment` with version or digest `to`. */
async function earlierRelease(ctx, environment, service, to) {
    const history = await ctx.ledger.history();
    const match = (r) => r.service === service &&
        r.environment === environment &&
        (r.kind === 'deployed' || r.kind === 'rolled-back') &&
        r.digest !== null &&
        r.release &&
        ((0,_core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .Bc)(to) ? r.digest === to : r.version === to);
    const found = [...history].reverse().find((e) => match(e.record))?.record;
    return found
        ? {
            digest: found.digest,
            version: found.version,
            config: found.config ?? null,
            release: found.release,
        }
        : undefined;
}


/***/ }),

/***/ 10232:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ buildEnvironment),
/* harmony export */   zs: () => (/* binding */ neverForwarded)
/* harmony export */ });
/* unused harmony exports FILE_COMMAND_NAMES, allowedByDefault */
/**
 * The environment a build command gets: an allow-list cut from ours, never the whole of it.
 * The action's own environment holds what the build must not see: its inputs (`INPUT_*`, the
 * registry password and token among them), the runner's internal credentials (`ACTIONS_*`),
 * and the file-command paths through which a step rewrites its outputs, environment, PATH or
 * summary (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_PATH`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY`).
 */
/** Names always passed when set: what a shell and common toolchains expect. */
const BASE_NAMES = new Set(['PATH', 'HOME', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR', 'CI']);
/**
 * The documented GitHub context variables, read-only facts about the run. Not among them:
 * GITHUB_TOKEN (a credential), the file-command paths (see {@link NEVER_FORWARDED}) and
 * GITHUB_EVENT_PATH (the event payload is the runner's file, full of untrusted text: a
 * reproducible build depends on the source, not on the event).
 */
const GITHUB_CONTEXT = new Set([
    'GITHUB_ACTIONS',
    'GITHUB_ACTION_REPOSITORY',
    'GITHUB_ACTOR',
    'GITHUB_ACTOR_ID',
    'GITHUB_API_URL',
    'GITHUB_BASE_REF',
    'GITHUB_EVENT_NAME',
    'GITHUB_GRAPHQL_URL',
    'GITHUB_HEAD_REF',
    'GITHUB_JOB',
    'GITHUB_REF',
    'GITHUB_REF_NAME',
    'GITHUB_REF_PROTECTED',
    'GITHUB_REF_TYPE',
    'GITHUB_REPOSITORY',
    'GITHUB_REPOSITORY_ID',
    'GITHUB_REPOSITORY_OWNER',
    'GITHUB_REPOSITORY_OWNER_ID',
    'GITHUB_RETENTION_DAYS',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_NUMBER',
    'GITHUB_SERVER_URL',
    'GITHUB_SHA',
    'GITHUB_TRIGGERING_ACTOR',
    'GITHUB_WORKFLOW',
    'GITHUB_WORKFLOW_REF',
    'GITHUB_WORKFLOW_SHA',
    'GITHUB_WORKSPACE',
]);
/** The runner's file commands: whoever can write these rewrites our outputs, env, PATH or summary. */
const FILE_COMMAND_NAMES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
];
/** Why `name` may never reach a build, even when the manifest forwards it; undefined if it may. */
function neverForwarded(name) {
    if (name.startsWith('INPUT_'))
        return 'it is an action input (inputs carry our credentials)';
    if (name.startsWith('ACTIONS_'))
        return "it is the runner's internal credential or endpoint";
    if (FILE_COMMAND_NAMES.includes(name)) {
        return "it is a runner file command (the build could rewrite the action's outputs)";
    }
    if (isCredentialOfOurs(name))
        return "it is msdeploy's own credential";
    return undefined;
}
/** MSDEPLOY_* names that hold credentials (the CLI's registry login), kept from the build. */
function isCredentialOfOurs(name) {
    return (name.startsWith('MSDEPLOY_') &&
        (name.startsWith('MSDEPLOY_REGISTRY_') || /PASSWORD|TOKEN|SECRET|CREDENTIAL/.test(name)));
}
/** True when `name` passes without being forwarded by the manifest. */
function allowedByDefault(name) {
    if (neverForwarded(name))
        return false;
    return (BASE_NAMES.has(name) ||
        name.startsWith('LC_') ||
        GITHUB_CONTEXT.has(name) ||
        name.startsWith('RUNNER_') ||
        name.startsWith('MSDEPLOY_'));
}
/**
 * The build's whole environment: the allowed names from `parent`, the names the manifest
 * forwards (`build.env`), then msdeploy's own values for the build (`own`), which win.
 */
function buildEnvironment(parent, forward, own) {
    const env = {};
    const forwarded = new Set(forward.filter((n) => !neverForwarded(n)));
    for (const [name, value] of Object.entries(parent)) {
        if (value !== undefined && (allowedByDefault(name) || forwarded.has(name)))
            env[name] = value;
    }
    return { ...env, ...own };
}


/***/ }),

/***/ 47576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ verifyFile),
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   no: () => (/* binding */ DIGEST_SOURCE),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   vl: () => (/* binding */ DigestStream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(25503);
/**
 * sha256 digests, the identity of every artifact, blob and document: one pattern, one way to
 * hash bytes, a stream or a file (streamed, never read whole), one way to verify.
 */



const READ_CHUNK = 1024 * 1024;
/** `sha256:<64 lowercase hex>`, as a pattern source for larger expressions (refs). */
const DIGEST_SOURCE = 'sha256:[0-9a-f]{64}';
const DIGEST_RE = new RegExp(`^${DIGEST_SOURCE}$`);
function isDigest(s) {
    return DIGEST_RE.test(s);
}
/** The digest of bytes in memory (manifests, provenance documents). */
function sha256(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** An incremental digest, for bytes that pass through on their way elsewhere (downloads). */
class DigestStream {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    update(chunk) {
        this.hash.update(chunk);
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}
/** The `sha256:<hex>` digest of a file's bytes. */
async function digestFile(path) {
    const hash = new DigestStream();
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: READ_CHUNK })) {
        hash.update(chunk);
    }
    return hash.digest();
}
/** Throws DigestMismatchError unless `actual` is `expected`; `where` names what was checked. */
function checkDigest(expected, actual, where) {
    if (actual !== expected)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .DigestMismatchError */ .h(expected, actual, where);
}
/**
 * Throws DigestMismatchError unless the file's digest is `expected`. `where` names the file's
 * role for the message, e.g. "artifact catalog@1.4.0 downloaded from oci://…".
 */
async function verifyFile(path, expected, where) {
    if (!isDigest(expected)) {
        throw new Error(`Expected digest "${String(expected)}" for ${where} is not of the form sha256:<64 lowercase hex digits>.`);
    }
    checkDigest(expected, await digestFile(path), where);
}


/***/ }),

/***/ 92453:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gL: () => (/* binding */ checkProvenanceSubject),
  Z: () => (/* binding */ provenanceFacts)
});

// UNUSED EXPORTS: BUILD_TYPE, SLSA_PROVENANCE, STATEMENT_TYPE, provenanceBytes, provenanceStatement

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __nccwpck_require__(59800);
;// CONCATENATED MODULE: ./src/core/artifact/junit.ts
/**
 * Test results from JUnit XML reports (the format nearly every test runner can emit), reduced
 * to what provenance records: how many tests ran, passed, failed and were skipped, per file.
 *
 * A report is read by a streaming XML parser (saxes): attributes may hold `>` and `/>`, comments
 * and CDATA may hold text that looks like tags, and suites nest. Its work is linear in its size,
 * and a report is refused over {@link MAX_JUNIT_BYTES}, {@link MAX_JUNIT_TESTCASES} test cases or
 * {@link MAX_JUNIT_DEPTH} nested elements. Entities a DTD declares are never expanded.
 */



class JUnitError extends (/* unused pure expression or super */ null && (Error)) {
}
/** The largest report read: test runners write a few MiB for tens of thousands of tests. */
const MAX_JUNIT_BYTES = (/* unused pure expression or super */ null && (50 * 1024 * 1024));
/** Most test cases one report may hold. */
const MAX_JUNIT_TESTCASES = 1_000_000;
/** Deepest element nesting (suites in suites) one report may hold. */
const MAX_JUNIT_DEPTH = 256;
/** Counts test cases as XML arrives in chunks; `result()` once the whole report was written. */
class JUnitCounter {
    file;
    maxTestcases;
    parser = new SaxesParser();
    tests = 0;
    failed = 0;
    skipped = 0;
    depth = 0;
    suites = 0;
    /** Depth of the open <testcase>, 0 outside one. */
    caseDepth = 0;
    outcome = 'pass';
    constructor(file, maxTestcases) {
        this.file = file;
        this.maxTestcases = maxTestcases;
        this.parser.on('opentag', (tag) => {
            if (++this.depth > MAX_JUNIT_DEPTH) {
                throw new JUnitError(`${file} nests elements more than ${MAX_JUNIT_DEPTH} deep; it is not a JUnit report.`);
            }
            const name = tag.name;
            if (name === 'testsuite' || name === 'testsuites')
                this.suites++;
            else if (name === 'testcase') {
                if (this.caseDepth !== 0)
                    return; // a test case inside a test case is part of it
                if (++this.tests > this.maxTestcases) {
                    throw new JUnitError(`${file} has more than ${this.maxTestcases} test cases; msdeploy reads at most that many.`);
                }
                this.caseDepth = this.depth;
                this.outcome = 'pass';
            }
            else if (this.caseDepth !== 0) {
                if (name === 'failure' || name === 'error')
                    this.outcome = 'fail';
                else if (name === 'skipped' && this.outcome === 'pass')
                    this.outcome = 'skip';
            }
        });
        this.parser.on('closetag', () => {
            if (this.depth === this.caseDepth) {
                if (this.outcome === 'fail')
                    this.failed++;
                else if (this.outcome === 'skip')
                    this.skipped++;
                this.caseDepth = 0;
            }
            this.depth--;
        });
        this.parser.on('error', (err) => {
            throw new JUnitError(`${file} is not well-formed XML: ${err.message}`);
        });
    }
    write(chunk) {
        this.parser.write(chunk);
    }
    result() {
        this.parser.close();
        if (this.suites === 0) {
            throw new JUnitError(`${this.file} is not a JUnit XML report (no <testsuite> or <testsuites> element).`);
        }
        const { file, tests, failed, skipped } = this;
        return { file, tests, passed: tests - failed - skipped, failed, skipped };
    }
}
/** Count the test cases of a report held in memory. */
function parseJUnit(xml, file, limits = {}) {
    if (xml.length > MAX_JUNIT_BYTES)
        throw tooLarge(file, Buffer.byteLength(xml, 'utf8'));
    const counter = new JUnitCounter(file, limits.maxTestcases ?? MAX_JUNIT_TESTCASES);
    counter.write(xml);
    return counter.result();
}
/** Count the test cases of the report at `path` (shown as `file`), streaming it. */
async function readJUnit(path, file, limits = {}) {
    const { size } = await stat(path);
    if (size > MAX_JUNIT_BYTES)
        throw tooLarge(file, size);
    const counter = new JUnitCounter(file, limits.maxTestcases ?? MAX_JUNIT_TESTCASES);
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    let read = 0;
    try {
        for await (const chunk of stream) {
            read += chunk.length;
            // A file that grows while it is read is held to the same cap.
            if (read > MAX_JUNIT_BYTES)
                throw tooLarge(file, read);
            counter.write(chunk);
        }
    }
    finally {
        stream.destroy();
    }
    return counter.result();
}
function tooLarge(file, bytes) {
    return new JUnitError(`${file} is ${bytes} bytes, over the ${MAX_JUNIT_BYTES} bytes (50 MiB) msdeploy reads of a ` +
        'JUnit report: split the report, or leave it out of build.tests.');
}
function junit_totals(reports) {
    return reports.reduce((t, r) => ({
        tests: t.tests + r.tests,
        passed: t.passed + r.passed,
        failed: t.failed + r.failed,
        skipped: t.skipped + r.skipped,
    }), { tests: 0, passed: 0, failed: 0, skipped: 0 });
}

;// CONCATENATED MODULE: ./src/core/artifact/provenance.ts

const BUILD_TYPE = 'https://github.com/msdeploy/msdeploy/build-artifact/v1';
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE = 'https://slsa.dev/provenance/v1';
function provenanceStatement(f) {
    const hex = f.artifact.digest.slice('sha256:'.length);
    const repoUri = /^[\w.-]+\/[\w.-]+$/.test(f.repository)
        ? `git+${f.serverUrl}/${f.repository}`
        : `git+file://${f.repository}`;
    const t = totals(f.tests);
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name: f.artifact.fileName, digest: { sha256: hex } }],
        predicateType: SLSA_PROVENANCE,
        predicate: {
            buildDefinition: {
                buildType: BUILD_TYPE,
                externalParameters: {
                    service: f.artifact.service,
                    kind: f.artifact.kind,
                    commands: f.commands,
                    workingDirectory: f.workingDirectory,
                    source: { uri: repoUri, ref: f.ref },
                },
                internalParameters: {
                    version: f.artifact.version,
                    msdeploy: f.msdeployVersion,
                    toolchain: f.toolchain,
                    ...(f.dirty && { dirty: true }),
                },
                resolvedDependencies: [{ uri: `${repoUri}@${f.ref}`, digest: { gitCommit: f.commit } }],
            },
            runDetails: {
                builder: { id: f.builderId },
                metadata: {
                    invocationId: f.runUrl ?? `local:${f.startedOn.toISOString()}`,
                    startedOn: f.startedOn.toISOString(),
                    finishedOn: f.finishedOn.toISOString(),
                },
                byproducts: [
                    {
                        name: 'tests',
                        mediaType: 'application/vnd.msdeploy.tests.v1+json',
                        annotations: { ...t, reports: f.tests },
                    },
                ],
            },
        },
    };
}
/** Serialise stably: the provenance's bytes are stored and compared, so key order matters. */
function provenanceBytes(statement) {
    return Buffer.from(JSON.stringify(statement, null, 2) + '\n');
}
/**
 * Throws unless `provenance` is a statement whose subject is the artifact `digest`: metadata read
 * back from a store is used only when it is bound to the very bytes being fetched, so a
 * provenance document of other bytes (forged, or swapped by hand) is never passed on.
 */
function checkProvenanceSubject(provenance, digest, where) {
    let subjects;
    try {
        subjects = JSON.parse(provenance.toString('utf8')).subject;
    }
    catch {
        throw new Error(`The provenance of ${where} is not JSON: refusing the artifact ${digest}.`);
    }
    const hex = digest.slice('sha256:'.length);
    const named = Array.isArray(subjects)
        ? subjects.map((s) => s?.digest?.sha256)
        : [];
    if (!named.includes(hex)) {
        const said = named.length ? named.map((h) => `sha256:${String(h)}`).join(', ') : 'no subject';
        throw new Error(`The provenance of ${where} describes ${said}, not the artifact ${digest}: it belongs to other bytes; refusing the artifact.`);
    }
}
/** The service, version and commit a provenance statement names (absent fields stay undefined). */
function provenanceFacts(provenance) {
    let doc;
    try {
        doc = JSON.parse(provenance.toString('utf8'));
    }
    catch {
        return {};
    }
    const def = doc?.predicate?.buildDefinition;
    const str = (v) => (typeof v === 'string' ? v : undefined);
    const commit = def?.resolvedDependencies?.[0]?.digest?.gitCommit;
    return {
        service: str(def?.externalParameters?.service),
        version: str(def?.internalParameters?.version),
        commit: typeof commit === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)
            ? commit
            : undefined,
    };
}


/***/ }),

/***/ 25503:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ ArtifactNotFoundError),
/* harmony export */   gn: () => (/* binding */ ARTIFACT_TYPE),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   "if": () => (/* binding */ PROVENANCE_MEDIA_TYPE),
/* harmony export */   zv: () => (/* binding */ ARTIFACT_MEDIA_TYPE)
/* harmony export */ });
/** Artifacts: the immutable output of one build of one service; identity = sha256 digest. */
const ARTIFACT_MEDIA_TYPE = {
    archive: 'application/vnd.msdeploy.artifact.layer.v1.tar+gzip',
    deb: 'application/vnd.debian.binary-package',
};
/** The OCI artifactType of an msdeploy artifact manifest. */
const ARTIFACT_TYPE = 'application/vnd.msdeploy.artifact.v1';
/** The media type of a provenance document (in-toto statement, SLSA provenance predicate). */
const PROVENANCE_MEDIA_TYPE = 'application/vnd.in-toto+json';
class DigestMismatchError extends Error {
    expected;
    actual;
    constructor(expected, actual, where) {
        super(`Digest mismatch for ${where}: expected ${expected}, got ${actual}. The artifact was altered or corrupted; it will not be used.`);
        this.expected = expected;
        this.actual = actual;
        this.name = 'DigestMismatchError';
    }
}
/** The store has no such artifact (unknown version, digest never stored, or expired). */
class ArtifactNotFoundError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ArtifactNotFoundError';
    }
}


/***/ }),

/***/ 59370:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   zF: () => (/* binding */ SAFE_VERSION_RE)
/* harmony export */ });
/* unused harmony exports VersionError, buildVersion, refSlug, isSemVer, markDirty */
/**
 * Build versions: unique per build, traceable to the commit, sortable on the default branch,
 * and valid SemVer 2.0.
 *
 *   default branch:  MAJOR.MINOR.<counter>+<sha7>            e.g. 1.4.57+abc1234
 *   other refs:      MAJOR.MINOR.<counter>-<ref-slug>+<sha7>  e.g. 1.4.58-feature-login+9f8e7d6
 *                    (a pull request's refs/pull/7/merge is `pr-7`)
 *   re-run attempts: …+<sha7>.attempt<N>                      e.g. 1.4.57+abc1234.attempt2
 *
 * MAJOR.MINOR come from the manifest's `build.version` or the service's own package file; the
 * patch number is the build counter (the workflow run number), so versions on the default
 * branch sort by SemVer precedence in build order. Branch builds are pre-releases: they sort
 * below the default-branch build with the same counter and never look like releases.
 */
const BASE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:[-+].*)?$/;
class VersionError extends (/* unused pure expression or super */ null && (Error)) {
}
function buildVersion(input) {
    const m = BASE.exec(input.base.trim());
    if (!m) {
        throw new VersionError(`Base version ${JSON.stringify(input.base)} is not MAJOR.MINOR or a SemVer such as 1.4.0: ` +
            'set build.version in msdeploy.yml to e.g. "1.4".');
    }
    if (!Number.isSafeInteger(input.counter) || input.counter < 0) {
        throw new VersionError(`Build counter must be a whole number ≥ 0, got ${input.counter}.`);
    }
    if (!/^[0-9a-f]{7,64}$/i.test(input.commit)) {
        throw new VersionError(`Commit ${JSON.stringify(input.commit)} is not a git sha.`);
    }
    const branch = (input.ref ?? '')
        .replace(/^refs\/pull\/(\d+)\/(merge|head)$/, 'pr-$1')
        .replace(/^refs\/(heads|tags)\//, '');
    const onDefault = !branch || branch === (input.defaultBranch ?? 'main');
    const pre = onDefault ? '' : `-${refSlug(branch)}`;
    const attempt = input.attempt && input.attempt > 1 ? `.attempt${input.attempt}` : '';
    return `${m[1]}.${m[2]}.${input.counter}${pre}+${input.commit.slice(0, 7).toLowerCase()}${attempt}`;
}
/** A SemVer pre-release identifier from a branch name: [0-9A-Za-z-] only, no leading zeros. */
function refSlug(ref) {
    const slug = ref
        .replace(/[^0-9A-Za-z-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40)
        .replace(/-$/, '')
        .toLowerCase();
    if (!slug)
        return 'ref';
    // A purely numeric identifier must not have leading zeros in SemVer.
    return /^\d+$/.test(slug) ? `r${slug}` : slug;
}
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function isSemVer(v) {
    return SEMVER.test(v);
}
/** A version built from uncommitted changes: `dirty` added to its build metadata. */
function markDirty(version) {
    return version.includes('+') ? `${version}.dirty` : `${version}+dirty`;
}
/**
 * A version that may name a file: a local store tag, a release directory. It starts with a
 * letter or digit, so it is never `.` or `..`, and holds no `/`: always one path component.
 */
const SAFE_VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,127}$/;


/***/ }),

/***/ 1951:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ps: () => (/* binding */ redactingTarget),
/* harmony export */   ye: () => (/* binding */ maskForms)
/* harmony export */ });
/* unused harmony exports MIN_FORM_LENGTH, redact */
/**
 * Derived forms (lines, encodings) shorter than this are not masked: they carry few bits of the
 * secret, and hiding every `}` or `abc` in a log would make it unreadable. The value itself is
 * always masked, however short.
 */
const MIN_FORM_LENGTH = 4;
/**
 * Every form of one secret value a log might show, longest first:
 * - the value;
 * - for a multi-line value (a key, a certificate), each line with surrounding whitespace
 *   trimmed, because tools print such values line by line (and the runner masks per line);
 * - its JSON string escape (`\n`, `\"`, `\\`), for a value printed inside JSON;
 * - its base64 and base64url, at each of the three byte alignments: a value inside a larger
 *   encoded blob (a base64'd config file, a Kubernetes Secret) starts at any byte offset, and
 *   each offset encodes it differently; only the characters that depend on the value alone are
 *   kept. The whole value's padded encoding is included too, so `echo -n $S | base64` output
 *   disappears entirely.
 *
 * Lines are not base64'd one by one: a line is only encoded alone when someone splits the
 * secret, which a masker cannot anticipate, while the whole value's encodings cover the value
 * embedded in any encoded stream.
 */
function maskForms(value) {
    if (value === '')
        return [];
    const forms = new Set([value]);
    const add = (f) => {
        if (f.length >= MIN_FORM_LENGTH)
            forms.add(f);
    };
    const lines = value.split(/\r?\n|\r/);
    if (lines.length > 1)
        for (const line of lines)
            add(line.trim());
    for (const text of [value, ...(lines.length > 1 ? lines.map((l) => l.trim()) : [])]) {
        const json = JSON.stringify(text).slice(1, -1);
        if (json !== text)
            add(json);
    }
    const bytes = Buffer.from(value, 'utf8');
    add(bytes.toString('base64'));
    add(bytes.toString('base64url'));
    for (const shift of [0, 1, 2]) {
        const stable = alignedBase64(bytes, shift);
        add(stable);
        add(stable.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
/**
 * The base64 characters that depend only on `bytes` when they start `shift` bytes into a
 * 3-byte group: the characters shared with the neighbouring bytes are cut from both ends.
 */
function alignedBase64(bytes, shift) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    // The first characters mix in the `shift` unknown bytes before the value.
    const start = [0, 2, 3][shift];
    // After the last whole group, a 1-byte tail fixes 1 more character, a 2-byte tail 2.
    const total = shift + bytes.length;
    const end = 4 * Math.floor(total / 3) + (total % 3);
    return end > start ? encoded.slice(start, end) : '';
}
/**
 * `text` with every form of every secret replaced by `***`. Occurrences are found first and
 * the covered characters then replaced run by run, so overlapping forms (a line inside the
 * value, two secrets sharing characters) never leave a fragment uncovered.
 */
function redact(text, secretValues) {
    const forms = new Set(secretValues.flatMap(maskForms));
    if (forms.size === 0 || text === '')
        return text;
    const covered = new Uint8Array(text.length);
    let any = false;
    for (const form of forms) {
        for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
            covered.fill(1, i, i + form.length);
            any = true;
        }
    }
    if (!any)
        return text;
    let out = '';
    for (let i = 0; i < text.length;) {
        if (covered[i] === 0) {
            const j = covered.indexOf(1, i);
            const end = j === -1 ? text.length : j;
            out += text.slice(i, end);
            i = end;
        }
        else {
            const j = covered.indexOf(0, i);
            out += '***';
            i = j === -1 ? text.length : j;
        }
    }
    return out;
}
/**
 * `target` with its scripts' output redacted: a start or health script runs the release, which
 * reads the secrets from its config and may print them (a service failing to connect prints its
 * connection string), and that output's tail reaches the summary, the terminal and, as a health
 * check's verdict, the ledger. The runner's masks cover only its log, never those.
 */
function redactingTarget(target, secretValues) {
    if (secretValues.length === 0)
        return target;
    const run = async (script, dir, env, timeoutMs) => {
        const r = await target.run(script, dir, env, timeoutMs);
        // Line by line would miss a multi-line value: redact the tail as one text.
        return { ...r, tail: redact(r.tail.join('\n'), secretValues).split('\n') };
    };
    // The command driver's activate runs the user's script: its failure quotes the output.
    const activate = async (dir, release, env) => {
        try {
            return await target.activate(dir, release, env);
        }
        catch (e) {
            throw new Error(redact(e.message, secretValues));
        }
    };
    // Everything else is the target's own, whatever the port grows (a proxy, not a copy of it).
    return new Proxy(target, {
        get(t, key) {
            if (key === 'run')
                return run;
            if (key === 'activate')
                return activate;
            const value = Reflect.get(t, key, t);
            return typeof value === 'function' ? value.bind(t) : value;
        },
    });
}


/***/ }),

/***/ 30640:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XC: () => (/* binding */ ownLease),
/* harmony export */   a1: () => (/* binding */ checkAccepted),
/* harmony export */   "do": () => (/* binding */ releaseName),
/* harmony export */   eZ: () => (/* binding */ decideDeployStart),
/* harmony export */   l3: () => (/* binding */ decideDeployEnd),
/* harmony export */   yj: () => (/* binding */ LeaseHeld)
/* harmony export */ });
/* unused harmony export DeployRefused */
/* harmony import */ var _artifact_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(47576);
/* harmony import */ var _artifact_version_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(59370);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74296);
/* harmony import */ var _promotion_state_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(87652);
/**
 * The deploy rules, as pure decisions over the ledger state (like promotion/rules.ts): which
 * digest an environment accepts, and the lease that keeps two deployers of one service in one
 * environment from interleaving. A deploy is `deploying` (takes the lease, by compare-and-swap,
 * before any host is touched) then `deployed` or `rolled-back` (closes it).
 */




/** The rules said no (a digest the environment does not accept, a live lease); nothing written. */
class DeployRefused extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MsdeployError */ .g9 {
    constructor(message) {
        super(message, { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.refused });
    }
}
/** Someone else's unexpired lease: refused, or waited for when the deployer asked to wait. */
class LeaseHeld extends DeployRefused {
}
/**
 * `<version>-<first 12 hex of the config digest>`: the release's directory name, on every
 * driver. The version's charset makes it one path component, never `.` or `..`.
 */
function releaseName(version, configDigest) {
    if (!_artifact_version_js__WEBPACK_IMPORTED_MODULE_3__/* .SAFE_VERSION_RE */ .zF.test(version)) {
        throw new Error(`Version ${JSON.stringify(version.slice(0, 200))} cannot name a release: a version starts with a ` +
            'letter or digit and holds only letters, digits and . + _ - (at most 128 characters).');
    }
    if (!(0,_artifact_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(configDigest)) {
        throw new Error(`Config digest ${JSON.stringify(configDigest)} is not sha256:<64 hex>.`);
    }
    return `${version}-${configDigest.slice('sha256:'.length, 'sha256:'.length + 12)}`;
}
/**
 * An environment fed by a stage takes only a digest the ledger shows entered that stage and is
 * not rejected; a sandbox (no stage) takes any built artifact.
 */
function checkAccepted(state, env, service, t) {
    if (env.stage === undefined)
        return;
    const known = (0,_promotion_state_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactState */ .iw)(state, service, t.digest);
    const who = `${service} ${t.version} (${t.digest})`;
    if (known?.rejected) {
        throw new DeployRefused(`${who} was rejected by ${known.rejected.by} at ${known.rejected.at} (${JSON.stringify(known.rejected.reason)}): it is never deployed to \`${env.name}\`.`);
    }
    if (!known?.entered[env.stage]) {
        throw new DeployRefused(`\`${env.name}\` takes only what entered stage \`${env.stage}\`, and ${who} has not: promote it first (msdeploy promote ${service} --to ${env.stage} --version ${t.version}).`);
    }
}
/**
 * The lease on `service` in `env` when it is the asker's own and unexpired — same owner, same run,
 * and (outside Actions) a holder process that `abandoned` says is gone: a deploy killed after
 * taking it resumes under it instead of waiting for it to expire. Its record number, else
 * undefined.
 */
function ownLease(state, env, service, origin, abandoned) {
    const lease = (0,_promotion_state_js__WEBPACK_IMPORTED_MODULE_2__/* .deploymentState */ .DY)(state, env.name, service).lease;
    if (!lease || Date.parse(lease.expires) <= Date.parse(origin.at))
        return undefined;
    if (lease.owner !== origin.actor.name || lease.run !== origin.run)
        return undefined;
    return lease.holder === undefined || abandoned(lease.holder) ? lease.seq : undefined;
}
/**
 * Take the lease to deploy `t`: a no-op when it is already live; refused while someone else's
 * lease runs (naming who, which run, until when); an expired lease is taken over, on the record.
 */
function decideDeployStart(state, env, service, t, origin, leaseSeconds, holder) {
    checkAccepted(state, env, service, t);
    const d = (0,_promotion_state_js__WEBPACK_IMPORTED_MODULE_2__/* .deploymentState */ .DY)(state, env.name, service);
    const now = Date.parse(origin.at);
    if (d.lease && Date.parse(d.lease.expires) > now) {
        throw new LeaseHeld(`${service} in \`${env.name}\` is being deployed by ${d.lease.owner}` +
            `${d.lease.run ? ` (${d.lease.run})` : ''} until ${d.lease.expires}: wait for it, or for its lease to expire.`);
    }
    if (d.live?.release === t.release && !d.lease) {
        return {
            kind: 'noop',
            message: `${service} ${t.release} is already live in \`${env.name}\` since ${d.live.since} (by ${d.live.by}): nothing to do.`,
        };
    }
    return {
        kind: 'append',
        record: deployRecord(state, 'deploying', env.name, service, origin, t, {
            previous: d.live?.digest ?? null,
            lease: {
                owner: origin.actor.name,
                run: origin.run,
                expires: new Date(now + leaseSeconds * 1000).toISOString(),
                ...(holder !== undefined && { holder }),
            },
            tookOver: d.lease?.owner ?? null,
        }),
    };
}
/**
 * Close a deploy: `deployed` when `t` went live and healthy, `rolled-back` when `t` failed and
 * `restored` is live again. Refused when the lease is no longer ours (it expired and someone
 * took it over): the other deployer's record must stand.
 */
function decideDeployEnd(state, env, service, leaseSeq, outcome, origin) {
    const d = (0,_promotion_state_js__WEBPACK_IMPORTED_MODULE_2__/* .deploymentState */ .DY)(state, env.name, service);
    if (d.lease?.seq !== leaseSeq) {
        const now = d.lease ? `${d.lease.owner} holds it now` : 'nobody holds it now';
        throw new DeployRefused(`The lease to deploy ${service} in \`${env.name}\` (record ${leaseSeq}) was lost; ${now}. The other deployer's record stands.`);
    }
    if (outcome.kind === 'deployed') {
        return {
            kind: 'append',
            record: deployRecord(state, 'deployed', env.name, service, origin, outcome.target, {
                previous: d.live?.digest ?? null,
            }),
        };
    }
    const restored = outcome.restored;
    return {
        kind: 'append',
        record: {
            ...deployRecord(state, 'rolled-back', env.name, service, origin, restored ?? outcome.failed, {
                previous: outcome.failed.digest,
            }),
            ...(restored === null && { digest: null, version: null, config: null, release: null }),
        },
    };
}
function deployRecord(state, kind, environment, service, origin, t, more) {
    return {
        v: 1,
        seq: state.records + 1,
        kind,
        service,
        stage: null,
        version: t.version,
        digest: t.digest,
        previous: more.previous,
        from: null,
        actor: origin.actor.name,
        via: origin.actor.via,
        at: origin.at,
        reason: origin.reason,
        run: origin.run,
        commit: null,
        artifact: null,
        environment,
        config: t.config,
        release: t.release,
        ...(more.lease !== undefined && { lease: more.lease }),
        ...(more.tookOver !== undefined && { tookOver: more.tookOver }),
    };
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L_: () => (/* binding */ SettingError),
/* harmony export */   Rn: () => (/* binding */ ManifestProblem),
/* harmony export */   UL: () => (/* binding */ asMsdeployError),
/* harmony export */   g9: () => (/* binding */ MsdeployError),
/* harmony export */   px: () => (/* binding */ settingLabel),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * Failures msdeploy can explain. Each carries what every entry needs to report it — an exit
 * code, located annotations, Markdown for the step summary — so the action wrapper and the CLI
 * each map every failure in one place, without knowing which use case raised it.
 */
/**
 * Exit codes shared by the CLI and the actions (a failed build exits with its own code).
 * `refused`: the promotion rules said no (a skipped stage, a hold, a rejected digest, a person
 * who may not approve); nothing was written.
 */
const ExitCode = { ok: 0, failure: 1, usage: 2, manifest: 3, refused: 4 };
class MsdeployError extends Error {
    exitCode;
    annotations;
    summary;
    detail;
    worded;
    constructor(message, details = {}) {
        super(typeof message === 'string' ? message : message('action'), details.cause === undefined ? undefined : { cause: details.cause });
        this.name = new.target.name;
        if (typeof message !== 'string')
            this.worded = message;
        this.exitCode = details.exitCode ?? ExitCode.failure;
        this.annotations = details.annotations ?? [];
        this.summary = details.summary;
        this.detail = details.detail ?? [];
    }
    /** The message worded for where it is shown. */
    messageFor(audience) {
        return this.worded ? this.worded(audience) : this.message;
    }
}
/** How a setting is named where it is shown: `input \`store\`` in Actions, `--store` on the CLI. */
function settingLabel(name, audience) {
    return audience === 'action' ? `input \`${name}\`` : `option --${name}`;
}
/**
 * A setting with a wrong value — one message source for both entries: `explain` receives the
 * setting's label (`input \`store\`` or `option --store`) and returns the sentence.
 */
class SettingError extends MsdeployError {
    setting;
    constructor(setting, explain) {
        super((audience) => explain(settingLabel(setting, audience)), { exitCode: ExitCode.usage });
        this.setting = setting;
    }
}
/** A manifest that is missing or invalid: exit 3, one annotation per located problem. */
class ManifestProblem extends MsdeployError {
    constructor(message, annotations = []) {
        super(message, { exitCode: ExitCode.manifest, annotations });
    }
}
/** Anything thrown, as a MsdeployError (unknown errors keep their message and exit 1). */
function asMsdeployError(e) {
    if (e instanceof MsdeployError)
        return e;
    return new MsdeployError(e instanceof Error ? e.message : String(e), { cause: e });
}


/***/ }),

/***/ 98816:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zb: () => (/* reexport */ load/* DEFAULT_MANIFEST_FILE */.zb),
  ZJ: () => (/* reexport */ load/* MAX_MANIFEST_BYTES */.ZJ),
  Sh: () => (/* reexport */ load/* ManifestError */.Sh),
  vv: () => (/* reexport */ load/* manifestTooLarge */.vv),
  Ng: () => (/* reexport */ load/* parseManifest */.Ng)
});

// UNUSED EXPORTS: MANIFEST_SCHEMA_ID, NAME_PATTERN, formatIssue, loadManifestOrThrow, manifestJsonSchema, renderManifestSchema

// EXTERNAL MODULE: ./src/core/manifest/load.ts + 8 modules
var load = __nccwpck_require__(489);
// EXTERNAL MODULE: ./src/core/manifest/spec.ts
var spec = __nccwpck_require__(17882);
;// CONCATENATED MODULE: ./src/core/manifest/json-schema.ts
/**
 * The JSON Schema (draft 2020-12) of `msdeploy.yml`, generated from the same spec that drives
 * validation, for editors (yaml-language-server) and other tools. The loader checks more than
 * the schema can say (globs, references, cycles); the schema never accepts a key the loader rejects.
 */

/** Where the published schema lives; editors use it as the schema's identity. */
const MANIFEST_SCHEMA_ID = 'https://raw.githubusercontent.com/msdeploy/msdeploy/main/schema/msdeploy.schema.json';
function manifestJsonSchema() {
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: MANIFEST_SCHEMA_ID,
        ...toSchema(manifestSpec),
        examples: [exampleManifest],
    };
}
/** The schema file's exact content: 2-space JSON and a final newline. */
function renderManifestSchema() {
    return `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`;
}
/** The schema of one spec node; exported so tests can check a node the manifest does not use yet. */
function toSchema(spec) {
    const doc = { title: spec.title, description: spec.description };
    // Annotations go last: `default`, then `examples`.
    const annotations = {
        ...(spec.default !== undefined && { default: spec.default }),
        ...(spec.examples && { examples: [...spec.examples] }),
    };
    switch (spec.kind) {
        case 'string': {
            const pattern = spec.format === 'name'
                ? NAME_PATTERN
                : spec.format === 'dir' || spec.format === 'pattern'
                    ? INSIDE_REPO_PATTERN // also right relative to a service: no `..`, not absolute
                    : spec.pattern;
            return { ...doc, type: 'string', minLength: 1, ...(pattern && { pattern }), ...annotations };
        }
        case 'number':
            return {
                ...doc,
                type: spec.integer ? 'integer' : 'number',
                ...(spec.min !== undefined && { minimum: spec.min }),
                ...(spec.max !== undefined && { maximum: spec.max }),
                ...annotations,
            };
        case 'boolean':
            return { ...doc, type: 'boolean', ...annotations };
        case 'enum':
            return { ...doc, type: 'string', enum: [...spec.values], ...annotations };
        case 'const':
            return { ...doc, const: spec.value, ...annotations };
        case 'list':
            return {
                ...doc,
                type: 'array',
                items: toSchema(spec.items),
                ...(spec.unique && { uniqueItems: true }),
                ...(spec.minItems !== undefined && { minItems: spec.minItems }),
                ...annotations,
            };
        case 'map': {
            const key = nameDoc(spec.entry);
            return {
                ...doc,
                type: 'object',
                ...(spec.minEntries !== undefined && { minProperties: spec.minEntries }),
                propertyNames: { title: key.title, description: key.description, pattern: NAME_PATTERN },
                additionalProperties: toSchema(spec.values),
                ...annotations,
            };
        }
        case 'object': {
            const properties = Object.fromEntries(Object.entries(spec.fields).map(([key, field]) => [key, toSchema(field)]));
            return {
                ...doc,
                type: 'object',
                properties,
                ...(spec.required?.length && { required: [...spec.required] }),
                ...(spec.requireOneOf && {
                    anyOf: spec.requireOneOf.keys.map((k) => ({ required: [k] })),
                }),
                additionalProperties: false,
                ...annotations,
            };
        }
        case 'union':
            // Each branch requires its own `const` discriminator, so exactly one can match and an
            // editor reports the errors of the branch the user picked.
            return {
                ...doc,
                oneOf: Object.keys(spec.variants).map((value) => toSchema(variantSpec(spec, value))),
                ...annotations,
            };
    }
}

;// CONCATENATED MODULE: ./src/core/manifest/index.ts
/** The manifest (`msdeploy.yml`): parse, validate with exact locations, and its JSON Schema. */





/***/ }),

/***/ 489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zb: () => (/* binding */ DEFAULT_MANIFEST_FILE),
  ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
  Sh: () => (/* binding */ ManifestError),
  Hd: () => (/* binding */ formatIssue),
  vv: () => (/* binding */ manifestTooLarge),
  Ng: () => (/* binding */ parseManifest)
});

// UNUSED EXPORTS: loadManifestOrThrow, validateYaml

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
;// CONCATENATED MODULE: ./src/core/paths/glob.ts
/**
 * Path globs for the manifest's `patterns` / `include` / `global` lists.
 *
 * Patterns are repository-root-relative POSIX globs, in the spirit of GitHub workflow `paths`
 * filters. A pattern is matched against a whole changed-file path such as `services/a/src/x.ts`:
 *
 * - `*` matches any run of characters except `/`; `?` matches exactly one character except `/`.
 * - `**` matches any run of characters including `/`: `a/**` is everything under `a/`,
 *   `**.js` is any `.js` file at any depth. When `**` is a whole segment followed by `/`
 *   (`**` + `/x`, `a/**` + `/x`) it matches zero or more whole directories, so `x` itself matches
 *   at the root too.
 * - `[abc]`, `[a-z]`, `[!a]` / `[^a]` are character classes (never matching `/`); `]` right after
 *   the opening `[` (or `[!`) is a literal `]`.
 * - `{a,b}` is alternation; alternatives may be empty, contain `/` and nest (`{src,lib/{x,y}}`).
 * - `\` escapes the next character (`\*`, `\[`, `\{`, `\!`). Escaping a letter or digit is
 *   rejected because it almost always means a Windows path separator.
 * - Dotfiles and dot-directories are ordinary names: `*` matches `.env`, `**` enters `.github/`.
 * - A trailing `/` means the directory: `docs/` is `docs/**`. This applies to the end of the whole
 *   pattern; inside an alternation write `{docs/**,x}`.
 * - Matching is case-sensitive and anchored at both ends; paths are never normalised, so a
 *   pattern must not contain `.`/`..`/empty segments or start with `/`.
 * - In an ordered list, a leading `!` turns a pattern into an exclusion and the LAST pattern that
 *   matches a path decides: a positive one includes it, a `!` one excludes it; no match excludes.
 *   {@link compileGlob} takes a pattern without its `!`; {@link splitNegation} separates them.
 */
/** Thrown for an invalid pattern; `message` is the same sentence {@link globSyntaxError} returns. */
class GlobSyntaxError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GlobSyntaxError';
    }
}
/**
 * Undefined when `pattern` (which may start with one `!`) is a valid glob, else one sentence
 * saying what is wrong, where, and how to fix it.
 */
function globSyntaxError(pattern) {
    try {
        parseGlob(splitNegation(pattern).glob);
        return undefined;
    }
    catch (err) {
        if (err instanceof GlobSyntaxError)
            return err.message;
        throw err;
    }
}
/** Separates the exclusion mark from a list entry: `!docs/**` → `{ negated: true, glob: 'docs/**' }`. */
function splitNegation(pattern) {
    if (!pattern.startsWith('!'))
        return { negated: false, glob: pattern };
    const glob = pattern.slice(1);
    if (glob === '') {
        throw new GlobSyntaxError('The pattern "!" excludes nothing: write the path to exclude after the `!`, e.g. "!docs/**".');
    }
    if (glob.startsWith('!')) {
        throw new GlobSyntaxError(`The pattern ${quote(pattern)} starts with more than one \`!\`: use a single \`!\` to exclude, ` +
            'and write `\\!` to match a name that begins with `!`.');
    }
    return { negated: true, glob };
}
/**
 * Compiles one glob (without a leading `!`) into an anchored, case-sensitive matcher.
 * Throws {@link GlobSyntaxError} when the pattern is invalid.
 */
function compileGlob(pattern) {
    const re = globRegExp(parseGlob(pattern));
    return (path) => re.test(path);
}
/**
 * Compiles an ordered pattern list (entries may start with `!`) into one matcher where the last
 * matching entry decides. Throws {@link GlobSyntaxError} naming the first invalid entry.
 */
function compilePatternList(patterns) {
    const compiled = patterns.map((pattern, i) => {
        try {
            const { negated, glob } = splitNegation(pattern);
            return { negated, re: globRegExp(parseGlob(glob)) };
        }
        catch (err) {
            if (err instanceof GlobSyntaxError) {
                throw new GlobSyntaxError(`Pattern ${i + 1} ${quote(pattern)}: ${err.message}`);
            }
            throw err;
        }
    });
    return (path) => {
        for (let i = compiled.length - 1; i >= 0; i--) {
            const { negated, re } = compiled[i];
            if (re.test(path))
                return !negated;
        }
        return false;
    };
}
/**
 * The directory part of a pattern before its first wildcard, in whole segments and unescaped:
 * `services/a/src/*.ts` → `services/a/src`, `docs/` → `docs`, `**` + `/x` → ``, `a/b.txt` → `a`.
 * Every path the pattern matches lies under this directory (or anywhere when it is empty).
 */
function literalPrefix(pattern) {
    return literalDirectory(parseGlob(pattern));
}
/** {@link literalPrefix} over an already parsed pattern. */
function literalDirectory(nodes) {
    const first = nodes[0];
    if (first?.kind !== 'literal')
        return '';
    // A fully literal pattern is a file path: its directory is everything before the last `/`.
    const text = first.text;
    const slash = text.lastIndexOf('/');
    return slash < 0 ? '' : text.slice(0, slash);
}
/** Parses a glob without a leading `!` into nodes. Throws {@link GlobSyntaxError}. */
function parseGlob(pattern) {
    checkShape(pattern);
    const nodes = new Parser(pattern).parseAll();
    // A trailing `/` names a directory: everything under it.
    if (pattern.endsWith('/'))
        nodes.push({ kind: 'globstar' });
    return mergeLiterals(nodes);
}
/** The anchored RegExp (flags `su`: `.` crosses newlines, classes see code points) for nodes. */
function globRegExp(nodes) {
    return new RegExp(`^${regExpSource(nodes)}$`, 'su');
}
/**
 * Expands alternations into alternation-free node lists (`{a,b}/x` → `a/x`, `b/x`), or
 * undefined when that would give more than `limit` lists.
 */
function expandAlternations(nodes, limit = 64) {
    let results = [[]];
    for (const node of nodes) {
        if (node.kind !== 'alternation') {
            for (const r of results)
                r.push(node);
            continue;
        }
        const options = [];
        for (const branch of node.branches) {
            const expanded = expandAlternations(branch, limit);
            if (!expanded)
                return undefined;
            options.push(...expanded);
        }
        if (results.length * options.length > limit)
            return undefined;
        results = results.flatMap((r) => options.map((o) => [...r, ...o]));
    }
    return results.map(mergeLiterals);
}
function regExpSource(nodes) {
    let src = '';
    for (const node of nodes) {
        switch (node.kind) {
            case 'literal':
                src += node.text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
                break;
            case 'star':
                src += '[^/]*';
                break;
            case 'globstar':
                src += '.*';
                break;
            case 'dirs':
                src += '(?:.*/)?';
                break;
            case 'one':
                src += '[^/]';
                break;
            case 'class':
                src += node.negated ? `[^/${node.body}]` : `[${node.body}]`;
                break;
            case 'alternation':
                src += `(?:${node.branches.map(regExpSource).join('|')})`;
                break;
        }
    }
    return src;
}
function mergeLiterals(nodes) {
    const out = [];
    for (const node of nodes) {
        const last = out[out.length - 1];
        if (node.kind === 'literal' && last?.kind === 'literal') {
            out[out.length - 1] = { kind: 'literal', text: last.text + node.text };
        }
        else if (node.kind !== 'literal' || node.text !== '') {
            out.push(node);
        }
    }
    return out;
}
/** Whole-pattern checks: things that can never match a repository path. */
function checkShape(pattern) {
    if (pattern === '') {
        throw new GlobSyntaxError('The pattern is empty: write a repository-relative path or glob such as "src/**".');
    }
    if (pattern.startsWith('!')) {
        throw new GlobSyntaxError(`The glob ${quote(pattern)} still has its leading \`!\`: strip it with splitNegation() ` +
            'first, or write `\\!` to match a name that begins with `!`.');
    }
    if (pattern.startsWith('/')) {
        throw new GlobSyntaxError(`The pattern ${quote(pattern)} starts with \`/\`: patterns are relative to the repository ` +
            `root, so write ${quote(pattern.replace(/^\/+/, '') || '**')}.`);
    }
    const segments = pattern.split('/');
    if (segments.includes('..')) {
        // Say "leaves the repository" only when it really climbs above the root.
        let depth = 0;
        let leaves = false;
        for (const segment of segments) {
            depth += segment === '..' ? -1 : 1;
            if (depth < 0)
                leaves = true;
        }
        throw new GlobSyntaxError(leaves
            ? `The pattern ${quote(pattern)} uses \`..\` to leave the repository: patterns only ` +
                'match files inside it, so remove the `..` segment.'
            : `The pattern ${quote(pattern)} contains a \`..\` segment, which never matches because ` +
                'changed paths are normalised: write the path without it.');
    }
    segments.forEach((segment, i) => {
        if (segment === '.') {
            throw new GlobSyntaxError(`The pattern ${quote(pattern)} contains a \`.\` segment, which never matches because ` +
                'changed paths are normalised: remove the `./`.');
        }
        if (segment === '' && i < segments.length - 1) {
            throw new GlobSyntaxError(`The pattern ${quote(pattern)} contains an empty segment \`//\`, which never matches: ` +
                'use a single `/`.');
        }
    });
}
class Parser {
    pattern;
    chars;
    pos = 0;
    constructor(pattern) {
        this.pattern = pattern;
        // Code points, so `?` and classes treat astral characters (emoji) as one character.
        this.chars = Array.from(pattern);
    }
    parseAll() {
        return this.parseSequence(0, true);
    }
    fail(what, fix) {
        throw new GlobSyntaxError(`${what} in ${quote(this.pattern)}: ${fix}.`);
    }
    /** Parses until the end, or (inside braces) until the `,` or `}` that ends this branch. */
    parseSequence(depth, atSegmentStart) {
        const nodes = [];
        let literal = '';
        const flush = () => {
            if (literal !== '')
                nodes.push({ kind: 'literal', text: literal });
            literal = '';
        };
        let segmentStart = atSegmentStart;
        while (this.pos < this.chars.length) {
            const c = this.chars[this.pos];
            const column = this.pos + 1;
            if (depth > 0 && (c === ',' || c === '}'))
                break;
            if (c === '}') {
                this.fail(`The \`}\` at column ${column} has no matching \`{\``, 'remove it, or write `\\}` to match a literal `}`');
            }
            switch (c) {
                case '\\': {
                    literal += this.escaped(column);
                    segmentStart = false;
                    continue;
                }
                case '*': {
                    let stars = 0;
                    while (this.chars[this.pos] === '*') {
                        stars++;
                        this.pos++;
                    }
                    flush();
                    if (stars === 1) {
                        nodes.push({ kind: 'star' });
                    }
                    else if (segmentStart && this.chars[this.pos] === '/') {
                        this.pos++;
                        nodes.push({ kind: 'dirs' });
                        continue; // still at the start of a segment
                    }
                    else {
                        nodes.push({ kind: 'globstar' });
                    }
                    segmentStart = false;
                    continue;
                }
                case '?':
                    flush();
                    nodes.push({ kind: 'one' });
                    this.pos++;
                    segmentStart = false;
                    continue;
                case '[':
                    flush();
                    nodes.push(this.characterClass(column));
                    segmentStart = false;
                    continue;
                case '{': {
                    flush();
                    this.pos++;
                    const branches = [];
                    for (;;) {
                        branches.push(this.parseSequence(depth + 1, segmentStart));
                        const end = this.chars[this.pos];
                        this.pos++;
                        if (end === '}')
                            break;
                        if (end !== ',') {
                            this.fail(`The \`{\` at column ${column} is never closed`, 'close the alternation with `}`, or write `\\{` to match a literal `{`');
                        }
                    }
                    nodes.push({ kind: 'alternation', branches });
                    segmentStart = false;
                    continue;
                }
                default:
                    literal += c;
                    this.pos++;
                    segmentStart = c === '/';
            }
        }
        flush();
        return nodes;
    }
    /** Reads `\x` at the cursor and returns the literal character. */
    escaped(column) {
        const next = this.chars[this.pos + 1];
        if (next === undefined) {
            this.fail(`The pattern ends with a lone \`\\\` at column ${column}`, 'remove it, or write `\\\\` to match a literal backslash');
        }
        if (next === '/') {
            this.fail(`The \`\\/\` at column ${column} escapes a path separator, which cannot be escaped`, 'write a plain `/`');
        }
        if (/^[\p{L}\p{N}]$/u.test(next)) {
            this.fail(`The \`\\\` at column ${column} looks like a Windows path separator`, 'separate directories with `/` (a `\\` only escapes wildcard characters such as `\\*`)');
        }
        this.pos += 2;
        return next;
    }
    /** Reads `[...]` at the cursor. */
    characterClass(column) {
        let p = this.pos + 1;
        let negated = false;
        if (this.chars[p] === '!' || this.chars[p] === '^') {
            negated = true;
            p++;
        }
        const unclosed = () => this.fail(`The \`[\` at column ${column} is never closed`, 'close the character class with `]`, or write `\\[` to match a literal `[`');
        /** One (possibly escaped) class member character at `p`; advances `p`. */
        const member = () => {
            let ch = this.chars[p];
            if (ch === '\\') {
                p++;
                ch = this.chars[p];
            }
            if (ch === undefined)
                return unclosed();
            if (ch === '/') {
                this.fail(`The character class at column ${column} contains \`/\``, 'a class matches one character of a name and never `/`; use `{a,b}` alternation to ' +
                    'choose between paths');
            }
            p++;
            return ch;
        };
        let body = '';
        let first = true;
        for (;;) {
            const ch = this.chars[p];
            if (ch === undefined)
                unclosed();
            if (ch === ']' && !first)
                break;
            if (ch === '[' && (this.chars[p + 1] === ':' || this.chars[p + 1] === '=')) {
                this.fail(`The character class at column ${column} uses a POSIX class such as \`[:alpha:]\``, 'list the characters or ranges instead, e.g. `[a-zA-Z]`');
            }
            first = false;
            const low = member();
            if (this.chars[p] === '-' && this.chars[p + 1] !== undefined && this.chars[p + 1] !== ']') {
                p++;
                const high = member();
                const lo = low.codePointAt(0);
                const hi = high.codePointAt(0);
                if (lo > hi) {
                    this.fail(`The range \`${low}-${high}\` in the character class at column ${column} is reversed`, `write \`${high}-${low}\``);
                }
                if (lo <= 0x2f && hi >= 0x2f) {
                    this.fail(`The range \`${low}-${high}\` in the character class at column ${column} includes \`/\``, 'split it so that it stops before `/` (U+002F) and resumes after it');
                }
                body += `${classChar(low)}-${classChar(high)}`;
            }
            else {
                body += classChar(low);
            }
        }
        this.pos = p + 1;
        return { kind: 'class', negated, body };
    }
}
/** A character as a RegExp class member (`u` mode allows exactly these escapes in a class). */
function classChar(ch) {
    return '\\[]^-'.includes(ch) ? `\\${ch}` : ch;
}
function quote(text) {
    return JSON.stringify(text);
}

;// CONCATENATED MODULE: ./src/core/manifest/paths.ts
/**
 * Repo-relative directories and patterns: the checks that keep them inside the repository, and
 * their normal form. Messages complete a sentence that starts with what is being checked.
 */

const ROOT = {
    repository: 'the repository root',
    service: "the service's directory",
};
const INSIDE = {
    repository: 'the repository',
    service: "the service's directory",
};
/** Why `text` would point outside its base, or undefined. Shared by paths and patterns. */
function leavesBase(text, kind, base) {
    if (/^[/\\]/.test(text)) {
        const relative = text.replace(/^[/\\]+/, '');
        return (`is absolute: a ${kind} is relative to ${ROOT[base]}, so write ` +
            `\`${relative || (kind === 'path' ? '.' : '**')}\``);
    }
    if (/^[A-Za-z]:/.test(text)) {
        return `starts with a drive letter: write the ${kind} relative to ${ROOT[base]}`;
    }
    if (text.startsWith('~')) {
        return `starts with \`~\` (a home directory): write the ${kind} relative to ${ROOT[base]}`;
    }
    if (text.split(/[/\\]/).includes('..')) {
        return `has a \`..\` segment: a ${kind} must stay inside ${INSIDE[base]}, so write it without \`..\``;
    }
    return undefined;
}
/**
 * What is wrong with a directory, or undefined when it is usable. Relative to a service, it
 * must be a subdirectory: the service's directory itself holds its sources (and, for `.`, `.git`).
 */
function dirError(path, base = 'repository') {
    if (path.trim() === '') {
        return base === 'repository'
            ? 'is empty: write the directory relative to the repository root, or `.` for all of it'
            : "is empty: write the directory relative to the service's directory, e.g. `dist`";
    }
    if (path !== path.trim()) {
        return 'has leading or trailing spaces: remove them (quote the path if a name really has them)';
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(path)) {
        return 'contains a control character (a tab or line break): write the directory on one line';
    }
    const outside = leavesBase(path, 'path', base);
    if (outside)
        return outside;
    if (path.includes('\\')) {
        return `uses \`\\\`: separate directories with \`/\`, e.g. \`${path.replace(/\\/g, '/')}\``;
    }
    if (base === 'service' && normaliseDir(path) === '.') {
        return ("is the service's directory itself, whose sources would end up in the artifact: name the " +
            'subdirectory the build writes, e.g. `dist`');
    }
    return undefined;
}
/** `./services/web/` → `services/web`; `./` → `.`. Assumes {@link dirError} found nothing. */
function normaliseDir(path) {
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    return segments.length === 0 ? '.' : segments.join('/');
}
/** What is wrong with a pattern (`include`, `global`, `tests` entry), or undefined when it is valid. */
function patternError(pattern, base = 'repository') {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    const outside = leavesBase(body, 'pattern', base);
    if (outside)
        return outside;
    const syntax = globSyntaxError(normalisePattern(pattern));
    // globSyntaxError returns a whole sentence that names the pattern and says how to fix it.
    return syntax === undefined ? undefined : `is not a valid glob: ${syntax}`;
}
/** Drops a leading `./` (after an optional `!`), the one spelling of "here" people often write. */
function normalisePattern(pattern) {
    const negated = pattern.startsWith('!');
    let body = negated ? pattern.slice(1) : pattern;
    while (body.startsWith('./'))
        body = body.replace(/^\.\/+/, '');
    return (negated ? '!' : '') + body;
}
/** A literal path as a glob that matches exactly it (directory names may contain `[`, `*`, …). */
function escapeGlob(literal) {
    return literal.replace(/[*?[\]{}\\]/g, '\\$&').replace(/^!/, '\\!');
}
/** The pattern that owns everything under a normalised directory. */
function dirPattern(dir) {
    return dir === '.' ? '**' : `${escapeGlob(dir)}/**`;
}

;// CONCATENATED MODULE: ./src/core/manifest/environments.ts
const DEFAULT_KEEP = 5;
const DEFAULT_PARALLEL = 4;
/** Requires a manifest without issues. */
function environmentSpecs(raw, locs) {
    return [...(raw.environments ?? [])].map(([name, env]) => {
        const hostNames = env.driver === 'ssh' && env.hosts ? [...env.hosts.keys()] : [];
        const base = {
            name,
            ...(env.stage !== undefined && { stage: env.stage }),
            services: [...(env.services ?? [])].map(([service, p]) => placement(service, p, hostNames)),
            ...(env.start !== undefined && { start: env.start }),
            ...(env.health !== undefined && { health: healthSpec(env.health) }),
            secrets: env.secrets ?? [],
            keep: env.keep ?? DEFAULT_KEEP,
            pos: locs.key(['environments', name]),
        };
        switch (env.driver) {
            case 'local':
                return {
                    ...base,
                    driver: 'local',
                    base: env.base,
                    ...(env['dpkg-root'] !== undefined && { dpkgRoot: env['dpkg-root'] }),
                };
            case 'ssh':
                return {
                    ...base,
                    driver: 'ssh',
                    base: env.base,
                    parallel: env.parallel ?? DEFAULT_PARALLEL,
                    hosts: [...(env.hosts ?? [])].map(([host, h]) => ({
                        name: host,
                        address: h.address,
                        user: h.user,
                        port: h.port ?? 22,
                        knownHosts: h['known-hosts'] ?? [],
                    })),
                };
            case 'command':
                return { ...base, driver: 'command', run: env.run, env: env.env ?? [] };
        }
    });
}
function placement(service, p, hostNames) {
    const raw = p;
    return {
        service,
        hosts: raw.hosts ?? hostNames,
        dir: raw.dir ?? service,
        ...(raw.port !== undefined && { port: raw.port }),
        ...(raw.unit !== undefined && { unit: raw.unit }),
        ...(raw.config !== undefined && { config: raw.config }),
        ...(raw.start !== undefined && { start: raw.start }),
        ...(raw.health !== undefined && { health: healthSpec(raw.health) }),
    };
}
function healthSpec(h) {
    return {
        ...(h.url !== undefined && { url: h.url }),
        ...(h.command !== undefined && { command: h.command }),
        status: h.status ?? 200,
        timeoutSeconds: h['timeout-seconds'] ?? 5,
        intervalSeconds: h['interval-seconds'] ?? 2,
        retries: h.retries ?? 10,
    };
}

// EXTERNAL MODULE: ./src/core/manifest/pipeline.ts
var pipeline = __nccwpck_require__(12943);
;// CONCATENATED MODULE: ./src/core/manifest/build.ts



/** Requires a manifest without issues: every required value is then present. */
function buildManifest(raw, file, locs) {
    const component = (key) => {
        return ([name, c]) => {
            if (c.path === undefined)
                throw new Error(`internal: ${key}.${name} has no path after validation`);
            const path = normaliseDir(c.path);
            const at = [key, name];
            return {
                name,
                path,
                patterns: [dirPattern(path), ...(c.include ?? []).map(normalisePattern)],
                dependsOn: c['depends-on'] ?? [],
                pos: locs.key(at),
                sources: {
                    path: locs.value([...at, 'path']),
                    include: (c.include ?? []).map((pattern, i) => ({
                        pattern,
                        pos: locs.value([...at, 'include', i]),
                    })),
                },
                ...(c.build && { build: buildSpec(name, c.build, [...at, 'build'], locs) }),
                stages: (0,pipeline/* serviceStages */.$2)(raw.pipeline, c.pipeline, at, locs),
            };
        };
    };
    const services = raw.services
        ? [...raw.services].map(component('services'))
        : [singleService(raw, locs)];
    const manifestPattern = escapeGlob(normaliseDir(file.replace(/\\/g, '/')));
    const global = [manifestPattern, ...(raw.global ?? []).map(normalisePattern)];
    return {
        file,
        ...(raw.name !== undefined && { name: raw.name }),
        services,
        libraries: [...(raw.libraries ?? [])].map(component('libraries')),
        global: [...new Set(global)],
        releaseGroups: [...(raw['release-groups'] ?? [])].map(([name, members]) => ({
            name,
            services: members,
        })),
        ledger: (0,pipeline/* ledgerSpec */.bQ)(raw.pipeline),
        environments: environmentSpecs(raw, locs),
    };
}
/** Without a `services` map the whole repository is one service, named after the project. */
function singleService(raw, locs) {
    if (raw.name === undefined)
        throw new Error('internal: single-service manifest without a name');
    return {
        name: raw.name,
        path: '.',
        patterns: ['**'],
        dependsOn: [],
        pos: locs.value(['name']),
        ...(raw.build && { build: buildSpec(raw.name, raw.build, ['build'], locs) }),
        stages: (0,pipeline/* serviceStages */.$2)(raw.pipeline, undefined, ['name'], locs),
    };
}
/** A complete `BuildSpec`: every default filled in, so builders never guess. */
function buildSpec(service, b, at, locs) {
    if (b.run === undefined || b.output === undefined) {
        throw new Error(`internal: ${at.join('.')} has no run or output after validation`);
    }
    const kind = b.kind ?? 'archive';
    const spec = {
        run: b.run,
        output: normaliseDir(b.output),
        kind,
        ...(b.version !== undefined && { version: b.version }),
        tests: (b.tests ?? []).map(normalisePattern),
        env: b.env ?? [],
        pos: locs.key(at),
    };
    if (kind !== 'deb')
        return spec;
    const deb = b.deb;
    if (deb?.maintainer === undefined) {
        throw new Error(`internal: ${at.join('.')} builds a deb without a maintainer after validation`);
    }
    return {
        ...spec,
        deb: {
            package: deb.package ?? service,
            maintainer: deb.maintainer,
            description: deb.description ?? `${service} service (built by msdeploy)`,
            depends: deb.depends ?? [],
            architecture: deb.architecture ?? 'all',
            // `/opt//x/` → `/opt/x`: one spelling for the path the package installs into.
            prefix: (deb.prefix ?? `/opt/${service}`).replace(/\/+/g, '/').replace(/(.)\/$/, '$1'),
        },
    };
}

;// CONCATENATED MODULE: ./src/core/manifest/issues.ts
/** Collects issues for one file; `sorted()` returns them in reading order. */
class IssueList {
    file;
    items = [];
    constructor(file) {
        this.file = file;
    }
    add(pos, message) {
        this.items.push({ file: this.file, line: pos.line, col: pos.col, message });
    }
    get length() {
        return this.items.length;
    }
    sorted() {
        // Array.prototype.sort is stable: issues at the same spot keep the order they were found.
        return [...this.items].sort((a, b) => a.line - b.line || a.col - b.col);
    }
}
/**
 * Where each value (and the key that names it) sits in the YAML text: a tree of path segments,
 * so recording a node is a few map lookups (a string key per node, JSON.stringify of its path,
 * was a fifth of parsing a 2,000-service manifest, and its garbage more).
 */
class SourceMap {
    lineCounter;
    root = { value: { line: 1, col: 1 } };
    rootRecorded = false;
    constructor(lineCounter) {
        this.lineCounter = lineCounter;
    }
    /** The 1-based position of a YAML node's first character. */
    posOf(node, fallback = { line: 1, col: 1 }) {
        const offset = node?.range?.[0];
        return offset === undefined ? fallback : this.posAt(offset);
    }
    posAt(offset) {
        return this.lineCounter.linePos(offset); // a fresh { line, col }
    }
    /** `text` is kept for string scalars, so list entries can be found again by value. */
    record(path, key, value, text) {
        let node = this.root;
        if (path.length === 0)
            this.rootRecorded = true;
        for (const part of path) {
            node.children ??= new Map();
            let child = node.children.get(part);
            if (child === undefined) {
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
        for (let i = 0;; i++) {
            const e = list?.children?.get(i);
            if (e === undefined)
                break;
            if (e.text === text)
                return e.value;
        }
        return this.value(path);
    }
    /** The keys written under `path`, in order, whether or not their values were valid. */
    childKeys(path) {
        const keys = [];
        for (const k of this.find(path)?.children?.keys() ?? [])
            if (typeof k === 'string')
                keys.push(k);
        return keys;
    }
    /** The string written at `path`, when it is a string scalar. */
    text(path) {
        return this.find(path)?.text;
    }
    has(path) {
        return path.length === 0 ? this.rootRecorded : this.find(path) !== undefined;
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
            if (node === undefined)
                return undefined;
        }
        return node;
    }
}
/** `['services', 'web', 'include', 0]` → `services.web.include[0]`, as users read YAML paths. */
function displayPath(path) {
    let out = '';
    for (const part of path) {
        out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/manifest/spec.ts
var manifest_spec = __nccwpck_require__(17882);
;// CONCATENATED MODULE: ./src/core/manifest/example.ts
/** Short YAML examples derived from the spec, for the "write e.g. …" half of messages. */


/** A representative value for `spec`: its first example or default, else one built from its parts. */
function exampleOf(spec) {
    if (spec.examples?.length)
        return spec.examples[0];
    if (spec.default !== undefined)
        return spec.default;
    switch (spec.kind) {
        case 'string':
            return 'x';
        case 'number':
            return spec.min ?? spec.max ?? 0; // a bound is always in range
        case 'boolean':
            return true;
        case 'enum':
            return spec.values[0];
        case 'const':
            return spec.value;
        case 'list':
            return [exampleOf(spec.items)];
        case 'map': {
            const name = (0,manifest_spec/* nameDoc */.ug)(spec.entry).examples?.[0];
            return { [typeof name === 'string' ? name : 'name']: exampleOf(spec.values) };
        }
        case 'object':
            return Object.fromEntries((spec.required ?? []).map((k) => [k, exampleOf(spec.fields[k])]));
        case 'union':
            return exampleOf((0,manifest_spec/* variantSpec */.d)(spec, Object.keys(spec.variants)[0] ?? ''));
    }
}
/** One-line YAML flow syntax: `{path: services/catalog}`, `[web, catalog]`, `'!docs/**'`. */
function flowYaml(value) {
    if (Array.isArray(value))
        return `[${value.map(flowYaml).join(', ')}]`;
    if (value !== null && typeof value === 'object') {
        const parts = Object.entries(value).map(([k, v]) => `${flowYaml(k)}: ${flowYaml(v)}`);
        return `{${parts.join(', ')}}`;
    }
    if (typeof value === 'string') {
        // Plain when YAML reads it back as the same string: `!` (tag), `*` (alias) and `[`/`{` need
        // quotes, and so do `true`, `1.4` or `.inf`, which YAML would read as another type.
        return /^[A-Za-z0-9_.][A-Za-z0-9_./*-]*$/.test(value) && (0,dist/* parse */.qg)(value) === value
            ? value
            : `'${value.replace(/'/g, "''")}'`;
    }
    return String(value);
}

// EXTERNAL MODULE: ./src/core/manifest/suggest.ts
var suggest = __nccwpck_require__(87211);
;// CONCATENATED MODULE: ./src/core/manifest/structure.ts
/**
 * Structural validation: walks the YAML nodes against the spec (spec.ts), reports every
 * unknown key, wrong type, missing key, bad name, path or pattern at its exact position, and
 * returns the plain values that passed. Cross-references (depends-on, release groups) are
 * checked afterwards by validate.ts.
 */






/**
 * Upper bound on visited nodes. Aliases can nest exponentially ("billion laughs"); no real
 * manifest comes near this.
 */
const NODE_BUDGET = 200_000;
/**
 * Validates `root` (the document's top-level node) against `spec`; undefined when the root
 * itself is unusable (its issue is reported).
 */
function structure_checkStructure(root, spec, ctx) {
    return new Walker(ctx).walk(root, spec, [], undefined);
}
class Walker {
    ctx;
    visited = 0;
    exhausted = false;
    constructor(ctx) {
        this.ctx = ctx;
    }
    /** Returns the accepted value, or undefined (after reporting why) when it cannot be used. */
    walk(raw, spec, path, keyPos) {
        if (++this.visited > NODE_BUDGET) {
            if (!this.exhausted) {
                this.exhausted = true;
                this.ctx.issues.add(this.ctx.locs.posOf(raw), `The manifest expands to more than ${NODE_BUDGET} values through aliases: ` +
                    'write the repeated parts out instead of nesting `*alias` references.');
            }
            return undefined;
        }
        // An alias stands for its anchor's value; positions stay at the alias, where the user looks.
        const node = (0,dist/* isAlias */.Vj)(raw) ? raw.resolve(this.ctx.doc) : raw;
        const valuePos = this.ctx.locs.posOf(raw, keyPos);
        const text = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value : undefined;
        this.ctx.locs.record(path, keyPos, valuePos, text);
        if (node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null)) {
            this.report(keyPos ?? valuePos, `${this.where(path)} has no value: ${this.fix(spec, path)}.`);
            return undefined;
        }
        switch (spec.kind) {
            case 'string':
                return this.string(node, spec, path, valuePos);
            case 'number':
                return this.number(node, spec, path, valuePos);
            case 'boolean':
                return this.boolean(node, spec, path, valuePos);
            case 'enum':
                return this.enumeration(node, spec, path, valuePos);
            case 'const':
                return this.constant(node, spec, path, valuePos);
            case 'list':
                return this.list(node, spec, path, keyPos, valuePos);
            case 'map':
                return this.map(node, spec, path, keyPos, valuePos);
            case 'object':
                return this.object(node, spec, path, keyPos, valuePos);
            case 'union':
                return this.union(node, spec, path, keyPos, valuePos);
        }
    }
    string(node, spec, path, pos) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string') {
            this.wrongType(node, spec, path, pos, (0,dist/* isScalar */.jn)(node) ? ' (quote it to make it a string)' : '');
            return undefined;
        }
        const value = node.value;
        const problem = spec.format === 'name'
            ? this.nameProblem(value, spec.entry ?? 'project')
            : spec.format === 'dir'
                ? dirError(value, spec.base)
                : spec.format === 'pattern'
                    ? patternError(value, spec.base)
                    : spec.pattern !== undefined && !compiled(spec.pattern).test(value)
                        ? (spec.patternHint ?? `does not match \`${spec.pattern}\``)
                        : undefined;
        if (problem !== undefined) {
            // An issue is one line (`file:line:col: message`), so multi-line values are not quoted.
            const subject = value === '' || /[\r\n]/.test(value)
                ? this.where(path)
                : `${quoteValue(value)} in ${this.where(path, true)}`;
            this.report(pos, `${subject} ${problem.replace(/\.$/, '')}.`);
            return undefined;
        }
        return value;
    }
    number(node, spec, path, pos) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof value !== 'number') {
            const numeric = typeof value === 'string' &&
                isQuoted(node) &&
                value.trim() !== '' &&
                Number.isFinite(Number(value));
            this.wrongType(node, spec, path, pos, numeric ? ' (remove the quotes to make it a number)' : '');
            return undefined;
        }
        const { min, max } = spec;
        let problem;
        if (!Number.isFinite(value)) {
            problem = `is not a finite number: ${this.fix(spec, path)}`;
        }
        else if (spec.integer && !Number.isInteger(value)) {
            problem = `is not a whole number: write e.g. ${this.entry(path, nearestAllowed(value, spec))}`;
        }
        else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
            const range = min === undefined
                ? `is more than ${max}`
                : max === undefined
                    ? `is less than ${min}`
                    : `is not between ${min} and ${max}`;
            problem = `${range}: ${spec.rangeHint ?? this.fix(spec, path)}`;
        }
        if (problem === undefined)
            return value;
        // The source text, so that `.inf` or `2.50` read as the user wrote them.
        this.report(pos, `${quoteValue(this.source(node))} in ${this.where(path, true)} ${problem}.`);
        return undefined;
    }
    boolean(node, spec, path, pos) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof value === 'boolean')
            return value;
        const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
        const meant = Object.hasOwn(BOOLEAN_WORDS, text) ? BOOLEAN_WORDS[text] : undefined;
        if (meant === undefined) {
            this.wrongType(node, spec, path, pos, '');
            return undefined;
        }
        const note = isQuoted(node) && (text === 'true' || text === 'false')
            ? ' (remove the quotes to make it a boolean)'
            : ' (YAML 1.2 reads only `true` and `false` as booleans)';
        this.wrongType(node, spec, path, pos, note, `write ${this.entry(path, meant)}`);
        return undefined;
    }
    enumeration(node, spec, path, pos) {
        const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
        if (typeof value === 'string' && spec.values.includes(value))
            return value;
        const hint = (typeof value === 'string' ? (0,suggest/* didYouMean */.au)(value, spec.values) : undefined) ??
            `write e.g. \`${lastKey(path)}: ${flowYaml(exampleOf(spec))}\``;
        const message = `${this.where(path)} is ${this.describe(node)} but must be one of ` +
            `${spec.values.join(', ')}: ${hint}.`;
        this.report(pos, message.replace(/\?\.$/, '?'));
        return undefined;
    }
    constant(node, spec, path, pos) {
        if ((0,dist/* isScalar */.jn)(node) && node.value === spec.value)
            return spec.value;
        const want = flowYaml(spec.value);
        this.report(pos, `${this.where(path)} must be ${want}, not ${this.describe(node)}: write ` +
            `\`${lastKey(path)}: ${want}\` (${spec.title}), or remove the key.`);
        return undefined;
    }
    list(node, spec, path, keyPos, pos) {
        if (!(0,dist/* isSeq */.oP)(node)) {
            this.wrongType(node, spec, path, pos, '');
            return undefined;
        }
        const out = [];
        const seen = new Map();
        node.items.forEach((item, i) => {
            const value = this.walk(item, spec.items, [...path, i], undefined);
            if (value === undefined)
                return;
            const first = seen.get(value);
            if (spec.unique && first !== undefined) {
                this.report(this.ctx.locs.value([...path, i]), `${this.where(path)} lists ${quoteValue(value)} twice (also entry ${first + 1}): ` +
                    'remove the duplicate.');
                return;
            }
            seen.set(value, i);
            out.push(value);
        });
        if (spec.minItems !== undefined && node.items.length < spec.minItems) {
            this.report(keyPos ?? pos, `${this.where(path)} has ${plural(node.items.length, 'entry', 'entries')} but needs at ` +
                `least ${spec.minItems}: ${spec.minItemsHint ?? `add ${spec.items.title}s`}.`);
        }
        return out;
    }
    map(node, spec, path, keyPos, pos) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.wrongType(node, spec, path, pos, '');
            return undefined;
        }
        const out = new Map();
        for (const pair of node.items) {
            const name = this.keyText(pair.key);
            const namePos = this.ctx.locs.posOf(pair.key, pos);
            const problem = this.nameProblem(name, spec.entry);
            if (problem !== undefined) {
                this.report(namePos, `${quoteValue(name)} in \`${displayPath(path)}\` ${problem}.`);
            }
            // Keep badly named entries: references to them then resolve instead of piling up errors.
            const value = this.walk(pair.value, spec.values, [...path, name], namePos);
            if (value !== undefined)
                out.set(name, value);
        }
        if (spec.minEntries !== undefined && node.items.length < spec.minEntries) {
            this.report(keyPos ?? pos, `${this.where(path)} is empty: ${spec.minEntriesHint ?? `add a ${spec.entry}`}.`);
        }
        return out;
    }
    object(node, spec, path, keyPos, pos) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.wrongType(node, spec, path, pos, '');
            return undefined;
        }
        const known = Object.keys(spec.fields);
        const out = {};
        const present = new Set();
        for (const pair of node.items) {
            const key = this.keyText(pair.key);
            const at = this.ctx.locs.posOf(pair.key, pos);
            const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
            if (field === undefined) {
                this.unknownKey(key, known, path, at);
                continue;
            }
            present.add(key);
            const value = this.walk(pair.value, field, [...path, key], at);
            if (value !== undefined)
                out[key] = value;
        }
        const anchor = keyPos ?? pos;
        for (const key of spec.required ?? []) {
            if (present.has(key))
                continue;
            const example = flowYaml({ [key]: exampleOf(spec.fields[key]) }).slice(1, -1);
            this.report(anchor, `${this.where(path)} has no \`${key}\`: add it, e.g. \`${example}\`.`);
        }
        const oneOf = spec.requireOneOf;
        if (oneOf && !oneOf.keys.some((k) => present.has(k))) {
            const keys = oneOf.keys.map((k) => `\`${k}\``).join(' nor ');
            this.report(anchor, `${this.where(path)} has neither ${keys}: ${oneOf.hint}.`);
        }
        return out;
    }
    /**
     * The discriminator first: until it names a variant there is nothing to check the other keys
     * against, so a missing or unknown one is the only issue reported for the mapping.
     */
    union(node, spec, path, keyPos, pos) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.wrongType(node, spec, path, pos, '');
            return undefined;
        }
        const key = spec.discriminator;
        const pair = node.items.find((p) => this.keyText(p.key) === key);
        if (pair === undefined) {
            const tags = (0,manifest_spec/* discriminatorSpec */.Kq)(spec);
            this.report(keyPos ?? pos, `${this.where(path)} has no \`${key}\`, which must be one of ${tags.values.join(', ')}: ` +
                `add it, e.g. ${this.entry([key], exampleOf(tags))}.`);
            return undefined;
        }
        const at = this.ctx.locs.posOf(pair.key, pos);
        const tag = this.walk(pair.value, (0,manifest_spec/* discriminatorSpec */.Kq)(spec), [...path, key], at);
        if (tag === undefined)
            return undefined;
        return this.object(node, (0,manifest_spec/* variantSpec */.d)(spec, tag), path, keyPos, pos);
    }
    unknownKey(key, known, path, at) {
        const where = path.length === 0 ? '' : ` in \`${displayPath(path)}\``;
        const kind = path.length === 0 ? 'top-level key' : 'key';
        const hint = (0,suggest/* didYouMean */.au)(key, known) ??
            `remove it; the keys allowed here are ${known.map((k) => `\`${k}\``).join(', ')}`;
        this.report(at, `Unknown ${kind} ${quoteValue(key)}${where}: ${hint}.`.replace(/\?\.$/, '?'));
    }
    wrongType(node, spec, path, pos, note, fix = this.fix(spec, path)) {
        // A boolean's title says what it switches; what the user needs to read is its two values.
        const want = spec.kind === 'boolean' ? 'true or false' : spec.title;
        this.report(pos, `${this.where(path)} must be ${want}, not ${this.describe(node)}${note}: ${fix}.`);
    }
    /** "write e.g. `path: services/catalog`". */
    fix(spec, path) {
        return `write e.g. ${this.entry(path, exampleOf(spec))}`;
    }
    /** "`path: services/catalog`" (list items and the root have no key to show). */
    entry(path, value) {
        const example = flowYaml(value);
        return typeof path[path.length - 1] === 'string'
            ? `\`${lastKey(path)}: ${example}\``
            : `\`${example}\``;
    }
    /** Undefined when `name` is valid, else what is wrong with it and a valid spelling. */
    nameProblem(name, entry) {
        if (manifest_spec/* NAME_RE */.eF.test(name))
            return undefined;
        const fixed = name
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-')
            .replace(/^-+|-+$/g, '')
            .slice(0, 63);
        const example = manifest_spec/* NAME_RE */.eF.test(fixed) ? fixed : String((0,manifest_spec/* nameDoc */.ug)(entry).examples?.[0]);
        return (`is not a valid ${entry} name: use 1–63 lowercase letters, digits and \`-\`, starting ` +
            `with a letter or digit, e.g. \`${example}\``);
    }
    /** The key as written: a number-like key (`42:`) keeps its spelling rather than its value. */
    keyText(key) {
        if ((0,dist/* isScalar */.jn)(key) && typeof key.value === 'string')
            return key.value;
        const range = key?.range;
        return range ? this.ctx.text.slice(range[0], range[1]).trim() : '';
    }
    describe(node) {
        if ((0,dist/* isMap */.jh)(node))
            return 'a mapping';
        if ((0,dist/* isSeq */.oP)(node))
            return 'a list';
        if ((0,dist/* isScalar */.jn)(node)) {
            const v = node.value;
            if (typeof v === 'string')
                return `the text ${quoteValue(v)}`;
            if (typeof v === 'number' || typeof v === 'bigint')
                return `the number ${this.source(node)}`;
            if (typeof v === 'boolean')
                return `the boolean ${String(v)}`;
        }
        return 'an unsupported value';
    }
    /** A scalar as written (`1.10`, not its value 1.1); falls back to its value. */
    source(node) {
        const range = node.range;
        const text = range ? this.ctx.text.slice(range[0], range[1]).trim() : '';
        return text !== '' ? text : String(node.value);
    }
    /** "`services.web.path`" or, for the root, "The manifest" (lowercase inside a sentence). */
    where(path, inSentence = false) {
        if (path.length === 0)
            return inSentence ? 'the manifest' : 'The manifest';
        return `\`${displayPath(path)}\``;
    }
    report(pos, message) {
        this.ctx.issues.add(pos, message);
    }
}
const patterns = new Map();
/** Spec patterns are few and fixed: compile each once. */
function compiled(pattern) {
    let re = patterns.get(pattern);
    if (re === undefined)
        patterns.set(pattern, (re = new RegExp(pattern, 'u')));
    return re;
}
/** Text meant as a boolean: quoted `true`/`false`, or words YAML 1.1 read as booleans and 1.2 does not. */
const BOOLEAN_WORDS = {
    true: true,
    false: false,
    yes: true,
    no: false,
    on: true,
    off: false,
    y: true,
    n: false,
};
/** The closest whole number the spec accepts, to suggest instead of a fraction. */
function nearestAllowed(value, spec) {
    return Math.min(spec.max ?? Infinity, Math.max(spec.min ?? -Infinity, Math.round(value)));
}
/** Written in quotes: a quoted `"5"` or `"true"` is text even though it looks like a value. */
const isQuoted = (node) => (0,dist/* isScalar */.jn)(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
const lastKey = (path) => String(path[path.length - 1] ?? '');
const quoteValue = (v) => `\`${String(v)}\``;
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// EXTERNAL MODULE: ./src/core/artifact/build-env.ts
var build_env = __nccwpck_require__(10232);
;// CONCATENATED MODULE: ./src/core/manifest/validate.ts
/**
 * Cross-reference checks, run after the structure is known: unique names across libraries and
 * services, `depends-on` targets, dependency cycles, release group members, and the keys of a
 * `build` that depend on each other (`kind` and `deb`) or on where it is written.
 */





function checkReferences(raw, locs, issues) {
    new ReferenceChecker(raw, locs, issues).run();
}
class ReferenceChecker {
    raw;
    locs;
    issues;
    libraries;
    services;
    /** False when a map was present but unusable: then "unknown name" errors would only be noise. */
    librariesKnown;
    servicesKnown;
    byName = new Map();
    constructor(raw, locs, issues) {
        this.raw = raw;
        this.locs = locs;
        this.issues = issues;
        this.librariesKnown = raw.libraries !== undefined || !locs.has(['libraries']);
        this.libraries = this.components('library', 'libraries', raw.libraries);
        if (locs.has(['services'])) {
            this.servicesKnown = raw.services !== undefined;
            this.services = this.components('service', 'services', raw.services);
        }
        else {
            // A single-service repository: the service is the whole repo, named `name`.
            this.servicesKnown = raw.name !== undefined;
            this.services =
                raw.name === undefined
                    ? []
                    : [{ kind: 'service', name: raw.name, at: ['name'], dependsOn: [] }];
        }
    }
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
        const declared = this.locs.childKeys(['environments']);
        if (this.locs.has(['environments'])) {
            const stagePaths = this.stageEnvironmentPaths();
            for (const { at, name } of stagePaths) {
                if (declared.includes(name))
                    continue;
                const hint = (0,suggest/* didYouMean */.au)(name, declared) ?? `declare it under \`environments\``;
                this.issues.add(this.locs.value(at), `\`${displayPath(at)}\` names environment \`${name}\`, which is not declared: ${hint}.`.replace(/\?\.$/, '?'));
            }
        }
        if (envs === undefined)
            return;
        for (const [env, e] of envs) {
            const at = ['environments', env];
            (e.secrets ?? []).forEach((name, i) => {
                const why = (0,build_env/* neverForwarded */.zs)(name);
                if (why) {
                    this.issues.add(this.locs.value([...at, 'secrets', i]), `\`${name}\` in \`${displayPath(at)}.secrets\` is never given to configuration: ${why}. ` +
                        "Map the secret to a name of its own in the step's `env:`, e.g. `DB_PASSWORD`.");
                }
            });
            const hosts = e.driver === 'ssh' ? this.locs.childKeys([...at, 'hosts']) : [];
            for (const service of this.locs.childKeys([...at, 'services'])) {
                const svc = this.byName.get(service);
                if (svc?.kind !== 'service') {
                    if (!this.servicesKnown)
                        continue;
                    const hint = (0,suggest/* didYouMean */.au)(service, this.services.map((x) => x.name)) ?? 'declare it under `services`, or remove it from the environment';
                    this.issues.add(this.locs.key([...at, 'services', service]), `Environment \`${env}\` places \`${service}\`, which is not a service: ${hint}.`.replace(/\?\.$/, '?'));
                    continue;
                }
                const listed = e.services?.get(service)?.hosts ?? [];
                for (const host of listed) {
                    if (hosts.includes(host))
                        continue;
                    const hint = (0,suggest/* didYouMean */.au)(host, hosts) ?? `its hosts are ${hosts.join(', ')}`;
                    this.issues.add(this.locs.itemPos([...at, 'services', service, 'hosts'], host), `\`${displayPath([...at, 'services', service, 'hosts'])}\` names host \`${host}\`, which is not in \`${displayPath([...at, 'hosts'])}\`: ${hint}.`.replace(/\?\.$/, '?'));
                }
                if (e.stage === undefined)
                    continue;
                const stages = this.stagesOf(service);
                if (!stages.includes(e.stage)) {
                    this.issues.add(this.locs.value([...at, 'stage']), `Environment \`${env}\` is fed by stage \`${e.stage}\`, which is not in the pipeline of \`${service}\` ` +
                        `(${stages.join(' → ')}): name one of its stages, or remove \`${service}\` from the environment.`);
                }
            }
        }
    }
    /** Every `environment:` a stage names: the manifest's list, services' lists and overrides. */
    stageEnvironmentPaths() {
        const found = [];
        const list = (at) => {
            for (let i = 0; this.locs.has([...at, i]); i++) {
                const name = this.locs.text([...at, i, 'environment']);
                if (name !== undefined)
                    found.push({ at: [...at, i, 'environment'], name });
            }
        };
        list(['pipeline', 'stages']);
        for (const service of this.locs.childKeys(['services'])) {
            list(['services', service, 'pipeline', 'stages']);
            for (const stage of this.locs.childKeys(['services', service, 'pipeline', 'override'])) {
                const at = ['services', service, 'pipeline', 'override', stage, 'environment'];
                const name = this.locs.text(at);
                if (name !== undefined)
                    found.push({ at, name });
            }
        }
        return found;
    }
    /** The stage names a service's artifacts go through (its own list, the manifest's, or the default). */
    stagesOf(service) {
        const own = ['services', service, 'pipeline', 'stages'];
        const from = (at) => {
            const names = [];
            for (let i = 0; this.locs.has([...at, i]); i++) {
                const n = this.locs.text([...at, i, 'name']);
                if (n !== undefined)
                    names.push(n);
            }
            return names;
        };
        if (this.locs.has(own))
            return from(own);
        if (this.locs.has(['pipeline', 'stages']))
            return from(['pipeline', 'stages']);
        return [...pipeline/* DEFAULT_STAGE_NAMES */.In];
    }
    /**
     * Stage names are unique in each list, and a service's `override` names only stages of the
     * list that service uses (its own `stages`, else the manifest's, else the default ones).
     */
    checkPipelines() {
        const defaultNames = this.stageNames(['pipeline', 'stages']) ?? [...pipeline/* DEFAULT_STAGE_NAMES */.In];
        for (const name of this.locs.childKeys(['services'])) {
            const at = ['services', name, 'pipeline'];
            const names = this.stageNames([...at, 'stages']) ?? defaultNames;
            for (const stage of this.locs.childKeys([...at, 'override'])) {
                if (names.includes(stage))
                    continue;
                const hint = (0,suggest/* didYouMean */.au)(stage, names) ?? `the stages are ${[...new Set(names)].join(', ')}`;
                this.issues.add(this.locs.key([...at, 'override', stage]), `\`${displayPath(at)}.override\` names stage \`${stage}\`, which is not in this ` +
                    `service's pipeline: ${hint}.`.replace(/\?\.$/, '?'));
            }
        }
    }
    /** The names in a stage list, reporting each repeated one; undefined when there is no list. */
    stageNames(at) {
        if (!this.locs.has(at))
            return undefined;
        const names = [];
        for (let i = 0; this.locs.has([...at, i]); i++) {
            const name = this.locs.text([...at, i, 'name']);
            if (name === undefined)
                continue;
            const first = names.indexOf(name);
            names.push(name);
            if (first >= 0) {
                const line = this.locs.value([...at, first, 'name']).line;
                this.issues.add(this.locs.value([...at, i, 'name']), `Stage \`${name}\` is already in \`${displayPath(at)}\` on line ${line}: each stage ` +
                    'appears once in a pipeline, so rename or remove one of them.');
            }
        }
        return names;
    }
    components(kind, key, map) {
        // Declared names come from the source, so an entry with an invalid body still counts as declared.
        return this.locs.childKeys([key]).map((name) => ({
            kind,
            name,
            at: [key, name],
            dependsOn: map?.get(name)?.['depends-on'] ?? [],
        }));
    }
    checkUniqueNames() {
        for (const c of [...this.libraries, ...this.services]) {
            const other = this.byName.get(c.name);
            if (other === undefined) {
                this.byName.set(c.name, c);
                continue;
            }
            if (other.kind === c.kind)
                continue; // a duplicate key, already a YAML error
            const [first, second] = this.inReadingOrder(other, c);
            this.issues.add(this.locs.key(second.at), `\`${c.name}\` is declared both as ${describe(first)} on line ${this.locs.key(first.at).line} ` +
                `and as ${describe(second)}: names must be unique across libraries and services, so rename one.`);
        }
    }
    checkDependencies() {
        for (const c of [...this.libraries, ...this.services]) {
            const listPath = [...c.at, 'depends-on'];
            for (const dep of c.dependsOn) {
                const at = this.locs.itemPos(listPath, dep);
                const target = this.byName.get(dep);
                if (dep === c.name) {
                    this.issues.add(at, `${capital(c.kind)} \`${c.name}\` depends on itself: remove \`${dep}\` from its \`depends-on\`.`);
                }
                else if (target === undefined) {
                    this.reportUnknownDependency(c, dep, at);
                }
                else if (c.kind === 'library' && target.kind === 'service') {
                    this.issues.add(at, `Library \`${c.name}\` depends on \`${dep}\`, which is a service: libraries may depend ` +
                        'only on libraries, so move the shared code into a library or remove the dependency.');
                }
            }
        }
    }
    reportUnknownDependency(c, dep, at) {
        const candidates = c.kind === 'library' ? this.libraries : [...this.libraries, ...this.services];
        if (!this.librariesKnown || (c.kind === 'service' && !this.servicesKnown))
            return;
        const allowed = c.kind === 'library' ? 'a library' : 'a library or a service';
        const hint = (0,suggest/* didYouMean */.au)(dep, candidates.filter((x) => x.name !== c.name).map((x) => x.name)) ??
            `declare it under \`${c.kind === 'library' ? 'libraries' : 'libraries` or `services'}\`, ` +
                'or remove it';
        this.issues.add(at, `\`${c.at.join('.')}.depends-on\` names \`${dep}\`, which is not ${allowed}: ${hint}.`.replace(/\?\.$/, '?'));
    }
    /**
     * Depth-first search in declaration order. Each edge back onto the current path closes one
     * cycle, reported once at the `depends-on` entry that closes it; removing those edges leaves
     * the graph acyclic, so no cycle goes unreported.
     */
    checkCycles() {
        const nodes = [...this.byName.values()].sort((a, b) => this.compareDeclared(a, b));
        const edges = new Map(nodes.map((n) => [n.name, n.dependsOn.filter((d) => this.isUsableEdge(n, d))]));
        const done = new Set();
        const onPath = new Map(); // name → index in `path`
        for (const start of nodes) {
            if (done.has(start.name))
                continue;
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
                if (back !== undefined) {
                    this.reportCycle([...path.slice(back).map((p) => p.name), to], this.byName.get(top.name));
                }
                else if (!done.has(to)) {
                    onPath.set(to, path.length);
                    path.push({ name: to, next: 0 });
                }
            }
        }
    }
    isUsableEdge(from, to) {
        const target = this.byName.get(to);
        return (to !== from.name &&
            target !== undefined &&
            !(from.kind === 'library' && target.kind === 'service'));
    }
    reportCycle(cycle, closer) {
        const closing = cycle[cycle.length - 1];
        this.issues.add(this.locs.itemPos([...closer.at, 'depends-on'], closing), `Dependency cycle ${cycle.join(' → ')}: nothing in it can be built first, so remove one ` +
            `of these \`depends-on\` entries (e.g. \`${closing}\` from \`${closer.name}\`).`);
    }
    checkReleaseGroups() {
        const groups = this.raw['release-groups'];
        if (groups === undefined)
            return;
        const groupOf = new Map();
        for (const [group, members] of groups) {
            const listPath = ['release-groups', group];
            for (const member of members) {
                const at = this.locs.itemPos(listPath, member);
                const target = this.byName.get(member);
                if (target?.kind === 'service') {
                    const other = groupOf.get(member);
                    if (other === undefined) {
                        groupOf.set(member, group);
                        continue;
                    }
                    const line = this.locs.itemPos(['release-groups', other], member).line;
                    this.issues.add(at, `Service \`${member}\` is already in release group \`${other}\` (line ${line}): a ` +
                        'service ships with at most one group, so remove it from one of them.');
                }
                else if (target?.kind === 'library') {
                    this.issues.add(at, `Release group \`${group}\` lists \`${member}\`, which is a library: groups list ` +
                        'services (libraries ship inside the services that depend on them), so remove it.');
                }
                else if (this.servicesKnown) {
                    const hint = (0,suggest/* didYouMean */.au)(member, this.services.map((s) => s.name)) ?? 'declare it under `services`, or remove it from the group';
                    this.issues.add(at, `Release group \`${group}\` lists \`${member}\`, which is not a service: ${hint}.`.replace(/\?\.$/, '?'));
                }
            }
        }
    }
    checkBuilds() {
        const services = this.raw.services;
        if (this.locs.has(['build']) && this.locs.has(['services'])) {
            const first = this.locs.childKeys(['services'])[0] ?? 'catalog';
            this.issues.add(this.locs.key(['build']), 'A top-level `build` is only for a single-service repository (one without `services`): ' +
                `move it under the service it builds, e.g. \`services.${first}.build\`.`);
        }
        if (services !== undefined) {
            for (const [name, s] of services) {
                if (s.build)
                    this.checkBuild(name, ['services', name, 'build'], s.build);
            }
        }
        else if (this.raw.name !== undefined && this.raw.build !== undefined) {
            this.checkBuild(this.raw.name, ['build'], this.raw.build);
        }
    }
    checkBuild(service, at, build) {
        const where = displayPath(at);
        (build.env ?? []).forEach((name, i) => {
            const why = typeof name === 'string' ? (0,build_env/* neverForwarded */.zs)(name) : undefined;
            if (why) {
                this.issues.add(this.locs.value([...at, 'env', i]), `\`${name}\` in \`${where}.env\` is never passed to a build: ${why}. Remove it; ` +
                    "pass what the build needs under another name in the step's `env:`.");
            }
        });
        const prefix = build.deb?.prefix;
        if (typeof prefix === 'string' && prefix.startsWith('/') && debianControlPrefix(prefix)) {
            // dpkg-deb reads the package's DEBIAN/ directory as its control area (maintainer scripts
            // run as root on install): the build output must never land there.
            this.issues.add(this.locs.value([...at, 'deb', 'prefix']), `\`${prefix}\` in \`${where}.deb.prefix\` is inside /DEBIAN, the package's control ` +
                'area (its maintainer scripts run as root on install): install the build output ' +
                `elsewhere, e.g. \`/opt/${service}\`.`);
        }
        const hasDeb = this.locs.has([...at, 'deb']);
        // An invalid `kind` was reported already; guessing it here would only add noise.
        const kind = build.kind ?? (this.locs.has([...at, 'kind']) ? undefined : 'archive');
        if (kind === 'deb' && !hasDeb) {
            this.issues.add(this.locs.key(at), `\`${where}\` has \`kind: deb\` but no \`deb\` section: add one with the package ` +
                "maintainer, e.g. `deb: {maintainer: 'Shop Team <ops@example.com>'}`.");
        }
        else if (kind === 'archive' && hasDeb) {
            this.issues.add(this.locs.key([...at, 'deb']), `\`${where}.deb\` describes a Debian package, but the build makes an archive: remove ` +
                '`deb` or set `kind: deb`.');
        }
        else if (kind === 'deb' &&
            build.deb !== undefined &&
            !this.locs.has([...at, 'deb', 'package']) &&
            !new RegExp(manifest_spec/* DEB_PACKAGE_PATTERN */.gQ).test(service)) {
            // Service names are valid package names except for length: Debian needs two characters.
            this.issues.add(this.locs.key([...at, 'deb']), `The Debian package of \`${service}\` is named after the service by default, but ` +
                `\`${service}\` is not a valid package name (it needs at least two characters): set ` +
                `\`package\` in \`${where}.deb\`, e.g. \`package: ${service}-service\`.`);
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
}
const describe = (c) => c.at[0] === 'name' ? 'the single service `name`' : `a ${c.kind}`;
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** True when an absolute prefix normalises into `/DEBIAN` (`//DEBIAN/`, `/./DEBIAN/x`). */
function debianControlPrefix(prefix) {
    return prefix.split('/').find((c) => c !== '' && c !== '.') === 'DEBIAN';
}

;// CONCATENATED MODULE: ./src/core/manifest/load.ts
/** Parsing `msdeploy.yml` text into a validated `Manifest`, with every problem located. */







const DEFAULT_MANIFEST_FILE = 'msdeploy.yml';
/**
 * The largest manifest msdeploy parses: 4 MiB is hundreds of times a 5,000-service manifest, and
 * parsing costs ~50× the text in memory (a 50 MB file took 29 s and 2.7 GB).
 */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The issue for a manifest over {@link MAX_MANIFEST_BYTES}, reported before any parsing. */
function manifestTooLarge(bytes, shownAs) {
    return {
        file: shownAs,
        line: 1,
        col: 1,
        message: `${shownAs} is ${bytes} bytes, over the ${MAX_MANIFEST_BYTES} bytes (4 MiB) a manifest may ` +
            'be; it was not parsed. Is this the right file? See docs/manifest.md.',
    };
}
/**
 * Parses and validates a manifest. Pure: `file` (relative to the repository root) becomes the
 * implicit `global` pattern and, unless `shownAs` says otherwise, names the manifest in issues
 * (an action shows it relative to the workspace, a CLI relative to where it was started).
 * `manifest` is set exactly when `issues` is empty.
 */
function parseManifest(text, file = DEFAULT_MANIFEST_FILE, shownAs = file) {
    // A UTF-16 code unit is at least one UTF-8 byte: only a text that may be over is measured.
    if (text.length > MAX_MANIFEST_BYTES / 3) {
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > MAX_MANIFEST_BYTES)
            return { issues: [manifestTooLarge(bytes, shownAs)] };
    }
    const ctx = parseYaml(text, shownAs);
    const { doc, issues, locs } = ctx;
    if (issues.length > 0)
        return { issues: issues.sorted() };
    const root = doc.contents;
    if (root === null || (root.range[0] === root.range[1] && !(0,dist/* isMap */.jh)(root))) {
        issues.add({ line: 1, col: 1 }, `${shownAs} is empty: declare the repository's \`services\` (or a \`name\` for a ` +
            'single-service repository); see docs/manifest.md.');
        return { issues: issues.sorted() };
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        issues.add(locs.posOf(root), `The manifest must be a mapping of keys such as \`services:\` and \`global:\`, not ` +
            `${(0,dist/* isSeq */.oP)(root) ? 'a list' : 'a single value'}: see docs/manifest.md for its layout.`);
        return { issues: issues.sorted() };
    }
    const raw = structure_checkStructure(root, manifest_spec/* manifestSpec */.bg, ctx) ?? {};
    checkReferences(raw, locs, issues);
    if (issues.length > 0)
        return { issues: issues.sorted() };
    return { manifest: buildManifest(raw, file, locs), issues: [] };
}
/**
 * The structural half of {@link parseManifest} for any spec: YAML errors, then every value
 * checked against `spec`, with the same located messages. `value` is set exactly when `issues`
 * is empty. Lets a spec kind be tested on its own, before any manifest section uses it.
 */
function validateYaml(text, spec, file) {
    const ctx = parseYaml(text, file);
    if (ctx.issues.length > 0)
        return { issues: ctx.issues.sorted() };
    const value = checkStructure(ctx.doc.contents, spec, ctx);
    if (ctx.issues.length > 0 || value === undefined)
        return { issues: ctx.issues.sorted() };
    return { value, issues: [] };
}
/** Parses YAML text, reporting syntax errors and repeated keys; check nothing else if any. */
function parseYaml(text, file) {
    const issues = new IssueList(file);
    const lineCounter = new dist/* LineCounter */.HN();
    const locs = new SourceMap(lineCounter);
    // yaml's own uniqueKeys check is quadratic per mapping (seconds for 5,000 services): ours is linear.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) {
        // The tree of a broken document is a guess; checking it would only add confusing errors.
        for (const e of doc.errors)
            issues.add(locs.posAt(e.pos[0]), yamlErrorMessage(e));
        return { doc, text, issues, locs };
    }
    reportRepeatedKeys(doc.contents, locs, issues);
    return { doc, text, issues, locs };
}
/**
 * Every mapping's repeated keys, anywhere in the document (aliases are not followed: their
 * anchor is checked where it is written). A plain recursion over collections: yaml's `visit`
 * also visits every scalar and builds a path for each, a tenth of a large manifest's parse.
 */
function reportRepeatedKeys(node, locs, issues) {
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            reportRepeatedKeys(item, locs, issues);
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        const seen = new Set();
        for (const { key } of node.items) {
            if (!(0,dist/* isScalar */.jn)(key))
                continue;
            if (seen.has(key.value) && key.range) {
                issues.add(locs.posAt(key.range[0]), `YAML syntax error: Map keys must be unique: ${YAML_HINTS.DUPLICATE_KEY}.`);
            }
            seen.add(key.value);
        }
        for (const { key, value } of node.items) {
            reportRepeatedKeys(key, locs, issues);
            reportRepeatedKeys(value, locs, issues);
        }
    }
}
/** `msdeploy.yml:3:5: <message>`, the form editors and GitHub problem matchers understand. */
function formatIssue(i) {
    return `${i.file}:${i.line}:${i.col}: ${i.message}`;
}
/** A manifest that failed validation; `issues` holds every problem, in reading order. */
class ManifestError extends errors/* ManifestProblem */.Rn {
    issues;
    constructor(issues) {
        const n = issues.length;
        super(`${n} problem${n === 1 ? '' : 's'} in the manifest:\n${issues.map(formatIssue).join('\n')}`, issues);
        this.issues = issues;
    }
}
/** Like {@link parseManifest}, but throws a {@link ManifestError} listing every issue. */
function loadManifestOrThrow(text, file = DEFAULT_MANIFEST_FILE) {
    const { manifest, issues } = parseManifest(text, file);
    if (manifest === undefined)
        throw new ManifestError(issues);
    return manifest;
}
const YAML_HINTS = {
    DUPLICATE_KEY: 'each key may appear once in a mapping, so remove or merge the repeated one',
    TAB_AS_INDENT: 'YAML indents with spaces, so replace the tabs',
    BAD_INDENT: 'indent it with spaces to line up with the entries it belongs to',
    MULTIPLE_DOCS: 'the manifest is one document, so remove the `---` and what follows',
    MISSING_CHAR: 'add the missing closing character',
    BAD_ALIAS: 'define the anchor (`&name`) before using `*name`',
    BAD_SCALAR_START: 'quote the value',
    BLOCK_AS_IMPLICIT_KEY: 'put the key and its value on separate lines, or quote it',
    MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check for a missing `:` or quote',
};
function yamlErrorMessage(e) {
    const what = e.message.split('\n')[0].replace(/\.$/, '');
    const hint = YAML_HINTS[e.code] ?? 'check the quoting, brackets and indentation around here';
    return `YAML syntax error: ${what}: ${hint}.`;
}


/***/ }),

/***/ 42167:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ environmentByName),
/* harmony export */   kM: () => (/* binding */ serviceByName),
/* harmony export */   xc: () => (/* binding */ placementOf)
/* harmony export */ });
/* unused harmony export UnknownServiceError */
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(87211);

class UnknownServiceError extends Error {
}
function serviceByName(manifest, name) {
    const service = manifest.services.find((s) => s.name === name);
    if (service)
        return service;
    const names = manifest.services.map((s) => s.name);
    const near = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(name, names);
    throw new UnknownServiceError(`No service "${name}" in ${manifest.file}${near ? ` — did you mean "${near}"?` : ''}. Services: ${names.join(', ')}.`);
}
/** An environment by the name a user typed, refused (with a suggestion) before anything is touched. */
function environmentByName(manifest, name) {
    const env = manifest.environments.find((e) => e.name === name);
    if (env)
        return env;
    const names = manifest.environments.map((e) => e.name);
    const near = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(name, names);
    throw new UnknownServiceError(names.length === 0
        ? `No environment "${name}": ${manifest.file} declares no \`environments\` (see docs/deploy.md).`
        : `No environment "${name}" in ${manifest.file}${near ? ` — did you mean "${near}"?` : ''}. Environments: ${names.join(', ')}.`);
}
/** Where `service` is placed in `env`, refused when the environment does not deploy it. */
function placementOf(env, service) {
    const p = env.services.find((x) => x.service === service);
    if (p)
        return p;
    throw new UnknownServiceError(`Environment "${env.name}" does not deploy ${service}: it places ${env.services.map((x) => x.service).join(', ')}. Add ${service} under \`environments.${env.name}.services\`.`);
}


/***/ }),

/***/ 12943:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ serviceStages),
/* harmony export */   In: () => (/* binding */ DEFAULT_STAGE_NAMES),
/* harmony export */   bQ: () => (/* binding */ ledgerSpec),
/* harmony export */   gm: () => (/* binding */ ledgerRefName)
/* harmony export */ });
/* unused harmony export DEFAULT_LEDGER_REF */
/** Compile and fast tests, slow tests, user acceptance, performance, live. */
const DEFAULT_STAGE_NAMES = [
    'commit',
    'acceptance',
    'uat',
    'performance',
    'production',
];
const DEFAULT_LEDGER_REF = 'refs/heads/msdeploy/ledger';
/** A branch name (`msdeploy/ledger`) becomes `refs/heads/…`; a full `refs/…` name stays. */
function ledgerRefName(ref) {
    return ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
}
function ledgerSpec(raw) {
    return {
        ref: raw?.ledger?.ref === undefined ? DEFAULT_LEDGER_REF : ledgerRefName(raw.ledger.ref),
        push: raw?.ledger?.push ?? false,
    };
}
/** A stage with its defaults: `auto`, except `production`, which a person promotes into. */
function stageSpec(name, s, pos) {
    return {
        name,
        ...(s.environment !== undefined && { environment: s.environment }),
        promote: s.promote ?? (name === 'production' ? 'manual' : 'auto'),
        approvers: s.approvers ?? [],
        allowSelfApproval: s['allow-self-approval'] ?? false,
        ...(pos && { pos }),
    };
}
function stageList(raw, at, locs) {
    return raw.map((s, i) => stageSpec(s.name, s, locs.value([...at, i])));
}
/** Requires a manifest without issues (every stage has a name, overrides name real stages). */
function serviceStages(pipeline, own, at, locs) {
    const base = own?.stages
        ? stageList(own.stages, [...at, 'pipeline', 'stages'], locs)
        : pipeline?.stages
            ? stageList(pipeline.stages, ['pipeline', 'stages'], locs)
            : DEFAULT_STAGE_NAMES.map((name) => stageSpec(name, {}, undefined));
    const overrides = own?.override;
    if (!overrides)
        return base;
    return base.map((stage) => {
        const o = overrides.get(stage.name);
        if (!o)
            return stage;
        const merged = {
            environment: o.environment ?? stage.environment,
            promote: o.promote ?? stage.promote,
            approvers: o.approvers ?? [...stage.approvers],
            'allow-self-approval': o['allow-self-approval'] ?? stage.allowSelfApproval,
        };
        return stageSpec(stage.name, merged, locs.key([...at, 'pipeline', 'override', stage.name]));
    });
}


/***/ }),

/***/ 17882:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ discriminatorSpec),
/* harmony export */   R5: () => (/* binding */ LEDGER_REF_PATTERN),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   bg: () => (/* binding */ manifestSpec),
/* harmony export */   d: () => (/* binding */ variantSpec),
/* harmony export */   eF: () => (/* binding */ NAME_RE),
/* harmony export */   gQ: () => (/* binding */ DEB_PACKAGE_PATTERN),
/* harmony export */   ug: () => (/* binding */ nameDoc)
/* harmony export */ });
/* unused harmony exports INSIDE_REPO_PATTERN, VERSION_PATTERN, ENV_NAME_PATTERN, DEB_DEPENDS_PATTERN, APPROVER_PATTERN, KNOWN_HOSTS_PATTERN, exampleManifest */
/**
 * The declarative description of `msdeploy.yml`: every key, its type, its documentation.
 *
 * One source drives both the structural validation (structure.ts) and the JSON Schema
 * (json-schema.ts), so editors autocomplete and flag exactly the keys the loader accepts.
 * Adding a section (`build`, `pipeline`, `environments`) is one more entry in `manifestSpec`,
 * plus, when it refers to other names, a check in validate.ts and a field in build.ts.
 *
 * Kinds for contributors, beyond `string`, `enum`, `const`, `list`, `object` and `map`:
 * - `number`: YAML numbers only (`"5"` is text); `integer` rejects fractions, `min`/`max` are
 *   inclusive bounds and `rangeHint` says how to fix a value outside them; `.nan` and `.inf`
 *   are always rejected.
 * - `boolean`: YAML 1.2 `true`/`false` only; `yes`, `on` or `"true"` are text and get a hint.
 * - `union`: a mapping whose `discriminator` key (e.g. `driver`) picks one of `variants`. Each
 *   variant is an object spec that leaves the discriminator out of its fields and examples;
 *   the union adds it as a required const. It validates as the chosen variant, infers a
 *   TypeScript discriminated union, and renders as a `oneOf` told apart by that const.
 * `default` (any kind) is documentation, published as the schema's `default`: structural
 * validation does not fill it in, build.ts applies defaults.
 */
/** The union's discriminator as an enum of its variants' values (validated like `kind:`). */
function discriminatorSpec(union) {
    const values = Object.keys(union.variants);
    return {
        kind: 'enum',
        values,
        title: `a ${union.discriminator}`,
        description: `One of ${values.join(', ')}: it selects which other keys apply.`,
    };
}
/**
 * The object a union's variant stands for: the discriminator first, as a required const
 * documented like the variant (editors show that when completing the value), then the
 * variant's fields. The variant's examples leave the discriminator out too; it is added.
 */
function variantSpec(union, value) {
    const variant = union.variants[value];
    const key = union.discriminator;
    if (variant === undefined)
        throw new Error(`internal: no variant \`${key}: ${value}\``);
    if (Object.hasOwn(variant.fields, key)) {
        throw new Error(`internal: variant \`${key}: ${value}\` declares \`${key}\` itself`);
    }
    const tag = {
        kind: 'const',
        value,
        title: variant.title,
        description: variant.description,
    };
    return {
        ...variant,
        fields: { [key]: tag, ...variant.fields },
        required: [key, ...(variant.required ?? [])],
        ...(variant.examples && {
            examples: variant.examples.map((e) => ({ [key]: value, ...e })),
        }),
    };
}
/** Names of services, libraries and release groups: DNS-label-like, so they fit tags and URLs. */
const NAME_PATTERN = '^[a-z0-9][a-z0-9-]{0,62}$';
const NAME_RE = new RegExp(NAME_PATTERN);
const nameDocText = '1–63 lowercase letters, digits and `-`, starting with a letter or digit.';
/** A ref name msdeploy will write: `/`-joined segments of `[A-Za-z0-9._-]`, none starting with `.` or `-`, no `..`, not ending in `.lock`. */
const LEDGER_REF_PATTERN = '^(?!.*\\.\\.)(?!.*\\.lock(?:/|$))(?:[A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*$';
/**
 * A cheap editor-side hint that a path or pattern stays inside the repository (no leading `/`,
 * `~` or drive letter, no `..` segment, no backslash). The loader checks the same rules and more.
 */
const INSIDE_REPO_PATTERN = '^(?!!?(?:[/~]|[A-Za-z]:))(?!!?(?:.*/)?\\.\\.(?:/|$))[^\\\\]+$';
const string = (format, doc) => ({
    kind: 'string',
    ...(format ? { format } : {}),
    ...doc,
});
const patternList = (doc) => ({
    kind: 'list',
    items: string('pattern', {
        title: 'a glob pattern',
        description: 'A repo-root-relative glob (`*`, `**`, `?`, `[a-z]`, `{a,b}`); a leading `!` excludes.',
        examples: ['proto/common/**', '!docs/**'],
    }),
    ...doc,
});
/** `depends-on` of a library (libraries only) or of a service (libraries and services). */
const dependsOn = (of) => {
    const targets = of === 'library' ? 'libraries' : 'libraries or services';
    const declared = of === 'library' ? '`libraries`' : '`libraries` or `services`';
    return {
        kind: 'list',
        title: 'a list of names',
        description: `Names of the ${targets} this ${of} builds on: when one of them changes, this ${of} is affected too.`,
        examples: [of === 'library' ? ['money'] : ['common', 'payments']],
        unique: true,
        items: string('ref', {
            title: of === 'library' ? 'a library name' : 'a library or service name',
            description: `A name declared under ${declared}.`,
            examples: [of === 'library' ? 'money' : 'common'],
        }),
    };
};
function component(what, fields) {
    return {
        kind: 'object',
        title: `a ${what}`,
        description: what === 'service'
            ? 'A deployable unit: a directory of the repository (or `.` for all of it).'
            : 'Shared code that services depend on; never deployed on its own.',
        required: ['path'],
        fields: {
            path: string('dir', {
                title: 'a directory',
                description: `The ${what}'s directory, relative to the repository root; \`.\` is the whole repository. ` +
                    'Every file under it belongs to the ' +
                    what +
                    '.',
                examples: [what === 'service' ? 'services/catalog' : 'libs/common', '.'],
            }),
            include: patternList({
                title: 'a list of glob patterns',
                description: `More files that belong to the ${what}, after its \`path\`: ordered, repo-root-relative ` +
                    'globs; a leading `!` excludes, and the last matching pattern wins.',
                examples: [
                    [
                        'proto/common/**',
                        `!${what === 'service' ? 'services/catalog' : 'libs/common'}/**/*.md`,
                    ],
                ],
            }),
            ...fields,
        },
    };
}
/** A base version as artifact/version.ts reads it: MAJOR.MINOR, optionally .PATCH, -pre, +build. */
const VERSION_PATTERN = '^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(\\.(0|[1-9]\\d*))?([-+].*)?$';
/** An environment variable name as POSIX shells accept it. */
const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
/** Debian policy 5.6.1: at least two of `a-z0-9+.-`, starting with a letter or digit. */
const DEB_PACKAGE_PATTERN = '^[a-z0-9][a-z0-9+.-]+$';
/** One Debian relation, `pkg[:arch] [(op version)]`; a `Depends` entry may join several with `|`. */
const DEB_RELATION = '[a-z0-9][a-z0-9+.-]+(?::[a-z0-9-]+)?(?: *\\( *(?:<<|<=|=|>=|>>) *[0-9][A-Za-z0-9.+~:-]* *\\))?';
const DEB_DEPENDS_PATTERN = `^${DEB_RELATION}(?: *\\| *${DEB_RELATION})*$`;
/*
 * The control-file fields are single lines: a line break in them would start a new control
 * field (or break the package), so the patterns below exclude `\n` and `\r`.
 */
const DEB_MAINTAINER_PATTERN = '^[^<>\\r\\n]*[^<>\\s] <[^<>\\s@]+@[^<>\\s]+>$';
const ONE_LINE_PATTERN = '^[^\\r\\n]*\\S[^\\r\\n]*$';
/** An absolute directory on the target, without `..`, whitespace or `\`. */
const ABSOLUTE_DIR_PATTERN = '^/(?!(?:.*/)?\\.\\.(?:/|$))[^\\s\\\\]*$';
const deb = {
    kind: 'object',
    title: 'a Debian package description',
    description: 'The Debian package to build (only with `kind: deb`): its control fields and where it ' +
        'installs the build output on the target.',
    examples: [{ maintainer: 'Shop Team <ops@example.com>', depends: ['nodejs (>= 20)'] }],
    required: ['maintainer'],
    fields: {
        maintainer: string(undefined, {
            title: 'a maintainer',
            description: 'Who maintains the package, as `Name <email>` (the control `Maintainer` field).',
            examples: ['Shop Team <ops@example.com>'],
            pattern: DEB_MAINTAINER_PATTERN,
            patternHint: 'is not `Name <email>` on one line: write e.g. `Shop Team <ops@example.com>`',
        }),
        package: string(undefined, {
            title: 'a Debian package name',
            description: 'The package name. Default: the service name. At least two lowercase letters, digits, ' +
                '`+`, `-` or `.`, starting with a letter or digit (Debian policy).',
            examples: ['shop-catalog'],
            pattern: DEB_PACKAGE_PATTERN,
            patternHint: 'is not a Debian package name: use at least two lowercase letters, digits, `+`, `-` ' +
                'or `.`, starting with a letter or digit, e.g. `shop-catalog`',
        }),
        description: string(undefined, {
            title: 'a one-line description',
            description: 'The package synopsis. Default: `<service> service (built by msdeploy)`.',
            examples: ['Catalog API'],
            pattern: ONE_LINE_PATTERN,
            patternHint: 'must be one non-blank line (the package synopsis): shorten it, e.g. `Catalog API`',
        }),
        depends: {
            kind: 'list',
            title: 'a list of Debian dependencies',
            description: 'Packages this one needs on the target (the control `Depends` field), one per entry.',
            examples: [['nodejs (>= 20)']],
            unique: true,
            items: string(undefined, {
                title: 'a Debian dependency',
                description: 'A package name with an optional version restriction and `|` alternatives, e.g. ' +
                    '`nodejs (>= 20)` or `default-jre | openjdk-17-jre`.',
                examples: ['nodejs (>= 20)'],
                pattern: DEB_DEPENDS_PATTERN,
                patternHint: 'is not one Debian dependency: write a package name with an optional version, e.g. ' +
                    '`nodejs (>= 20)`, and give each dependency its own entry',
            }),
        },
        architecture: string(undefined, {
            title: 'a Debian architecture',
            description: 'The package architecture. Default: `all` (runs on any machine, e.g. scripts or ' +
                'JavaScript); use e.g. `amd64` for compiled code.',
            examples: ['all'],
            pattern: '^[a-z0-9][a-z0-9-]*$',
            patternHint: 'is not a Debian architecture: write `all` for files that run anywhere, or one such as ' +
                '`amd64` or `arm64`',
        }),
        prefix: string(undefined, {
            title: 'an absolute directory',
            description: 'Where the package installs the contents of `output` on the target. Default: ' +
                '`/opt/<service>`.',
            examples: ['/opt/catalog'],
            pattern: ABSOLUTE_DIR_PATTERN,
            patternHint: 'is not an absolute directory: write where the package installs its files on the ' +
                'target, starting with `/` and without spaces or `..`, e.g. `/opt/catalog`',
        }),
    },
};
/** Names of environment variables forwarded to code we run for the user (`what`). */
function envNames(what) {
    return {
        kind: 'list',
        title: 'a list of environment variable names',
        description: `Names of environment variables to pass to ${what} beyond the ones it always gets ` +
            '(PATH, HOME, locale, TZ, TMPDIR, CI, the GitHub context, RUNNER_*, MSDEPLOY_*); set ' +
            "their values in the workflow step's `env:`. Never action inputs (`INPUT_*`), `ACTIONS_*` " +
            'or the runner file commands (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_PATH`, ' +
            '`GITHUB_STATE`, `GITHUB_STEP_SUMMARY`).',
        examples: [['NPM_TOKEN', 'NODE_OPTIONS']],
        unique: true,
        items: string(undefined, {
            title: 'an environment variable name',
            description: 'A variable name: letters, digits and `_`, not starting with a digit.',
            examples: ['NPM_TOKEN'],
            pattern: ENV_NAME_PATTERN,
            patternHint: 'is not an environment variable name: use letters, digits and `_`, not starting with ' +
                'a digit, e.g. `NPM_TOKEN`',
        }),
    };
}
const build = {
    kind: 'object',
    title: 'a build',
    description: "How to build the service's artifact: a bash script run in the service's directory, and " +
        'the directory it writes whose contents become the artifact.',
    examples: [{ run: 'npm ci && npm run build', output: 'dist' }],
    required: ['run', 'output'],
    fields: {
        run: string(undefined, {
            title: 'a bash script',
            description: "The commands that build the service, run by bash in the service's directory (like a " +
                'workflow `run:` step); a failing command fails the build.',
            examples: ['npm ci && npm run build'],
            pattern: '\\S',
            patternHint: 'has no commands: write the script that builds the service, e.g. `npm ci && npm run build`',
        }),
        output: string('dir', {
            title: 'a directory',
            description: "The directory the build writes, relative to the service's directory; its contents " +
                'become the artifact.',
            examples: ['dist'],
            base: 'service',
        }),
        kind: {
            kind: 'enum',
            values: ['archive', 'deb'],
            title: 'an artifact kind',
            description: 'What the output is packed into: `archive` (default), a reproducible `.tar.gz`; or ' +
                '`deb`, a Debian package described by `deb`.',
            examples: ['archive'],
        },
        version: string(undefined, {
            title: 'a base version',
            description: "MAJOR.MINOR (or a SemVer, whose MAJOR.MINOR are kept) of the service's builds; the " +
                "build counter becomes the patch number. Quote it. Default: the service's package.json " +
                'version, else `0.1`.',
            examples: ['1.4'],
            pattern: VERSION_PATTERN,
            patternHint: 'is not a base version: write MAJOR.MINOR or a SemVer without leading zeros, e.g. ' +
                "`'1.4'` or `1.4.0`",
        }),
        tests: {
            kind: 'list',
            title: 'a list of glob patterns',
            description: "JUnit XML reports the build writes, as globs relative to the service's directory; " +
                'the reports found are recorded in the provenance.',
            examples: [['reports/junit*.xml']],
            unique: true,
            items: string('pattern', {
                title: 'a glob pattern',
                description: "A glob relative to the service's directory (`*`, `**`, `?`, `[a-z]`, `{a,b}`); a " +
                    'leading `!` excludes.',
                examples: ['reports/junit*.xml'],
                base: 'service',
            }),
        },
        env: envNames('the build'),
        deb,
    },
};
/** A GitHub login (1–39 letters, digits and single inner hyphens) or a team, `@org/team-slug`. */
const APPROVER_PATTERN = '^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})$';
/** The settings of a stage, shared by a stage of the list and a service's override of one. */
const stageSettings = {
    environment: string('name', {
        entry: 'environment',
        title: 'an environment name',
        description: 'The environment this stage deploys to (see `environments`). Optional: a stage without ' +
            'one records the promotion and deploys nowhere.',
        examples: ['staging'],
    }),
    promote: {
        kind: 'enum',
        values: ['auto', 'manual'],
        title: 'a promotion mode',
        description: '`auto`: the pipeline promotes into this stage by itself once the stage before passed. ' +
            '`manual`: a person must promote (a `workflow_dispatch` run, or the CLI). Default: ' +
            '`auto`, except for a stage named `production`, which defaults to `manual`.',
        examples: ['manual'],
    },
    approvers: {
        kind: 'list',
        title: 'a list of GitHub logins or teams',
        description: 'Who may promote into this manual stage: GitHub logins, or teams as `@org/team-slug` ' +
            '(checked when the token can read the team). Empty or absent: anyone with write access ' +
            'who is not a bot.',
        examples: [['alice', '@acme/release-managers']],
        unique: true,
        items: string(undefined, {
            title: 'a GitHub login or team',
            description: 'A GitHub login, e.g. `alice`, or a team, e.g. `@acme/release-managers`.',
            examples: ['alice'],
            pattern: APPROVER_PATTERN,
            patternHint: 'is not a GitHub login or team: write a login such as `alice` (letters, digits and ' +
                'single hyphens, at most 39) or a team as `@org/team-slug`',
        }),
    },
    'allow-self-approval': {
        kind: 'boolean',
        title: 'whether the commit author may approve',
        description: "May the author of the artifact's commit promote it into this manual stage? Default: " +
            'false (four eyes).',
        default: false,
    },
};
const stage = {
    kind: 'object',
    title: 'a stage',
    description: 'One step of the value stream. An artifact enters it only after it entered the stage before.',
    examples: [
        { name: 'uat', environment: 'staging' },
        { name: 'production', promote: 'manual' },
    ],
    required: ['name'],
    fields: {
        name: string('name', {
            entry: 'stage',
            title: 'a stage name',
            description: nameDocText,
            examples: ['uat'],
        }),
        ...stageSettings,
    },
};
const stageList = {
    kind: 'list',
    title: 'a list of stages',
    description: 'The stages in promotion order. Default: `commit`, `acceptance`, `uat`, `performance`, ' +
        '`production`.',
    examples: [[{ name: 'commit' }, { name: 'uat', environment: 'staging' }, { name: 'production' }]],
    minItems: 1,
    minItemsHint: 'an artifact needs at least one stage to enter, e.g. `- name: commit`; remove `stages` to ' +
        'use the default pipeline',
    items: stage,
};
const ledger = {
    kind: 'object',
    title: 'a ledger',
    description: 'Where promotions are recorded: an append-only history of commits on a git ref.',
    examples: [{ ref: 'msdeploy/ledger', push: true }],
    fields: {
        ref: string(undefined, {
            title: 'a git ref',
            description: 'The ref holding the ledger: a branch name (`msdeploy/ledger`, the default) or a full ' +
                'ref such as `refs/msdeploy/ledger`.',
            examples: ['msdeploy/ledger', 'refs/msdeploy/ledger'],
            pattern: LEDGER_REF_PATTERN,
            patternHint: 'is not a ref name msdeploy writes: use segments of letters, digits, `.`, `_` and `-` ' +
                'joined by `/`, e.g. `msdeploy/ledger` or `refs/msdeploy/ledger`',
        }),
        push: {
            kind: 'boolean',
            title: 'whether the CLI pushes the ledger',
            description: 'Make the CLI read and write the ledger on `origin`, as the actions always do. Default: ' +
                'false (the CLI keeps the ledger in the local repository unless given `--push`).',
            default: false,
        },
    },
};
const pipeline = {
    kind: 'object',
    title: 'a pipeline',
    description: "The stages every service's artifacts are promoted through, in order, and where the " +
        'promotions are recorded.',
    examples: [{ stages: [{ name: 'commit' }, { name: 'production' }] }],
    fields: { stages: stageList, ledger },
};
const servicePipeline = {
    kind: 'object',
    title: "a service's pipeline",
    description: "This service's own stages (replacing the default list), or changes to some stages of the " +
        'list it uses.',
    examples: [{ override: { production: { approvers: ['alice'] } } }],
    fields: {
        stages: stageList,
        override: {
            kind: 'map',
            entry: 'stage',
            title: 'a map of stage settings',
            description: 'Settings that replace those of the named stages for this service only, e.g. other ' +
                '`approvers` for `production`. Every name must be a stage of the pipeline.',
            values: {
                kind: 'object',
                title: 'stage settings',
                description: 'Any of `environment`, `promote`, `approvers`, `allow-self-approval`.',
                examples: [{ approvers: ['alice'] }],
                fields: stageSettings,
            },
        },
    },
};
/** A port number on the target. */
const port = (title, description) => ({
    kind: 'number',
    integer: true,
    min: 1,
    max: 65535,
    rangeHint: 'use a TCP port between 1 and 65535, e.g. `8080`',
    title,
    description,
    examples: [8080],
});
const seconds = (title, description, dflt, max) => ({
    kind: 'number',
    min: 0.1,
    max,
    rangeHint: `use a number of seconds between 0.1 and ${max}, e.g. \`${dflt}\``,
    title,
    description,
    examples: [dflt],
    default: dflt,
});
/** One OpenSSH known_hosts line: host patterns, a key type and a base64 key. */
const KNOWN_HOSTS_PATTERN = '^[^\\s#][^\\s]*\\s+(?:ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com)\\s+[A-Za-z0-9+/]+={0,3}(?:\\s+[^\\r\\n]*)?$';
const script = (title, description, example) => string(undefined, {
    title,
    description,
    examples: [example],
    pattern: '\\S',
    patternHint: `has no commands: write the script, e.g. \`${example}\``,
});
const health = {
    kind: 'object',
    title: 'a health check',
    description: 'How to tell the new release works, after it started: an HTTP `url` answering `status`, or ' +
        'a `command` exiting 0; tried every `interval-seconds` up to `retries` times.',
    examples: [{ url: 'http://127.0.0.1:8080/health' }, { command: 'systemctl is-active catalog' }],
    requireOneOf: {
        keys: ['url', 'command'],
        hint: 'add `url: http://127.0.0.1:8080/health` or `command: ./healthy.sh`',
    },
    fields: {
        url: string(undefined, {
            title: 'an http(s) URL',
            description: 'Fetched with GET; healthy when it answers `status`.',
            examples: ['http://127.0.0.1:8080/health'],
            pattern: '^https?://[^\\s]+$',
            patternHint: 'is not an http(s) URL: write e.g. `http://127.0.0.1:8080/health`',
        }),
        status: {
            kind: 'number',
            integer: true,
            min: 100,
            max: 599,
            rangeHint: 'use an HTTP status code, e.g. `200`',
            title: 'an HTTP status',
            description: 'The status a healthy `url` answers. Default: 200.',
            examples: [200],
            default: 200,
        },
        command: script('a bash script', 'Healthy when it exits 0.', 'curl -fsS http://127.0.0.1:8080/health'),
        'timeout-seconds': seconds('a timeout', 'How long one try may take.', 5, 300),
        'interval-seconds': seconds('an interval', 'How long to wait between tries.', 2, 300),
        retries: {
            kind: 'number',
            integer: true,
            min: 1,
            max: 1000,
            rangeHint: 'try at least once, e.g. `retries: 10`',
            title: 'a number of tries',
            description: 'How many tries before the release is declared unhealthy. Default: 10.',
            examples: [10],
            default: 10,
        },
    },
};
/** What every driver's environment has, whatever it deploys to. */
const environmentFields = {
    stage: string('name', {
        entry: 'stage',
        title: 'a stage name',
        description: 'The pipeline stage that feeds this environment: only a digest the ledger shows has entered ' +
            'that stage, and is not rejected, may be deployed here. Absent: a sandbox that accepts any ' +
            'built artifact.',
        examples: ['uat'],
    }),
    start: script('a bash script', 'Starts or restarts a service after its release became current, with MSDEPLOY_* variables ' +
        '(docs/deploy.md). A service may override it.', 'systemctl restart "$MSDEPLOY_SERVICE"'),
    health,
    secrets: {
        kind: 'list',
        title: 'a list of secret names',
        description: 'Names of the secrets this environment may use in configuration (`${secret:NAME}`). ' +
            "Values come from the runner's environment (GitHub secrets mapped in `env:`), never from " +
            'the repository.',
        examples: [['DB_PASSWORD']],
        unique: true,
        items: string(undefined, {
            title: 'a secret name',
            description: 'An environment variable name.',
            examples: ['DB_PASSWORD'],
            pattern: ENV_NAME_PATTERN,
            patternHint: 'is not a secret name: use letters, digits and `_`, not starting with a digit, e.g. `DB_PASSWORD`',
        }),
    },
    keep: {
        kind: 'number',
        integer: true,
        min: 1,
        max: 100,
        rangeHint: 'keep at least one release to roll back to, e.g. `keep: 5`',
        title: 'a number of releases',
        description: 'How many releases of each service to keep on a target. Default: 5.',
        examples: [5],
        default: 5,
    },
};
/** How one service is placed in an environment. */
const placement = (withHosts) => ({
    kind: 'object',
    title: 'a service placement',
    description: 'Where and how the service runs in this environment: its directory, port and unit, its ' +
        'configuration files, and a start script or health check of its own.',
    examples: [{ port: 8080, config: ['config/catalog/base.yml', 'config/catalog/staging.yml'] }],
    fields: {
        ...(withHosts && {
            hosts: {
                kind: 'list',
                title: 'a list of host names',
                description: 'The hosts (keys of `hosts`) the service is deployed to. Default: every host.',
                examples: [['web-1', 'web-2']],
                unique: true,
                minItems: 1,
                minItemsHint: 'name at least one host, or remove `hosts` to deploy to every host',
                items: string('ref', {
                    title: 'a host name',
                    description: "A key of the environment's `hosts`.",
                    examples: ['web-1'],
                }),
            },
        }),
        dir: string('name', {
            entry: 'directory',
            title: 'a directory name',
            description: "The directory under the base that holds the service's releases. Default: the service name.",
            examples: ['catalog'],
        }),
        port: port('a port', 'The port the service listens on (MSDEPLOY_PORT for the start script).'),
        unit: string(undefined, {
            title: 'a unit name',
            description: 'A service manager unit (MSDEPLOY_UNIT for the start script), e.g. `catalog.service`.',
            examples: ['catalog.service'],
            pattern: '^[A-Za-z0-9@_.:-]{1,200}$',
            patternHint: 'is not a unit name: use letters, digits, `@`, `_`, `.`, `:` and `-`',
        }),
        config: {
            kind: 'list',
            title: 'a list of configuration files',
            description: 'The configuration files merged for this service, in order (later files win). Default: ' +
                '`config/<service>/base.yml` then `config/<service>/<environment>.yml`, those that exist.',
            examples: [['config/catalog/base.yml', 'config/catalog/staging.yml']],
            unique: true,
            items: string(undefined, {
                title: 'a file in the repository',
                description: 'A repo-relative path.',
                examples: ['config/catalog/base.yml'],
                pattern: INSIDE_REPO_PATTERN,
                patternHint: 'must be a path inside the repository, e.g. `config/catalog/base.yml`',
            }),
        },
        start: environmentFields.start,
        health,
    },
});
const absoluteDir = (description) => string(undefined, {
    title: 'an absolute directory',
    description,
    examples: ['/srv/shop'],
    pattern: ABSOLUTE_DIR_PATTERN,
    patternHint: 'is not an absolute directory: write e.g. `/srv/shop`, without spaces or `..`',
});
const servicesMap = (withHosts) => ({
    kind: 'map',
    entry: 'service',
    title: 'a map of services',
    description: 'The services deployed to this environment, by name, and how each is placed.',
    minEntries: 1,
    minEntriesHint: 'place at least one service, e.g. `services: {catalog: {}}`',
    values: placement(withHosts),
});
const environment = {
    kind: 'union',
    discriminator: 'driver',
    title: 'an environment',
    description: "Where releases go and how: `local` (this machine's filesystem), `ssh` (remote hosts, the " +
        'same layout) or `command` (a script of yours: Kubernetes, a PaaS, a cloud CLI).',
    variants: {
        local: {
            kind: 'object',
            title: 'the local driver',
            description: "Releases on this machine's filesystem, under `base`.",
            examples: [{ base: '/tmp/shop', services: { web: {} } }],
            required: ['base', 'services'],
            fields: {
                base: absoluteDir("Where the services' releases go: `<base>/<service>/releases/…`."),
                'dpkg-root': absoluteDir('For `deb` artifacts: the root directory `dpkg -i --root` installs the live release ' +
                    'into (kept with the release, so a rollback installs the earlier package again).'),
                services: servicesMap(false),
                ...environmentFields,
            },
        },
        ssh: {
            kind: 'object',
            title: 'the ssh driver',
            description: 'Releases on remote hosts over the system OpenSSH client, with the same layout under `base`.',
            examples: [
                {
                    base: '/srv/shop',
                    hosts: {
                        'web-1': {
                            address: '10.0.0.5',
                            user: 'deploy',
                            'known-hosts': '10.0.0.5 ssh-ed25519 AAAAC3Nza…',
                        },
                    },
                    services: { catalog: {} },
                },
            ],
            required: ['base', 'hosts', 'services'],
            fields: {
                base: absoluteDir("Where the services' releases go on each host."),
                hosts: {
                    kind: 'map',
                    entry: 'host',
                    title: 'a map of hosts',
                    description: 'The hosts of this environment, by a name of your choice.',
                    minEntries: 1,
                    minEntriesHint: 'declare at least one host',
                    values: {
                        kind: 'object',
                        title: 'a host',
                        description: 'How to reach one host.',
                        examples: [
                            {
                                address: '10.0.0.5',
                                user: 'deploy',
                                'known-hosts': '10.0.0.5 ssh-ed25519 AAAAC3Nza…',
                            },
                        ],
                        required: ['address', 'user', 'known-hosts'],
                        fields: {
                            address: string(undefined, {
                                title: 'a host address',
                                description: 'A DNS name or IP address (an ssh config `Host` alias works too).',
                                examples: ['10.0.0.5'],
                                pattern: '^[A-Za-z0-9][A-Za-z0-9.:_-]{0,252}$',
                                patternHint: 'is not a host address: write a DNS name or an IP address, e.g. `10.0.0.5`',
                            }),
                            user: string(undefined, {
                                title: 'a user name',
                                description: 'The account to log in as.',
                                examples: ['deploy'],
                                pattern: '^[a-z_][a-z0-9_.-]{0,31}$',
                                patternHint: 'is not a user name: use lowercase letters, digits, `_`, `.` and `-`, e.g. `deploy`',
                            }),
                            port: port('an ssh port', 'The ssh port. Default: 22.'),
                            'known-hosts': {
                                kind: 'list',
                                title: 'a list of known_hosts lines',
                                description: "The host's keys as OpenSSH known_hosts lines (`ssh-keyscan -t ed25519 <host>`, " +
                                    'checked out of band): the connection is refused when the host shows another key.',
                                examples: [['10.0.0.5 ssh-ed25519 AAAAC3Nza…']],
                                minItems: 1,
                                minItemsHint: "add the host's key, e.g. the output of `ssh-keyscan -t ed25519 10.0.0.5`",
                                items: string(undefined, {
                                    title: 'a known_hosts line',
                                    description: '`<host> <key type> <base64 key>`.',
                                    examples: ['10.0.0.5 ssh-ed25519 AAAAC3Nza…'],
                                    pattern: KNOWN_HOSTS_PATTERN,
                                    patternHint: 'is not a known_hosts line: write `<host> <key type> <base64 key>`, e.g. the output of `ssh-keyscan -t ed25519 <host>`',
                                }),
                            },
                        },
                    },
                },
                parallel: {
                    kind: 'number',
                    integer: true,
                    min: 1,
                    max: 256,
                    rangeHint: 'deploy to at least one host at a time, e.g. `parallel: 4`',
                    title: 'a number of hosts',
                    description: 'How many hosts are deployed to at once. Default: 4.',
                    examples: [4],
                    default: 4,
                },
                services: servicesMap(true),
                ...environmentFields,
            },
        },
        command: {
            kind: 'object',
            title: 'the command driver',
            description: 'Deploys by running `run` with the verified artifact and the resolved config as files ' +
                '(MSDEPLOY_ARTIFACT, MSDEPLOY_CONFIG…): the way to Kubernetes, a PaaS or a cloud CLI.',
            examples: [{ run: './deploy/k8s.sh', services: { catalog: {} } }],
            required: ['run', 'services'],
            fields: {
                run: script('a bash script', 'Deploys one service; a failing command fails the deploy.', './deploy/k8s.sh'),
                env: envNames('`run`, `start` and `health` (e.g. `KUBECONFIG`, a cloud CLI profile)'),
                services: servicesMap(false),
                ...environmentFields,
            },
        },
    },
};
const library = component('library', { 'depends-on': dependsOn('library') });
const service = component('service', {
    'depends-on': dependsOn('service'),
    build,
    pipeline: servicePipeline,
});
/** How names are documented; `entry` is what the name names (`service`, `release group`). */
const nameDoc = (entry) => ({
    title: `${/^[aeiou]/.test(entry) ? 'an' : 'a'} ${entry} name`,
    description: `1–63 lowercase letters, digits and \`-\`, starting with a letter or digit.`,
    examples: [entry === 'release group' ? 'storefront' : 'catalog'],
});
const manifestSpec = {
    kind: 'object',
    title: 'msdeploy manifest',
    description: 'msdeploy.yml at the repository root: the services and libraries of the repository, the ' +
        'files that affect every service, and the services that ship together.',
    requireOneOf: {
        keys: ['services', 'name'],
        hint: 'add a `services` map, or add `name: <service>` to make the whole repository one ' +
            'service with that name',
    },
    fields: {
        version: {
            kind: 'const',
            value: 1,
            title: 'the manifest format version 1',
            description: 'The manifest format version. Optional; only `1` exists.',
            examples: [1],
        },
        name: string('name', {
            title: 'a project name',
            description: 'The project name. Required when there is no `services` map: the repository is then ' +
                'one service with this name and path `.`. ' +
                nameDoc('project').description,
            examples: ['shop'],
        }),
        build: {
            ...build,
            description: 'How to build the artifact of a single-service repository (one without `services`); ' +
                'with `services`, each service has its own `build`. ' +
                build.description,
        },
        global: patternList({
            title: 'a list of glob patterns',
            description: 'Files whose change affects every service (lock files, CI workflows). The manifest ' +
                'itself is always included.',
            examples: [['package-lock.json', '.github/workflows/**']],
        }),
        libraries: {
            kind: 'map',
            entry: 'library',
            title: 'a map of libraries',
            description: 'Shared code, by library name. Libraries may depend on other libraries only.',
            values: library,
        },
        services: {
            kind: 'map',
            entry: 'service',
            title: 'a map of services',
            description: 'The deployable units, by service name.',
            minEntries: 1,
            minEntriesHint: 'declare at least one service, or remove `services` and set `name` to make the whole ' +
                'repository one service',
            values: service,
        },
        pipeline,
        environments: {
            kind: 'map',
            entry: 'environment',
            title: 'a map of environments',
            description: 'Where services are deployed, by environment name: the driver, the targets, how each ' +
                'service is placed, configured, started and checked. See docs/deploy.md.',
            values: environment,
        },
        'release-groups': {
            kind: 'map',
            entry: 'release group',
            title: 'a map of release groups',
            description: 'Services that ship together, by group name: when one member is affected, all are. ' +
                'A service belongs to at most one group.',
            values: {
                kind: 'list',
                title: 'a list of service names',
                description: 'The services in this group (at least two).',
                examples: [['web', 'catalog']],
                unique: true,
                minItems: 2,
                minItemsHint: 'a group ships several services together, so add another service or delete the group',
                items: string('ref', {
                    title: 'a service name',
                    description: 'A name declared under `services`.',
                    examples: ['web'],
                }),
            },
        },
    },
};
/** The example from docs/manifest.md, also published in the schema's `examples`. */
const exampleManifest = {
    version: 1,
    name: 'shop',
    global: ['package-lock.json', '.github/workflows/**'],
    libraries: {
        common: {
            path: 'libs/common',
            include: ['proto/common/**', '!libs/common/**/*.md'],
            'depends-on': ['money'],
        },
        money: { path: 'libs/money' },
    },
    services: {
        catalog: {
            path: 'services/catalog',
            include: ['!services/catalog/docs/**'],
            'depends-on': ['common', 'payments'],
            build: {
                run: 'npm ci\nnpm test\nnpm run build\n',
                output: 'dist',
                version: '1.4',
                tests: ['reports/junit*.xml'],
            },
        },
        payments: {
            path: 'services/payments',
            build: {
                run: './build.sh',
                output: 'dist',
                kind: 'deb',
                deb: {
                    maintainer: 'Shop Team <ops@example.com>',
                    package: 'shop-payments',
                    depends: ['nodejs (>= 20)'],
                },
            },
            pipeline: { override: { production: { approvers: ['carol', 'dave'] } } },
        },
        web: {
            path: 'services/web',
            'depends-on': ['catalog'],
            build: { run: 'npm ci && npm run build', output: 'build' },
        },
    },
    pipeline: {
        stages: [
            { name: 'commit' },
            { name: 'acceptance' },
            { name: 'uat', environment: 'staging' },
            { name: 'production', environment: 'production', approvers: ['@acme/release-managers'] },
        ],
    },
    'release-groups': { storefront: ['web', 'catalog'] },
};


/***/ }),

/***/ 87211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/** "Did you mean …?" for misspelt keys and names. */
/**
 * The candidate closest to `input`, or undefined when none is close enough to be a plausible
 * typo. Case, `_` versus `-`, and a missing `-` are forgiven before the edit distance counts.
 */
function closest(input, candidates) {
    const wanted = fold(input);
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const c = fold(candidate);
        const d = c === wanted ? 0 : editDistance(wanted, c);
        // Allow about one typo per three characters, and at least one.
        const limit = Math.max(1, Math.floor(Math.max(wanted.length, c.length) / 3));
        if (d <= limit && d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** "did you mean `x`?" for the closest candidate, or undefined when nothing is close. */
function didYouMean(input, candidates) {
    const hit = closest(input, candidates);
    return hit === undefined ? undefined : `did you mean \`${hit}\`?`;
}
const fold = (s) => s.toLowerCase().replace(/[_\s]/g, '-').replace(/-/g, '');
/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
function editDistance(a, b) {
    if (a === b)
        return 0;
    if (a.length === 0)
        return b.length;
    if (b.length === 0)
        return a.length;
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


/***/ }),

/***/ 14990:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* unused harmony export isStrictlyInside */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** Containment of resolved paths: the one check behind every "must stay inside" rule. */

/** `p` is `root` itself or below it (both absolute and resolved as far as the caller needs). */
function isInside(root, p) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, p);
    return rel === '' || !(rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel));
}
/** `p` is below `root`, not `root` itself. */
function isStrictlyInside(root, p) {
    return relative(root, p) !== '' && isInside(root, p);
}


/***/ }),

/***/ 43622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aH: () => (/* binding */ PromotionRefused),
/* harmony export */   io: () => (/* binding */ decideRejection)
/* harmony export */ });
/* unused harmony exports decidePromotion, decideHold, decideRelease, replay */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(87652);



/** The rules said no; nothing was written. Exits with ExitCode.refused (4). */
class PromotionRefused extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MsdeployError */ .g9 {
    constructor(message) {
        super(message, { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.refused });
    }
}
function decidePromotion(state, service, to, artifact, origin, approval) {
    const { stage, index } = findStage(service, to);
    const { digest } = artifact;
    const who = `${service.name} ${artifact.version} (${digest})`;
    const known = artifactState(state, service.name, digest);
    if (known?.rejected) {
        throw new PromotionRefused(`${who} was rejected by ${known.rejected.by} at ${known.rejected.at} ` +
            `(${JSON.stringify(known.rejected.reason)}): a rejected artifact is never promoted again. ` +
            'Build and promote a new version.');
    }
    const current = stageState(state, service.name, stage.name);
    if (current.digest === digest) {
        return {
            kind: 'noop',
            message: `${who} is already in \`${stage.name}\` since ${current.since} (moved by ${current.by}): nothing to do.`,
        };
    }
    if (current.held) {
        throw new PromotionRefused(`\`${stage.name}\` of ${service.name} is held by ${current.held.by} since ${current.held.at} ` +
            `(${JSON.stringify(current.held.reason)}): nothing enters it until it is released ` +
            `(msdeploy release ${service.name} --stage ${stage.name}).`);
    }
    const from = index === 0 ? null : service.stages[index - 1].name;
    if (from !== null && !known?.entered[from]) {
        throw new PromotionRefused(`${who} has not passed \`${from}\`, the stage before \`${stage.name}\`; ${whereIs(service, known?.entered)}. ` +
            `Promote it to \`${from}\` first.`);
    }
    const earlier = known?.entered[stage.name];
    if (earlier && !origin.actor.person) {
        // A re-run of an old pipeline run would otherwise roll the stage back behind everyone's back.
        throw new PromotionRefused(`${who} already entered \`${stage.name}\` at ${earlier.at} and was superseded by ` +
            `${current.version ?? 'another artifact'}: the pipeline never moves a stage back. A person ` +
            'can (a workflow_dispatch run, or the CLI).');
    }
    if (stage.promote === 'manual')
        checkPerson(service, stage, origin.actor, approval);
    return {
        kind: 'append',
        record: record(state, 'promoted', service.name, origin, {
            stage: stage.name,
            version: artifact.version,
            digest,
            previous: current.digest,
            from,
            commit: artifact.commit,
            artifact: artifact.artifact,
        }),
    };
}
function decideHold(state, service, stageName, origin) {
    const { stage } = findStage(service, stageName);
    requireReason(origin, 'hold');
    const current = stageState(state, service.name, stage.name);
    if (current.held) {
        return {
            kind: 'noop',
            message: `\`${stage.name}\` of ${service.name} is already held by ${current.held.by} since ${current.held.at} (${JSON.stringify(current.held.reason)}): nothing to do.`,
        };
    }
    return {
        kind: 'append',
        record: record(state, 'held', service.name, origin, {
            stage: stage.name,
            version: current.version,
            digest: current.digest,
        }),
    };
}
function decideRelease(state, service, stageName, origin) {
    const { stage } = findStage(service, stageName);
    const current = stageState(state, service.name, stage.name);
    if (!current.held) {
        return {
            kind: 'noop',
            message: `\`${stage.name}\` of ${service.name} is not held: nothing to do.`,
        };
    }
    return {
        kind: 'append',
        record: record(state, 'released', service.name, origin, {
            stage: stage.name,
            version: current.version,
            digest: current.digest,
        }),
    };
}
function decideRejection(state, service, artifact, origin) {
    requireReason(origin, 'reject');
    const known = (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .artifactState */ .iw)(state, service.name, artifact.digest);
    if (known?.rejected) {
        return {
            kind: 'noop',
            message: `${service.name} ${artifact.version} (${artifact.digest}) is already rejected by ${known.rejected.by} since ${known.rejected.at}: nothing to do.`,
        };
    }
    return {
        kind: 'append',
        record: record(state, 'rejected', service.name, origin, {
            version: artifact.version,
            digest: artifact.digest,
            commit: artifact.commit,
            artifact: artifact.artifact,
        }),
    };
}
function findStage(service, name) {
    const index = service.stages.findIndex((s) => s.name === name);
    if (index < 0) {
        const names = service.stages.map((s) => s.name);
        const hint = didYouMean(name, names) ?? `its stages are ${names.join(' → ')}`;
        throw new PromotionRefused(`${service.name} has no stage ${JSON.stringify(name)}: ${hint}.`.replace(/\?\.$/, '?'));
    }
    return { stage: service.stages[index], index };
}
/** "it is in `commit` since …": the furthest stage the artifact entered, in pipeline order. */
function whereIs(service, entered) {
    const furthest = [...service.stages].reverse().find((s) => entered?.[s.name]);
    if (!furthest)
        return `it has not entered any stage yet (the first is \`${service.stages[0].name}\`)`;
    return `it is in \`${furthest.name}\` since ${entered[furthest.name].at}`;
}
function checkPerson(service, stage, actor, approval) {
    const into = `\`${stage.name}\` of ${service.name} is a manual stage`;
    if (!actor.person) {
        const how = actor.via === 'workflow'
            ? `this run was started by an event, not by a person (a workflow_dispatch run or the CLI)`
            : `${actor.name} is a bot`;
        throw new PromotionRefused(`${into}: a person must promote into it, and ${how}.`);
    }
    if (stage.approvers.length > 0 && !approval.approver) {
        throw new PromotionRefused(`${into}: only ${stage.approvers.join(', ')} may promote into it, and ${actor.name} is not one of them.`);
    }
    if (approval.author && !stage.allowSelfApproval) {
        throw new PromotionRefused(`${into}: ${actor.name} wrote the artifact's commit and may not approve it (four eyes); ` +
            'ask another person, or set `allow-self-approval: true` on the stage.');
    }
}
function requireReason(origin, what) {
    if (origin.reason === null || origin.reason.trim() === '') {
        throw new PromotionRefused(`A ${what} needs a reason, recorded in the ledger for whoever comes next: give one (--reason).`);
    }
}
function record(state, kind, service, origin, fields) {
    return {
        v: 1,
        seq: state.records + 1,
        kind,
        service,
        stage: fields.stage ?? null,
        version: fields.version ?? null,
        digest: fields.digest ?? null,
        previous: fields.previous ?? null,
        from: fields.from ?? null,
        actor: origin.actor.name,
        via: origin.actor.via,
        at: origin.at,
        reason: origin.reason,
        run: origin.run,
        commit: fields.commit ?? null,
        artifact: fields.artifact ?? null,
    };
}
/**
 * Checks a whole history: every record is the next in sequence, and every promotion was allowed
 * by the stage order against the state before it. Returns the state it adds up to. Used to
 * audit a ledger (and by the tests that race promoters against one origin).
 */
function replay(records, stagesOf) {
    let state = emptyState();
    for (const r of records) {
        if (r.kind === 'promoted') {
            const stages = stagesOf(r.service);
            const i = stages.indexOf(r.stage ?? '');
            if (i < 0)
                throw new Error(`record ${r.seq}: ${r.service} has no stage ${r.stage}`);
            const known = artifactState(state, r.service, r.digest);
            if (i > 0 && !known?.entered[stages[i - 1]]) {
                throw new Error(`record ${r.seq}: ${r.digest} skipped ${stages[i - 1]} of ${r.service}`);
            }
            if (known?.rejected)
                throw new Error(`record ${r.seq}: ${r.digest} was rejected`);
            const current = serviceState(state, r.service).stages[r.stage];
            if (current?.held)
                throw new Error(`record ${r.seq}: ${r.stage} was held`);
            if ((current?.digest ?? null) !== r.previous) {
                throw new Error(`record ${r.seq}: previous ${r.previous} but the stage held ${current?.digest}`);
            }
        }
        state = applyRecord(state, r);
    }
    return state;
}


/***/ }),

/***/ 87652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GB: () => (/* binding */ NotALedgerError),
  S7: () => (/* binding */ applyRecord),
  iw: () => (/* binding */ artifactState),
  DY: () => (/* binding */ deploymentState),
  p$: () => (/* binding */ emptyState),
  Bu: () => (/* binding */ parseState),
  sU: () => (/* binding */ serializeState),
  Lj: () => (/* binding */ serviceState),
  M_: () => (/* binding */ stageState)
});

// UNUSED EXPORTS: emptyStage

// EXTERNAL MODULE: ./src/core/artifact/digest.ts
var artifact_digest = __nccwpck_require__(47576);
// EXTERNAL MODULE: ./src/core/manifest/spec.ts
var spec = __nccwpck_require__(17882);
;// CONCATENATED MODULE: ./src/core/promotion/types.ts
const LEDGER_FORMAT = 'msdeploy-ledger';

;// CONCATENATED MODULE: ./src/core/promotion/state.ts
/**
 * The ledger state as a pure fold over records: `applyRecord(state, record)` is the only way a
 * state changes, so the state in a commit's tree is always what its history adds up to.
 */



/** The ref holds something that is not an msdeploy ledger: it is never overwritten. */
class NotALedgerError extends Error {
    constructor(where, why) {
        super(`${where} is not an msdeploy ledger (${why}); refusing to read or overwrite it. Point ` +
            '`pipeline.ledger.ref` (or the ledger-ref input) at another ref, or move that ref away.');
        this.name = 'NotALedgerError';
    }
}
function emptyState() {
    return { format: LEDGER_FORMAT, v: 1, records: 0, services: {} };
}
function emptyStage() {
    return { digest: null, version: null, since: null, by: null, seq: null, held: null };
}
/** The service's state, or an empty one (a service the ledger has not seen yet). */
function serviceState(state, service) {
    return own(state.services, service) ?? { stages: {}, artifacts: {} };
}
function stageState(state, service, stage) {
    return own(serviceState(state, service).stages, stage) ?? emptyStage();
}
function artifactState(state, service, digest) {
    return own(serviceState(state, service).artifacts, digest);
}
/** A new state with `record` applied; `record.seq` must be the next number. */
function applyRecord(state, record) {
    if (record.seq !== state.records + 1) {
        throw new Error(`internal: ledger record ${record.seq} applied to a state of ${state.records} records`);
    }
    const next = structuredClone(state);
    next.records = record.seq;
    const svc = (next.services[record.service] ??= { stages: {}, artifacts: {} });
    const stamp = { at: record.at, by: record.actor, seq: record.seq };
    switch (record.kind) {
        case 'promoted': {
            const { stage, digest, version } = need(record, 'stage', 'digest', 'version');
            const current = (svc.stages[stage] ??= emptyStage());
            Object.assign(current, {
                digest,
                version,
                since: record.at,
                by: record.actor,
                seq: record.seq,
            });
            const artifact = (svc.artifacts[digest] ??= newArtifact(version));
            artifact.commit ??= record.commit;
            artifact.artifact ??= record.artifact;
            artifact.entered[stage] = stamp;
            break;
        }
        case 'held': {
            const { stage } = need(record, 'stage');
            (svc.stages[stage] ??= emptyStage()).held = { ...stamp, reason: record.reason ?? '' };
            break;
        }
        case 'released': {
            const { stage } = need(record, 'stage');
            (svc.stages[stage] ??= emptyStage()).held = null;
            break;
        }
        case 'rejected': {
            const { digest, version } = need(record, 'digest', 'version');
            const artifact = (svc.artifacts[digest] ??= newArtifact(version));
            artifact.rejected = { ...stamp, reason: record.reason ?? '' };
            break;
        }
        case 'deploying': {
            const d = deployment(next, record);
            if (!record.lease)
                throw new Error('internal: a deploying record without a lease');
            d.lease = { ...record.lease, seq: record.seq };
            break;
        }
        case 'deployed':
        case 'rolled-back': {
            const d = deployment(next, record);
            if (record.kind === 'rolled-back' && record.digest === null) {
                // The first release failed and there was nothing to go back to.
                Object.assign(d, { live: null, previous: null, lease: null });
                break;
            }
            const { digest, version } = need(record, 'digest', 'version');
            const live = {
                digest,
                version,
                config: record.config ?? null,
                release: record.release ?? version,
                since: record.at,
                by: record.actor,
                seq: record.seq,
            };
            // A deploy keeps what it replaced as the rollback target; a rollback goes back to it,
            // and the release it abandoned is no target for the next one.
            if (record.kind === 'deployed' && d.live?.release !== live.release)
                d.previous = d.live;
            if (record.kind === 'rolled-back')
                d.previous = null;
            d.live = live;
            d.lease = null;
            break;
        }
    }
    return next;
}
/** The deployment state a deploy record is about, created on first use. */
function deployment(state, record) {
    if (!record.environment)
        throw new Error(`internal: a ${record.kind} record without environment`);
    const envs = (state.environments ??= {});
    const env = (envs[record.environment] ??= {});
    return (env[record.service] ??= { live: null, previous: null, lease: null });
}
/** The deployment of `service` in `environment`, or an empty one. */
function deploymentState(state, environment, service) {
    const env = state.environments && own(state.environments, environment);
    return (env && own(env, service)) ?? { live: null, previous: null, lease: null };
}
function newArtifact(version) {
    return { version, commit: null, artifact: null, entered: {}, rejected: null };
}
function need(record, ...keys) {
    for (const k of keys) {
        if (record[k] === null)
            throw new Error(`internal: a ${record.kind} record without ${k}`);
    }
    return record;
}
/** `state.json`: sorted keys and a trailing newline, so equal states are equal bytes. */
function serializeState(state) {
    return JSON.stringify(sortKeys(state), null, 1) + '\n';
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        out[key] = sortKeys(value[key]);
    }
    return out;
}
/**
 * Reads `state.json` of a ledger commit, checking enough of its shape that a ref holding
 * something else (or a hand-edited state) is refused rather than built upon.
 */
function parseState(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new NotALedgerError(where, `state.json is not JSON: ${e.message}`);
    }
    const fail = (why) => {
        throw new NotALedgerError(where, why);
    };
    if (!isObject(value) || value.format !== LEDGER_FORMAT) {
        fail(`state.json has no "format": "${LEDGER_FORMAT}"`);
    }
    const state = value;
    if (state.v !== 1)
        fail(`state.json is format version ${String(state.v)}, this msdeploy reads 1`);
    if (!Number.isSafeInteger(state.records) || state.records < 0)
        fail('"records" is not a count');
    if (!isObject(state.services))
        fail('"services" is not an object');
    for (const [service, svc] of Object.entries(state.services)) {
        if (!spec/* NAME_RE */.eF.test(service))
            fail(`service ${JSON.stringify(service)} is not a service name`);
        if (!isObject(svc) || !isObject(svc.stages) || !isObject(svc.artifacts)) {
            fail(`service ${service} has no stages and artifacts`);
        }
        for (const [stage, st] of Object.entries(svc.stages)) {
            if (!spec/* NAME_RE */.eF.test(stage) || !isObject(st))
                fail(`${service} has a bad stage ${JSON.stringify(stage)}`);
            if (st.digest !== null && !(0,artifact_digest/* isDigest */.Bc)(String(st.digest)))
                fail(`${service}/${stage} holds no digest`);
        }
        for (const [digest, a] of Object.entries(svc.artifacts)) {
            if (!(0,artifact_digest/* isDigest */.Bc)(digest) || !isObject(a) || !isObject(a.entered)) {
                fail(`${service} has a bad artifact ${JSON.stringify(digest)}`);
            }
        }
    }
    if (state.environments !== undefined) {
        if (!isObject(state.environments))
            fail('"environments" is not an object');
        for (const [env, services] of Object.entries(state.environments)) {
            if (!spec/* NAME_RE */.eF.test(env) || !isObject(services))
                fail(`bad environment ${JSON.stringify(env)}`);
            for (const [service, d] of Object.entries(services)) {
                if (!spec/* NAME_RE */.eF.test(service) || !isObject(d))
                    fail(`bad deployment ${env}/${service}`);
            }
        }
    }
    return state;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** An own property only: state keys come from a file, and `constructor` is not a stage. */
function own(map, key) {
    return Object.hasOwn(map, key) ? map[key] : undefined;
}


/***/ }),

/***/ 41634:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ deploySummary)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(34201);
/** The deploy-env step summary: what went where, per target, each step with its time, and any rollback. */

function deploySummary(d) {
    const head = d.failed
        ? d.rolledBack
            ? `### ✗ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.service)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.environment)}: failed, rolled back`
            : `### ✗ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.service)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.environment)}: failed`
        : d.changed
            ? `### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.service)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.environment)}`
            : `### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.service)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.environment)}: already live`;
    const parts = [head, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.message), ''];
    parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Release', 'Artifact', 'Config', 'Was', 'URL'], [
        [
            `<code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.release)}</code>`,
            `<code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.digest.slice(0, 19))}</code>`,
            `<code>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.configDigest.slice(0, 19))}</code>`,
            d.previousVersion ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.previousVersion) : '—',
            d.url ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(d.url) : '',
        ],
    ]));
    for (const t of d.targets) {
        parts.push('', `#### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(t.target)}${t.previous ? ` (was ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(t.previous)})` : ''}`, '');
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Step', '', 'Detail', 'Time'], t.steps.map((s) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(s.step), s.ok ? '✓' : '✗', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.md)(s.detail), `${s.ms} ms`])));
    }
    return parts.join('\n') + '\n';
}


/***/ }),

/***/ 34201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mW: () => (/* binding */ fitSummary),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony exports showInvisible, mdCode, SUMMARY_BUDGET_BYTES, clip, shortSha */
/** Markdown helpers that make untrusted text (file and branch names) inert in GitHub Markdown. */
const ENTITY = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '~': '&#126;',
    $: '&#36;',
    '@': '&#64;',
    ':': '&#58;',
};
/**
 * Characters that draw nothing or reorder what is drawn: Unicode format characters (bidi
 * embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, zero-width U+200B–U+200D,
 * U+2060, U+FEFF, soft hyphen, …), line and paragraph separators, and C1 controls.
 */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\u0080-\u009f]/gu;
/**
 * Untrusted text with every invisible character shown as `<U+XXXX>`: `svc/rtl\u202Egpj.exe`
 * would display as `svc/rtlexe.jpg`; it reads `svc/rtl<U+202E>gpj.exe`. For Markdown, terminals
 * and workflow outputs alike.
 */
function showInvisible(text) {
    return text.replace(INVISIBLE, (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
/**
 * Escape text for a Markdown table cell or paragraph: every character with Markdown, HTML,
 * table, math or mention meaning becomes an entity, as does the `:` of a `scheme://` autolink
 * (`(` and `)` are inert once `[` and `]` are), line breaks become a visible `␤`, and invisible
 * characters are spelled out ({@link showInvisible}).
 */
function md(text) {
    const escaped = showInvisible(text)
        .replace(/[&<>"|`*_[\]\\~$@]|:(?=\/\/)/g, (c) => ENTITY[c])
        .replace(/\r?\n|\r/g, '␤');
    // A heading or list marker only means something at the start of a line: there is one line now.
    return escaped.replace(/^[#+-]/, (c) => `&#${c.charCodeAt(0)};`);
}
/** A file name shown as code: entities still apply inside <code>, unlike backtick spans. */
function mdCode(text) {
    return `<code>${md(text)}</code>`;
}
/** GitHub drops a step summary over 1 MiB whole: every summary we write stays under this. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** `text` cut to `max` characters with an ellipsis: one file name must not fill a summary. */
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/**
 * `markdown` if it fits in `budget` bytes of UTF-8, else cut at the last line break that fits,
 * with `note` (Markdown) after it saying what was left out and where to find it.
 */
function fitSummary(markdown, note = 'the rest of this summary was cut to stay under the 1 MiB GitHub allows a step summary.', budget = SUMMARY_BUDGET_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= budget)
        return markdown;
    const tail = `\n\n> [!NOTE]\n> _Truncated:_ ${note}\n`;
    const bytes = Buffer.from(markdown, 'utf8');
    const room = Math.max(0, budget - Buffer.byteLength(tail, 'utf8'));
    // Cut at a line break (a 0x0a byte is never inside a UTF-8 sequence), else at a character.
    let cut = bytes.lastIndexOf(0x0a, room);
    if (cut <= 0) {
        cut = room;
        while (cut > 0 && (bytes[cut] & 0xc0) === 0x80)
            cut--;
    }
    return `${bytes.toString('utf8', 0, cut)}${tail}`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : '';
}


/***/ }),

/***/ 45952:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   createGitHubApi: () => (/* binding */ createGitHubApi)
/* harmony export */ });
const DEFAULTS = {
    apiUrl: 'https://api.github.com',
    timeoutMs: 30_000,
    retries: 3,
    rateLimitRetries: 2,
    maxRateLimitWaitSeconds: 120,
    delayUnitMs: 1000,
};
/** Runs are listed newest first; the first page nearly always holds the answer. */
const RUNS_PER_PAGE = 20;
/** Lists read whole (deployments, their statuses): as few pages as GitHub allows. */
const FULL_PAGE = 100;
const MAX_REDIRECTS = 5;
/** The most artifacts of one name listArtifacts reads: one per run that uploaded it, newest first. */
const MAX_ARTIFACTS = 1000;
/** A failure explained for whoever reads the job log: what failed and what to do about it. */
class GitHubApiError extends Error {
    status;
    name = 'GitHubApiError';
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
function createGitHubApi(settings) {
    const s = {
        repository: settings.repository,
        apiUrl: settings.apiUrl ?? DEFAULTS.apiUrl,
        logger: settings.logger,
        timeoutMs: settings.timeoutMs ?? DEFAULTS.timeoutMs,
        retries: settings.retries ?? DEFAULTS.retries,
        rateLimitRetries: settings.rateLimitRetries ?? DEFAULTS.rateLimitRetries,
        maxRateLimitWaitSeconds: settings.maxRateLimitWaitSeconds ?? DEFAULTS.maxRateLimitWaitSeconds,
        delayUnitMs: settings.delayUnitMs ?? DEFAULTS.delayUnitMs,
    };
    let connection;
    const connect = () => (connection ??= open(settings.token, s));
    return {
        async lastSuccessfulRunHead({ workflowId, branch, excludeRunId }) {
            const { gh, owner, repo } = await connect();
            const hint = 'Check the workflow name and that the token may read Actions (`actions: read`).';
            return explained(s, 'GET workflow runs', hint, async () => {
                const pages = gh.paginate.iterator(gh.rest.actions.listWorkflowRuns, {
                    owner,
                    repo,
                    workflow_id: workflowId,
                    branch,
                    status: 'success',
                    per_page: RUNS_PER_PAGE,
                });
                for await (const { data } of pages) {
                    // A fork's pull request from its own `main` also matches `branch=main`; its head is
                    // not a commit of this repository.
                    const run = data.find((r) => r.id !== excludeRunId && r.head_repository?.id === r.repository.id);
                    if (run)
                        return run.head_sha; // stop paging
                }
                return undefined;
            });
        },
        async commitAuthorLogin(sha) {
            const { gh, owner, repo } = await connect();
            const hint = 'Check that the commit exists in the repository and the token may read it (`contents: read`).';
            return explained(s, `GET commit ${sha}`, hint, async () => {
                // The answer lists the commit's files too; one per page keeps a large commit's answer small.
                const { data } = await gh.rest.repos.getCommit({ owner, repo, ref: sha, per_page: 1 });
                // `author` is null when the commit's e-mail belongs to no GitHub account.
                return data.author?.login ?? undefined;
            });
        },
        async accountType(login) {
            const { gh } = await connect();
            return explained(s, `GET user ${login}`, 'Check the login.', async () => {
                try {
                    const { data } = await gh.rest.users.getByUsername({ username: login });
                    return data.type;
                }
                catch (err) {
                    if (statusOf(err) === 404)
                        return undefined; // no such account (renamed or deleted)
                    throw err;
                }
            });
        },
        async isTeamMember(org, team, login) {
            const { gh } = await connect();
            const hint = "Reading a team needs a token of the organization with `members: read` (a GitHub App installation token); the job's GITHUB_TOKEN cannot.";
            return explained(s, `GET team ${org}/${team} membership`, hint, async () => {
                try {
                    const { data } = await gh.rest.teams.getMembershipForUserInOrg({
                        org,
                        team_slug: team,
                        username: login,
                    });
                    return data.state === 'active'; // `pending`: invited, not yet a member
                }
                catch (err) {
                    // 404 is "not a member" — and also a team the token may not see; either way the answer
                    // refuses, which is the safe side. A 403 says the token cannot read the team at all:
                    // unknown, so the caller refuses too, with a better reason. A rate limit is no answer.
                    if (statusOf(err) === 404)
                        return false;
                    if (statusOf(err) === 403 && !isRateLimit(err)) {
                        s.logger?.debug(`GitHub API: the token cannot read team ${org}/${team} (403 ${err.message}). ${hint}`);
                        return undefined;
                    }
                    throw err;
                }
            });
        },
        async listDeployments({ environment, sha }) {
            const { gh, owner, repo } = await connect();
            return explained(s, 'GET deployments', DEPLOYMENTS_HINT, async () => {
                const list = await gh.paginate(gh.rest.repos.listDeployments, {
                    owner,
                    repo,
                    environment,
                    ...(sha !== undefined && { sha }),
                    per_page: FULL_PAGE,
                });
                return list.map(deploymentInfo); // GitHub lists them newest first
            });
        },
        async createDeployment(args) {
            const { gh, owner, repo } = await connect();
            return explained(s, 'POST deployment', DEPLOYMENTS_HINT, async () => {
                const res = await gh.rest.repos.createDeployment({
                    owner,
                    repo,
                    ref: args.sha,
                    environment: args.environment,
                    description: clip(args.description),
                    payload: args.payload,
                    task: args.task,
                    production_environment: args.productionEnvironment,
                    // A deployment here records what already happened: it must name the commit as is
                    // (never a merge of the default branch into it), and no commit status (pending CI,
                    // another stage's) may veto the record of a decision the ledger already made.
                    auto_merge: false,
                    required_contexts: [],
                });
                // 202 is GitHub's "merged the default branch instead", which auto_merge: false rules out.
                if (res.status !== 201 || !('id' in res.data)) {
                    throw new GitHubApiError(`GitHub API POST /repos/${owner}/${repo}/deployments answered ${res.status} without a deployment (${JSON.stringify(res.data).slice(0, 200)}).`, res.status);
                }
                return deploymentInfo(res.data);
            });
        },
        async listDeploymentStatuses(deploymentId) {
            const { gh, owner, repo } = await connect();
            return explained(s, 'GET deployment statuses', DEPLOYMENTS_HINT, async () => {
                const list = await gh.paginate(gh.rest.repos.listDeploymentStatuses, {
                    owner,
                    repo,
                    deployment_id: deploymentId,
                    per_page: FULL_PAGE,
                });
                return list.map((st) => ({ state: st.state })); // newest first, as GitHub lists them
            });
        },
        async createDeploymentStatus({ deploymentId, state, description, logUrl, environmentUrl, autoInactive, }) {
            const { gh, owner, repo } = await connect();
            await explained(s, 'POST deployment status', DEPLOYMENTS_HINT, async () => {
                await gh.rest.repos.createDeploymentStatus({
                    owner,
                    repo,
                    deployment_id: deploymentId,
                    state,
                    description: clip(description),
                    ...(logUrl !== undefined && { log_url: logUrl }),
                    ...(environmentUrl !== undefined && { environment_url: environmentUrl }),
                    ...(autoInactive !== undefined && { auto_inactive: autoInactive }),
                });
            });
        },
        async latestCommitStatus(sha, context) {
            const { gh, owner, repo } = await connect();
            const hint = 'The token needs `statuses: read`, and the commit must exist in the repository.';
            return explained(s, 'GET commit statuses', hint, async () => {
                // Newest first: stop paging at the first status of this context.
                const pages = gh.paginate.iterator(gh.rest.repos.listCommitStatusesForRef, {
                    owner,
                    repo,
                    ref: sha,
                    per_page: FULL_PAGE,
                });
                for await (const { data } of pages) {
                    const found = data.find((st) => st.context === context);
                    if (found)
                        return { state: found.state, description: found.description ?? null };
                }
                return undefined;
            });
        },
        async createCommitStatus({ sha, state, context, description, targetUrl }) {
            const { gh, owner, repo } = await connect();
            const hint = 'The token needs `statuses: write`, and the commit must exist in the repository.';
            await explained(s, 'POST commit status', hint, async () => {
                await gh.rest.repos.createCommitStatus({
                    owner,
                    repo,
                    sha,
                    state,
                    context,
                    description: clip(description),
                    ...(targetUrl !== undefined && { target_url: targetUrl }),
                });
            });
        },
        async listArtifacts({ name }) {
            const { gh, owner, repo } = await connect();
            const hint = 'Check that the token may read Actions (`actions: read`) on the repository.';
            return explained(s, `GET artifacts named ${name}`, hint, async () => {
                const pages = gh.paginate.iterator(gh.rest.actions.listArtifactsForRepo, {
                    owner,
                    repo,
                    name,
                    per_page: FULL_PAGE,
                });
                const found = [];
                for await (const { data } of pages) {
                    found.push(...data.map(artifactInfo));
                    if (found.length >= MAX_ARTIFACTS)
                        break; // stop paging
                }
                return found.slice(0, MAX_ARTIFACTS);
            });
        },
    };
}
function artifactInfo(a) {
    return {
        id: a.id,
        name: a.name,
        expired: a.expired,
        ...(a.workflow_run?.id !== undefined && { runId: a.workflow_run.id }),
        ...(a.created_at && { createdAt: a.created_at }),
        ...(a.digest && { digest: a.digest }),
    };
}
const DEPLOYMENTS_HINT = 'The token needs `deployments: write` (`permissions:` of the job), and the commit must exist in the repository.';
/** GitHub refuses a description (deployment, status) longer than 140 characters. */
const MAX_DESCRIPTION = 140;
function clip(text) {
    return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
function deploymentInfo(d) {
    return {
        id: d.id,
        sha: d.sha,
        environment: d.environment,
        task: d.task,
        payload: payloadObject(d.payload),
        createdAt: d.created_at,
    };
}
/**
 * GitHub returns a deployment's payload as it was sent: an object, or a string when a client
 * sent JSON text. Anything that is not a JSON object (someone else's free text) reads as `{}`.
 */
function payloadObject(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return {};
        }
    }
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function statusOf(err) {
    return typeof err === 'object' && err !== null ? err.status : undefined;
}
/** A rate-limit refusal (primary or secondary): not an answer about the thing asked. */
function isRateLimit(e) {
    if (e.status !== 403 && e.status !== 429)
        return false;
    return (e.response?.headers?.['x-ratelimit-remaining'] === '0' ||
        /\bsecondary rate\b/i.test(e.message ?? ''));
}
async function open(token, s) {
    if (!token) {
        throw new GitHubApiError('The GitHub API needs a token: pass `token: ${{ github.token }}` (it is the default).');
    }
    const [owner, repo, extra] = s.repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new GitHubApiError(`The GitHub API needs the repository as owner/name, got ${JSON.stringify(s.repository)} (on a runner: GITHUB_REPOSITORY).`);
    }
    const api = apiBase(s.apiUrl);
    const [{ getOctokit }, { retry }, { throttling }, { default: bottleneck }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 351).then(__nccwpck_require__.bind(__nccwpck_require__, 61351)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86856)),
        __nccwpck_require__.e(/* import() */ 203).then(__nccwpck_require__.t.bind(__nccwpck_require__, 62203, 23)),
    ]);
    const log = s.logger;
    const gh = getOctokit(token, {
        baseUrl: api.href.replace(/\/$/, ''),
        userAgent: 'msdeploy',
        ...(log && {
            log: {
                debug: (m) => log.debug(m),
                info: (m) => log.debug(m),
                warn: (m) => log.warning(m),
                error: (m) => log.error(m),
            },
        }),
        retry: {
            retries: s.retries,
            retryAfterBaseValue: s.delayUnitMs,
            // Only 5xx and network failures heal by themselves; 403/429 rate limits are the throttle's.
            doNotRetry: Array.from({ length: 100 }, (_, i) => 400 + i),
        },
        throttle: {
            retryAfterBaseValue: s.delayUnitMs,
            write: spacedWrites(bottleneck, s.delayUnitMs),
            onRateLimit: (after, options, _octokit, count) => waitForRateLimit(s, 'rate limit', after, options, count),
            onSecondaryRateLimit: (after, options, _octokit, count) => waitForRateLimit(s, 'secondary rate limit', after, options, count),
        },
    }, 
    // Registered first, so its hook runs inside retry and throttling: once per attempt.
    attemptGuard(api, s), retry, throttling);
    return { gh, owner, repo };
}
/**
 * The throttle's write group, spaced `unitMs` apart: GitHub asks for a second between writes
 * (POST, PATCH…) to stay clear of secondary rate limits. The plugin's own group hard-codes that
 * second, which tests shorten; this one is per client rather than per process.
 */
function spacedWrites(bottleneck, unitMs) {
    return new bottleneck.Group({ maxConcurrent: 1, minTime: unitMs });
}
function apiBase(apiUrl) {
    const url = URL.canParse(apiUrl) ? new URL(apiUrl) : undefined;
    if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
        throw new GitHubApiError(`The GitHub API URL must be an http(s) URL, got ${JSON.stringify(apiUrl)} (on a runner: GITHUB_API_URL).`);
    }
    return url;
}
/** The throttle's verdict: true waits `after` seconds and retries. */
function waitForRateLimit(s, kind, after, options, count) {
    const where = `${options.method} ${options.url}`;
    if (count >= s.rateLimitRetries) {
        s.logger?.warning(`GitHub API ${kind} on ${where}: giving up after ${count} retries.`);
        return false;
    }
    if (after > s.maxRateLimitWaitSeconds) {
        s.logger?.warning(`GitHub API ${kind} on ${where}: it asks for a ${after}s wait, more than the ${s.maxRateLimitWaitSeconds}s allowed; giving up.`);
        return false;
    }
    s.logger?.warning(`GitHub API ${kind} on ${where}: waiting ${after}s before retry ${count + 1} of ${s.rateLimitRetries}.`);
    return true;
}
/** How many attempts the request behind an error took, recorded by the guard. */
const attemptsOf = new WeakMap();
const guardedFetches = new WeakSet();
/**
 * Installs the per-attempt fetch (timeout, API origin only, same-origin redirects) and logs
 * each transient failure that the retry plugin will retry.
 */
function attemptGuard(api, s) {
    return (octokit) => {
        const attempts = new WeakMap(); // retries reuse the same options object
        octokit.hook.wrap('request', async (request, options) => {
            const current = options.request?.fetch;
            if (!current || !guardedFetches.has(current)) {
                // A new object: options.request may be shared with the client's defaults.
                options.request = { ...options.request, fetch: guardFetch(current ?? fetch, api, s) };
            }
            const attempt = (attempts.get(options) ?? 0) + 1;
            attempts.set(options, attempt);
            try {
                return await request(options);
            }
            catch (err) {
                const e = err;
                // Not retryable by construction: re-sending cannot change the destination.
                if (e.cause instanceof GitHubApiError)
                    throw e.cause;
                if (typeof err === 'object' && err !== null)
                    attemptsOf.set(err, attempt);
                if ((e.status ?? 0) >= 500 && attempt <= s.retries) {
                    // A line in the log, not an annotation: it usually heals by itself.
                    s.logger?.info(`GitHub API ${describeRequest(e, options)}: ${reason(e, s)}; retrying (${attempt} of ${s.retries}).`);
                }
                throw err;
            }
        });
    };
}
function guardFetch(inner, api, s) {
    const guarded = async (input, init = {}) => {
        let url = new URL(input instanceof Request ? input.url : String(input));
        let { method = 'GET', body } = init;
        const timeout = AbortSignal.timeout(s.timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        for (let hop = 0;; hop++) {
            if (url.origin !== api.origin) {
                throw new GitHubApiError(`Refused to send ${method} ${url.origin}${url.pathname}: the GitHub API is ${api.origin} and the token goes nowhere else. ` +
                    'An answer pointed elsewhere (a `link` or `location` header): check the API URL (GITHUB_API_URL).');
            }
            const res = await inner(url, { ...init, method, body, signal, redirect: 'manual' });
            const location = res.headers.get('location');
            if (res.status < 300 || res.status > 399 || !location)
                return res;
            await res.body?.cancel();
            if (hop === MAX_REDIRECTS) {
                throw new GitHubApiError(`${method} ${url.pathname}: more than ${MAX_REDIRECTS} redirects.`);
            }
            url = new URL(location, url);
            if (res.status === 303 || (method === 'POST' && (res.status === 301 || res.status === 302))) {
                method = 'GET';
                body = undefined;
            }
        }
    };
    guardedFetches.add(guarded);
    return guarded;
}
function describeRequest(e, fallback) {
    const method = e.request?.method ?? fallback?.method ?? '';
    const raw = e.request?.url ?? fallback?.url ?? '';
    let path = raw;
    try {
        const u = new URL(raw);
        path = u.pathname + u.search;
    }
    catch {
        // a route template such as /repos/{owner}/{repo}: already a path
    }
    return `${method} ${path}`.trim();
}
function isTimeout(e) {
    // Duck-typed: the DOMException comes from another realm under jest's vm modules.
    return (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError');
}
function reason(e, s) {
    if (isTimeout(e))
        return `timed out after ${s.timeoutMs / 1000}s`;
    if (!e.response)
        return `could not be reached (${causeMessage(e)})`;
    return `answered ${e.status} (${e.message})`;
}
function causeMessage(e) {
    const cause = e.cause;
    const inner = cause?.cause;
    return inner?.message ?? cause?.message ?? e.message ?? 'unknown error';
}
/** Runs one domain call; a failure becomes a GitHubApiError that says what failed and what to do. */
async function explained(s, what, hint, call) {
    try {
        return await call();
    }
    catch (err) {
        throw explain(err, s, what, hint);
    }
}
function explain(err, s, what, hint) {
    if (err instanceof GitHubApiError)
        return err;
    if (typeof err !== 'object' || err === null)
        return new GitHubApiError(String(err));
    const e = err;
    const where = `GitHub API ${describeRequest(e) || what}`;
    const attempts = attemptsOf.get(err) ?? 1;
    const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
    const status = e.status;
    const headers = e.response?.headers ?? {};
    const unreachable = `Check that ${s.apiUrl} is reachable from this machine (proxy, firewall), or re-run the job later.`;
    let message;
    if (isTimeout(e)) {
        message = `${where} timed out after ${s.timeoutMs / 1000}s (${tries}). ${unreachable}`;
    }
    else if (!e.response) {
        message = `${where} could not be reached (${causeMessage(e)}; ${tries}). ${unreachable}`;
    }
    else if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
        const reset = new Date(Number(headers['x-ratelimit-reset']) * 1000);
        const at = Number.isNaN(reset.getTime()) ? 'soon' : `at ${reset.toISOString()}`;
        message =
            `${where}: the API rate limit is used up (${e.message}). It resets ${at}: re-run the job after that, ` +
                'or use a token with a higher limit (a GitHub App installation token).';
    }
    else if ((status === 403 || status === 429) && /\bsecondary rate\b/i.test(e.message ?? '')) {
        message =
            `${where}: GitHub's secondary rate limit still applies after ${tries} (${e.message}). ` +
                'Wait a few minutes and re-run the job; fewer jobs calling the API at the same time help.';
    }
    else if (status !== undefined && status >= 500) {
        message =
            `${where} failed with ${status} after ${tries} (${e.message}). ` +
                'GitHub may be having an incident (https://www.githubstatus.com): re-run the job later.';
    }
    else if (status === 401) {
        message = `${where}: GitHub rejected the token (401 ${e.message}). Pass a valid token; the default is the job's GITHUB_TOKEN.`;
    }
    else {
        message = `${where} failed with ${status} (${e.message}). ${hint}`;
    }
    return new GitHubApiError(message, status, { cause: err });
}


/***/ }),

/***/ 79659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vI: () => (/* binding */ DEFAULT_RETRY),
  Iu: () => (/* binding */ HttpTimeoutError),
  ZV: () => (/* binding */ checkNoDowngrade),
  LL: () => (/* binding */ discardBody),
  aj: () => (/* binding */ httpRequest),
  bV: () => (/* binding */ isTransientError),
  US: () => (/* binding */ readCappedBuffer),
  _x: () => (/* binding */ readCappedJson),
  h5: () => (/* binding */ readCappedText),
  Mq: () => (/* binding */ readTextPrefix),
  BO: () => (/* binding */ redactUrl),
  E8: () => (/* binding */ streamToFile)
});

// UNUSED EXPORTS: DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUTS, ERROR_BODY_MAX, HttpResponse, ResponseTooLargeError, TooManyRedirectsError, backoffMs, isIdempotentMethod, isTransientNetworkError, isTransientStatus, retryAfterMs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/platform/http.ts
/**
 * Every HTTP exchange msdeploy makes (OCI registries, token services, deploy health checks) goes
 * through here, so each one is bounded:
 * - in time: a deadline for the response headers and an idle deadline while sending the request
 *   body and while receiving the response body (optionally a total one for the body);
 * - in size: bodies are read with capped readers that stop as soon as the cap is passed;
 * - in reach: redirects are followed by hand, at most a few, and credential headers are dropped
 *   once a redirect leaves the origin they were meant for (registries send blob GETs to a CDN).
 * Transient failures are retried with jittered backoff: dropped connections, 429 (honouring
 * Retry-After), 5xx, and timeouts when the method is idempotent.
 */



const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 250, maxDelayMs: 8_000 };
const DEFAULT_TIMEOUTS = { headersMs: 30_000, idleMs: 60_000 };
const DEFAULT_MAX_REDIRECTS = 5;
/** Enough of an error body to quote the server's message. */
const ERROR_BODY_MAX = 8 * 1024;
/** Retry-After longer than this is not waited for: the server is effectively down. */
const MAX_RETRY_AFTER_MS = 60_000;
/** Request bodies larger than this are streamed in slices of it, so a stalled upload is noticed. */
const UPLOAD_SLICE = 64 * 1024;
/** A file body is read in slices of this size as the connection takes them. */
const FILE_SLICE = 1024 * 1024;
/** A body left unread is drained up to this much (keeping the connection reusable), else dropped. */
const DISCARD_MAX = 64 * 1024;
/** Always dropped when a redirect leaves the origin; callers may name more. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];
/** RFC 9110 §9.2.2: sending these twice has the effect of sending them once. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Query parameters whose values are not written into messages (signed CDN URLs, tokens). */
const SECRET_PARAM = /sig|token|key|secret|pass|auth|credential|session|state|code/i;
/** The URL as it may appear in messages and logs: no user info, no secret query values. */
function redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url;
    }
    const secret = [...u.searchParams.keys()].filter((k) => SECRET_PARAM.test(k));
    if (!u.username && !u.password && secret.length === 0)
        return url;
    u.username = '';
    u.password = '';
    for (const k of secret)
        u.searchParams.set(k, '***');
    return u.href;
}
function formatMs(ms) {
    return ms < 1000 ? `${ms} ms` : `${+(ms / 1000).toFixed(1)} s`;
}
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}
const TIMEOUT_TEXT = {
    send: (l) => `sending the request body stalled for ${l} (idle timeout). Check the network path to the server (proxy, firewall, bandwidth)`,
    headers: (l) => `no response headers within ${l} (headers timeout). Check that the server is up and not overloaded, and that nothing between us drops the connection silently`,
    'body-idle': (l) => `the response body stalled for ${l} (idle timeout). Check the network path to the server (proxy, firewall) and the server's health`,
    'body-total': (l) => `the response body took longer than ${l} (body timeout). Check the bandwidth to the server`,
    deadline: (l) => `the request (retries and body included) took longer than ${l} (overall deadline). Check the server's health and the bandwidth to it`,
};
class HttpTimeoutError extends Error {
    method;
    url;
    phase;
    limitMs;
    attempt;
    constructor(method, 
    /** Redacted. */
    url, phase, limitMs, attempt) {
        const tries = attempt > 1 ? ` (attempt ${attempt})` : '';
        super(`${method} ${url}: ${TIMEOUT_TEXT[phase](formatMs(limitMs))}, or raise the limit${tries}.`);
        this.method = method;
        this.url = url;
        this.phase = phase;
        this.limitMs = limitMs;
        this.attempt = attempt;
        this.name = 'HttpTimeoutError';
    }
}
class ResponseTooLargeError extends Error {
    method;
    url;
    maxBytes;
    constructor(method, 
    /** Redacted. */
    url, maxBytes, what, declared) {
        const seen = declared === undefined ? 'sent more than' : `announced ${declared} bytes, over`;
        super(`${method} ${url} ${seen} the ${formatBytes(maxBytes)} allowed for ${what}; stopped reading. Check that the URL reaches the intended server (not a proxy or login page) and that the content is what you expect.`);
        this.method = method;
        this.url = url;
        this.maxBytes = maxBytes;
        this.name = 'ResponseTooLargeError';
    }
}
/**
 * A move from HTTPS to plain HTTP (a redirect, an upload Location, a token realm) is refused
 * unless the caller allowed insecure transport: it would send the rest of the exchange in clear.
 */
function checkNoDowngrade(from, to, insecure, what) {
    if (insecure)
        return;
    if (new URL(from).protocol === 'https:' && new URL(to).protocol === 'http:') {
        throw new Error(`${what}: ${redactUrl(from)} points to plain HTTP ${redactUrl(to)}; refusing to leave HTTPS (set insecure only for a registry you trust on a network you trust).`);
    }
}
class TooManyRedirectsError extends Error {
    method;
    url;
    maxRedirects;
    constructor(method, 
    /** Redacted. */
    url, maxRedirects) {
        super(`${method} ${url} was redirected more than ${maxRedirects} times; stopped following. Check the server's redirect configuration (a loop?) and the URL.`);
        this.method = method;
        this.url = url;
        this.maxRedirects = maxRedirects;
        this.name = 'TooManyRedirectsError';
    }
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);
/** fetch wraps socket errors as `TypeError: fetch failed` with the system error as `cause`. */
function isTransientNetworkError(err) {
    // Duck-typed, not `instanceof Error`: undici's errors may come from another realm (vm, jest).
    for (let e = err; e && typeof e === 'object'; e = e.cause) {
        if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code))
            return true;
        if (e.message === 'other side closed' || e.message === 'terminated')
            return true;
    }
    return false;
}
function isIdempotentMethod(method) {
    return IDEMPOTENT_METHODS.has(method.toUpperCase());
}
/**
 * Worth sending again: a dropped connection, or a timeout of an idempotent request. A timed-out
 * POST may have been processed already; sending it again could act twice.
 */
function isTransientError(err, idempotent) {
    if (err instanceof HttpTimeoutError)
        return idempotent;
    return isTransientNetworkError(err);
}
function isTransientStatus(status) {
    return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/** Retry-After is either delta-seconds or an HTTP date. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
function backoffMs(policy, retry) {
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return exp / 2 + Math.random() * (exp / 2); // jitter: concurrent clients don't retry in step
}
/** Resolves early when `signal` aborts; the loop then notices and stops. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
/**
 * The timers of one attempt. When one fires it aborts the exchange (the pending fetch or body
 * read rejects) and records which limit was hit.
 */
class Watchdog {
    method;
    url;
    attempt;
    controller = new AbortController();
    idle;
    total;
    overall;
    constructor(method, url, attempt) {
        this.method = method;
        this.url = url;
        this.attempt = attempt;
    }
    timer(phase, ms) {
        const fire = () => this.controller.abort(new HttpTimeoutError(this.method, redactUrl(this.url), phase, ms, this.attempt));
        return setTimeout(fire, ms).unref();
    }
    /** (Re)start the deadline of the current phase. */
    arm(phase, ms) {
        clearTimeout(this.idle);
        this.idle = this.timer(phase, ms);
    }
    pause() {
        clearTimeout(this.idle);
    }
    bodyDeadline(ms) {
        this.total = this.timer('body-total', ms);
    }
    /** The request's overall deadline: `remainingMs` of `limitMs` are left for this attempt. */
    deadline(remainingMs, limitMs) {
        const fire = () => this.controller.abort(new HttpTimeoutError(this.method, redactUrl(this.url), 'deadline', limitMs, this.attempt));
        this.overall = setTimeout(fire, Math.max(0, remainingMs)).unref();
    }
    stop() {
        clearTimeout(this.idle);
        clearTimeout(this.total);
        clearTimeout(this.overall);
    }
    get timedOut() {
        const reason = this.controller.signal.reason;
        return reason instanceof HttpTimeoutError ? reason : undefined;
    }
}
/** An answer whose body can be read once, each read bounded by the idle (and total) deadline. */
class HttpResponse {
    raw;
    url;
    method;
    watchdog;
    timeouts;
    bodyTaken = false;
    constructor(raw, 
    /** Where the answer came from, after redirects. */
    url, method, watchdog, timeouts) {
        this.raw = raw;
        this.url = url;
        this.method = method;
        this.watchdog = watchdog;
        this.timeouts = timeouts;
    }
    get status() {
        return this.raw.status;
    }
    get statusText() {
        return this.raw.statusText;
    }
    get ok() {
        return this.raw.ok;
    }
    get headers() {
        return this.raw.headers;
    }
    /** `METHOD url` with secrets redacted, for messages. */
    get label() {
        return `${this.method} ${redactUrl(this.url)}`;
    }
    async *chunks() {
        if (this.bodyTaken)
            throw new Error(`${this.label}: the response body was already read.`);
        this.bodyTaken = true;
        const body = this.raw.body;
        if (!body) {
            this.watchdog.stop();
            return;
        }
        const reader = body.getReader();
        const { idleMs, bodyTotalMs } = this.timeouts;
        if (bodyTotalMs !== undefined)
            this.watchdog.bodyDeadline(bodyTotalMs);
        let finished = false;
        try {
            for (;;) {
                this.watchdog.arm('body-idle', idleMs);
                const next = await reader.read().catch((err) => {
                    throw this.watchdog.timedOut ?? this.bodyFailure(err);
                });
                // The consumer's own pace (a slow disk) is not the server stalling.
                this.watchdog.pause();
                if (next.done) {
                    finished = true;
                    return;
                }
                yield next.value;
            }
        }
        finally {
            this.watchdog.stop();
            // Stopped early (a cap, an error): close the connection instead of downloading the rest.
            if (!finished)
                await reader.cancel().catch(() => undefined);
        }
    }
    bodyFailure(err) {
        const message = `${this.label}: the connection failed while reading the body: ${String(err)}`;
        return new Error(message, { cause: err }); // the cause keeps it recognisably transient
    }
    /** Drop the body unread (closes the connection). */
    async cancel() {
        this.watchdog.stop();
        if (this.bodyTaken)
            return;
        this.bodyTaken = true;
        await this.raw.body?.cancel().catch(() => undefined);
    }
}
/**
 * The body of one send: small ones whole, large ones in slices that re-arm the idle deadline;
 * the headers deadline starts once the last slice went out. `settle()` (the answer came) stops
 * a body the server did not wait for from arming anything, and releases its file.
 */
function sendBody(body, watchdog, t) {
    if (!body || (Buffer.isBuffer(body) && body.length <= UPLOAD_SLICE)) {
        watchdog.arm('headers', t.headersMs);
        return { init: body ? { body } : {}, settle: () => undefined };
    }
    const slices = bodySlices(body);
    let live = true;
    watchdog.arm('send', t.idleMs);
    const stream = new ReadableStream({
        async pull(controller) {
            const next = await slices.next();
            if (next.done) {
                controller.close();
                if (live)
                    watchdog.arm('headers', t.headersMs);
                return;
            }
            controller.enqueue(next.value);
            if (live)
                watchdog.arm('send', t.idleMs);
        },
        async cancel() {
            await slices.return(undefined);
        },
    }, 
    // Pull only when fetch asks for more: each pull means the previous slice went out.
    { highWaterMark: 0 });
    const settle = () => {
        live = false;
        void slices.return(undefined); // closes the file of a body the server did not wait for
    };
    return { init: { body: stream, duplex: 'half' }, settle };
}
/** The slices a body is sent in: a Buffer's without copying, a file's read as they are taken. */
async function* bodySlices(body) {
    if (Buffer.isBuffer(body)) {
        for (let off = 0; off < body.length; off += UPLOAD_SLICE) {
            yield body.subarray(off, off + UPLOAD_SLICE);
        }
        return;
    }
    let fh;
    /** The slice from `from`, read while the one before it is being sent. */
    const read = (file, from) => {
        const buf = Buffer.allocUnsafe(Math.min(FILE_SLICE, body.length - from));
        const slice = file.read(buf, 0, buf.length, body.offset + from).then(({ bytesRead }) => {
            if (bytesRead === 0) {
                throw new Error(`${body.file} ended at byte ${body.offset + from}, before the ${body.length} bytes from ${body.offset} to send: it changed while uploading.`);
            }
            return buf.subarray(0, bytesRead);
        });
        slice.catch(() => undefined); // awaited in turn below; not unhandled meanwhile
        return slice;
    };
    try {
        fh = await (0,promises_.open)(body.file, 'r');
        let next = read(fh, 0);
        for (let sent = 0; sent < body.length;) {
            const slice = await next;
            sent += slice.length;
            if (sent < body.length)
                next = read(fh, sent);
            yield slice;
            body.onSent?.(sent);
        }
    }
    finally {
        await fh?.close(); // after any read still under way
    }
}
/** One attempt: the request and its redirects, under one watchdog. */
async function exchange(req, t, options, attempt, deadlineAt) {
    const origin = new URL(req.url).origin;
    const credentials = [
        ...CREDENTIAL_HEADERS,
        ...(options.credentialHeaders ?? []).map((h) => h.toLowerCase()),
    ];
    const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const headers = {};
    for (const [k, v] of Object.entries(req.headers ?? {}))
        headers[k.toLowerCase()] = v;
    let { method, url, body } = req;
    const watchdog = new Watchdog(method, url, attempt);
    if (deadlineAt !== undefined)
        watchdog.deadline(deadlineAt - Date.now(), t.totalMs);
    try {
        for (let redirects = 0;; redirects++) {
            // Stated even for streamed bodies: registries (and the CDNs behind them) want a length.
            if (body)
                headers['content-length'] = String(body.length);
            else
                delete headers['content-length'];
            const send = sendBody(body, watchdog, t);
            const raw = await fetch(url, {
                method,
                headers,
                redirect: 'manual',
                // One signal for the headers and the body: our deadlines, or the caller giving up.
                signal: options.signal
                    ? AbortSignal.any([watchdog.controller.signal, options.signal])
                    : watchdog.controller.signal,
                ...send.init,
            }).finally(send.settle);
            watchdog.pause();
            const location = options.followRedirects !== false && REDIRECT_STATUSES.has(raw.status)
                ? raw.headers.get('location')
                : null;
            if (location === null)
                return new HttpResponse(raw, url, method, watchdog, t);
            await raw.body?.cancel().catch(() => undefined);
            if (redirects >= maxRedirects) {
                throw new TooManyRedirectsError(req.method, redactUrl(req.url), maxRedirects);
            }
            const next = new URL(location, url);
            checkNoDowngrade(url, next.href, options.insecure, `${method} ${redactUrl(url)} redirect`);
            options.logger?.debug(`${method} ${redactUrl(url)}: HTTP ${raw.status} to ${redactUrl(next.href)}`);
            // Credentials belong to the origin they were given for; once left, they stay behind.
            if (next.origin !== origin)
                for (const h of credentials)
                    delete headers[h];
            if ((raw.status === 303 && method !== 'HEAD') ||
                ((raw.status === 301 || raw.status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
                delete headers['content-type'];
            }
            url = next.href;
            watchdog.url = url;
        }
    }
    catch (err) {
        watchdog.stop();
        throw watchdog.timedOut ?? err;
    }
}
/**
 * Send `req`, following redirects and retrying transient failures. Any status is returned
 * (after retries for 429/5xx ran out); the caller reads the body with one of the capped readers
 * below, or discards it.
 */
async function httpRequest(req, options = {}) {
    const policy = options.retry ?? DEFAULT_RETRY;
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    const idempotent = options.idempotent ?? isIdempotentMethod(req.method);
    const label = `${req.method} ${redactUrl(req.url)}`;
    const log = options.logger;
    const deadlineAt = timeouts.totalMs === undefined ? undefined : Date.now() + timeouts.totalMs;
    /** Waiting `wait` ms would pass the overall deadline: fail now, saying which limit it was. */
    const pastDeadline = (wait, attempt) => deadlineAt !== undefined && Date.now() + wait >= deadlineAt
        ? new HttpTimeoutError(req.method, redactUrl(req.url), 'deadline', timeouts.totalMs, attempt)
        : undefined;
    for (let attempt = 1;; attempt++) {
        const last = attempt >= policy.attempts;
        let res;
        try {
            options.signal?.throwIfAborted();
            res = await exchange(req, timeouts, options, attempt, deadlineAt);
        }
        catch (err) {
            // Cancelled by the caller: its reason, unwrapped and never retried.
            if (options.signal?.aborted)
                throw options.signal.reason;
            const overall = err instanceof HttpTimeoutError && err.phase === 'deadline';
            if (!last && !overall && isTransientError(err, idempotent)) {
                const wait = backoffMs(policy, attempt - 1);
                const late = pastDeadline(wait, attempt);
                if (late)
                    throw late;
                log?.debug(`${label}: ${String(err)}; retrying in ${Math.round(wait)} ms`);
                await sleep(wait, options.signal);
                continue;
            }
            if (err instanceof HttpTimeoutError || err instanceof TooManyRedirectsError)
                throw err;
            const inner = err?.cause?.message;
            const cause = typeof inner === 'string' ? inner : String(err);
            throw new Error(`${label} failed after ${attempt} attempt(s): ${cause}. Check the URL and that the server is reachable.`, { cause: err });
        }
        if (last || !isTransientStatus(res.status))
            return res;
        const hinted = res.status === 429 || res.status === 503
            ? retryAfterMs(res.headers.get('retry-after'))
            : undefined;
        if (hinted !== undefined && hinted > MAX_RETRY_AFTER_MS)
            return res;
        const wait = hinted ?? backoffMs(policy, attempt - 1);
        if (pastDeadline(wait, attempt))
            return res; // no time for another try: the answer stands
        await discardBody(res); // free the connection before waiting
        log?.debug(`${label}: HTTP ${res.status}; retrying in ${Math.round(wait)} ms`);
        await sleep(wait, options.signal);
    }
}
/** A Content-Length over the cap fails before a byte is read. */
async function refuseDeclaredOversize(res, maxBytes, what) {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
        await res.cancel();
        throw new ResponseTooLargeError(res.method, redactUrl(res.url), maxBytes, what, declared);
    }
}
/** The body's chunks, failing as soon as more than `maxBytes` arrived. */
async function* capped(res, maxBytes, what) {
    await refuseDeclaredOversize(res, maxBytes, what);
    let total = 0;
    for await (const chunk of res.chunks()) {
        total += chunk.length;
        if (total > maxBytes) {
            throw new ResponseTooLargeError(res.method, redactUrl(res.url), maxBytes, what);
        }
        yield chunk;
    }
}
/** The whole body, at most `maxBytes`; `what` names the content in the error ("a manifest"). */
async function readCappedBuffer(res, maxBytes, what) {
    const parts = [];
    for await (const chunk of capped(res, maxBytes, what))
        parts.push(chunk);
    return Buffer.concat(parts);
}
async function readCappedText(res, maxBytes, what) {
    return (await readCappedBuffer(res, maxBytes, what)).toString('utf8');
}
async function readCappedJson(res, maxBytes, what) {
    const text = await readCappedText(res, maxBytes, what);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${res.label}: ${what} is not JSON (${err.message}): ${text.slice(0, 200)}`);
    }
}
/**
 * Stream the body into `file` (created or truncated), at most `maxBytes`; `onChunk` sees each
 * chunk first (hashing, progress). Returns the bytes written. On failure the file is left for
 * the caller to remove.
 */
async function streamToFile(res, file, opts) {
    let written = 0;
    const source = capped(res, opts.maxBytes, opts.what);
    await (0,external_node_stream_promises_namespaceObject.pipeline)(async function* () {
        for await (const chunk of source) {
            opts.onChunk?.(chunk);
            written += chunk.length;
            yield chunk;
        }
    }, (0,external_node_fs_.createWriteStream)(file));
    return written;
}
/** Up to `maxBytes` of the body, never failing: for quoting an error body in a message. */
async function readPrefix(res, maxBytes) {
    const parts = [];
    let total = 0;
    try {
        for await (const chunk of res.chunks()) {
            parts.push(chunk);
            total += chunk.length;
            if (total >= maxBytes)
                break;
        }
    }
    catch {
        // what arrived is all there is to quote
    }
    return Buffer.concat(parts).subarray(0, maxBytes);
}
async function readTextPrefix(res, maxBytes = ERROR_BODY_MAX) {
    return (await readPrefix(res, maxBytes)).toString('utf8');
}
/** Drop a body nobody needs: a short one is drained so the connection can be reused. */
async function discardBody(res) {
    await readPrefix(res, DISCARD_MAX);
}


/***/ }),

/***/ 1300:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ STALE_TEMP_MS),
/* harmony export */   V: () => (/* binding */ LocalStore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(47576);
/* harmony import */ var _core_artifact_provenance_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(92453);
/* harmony import */ var _core_artifact_types_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(25503);
/* harmony import */ var _core_manifest_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(17882);
/* harmony import */ var _core_artifact_version_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(59370);
/**
 * The `local` artifact store: a content-addressed directory.
 *
 *   <root>/blobs/sha256/<hex>               the artifact bytes
 *   <root>/blobs/sha256/<hex>.meta.json     its ArtifactMeta
 *   <root>/blobs/sha256/<hex>.provenance.json
 *   <root>/tags/<service>/<version>         the digest, so `service@version` finds it
 *
 * Files are written beside their destination and renamed into place, so a crash never leaves
 * a half-written blob under a digest name. Every read re-hashes the bytes.
 */








async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then(() => true, () => false);
}
async function writeAtomic(path, data) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const tmp = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, data);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
}
class LocalStore {
    kind = 'local';
    root;
    constructor(root) {
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    }
    blob(digest) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    async put(file, meta, provenance, onProgress) {
        if (!(0,_core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(meta.digest))
            throw new Error(`Not a sha256 digest: ${String(meta.digest)}`);
        serviceName(meta.service);
        await (0,_core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyFile */ .AI)(file, meta.digest, file);
        // A version names one artifact for good: its tag never moves to other bytes.
        const tagFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, 'tags', meta.service, tagName(meta.version));
        const tagged = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(tagFile, 'utf8').catch(() => undefined))?.trim();
        if (tagged !== undefined && tagged !== meta.digest) {
            throw new Error(`${meta.service}@${meta.version} is already ${tagged} in the local store ${this.root}, ` +
                `not ${meta.digest}: a version never moves to other bytes. Build a new version ` +
                '(commit the change, or pass another version), or remove the old tag on purpose.');
        }
        const blob = this.blob(meta.digest);
        await removeStale((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(blob));
        let bytesUploaded = 0;
        if (!(await exists(blob))) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(blob), { recursive: true });
            const tmp = `${blob}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}.tmp`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(file, tmp);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, blob);
            bytesUploaded = meta.size;
        }
        onProgress?.(meta.size, meta.size);
        await writeAtomic(`${blob}.meta.json`, JSON.stringify(meta, null, 2) + '\n');
        await writeAtomic(`${blob}.provenance.json`, provenance);
        if (tagged === undefined)
            await writeAtomic(tagFile, meta.digest + '\n');
        return { ref: `local:${this.root}@${meta.digest}`, location: blob, bytesUploaded };
    }
    /** The digest `tags/<service>/<version>` names: at most one, since a version never moves. */
    async findVersion(service, version) {
        const tagFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, 'tags', serviceName(service), tagName(version));
        const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(tagFile, 'utf8').catch(() => undefined))?.trim();
        if (text === undefined)
            return [];
        if (!(0,_core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(text)) {
            throw new Error(`The tag file ${tagFile} in the local store holds ${JSON.stringify(text.slice(0, 80))}, not a sha256 digest: ` +
                'it was edited by hand. Restore it or delete it (and the blob it named) to build the version again.');
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
        if (!(0,_core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(digest))
            throw new Error(`Not a sha256 digest: ${String(digest)}`);
        if (ref !== undefined) {
            const named = await this.resolve(ref);
            if (named !== digest) {
                throw new Error(`Artifact reference ${ref} names ${named}, not ${digest}: pass the reference of the artifact being inspected.`);
            }
        }
        const blob = this.blob(digest);
        const where = `${digest} in the local store ${this.root}`;
        if (!(await exists(blob))) {
            throw new _core_artifact_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtifactNotFoundError */ .CL(`Artifact ${digest} of ${service} is not in the local store ${this.root}: build it (msdeploy build ${service}) or use the store it was built into.`);
        }
        const { meta, provenance } = await this.boundMeta(digest);
        if (meta.service !== service) {
            throw new Error(`Artifact ${where} belongs to service ${meta.service}, not ${service}: check the service and digest.`);
        }
        const actual = await (0,_core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFile */ .TM)(blob);
        if (actual !== digest)
            throw new _core_artifact_types_js__WEBPACK_IMPORTED_MODULE_5__/* .DigestMismatchError */ .h(digest, actual, where);
        return { meta, provenance, ref: `local:${this.root}@${digest}` };
    }
    /** Metadata and provenance, used only when bound to the digest they are stored under. */
    async boundMeta(digest) {
        const blob = this.blob(digest);
        const where = `${digest} in the local store ${this.root}`;
        const meta = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`${blob}.meta.json`, 'utf8'));
        const provenance = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(`${blob}.provenance.json`);
        if (meta.digest !== digest) {
            throw new Error(`The metadata of ${where} names ${String(meta.digest)}: it belongs to other bytes; refusing the artifact.`);
        }
        (0,_core_artifact_provenance_js__WEBPACK_IMPORTED_MODULE_4__/* .checkProvenanceSubject */ .gL)(provenance, digest, where);
        return { meta, provenance };
    }
    /** Accepts `local:<root>@sha256:…`, a bare `sha256:…`, or `<service>@<version>`. */
    async resolve(ref) {
        const at = ref.lastIndexOf('@');
        const tail = at >= 0 ? ref.slice(at + 1) : ref;
        if ((0,_core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(tail)) {
            const head = ref.slice(0, Math.max(at, 0));
            if (head && !head.startsWith('local:')) {
                throw new Error(`Artifact reference ${JSON.stringify(ref)} names another kind of store, not the local store ${this.root}: open the store it names.`);
            }
            if (head && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(head.slice('local:'.length)) !== this.root) {
                throw new Error(`Artifact ${ref} is in another local store than ${this.root}.`);
            }
            return tail;
        }
        if (at > 0) {
            const service = serviceName(ref.slice(0, at));
            const tagFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.root, 'tags', service, tagName(tail));
            const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(tagFile, 'utf8').catch(() => undefined);
            if (text && (0,_core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(text.trim()))
                return text.trim();
            throw new Error(`No artifact ${service}@${tail} in the local store ${this.root}.`);
        }
        throw new Error(`Cannot read artifact reference ${JSON.stringify(ref)}: expected local:<dir>@sha256:<hex> or <service>@<version>.`);
    }
    async get(ref, destFile, onProgress) {
        const digest = await this.resolve(ref);
        const blob = this.blob(digest);
        if (!(await exists(blob)))
            throw new _core_artifact_types_js__WEBPACK_IMPORTED_MODULE_5__/* .ArtifactNotFoundError */ .CL(`Artifact ${digest} is not in the local store ${this.root}.`);
        const { meta, provenance } = await this.boundMeta(digest);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(destFile), { recursive: true });
        const tmp = `${destFile}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(blob, tmp);
        try {
            await (0,_core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyFile */ .AI)(tmp, digest, `${ref} (local store)`);
        }
        catch (e) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
            throw e;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, destFile);
        onProgress?.(meta.size, meta.size);
        return { meta, provenance };
    }
}
/** A `.tmp`/`.partial` file this old was left by a writer that was killed: nobody renames it now. */
const STALE_TEMP_MS = 15 * 60 * 1000;
/** Remove orphaned temporary files of killed writers (old enough that no live writer owns them). */
async function removeStale(dir) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
    const now = Date.now();
    for (const name of names) {
        if (!name.endsWith('.tmp') && !name.endsWith('.partial'))
            continue;
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
        if (info && now - info.mtimeMs > STALE_TEMP_MS)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
    }
}
/**
 * A service name is a directory under tags/: only the manifest's NAME pattern, so a ref such as
 * `../../etc@1.0.0` can never name a path outside the store.
 */
function serviceName(service) {
    if (!_core_manifest_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .NAME_RE */ .eF.test(service)) {
        throw new Error(`Service name ${JSON.stringify(service)} is not a service name (${_core_manifest_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .NAME_PATTERN */ .Vh}): the local store refuses it.`);
    }
    return service;
}
/** Versions may contain `+`; SAFE_VERSION_RE keeps a tag one file name inside tags/<service>/. */
function tagName(version) {
    if (!_core_artifact_version_js__WEBPACK_IMPORTED_MODULE_7__/* .SAFE_VERSION_RE */ .zF.test(version))
        throw new Error(`Version ${JSON.stringify(version)} has characters a tag cannot hold.`);
    return version;
}


/***/ }),

/***/ 37181:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   rz: () => (/* binding */ insideRepository)
/* harmony export */ });
/* unused harmony exports readManifestText, parseManifestText, findManifest */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(74296);
/* harmony import */ var _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(98816);
/* harmony import */ var _core_paths_inside_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(14990);
/** Finds `msdeploy.yml` in a checkout, reads it and validates it. */





/**
 * `path` (relative to `root`) resolved through every symlink, or an error when it leaves the
 * repository. Never quotes the target's content. Undefined when the path does not exist.
 */
async function insideRepository(root, path, what) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path));
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    if (!(0,_core_paths_inside_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .F)(realRoot, real)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestProblem */ .Rn(`${what} ${path} leads outside the repository (through a symbolic link): refusing to use it.`);
    }
    return real;
}
async function readManifest(at) {
    return parseManifestText(await readManifestText(at), at);
}
/**
 * The manifest's text: inside the repository, not over the size limit, readable. Apart from
 * {@link parseManifestText} so a caller can start other work (git) before the parse.
 */
async function readManifestText(at) {
    try {
        await insideRepository(at.root, at.file, 'The manifest');
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at.root, at.file);
        // Measured before it is read: a huge file is refused without reading it into memory.
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (size > _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_MANIFEST_BYTES */ .ZJ)
            throw new _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh([(0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .manifestTooLarge */ .vv)(size, at.shownAs)]);
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestProblem */ .Rn)
            throw e;
        const code = e.code;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestProblem */ .Rn((audience) => code === 'ENOENT'
            ? `No manifest at ${at.shownAs}: create msdeploy.yml at the repository root (see docs/manifest.md), or point the ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .settingLabel */ .px)('manifest', audience)} at it.`
            : `Cannot read the manifest ${at.shownAs}: ${e.message}`);
    }
}
/** The manifest in `text`, validated; a {@link ManifestError} listing every issue otherwise. */
function parseManifestText(text, at) {
    const { manifest, issues } = (0,_core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(text, at.file, at.shownAs);
    if (!manifest || issues.length)
        throw new _core_manifest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh(issues);
    return manifest;
}
/**
 * The manifest for a command run in `cwd`: `file` there, else in the nearest parent directory
 * up to the repository root (the first one holding `.git`). An explicit path is taken as given.
 */
async function findManifest(cwd, file) {
    const start = resolve(cwd);
    if (file !== undefined)
        return { root: start, file, shownAs: file };
    for (let dir = start;; dir = dirname(dir)) {
        if (await exists(join(dir, DEFAULT_MANIFEST_FILE))) {
            return {
                root: dir,
                file: DEFAULT_MANIFEST_FILE,
                shownAs: relative(start, join(dir, DEFAULT_MANIFEST_FILE)),
            };
        }
        if ((await exists(join(dir, '.git'))) || dirname(dir) === dir)
            break;
    }
    throw new ManifestProblem(`No ${DEFAULT_MANIFEST_FILE} in ${start} or its parents up to the repository root: create one (see docs/manifest.md) or pass --manifest.`);
}
const exists = (path) => stat(path).then(() => true, () => false);


/***/ }),

/***/ 83876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   KN: () => (/* binding */ versionToTag),
/* harmony export */   SA: () => (/* binding */ serviceRepository),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   t9: () => (/* binding */ digestTag),
/* harmony export */   w1: () => (/* binding */ OCI_SCHEME)
/* harmony export */ });
/* unused harmony export redactReference */
/* harmony import */ var _core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(47576);
/**
 * OCI references: `[oci://]host[:port]/repo/path[:tag][@sha256:<hex>]`, following the
 * distribution spec's grammar for repository names and tags.
 */

const COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const HOST = /^(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;
const OCI_SCHEME = 'oci://';
/**
 * Where user info (`user:password@`) ends in a reference without its scheme, or -1: the last `@`
 * that is before the first `/` or that a `/` follows (a digest suffix `@sha256:…` never holds one).
 */
function userinfoEnd(body) {
    const slash = body.indexOf('/');
    let end = -1;
    for (let i = body.indexOf('@'); i >= 0; i = body.indexOf('@', i + 1)) {
        if (slash < 0 || i < slash || body.includes('/', i))
            end = i;
    }
    return end;
}
/**
 * The reference as it may appear in a message: user info before the host (which a reference
 * must not carry) is replaced by `***`, so no error ever echoes a password.
 */
function redactReference(text) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? '';
    const body = text.slice(scheme.length);
    const end = userinfoEnd(body);
    return end < 0 ? text : `${scheme}***${body.slice(end)}`;
}
function invalid(text, why) {
    return new Error(`Invalid OCI reference "${redactReference(text)}": ${why}. Expected host[:port]/repository[:tag][@sha256:<64 hex>], e.g. ghcr.io/org/catalog:1.4.0`);
}

/** Parse a reference; the host part is mandatory (msdeploy never assumes Docker Hub). */
function parseReference(text) {
    let rest = text.startsWith(OCI_SCHEME) ? text.slice(OCI_SCHEME.length) : text;
    if (userinfoEnd(rest) >= 0) {
        // user:password@host — never echoed, never used: credentials go in their own inputs.
        throw invalid(text, 'it carries credentials (user info before the host); remove them and pass registry-username and registry-password (CLI: MSDEPLOY_REGISTRY_USERNAME / MSDEPLOY_REGISTRY_PASSWORD) instead');
    }
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const d = rest.slice(at + 1);
        if (!(0,_core_artifact_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(d))
            throw invalid(text, `"${d}" is not a sha256 digest`);
        digest = d;
        rest = rest.slice(0, at);
    }
    const slash = rest.indexOf('/');
    if (slash <= 0)
        throw invalid(text, 'the registry host is missing');
    const host = rest.slice(0, slash);
    if (!HOST.test(host))
        throw invalid(text, `"${host}" is not a host[:port]`);
    let path = rest.slice(slash + 1);
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon >= 0) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(text, `"${tag}" is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    // Repository names are lowercase in the distribution spec; GitHub owners and repos are not.
    const written = path;
    path = path.toLowerCase();
    const bad = path.split('/').find((c) => !COMPONENT.test(c));
    if (bad !== undefined) {
        throw invalid(text, `repository component "${bad}" must be lowercase letters, digits and . _ __ - separators`);
    }
    return {
        host,
        repository: path,
        tag,
        digest,
        ...(written !== path ? { lowercasedFrom: written } : {}),
    };
}
function formatReference(ref) {
    return `${ref.host}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/**
 * The tag an artifact version is pushed under. Tags can't contain `+` (semver build metadata),
 * so `1.4.0+12.abc1234` becomes `1.4.0_12.abc1234`; the exact version stays in the manifest's
 * annotations. Any other character a tag can't hold is an error, not silently rewritten.
 */
function versionToTag(version) {
    const tag = version.replaceAll('+', '_');
    if (!TAG.test(tag)) {
        throw new Error(`Version "${version}" can't be an OCI tag (after mapping + to _ it must match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}).`);
    }
    return tag;
}
/** Plain HTTP only for loopback (a local test registry) or when explicitly asked for. */
function registryBaseUrl(host, insecure = false) {
    const name = host.replace(/:\d+$/, '');
    const loopback = name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
    return `${loopback || insecure ? 'http' : 'https'}://${host}`;
}
/**
 * The repository a service's artifacts live in: its own, under the configured one
 * (`ghcr.io/acme/shop` + `catalog` → `acme/shop/catalog`). Each service gets its own version
 * tags (two services built from one commit share a version) and its own stage tags.
 */
function serviceRepository(base, service) {
    if (!COMPONENT.test(service)) {
        throw new Error(`Service "${service}" can't name an OCI repository (${base}/${service}): a repository component is lowercase letters and digits, separated by . _ __ or -, and ends with a letter or digit. Rename the service.`);
    }
    return `${base}/${service}`;
}
/**
 * The tag that finds an artifact manifest by the artifact's own digest (its layer's), so a
 * digest alone leads to its metadata and provenance: `artifact-sha256-<hex>`. Not the
 * referrers fallback's `sha256-<hex>`, which tools read as an index of a manifest's referrers.
 */
function digestTag(digest) {
    return `artifact-${digest.replace(':', '-')}`;
}


/***/ }),

/***/ 98424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  W: () => (/* binding */ holderIsGone),
  R3: () => (/* binding */ runProcess),
  OU: () => (/* binding */ thisProcessHolder)
});

// UNUSED EXPORTS: ProgramNotFoundError, WorkingDirectoryError

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./src/platform/runner/context.ts
var context = __nccwpck_require__(49089);
;// CONCATENATED MODULE: ./src/platform/process.ts
/**
 * The one way msdeploy starts another program (git, bash, dpkg-deb; later ssh): argv arrays,
 * never a shell, each child in its own process group so a timeout or our own exit takes down
 * everything it started. Output is streamed to the caller and a bounded tail is kept for
 * messages; stdout can also be collected whole when it is the result (git's -z lists).
 */




/** The program could not be started at all (missing, not executable). */
class ProgramNotFoundError extends Error {
}
/** The directory a program was to run in is missing or not a directory. */
class WorkingDirectoryError extends Error {
}
/** Why `cwd` cannot be a working directory, or undefined when it can. */
async function workingDirectoryProblem(cwd) {
    try {
        const s = await (0,promises_.stat)(cwd);
        return s.isDirectory() ? undefined : `its working directory ${cwd} is not a directory`;
    }
    catch {
        return `its working directory ${cwd} does not exist`;
    }
}
const SIGNAL_CODES = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGKILL: 9,
    SIGTERM: 15,
};
const live = new Set();
let exitHookInstalled = false;
/** Our own exit (normal or by error) takes down every process group still running. */
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const pid of live)
            killGroup(pid, 'SIGKILL');
    });
}
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}
function runProcess(program, args, opts) {
    installExitHook();
    const tailLines = opts.tailLines ?? 30;
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)(program, args, {
                cwd: opts.cwd,
                env: opts.env ?? { ...(0,context/* parentEnvironment */._Z)(), ...opts.extraEnv },
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                shell: false,
                detached: true, // its own process group: killable as a whole
                windowsHide: true,
            });
        }
        catch (e) {
            // Some failures (ENOTDIR for a cwd that is a file) are thrown rather than emitted.
            startFailure(program, opts, e).then(reject, reject);
            return;
        }
        const stdout = [];
        let tail = [];
        let partial = '';
        let timedOut = false;
        const keep = (text) => {
            opts.onOutput?.(text);
            const lines = (partial + text).split('\n');
            partial = lines.pop() ?? '';
            if (lines.length)
                tail = tail.concat(lines).slice(-tailLines);
        };
        if (opts.collectStdout)
            child.stdout.on('data', (c) => stdout.push(c));
        else
            child.stdout.on('data', (c) => keep(c.toString('utf8')));
        child.stderr.on('data', (c) => keep(c.toString('utf8')));
        const timer = opts.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                if (child.pid)
                    killGroup(child.pid, 'SIGKILL');
            }, opts.timeoutMs);
        if (child.pid)
            live.add(child.pid);
        if (child.stdin && opts.input !== undefined) {
            // A child that exits without reading all of it (an error) makes the write fail with EPIPE:
            // its exit code and stderr are the news, not the broken pipe.
            child.stdin.on('error', () => { });
            if (typeof opts.input === 'string' || Buffer.isBuffer(opts.input)) {
                child.stdin.end(opts.input);
            }
            else {
                // Same for a stream: the child's exit is the news; a read error ends stdin early, which
                // the child sees as a short payload.
                const source = opts.input;
                source.on('error', () => child.stdin?.end());
                child.stdin.on('error', () => source.destroy());
                source.pipe(child.stdin);
            }
        }
        let exit;
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            // Anything the program left behind still holds our pipes: end it, or 'close' never comes.
            if (opts.reapGroup && child.pid)
                killGroup(child.pid, 'SIGKILL');
        });
        let failedToStart = false;
        child.on('error', (e) => {
            failedToStart = true; // 'close' follows; the rejection (after a stat) is the result
            clearTimeout(timer);
            if (child.pid)
                live.delete(child.pid);
            startFailure(program, opts, e).then(reject, reject);
        });
        child.on('close', (code, signal) => {
            if (failedToStart)
                return;
            clearTimeout(timer);
            if (child.pid)
                live.delete(child.pid);
            if (partial)
                tail = tail.concat(partial).slice(-tailLines);
            const sig = exit?.signal ?? signal ?? undefined;
            const exitCode = exit?.code ?? code ?? (sig ? 128 + (SIGNAL_CODES[sig] ?? 15) : 1);
            resolve({ exitCode, signal: sig, timedOut, stdout: Buffer.concat(stdout), tail });
        });
    });
}
/**
 * The error for a program that did not start. spawn says ENOENT both for a missing program and
 * a missing working directory (and ENOTDIR for a cwd that is a file): look at the directory to
 * blame the right one.
 */
async function startFailure(program, opts, e) {
    const problem = e.code === 'ENOENT' || e.code === 'ENOTDIR'
        ? await workingDirectoryProblem(opts.cwd)
        : undefined;
    if (problem)
        return new WorkingDirectoryError(`Cannot run ${program}: ${problem}.`, { cause: e });
    if (e.code === 'ENOENT') {
        const hint = opts.installHint ?? program;
        return new ProgramNotFoundError(`${program} was not found (needed in ${opts.cwd}): install ${hint} or put it on PATH` +
            (opts.installHint ? ` (e.g. apt-get install ${opts.installHint}).` : '.'));
    }
    return new Error(`Cannot start ${program} in ${opts.cwd}: ${e.message}`, { cause: e });
}
/** This machine's deploying process, `<host>:<pid>`: a lease holder outside Actions. */
function thisProcessHolder() {
    return `${(0,external_node_os_.hostname)()}:${process.pid}`;
}
/**
 * Whether a lease holder `<host>:<pid>` is a process of this machine that is gone. A holder on
 * another machine is never judged gone from here (its lease runs until it expires).
 */
function holderIsGone(holder) {
    const at = holder.lastIndexOf(':');
    const pid = Number(holder.slice(at + 1));
    if (at < 0 || holder.slice(0, at) !== (0,external_node_os_.hostname)() || !Number.isSafeInteger(pid) || pid <= 0) {
        return false;
    }
    if (pid === process.pid)
        return false;
    try {
        process.kill(pid, 0); // signal 0: is it there? (EPERM: there, someone else's)
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}


/***/ }),

/***/ 31526:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ issueCommand),
/* harmony export */   _r: () => (/* binding */ writeLine),
/* harmony export */   ol: () => (/* binding */ fileCommand)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty, workflowCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(49089);
/**
 * The runner's two channels, written here rather than through @actions/core: that package's
 * entry also loads its HTTP client (undici, tunnel) for OIDC, about 0.1 s of every action's
 * start-up that no action of ours needs. The wire format is @actions/core 3's:
 *
 * - workflow commands on stdout, `::name key=value,…::message`, with `%`, CR and LF escaped in
 *   the message and also `:` and `,` in property values, so data cannot end a command early;
 * - file commands appended to the file the runner names (GITHUB_OUTPUT, GITHUB_ENV) as
 *   `name<<delimiter`, the value, `delimiter`, with a fresh random delimiter per value, so no
 *   value can close its own block and forge another output.
 */




function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,…::message`; empty properties are left out, as @actions/core does. */
function workflowCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/** One line on stdout, where the runner reads logs and workflow commands. */
function writeLine(text) {
    process.stdout.write(text + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
function issueCommand(command, properties = {}, message = '') {
    writeLine(workflowCommand(command, properties, message));
}
/**
 * `name` = `value` for the runner: appended to the file `variable` names, or, on a runner too
 * old to name one, the deprecated stdout command (`set-output`, `set-env`).
 */
function fileCommand(variable, name, value) {
    const path = (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .runnerFile */ .L3)(variable);
    if (!path) {
        issueCommand(variable === 'GITHUB_OUTPUT' ? 'set-output' : 'set-env', { name }, value);
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)) {
        throw new Error(`The runner's ${variable} file ${path} does not exist: the runner creates it for each step, ` +
            `so run this action as a step of a job, or create the file first.`);
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    // A random UUID in a value is as likely as guessing it; refuse rather than be forged.
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`The ${variable} value for ${name} contains its own delimiter: not written.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}


/***/ }),

/***/ 49089:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ runnerDebug),
/* harmony export */   L3: () => (/* binding */ runnerFile),
/* harmony export */   UV: () => (/* binding */ inputValue),
/* harmony export */   _Z: () => (/* binding */ parentEnvironment),
/* harmony export */   hz: () => (/* binding */ stepSummaryFile),
/* harmony export */   pO: () => (/* binding */ runContext)
/* harmony export */ });
/* unused harmony exports readRunContext, setProcessVariable */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The ONE reader of the process environment (lint allows `process.env` only here and in the
 * CLI). Everything the runner says about the run becomes a RunContext; child processes get
 * their environment from {@link parentEnvironment}, filtered by whoever spawns them.
 */


/** Parse a RunContext from an environment (pure apart from reading the event file). */
function readRunContext(env) {
    const onActions = env.GITHUB_ACTIONS === 'true';
    const payload = readEventPayload(env.GITHUB_EVENT_PATH);
    const serverUrl = stripSlash(env.GITHUB_SERVER_URL) ?? 'https://github.com';
    const repository = env.GITHUB_REPOSITORY || undefined;
    const runId = positiveInt(env.GITHUB_RUN_ID);
    const repo = payload.repository;
    return {
        onActions,
        repository,
        serverUrl,
        apiUrl: stripSlash(env.GITHUB_API_URL) ?? 'https://api.github.com',
        runId,
        runNumber: positiveInt(env.GITHUB_RUN_NUMBER),
        runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT),
        runUrl: onActions && repository && runId
            ? `${serverUrl}/${repository}/actions/runs/${runId}`
            : undefined,
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
        workflowFile: workflowFile(env.GITHUB_WORKFLOW_REF),
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        defaultBranch: typeof repo?.default_branch === 'string' ? repo.default_branch : undefined,
        actor: env.GITHUB_ACTOR || undefined,
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || undefined,
        runnerTemp: env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(),
        workspace: env.GITHUB_WORKSPACE || undefined,
        debug: env.RUNNER_DEBUG === '1',
        oidc: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
        sourceDateEpoch: env.SOURCE_DATE_EPOCH || undefined,
    };
}
let cached;
/** This process's RunContext, read on first use. */
function runContext() {
    cached ??= readRunContext(process.env);
    return cached;
}
/** The environment this process was started with: the base every child's environment is cut from. */
function parentEnvironment() {
    return process.env;
}
/** The step-summary file, or undefined outside Actions. */
function stepSummaryFile() {
    return process.env.GITHUB_STEP_SUMMARY || undefined;
}
/** A file the runner reads back after the step (outputs, environment), undefined when unset. */
function runnerFile(variable) {
    return process.env[variable] || undefined;
}
/**
 * An action input as the runner hands it: `INPUT_<NAME>` (spaces as `_`, hyphens kept,
 * upper case), trimmed; '' when unset. Read at each call, like @actions/core did.
 */
function inputValue(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Whether the run has step debug logging on (`RUNNER_DEBUG=1`). */
function runnerDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
/** Sets a variable for the rest of this process too (the runner's GITHUB_ENV serves later steps). */
function setProcessVariable(name, value) {
    process.env[name] = value;
}
function readEventPayload(path) {
    if (!path)
        return {};
    let parsed;
    try {
        parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new Error(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${e.message}`);
    }
    return parsed && typeof parsed === 'object' ? parsed : {};
}
/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
function workflowFile(workflowRef) {
    if (!workflowRef)
        return undefined;
    const path = workflowRef.split('@')[0] ?? '';
    return path.slice(path.lastIndexOf('/') + 1) || undefined;
}
function positiveInt(raw) {
    const n = Number(raw);
    return raw && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function stripSlash(url) {
    return url ? url.replace(/\/+$/, '') : undefined;
}


/***/ }),

/***/ 38928:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony export exportVariable */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(34201);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(31526);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(49089);
/**
 * What an action hands back to the runner: outputs, the step summary and the failure. Outputs
 * are file commands with random heredoc delimiters (commands.ts), so no value can forge another
 * output.
 */





function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .fileCommand */ .ol)('GITHUB_OUTPUT', name, value);
}
/** A variable for the later steps of the job, and for the rest of this process. */
function exportVariable(name, value) {
    setProcessVariable(name, value);
    fileCommand('GITHUB_ENV', name, value);
}
/**
 * Append Markdown to the step summary; a no-op outside Actions (no GITHUB_STEP_SUMMARY). Cut to
 * the summary budget if a renderer ever overshoots: GitHub drops a summary over 1 MiB whole.
 */
async function appendSummary(markdown) {
    const file = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .stepSummaryFile */ .hz)();
    if (!file)
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(file, (0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .fitSummary */ .mW)(markdown) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL, 'utf8');
}
/** The step fails: an error annotation with `message`, and exit code 1 unless set otherwise. */
function setFailed(message) {
    process.exitCode = 1;
    (0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .issueCommand */ .Lb)('error', {}, message);
}


/***/ }),

/***/ 39921:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   Hq: () => (/* binding */ parseStoreKind),
/* harmony export */   SM: () => (/* binding */ DEFAULT_LOCAL_STORE)
/* harmony export */ });
/* unused harmony exports STORE_KINDS, storeKindOfRef, openStoreForRef */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1300);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83876);
/**
 * Choosing and opening an artifact store, by kind (to put) or by an artifact reference (to get).
 * The github and oci stores are imported on demand: an action that uses the local store never
 * loads @actions/artifact or the OCI client.
 */



/** The local store's directory, relative to the repository root, unless told otherwise. */
const DEFAULT_LOCAL_STORE = '.msdeploy/artifacts';
const STORE_KINDS = ['local', 'github', 'oci'];
function parseStoreKind(raw) {
    if (STORE_KINDS.includes(raw))
        return raw;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingError */ .L_('store', (label) => `The ${label} is "${raw}": use one of ${STORE_KINDS.join(', ')}.`);
}
async function openStore(s, run, logger) {
    switch (s.kind) {
        case 'local':
            return new _local_store_js__WEBPACK_IMPORTED_MODULE_1__/* .LocalStore */ .V(s.path ?? DEFAULT_LOCAL_STORE);
        case 'github': {
            const [{ GitHubArtifactStore }, { createGitHubApi }] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 19).then(__nccwpck_require__.bind(__nccwpck_require__, 30019)),
                Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 45952)),
            ]);
            const { token } = s;
            const repository = run.repository;
            return new GitHubArtifactStore({
                token,
                repository,
                // Every GitHub REST call goes through createGitHubApi (retries, rate limits, timeouts).
                ...(token &&
                    repository && {
                    api: createGitHubApi({ token, repository, apiUrl: run.apiUrl, logger }),
                }),
                runId: run.runId,
                serverUrl: run.serverUrl,
                logger,
            });
        }
        case 'oci': {
            if (!s.registry) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingError */ .L_('registry', (label) => `The oci store needs a registry repository, e.g. ghcr.io/acme/shop: set the ${label}.`);
            }
            const { OciStore } = await __nccwpck_require__.e(/* import() */ 68).then(__nccwpck_require__.bind(__nccwpck_require__, 61068));
            return new OciStore({
                repository: s.registry,
                username: s.username,
                password: s.password,
                insecure: s.insecure,
                logger,
            });
        }
    }
}
/**
 * The store an artifact reference points into: `local:<dir>@sha256:…`,
 * `github:<run-id>/<name>@sha256:…` or `oci://<host>/<repo>@sha256:…`. Credentials in `s`
 * are used only by the kind the reference names. It is opened to `get` the ref: an oci ref names
 * a service's own repository (`…/shop/catalog`), not the configured parent (`…/shop`), so
 * findVersion, inspect and tagStage go through the store opened from the settings (openStore).
 */
function storeKindOfRef(ref) {
    if (ref.startsWith('local:'))
        return 'local';
    if (ref.startsWith('github:'))
        return 'github';
    if (ref.startsWith('oci://'))
        return 'oci';
    throw new SettingError('artifact', (label) => `The ${label} "${redactReference(ref)}" is not an artifact reference: expected local:<dir>@sha256:<hex>, github:<run-id>/<name>@sha256:<hex> or oci://<host>/<repository>@sha256:<hex> (build-artifact's \`artifact\` output).`);
}
async function openStoreForRef(ref, s, run, logger) {
    const kind = storeKindOfRef(ref);
    switch (kind) {
        case 'local':
            return openStore({ kind, path: ref.slice('local:'.length, ref.lastIndexOf('@')) }, run, logger);
        case 'github':
            return openStore({ kind, token: s.token }, run, logger);
        case 'oci': {
            const { host, repository } = parseReference(ref);
            return openStore({ ...s, kind, registry: `${host}/${repository}` }, run, logger);
        }
    }
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
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
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
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
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
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
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
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
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
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
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
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
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

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
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
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
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
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
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
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
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
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
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
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
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
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


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
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
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
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
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
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
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
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
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
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
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
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
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
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
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
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
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
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


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
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
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
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
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
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
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
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
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
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
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
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
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
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
            else if (node === undefined && this.schema)
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
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
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
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
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
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
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
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
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
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

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
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
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
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
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
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
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
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
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
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
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
        return typeof idx === 'number' && idx < this.items.length;
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
        if (typeof idx !== 'number')
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
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
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
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
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
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
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


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
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
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
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
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
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
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
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
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
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
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
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
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
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
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
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
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
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
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
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
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
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
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
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
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
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
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
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
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
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
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
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
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
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
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
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
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
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
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
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
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
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
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
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


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
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
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
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
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
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
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
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


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
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


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
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


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
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
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
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
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
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
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
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
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
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


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
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
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
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
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
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
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
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
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
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
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
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
    if (typeof visitor === 'function')
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
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(50961);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
