package dev.krait.core.bytecode;

/**
 * The one instruction table: dense opcode numbers with CPython {@code dis} names, their stack
 * effects and whether their argument is a jump target.
 *
 * <p>An instruction is one {@code int}: the opcode in the low 8 bits, the argument in the high
 * 24 ({@link #encode}). Jump arguments are absolute instruction indexes. Each constant carries a
 * stack picture in Lua's style: {@code (before -- after)}, top of stack rightmost.
 */
public final class Opcode {

  private Opcode() {}

  /** Bits of the argument. */
  public static final int ARG_SHIFT = 8;

  /** The largest argument an instruction can carry. */
  public static final int MAX_ARG = (1 << 24) - 1;

  /** Marks a pop or push count in the table as "given by the argument". */
  private static final int BY_ARG = -1;

  private static final String[] NAMES = new String[256];
  private static final int[] POPS = new int[256];
  private static final int[] PUSHES = new int[256];
  private static final int[] FLAGS = new int[256];

  private static final int JUMP = 1;
  private static final int ENDS_BLOCK = 2;
  private static final int HAS_CONST = 4;
  private static final int HAS_NAME = 8;
  private static final int HAS_LOCAL = 16;
  private static final int HAS_FREE = 32;
  private static final int BACKWARD = 64;

  private static void def(int op, String name, int pops, int pushes, int flags) {
    NAMES[op] = name;
    POPS[op] = pops;
    PUSHES[op] = pushes;
    FLAGS[op] = flags;
  }

  // ---- stack and constants ----
  /** {@code ( -- )} does nothing. */
  public static final int NOP = 0;
  /** {@code (v -- )}. */
  public static final int POP_TOP = 1;
  /** {@code ( -- NULL)} the empty slot below a callable that is not a method. */
  public static final int PUSH_NULL = 2;
  /** {@code (v[i] ... v1 -- v[i] ... v1 v[i])} copies the i-th item (1 is the top). */
  public static final int COPY = 3;
  /** {@code (v[i] ... v1 -- v1 ... v[i])} swaps the top with the i-th item. */
  public static final int SWAP = 4;
  /** {@code ( -- consts[arg])}. */
  public static final int LOAD_CONST = 5;

  // ---- names ----
  /** {@code ( -- fast[arg])} raising UnboundLocalError when unbound. */
  public static final int LOAD_FAST = 6;
  /** {@code (v -- )} fast[arg] = v. */
  public static final int STORE_FAST = 7;
  /** {@code ( -- )} unbinds fast[arg]. */
  public static final int DELETE_FAST = 8;
  /** {@code ( -- v)} names[arg] from locals, then globals, then builtins. */
  public static final int LOAD_NAME = 9;
  /** {@code (v -- )} locals[names[arg]] = v. */
  public static final int STORE_NAME = 10;
  /** {@code ( -- )} del locals[names[arg]]. */
  public static final int DELETE_NAME = 11;
  /**
   * {@code ( -- [NULL] v)} names[arg >> 1] from globals then builtins; pushes NULL first when
   * {@code arg & 1} (the callable slot of a call, as CPython 3.11).
   */
  public static final int LOAD_GLOBAL = 12;
  /** {@code (v -- )} globals[names[arg]] = v. */
  public static final int STORE_GLOBAL = 13;
  /** {@code ( -- )} del globals[names[arg]]. */
  public static final int DELETE_GLOBAL = 14;
  /** {@code ( -- )} replaces fast[arg] (a cell variable) with a new cell holding its value. */
  public static final int MAKE_CELL = 15;
  /** {@code ( -- )} copies the function's closure cells into the last arg fast slots. */
  public static final int COPY_FREE_VARS = 16;
  /** {@code ( -- cell)} the cell in fast[arg] itself, to build a closure. */
  public static final int LOAD_CLOSURE = 17;
  /** {@code ( -- v)} the contents of the cell in fast[arg]. */
  public static final int LOAD_DEREF = 18;
  /** {@code (v -- )} stores into the cell in fast[arg]. */
  public static final int STORE_DEREF = 19;
  /** {@code ( -- )} empties the cell in fast[arg]. */
  public static final int DELETE_DEREF = 20;

