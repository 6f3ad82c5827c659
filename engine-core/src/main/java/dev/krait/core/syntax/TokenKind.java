package dev.krait.core.syntax;

import java.util.HashMap;
import java.util.Map;

/** The kinds of token the {@link Lexer} produces: each operator and hard keyword is its own kind. */
public enum TokenKind {
  // Tokens whose text varies.
  /** The end of the input. */
  ENDMARKER(null),
  /** An identifier, or a soft keyword ({@code match}, {@code case}, {@code _}). */
  NAME(null),
  /** A number literal. */
  NUMBER(null),
  /** A string or bytes literal with its prefix and quotes; an f-string is one token. */
  STRING(null),
  /** The end of a logical line. */
  NEWLINE(null),
  /** An increase of indentation. */
  INDENT(null),
  /** A decrease of indentation. */
  DEDENT(null),
  /** A comment (only when comments are asked for). */
  COMMENT(null),
  /** A line break that does not end a logical line (only when comments are asked for). */
  NL(null),
  /** Where lexing failed; the error is raised when the parser reaches it. */
  ERRORTOKEN(null),

  // Operators and delimiters, named as in CPython's {@code token} module.
  LPAR("("),
  RPAR(")"),
  LSQB("["),
  RSQB("]"),
  LBRACE("{"),
  RBRACE("}"),
  COLON(":"),
  COMMA(","),
  SEMI(";"),
  PLUS("+"),
  MINUS("-"),
  STAR("*"),
  SLASH("/"),
  VBAR("|"),
  AMPER("&"),
  LESS("<"),
  GREATER(">"),
  EQUAL("="),
  DOT("."),
  PERCENT("%"),
  EQEQUAL("=="),
  NOTEQUAL("!="),
  LESSEQUAL("<="),
  GREATEREQUAL(">="),
  TILDE("~"),
  CIRCUMFLEX("^"),
  LEFTSHIFT("<<"),
  RIGHTSHIFT(">>"),
  DOUBLESTAR("**"),
  PLUSEQUAL("+="),
  MINEQUAL("-="),
  STAREQUAL("*="),
  SLASHEQUAL("/="),
  PERCENTEQUAL("%="),
  AMPEREQUAL("&="),
  VBAREQUAL("|="),
  CIRCUMFLEXEQUAL("^="),
  LEFTSHIFTEQUAL("<<="),
  RIGHTSHIFTEQUAL(">>="),
  DOUBLESTAREQUAL("**="),
  DOUBLESLASH("//"),
  DOUBLESLASHEQUAL("//="),
  AT("@"),
  ATEQUAL("@="),
  RARROW("->"),
  ELLIPSIS("..."),
  COLONEQUAL(":="),

  // Hard keywords; the soft keywords are NAME tokens.
  FALSE("False"),
  NONE("None"),
  TRUE("True"),
  AND("and"),
  AS("as"),
  ASSERT("assert"),
  ASYNC("async"),
  AWAIT("await"),
  BREAK("break"),
  CLASS("class"),
  CONTINUE("continue"),
  DEF("def"),
  DEL("del"),
  ELIF("elif"),
  ELSE("else"),
  EXCEPT("except"),
  FINALLY("finally"),
  FOR("for"),
  FROM("from"),
  GLOBAL("global"),
  IF("if"),
  IMPORT("import"),
  IN("in"),
  IS("is"),
  LAMBDA("lambda"),
  NONLOCAL("nonlocal"),
  NOT("not"),
  OR("or"),
  PASS("pass"),
  RAISE("raise"),
  RETURN("return"),
  TRY("try"),
  WHILE("while"),
  WITH("with"),
  YIELD("yield");

  private static final Map<String, TokenKind> BY_TEXT = new HashMap<>();

  static {
    for (TokenKind kind : values()) {
      if (kind.text != null) {
        BY_TEXT.put(kind.text, kind);
      }
    }
  }

  private final String text;

  TokenKind(String text) {
    this.text = text;
  }

  /** Returns the fixed text of an operator or keyword token, or null for the other kinds. */
  public String text() {
    return text;
  }

  /** Returns whether this kind is a hard keyword such as {@code if} or {@code None}. */
  public boolean isKeyword() {
    return text != null && Character.isLetter(text.charAt(0));
  }

  /** Returns the operator or keyword kind spelled {@code text}, or null if there is none. */
  public static TokenKind forText(String text) {
    return BY_TEXT.get(text);
  }
}