  // ---- attributes and items ----
  /** {@code (o -- o.names[arg])}. */
  public static final int LOAD_ATTR = 21;
  /** {@code (v o -- )} o.names[arg] = v. */
  public static final int STORE_ATTR = 22;
  /** {@code (o -- )} del o.names[arg]. */
  public static final int DELETE_ATTR = 23;
  /** {@code (o -- meth o | NULL bound)} for a following CALL, as CPython 3.11. */
  public static final int LOAD_METHOD = 24;
  /** {@code (o k -- o[k])}. */
  public static final int BINARY_SUBSCR = 25;
  /** {@code (v o k -- )} o[k] = v. */
  public static final int STORE_SUBSCR = 26;
  /** {@code (o k -- )} del o[k]. */
  public static final int DELETE_SUBSCR = 27;

  // ---- operators ----
  /**
   * {@code (a b -- a op b)} with the operator numbered as CPython's {@code NB_*} ({@link
   * #binaryOpName}).
   */
  public static final int BINARY_OP = 28;
  /** {@code (a b -- a cmp b)} with arg 0..5 for {@code < <= == != > >=}. */
  public static final int COMPARE_OP = 29;
  /** {@code (a b -- a is b)}, negated when arg is 1. */
  public static final int IS_OP = 30;
  /** {@code (a b -- a in b)}, negated when arg is 1. */
  public static final int CONTAINS_OP = 31;
  /** {@code (v -- -v)}. */
  public static final int UNARY_NEGATIVE = 32;
  /** {@code (v -- +v)}. */
  public static final int UNARY_POSITIVE = 33;
  /** {@code (v -- not v)}. */
  public static final int UNARY_NOT = 34;
  /** {@code (v -- ~v)}. */
  public static final int UNARY_INVERT = 35;

  // ---- building ----
  /** {@code (v1 ... vn -- (v1, ..., vn))}. */
  public static final int BUILD_TUPLE = 36;
  /** {@code (v1 ... vn -- [v1, ..., vn])}. */
  public static final int BUILD_LIST = 37;
  /** {@code (k1 v1 ... kn vn -- {k1: v1, ...})}. */
  public static final int BUILD_MAP = 38;
  /** {@code (lo hi -- slice)} or {@code (lo hi step -- slice)} when arg is 3. */
  public static final int BUILD_SLICE = 39;
  /** {@code (s1 ... sn -- s1 + ... + sn)} joins strings (f-strings). */
  public static final int BUILD_STRING = 40;
  /** {@code (list ... v -- list ...)} appends v to the list arg items below. */
  public static final int LIST_APPEND = 41;
  /** {@code (list ... it -- list ...)} extends the list arg items below with it. */
  public static final int LIST_EXTEND = 42;
  /** {@code (list -- tuple)}. */
  public static final int LIST_TO_TUPLE = 43;
  /** {@code (dict ... k v -- dict ...)} sets k in the dict arg items below. */
  public static final int MAP_ADD = 44;
  /** {@code (dict ... m -- dict ...)} updates the dict arg items below with mapping m. */
  public static final int DICT_UPDATE = 45;
  /** {@code (f ... dict ... m -- ...)} as DICT_UPDATE, rejecting repeated keywords of a call. */
  public static final int DICT_MERGE = 46;
  /** {@code (seq -- vn ... v1)} unpacks exactly arg items, the first on top. */
  public static final int UNPACK_SEQUENCE = 47;
  /**
   * {@code (seq -- rest... list first...)} unpacks with a starred target: arg & 0xff items
   * before the star, arg >> 8 after it.
   */
  public static final int UNPACK_EX = 68;
  /** {@code ( -- __build_class__)} the builtin that runs a class body and makes the class. */
  public static final int LOAD_BUILD_CLASS = 69;
  /** {@code ( -- v)} a free variable in a class body: the class namespace first, then the cell. */
  public static final int LOAD_CLASSDEREF = 70;
  /**
   * {@code (v -- sent)} suspends the generator's frame, handing v to the caller; resumes with
   * the value sent (None for {@code next()}) pushed.
   */
  public static final int YIELD_VALUE = 71;
  /** {@code (v1 ... vn -- {v1, ..., vn})}. */
  public static final int BUILD_SET = 72;
  /** {@code (set ... v -- set ...)} adds v to the set arg items below. */
  public static final int SET_ADD = 73;
  /** {@code (set ... it -- set ...)} adds every item of it to the set arg items below. */
  public static final int SET_UPDATE = 74;
  /** {@code (mgr -- exit enter_result)}: looks up {@code __exit__}, calls {@code __enter__}. */
  public static final int BEFORE_WITH = 75;
  /**
   * {@code (exit prev exc -- exit prev exc result)}: calls {@code exit(type(exc), exc, tb)}.
   */
  public static final int WITH_EXCEPT_START = 76;
  /**
   * {@code ([spec] v -- str)} formats v: arg bits 0-1 the conversion (none, str, repr, ascii);
   * bit 4 means a format spec string is on top of v.
   */
  public static final int FORMAT_VALUE = 48;

  // ---- control ----
  /** {@code ( -- )} jumps forward to arg. */
  public static final int JUMP_FORWARD = 49;
  /** {@code ( -- )} jumps back to arg; checks limits and interrupts. */
  public static final int JUMP_BACKWARD = 50;
  /** {@code (v -- )} jumps to arg when v is false. */
  public static final int POP_JUMP_IF_FALSE = 51;
  /** {@code (v -- )} jumps to arg when v is true. */
  public static final int POP_JUMP_IF_TRUE = 52;
  /** {@code (v -- v | )} jumps to arg keeping v when it is false, else pops it. */
  public static final int JUMP_IF_FALSE_OR_POP = 53;
  /** {@code (v -- v | )} jumps to arg keeping v when it is true, else pops it. */
  public static final int JUMP_IF_TRUE_OR_POP = 54;
  /** {@code (iterable -- iterator)}. */
  public static final int GET_ITER = 55;
  /** {@code (it -- it next)}; when exhausted pops it and jumps to arg. */
  public static final int FOR_ITER = 56;
  /** {@code (v -- )} returns v from the frame. */
  public static final int RETURN_VALUE = 57;

  // ---- functions and calls ----
  /**
   * {@code ([defaults] [kwdefaults] [closure] code -- function)}; arg flags 1 defaults tuple,
   * 2 kwdefaults dict, 8 closure tuple, as CPython.
   */
  public static final int MAKE_FUNCTION = 58;
  /** {@code ( -- )} the next CALL's last len(consts[arg]) arguments are these keywords. */
  public static final int KW_NAMES = 59;
  /** {@code (NULL|meth f|self a1 ... an -- result)} calls with arg arguments. */
  public static final int CALL = 60;
  /** {@code (NULL f args [kwargs] -- result)}: args a tuple, kwargs a dict when arg is 1. */
  public static final int CALL_FUNCTION_EX = 61;

  // ---- exceptions ----
  /** {@code ([exc [cause]] -- )} raise, raise exc or raise exc from cause (arg 0, 1, 2). */
  public static final int RAISE_VARARGS = 62;
  /** {@code (exc -- prev exc)} makes exc the handled exception, saving the previous one. */
  public static final int PUSH_EXC_INFO = 63;
  /** {@code (prev -- )} restores the previously handled exception. */
  public static final int POP_EXCEPT = 64;
  /** {@code (exc -- )} re-raises exc without adding a traceback entry. */
  public static final int RERAISE = 65;
  /** {@code (exc type -- exc matched)} checks an except clause, validating type. */
  public static final int CHECK_EXC_MATCH = 66;
  /** {@code ( -- AssertionError)}. */
  public static final int LOAD_ASSERTION_ERROR = 67;

  /**
   * {@code (it v -- it r)} sends v into the yield-from iterator (next() when v is None) and pushes
   * what it yields; {@code (it v -- result)} and jumps to arg when it returns.
   */
  public static final int SEND = 77;
  /** {@code (x -- it)}: x itself when a generator, else {@code iter(x)}. */
  public static final int GET_YIELD_FROM_ITER = 78;

  /**
   * Pattern matching, the kind in the arg's low 4 bits (CPython's MATCH_* and GET_LEN as one
   * opcode): {@link #MATCH_SEQUENCE}, {@link #MATCH_MAPPING}, {@link #MATCH_GET_LEN}
   * {@code (s -- s x)}; {@link #MATCH_KEYS} {@code (s keys -- s keys values|None)};
   * {@link #MATCH_REST} {@code (s keys -- rest)}; {@link #MATCH_CLASS} with the positional count
   * in the higher bits {@code (s cls names -- attrs|None)}.
   */
  public static final int MATCH_OP = 79;

  public static final int MATCH_SEQUENCE = 0;
  public static final int MATCH_MAPPING = 1;
  public static final int MATCH_GET_LEN = 2;
  public static final int MATCH_KEYS = 3;
  public static final int MATCH_REST = 4;
  public static final int MATCH_CLASS = 5;

  /** {@code ( -- )} makes {@code __annotations__} a new dict in the locals when it is missing. */
  public static final int SETUP_ANNOTATIONS = 80;

  // ---- imports ----
  /** {@code (level fromlist -- module)} imports names[arg] as {@code __import__}. */
  public static final int IMPORT_NAME = 81;
  /** {@code (module -- module value)} loads names[arg] from the module for a from-import. */
  public static final int IMPORT_FROM = 82;
  /** {@code (module -- )} binds the module's public names in the frame's locals. */
  public static final int IMPORT_STAR = 83;

  /** The number of opcodes; they are numbered 0 to COUNT - 1. */
  public static final int COUNT = 84;

  static {
    def(NOP, "NOP", 0, 0, 0);
    def(IMPORT_NAME, "IMPORT_NAME", 2, 1, HAS_NAME);
    def(IMPORT_FROM, "IMPORT_FROM", 1, 2, HAS_NAME);
    def(IMPORT_STAR, "IMPORT_STAR", 1, 0, 0);
    def(POP_TOP, "POP_TOP", 1, 0, 0);
    def(PUSH_NULL, "PUSH_NULL", 0, 1, 0);
    def(COPY, "COPY", 0, 1, 0);
    def(SWAP, "SWAP", 0, 0, 0);
    def(LOAD_CONST, "LOAD_CONST", 0, 1, HAS_CONST);
    def(LOAD_FAST, "LOAD_FAST", 0, 1, HAS_LOCAL);
    def(STORE_FAST, "STORE_FAST", 1, 0, HAS_LOCAL);
    def(DELETE_FAST, "DELETE_FAST", 0, 0, HAS_LOCAL);
    def(LOAD_NAME, "LOAD_NAME", 0, 1, HAS_NAME);
    def(STORE_NAME, "STORE_NAME", 1, 0, HAS_NAME);
    def(DELETE_NAME, "DELETE_NAME", 0, 0, HAS_NAME);
    def(LOAD_GLOBAL, "LOAD_GLOBAL", 0, BY_ARG, HAS_NAME);
    def(STORE_GLOBAL, "STORE_GLOBAL", 1, 0, HAS_NAME);
    def(DELETE_GLOBAL, "DELETE_GLOBAL", 0, 0, HAS_NAME);
    def(MAKE_CELL, "MAKE_CELL", 0, 0, HAS_FREE);
    def(COPY_FREE_VARS, "COPY_FREE_VARS", 0, 0, 0);
    def(LOAD_CLOSURE, "LOAD_CLOSURE", 0, 1, HAS_FREE);
    def(LOAD_DEREF, "LOAD_DEREF", 0, 1, HAS_FREE);
    def(STORE_DEREF, "STORE_DEREF", 1, 0, HAS_FREE);
    def(DELETE_DEREF, "DELETE_DEREF", 0, 0, HAS_FREE);
    def(LOAD_ATTR, "LOAD_ATTR", 1, 1, HAS_NAME);
    def(STORE_ATTR, "STORE_ATTR", 2, 0, HAS_NAME);
    def(DELETE_ATTR, "DELETE_ATTR", 1, 0, HAS_NAME);
    def(LOAD_METHOD, "LOAD_METHOD", 1, 2, HAS_NAME);
    def(BINARY_SUBSCR, "BINARY_SUBSCR", 2, 1, 0);
    def(STORE_SUBSCR, "STORE_SUBSCR", 3, 0, 0);
    def(DELETE_SUBSCR, "DELETE_SUBSCR", 2, 0, 0);
    def(BINARY_OP, "BINARY_OP", 2, 1, 0);
    def(COMPARE_OP, "COMPARE_OP", 2, 1, 0);
    def(IS_OP, "IS_OP", 2, 1, 0);
    def(CONTAINS_OP, "CONTAINS_OP", 2, 1, 0);
    def(UNARY_NEGATIVE, "UNARY_NEGATIVE", 1, 1, 0);
    def(UNARY_POSITIVE, "UNARY_POSITIVE", 1, 1, 0);
    def(UNARY_NOT, "UNARY_NOT", 1, 1, 0);
    def(UNARY_INVERT, "UNARY_INVERT", 1, 1, 0);
    def(BUILD_TUPLE, "BUILD_TUPLE", BY_ARG, 1, 0);
    def(BUILD_LIST, "BUILD_LIST", BY_ARG, 1, 0);
    def(BUILD_MAP, "BUILD_MAP", BY_ARG, 1, 0);
    def(BUILD_SLICE, "BUILD_SLICE", BY_ARG, 1, 0);
    def(BUILD_STRING, "BUILD_STRING", BY_ARG, 1, 0);
    def(LIST_APPEND, "LIST_APPEND", 1, 0, 0);
    def(LIST_EXTEND, "LIST_EXTEND", 1, 0, 0);
    def(LIST_TO_TUPLE, "LIST_TO_TUPLE", 1, 1, 0);
    def(MAP_ADD, "MAP_ADD", 2, 0, 0);
    def(DICT_UPDATE, "DICT_UPDATE", 1, 0, 0);
    def(DICT_MERGE, "DICT_MERGE", 1, 0, 0);
    def(LOAD_BUILD_CLASS, "LOAD_BUILD_CLASS", 0, 1, 0);
    def(LOAD_CLASSDEREF, "LOAD_CLASSDEREF", 0, 1, HAS_FREE);
    def(YIELD_VALUE, "YIELD_VALUE", 1, 1, 0);
    def(BUILD_SET, "BUILD_SET", BY_ARG, 1, 0);
    def(SET_ADD, "SET_ADD", 1, 0, 0);
    def(SET_UPDATE, "SET_UPDATE", 1, 0, 0);
    def(BEFORE_WITH, "BEFORE_WITH", 1, 2, 0);
    def(WITH_EXCEPT_START, "WITH_EXCEPT_START", 0, 1, 0);
    def(UNPACK_EX, "UNPACK_EX", 1, BY_ARG, 0);
    def(UNPACK_SEQUENCE, "UNPACK_SEQUENCE", 1, BY_ARG, 0);
    def(FORMAT_VALUE, "FORMAT_VALUE", BY_ARG, 1, 0);
    def(JUMP_FORWARD, "JUMP_FORWARD", 0, 0, JUMP | ENDS_BLOCK);
    def(JUMP_BACKWARD, "JUMP_BACKWARD", 0, 0, JUMP | ENDS_BLOCK | BACKWARD);
    def(POP_JUMP_IF_FALSE, "POP_JUMP_IF_FALSE", 1, 0, JUMP);
    def(POP_JUMP_IF_TRUE, "POP_JUMP_IF_TRUE", 1, 0, JUMP);
    def(JUMP_IF_FALSE_OR_POP, "JUMP_IF_FALSE_OR_POP", 1, 0, JUMP);
    def(JUMP_IF_TRUE_OR_POP, "JUMP_IF_TRUE_OR_POP", 1, 0, JUMP);
    def(GET_ITER, "GET_ITER", 1, 1, 0);
    def(FOR_ITER, "FOR_ITER", 0, 1, JUMP);
    def(RETURN_VALUE, "RETURN_VALUE", 1, 0, ENDS_BLOCK);
    def(MAKE_FUNCTION, "MAKE_FUNCTION", BY_ARG, 1, 0);
    def(KW_NAMES, "KW_NAMES", 0, 0, HAS_CONST);
    def(CALL, "CALL", BY_ARG, 1, 0);
    def(CALL_FUNCTION_EX, "CALL_FUNCTION_EX", BY_ARG, 1, 0);
    def(RAISE_VARARGS, "RAISE_VARARGS", BY_ARG, 0, ENDS_BLOCK);
    def(PUSH_EXC_INFO, "PUSH_EXC_INFO", 1, 2, 0);
    def(POP_EXCEPT, "POP_EXCEPT", 1, 0, 0);
    def(RERAISE, "RERAISE", 1, 0, ENDS_BLOCK);
    def(CHECK_EXC_MATCH, "CHECK_EXC_MATCH", 2, 2, 0);
    def(LOAD_ASSERTION_ERROR, "LOAD_ASSERTION_ERROR", 0, 1, 0);
    def(SEND, "SEND", 2, 2, JUMP);
    def(GET_YIELD_FROM_ITER, "GET_YIELD_FROM_ITER", 1, 1, 0);
    def(MATCH_OP, "MATCH_OP", 0, 1, 0);
    def(SETUP_ANNOTATIONS, "SETUP_ANNOTATIONS", 0, 0, 0);
  }

  private static final String[] BINARY_OP_NAMES = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="
  };

  private static final String[] COMPARE_NAMES = {"<", "<=", "==", "!=", ">", ">="};

  /** Returns the instruction word for {@code op} with {@code arg}. */
  public static int encode(int op, int arg) {
    return op | (arg << ARG_SHIFT);
  }

  /** Returns the opcode of instruction word {@code word}. */
  public static int op(int word) {
    return word & 0xff;
  }

  /** Returns the argument of instruction word {@code word}. */
  public static int arg(int word) {
    return word >>> ARG_SHIFT;
  }

  /** Returns the {@code dis} name of {@code op}. */
  public static String name(int op) {
    String n = op >= 0 && op < COUNT ? NAMES[op] : null;
    return n == null ? "<" + op + ">" : n;
  }

  /** Returns whether {@code op}'s argument is an instruction index. */
  public static boolean isJump(int op) {
    return (FLAGS[op] & JUMP) != 0;
  }

  /** Returns whether control never falls through to the next instruction after {@code op}. */
  public static boolean endsBlock(int op) {
    return (FLAGS[op] & ENDS_BLOCK) != 0;
  }

  /** Returns whether {@code op} indexes the constants. */
  public static boolean hasConst(int op) {
    return (FLAGS[op] & HAS_CONST) != 0;
  }

  /** Returns whether {@code op} indexes the names. */
  public static boolean hasName(int op) {
    return (FLAGS[op] & HAS_NAME) != 0;
  }

  /** Returns whether {@code op} indexes the fast locals by variable name. */
  public static boolean hasLocal(int op) {
    return (FLAGS[op] & HAS_LOCAL) != 0;
  }

  /** Returns whether {@code op} indexes a cell or free variable slot. */
  public static boolean hasFree(int op) {
    return (FLAGS[op] & HAS_FREE) != 0;
  }

  /** Returns the symbol of BINARY_OP's argument {@code arg}, such as {@code +=}. */
  public static String binaryOpName(int arg) {
    return arg < BINARY_OP_NAMES.length ? BINARY_OP_NAMES[arg] : "?";
  }

  /** Returns the symbol of COMPARE_OP's argument {@code arg}. */
  public static String compareName(int arg) {
    return arg < COMPARE_NAMES.length ? COMPARE_NAMES[arg] : "?";
  }

  /**
   * Returns the stack effect of {@code op} with {@code arg}: pushes minus pops, on the branch
   * taken when {@code jump} (FOR_ITER pops its iterator there; the JUMP_IF_*_OR_POP ones keep
   * their value).
   */
  public static int stackEffect(int op, int arg, boolean jump) {
    if (op == FOR_ITER) {
      return jump ? -1 : 1;
    }
    if (op == MATCH_OP) {
      int kind = arg & 0xf;
      return kind == MATCH_CLASS ? -2 : kind == MATCH_REST ? -1 : 1;
    }
    if (op == SEND) {
      return jump ? -1 : 0;
    }
    if (op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP) {
      return jump ? 0 : -1;
    }
    int pops = POPS[op];
    int pushes = PUSHES[op];
    if (pops == BY_ARG) {
      pops = popsByArg(op, arg);
    }
    if (pushes == BY_ARG) {
      pushes = op == LOAD_GLOBAL ? 1 + (arg & 1)
          : op == UNPACK_EX ? (arg & 0xff) + (arg >> 8) + 1 : arg;
    }
    return pushes - pops;
  }

  /**
   * Returns how many values {@code op} with {@code arg} pops by its table entry (the values it
   * only peeks at, as COPY's, are not counted).
   */
  public static int pops(int op, int arg) {
    return POPS[op] == BY_ARG ? popsByArg(op, arg) : POPS[op];
  }

  private static int popsByArg(int op, int arg) {
    if (op == BUILD_MAP) {
      return 2 * arg;
    }
    if (op == CALL) {
      return arg + 2;
    }
    if (op == CALL_FUNCTION_EX) {
      return 3 + (arg & 1);
    }
    if (op == MAKE_FUNCTION) {
      return 1 + Integer.bitCount(arg & 0x0f);
    }
    if (op == FORMAT_VALUE) {
      return (arg & 4) != 0 ? 2 : 1;
    }
    return arg;
  }
}
